"""Writes heldout302 (Zafranto, spices by post): python make_heldout302.py."""
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
import wording as W  # noqa: E402

SEED = 20261017
BRAND = "Zafranto"
COMPS = ("Pimentra", "Kurkumo")
CODE = "Z9-K47"
MARKETS = {
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "de": ["DE", "AT"],
    "en": ["UK", "IE"],
    "it": ["IT"],
    "pt": ["PT"],
}
PREFIX = {
    "FR": "+336",
    "BE": "+32470",
    "CH": "+4179",
    "ES": "+346",
    "DE": "+49151",
    "AT": "+43664",
    "UK": "+447",
    "IE": "+35387",
    "IT": "+39347",
    "PT": "+35191",
}
FIRST = {
    "fr": ["Camille", "Léa", "Hugo", "Manon", "Julien", "Chloé", "Nicolas", "Sarah"],
    "es": ["Lucía", "Javier", "Carmen", "Pablo", "Marta", "Sergio", "Elena", "Raúl"],
    "de": ["Anna", "Jonas", "Katrin", "Felix", "Sabine"],
    "en": ["Emma", "Oliver", "Grace", "Liam"],
    "it": ["Giulia", "Marco", "Chiara", "Luca"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui"],
}
LAST = {
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard"],
    "es": ["García", "Martín", "López", "Sánchez", "Romero", "Navarro"],
    "de": ["Müller", "Schmidt", "Wagner", "Becker"],
    "en": ["Smith", "Walsh", "Taylor", "Byrne"],
    "it": ["Rossi", "Bianchi", "Ricci", "Greco"],
    "pt": ["Silva", "Costa", "Ferreira", "Sousa"],
}
AGENTS = ("Inès", "Jorge", "Nadia", "Tomás", "Clara")
WEIGHTS = {"fr": 30, "es": 30, "de": 10, "en": 10, "it": 10, "pt": 10}
SOURCE = {
    "email": "zafranto-mail",
    "phone": "zafranto-voice",
    "social": "zafranto-social",
    "community": "zafranto-forum",
    "chat": "zafranto-chat",
    "web": "zafranto-web",
    "survey": "zafranto-survey",
}
Row = dict[str, Any]


def strip_accents(text: str) -> str:
    return "".join(
        c
        for c in unicodedata.normalize("NFD", text)
        if unicodedata.category(c) != "Mn" or c == "\u0303"
    )


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about, self.n = (
            name,
            code,
            start,
            days,
            about,
            n,
        )
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[tuple[datetime, int, str, Row]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.refs = 0

    def lang(self) -> str:
        return self.rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def ref(self) -> str:
        self.refs += 1
        return f"ZF-{self.code}{300 + self.refs:04d}"

    def person(
        self,
        persona: str,
        habit: str,
        lang: str,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        market: str | None = None,
        **extra: Any,
    ) -> str:
        i = len(self.customers) + 1
        key = f"ZF{self.code}{i:04d}"
        first = FIRST[lang][i % len(FIRST[lang])]
        last = LAST[lang][(i * 7 + 3) % len(LAST[lang])]
        market = market or self.rng.choice(MARKETS[lang])
        slug = strip_accents(f"{first}.{last}").lower()
        if account:
            email = f"{strip_accents(first).lower()}{i}@{account.lower()}.example"
            handle = None
        else:
            email = f"{slug}{self.code.lower()}{i}@mail{i % 4}.example"
            handle = f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{self.code.lower()}{i}"
        phone = f"{PREFIX[market]}{(self.n * 900000 + i * 7919 + 123457) % 10**7:07d}"
        self.customers[key] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
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
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            **extra,
        }
        return key

    def add(
        self,
        key: str,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"zf302-{self.code.lower()}-{self.seq:05d}"
        c = self.customers[key]
        lang = c["language"]
        if text is not None and not out and channel not in ("phone", "survey"):
            if self.rr.random() < 0.1:
                text = strip_accents(text)
            if self.rr.random() < 0.125 and text[:1].isupper():
                text = text[0].lower() + text[1:]
            if self.rr.random() < 1 / 7:
                words = text.split(" ")
                cands = [
                    j for j, w in enumerate(words) if w.isalpha() and w.islower() and len(w) > 4
                ]
                if cands:
                    j = self.rr.choice(cands)
                    w = words[j]
                    words[j] = w[:2] + w[3] + w[2] + w[4:]
                    text = " ".join(words)
        if text is not None and channel == "social" and not out and "@" + BRAND not in text:
            text = text.replace(BRAND, "@" + BRAND) if BRAND in text else f"@{BRAND} {text}"
        a = {"market": c["country"], **(attrs or {})}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
            if text:
                text = text.replace("{agent}", a["agent"])
        row: Row = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": scores or {"nps": None, "csat": None, "ces": None},
            "source": SOURCE[channel],
            "attributes": a,
        }
        row["_key"] = key
        self.rows.append((t, self.seq, key, row))
        _ = lang
        return eid

    # ---------------------------------------------------------------- acts --
    def text(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def happy_act(self, key: str, t: datetime) -> None:
        lang = self.customers[key]["language"]
        r = self.rng.random()
        if r < 0.3:
            ch = self.rng.choice(("social", "community"))
            self.add(key, t, ch, "mention" if ch == "social" else "post", self.text(W.PRAISE, lang))
        elif r < 0.55:
            self.add(key, t, "chat", "chat", self.text(W.QUESTION, lang))
            self.add(
                key,
                t + timedelta(minutes=self.rng.randint(1, 6)),
                "chat",
                "chat",
                W.ANSWER[lang],
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(
                    key,
                    t + timedelta(minutes=self.rng.randint(8, 12)),
                    "chat",
                    "chat",
                    self.text(W.THANKS, lang),
                )
        elif r < 0.8:
            name, price = self.rng.choice(W.PRODUCTS)
            self.add(key, t, "web", "page_view", attrs={"page": "/shop"})
            cur = (
                "GBP"
                if self.customers[key]["country"] == "UK"
                else "CHF"
                if self.customers[key]["country"] == "CH"
                else "EUR"
            )
            self.add(
                key,
                t + timedelta(minutes=self.rng.randint(3, 15)),
                "web",
                "purchase",
                attrs={"order_value": price, "currency": cur, "product": name, "page": "/checkout"},
            )
        else:
            self.add(
                key,
                t,
                "web",
                "review",
                self.text(W.REVIEW, lang),
                attrs={"rating": str(self.rng.choice((4, 5))), "page": "/reviews"},
            )

    def happy_days(self, key: str, days: list[int], lo: float = 7.0, hi: float = 19.0) -> None:
        for d in days:
            self.happy_act(key, self.at(d, self.rng.uniform(lo, hi)))

    def survey(
        self,
        key: str,
        t: datetime,
        nps: int | None = None,
        csat: int | None = None,
        ces: int | None = None,
        low: bool = False,
    ) -> str:
        lang = self.customers[key]["language"]
        word = self.text(W.LOW_WORD if low else W.SURVEY_WORD, lang) or None
        kind = "nps" if nps is not None else "csat" if csat is not None else "ces"
        return self.add(
            key,
            t,
            "survey",
            "survey_response",
            word,
            scores={"nps": nps, "csat": csat, "ces": ces},
            attrs={"survey": kind},
        )

    def complaint(
        self, key: str, t: datetime, channel: str, problem: str, long: bool = False
    ) -> str:
        lang = self.customers[key]["language"]
        body = self.rng.choice(W.COMPLAINT[lang][problem])
        if channel == "phone":
            return self.add(key, t, "phone", "call", speech(body))
        if long:
            body = self.rng.choice(W.LONG_OPEN[lang]) + body + W.LONG_CLOSE[lang]
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "community": "post",
        }[channel]
        subj = W.SUBJECT[lang] if channel == "email" else None
        return self.add(
            key,
            t,
            channel,
            kind,
            body,
            subject=subj,
            attrs={"page": "/contact"} if channel == "web" else None,
        )

    def reply(self, key: str, t: datetime, channel: str, table: dict[str, str], **fmt: str) -> str:
        lang = self.customers[key]["language"]
        ch = "chat" if channel == "chat" else "email"
        return self.add(
            key,
            t,
            ch,
            "chat" if ch == "chat" else "message",
            table[lang].replace("{ref}", fmt.get("ref", "")),
            out=True,
        )

    # -------------------------------------------------------------- output --
    def write(self) -> None:
        self.rows.sort(key=lambda r: (r[0], r[1]))
        seen: set[str] = set()
        out = []
        for _, _, key, row in self.rows:
            ids = self.customers[key]["identifiers"]
            full = row["direction"] == "outbound" or key not in seen
            if row["direction"] == "inbound":
                seen.add(key)
            if full:
                cust = {k: v for k, v in ids.items()}
            else:
                ch = row["channel"]
                cust = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": ids["account_id"],
                }
                if ch == "phone":
                    cust["phone"] = ids["phone"]
                elif ch in ("social", "community"):
                    cust["handle" if ids["handle"] else "email"] = ids["handle"] or ids["email"]
                elif ch == "email":
                    cust["email"] = ids["email"]
                else:
                    cust["customer_id"] = ids["customer_id"]
            row["customer"] = cust
            del row["_key"]
            out.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected = Counter(r for c in self.customers.values() for r in c["expected_rules"])
        expected.update(r for a in self.accounts.values() for r in a["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        for c in self.customers.values():
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"])
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Zafranto: spices and spice blends by post, Zafranto Club plan, Zafranto Cocina for restaurants",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": dict(sorted(expected.items())),
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def speech(text: str) -> str:
    kept = "".join(c if c.isalnum() or c in " €" else " " for c in text.lower())
    return " ".join(kept.split())


def daytime(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 2, 2, tzinfo=UTC),
        10,
        "happy day and night writers, survey-only customers",
    )
    for _ in range(16):
        k = f.person("happy", "day writer", f.lang())
        f.happy_days(k, sorted(f.rng.sample(range(10), f.rng.randint(5, 7))))
    for _ in range(5):
        k = f.person("happy", "night writer", f.lang())
        lang = f.customers[k]["language"]
        for d in f.rng.sample(range(9), f.rng.randint(2, 3)):
            t = f.at(d, 22.2 + f.rng.uniform(0, 6.2))
            f.add(k, t, "social", "post", f.text(W.NIGHT, lang))
        f.happy_days(k, f.rng.sample(range(10), 2), 9, 18)
    for _ in range(5):
        k = f.person("happy", "answers surveys", f.lang())
        for d in f.rng.sample(range(10), f.rng.randint(3, 5)):
            kind = f.rng.choice(("nps", "csat", "ces"))
            t = f.at(d, f.rng.uniform(8, 20))
            if kind == "nps":
                f.survey(k, t, nps=f.rng.choice((9, 10)))
            elif kind == "csat":
                f.survey(k, t, csat=f.rng.choice((4, 5)))
            else:
                f.survey(k, t, ces=f.rng.choice((6, 7)))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 3, 9, tzinfo=UTC),
        12,
        "happy customers with one bad day",
    )
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    with_case = [i for i, c in enumerate(chans) if c != "social"]
    nps_ids = set(with_case[0:20:3][:6])
    rest = [i for i in with_case if i not in nps_ids]
    csat_ids = set(rest[:5])
    good = set(with_case[1::2][:12]) if len(with_case[1::2]) >= 12 else set(with_case[:12])
    apol = set(sorted(good)[:5])
    for i, ch in enumerate(chans):
        lang = f.lang()
        if ch == "long":
            lang = ("fr", "es")[i % 2]
        det = i in nps_ids
        k = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang,
            ("detractor",) if det else (),
            ("silence",),
        )
        bd = f.rng.randint(3, 8)
        f.happy_days(k, [d for d in f.rng.sample([0, 1, 11], 2)])
        t = f.at(bd, f.rng.uniform(8, 20))
        problem = W.PROBLEMS[i % 6]
        eid = f.complaint(k, t, "email" if ch == "long" else ch, problem, long=ch == "long")
        c = f.customers[k]
        c.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "problem": problem,
                "channel": ch,
                "long_email": ch == "long",
                "trouble_starts_at": iso(t),
                "booking": None,
            }
        )
        if ch == "social":
            continue
        ref = f.ref()
        c["booking"] = ref
        if ch == "chat":
            f.reply(k, t + timedelta(minutes=3), "chat", W.CASE_OPENED, ref=ref)
        else:
            f.reply(
                k, t + timedelta(minutes=f.rng.randint(10, 40)), "email", W.CASE_OPENED, ref=ref
            )
        if det:
            n = f.rng.randint(1, 5)
            c.update(
                {
                    "nps_given": True,
                    "nps": n,
                    "survey_event_id": f.survey(
                        k, t + timedelta(minutes=f.rng.randint(100, 140)), nps=n, low=True
                    ),
                }
            )
        if i in csat_ids:
            s = f.rng.randint(1, 2)
            c.update(
                {
                    "csat_given": True,
                    "csat": s,
                    "survey_event_id": f.survey(
                        k, t + timedelta(minutes=f.rng.randint(40, 80)), csat=s, low=True
                    ),
                }
            )
        if i in good:
            f.reply(
                k, daytime(t + timedelta(hours=f.rng.uniform(1, 4))), "email", W.GOOD_NEWS, ref=ref
            )
            c["agent_fixed"] = True
            if i in apol:
                ta = daytime(t + timedelta(hours=f.rng.uniform(16, 24)))
                c.update(
                    {
                        "apologised": True,
                        "apology_at": iso(ta),
                        "apology_event_id": f.add(k, ta, "chat", "chat", f.text(W.APOLOGY, lang)),
                    }
                )
    for _ in range(8):
        k = f.person("happy", "control", f.lang())
        f.happy_days(k, sorted(f.rng.sample(range(12), f.rng.randint(4, 7))))
    return f


