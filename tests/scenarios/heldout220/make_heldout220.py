"""Builds heldout220 (Rollendo, mobility-aid hire): every <family>.jsonl and .truth.json.

Standard library only, fixed seed, one random.Random per family. Run from anywhere.
Never tune on these files (see README.md)."""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from wording import COMPANIES, FIRST, LAST, MARKETS, PHONE, PRODUCTS, T  # noqa: E402

BRAND = "Rollendo"
COMPS = ("Mobirra", "Assentio")
CODE = "RLD-583"
SEED = 20261206
PROBLEMS = ("no_show", "double_charge", "damage", "refund")
SOURCES = {
    "email": "rollendo-mail",
    "phone": "rollendo-voice",
    "social": "rollendo-social",
    "community": "rollendo-forum",
    "chat": "rollendo-chat",
    "web": "rollendo-web",
    "survey": "rollendo-survey",
}
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def call_text(s: str) -> str:
    keep = "".join(ch for ch in s.lower() if ch not in '.,!?;:¿¡"()')
    return " ".join(keep.split())


def unique(rng: random.Random, make: Any) -> str:
    while True:
        v = str(make(rng))
        if v not in USED:
            USED.add(v)
            return v


class Fam:
    def __init__(
        self, n: int, code: str, name: str, start: datetime, days: int, about: str
    ) -> None:
        self.code, self.name, self.start, self.days, self.about = code, name, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[tuple[datetime, int, dict[str, Any], str]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    def at(self, day: int, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        account: str | None = None,
        company_domain: str | None = None,
    ) -> dict[str, Any]:
        rng = self.rng
        first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
        market = rng.choice(MARKETS[lang])
        cid = unique(rng, lambda r: f"RL{self.code}{r.randint(1000, 9999)}")
        base = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        if company_domain:
            email = unique(rng, lambda r: f"{base}{r.randint(1, 99)}@{company_domain}")
        else:
            email = unique(
                rng,
                lambda r: (
                    f"{base}{r.randint(1, 999)}@{r.choice(['mail', 'post', 'correio', 'webmail'])}.example"
                ),
            )
        pre, lead, length = PHONE[market]
        phone = unique(
            rng,
            lambda r: pre + lead + "".join(str(r.randint(0, 9)) for _ in range(length - len(lead))),
        )
        handle = None
        if account is None and rng.random() < 0.6:
            handle = unique(
                rng,
                lambda r: (
                    f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{r.randint(1, 99)}"
                ),
            )
        c: dict[str, Any] = {
            "identifiers": {
                "customer_id": cid,
                "email": email.lower(),
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": expected,
            "tolerated_rules": tolerated,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "_phone_raw": phone,
        }
        self.customers[cid] = c
        return c

    def text(self, key: str, lang: str, **kw: str) -> str:
        s: str = self.rng.choice(T[key][lang])
        return s.format(b=BRAND, **kw)

    def roughen(self, s: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            s = strip_accents(s)
        if r.random() < 0.125 and s[:1].isupper():
            s = s[0].lower() + s[1:]
        if r.random() < 1 / 7:
            words = [
                i for i, w in enumerate(s.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = s.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                s = " ".join(parts)
        return s

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        attrs: dict[str, str] | None = None,
        scores: dict[str, int] | None = None,
    ) -> str:
        assert datetime(2026, 1, 1, tzinfo=UTC) <= t < datetime(2026, 11, 15, tzinfo=UTC), t
        assert t >= self.start
        self.seq += 1
        eid = f"h220-{self.code.lower()}-{self.seq:05d}"
        if text is not None and direction == "inbound":
            text = (
                call_text(text)
                if channel == "phone"
                else (text if channel == "survey" else self.roughen(text))
            )
        if (
            text is not None
            and direction == "inbound"
            and channel == "social"
            and "@" + BRAND not in text
        ):
            text = text.replace(BRAND, "@" + BRAND, 1) if BRAND in text else f"@{BRAND} {text}"
        a = {"market": c["country"]}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        a.update(attrs or {})
        row: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": direction,
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append((t, self.seq, row, next(k for k, v in self.customers.items() if v is c)))
        return eid

    def ref(self, c: dict[str, Any], channel: str, full: bool) -> dict[str, str | None]:
        ids = c["identifiers"]
        out: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": ids["account_id"],
        }
        if full:
            out.update(
                customer_id=ids["customer_id"],
                email=ids["email"],
                phone=c["_phone_raw"],
                handle=ids["handle"],
            )
        elif channel == "phone":
            out["phone"] = c["_phone_raw"]
        elif channel in ("social", "community") and ids["handle"]:
            out["handle"] = (
                ids["handle"] if self.rough.random() < 0.8 else ids["handle"].lstrip("@")
            )
        elif channel in ("email", "social", "community"):
            out["email"] = ids["email"].upper() if self.rough.random() < 0.08 else ids["email"]
        else:
            out["customer_id"] = ids["customer_id"]
        return out

    # ------------------------------------------------------------ acts --
    def happy(self, c: dict[str, Any], t: datetime, kinds: str = "pqrgjavs") -> None:
        lang = c["language"]
        k = self.rng.choice(kinds)
        if k == "p":
            ch = self.rng.choice(["social", "community"])
            self.add(
                c, t, ch, "post" if ch == "community" else "mention", self.text("praise", lang)
            )
        elif k == "a":
            self.add(c, t, "community", "post", self.text("again", lang))
        elif k == "g":
            self.add(
                c,
                t,
                "web",
                "review",
                self.text("gripe_praise", lang),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif k == "j":
            self.add(c, t, "social", "post", self.text("joke", lang))
        elif k == "q":
            ch = self.rng.choice(["chat", "chat", "phone"])
            self.add(c, t, ch, "chat" if ch == "chat" else "call", self.text("question", lang))
            if ch == "chat":
                self.add(
                    c,
                    t + timedelta(minutes=self.rng.randint(1, 6)),
                    "chat",
                    "chat",
                    self.text("answer", lang),
                    "outbound",
                    attrs={"agent": "support"},
                )
                if self.rng.random() < 0.6:
                    self.add(
                        c,
                        t + timedelta(minutes=self.rng.randint(8, 14)),
                        "chat",
                        "chat",
                        self.text("thanks", lang),
                    )
            else:
                self.add(
                    c,
                    t + timedelta(minutes=self.rng.randint(20, 50)),
                    "email",
                    "message",
                    self.text("answer", lang),
                    "outbound",
                    attrs={"agent": "support"},
                )
        elif k == "r":
            p = self.rng.choice(PRODUCTS)
            self.add(c, t, "web", "page_view", None, attrs={"page": "/hire"})
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(3, 15)),
                "web",
                "purchase",
                None,
                attrs={
                    "order_value": f"{self.rng.randint(25, 160)}.00",
                    "currency": "GBP" if c["country"] == "UK" else "EUR",
                    "product": p,
                    "page": "/checkout",
                },
            )
        elif k == "v":
            self.add(
                c,
                t,
                "web",
                "review",
                self.text("review", lang),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                self.text("survey_word", lang) or None,
                scores={"nps": self.rng.randint(9, 10), "csat": self.rng.randint(4, 5)},
                attrs={"survey": "nps"},
            )

    def day_acts(
        self,
        c: dict[str, Any],
        n: int,
        d0: int,
        d1: int,
        kinds: str = "pqrgjavs",
        h0: float = 7.5,
        h1: float = 19.5,
    ) -> None:
        days = self.rng.sample(range(d0, d1 + 1), min(n, d1 - d0 + 1))
        for d in days:
            self.happy(c, self.at(d, self.rng.uniform(h0, h1)), kinds)

    def case(self) -> str:
        return unique(self.rng, lambda r: f"RL-{r.randint(100000, 999999)}")

    def complaint(
        self,
        c: dict[str, Any],
        t: datetime,
        problem: str,
        channel: str,
        case: str,
        lang: str | None = None,
        long: bool = False,
    ) -> str:
        lang = lang or c["language"]
        first = c["name"].split()[0]
        if long:
            return self.add(
                c,
                t,
                "email",
                "message",
                self.text("letter", lang, n=first),
                subject=f"Complaint: {case}",
            )
        txt = self.text(problem, lang, c=case)
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
            "community": "post",
        }[channel]
        return self.add(
            c,
            t,
            channel,
            kind,
            txt,
            subject=f"Complaint: {problem.replace('_', ' ')}" if channel == "email" else None,
            attrs={"page": "/help"} if channel == "web" else None,
        )

    def reply(
        self,
        who: dict[str, Any],
        t: datetime,
        key: str,
        channel: str = "email",
        lang: str | None = None,
        **kw: str,
    ) -> str:
        lang = lang or who["language"]
        kw.setdefault("n", who["name"].split()[0])
        return self.add(
            who,
            t,
            channel,
            "chat" if channel == "chat" else "message",
            self.text(key, lang, **kw),
            "outbound",
            attrs={"agent": "support"},
        )

    # ---------------------------------------------------------- output --
    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r[0], r[1]))
        seen_inbound: set[str] = set()
        lines = []
        for _t, _s, row, key in self.rows:
            c = self.customers[key]
            full = row["direction"] == "outbound" or (key not in seen_inbound)
            if row["direction"] == "inbound":
                seen_inbound.add(key)
            row["customer"] = self.ref(c, row["channel"], full)
            lines.append(json.dumps(row, ensure_ascii=False))
        got: Counter[str] = Counter()
        for c in self.customers.values():
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"])
            assert any(
                r[3] == c["identifiers"]["customer_id"] and r[2]["direction"] == "inbound"
                for r in self.rows
            )
            got.update(c["expected_rules"])
            c.pop("_phone_raw", None)
        for a in self.accounts.values():
            got.update(a["expected_rules"])
        if self.spike:
            got["topic_spike"] += 1
        assert dict(got) == expected, (self.name, dict(got), expected)
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": f"{BRAND}: mobility-aid hire (wheelchairs, mobility scooters, rollators, hospital beds) with {BRAND} Plus, and {BRAND} Care on account for care homes, hotels and venues; competitors {COMPS[0]} and {COMPS[1]}",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def workday(t: datetime) -> datetime:
    while t.weekday() >= 5:
        t = t.replace(hour=9) + timedelta(days=1)
    return t


