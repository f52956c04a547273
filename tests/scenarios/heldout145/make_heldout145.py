# ruff: noqa: E501
"""Generate heldout145 (Bildaro), blind, report only. Standard library only, seeded."""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from wording import PRODUCTS, W  # noqa: E402
from wording_b2b import B  # noqa: E402

SEED = 20261205
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
LANGS = ["de", "fr", "en", "it", "pt", "es"]
LWEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "de": ["DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "en": ["UK", "IE"],
    "it": ["IT", "CH"],
    "pt": ["PT"],
    "es": ["ES"],
}
PREFIX = {
    "DE": "+49 15",
    "AT": "+43 66",
    "CH": "+41 7",
    "FR": "+33 6",
    "BE": "+32 47",
    "LU": "+352 6",
    "UK": "+44 7",
    "IE": "+353 8",
    "IT": "+39 3",
    "PT": "+351 9",
    "ES": "+34 6",
}
NAMES = {
    "de": ["Jonas", "Lea", "Felix", "Mia", "Lukas", "Hannah", "Tobias", "Sophie"],
    "fr": ["Camille", "Louis", "Chloe", "Hugo", "Manon", "Theo", "Ines", "Lucas"],
    "en": ["Oliver", "Amelia", "Jack", "Isla"],
    "it": ["Giulia", "Marco", "Chiara", "Luca"],
    "pt": ["Ana", "Joao", "Beatriz", "Tiago"],
    "es": ["Lucia", "Pablo", "Elena", "Diego"],
}
SURN = {
    "de": ["Keller", "Hofmann", "Brandt", "Vogel", "Krause", "Lang"],
    "fr": ["Moreau", "Girard", "Lefevre", "Roux", "Faure", "Blanc"],
    "en": ["Walsh", "Hughes", "Baker"],
    "it": ["Ricci", "Galli", "Conti"],
    "pt": ["Sousa", "Lopes", "Pinto"],
    "es": ["Navarro", "Gil", "Ortega"],
}
AGENTS = ["Nora", "Samir", "Ilse", "Paolo", "Rita"]
COMPS = ["Fotrix", "Imprimelo"]
CODE = "PGX-200.4"
ALL_T = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
SRC = {
    "email": "bildaro-mail",
    "phone": "bildaro-voice",
    "social": "bildaro-social",
    "community": "bildaro-forum",
    "chat": "bildaro-chat",
    "web": "bildaro-web",
    "survey": "bildaro-survey",
}
KIND = {
    "email": "message",
    "phone": "call",
    "social": "post",
    "community": "post",
    "chat": "chat",
    "web": "ticket",
    "survey": "survey_response",
}


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[tuple[datetime, int, dict[str, Any]]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.ev = 0
        self.seen_ids: set[str] = set()

    def t(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=int(day), hours=hour, minutes=self.rng.randint(0, 59))

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> dict[str, Any]:
        lang = lang or self.rng.choices(LANGS, LWEIGHTS)[0]
        market = market or self.rng.choice(MARKETS[lang])
        while True:
            cid = f"BD{self.code}{self.rng.randint(1000, 9999)}"
            if cid not in USED:
                break
        USED.add(cid)
        first, last = self.rng.choice(NAMES[lang]), self.rng.choice(SURN[lang])
        num = cid[-4:]
        email = f"{first.lower()}.{last.lower()}{num}@{'firma' if account else 'mail'}-{self.code.lower()}.example"
        phone = f"{PREFIX[market]}{self.rng.randint(1000000, 9999999)}{num[-2:]}"
        handle = None if account else f"@{last.lower()}_{first.lower()}{num}"
        c: dict[str, Any] = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": expected or [],
            "tolerated_rules": tolerated or [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "_phone": phone,
            "_first": True,
        }
        self.customers[cid] = c
        return c

    def add(
        self,
        c: dict[str, Any],
        when: datetime,
        channel: str,
        text: str | None,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        kind: str | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        if when >= LIMIT or when < self.start:
            raise SystemExit(f"{self.name}: time out of window {when}")
        self.ev += 1
        eid = f"bd145-{self.code.lower()}-{self.ev:05d}"
        ids = c["identifiers"]
        ref: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": ids["account_id"],
        }
        if out or c["_first"]:
            ref.update(
                customer_id=ids["customer_id"],
                email=ids["email"],
                phone=c["_phone"],
                handle=ids["handle"],
            )
            if not out:
                c["_first"] = False
        elif channel == "phone":
            ref["phone"] = c["_phone"]
        elif channel in ("social", "community"):
            if ids["handle"]:
                ref["handle"] = ids["handle"] if self.rough.random() > 0.2 else ids["handle"][1:]
            else:
                ref["email"] = ids["email"]
        elif channel == "email":
            ref["email"] = ids["email"].upper() if self.rough.random() < 0.08 else ids["email"]
        else:
            ref["customer_id"] = ids["customer_id"]
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text and channel == "social" and not out and "Bildaro" not in text:
            text = "@Bildaro " + text
        elif text and channel == "social" and not out:
            i = text.rfind("Bildaro")
            text = text[:i] + "@" + text[i:]
        a = {"market": c["country"]} | (attrs or {})
        if ids["account_id"]:
            a["segment"] = "b2b"
        rec: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(when),
            "channel": "in_person" if False else channel,
            "kind": kind or KIND[channel],
            "direction": "outbound" if out else "inbound",
            "customer": ref,
            "text": text,
            "subject": subject,
            "scores": scores or {"nps": None, "csat": None, "ces": None},
            "source": SRC[channel],
            "attributes": a,
        }
        self.rows.append((when, self.ev, rec))
        return eid

    def roughen(self, s: str) -> str:
        r = self.rough.random()
        if r < 0.1:
            s = strip_accents(s)
        if self.rough.random() < 0.12 and s[:1].isupper():
            s = s[0].lower() + s[1:]
        if self.rough.random() < 0.14:
            words = [w for w in s.split(" ") if len(w) > 4 and w.isalpha() and w.islower()]
            if words:
                w = self.rough.choice(words)
                k = self.rough.randint(1, len(w) - 3)
                s = s.replace(w, w[:k] + w[k + 1] + w[k] + w[k + 2 :], 1)
        return s

    def w(self, key: str, lang: str, **kw: str) -> str:
        table = W[key]
        opts = table.get(lang) or table["de"]
        return str(self.rng.choice(opts).format(agent=self.rng.choice(AGENTS), **kw))

    def case(self) -> str:
        while True:
            ref = f"BD-{self.rng.randint(100000, 999999)}"
            if ref not in USED:
                USED.add(ref)
                return ref

    def happy(
        self, c: dict[str, Any], day: float, hour: float | None = None, night: bool = False
    ) -> None:
        lang = c["language"]
        h = hour if hour is not None else self.rng.uniform(7, 19)
        when = self.t(day, h)
        act = self.rng.choice(
            ["praise", "praise", "question", "purchase", "review", "call", "gripe", "survey"]
        )
        if night:
            act = self.rng.choice(["night", "nightq"])
        if act in ("praise", "gripe", "night"):
            self.add(
                c,
                when,
                self.rng.choice(["social", "community"]),
                self.w({"praise": "praise", "gripe": "gripe_praise", "night": "night"}[act], lang),
            )
        elif act in ("question", "nightq"):
            self.add(c, when, "chat", self.w("question", lang))
            self.add(
                c,
                when + timedelta(minutes=self.rng.randint(1, 6)),
                "chat",
                self.w("answer", lang),
                out=True,
                attrs={"agent": self.rng.choice(AGENTS)},
            )
            if self.rng.random() < 0.6:
                self.add(c, when + timedelta(minutes=8), "chat", self.w("thanks", lang))
        elif act == "purchase":
            p = self.rng.choice(PRODUCTS)
            self.add(c, when, "web", None, kind="page_view", attrs={"page": "/editor"})
            self.add(
                c,
                when + timedelta(minutes=14),
                "web",
                None,
                kind="purchase",
                attrs={
                    "order_value": f"{self.rng.randint(15, 90)}.90",
                    "currency": "GBP"
                    if c["country"] == "UK"
                    else "CHF"
                    if c["country"] == "CH"
                    else "EUR",
                    "product": p,
                    "page": "/checkout",
                },
            )
        elif act == "review":
            self.add(
                c,
                when,
                "web",
                self.w("review", lang),
                kind="review",
                attrs={"rating": "5", "page": "/reviews"},
            )
        elif act == "call":
            self.add(c, when, "phone", self.w("call_q", lang))
        else:
            self.add(
                c,
                when,
                "survey",
                self.w("survey_word", lang) or None,
                scores={"nps": self.rng.choice([9, 10]), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )

    def finish(self, expected: dict[str, int]) -> None:
        got: dict[str, int] = {}
        for k, c in self.customers.items():
            if set(c["expected_rules"]) & set(c["tolerated_rules"]):
                raise SystemExit(f"{k}: rule both expected and tolerated")
            if not any(
                r["direction"] == "inbound" and (r["customer"]["customer_id"] == k)
                for _, _, r in self.rows
            ):
                raise SystemExit(f"{k}: no inbound touchpoint")
            for r in c["expected_rules"]:
                got[r] = got.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                got[r] = got.get(r, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        if got != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {got}")
        self.rows.sort(key=lambda x: (x[0], x[1]))
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            end = LIMIT - timedelta(minutes=1)
        for c in self.customers.values():
            c.pop("_phone")
            c.pop("_first")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Bildaro (photo books, prints, calendars; Bildaro Pro for firms)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-05, blind",
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
        (HERE / f"{self.name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for _, _, r in self.rows), "utf-8"
        )
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


USED: set[str] = set()


def d(y: int, m: int, dd: int) -> datetime:
    return datetime(y, m, dd, tzinfo=UTC)


def bad_message(
    f: Fam, c: dict[str, Any], when: datetime, channel: str, long_mail: bool = False
) -> tuple[str, str | None]:
    lang = c["language"]
    if long_mail and lang in W["long_mail"]:
        text = f.w("long_mail", lang)
    else:
        text = f.w("problem", lang, prod=f.rng.choice(PRODUCTS))
    eid = f.add(c, when, channel, text, subject="Reklamation" if channel == "email" else None)
    ref = None
    if channel != "social":
        ref = f.case()
        f.add(
            c,
            when + timedelta(minutes=f.rng.randint(10, 40)),
            "email" if channel != "chat" else "chat",
            f.w("case_opened", lang, name=c["name"].split()[0], case=ref),
            out=True,
            attrs={"agent": f.rng.choice(AGENTS)},
        )
    return eid, ref


def happy_writers() -> None:
    f = Fam("happy_writers", "HW", 1, d(2026, 3, 16), 10, "happy customers only")
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(10), f.rng.randint(6, 9)):
            f.happy(c, day)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for day in f.rng.sample(range(9), f.rng.randint(2, 4)):
            f.happy(c, day, hour=f.rng.choice([22.2, 23.0, 0.5, 1.5, 3.0]), night=True)
        for day in f.rng.sample(range(9), 2):
            f.happy(c, day, hour=f.rng.uniform(9, 17))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for day in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.add(
                c,
                f.t(day, f.rng.uniform(8, 19)),
                "survey",
                f.w("survey_word", c["language"]) or None,
                scores={"nps": f.rng.choice([9, 10]), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
    f.finish({})


def one_bad_day() -> None:
    f = Fam("one_bad_day", "BD", 2, d(2026, 4, 13), 12, "happy customers with one bad day")
    chans = ["email"] * 8 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    n_det = 0
    for i, ch in enumerate(chans):
        det = ch != "social" and n_det < 6 and i % 3 == 0
        n_det += det
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang="de" if i < 2 else "fr" if i < 4 else None,
            expected=["detractor"] if det else [],
            tolerated=["silence"],
        )
        bad = 2 + i % 8
        for day in [x for x in range(12) if abs(x - bad) >= 3][:4]:
            f.happy(c, day)
        when = f.t(bad, f.rng.uniform(8, 19))
        eid, ref = bad_message(f, c, when, ch, long_mail=i < 4)
        c.update(
            problem="print",
            bad_day_at=iso(when),
            bad_day_event_id=eid,
            booking=ref,
            long_email=i < 4,
            trouble_starts_at=iso(when),
        )
        if det:
            c["survey_event_id"] = f.add(
                c,
                when + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                None,
                scores={"nps": f.rng.randint(1, 5), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c["nps_given"] = True
        if ref and i % 2 == 1:
            f.add(
                c,
                when + timedelta(hours=f.rng.uniform(1, 4)),
                "email",
                f.w("good_news", c["language"], case=ref),
                out=True,
                attrs={"agent": "Nora"},
            )
            if i % 4 == 1:
                c["apology_event_id"] = f.add(
                    c,
                    when + timedelta(hours=f.rng.uniform(16, 24)),
                    "chat",
                    f.w("apology", c["language"]),
                )
    for _ in range(8):
        c = f.person("happy", "control")
        for day in f.rng.sample(range(12), f.rng.randint(4, 7)):
            f.happy(c, day)
    f.finish({"detractor": 6})


def move_day(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        nxt = t if t.hour < 7 else t + timedelta(days=1)
        return nxt.replace(hour=8, minute=t.minute)
    return t


def repeat_run(
    f: Fam, c: dict[str, Any], day0: int, times: int, langs: list[str] | None = None
) -> None:
    lang = c["language"]
    when = f.t(day0, f.rng.uniform(8, 18))
    first_ch = f.rng.choice(["web", "email", "chat"])
    eid, ref = bad_message(f, c, when, first_ch)
    ids = [eid]
    if times >= 3:
        f.add(
            c,
            when + timedelta(hours=2),
            "email",
            f.w("quality_lead", lang, case=ref or ""),
            out=True,
            attrs={"agent": "Ilse"},
        )
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    f.rng.shuffle(chans)
    t = when
    for k in range(1, times):
        t = move_day(t + timedelta(hours=f.rng.uniform(4, 40)))
        la = langs[k % 2] if langs else lang
        key = "third" if k == 2 else "fourth" if k == 3 else "still_open"
        comp = f.rng.choice(COMPS)
        ids.append(f.add(c, t, chans[k - 1], f.w(key, la, case=ref or "", comp=comp)))
        if k == 2:
            c["competitor"] = comp
    c.update(
        booking=ref,
        contacts=times,
        problem_event_ids=ids,
        trouble_starts_at=iso(when),
        problem="print",
    )


def fixed_run(f: Fam, c: dict[str, Any], day0: int, lang2: str | None = None) -> dict[str, Any]:
    when = f.t(day0, f.rng.uniform(8, 16))
    eid, ref = bad_message(f, c, when, "web")
    g = when + timedelta(hours=f.rng.uniform(3, 20))
    f.add(c, move_day(g), "email", f.w("good_news", c["language"], case=ref or ""), out=True)
    cf = move_day(g + timedelta(hours=f.rng.uniform(8, 30)))
    ce = f.add(c, cf, "chat", f.w("confirm", lang2 or c["language"], case=ref or ""))
    return {
        "problem": "print",
        "booking": ref,
        "raised_at": iso(when),
        "confirmed_at": iso(cf),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
    }


def repeat_contacts() -> None:
    f = Fam("repeat_contacts", "RC", 3, d(2026, 5, 25), 10, "repeat contacts and controls")
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=ALL_T)
        f.happy(c, 0, hour=f.rng.uniform(7, 11))
        repeat_run(f, c, 1 + i % 4, 2 + i % 3)
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy(c, 0)
        c["problems"] = [fixed_run(f, c, 1 + i % 4)]
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        c["problems"] = [fixed_run(f, c, 1), fixed_run(f, c, 6)]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for day in f.rng.sample(range(10), f.rng.randint(6, 9)):
            f.happy(c, day)
    f.finish({"repeat_contact": 12})


def slide(
    f: Fam, c: dict[str, Any], day0: int, span: int, langs: list[str] | None = None
) -> datetime:
    t = f.t(day0, f.rng.uniform(8, 18))
    ids = []
    first = t
    fourth = t
    for k in range(6):
        la = langs[k % 2] if langs else c["language"]
        comp = f.rng.choice(COMPS)
        ch = f.rng.choice(["social", "community", "review"])
        text = W["slide"].get(la, W["slide"]["de"])[k].format(comp=comp)
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    text,
                    kind="review",
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, text))
        if k == 3:
            fourth = t
        if k == 5:
            c["competitor"] = comp
        t = move_day(t + timedelta(hours=max(1.0, span * 24 / 6 * f.rng.uniform(0.6, 1.2))))
    c.update(slide_event_ids=ids, slide_days=span, trouble_starts_at=iso(first))
    return fourth


def slow_churners() -> None:
    f = Fam("slow_churners", "SC", 4, d(2026, 6, 29), 32, "sliders, leavers, grumpy and controls")
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop", "detractor"] if det else ["sentiment_drop"],
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for day in range(0, 10, 2):
            f.add(c, f.t(day, f.rng.uniform(8, 19)), "social", f.w("praise", c["language"]))
        for day in (1, 5, 9):
            f.happy(c, day)
        fourth = slide(f, c, 12 + i % 5, [3, 5, 9][i % 3])
        if det:
            c["survey_event_id"] = f.add(
                c,
                move_day(fourth + timedelta(hours=3)),
                "survey",
                None,
                scores={"nps": f.rng.randint(1, 5), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
    for i in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for day in f.rng.sample(range(15), 5):
            f.happy(c, day)
        when = f.t(17 + i, f.rng.uniform(8, 17))
        c["churn_intent_event_id"] = f.add(
            c, when, "email", f.w("cancel", c["language"]), subject="Kündigung / resiliation"
        )
        f.add(c, when + timedelta(hours=2), "email", f.w("sorry_go", c["language"]), out=True)
        ct = move_day(when + timedelta(hours=f.rng.uniform(20, 30)))
        c["cancellation_event_id"] = f.add(
            c,
            ct,
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/account/plus", "product": "Bildaro Plus"},
        )
        c.update(churn_at=iso(ct), trouble_starts_at=iso(when))
    for _ in range(6):
        c = f.person("happy", "steady")
        for day in f.rng.sample(range(30), f.rng.randint(6, 10)):
            f.happy(c, day)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        ids = [
            f.add(
                c,
                f.t(day, f.rng.uniform(8, 19)),
                f.rng.choice(["social", "community", "web"]),
                f.w("grumble", c["language"]),
            )
            for day in range(f.rng.randint(0, 4), 28, f.rng.randint(2, 4))
        ][:7]
        c["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        for day in f.rng.sample(range(16), 4):
            f.happy(c, day)
        c["sarcasm_event_id"] = f.add(
            c,
            f.t(f.rng.randint(17, 28), f.rng.uniform(9, 19)),
            "social",
            f.w("sarcasm", c["language"]),
        )
    f.finish({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", "QH", 5, d(2026, 8, 21), 3, "calm weekend with night owls")
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy(c, day, hour=f.rng.uniform(7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.t(i % 3, f.rng.uniform(9, 17))
        f.add(c, t, "web", None, kind="page_view", attrs={"page": "/stores"})
        ch = "chat" if i < 2 else "web"
        c["grumble_event_id"] = f.add(c, t + timedelta(minutes=25), ch, f.w("mild", c["language"]))
        f.add(
            c,
            t + timedelta(minutes=29),
            "chat" if ch == "chat" else "email",
            f.w("ack", c["language"]),
            out=True,
        )
    for night in range(3):
        base = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = base + timedelta(minutes=off + f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    c["night_event_id"] = f.add(c, t, "chat", f.w("question", c["language"]))
                    f.add(
                        c, t + timedelta(minutes=3), "chat", f.w("answer", c["language"]), out=True
                    )
                    f.add(c, t + timedelta(minutes=6), "chat", f.w("thanks", c["language"]))
                else:
                    c["night_event_id"] = f.add(c, t, "social", f.w("night", c["language"]))
                c["burst_at"] = iso(base + timedelta(minutes=off))
                if f.rng.random() < 0.5 and night < 2:
                    f.happy(c, night + 1, hour=f.rng.uniform(9, 17.5))
    f.finish({})


def bilingual() -> None:
    f = Fam("bilingual", "BL", 6, d(2026, 9, 14), 14, "customers writing in two languages")
    pairs = [
        ("de", "fr"),
        ("fr", "de"),
        ("de", "en"),
        ("fr", "en"),
        ("de", "it"),
        ("fr", "es"),
        ("it", "de"),
        ("fr", "pt"),
    ]
    for i in range(12):
        la = pairs[i % len(pairs)]
        c = f.person("happy", "alternates languages", lang=la[0])
        c["languages"] = list(la)
        for k, day in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c["language"] = la[k % 2]
            f.happy(c, day)
        c["language"] = la[0]
    for i in range(5):
        la = pairs[i]
        c = f.person(
            "repeat_contact", "repeats", lang=la[0], expected=["repeat_contact"], tolerated=ALL_T
        )
        c["languages"] = list(la)
        f.happy(c, 0)
        repeat_run(f, c, 2 + i % 3, [2, 2, 3, 3, 4][i], langs=list(la))
    for i in range(5):
        la = pairs[i + 2]
        c = f.person(
            "slow_churner",
            "slides",
            lang=la[0],
            expected=["sentiment_drop"],
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        c["languages"] = list(la)
        for day in range(6):
            f.add(c, f.t(day, f.rng.uniform(8, 19)), "social", f.w("praise", la[day % 2]))
        f.happy(c, 3)
        slide(f, c, 7 + i % 2, 3 + i % 3, langs=list(la))
    for i in range(3):
        la = pairs[i]
        c = f.person("happy_one_bad_day", "one bad day", lang=la[1], tolerated=["silence"])
        c["languages"] = [la[1], la[0]]
        for day in (0, 2, 9, 12):
            f.happy(c, day)
        when = f.t(5 + i, 11)
        eid, ref = bad_message(f, c, when, ["email", "email", "chat"][i], long_mail=i == 0)
        c.update(
            bad_day_at=iso(when),
            bad_day_event_id=eid,
            booking=ref,
            bad_day_language=la[1],
            trouble_starts_at=iso(when),
        )
    for i in range(2):
        la = pairs[i]
        c = f.person("resolved_between_contacts", "fixed", lang=la[0], tolerated=["silence"])
        c["languages"] = list(la)
        c["problems"] = [fixed_run(f, c, 3 + i, lang2=la[1])]
    f.finish({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam("b2b_accounts", "BB", 7, d(2026, 10, 5), 14, "company accounts of Bildaro Pro")
    plan = [
        ("at_risk", "invoice", 3, 5, "de"),
        ("at_risk", "proof", 3, 4, "fr"),
        ("at_risk", "portal", 3, 5, "de"),
        ("at_risk", "overbilled", 4, 6, "fr"),
        ("at_risk", "invoice", 4, 5, "es"),
    ]
    plan += [
        ("one_unhappy", p, 1, 3, la)
        for p, la in [("proof", "de"), ("overbilled", "fr"), ("portal", "it"), ("invoice", "en")]
    ]
    plan += [("mild", "", 0, 3, la) for la in ("de", "fr", "pt")] + [
        ("happy", "", 0, 3, la) for la in ("de", "fr", "en")
    ]
    sites = [
        "agency",
        "hotel",
        "school",
        "clinic",
        "bakery chain",
        "museum",
        "law firm",
        "garage",
        "architects",
        "estate agents",
        "brewery",
        "theatre",
        "sports club",
        "town hall",
        "university",
    ]
    for n, (kind, prob, nun, ncont, lang) in enumerate(plan):
        market = MARKETS[lang][0]
        acc = f"BDP-{market}-{f.rng.randint(1000, 9999)}"
        while acc in USED:
            acc = f"BDP-{market}-{f.rng.randint(1000, 9999)}"
        USED.add(acc)
        keys: list[str] = []
        unhappy: list[str] = []
        first_name = ""
        ref = ""
        t = f.start + timedelta(days=2, hours=9, minutes=f.rng.randint(0, 50))
        for k in range(ncont):
            role = (
                "complainer" if k < nun else "suggests" if kind == "mild" and k < 2 else "contact"
            )
            persona = (
                {
                    "at_risk": "b2b_unhappy",
                    "one_unhappy": "b2b_one_unhappy",
                    "mild": "b2b_mild",
                }.get(kind, "b2b_happy")
                if role != "contact"
                else "b2b_happy"
            )
            is_last = kind == "at_risk" and k == nun - 1
            exp = (["detractor"] if role == "complainer" and not is_last else []) + (
                ["repeat_contact"] if is_last else []
            )
            tol = (
                [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ]
                if kind == "at_risk" and role == "complainer"
                else ["sentiment_drop", "high_value_at_risk", "silence"]
                if kind == "one_unhappy" and role == "complainer"
                else []
            )
            c = f.person(
                persona, role, lang=lang, expected=exp, tolerated=tol, account=acc, market=market
            )
            c.update(
                company=f"{sites[n].title()} {c['name'].split()[1]}",
                role=role,
                job_title="Office manager",
            )
            keys.append(c["identifiers"]["customer_id"])
            f.add(c, f.t(f.rng.randint(0, 1), f.rng.uniform(8, 16)), "chat", B["routine"][lang][0])
            if role == "contact":
                for day in f.rng.sample(range(2, 12), 2):
                    wd = (f.start + timedelta(days=day)).weekday()
                    if wd < 5:
                        f.add(c, f.t(day, f.rng.uniform(8, 16)), "community", B["praise"][lang][0])
                f.add(
                    c,
                    f.t(9, 10),
                    "survey",
                    None,
                    scores={"nps": 9, "csat": None, "ces": None},
                    attrs={"survey": "nps"},
                )
            elif role == "suggests":
                c["mild_event_id"] = f.add(
                    c, f.t(3 + k, 11), "web", B["mild"][lang][0], attrs={"page": "/pro/feedback"}
                )
            else:
                unhappy.append(c["identifiers"]["customer_id"])
                pt = B["prob"][lang][prob]
                if k == 0:
                    t = f.t(2 if kind == "at_risk" else 3 + n % 5, 9)
                    text = f.rng.choice(B["complaint"][lang]).format(prob=pt)
                    first_name = c["name"].split()[0]
                else:
                    t = t + timedelta(hours=20)
                    while t.weekday() >= 5:
                        t += timedelta(days=1)
                    text = B["follow"][lang][0].format(
                        first=first_name,
                        day="Mittwoch"
                        if lang == "de"
                        else "mercredi"
                        if lang == "fr"
                        else "miércoles",
                        case=ref,
                        prob=pt,
                    )
                eid = f.add(c, t, "email", text, subject=f"Bildaro Pro {acc}")
                c["complaint_event_ids"] = [eid]
                c["trouble_starts_at"] = iso(t)
                if k == 0:
                    ref = f.case()
                    f.add(
                        c,
                        t + timedelta(minutes=30),
                        "email",
                        f.w("case_opened", lang, name=first_name, case=ref),
                        out=True,
                    )
                if "detractor" in exp:
                    c["survey_event_id"] = f.add(
                        c,
                        t + timedelta(hours=2),
                        "survey",
                        None,
                        scores={"nps": f.rng.randint(1, 5), "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    )
                if is_last:
                    t2 = t + timedelta(hours=22)
                    while t2.weekday() >= 5:
                        t2 += timedelta(days=1)
                    ch = "email" if n == 0 else "phone"
                    txt = B["last"][lang][0].format(case=ref, comp=COMPS[n % 2])
                    if ch == "phone":
                        txt = txt.replace(",", "").replace(".", "").replace(":", "")
                    c["complaint_event_ids"].append(f.add(c, t2, ch, txt))
                c["problem"] = prob
        f.accounts[acc] = {
            "company": sites[n],
            "site": sites[n],
            "contacts": ncont,
            "contact_keys": keys,
            "unhappy_contacts": nun,
            "unhappy_contact_keys": unhappy,
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
            f.accounts[acc]["trouble_starts_at"] = f.customers[unhappy[0]]["trouble_starts_at"]
    f.finish({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam("topic_spike", "TS", 8, d(2026, 11, 2), 7, "calm week and one planted spike")
    for _ in range(40):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(6), f.rng.randint(2, 5)):
            f.happy(c, day, hour=f.rng.uniform(12, 19) if day == 5 else None)
    for i in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        c["grumble_event_id"] = f.add(c, f.t(0, 10 + i * 3), "chat", f.w("grumble", c["language"]))
        f.add(c, f.t(0, 14 + i * 3), "chat", f.w("ack", c["language"]), out=True)
    for i, la in enumerate(["de", "fr"]):
        c = f.person("grumbles_once", "lone question", lang=la, tolerated=["silence"])
        t = f.start + timedelta(days=4, hours=[9, 16][i], minutes=[40, 5][i])
        c["lone_report_event_id"] = f.add(c, t, "chat", f.w("lone_q", la))
        f.add(c, t + timedelta(minutes=4), "chat", f.w("lone_a", la), out=True)
    s0 = f.start + timedelta(days=5, hours=9, minutes=20)
    langs = ["de"] * 6 + ["fr"] * 6 + ["en", "en", "it", "it", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    keys, eids, reps = [], [], []
    for i in range(20):
        rep = i < 6
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i % 3 else "new",
            lang=langs[i],
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if i % 3:
            f.happy(c, 2, hour=f.rng.uniform(8, 17))
        t = s0 + timedelta(minutes=[0, 3, 6, 9, 12, 15][i] if rep else 15 + (i - 6) * 30 / 13)
        if i == 19:
            t = s0 + timedelta(minutes=45)
        ch = chans[i]
        e = f.add(
            c,
            t,
            ch,
            f.w("spike", c["language"], code=CODE),
            kind="ticket" if ch == "web" else None,
            attrs={"page": "/basket"} if ch == "web" else None,
        )
        c.update(
            in_spike=True,
            regular=bool(i % 3),
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        keys.append(c["identifiers"]["customer_id"])
        eids.append(e)
        if ch == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", f.w("spike_chat", c["language"]), out=True)
        if rep:
            ch2 = (
                ["email", "chat", "community"][i % 3]
                if ch != ["email", "chat", "community"][i % 3]
                else "email"
                if ch != "email"
                else "chat"
            )
            r = f.add(
                c,
                t + timedelta(minutes=15 + i * 6),
                ch2,
                f.w("spike_again", c["language"], code=CODE),
            )
            c["repeat_event_id"] = r
            reps.append(r)
        elif i < 12:
            f.add(
                c,
                s0 + timedelta(hours=2, minutes=35 + i),
                "email",
                f.w("spike_fixed", c["language"]),
                out=True,
            )
            c["agent_fixed"] = True
    f.spike = {
        "topic": f"photo-book basket sets every book to 200 blank pages, error {CODE}",
        "about": "basket / page count / error code",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
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