def repeat_run(f: Fam, k: str, first_day: float, times: int, passed: bool) -> None:
    c = f.customers[k]
    lang = c["language"]
    problem = f.rng.choice(W.PROBLEMS)
    chans = ["web", "email", "chat", "phone", "social"]
    f.rng.shuffle(chans)
    ref = f.ref()
    t = f.at(first_day, f.rng.uniform(8, 19))
    ids = [f.complaint(k, t, chans[0], problem)]
    c.update(
        {
            "problem": problem,
            "booking": ref,
            "trouble_starts_at": iso(t),
            "contacts": times,
            "channels": chans[:times],
            "agent_passed_on": passed,
        }
    )
    if chans[0] == "chat":
        f.reply(k, t + timedelta(minutes=3), "chat", W.CASE_OPENED, ref=ref)
    if passed:
        f.reply(k, t + timedelta(hours=f.rng.uniform(1.5, 2.5)), "email", W.PASSED_ON, ref=ref)
    elif chans[0] != "chat":
        f.reply(k, t + timedelta(minutes=f.rng.randint(10, 40)), "email", W.CASE_OPENED, ref=ref)
    comp = None
    for n in range(1, times):
        t = daytime(t + timedelta(hours=f.rng.uniform(4, 40)))
        body = f.rng.choice(W.STILL_OPEN[lang]).replace("{ref}", ref)
        if n == 2:
            comp = f.rng.choice(COMPS)
            body += W.THIRD[lang].replace("{comp}", comp)
        if n == 3:
            body += W.FOURTH[lang]
        ch = chans[n]
        if ch == "phone":
            ids.append(f.add(k, t, "phone", "call", speech(body)))
        else:
            kind = {"email": "message", "chat": "chat", "social": "mention", "web": "ticket"}[ch]
            ids.append(
                f.add(
                    k,
                    t,
                    ch,
                    kind,
                    body,
                    subject=f"RE: {ref}" if ch == "email" else None,
                    attrs={"page": "/contact"} if ch == "web" else None,
                )
            )
            if ch == "chat":
                f.reply(k, t + timedelta(minutes=4), "chat", W.URGENT, ref=ref)
    c.update({"problem_event_ids": ids, "competitor": comp})