def lang_of(rng: random.Random) -> str:
    return rng.choices(["en", "pt", "fr", "de", "it", "es"], weights=[30, 30, 10, 10, 10, 10])[0]


def monday(y: int, m: int, d: int, weekday: int = 0) -> datetime:
    t = datetime(y, m, d, tzinfo=UTC)
    assert t.weekday() == weekday, t
    return t


def happy_writers() -> None:
    f = Fam(
        1,
        "HW",
        "happy_writers",
        monday(2026, 3, 2),
        10,
        "happy customers writing by day and night, and survey answerers",
    )
    for _ in range(16):
        c = f.person(lang_of(f.rng), "happy", "day writer", [], [])
        f.day_acts(c, f.rng.randint(5, 8), 0, 9)
    for _ in range(5):
        c = f.person(lang_of(f.rng), "happy", "night writer", [], [])
        for d in f.rng.sample(range(0, 9), f.rng.randint(2, 4)):
            t = f.at(d, f.rng.uniform(22.2, 28.4))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", f.text("night_post", c["language"]))
            else:
                f.add(c, t, "chat", "chat", f.text("night_q", c["language"]))
                f.reply(c, t + timedelta(minutes=f.rng.randint(2, 7)), "night_a", "chat")
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(9, 15)),
                    "chat",
                    "chat",
                    f.text("thanks", c["language"]),
                )
        f.day_acts(c, f.rng.randint(2, 3), 0, 9, "prgv", 9, 18)
    for _ in range(5):
        c = f.person(lang_of(f.rng), "happy", "answers surveys", [], [])
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.add(
                c,
                f.at(d, f.rng.uniform(8, 20)),
                "survey",
                "survey_response",
                f.text("survey_word", c["language"]) or None,
                scores={
                    "nps": f.rng.randint(9, 10),
                    "csat": f.rng.randint(4, 5),
                    "ces": f.rng.randint(6, 7),
                },
                attrs={"survey": "nps"},
            )
    f.write({})


