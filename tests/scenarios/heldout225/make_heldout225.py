"""Build heldout225 (report only, written blind). Standard library only; fixed seed."""
# ruff: noqa: E501

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
from wording import T  # noqa: E402

SEED = 20261207
BRAND = "Tapizzo"
COMPS = ("Limpavo", "Fluffera")
MARKET = {
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "en": ["UK", "IE"],
    "de": ["DE", "AT"],
    "it": ["IT"],
    "pt": ["PT"],
}
PREFIX = {
    "FR": "+336",
    "BE": "+32 47",
    "CH": "+41 79",
    "ES": "+34 6",
    "UK": "+44 7",
    "IE": "+353 8",
    "DE": "+49 15",
    "AT": "+43 66",
    "IT": "+39 3",
    "PT": "+351 9",
}
NAMES = [
    "lea",
    "hugo",
    "ines",
    "lucas",
    "marta",
    "pablo",
    "lucia",
    "diego",
    "emma",
    "jack",
    "lena",
    "jonas",
    "giulia",
    "marco",
    "ana",
    "joao",
    "chloe",
    "nora",
    "sara",
    "raul",
]
SURN = [
    "martin",
    "garcia",
    "lopez",
    "bernard",
    "dubois",
    "ruiz",
    "moreno",
    "smith",
    "muller",
    "rossi",
    "silva",
    "costa",
    "petit",
    "navarro",
    "weber",
    "bianchi",
]
LANG_W = ["fr"] * 30 + ["es"] * 30 + ["en"] * 10 + ["de"] * 10 + ["it"] * 10 + ["pt"] * 10
SOURCES = {
    "email": "tapizzo-mail",
    "phone": "tapizzo-voice",
    "social": "tapizzo-social",
    "community": "tapizzo-forum",
    "chat": "tapizzo-chat",
    "web": "tapizzo-web",
    "survey": "tapizzo-survey",
}
ALL_RULES = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
USED: set[str] = set()


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any] = field(default_factory=dict)