def fixed_run(f: Fam, k: str, day: float, channel: str) -> dict[str, Any]:
    c = f.customers[k]
    lang = c["language"]
    problem = f.rng.choice(W.PROBLEMS)
    ref = f.ref()
    t = f.at(day, f.rng.uniform(8, 18))
    eid = f.complaint(k, t, channel, problem)
    f.reply(k, t + timedelta(minutes=f.rng.randint(10, 40)), "email", W.CASE_OPENED, ref=ref)
    tf = daytime(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.reply(k, tf, "email", W.GOOD_NEWS, ref=ref)
    tc = daytime(tf + timedelta(hours=f.rng.uniform(8, 30)))
    cch = f.rng.choice(("email", "chat"))
    ceid = f.add(
        k,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        f.rng.choice(W.CONFIRM[lang]).replace("{ref}", ref),
        subject=f"RE: {ref}" if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": channel,
        "confirm_channel": cch,
    }


REPEAT_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 4, 20, tzinfo=UTC),
        10,
        "repeat contacts, fixed problems, frequent writers",
    )
    for i in range(12):
        k = f.person("repeat_contact", "repeats", f.lang(), ("repeat_contact",), REPEAT_TOL)
        f.happy_days(k, [0], 7, 12)
        repeat_run(f, k, 1 + i % 4, 2 + i % 3, i < 6)
    for _ in range(5):
        k = f.person("resolved_between_contacts", "fixed", f.lang(), (), ("silence",))
        f.happy_days(k, [0])
        fx = fixed_run(f, k, f.rng.randint(1, 4), f.rng.choice(("email", "web", "chat")))
        f.customers[k].update({"problems": [fx], "trouble_starts_at": fx["raised_at"]})
    for _ in range(3):
        k = f.person("different_problems", "two problems", f.lang(), (), ("silence",))
        a = fixed_run(f, k, 1, "web")
        b = fixed_run(f, k, 5 + f.rng.random(), "email")
        f.customers[k].update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        k = f.person("happy", "frequent writer", f.lang())
        f.happy_days(k, sorted(f.rng.sample(range(10), f.rng.randint(5, 8))))
    return f