def one_bad_day() -> None:
    f = Fam(2, "BD", "one_bad_day", monday(2026, 4, 6), 12, "happy customers with one angry moment")
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    f.rng.shuffle(chans)
    with_case = 0
    nps_left, csat_left, good_left, sorry_left = 6, 5, 12, 5
    for i in range(24):
        ch = chans[i]
        lang = "pt" if ch == "long" and i % 2 else ("en" if ch == "long" else lang_of(f.rng))
        c = f.person(lang, "happy_one_bad_day", "one bad day", [], ["silence"])
        bd = f.rng.randint(2, 9)
        t = f.at(bd, f.rng.uniform(8, 20))
        for d in f.rng.sample(
            [d for d in range(12) if d < bd - 1 or d > bd + 2], f.rng.randint(1, 5)
        ):
            f.happy(c, f.at(d, f.rng.uniform(8, 19)), "pqrgjav")
        problem = PROBLEMS[i % 4]
        case = f.case() if ch != "social" else None
        eid = f.complaint(
            c, t, problem, "email" if ch == "long" else ch, case or "", long=ch == "long"
        )
        c.update(
            problem=problem,
            channel=ch,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            booking=case,
            long_email=ch == "long",
            trouble_starts_at=iso(t),
        )
        if case is None:
            continue
        with_case += 1
        f.reply(
            c,
            t + timedelta(minutes=f.rng.randint(10, 40) if ch != "chat" else f.rng.randint(1, 5)),
            "case_opened",
            "chat" if ch == "chat" else "email",
            c=case,
        )
        if nps_left and with_case % 3 == 1:
            nps_left -= 1
            n = f.rng.randint(1, 5)
            c.update(
                persona="bad_day_detractor", expected_rules=["detractor"], nps_given=True, nps=n
            )
            c["survey_event_id"] = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": n},
                attrs={"survey": "nps"},
            )
        elif csat_left:
            csat_left -= 1
            n = f.rng.randint(1, 2)
            c.update(csat_given=True, csat=n)
            c["survey_event_id"] = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                f.rng.choice(["", "slow"]) or None,
                scores={"csat": n},
                attrs={"survey": "csat"},
            )
        if good_left:
            good_left -= 1
            g = t + timedelta(hours=f.rng.uniform(1, 4))
            if g.hour >= 21 or g.hour < 7:
                g = g.replace(hour=8, minute=f.rng.randint(0, 59)) + (
                    timedelta(days=1) if g.hour >= 21 else timedelta()
                )
            f.reply(c, g, "good_news", c=case)
            c["agent_fixed"] = True
            if sorry_left:
                sorry_left -= 1
                a = t + timedelta(hours=f.rng.uniform(16, 24))
                if a.hour >= 22 or a.hour < 7:
                    a = a.replace(hour=9, minute=f.rng.randint(0, 59)) + (
                        timedelta(days=1) if a.hour >= 22 else timedelta()
                    )
                c.update(apologised=True, apology_at=iso(a))
                c["apology_event_id"] = f.add(
                    c, a, "chat", "chat", f.text("apology", c["language"])
                )
    for _ in range(8):
        c = f.person(lang_of(f.rng), "happy", "control", [], [])
        f.day_acts(c, f.rng.randint(4, 7), 0, 11, "pqrgjav")
    f.write({"detractor": 6})