@dataclass
class Row:
    at: datetime
    cust: Cust
    channel: str
    kind: str
    text: str | None
    out: bool = False
    subject: str | None = None
    scores: dict[str, int | None] = field(default_factory=dict)
    attrs: dict[str, str] = field(default_factory=dict)
    eid: str = ""


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.custs: list[Cust] = []
        self.rows: list[Row] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.cases = 0

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        exp: list[str] | None = None,
        tol: list[str] | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> Cust:
        r = self.rng
        lang = lang or r.choice(LANG_W)
        market = market or r.choice(MARKET[lang])
        n = len(self.custs) + 1
        key = f"TZ{self.code}{1000 + n * 7:04d}"
        first, last = r.choice(NAMES), r.choice(SURN)
        email = f"{first}.{last}{n}{self.code.lower()}@{'acme-' + account.lower() if account else r.choice(['mail', 'correo', 'posta'])}.example"
        digits = "".join(str(r.randrange(10)) for _ in range(8))
        phone = PREFIX[market] + digits
        handle = None if account else f"@{first}_{last}{n}{self.code.lower()}"
        c = Cust(key, lang, market, email, phone, handle, account)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": exp or [],
            "tolerated_rules": tol or [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first.title()} {last.title()}",
        }
        self.custs.append(c)
        return c

    def t(self, day: float, h0: float = 8, h1: float = 20) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))

    def case(self) -> str:
        self.cases += 1
        return f"TZ-{self.code}{self.cases:04d}"

    def w(self, c: Cust, table: str, lang: str | None = None) -> str:
        return self.rng.choice(T[table][lang or c.lang])

    def add(
        self,
        at: datetime,
        c: Cust,
        channel: str,
        kind: str,
        text: str | None,
        out: bool = False,
        **kw: Any,
    ) -> Row:
        row = Row(at, c, channel, kind, text, out, **kw)
        self.seq += 1
        row.eid = f"h225-{self.code.lower()}-{self.seq:05d}"
        self.rows.append(row)
        return row

    # ---- acts
    def happy_act(self, c: Cust, at: datetime, lang: str | None = None) -> None:
        k = self.rng.randrange(8)
        lg = lang or c.lang
        if k == 0:
            self.add(at, c, "social", "post", self.w(c, "praise", lg))
        elif k == 1:
            self.add(at, c, "community", "post", self.w(c, "again", lg))
        elif k == 2:
            self.add(
                at,
                c,
                "web",
                "review",
                self.w(c, "gripe", lg),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif k in (3, 4):
            self.add(at, c, "chat", "chat", self.w(c, "question", lg))
            self.add(
                at + timedelta(minutes=self.rng.randint(1, 6)),
                c,
                "chat",
                "chat",
                self.w(c, "answer", lg),
                out=True,
                attrs={"agent": "Camille"},
            )
            if self.rng.random() < 0.6:
                self.add(
                    at + timedelta(minutes=self.rng.randint(8, 15)),
                    c,
                    "chat",
                    "chat",
                    self.w(c, "thanks", lg),
                )
        elif k == 5:
            self.add(at, c, "phone", "call", self.w(c, "call_q", lg))
            self.add(
                at + timedelta(minutes=20),
                c,
                "email",
                "message",
                self.w(c, "answer", lg),
                out=True,
                attrs={"agent": "Camille"},
            )
        elif k == 6:
            self.add(at, c, "web", "page_view", None, attrs={"page": "/sofa-cleaning"})
            self.add(
                at + timedelta(minutes=4),
                c,
                "web",
                "purchase",
                None,
                attrs={
                    "page": "/checkout",
                    "order_value": f"{self.rng.randint(59, 149)}.00",
                    "currency": "CHF" if c.market == "CH" else "GBP" if c.market == "UK" else "EUR",
                    "product": "Sofa 3-seater deep clean",
                },
            )
        else:
            self.add(
                at,
                c,
                "survey",
                "survey_response",
                self.w(c, "survey_word", lg) or None,
                scores={"nps": self.rng.choice([9, 10]), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )

    def happy_days(self, c: Cust, n: int, d0: int, d1: int, h0: float = 8, h1: float = 19) -> None:
        for d in self.rng.sample(range(d0, d1), min(n, d1 - d0)):
            self.happy_act(c, self.t(d, h0, h1))

    def complaint(
        self, c: Cust, at: datetime, channel: str, lang: str | None = None, long: bool = False
    ) -> tuple[Row, str | None]:
        lg = lang or c.lang
        ref: str | None = None
        if channel == "email":
            r = self.add(
                at,
                c,
                "email",
                "message",
                self.w(c, "long_email" if long else "complaint", lg),
                subject="Tapizzo",
            )
        elif channel == "phone":
            r = self.add(at, c, "phone", "call", self.w(c, "call", lg))
        elif channel == "chat":
            r = self.add(at, c, "chat", "chat", self.w(c, "complaint", lg))
        elif channel == "web":
            r = self.add(
                at, c, "web", "ticket", self.w(c, "complaint", lg), attrs={"page": "/contact"}
            )
        else:
            r = self.add(at, c, "social", "mention", self.w(c, "complaint", lg))
            return r, None
        ref = self.case()
        ch = "chat" if channel == "chat" else "email"
        self.add(
            at + timedelta(minutes=self.rng.randint(10, 40)),
            c,
            ch,
            "chat" if ch == "chat" else "message",
            T["case_opened"][lg][0].replace(" case ", f" {ref} "),
            out=True,
            attrs={"agent": "Yanis"},
        )
        return r, ref

    # ---- output
    def finish(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r.at, r.eid))
        seen: set[str] = set()
        for c in self.custs:
            if not any(not r.out and r.cust is c for r in self.rows):
                raise SystemExit(f"{c.key} has no inbound")
        lines = []
        for r in self.rows:
            c = r.cust
            full = r.out or c.key not in seen
            if not r.out:
                seen.add(c.key)
            ident: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ident.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif r.channel == "phone":
                ident["phone"] = c.phone
            elif r.channel in ("social", "community"):
                if c.handle:
                    ident["handle"] = (
                        c.handle if self.rough.random() > 0.2 else c.handle.lstrip("@")
                    )
                else:
                    ident["email"] = c.email
            elif r.channel == "email":
                ident["email"] = c.email.upper() if self.rough.random() < 0.08 else c.email
            else:
                ident["customer_id"] = c.key
            text = r.text
            if text and not r.out and r.channel not in ("phone", "survey"):
                text = self.roughen(text)
            attrs = {"market": c.market, **r.attrs}
            if c.account:
                attrs["segment"] = "b2b"
            if r.at.year != 2026 or r.at >= datetime(2026, 11, 15, tzinfo=UTC) or r.at < self.start:
                raise SystemExit(f"bad time {r.at}")
            lines.append(
                json.dumps(
                    {
                        "event_id": r.eid,
                        "occurred_at": r.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "channel": r.channel,
                        "kind": r.kind,
                        "direction": "outbound" if r.out else "inbound",
                        "customer": ident,
                        "text": text,
                        "subject": r.subject,
                        "scores": {
                            "nps": r.scores.get("nps"),
                            "csat": r.scores.get("csat"),
                            "ces": r.scores.get("ces"),
                        },
                        "source": SOURCES[r.channel],
                        "attributes": attrs,
                    },
                    ensure_ascii=False,
                )
            )
        counts: dict[str, int] = {}
        for c in self.custs:
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{c.key} expects and tolerates")
            for rule in c.truth["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        if counts != expected:
            raise SystemExit(f"{self.name}: {counts} != {expected}")
        end = max(self.start + timedelta(days=self.days), self.rows[-1].at + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": f"{BRAND}: sofa, rug and mattress deep-cleaning at home; {BRAND} Pro for companies",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": expected,
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
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

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randrange(1, len(w) - 2)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text


def day0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def repeat_run(f: Fam, c: Cust, d: int, times: int, langs: list[str]) -> None:
    at = f.t(d, 8, 18)
    first, ref = f.complaint(c, at, f.rng.choice(["web", "email", "chat"]), langs[0])
    assert ref
    ids = [first.eid]
    chans = ["email", "chat", "phone", "web", "social"]
    f.rng.shuffle(chans)
    for k in range(1, times):
        at = at + timedelta(hours=f.rng.uniform(4, 30))
        if at.hour >= 22 or at.hour < 7:
            at = at.replace(hour=8) + timedelta(days=1 if at.hour >= 22 else 0)
        lg = langs[k % len(langs)]
        text = T["still_open"][lg][0].replace("case", ref)
        if k == 2:
            text += " " + T["third"][lg][0].replace("comp", COMPS[k % 2])
        if k == 3:
            text = T["fourth"][lg][0] + " " + text
        ch = chans[k - 1]
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        if ch == "phone":
            text = strip_accents(text).lower().replace(",", "").replace(".", "")
        r = f.add(at, c, ch, kind, text)
        ids.append(r.eid)
        if ch == "chat":
            f.add(at + timedelta(minutes=3), c, "chat", "chat", T["urgent"][lg][0], out=True)
    c.truth.update(
        booking=ref,
        problem_event_ids=ids,
        contacts=times,
        trouble_starts_at=first.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        competitor=COMPS[0] if times > 2 else None,
    )


def fixed_run(f: Fam, c: Cust, d: int, langs: list[str]) -> None:
    at = f.t(d, 8, 16)
    first, ref = f.complaint(c, at, "web", langs[0])
    assert ref
    gn = at + timedelta(hours=f.rng.uniform(3, 6))
    f.add(
        gn,
        c,
        "email",
        "message",
        T["good_news"][langs[-1]][0].replace(" case", " " + ref, 1),
        out=True,
    )
    cf = f.add(
        gn + timedelta(hours=f.rng.uniform(14, 20)),
        c,
        "chat",
        "chat",
        T["confirm"][langs[-1]][0].replace("case", ref),
    )
    c.truth.setdefault("problems", []).append(
        {
            "booking": ref,
            "raised_at": first.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "problem_event_ids": [first.eid],
            "confirm_event_id": cf.eid,
        }
    )


def slide(f: Fam, c: Cust, d: int, span: int, langs: list[str], nps: bool) -> None:
    ids = []
    at = f.t(d, 9, 12)
    for k in range(6):
        lg = langs[k % len(langs)]
        text = T["slide"][lg][k].replace("comp", COMPS[k % 2])
        ch = ["social", "community", "web"][k % 3]
        r = f.add(
            at,
            c,
            ch,
            "review" if ch == "web" else "post",
            text,
            attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"} if ch == "web" else {},
        )
        ids.append(r.eid)
        if k == 3 and nps:
            s = f.add(
                at + timedelta(hours=3),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(survey_event_id=s.eid, nps_given=True)
        at = at + timedelta(hours=span * 24 / 6 + f.rng.uniform(1, 3))
        if at.hour >= 21 or at.hour < 8:
            at = at.replace(hour=9) + timedelta(days=1 if at.hour >= 21 else 0)
    c.truth.update(slide_event_ids=ids, slide_days=span, competitor=COMPS[1])


def happy_writers() -> None:
    f = Fam("happy_writers", "HW", 1, day0(2026, 3, 16), 10, "happy customers only")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(6, 9), 0, 10)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(0, 9), 3):
            at = f.start + timedelta(days=d, hours=f.rng.choice([22.3, 23.5, 1.2, 2.5, 3.8]))
            if f.rng.random() < 0.5:
                f.add(at, c, "social", "post", f.w(c, "night_post"))
            else:
                f.add(at, c, "chat", "chat", f.w(c, "night_q"))
                f.add(at + timedelta(minutes=4), c, "chat", "chat", f.w(c, "night_a"), out=True)
                f.add(at + timedelta(minutes=9), c, "chat", "chat", f.w(c, "thanks"))
        f.happy_days(c, 2, 0, 10, 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.add(
                f.t(d),
                c,
                "survey",
                "survey_response",
                f.w(c, "survey_word") or None,
                scores={"nps": f.rng.choice([9, 10])},
                attrs={"survey": "nps"},
            )
    f.finish({})


def one_bad_day() -> None:
    f = Fam("one_bad_day", "BD", 2, day0(2026, 4, 13), 12, "happy customers with one bad day")
    chans = ["email"] * 8 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    det = 0
    for i, ch in enumerate(chans):
        c = f.person("happy_one_bad_day", "one bad day", tol=["silence"])
        d = 2 + i % 8
        f.happy_days(c, f.rng.randint(1, 4), 0, max(1, d - 1))
        at = f.t(d, 8, 18)
        r, ref = f.complaint(c, at, ch, long=i < 4)
        c.truth.update(
            bad_day_at=r.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            bad_day_event_id=r.eid,
            booking=ref,
            long_email=i < 4,
            trouble_starts_at=r.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        if ref and det < 6 and i % 2 == 0:
            det += 1
            s = f.add(
                at + timedelta(minutes=f.rng.randint(100, 140)),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                survey_event_id=s.eid,
                nps_given=True,
            )
        elif ref and i % 3 == 0:
            s = f.add(
                at + timedelta(minutes=60),
                c,
                "survey",
                "survey_response",
                None,
                scores={"csat": f.rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, survey_event_id=s.eid)
        if ref and i % 2 == 1:
            f.add(
                at + timedelta(hours=f.rng.uniform(1.5, 3)),
                c,
                "email",
                "message",
                T["good_news"][c.lang][0].replace(" case", " " + ref, 1),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i % 4 == 1:
                a = f.add(
                    at + timedelta(hours=f.rng.uniform(17, 22)),
                    c,
                    "chat",
                    "chat",
                    f.w(c, "apology"),
                )
                c.truth.update(apologised=True, apology_event_id=a.eid)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), 0, 12)
    f.finish({"detractor": 6})


def repeat_contacts() -> None:
    f = Fam("repeat_contacts", "RC", 3, day0(2026, 5, 25), 10, "repeat contacts and look-alikes")
    for i in range(12):
        c = f.person("repeat_contact", "repeats", exp=["repeat_contact"], tol=ALL_RULES)
        f.happy_act(c, f.t(0, 7, 12))
        repeat_run(f, c, 1 + i % 4, 2 + i % 3, [c.lang])
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tol=["silence"])
        f.happy_act(c, f.t(0, 7, 12))
        fixed_run(f, c, 1 + i % 4, [c.lang])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tol=["silence"])
        fixed_run(f, c, 1, [c.lang])
        fixed_run(f, c, 6, [c.lang])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, 10)
    f.finish({"repeat_contact": 12})


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        day0(2026, 6, 29),
        32,
        "slow churners, leavers, steady and grumpy customers",
    )
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            exp=["sentiment_drop"] + (["detractor"] if i < 5 else []),
            tol=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for d in f.rng.sample(range(11), 5):
            f.add(f.t(d), c, "social", "post", f.w(c, "praise"))
        f.happy_days(c, 3, 0, 11)
        slide(f, c, 12 + i % 5, [3, 5, 9][i % 3], [c.lang], i < 5)
        c.truth["trouble_starts_at"] = next(
            r for r in f.rows if r.eid == c.truth["slide_event_ids"][0]
        ).at.strftime("%Y-%m-%dT%H:%M:%SZ")
    for i in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            exp=["churn_intent"],
            tol=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.happy_days(c, 5, 0, 16)
        at = f.t(17 + i, 8, 16)
        r = f.add(at, c, "email", "message", f.w(c, "cancel_req"), subject="Tapizzo Club")
        f.add(
            at + timedelta(hours=f.rng.uniform(1, 5)),
            c,
            "email",
            "message",
            f.w(c, "sorry_go"),
            out=True,
        )
        x = f.add(
            at + timedelta(hours=f.rng.uniform(20, 30)),
            c,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/cancel", "product": "Tapizzo Club"},
        )
        c.truth.update(
            churn_intent_event_id=r.eid,
            cancellation_event_id=x.eid,
            churn_at=x.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), 0, 32)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tol=["repeat_contact", "silence"])
        ids = []
        d = f.rng.randint(0, 4)
        for _k in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    f.t(d), c, f.rng.choice(["social", "community"]), "post", f.w(c, "grumble")
                ).eid
            )
            d += f.rng.randint(1, 3)
        c.truth["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tol=["silence"])
        f.happy_days(c, 4, 0, 16)
        c.truth["sarcasm_event_id"] = f.add(
            f.t(f.rng.randint(17, 28)), c, "social", "post", f.w(c, "sarcasm")
        ).eid
    f.finish({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", "QH", 5, day0(2026, 8, 21), 3, "a calm weekend with night-owl bursts")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), 0, 3, 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tol=["silence"])
        at = f.t(i % 3, 9, 16)
        f.add(at, c, "web", "page_view", None, attrs={"page": "/book"})
        c.truth["grumble_event_id"] = f.add(
            at + timedelta(minutes=25), c, "chat", "chat", f.w(c, "grumble")
        ).eid
        f.add(at + timedelta(minutes=29), c, "chat", "chat", f.w(c, "answer"), out=True)
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate((0, 30, 60)):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                at = b0 + timedelta(minutes=off + f.rng.uniform(0, 9))
                if f.rng.random() < 0.5:
                    e = f.add(at, c, "social", "post", f.w(c, "night_post"))
                else:
                    e = f.add(at, c, "chat", "chat", f.w(c, "night_q"))
                    f.add(at + timedelta(minutes=3), c, "chat", "chat", f.w(c, "night_a"), out=True)
                c.truth.update(burst_at=b0.strftime("%Y-%m-%dT%H:%M:%SZ"), night_event_id=e.eid)
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.t(min(night + 1, 2), 9, 17.5))
    f.finish({})


def bilingual() -> None:
    f = Fam("bilingual", "BL", 6, day0(2026, 9, 14), 14, "customers writing in two languages")
    pairs = [
        ("fr", "es"),
        ("es", "fr"),
        ("fr", "en"),
        ("es", "en"),
        ("fr", "de"),
        ("es", "it"),
        ("fr", "pt"),
        ("es", "pt"),
        ("de", "fr"),
        ("it", "es"),
        ("pt", "fr"),
        ("en", "es"),
    ]
    for i in range(12):
        a, b = pairs[i]
        c = f.person("happy", "alternates languages", lang=a)
        c.truth["languages"] = [a, b]
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            f.happy_act(c, f.t(d), [a, b][k % 2])
    for i in range(5):
        a, b = pairs[i]
        c = f.person("repeat_contact", "repeats", lang=a, exp=["repeat_contact"], tol=ALL_RULES)
        c.truth["languages"] = [a, b]
        f.happy_act(c, f.t(0))
        repeat_run(f, c, 2 + i % 3, 2 + i % 3, [a, b])
    for i in range(5):
        a, b = pairs[i + 5]
        c = f.person(
            "slow_churner",
            "slides",
            lang=a,
            exp=["sentiment_drop"],
            tol=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        c.truth["languages"] = [a, b]
        for k, d in enumerate(range(6)):
            f.add(f.t(d), c, "social", "post", T["praise"][[a, b][k % 2]][0])
        f.happy_act(c, f.t(3))
        slide(f, c, 7, 4, [a, b], False)
    for i in range(3):
        a, b = pairs[i + 9]
        c = f.person("happy_one_bad_day", "one bad day", lang=a, tol=["silence"])
        c.truth["languages"] = [a, b]
        f.happy_days(c, 3, 0, 5)
        r, ref = f.complaint(c, f.t(8, 9, 16), ["email", "email", "chat"][i], b, long=i == 0)
        c.truth.update(bad_day_event_id=r.eid, bad_day_language=b, booking=ref)
    for i in range(2):
        a, b = pairs[i + 2]
        c = f.person("resolved_between_contacts", "fixed", lang=a, tol=["silence"])
        c.truth["languages"] = [a, b]
        fixed_run(f, c, 4, [a, b])
    f.finish({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam("b2b_accounts", "BB", 7, day0(2026, 10, 5), 14, "Tapizzo Pro accounts")
    plan = [
        ("at_risk", 5, 3),
        ("at_risk", 4, 3),
        ("at_risk", 5, 3),
        ("at_risk", 6, 4),
        ("at_risk", 4, 4),
        ("one_unhappy", 3, 1),
        ("one_unhappy", 3, 1),
        ("one_unhappy", 4, 1),
        ("one_unhappy", 3, 1),
        ("mild", 4, 0),
        ("mild", 3, 0),
        ("mild", 4, 0),
        ("happy", 4, 0),
        ("happy", 4, 0),
        ("happy", 3, 0),
    ]
    langs = [
        "fr",
        "es",
        "fr",
        "es",
        "de",
        "fr",
        "es",
        "it",
        "pt",
        "en",
        "fr",
        "es",
        "de",
        "fr",
        "es",
    ]
    for ai, (kind, n, unhappy) in enumerate(plan):
        lg = langs[ai]
        acc = f"TZP-{MARKET[lg][0]}-{4100 + ai * 13}"
        keys, bad = [], []
        for j in range(n):
            if kind == "at_risk" and j < unhappy:
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lg,
                    account=acc,
                    tol=[
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                )
            elif kind == "one_unhappy" and j == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lg,
                    account=acc,
                    tol=["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif kind == "mild" and j < 2:
                c = f.person("b2b_mild", "suggests", lang=lg, account=acc, tol=["silence"])
            else:
                c = f.person("b2b_happy", "contact", lang=lg, account=acc)
            c.truth.update(company=f"Acme {acc}", job_title="Facilities manager")
            keys.append(c.key)
            if c.truth["persona"] == "b2b_happy":
                for d in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], 3):
                    at = f.t(d, 8, 16.5)
                    if f.rng.random() < 0.5:
                        f.add(at, c, "chat", "chat", f.w(c, "question"))
                        f.add(
                            at + timedelta(minutes=3), c, "chat", "chat", f.w(c, "answer"), out=True
                        )
                    else:
                        f.add(at, c, "web", "page_view", None, attrs={"page": "/pro/portal"})
            else:
                f.add(f.t(0, 8, 16), c, "web", "page_view", None, attrs={"page": "/pro/portal"})
        cases = f.custs[-n:]
        if kind == "at_risk":
            at = f.start + timedelta(days=2, hours=9)
            ref = ""
            for j in range(unhappy):
                c = cases[j]
                bad.append(c.key)
                text = (
                    T["b2b_complaint"][lg][0]
                    if j == 0
                    else T["b2b_later"][lg][0].replace("case", ref)
                )
                r = f.add(at, c, "email", "message", text, subject="Tapizzo Pro")
                if j == 0:
                    ref = f.case()
                    f.add(
                        at + timedelta(minutes=30),
                        c,
                        "email",
                        "message",
                        T["case_opened"][lg][0].replace(" case ", f" {ref} "),
                        out=True,
                    )
                c.truth.update(
                    complaint_event_ids=[r.eid],
                    booking=ref,
                    trouble_starts_at=r.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
                if j < unhappy - 1:
                    s = f.add(
                        at + timedelta(hours=2),
                        c,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(expected_rules=["detractor"], survey_event_id=s.eid)
                else:
                    last = f.add(
                        at + timedelta(hours=24),
                        c,
                        "phone",
                        "call",
                        T["b2b_last"][lg][0].replace("case", ref),
                    )
                    c.truth["complaint_event_ids"].append(last.eid)
                    c.truth["expected_rules"] = ["repeat_contact"]
                    c.truth["tolerated_rules"] = [
                        x for x in c.truth["tolerated_rules"] if x != "repeat_contact"
                    ]
                at = at + timedelta(hours=f.rng.uniform(20, 26))
                if at.weekday() >= 5:
                    at += timedelta(days=7 - at.weekday())
            f.accounts[acc] = {
                "company": f"Acme {acc}",
                "site": "hotel",
                "contacts": n,
                "contact_keys": keys,
                "unhappy_contacts": unhappy,
                "unhappy_contact_keys": bad,
                "at_risk": True,
                "expected_rules": ["account_risk"],
                "tolerated_rules": [],
                "kind": kind,
                "same_problem": "overbilled",
                "trouble_starts_at": (f.start + timedelta(days=2, hours=9)).strftime(
                    "%Y-%m-%dT%H:%M:%SZ"
                ),
                "language": lg,
                "country": MARKET[lg][0],
            }
            continue
        if kind == "one_unhappy":
            c = cases[0]
            bad.append(c.key)
            at = f.t(3 + ai % 4, 9, 15)
            r = f.add(at, c, "email", "message", T["b2b_complaint"][lg][0], subject="Tapizzo Pro")
            ref = f.case()
            f.add(
                at + timedelta(minutes=40),
                c,
                "email",
                "message",
                T["case_opened"][lg][0].replace(" case ", f" {ref} "),
                out=True,
            )
            s = f.add(
                at + timedelta(hours=2),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                expected_rules=["detractor"],
                complaint_event_ids=[r.eid],
                survey_event_id=s.eid,
                booking=ref,
            )
        if kind == "mild":
            for c in cases[:2]:
                at = f.t(3, 9, 15)
                c.truth["mild_event_id"] = f.add(
                    at, c, "web", "ticket", T["suggest"][lg][0], attrs={"page": "/pro/contact"}
                ).eid
                f.add(at + timedelta(hours=1), c, "email", "message", T["ack"][lg][0], out=True)
        f.accounts[acc] = {
            "company": f"Acme {acc}",
            "site": "office",
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": len(bad),
            "unhappy_contact_keys": bad,
            "at_risk": False,
            "expected_rules": [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lg,
            "country": MARKET[lg][0],
        }
    n_det = sum("detractor" in c.truth["expected_rules"] for c in f.custs)
    f.finish({"account_risk": 5, "detractor": n_det, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam("topic_spike", "TS", 8, day0(2026, 11, 2), 7, "a calm week and the planted incident")
    for _ in range(40):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 4), 0, 5)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tol=["silence"])
        at = f.t(0, 9, 16)
        c.truth["grumble_event_id"] = f.add(at, c, "chat", "chat", f.w(c, "grumble")).eid
        f.add(at + timedelta(minutes=4), c, "chat", "chat", f.w(c, "answer"), out=True)
    for lg, h in (("fr", 9.7), ("es", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lg, tol=["silence"])
        at = f.start + timedelta(days=4, hours=h)
        c.truth["lone_report_event_id"] = f.add(at, c, "chat", "chat", f.w(c, "night_q")).eid
        f.add(at + timedelta(minutes=3), c, "chat", "chat", f.w(c, "night_a"), out=True)
    s0 = f.start + timedelta(days=5, hours=8, minutes=5)
    langs = ["fr"] * 6 + ["es"] * 6 + ["en", "en", "de", "de", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    keys, ids, rep = [], [], []
    for i in range(20):
        c = f.person(
            "spike_reporter", "new" if i % 3 else "regular", lang=langs[i], tol=["silence"]
        )
        if i % 3 == 0:
            f.happy_act(c, f.t(2, 8, 17.5))
        at = s0 + timedelta(minutes=i * 44 / 19)
        ch = chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        text = f.w(c, "spike")
        if ch == "social":
            text = "@Tapizzo " + text
        r = f.add(at, c, ch, kind, text)
        if ch == "chat":
            f.add(at + timedelta(minutes=2), c, "chat", "chat", f.w(c, "spike_chat_a"), out=True)
        keys.append(c.key)
        ids.append(r.eid)
        c.truth.update(
            in_spike=True,
            spike_event_id=r.eid,
            spike_channel=ch,
            trouble_starts_at=r.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        if i < 6:
            c.truth.update(
                persona="spike_repeater",
                expected_rules=["repeat_contact"],
                tolerated_rules=["silence", "sentiment_drop"],
            )
            ch2 = "email" if ch != "email" else "chat"
            r2 = f.add(
                at + timedelta(minutes=15 + i * 7),
                c,
                ch2,
                "message" if ch2 == "email" else "chat",
                f.w(c, "spike_again"),
            )
            rep.append(r2.eid)
            c.truth["repeat_event_id"] = r2.eid
    f.spike = {
        "topic": "bookings shown as cancelled by the customer in the app and on the website, error TZB-619",
        "about": "the planted incident",
        "channel": None,
        "start": f.rows[[r.eid for r in f.rows].index(ids[0])].at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": f.rows[[r.eid for r in f.rows].index(ids[-1])].at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rep,
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
    for fam in FAMILIES:
        fam()


if __name__ == "__main__":
    main()