def slide(
    f: Fam, k: str, day0: int, span: int, with_nps: bool, langs: tuple[str, ...] | None = None
) -> None:
    c = f.customers[k]
    t = f.at(day0, f.rng.uniform(9, 18))
    c["trouble_starts_at"] = iso(t)
    comp = f.rng.choice(COMPS)
    ids = []
    for n in range(6):
        lang = langs[n % 2] if langs else c["language"]
        body = W.SLIDE[lang][n].replace("{comp}", comp)
        ch = f.rng.choice(("social", "community", "web"))
        if ch == "web":
            ids.append(
                f.add(
                    k,
                    t,
                    "web",
                    "review",
                    body,
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[n]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(k, t, ch, "mention" if ch == "social" else "post", body))
        if n == 3 and with_nps:
            nps = f.rng.randint(1, 5)
            c.update(
                {
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.survey(
                        k, daytime(t + timedelta(hours=f.rng.uniform(2.5, 3.5))), nps=nps, low=True
                    ),
                }
            )
        t = daytime(t + timedelta(hours=max(1.0, span * 24 / 6 * f.rng.uniform(0.7, 1.1))))
    c.update({"slide_event_ids": ids, "slide_days": span, "competitor": comp})


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 1, tzinfo=UTC),
        32,
        "slides, leavers, steady, grumpy and sarcastic customers",
    )
    slide_tol = (
        "repeat_contact",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
    )
    for i in range(10):
        exp = ("sentiment_drop", "detractor") if i < 5 else ("sentiment_drop",)
        k = f.person("slow_churner", "slides", f.lang(), exp, slide_tol)
        lang = f.customers[k]["language"]
        for d in sorted(f.rng.sample(range(11), 5)):
            f.add(k, f.at(d, f.rng.uniform(8, 20)), "social", "mention", f.text(W.PRAISE, lang))
        f.happy_days(k, f.rng.sample(range(11), 3))
        slide(f, k, 12 + i % 5, (3, 5, 5, 9, 9)[i % 5], i < 5)
    for _ in range(5):
        k = f.person(
            "slow_churner",
            "asks to cancel",
            f.lang(),
            ("churn_intent",),
            ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        lang = f.customers[k]["language"]
        f.happy_days(k, sorted(f.rng.sample(range(15), 5)))
        t = f.at(f.rng.randint(17, 23), f.rng.uniform(8, 18))
        e = f.add(k, t, "email", "message", f.text(W.CANCEL, lang), subject="Club")
        f.reply(k, daytime(t + timedelta(hours=f.rng.uniform(1, 5))), "email", W.SORRY_GO)
        tc = t + timedelta(hours=f.rng.uniform(20, 30))
        ce = f.add(
            k,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Zafranto Club"},
        )
        f.customers[k].update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": ce,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        k = f.person("happy", "steady", f.lang())
        f.happy_days(k, sorted(f.rng.sample(range(32), f.rng.randint(6, 10))))
    for _ in range(5):
        k = f.person("steadily_grumpy", "grumbles", f.lang(), (), ("repeat_contact", "silence"))
        lang = f.customers[k]["language"]
        gd = f.rng.uniform(0, 4)
        ids = []
        for _n in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    k,
                    f.at(int(gd), f.rng.uniform(8, 20)),
                    "community",
                    "post",
                    f.text(W.GRUMBLE, lang),
                )
            )
            gd += f.rng.uniform(1, 3)
        f.customers[k].update({"grumble_event_ids": ids})
    for _ in range(5):
        k = f.person("happy_one_sarcastic_remark", "happy", f.lang(), (), ("silence",))
        lang = f.customers[k]["language"]
        f.happy_days(k, sorted(f.rng.sample(range(16), 4)))
        f.customers[k]["sarcasm_event_id"] = f.add(
            k,
            f.at(f.rng.randint(17, 28), f.rng.uniform(9, 20)),
            "social",
            "mention",
            f.text(W.SARCASM, lang),
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 7, 17, tzinfo=UTC),
        3,
        "a calm weekend with night bursts",
    )
    for _ in range(16):
        k = f.person("happy", "day writer", f.lang())
        f.happy_days(k, f.rng.sample(range(3), f.rng.randint(1, 3)), 7, 17.5)
    for i in range(4):
        k = f.person("grumbles_once", "grumbles once", f.lang(), (), ("silence",))
        lang = f.customers[k]["language"]
        t = f.at(i % 3, f.rng.uniform(9, 16))
        f.add(k, t, "web", "page_view", attrs={"page": "/shop"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            g = f.add(k, t2, "chat", "chat", f.text(W.MILD, lang))
            f.add(k, t2 + timedelta(minutes=3), "chat", "chat", W.ANSWER[lang], out=True)
        else:
            g = f.add(k, t2, "web", "ticket", f.text(W.MILD, lang), attrs={"page": "/contact"})
            f.reply(k, t2 + timedelta(minutes=30), "email", W.ANSWER)
        f.customers[k]["grumble_event_id"] = g
    for night in range(3):
        b0 = f.at(night + 1, 0.7 + f.rng.uniform(0, 0.4))
        for burst, off in enumerate((0, 30, 60)):
            for j in range(4):
                k = f.person("night_owl", f"night {night + 1}, burst {burst + 1}", f.lang())
                lang = f.customers[k]["language"]
                t = b0 + timedelta(minutes=off + f.rng.uniform(0, 9.5))
                if j % 2:
                    e = f.add(k, t, "chat", "chat", f.text(W.QUESTION, lang))
                    f.add(k, t + timedelta(minutes=3), "chat", "chat", W.ANSWER[lang], out=True)
                    f.add(k, t + timedelta(minutes=9), "chat", "chat", f.text(W.THANKS, lang))
                else:
                    e = f.add(k, t, "social", "post", f.text(W.NIGHT, lang))
                f.customers[k].update(
                    {"burst_at": iso(b0 + timedelta(minutes=off)), "night_event_id": e}
                )
                if j < 2:
                    f.happy_act(k, f.at(night + (1 if night < 2 else 0), f.rng.uniform(9, 17.5)))
    return f


PAIRS = [
    ("fr", "es"),
    ("es", "fr"),
    ("fr", "de"),
    ("es", "en"),
    ("fr", "en"),
    ("es", "pt"),
    ("fr", "it"),
    ("es", "it"),
    ("de", "fr"),
    ("en", "es"),
    ("pt", "es"),
    ("it", "fr"),
]


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 8, 17, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    mk = {"fr": "BE", "es": "ES", "de": "CH", "en": "IE", "it": "CH", "pt": "PT"}
    n = 0

    def who(
        persona: str, habit: str, exp: tuple[str, ...], tol: tuple[str, ...]
    ) -> tuple[str, tuple[str, str]]:
        nonlocal n
        p = PAIRS[n % len(PAIRS)]
        n += 1
        k = f.person(persona, habit, p[0], exp, tol, market=mk[p[0]], languages=list(p))
        return k, p

    for _ in range(12):
        k, p = who("happy", "alternates languages", (), ())
        for j, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 7)))):
            f.customers[k]["language"] = p[j % 2]
            f.happy_act(k, f.at(d, f.rng.uniform(8, 19)))
        f.customers[k]["language"] = p[0]
    for i in range(5):
        k, p = who("repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL)
        f.happy_days(k, [0])
        repeat_run(f, k, 2 + i % 3, (2, 2, 3, 3, 4)[i], i >= 2)
    for _ in range(5):
        k, p = who(
            "slow_churner",
            "slides",
            ("sentiment_drop",),
            (
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        for j, d in enumerate(range(5)):
            f.add(k, f.at(d, f.rng.uniform(8, 20)), "social", "mention", f.text(W.PRAISE, p[j % 2]))
        f.happy_days(k, [5])
        slide(f, k, 7, 4, False, p)
    for i in range(3):
        k, p = who("happy_one_bad_day", "one bad day", (), ("silence",))
        f.happy_days(k, [0, 1, 12])
        f.customers[k]["language"] = p[1]
        t = f.at(6 + i, f.rng.uniform(9, 18))
        ch = ("email", "email", "chat")[i]
        eid = f.complaint(k, t, ch, W.PROBLEMS[i], long=i == 0)
        ref = f.ref()
        f.reply(k, t + timedelta(minutes=20), ch, W.CASE_OPENED, ref=ref)
        f.customers[k].update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": p[1],
                "booking": ref,
                "trouble_starts_at": iso(t),
            }
        )
        f.customers[k]["language"] = p[0]
    for _ in range(2):
        k, p = who("resolved_between_contacts", "fixed", (), ("silence",))
        f.happy_days(k, [0])
        fx = fixed_run(f, k, 3, "web")
        f.customers[k].update(
            {"problems": [fx], "confirm_language": p[0], "trouble_starts_at": fx["raised_at"]}
        )
    return f


def office(t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        t = (
            (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
            if t.hour >= 8 or t.weekday() >= 5
            else t.replace(hour=8)
        )
    return t


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "Zafranto Cocina accounts (restaurants, caterers)",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    sites = ("restaurant", "catering", "hotel", "canteen", "bakery", "food truck")
    for a, kind in enumerate(kinds):
        lang = f.lang()
        market = f.rng.choice(MARKETS[lang])
        acc = f"ZFC-{market}-{4100 + a * 37}"
        size = 5 if kind == "at_risk" else 3
        keys = []
        for j in range(size):
            keys.append(
                f.person(
                    "b2b_happy",
                    "contact",
                    lang,
                    account=acc,
                    market=market,
                    company=f"Casa {a + 1} {sites[a % 6]}",
                    job_title=("chef", "sous-chef", "buyer", "manager", "accountant")[j],
                )
            )
        prob = B2B[a % 4]
        info: dict[str, Any] = {
            "company": f"Casa {a + 1} {sites[a % 6]}",
            "site": sites[a % 6],
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        f.accounts[acc] = info
        for k in keys:
            t = office(f.at(f.rng.randint(0, 1), f.rng.uniform(8, 16)))
            f.add(k, t, "chat", "chat", W.B2B_Q[lang])
            f.add(k, t + timedelta(minutes=4), "chat", "chat", W.ANSWER[lang], out=True)
        if kind == "at_risk":
            n = 3 if a < 3 else 4
            t = f.at(2, f.rng.uniform(8.5, 10))
            ref = f.ref()
            info["trouble_starts_at"] = iso(t)
            first = f.customers[keys[0]]["name"].split()[0]
            for j in range(n):
                k = keys[j]
                c = f.customers[k]
                body = W.B2B_COMPLAINT[lang][prob]
                if j:
                    body = (
                        W.B2B_ALSO[lang]
                        .replace("{first}", first)
                        .replace("{when}", W.WHEN[lang])
                        .replace("{ref}", ref)
                        + body
                    )
                e = f.add(k, t, "email", "message", body, subject=W.SUBJECT[lang])
                if j == 0:
                    f.reply(k, t + timedelta(minutes=30), "email", W.CASE_OPENED, ref=ref)
                exp = ["repeat_contact"] if j == n - 1 else []
                tol = [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ]
                ids = [e]
                if j < n - 1:
                    nps = f.rng.randint(1, 5)
                    c.update(
                        {
                            "nps_given": True,
                            "nps": nps,
                            "survey_event_id": f.survey(
                                k,
                                office(t + timedelta(hours=f.rng.uniform(1, 3))),
                                nps=nps,
                                low=True,
                            ),
                        }
                    )
                    exp.append("detractor")
                else:
                    t2 = office(t + timedelta(hours=f.rng.uniform(18, 40)))
                    comp = f.rng.choice(COMPS)
                    ids.append(
                        f.add(
                            k,
                            t2,
                            "email",
                            "message",
                            W.B2B_LAST[lang].replace("{ref}", ref).replace("{comp}", comp),
                            subject=f"RE: {ref}",
                        )
                    )
                    c["competitor"] = comp
                c.update(
                    {
                        "persona": "b2b_unhappy",
                        "habit": "complainer",
                        "role": "complainer",
                        "expected_rules": sorted(exp),
                        "tolerated_rules": sorted(set(tol) - set(exp)),
                        "complaint_event_ids": ids,
                        "problem": prob,
                        "booking": ref,
                        "trouble_starts_at": iso(t),
                    }
                )
                info["unhappy_contact_keys"].append(k)
                t = office(t + timedelta(hours=f.rng.uniform(8, 28)))
            info["unhappy_contacts"] = n
        elif kind == "one_unhappy":
            k = keys[0]
            t = office(f.at(3 + a % 5, f.rng.uniform(8, 16)))
            ref = f.ref()
            e = f.add(
                k, t, "email", "message", W.B2B_COMPLAINT[lang][prob], subject=W.SUBJECT[lang]
            )
            f.reply(k, t + timedelta(minutes=40), "email", W.CASE_OPENED, ref=ref)
            nps = f.rng.randint(1, 5)
            s = f.survey(k, t + timedelta(hours=2), nps=nps, low=True)
            f.customers[k].update(
                {
                    "persona": "b2b_one_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "expected_rules": ["detractor"],
                    "tolerated_rules": ["high_value_at_risk", "sentiment_drop", "silence"],
                    "complaint_event_ids": [e],
                    "problem": prob,
                    "booking": ref,
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": s,
                    "trouble_starts_at": iso(t),
                }
            )
            info["unhappy_contacts"] = 1
            info["unhappy_contact_keys"] = [k]
        elif kind == "mild":
            for k in keys[:2]:
                t = office(f.at(f.rng.randint(3, 9), f.rng.uniform(8, 16)))
                e = f.add(k, t, "web", "ticket", W.B2B_SUGGEST[lang], attrs={"page": "/contact"})
                f.reply(k, t + timedelta(minutes=50), "email", W.ANSWER)
                f.customers[k].update(
                    {
                        "persona": "b2b_mild",
                        "habit": "suggests",
                        "role": "suggests",
                        "tolerated_rules": ["silence"],
                        "mild_event_id": e,
                        "trouble_starts_at": iso(t),
                    }
                )
        for k in keys:
            c = f.customers[k]
            c.setdefault("role", "contact")
            c["job"] = c["job_title"]
            if c["persona"] == "b2b_happy":
                f.survey(
                    k,
                    office(f.at(f.rng.randint(2, 11), f.rng.uniform(8, 16))),
                    nps=f.rng.choice((9, 10)),
                )
    return f


B2B = W.B2B_PROBLEMS


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 10, 12, tzinfo=UTC),
        7,
        "a calm week and a Saturday-morning checkout failure",
    )
    for _ in range(40):
        k = f.person("happy", "day writer", f.lang())
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy_act(k, f.at(d, f.rng.uniform(12, 19) if d == 5 else f.rng.uniform(8, 19)))
    for _ in range(2):
        k = f.person("grumbles_once", "grumbles once", f.lang(), (), ("silence",))
        lang = f.customers[k]["language"]
        t = f.at(0, f.rng.uniform(9, 16))
        g = f.add(k, t, "chat", "chat", f.text(W.GRUMBLE, lang))
        f.add(k, t + timedelta(minutes=3), "chat", "chat", W.ANSWER[lang], out=True)
        f.customers[k].update({"grumble_event_id": g, "trouble_starts_at": iso(t)})
    for lang, h in (("es", 9.6), ("fr", 16.1)):
        k = f.person("grumbles_once", "lone question", lang, (), ("silence",))
        t = f.at(4, h)
        e = f.add(k, t, "chat", "chat", W.LONE_Q[lang])
        f.add(k, t + timedelta(minutes=4), "chat", "chat", W.LONE_A[lang], out=True)
        f.customers[k].update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    s0 = f.at(5, 8 + 5 / 60)
    langs = ["fr"] * 6 + ["es"] * 6 + ["de", "de", "en", "en", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    keys, eids, reps = [], [], []
    for i in range(20):
        lang = langs[i]
        regular = i % 5 < 3
        rep = i in (0, 2, 4, 6, 8, 10)
        exp: tuple[str, ...] = ("repeat_contact",) if rep else ()
        tol = ("silence", "sentiment_drop") if rep else ("silence",)
        k = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang,
            exp,
            tol,
        )
        if regular:
            f.happy_act(k, f.at(2, f.rng.uniform(8, 17.5)))
        t = s0 + timedelta(minutes=0 if i == 0 else 45 if i == 19 else (i * 2.2) % 44 + 0.5)
        if rep:
            t = s0 + timedelta(minutes=i * 2.5)
        ch = chans[i]
        body = f.text(W.SPIKE, lang).replace("{code}", CODE)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            k,
            t,
            ch,
            kind,
            body,
            subject=W.SUBJECT[lang] if ch == "email" else None,
            attrs={"page": "/checkout"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(k, t + timedelta(minutes=2), "chat", "chat", W.SPIKE_ANSWER[lang], out=True)
        c = f.customers[k]
        c.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if rep:
            ch2 = (
                ("email", "chat", "community")[i % 3]
                if ch != ("email", "chat", "community")[i % 3]
                else "web"
            )
            kind2 = {"email": "message", "chat": "chat", "community": "post", "web": "ticket"}[ch2]
            r = f.add(
                k,
                t + timedelta(minutes=15 + i * 2),
                ch2,
                kind2,
                W.SPIKE_AGAIN[lang].replace("{code}", CODE),
                attrs={"page": "/checkout"} if ch2 == "web" else None,
            )
            c["repeat_event_id"] = r
            reps.append(r)
        elif i in (1, 3, 5, 7, 9, 11):
            f.add(k, f.at(5, 11.15 + i / 100), "email", "message", W.WORKS_AGAIN[lang], out=True)
            c["agent_fixed"] = True
        keys.append(k)
        eids.append(e)
    first = sorted(f.customers[k]["trouble_starts_at"] for k in keys)
    f.spike = {
        "topic": f"spice-shop checkout fails at payment in app and web, no order can be placed, error {CODE}",
        "about": "checkout outage",
        "channel": None,
        "start": first[0],
        "end": first[-1],
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
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
        build().write()


if __name__ == "__main__":
    main()