def repeat_run(
    f: Fam, c: dict[str, Any], t0: datetime, n: int, langs: list[str] | None = None
) -> None:
    problem = f.rng.choice(PROBLEMS)
    case = f.case()
    channels = f.rng.sample(["email", "chat", "phone", "web", "social"], n)
    comp = f.rng.choice(COMPS)
    ids = []
    t = t0
    for i in range(n):
        lang = langs[i % len(langs)] if langs else c["language"]
        ch = channels[i]
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[ch]
        if i == 0:
            ids.append(f.complaint(c, t, problem, ch, case, lang))
            if n >= 3:
                f.reply(
                    c,
                    t + timedelta(hours=f.rng.uniform(1.5, 2.5)),
                    "quality_lead",
                    lang=lang,
                    c=case,
                )
                c["agent_passed_on"] = True
            else:
                f.reply(
                    c,
                    t + timedelta(minutes=f.rng.randint(10, 40)),
                    "case_opened",
                    "chat" if ch == "chat" else "email",
                    lang=lang,
                    c=case,
                )
        else:
            key = "still_open" if i == 1 else ("third" if i == 2 else "fourth")
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    kind,
                    f.text(key, lang, c=case, k=comp),
                    subject=f"Re: {case}" if ch == "email" else None,
                    attrs={"page": "/help"} if ch == "web" else None,
                )
            )
            if ch == "chat":
                f.reply(
                    c,
                    t + timedelta(minutes=f.rng.randint(1, 5)),
                    "urgent",
                    "chat",
                    lang=lang,
                    c=case,
                )
        t = t + timedelta(hours=f.rng.uniform(4, 40))
        if t.hour >= 22 or t.hour < 7:
            t = t.replace(hour=8, minute=f.rng.randint(0, 59)) + (
                timedelta(days=1) if t.hour >= 22 else timedelta()
            )
    c.update(
        problem=problem,
        booking=case,
        contacts=n,
        channels=channels,
        problem_event_ids=ids,
        competitor=comp if n >= 3 else None,
        trouble_starts_at=iso(t0),
    )


def fixed_case(f: Fam, c: dict[str, Any], t: datetime, lang: str, lang2: str) -> dict[str, Any]:
    problem = f.rng.choice(PROBLEMS)
    case = f.case()
    e1 = f.complaint(c, t, problem, "web", case, lang)
    f.reply(c, t + timedelta(minutes=f.rng.randint(10, 40)), "case_opened", lang=lang, c=case)
    g = t + timedelta(hours=f.rng.uniform(3, 12))
    f.reply(c, g, "good_news", lang=lang2, c=case)
    k = g + timedelta(hours=f.rng.uniform(8, 20))
    if k.hour >= 22 or k.hour < 7:
        k = k.replace(hour=10) + (timedelta(days=1) if k.hour >= 22 else timedelta())
    e2 = f.add(c, k, "email", "message", f.text("confirm", lang2, c=case), subject=f"Re: {case}")
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(k),
        "problem_event_ids": [e1],
        "confirm_event_id": e2,
        "channel": "web",
        "confirm_channel": "email",
    }


REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def repeat_contacts() -> None:
    f = Fam(
        3,
        "RC",
        "repeat_contacts",
        monday(2026, 5, 4),
        10,
        "the same problem raised again and again, and controls",
    )
    for n in [2] * 4 + [3] * 4 + [4] * 4:
        c = f.person(lang_of(f.rng), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.day_acts(c, f.rng.randint(1, 3), 0, 0, "pqrv", 7, 12)
        repeat_run(f, c, f.at(f.rng.randint(1, 4), f.rng.uniform(8, 19)), n)
    for _ in range(5):
        c = f.person(lang_of(f.rng), "resolved_between_contacts", "fixed", [], ["silence"])
        f.day_acts(c, 2, 0, 0, "pqrv", 7, 12)
        p = fixed_case(
            f, c, f.at(f.rng.randint(1, 4), f.rng.uniform(8, 15)), c["language"], c["language"]
        )
        c.update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person(lang_of(f.rng), "different_problems", "two problems", [], ["silence"])
        p1 = fixed_case(f, c, f.at(1, f.rng.uniform(9, 14)), c["language"], c["language"])
        p2 = fixed_case(
            f, c, f.at(f.rng.randint(5, 6), f.rng.uniform(9, 14)), c["language"], c["language"]
        )
        while p2["problem"] == p1["problem"]:
            p2["problem"] = f.rng.choice(PROBLEMS)
        c.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person(lang_of(f.rng), "happy", "frequent writer", [], [])
        f.day_acts(c, f.rng.randint(5, 8), 0, 9, "qqqrp")
    f.write({"repeat_contact": 12})


def slide(f: Fam, c: dict[str, Any], d0: int, span: int, langs: list[str] | None = None) -> None:
    comp = f.rng.choice(COMPS)
    ids = []
    t = f.at(d0, f.rng.uniform(9, 12))
    step = span * 24 / 6
    for i in range(6):
        lang = langs[i % len(langs)] if langs else c["language"]
        s = T["slide"][lang][i].format(b=BRAND, k=comp)
        ch = f.rng.choice(["social", "community", "web"])
        kind = {"social": "mention", "community": "post", "web": "review"}[ch]
        ids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                s,
                attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"}
                if ch == "web"
                else None,
            )
        )
        if i == 3 and c.get("nps_given") is None and f.rng.random() < 2:
            c["_nps_after"] = t
        t = t + timedelta(hours=max(1.0, f.rng.uniform(step * 0.6, step * 1.2)))
        if t.hour >= 22 or t.hour < 7:
            t = t.replace(hour=9, minute=f.rng.randint(0, 59)) + (
                timedelta(days=1) if t.hour >= 22 else timedelta()
            )
    c.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=f.rows[-6][2]["occurred_at"] if False else iso(f.at(d0, 0)),
    )


SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def slow_churners() -> None:
    f = Fam(
        4,
        "SC",
        "slow_churners",
        monday(2026, 6, 1),
        32,
        "slow slides, leavers, steady and grumpy customers",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.person(lang_of(f.rng), "slow_churner", "slides", ["sentiment_drop"], list(SLIDE_TOL))
        for d in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.happy(c, f.at(d, f.rng.uniform(8, 19)), "p")
        f.day_acts(c, f.rng.randint(2, 4), 0, 10, "qrv")
        slide(f, c, f.rng.randint(12, 16), spans[i])
        after = c.pop("_nps_after")
        c["trouble_starts_at"] = f.customers[c["identifiers"]["customer_id"]]["trouble_starts_at"]
        if i % 2 == 0:
            n = f.rng.randint(1, 5)
            t = after + timedelta(hours=f.rng.uniform(2.5, 3.5))
            if t.hour >= 22 or t.hour < 7:
                t = t.replace(hour=9) + (timedelta(days=1) if t.hour >= 22 else timedelta())
            c["expected_rules"] = ["sentiment_drop", "detractor"]
            c.update(
                nps_given=True,
                nps=n,
                survey_event_id=f.add(
                    c,
                    t,
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
    for _ in range(5):
        c = f.person(
            lang_of(f.rng),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.day_acts(c, f.rng.randint(4, 6), 0, 15, "pqrv")
        t = f.at(f.rng.randint(17, 23), f.rng.uniform(9, 16))
        e = f.add(
            c, t, "email", "message", f.text("cancel", c["language"]), subject=f"{BRAND} Plus"
        )
        f.reply(c, t + timedelta(hours=f.rng.uniform(1, 5)), "sorry_go")
        k = t + timedelta(hours=f.rng.uniform(20, 30))
        x = f.add(
            c,
            k,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/cancel", "product": f"{BRAND} Plus"},
        )
        c.update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=iso(k),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person(lang_of(f.rng), "happy", "steady", [], [])
        f.day_acts(c, f.rng.randint(6, 10), 0, 31)
    for _ in range(5):
        c = f.person(
            lang_of(f.rng), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"]
        )
        t = f.at(f.rng.randint(0, 4), f.rng.uniform(9, 19))
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    {"social": "mention", "community": "post", "web": "ticket"}[ch],
                    f.text("grumble", c["language"]),
                    attrs={"page": "/help"} if ch == "web" else None,
                )
            )
            t += timedelta(days=f.rng.randint(1, 3), hours=f.rng.uniform(-2, 2))
        c.update(grumble_event_ids=ids, trouble_starts_at=f.rows[-len(ids)][2]["occurred_at"])
    for _ in range(5):
        c = f.person(lang_of(f.rng), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        f.day_acts(c, f.rng.randint(4, 6), 0, 16)
        c["sarcasm_event_id"] = f.add(
            c,
            f.at(f.rng.randint(17, 28), f.rng.uniform(9, 20)),
            "social",
            "post",
            f.text("sarcasm", c["language"]),
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(5, "QH", "quiet_hours", monday(2026, 8, 7, 4), 3, "a calm weekend with night owls")
    for _ in range(16):
        c = f.person(lang_of(f.rng), "happy", "day writer", [], [])
        f.day_acts(c, f.rng.randint(1, 3), 0, 2, "pqrgv", 7, 17.5)
    for i in range(4):
        c = f.person(lang_of(f.rng), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(f.rng.randint(0, 2), f.rng.uniform(9, 16))
        f.add(c, t, "web", "page_view", None, attrs={"page": "/hire"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            e = f.add(c, t2, "chat", "chat", f.text("grumble", c["language"]))
            f.reply(c, t2 + timedelta(minutes=3), "answer", "chat")
        else:
            e = f.add(
                c, t2, "web", "ticket", f.text("grumble", c["language"]), attrs={"page": "/help"}
            )
            f.reply(c, t2 + timedelta(minutes=25), "b2b_ack", c=f.case())
        c.update(grumble_event_id=e, trouble_starts_at=iso(t2))
    for night in range(3):
        first = f.at(night + 1, f.rng.uniform(0.66, 1.08))
        for b, off in enumerate([0, f.rng.uniform(28, 33), f.rng.uniform(55, 65)]):
            bs = first + timedelta(minutes=off)
            for _ in range(4):
                c = f.person(
                    lang_of(f.rng), "night_owl", f"night {night + 1}, burst {b + 1}", [], []
                )
                t = bs + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", f.text("night_q", c["language"]))
                    f.reply(c, t + timedelta(minutes=f.rng.randint(2, 6)), "night_a", "chat")
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(8, 12)),
                        "chat",
                        "chat",
                        f.text("thanks", c["language"]),
                    )
                else:
                    e = f.add(c, t, "social", "post", f.text("night_post", c["language"]))
                c.update(burst_at=iso(bs), night_event_id=e)
                if f.rng.random() < 0.5 and night < 2:
                    f.happy(c, f.at(night + 1, f.rng.uniform(9, 17.5)), "prv")
    f.write({})


def bilingual() -> None:
    f = Fam(6, "BL", "bilingual", monday(2026, 9, 7), 14, "customers writing in two languages")
    pairs = [
        ("en", "pt"),
        ("pt", "en"),
        ("pt", "fr"),
        ("de", "en"),
        ("es", "pt"),
        ("it", "en"),
        ("fr", "pt"),
        ("pt", "es"),
        ("en", "de"),
        ("pt", "it"),
    ]
    why = "works abroad, family writes in the other language"
    k = 0

    def nxt() -> tuple[str, str]:
        nonlocal k
        k += 1
        return pairs[k % len(pairs)]

    for _ in range(12):
        a, b = nxt()
        c = f.person(a, "happy", "alternates languages", [], [])
        c.update(languages=[a, b], job_second_language=why)
        for i, d in enumerate(f.rng.sample(range(14), f.rng.randint(5, 8))):
            c["language"] = [a, b][i % 2]
            f.happy(c, f.at(d, f.rng.uniform(8, 19)), "pqgjav")
        c["language"] = a
    for n in [2, 2, 3, 3, 4]:
        a, b = nxt()
        c = f.person(a, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        c.update(languages=[a, b], job_second_language=why)
        f.day_acts(c, f.rng.randint(1, 3), 0, 1, "pqv")
        repeat_run(f, c, f.at(f.rng.randint(2, 5), f.rng.uniform(8, 18)), n, [a, b])
    for _ in range(5):
        a, b = nxt()
        c = f.person(a, "slow_churner", "slides", ["sentiment_drop"], list(SLIDE_TOL))
        c.update(languages=[a, b], job_second_language=why)
        for i, d in enumerate(range(6)):
            c["language"] = [a, b][i % 2]
            f.happy(c, f.at(d, f.rng.uniform(8, 19)), "p")
        c["language"] = a
        f.day_acts(c, f.rng.randint(1, 3), 0, 5, "qrv")
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), [a, b])
        c.pop("_nps_after", None)
    for i in range(3):
        a, b = nxt()
        c = f.person(a, "happy_one_bad_day", "one bad day", [], ["silence"])
        c.update(languages=[a, b], job_second_language=why)
        f.day_acts(c, 3, 0, 4, "pqrv")
        t = f.at(8, f.rng.uniform(9, 17))
        case = f.case()
        ch = ["long", "email", "chat"][i]
        e = f.complaint(
            c,
            t,
            f.rng.choice(PROBLEMS),
            "email" if ch == "long" else ch,
            case,
            b,
            long=ch == "long",
        )
        f.reply(
            c,
            t + timedelta(minutes=f.rng.randint(2, 30)),
            "case_opened",
            "chat" if ch == "chat" else "email",
            lang=b,
            c=case,
        )
        c.update(
            bad_day_at=iso(t),
            bad_day_event_id=e,
            bad_day_language=b,
            booking=case,
            channel=ch,
            trouble_starts_at=iso(t),
        )
        if ch != "chat":
            f.reply(c, t + timedelta(hours=2), "good_news", lang=b, c=case)
        if ch == "email":
            ap = t + timedelta(hours=f.rng.uniform(18, 24))
            if ap.hour >= 22 or ap.hour < 7:
                ap = ap.replace(hour=9) + (timedelta(days=1) if ap.hour >= 22 else timedelta())
            c.update(
                apologised=True,
                apology_at=iso(ap),
                apology_event_id=f.add(c, ap, "chat", "chat", f.text("apology", b)),
            )
    for _ in range(2):
        a, b = nxt()
        c = f.person(a, "resolved_between_contacts", "fixed", [], ["silence"])
        c.update(languages=[a, b], job_second_language=why)
        f.day_acts(c, 2, 0, 2, "pqv")
        p = fixed_case(f, c, f.at(f.rng.randint(4, 6), f.rng.uniform(9, 14)), a, b)
        c.update(problems=[p], trouble_starts_at=p["raised_at"], confirm_language=b)
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam(
        7,
        "BB",
        "b2b_accounts",
        monday(2026, 10, 5),
        14,
        f"{BRAND} Care accounts: care homes, hotels and venues",
    )
    plan = (
        [("at_risk", 5, 3)] * 3
        + [("at_risk", 5, 4)] * 2
        + [("one_unhappy", 4, 1)] * 4
        + [("mild", 4, 2)] * 3
        + [("happy", 3, 0)] * 3
    )
    dets = 0
    for n, (kind, size, unhappy) in enumerate(plan):
        lang = f.rng.choice(["en", "pt", "pt", "en", "fr", "de", "it", "es"])
        company = COMPANIES[n]
        acc = f"RLC-{f.rng.choice(MARKETS[lang])}-{1000 + n * 37}"
        dom = strip_accents(company).lower().replace(" ", "").replace("'", "") + ".example"
        keys, bad = [], []
        comp = f.rng.choice(COMPS)
        case = f.case()
        first_name = ""
        t = f.at(2, f.rng.uniform(9, 11))
        for j in range(size):
            role = (
                "complainer"
                if (kind in ("at_risk", "one_unhappy") and j < unhappy)
                else ("suggests" if kind == "mild" and j < unhappy else "contact")
            )
            if role == "complainer" and kind == "at_risk":
                c = f.person(
                    lang,
                    "b2b_unhappy",
                    "complainer",
                    [],
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                    acc,
                    dom,
                )
            elif role == "complainer":
                c = f.person(
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    acc,
                    dom,
                )
            elif role == "suggests":
                c = f.person(lang, "b2b_mild", "suggests", [], ["silence"], acc, dom)
            else:
                c = f.person(lang, "b2b_happy", "contact", [], [], acc, dom)
            key = c["identifiers"]["customer_id"]
            keys.append(key)
            c.update(
                company=company,
                role=role,
                job_title=[
                    "Care manager",
                    "Finance officer",
                    "Facilities lead",
                    "Head nurse",
                    "Operations manager",
                ][j % 5],
            )
            c["job"] = c["job_title"]
            for _ in range(f.rng.randint(0, 2) if role != "contact" else f.rng.randint(2, 5)):
                d = f.rng.randint(0, 1) if role != "contact" else f.rng.randint(0, 11)
                if f.at(d, 0).weekday() >= 5:
                    d -= 2
                f.happy(c, f.at(d, f.rng.uniform(8, 16.5)), "qr" if role != "contact" else "qrps")
            if role == "complainer":
                bad.append(key)
                if kind == "one_unhappy":
                    t = f.at(
                        f.rng.randint(3, 4),
                        f.rng.uniform(9, 15),
                    )
                txt = (
                    f.text("b2b_complaint", lang, a=company, c=case)
                    if j == 0
                    else f.text("b2b_follow", lang, a=company, c=case, n=first_name)
                )
                e = f.add(c, t, "email", "message", txt, subject=f"Complaint: invoices {case}")
                if j == 0:
                    first_name = c["name"].split()[0]
                    f.reply(c, t + timedelta(minutes=f.rng.randint(20, 60)), "b2b_ack", c=case)
                c.update(complaint_event_ids=[e], trouble_starts_at=iso(t), booking=case)
                last = kind == "at_risk" and j == unhappy - 1
                if not last:
                    dets += 1
                    s = f.rng.randint(1, 5)
                    if kind == "at_risk":
                        c["expected_rules"] = ["detractor"]
                        c["tolerated_rules"] = [r for r in c["tolerated_rules"] if r != "detractor"]
                    c.update(
                        nps_given=True,
                        nps=s,
                        survey_event_id=f.add(
                            c,
                            t + timedelta(hours=f.rng.uniform(1, 3)),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": s},
                            attrs={"survey": "nps"},
                        ),
                    )
                else:
                    c["expected_rules"] = ["repeat_contact"]
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    if t2.hour >= 17 or t2.hour < 8:
                        t2 = t2.replace(hour=9) + (
                            timedelta(days=1) if t2.hour >= 17 else timedelta()
                        )
                    t2 = workday(t2)
                    ch = "email" if n == 0 else "phone"
                    c["complaint_event_ids"].append(
                        f.add(
                            c,
                            t2,
                            ch,
                            "message" if ch == "email" else "call",
                            f.text("b2b_last", lang, c=case, k=comp),
                            subject=f"Re: {case}" if ch == "email" else None,
                        )
                    )
                    c["competitor"] = comp
                t = t + timedelta(hours=f.rng.uniform(8, 28))
                if t.hour >= 17 or t.hour < 8:
                    t = t.replace(hour=9, minute=f.rng.randint(0, 59)) + (
                        timedelta(days=1) if t.hour >= 17 else timedelta()
                    )
                t = workday(t)
            elif role == "suggests":
                ts = f.at(f.rng.randint(2, 4), f.rng.uniform(8, 16))
                c["mild_event_id"] = f.add(
                    c,
                    ts,
                    "web",
                    "ticket",
                    f.text("b2b_mild", lang),
                    attrs={"page": "/portal/feedback"},
                )
                f.reply(c, ts + timedelta(minutes=f.rng.randint(15, 90)), "b2b_ack", c=f.case())
                c["trouble_starts_at"] = iso(ts)
        f.accounts[acc] = {
            "company": company,
            "site": ["care home", "hotel", "clinic", "venue"][n % 4],
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": len(bad),
            "unhappy_contact_keys": bad,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": "invoice" if kind == "at_risk" else None,
            "trouble_starts_at": iso(f.at(2, 9)) if kind == "at_risk" else None,
            "language": lang,
            "country": acc.split("-")[1],
        }
    f.write({"account_risk": 5, "detractor": dets, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam(8, "TS", "topic_spike", monday(2026, 11, 2), 7, "a calm week and the planted incident")
    for _ in range(40):
        c = f.person(lang_of(f.rng), "happy", "day writer", [], [])
        f.day_acts(c, f.rng.randint(1, 4), 0, 4, "pqrgjav")
    for _ in range(2):
        c = f.person(lang_of(f.rng), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, f.rng.uniform(9, 16))
        c.update(
            grumble_event_id=f.add(c, t, "chat", "chat", f.text("grumble", c["language"])),
            trouble_starts_at=iso(t),
        )
        f.reply(c, t + timedelta(minutes=4), "answer", "chat")
    for lang, h in (("pt", 9.6), ("de", 16.1)):
        c = f.person(lang, "grumbles_once", "lone question", [], ["silence"])
        t = f.at(4, h)
        c.update(
            lone_report_event_id=f.add(c, t, "chat", "chat", f.text("lone_q", lang)),
            trouble_starts_at=iso(t),
        )
        f.reply(c, t + timedelta(minutes=3), "answer", "chat")
    s0 = f.at(5, 9 + 5 / 60)
    langs = ["en"] * 5 + ["pt"] * 5 + ["fr", "fr", "de", "de", "it", "it", "es", "es", "en", "pt"]
    chans = (
        ["social"] * 6 + ["chat"] * 5 + ["community"] * 3 + ["email"] * 3 + ["web"] * 2 + ["phone"]
    )
    f.rng.shuffle(chans)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(0, 45) for _ in range(18)])
    keys, evs, reps = [], [], []
    rep_left, fix_left = 6, 6
    for i in range(20):
        c = f.person(langs[i], "spike_reporter", "regular" if i < 12 else "new", [], ["silence"])
        if i < 12:
            f.day_acts(c, f.rng.randint(1, 2), 2, 2, "pqrv", 8, 17.5)
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
            "phone": "call",
        }[ch]
        txt = f.text("spike_call" if ch == "phone" else "spike", langs[i], e=CODE)
        e = f.add(
            c,
            t,
            ch,
            kind,
            txt,
            subject="Late fee?" if ch == "email" else None,
            attrs={"page": "/help"} if ch == "web" else None,
        )
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=f.rng.randint(1, 4)), "spike_answer", "chat")
        keys.append(c["identifiers"]["customer_id"])
        evs.append(e)
        c.update(
            in_spike=True,
            regular=i < 12,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        if rep_left and offs[i] <= 30 and i % 2 == 0:
            rep_left -= 1
            ch2 = (
                ["email", "chat", "community"][rep_left % 3]
                if ch != ["email", "chat", "community"][rep_left % 3]
                else "web"
            )
            t2 = t + timedelta(minutes=f.rng.uniform(10, 60))
            r = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post", "web": "ticket"}[ch2],
                f.text("spike_again", langs[i], e=CODE),
                subject="Re: Late fee" if ch2 == "email" else None,
                attrs={"page": "/help"} if ch2 == "web" else None,
            )
            reps.append(r)
            c.update(
                persona="spike_repeater",
                expected_rules=["repeat_contact"],
                tolerated_rules=["silence", "sentiment_drop"],
                repeat_event_id=r,
            )
        elif fix_left and ch in ("email", "web", "chat"):
            fix_left -= 1
            local = {"UK": "12:10", "IE": "12:10", "PT": "12:10"}.get(c["country"], "13:10")
            f.reply(c, f.at(5, 11.2 + f.rng.uniform(0, 0.15)), "spike_fixed", h=local)
            c["agent_fixed"] = True
    assert rep_left == 0, rep_left
    f.spike = {
        "topic": f"{BRAND} app marks active hires as overdue and charges a late-return fee; extending fails with error {CODE}",
        "about": "the planted incident",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": evs,
        "repeat_event_ids": reps,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})


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
    for fam in FAMILIES:
        fam()


if __name__ == "__main__":
    main()
