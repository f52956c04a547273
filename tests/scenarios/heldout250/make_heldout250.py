"""Generate heldout250 (Levitara, float-tank centres): python make_heldout250.py."""

# ruff: noqa: E501

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

import wording as W  # noqa: E402

SEED = 20260250
LANGS = ["pt", "de", "en", "fr", "it", "es"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "pt": ["PT"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
    "es": ["ES"],
}
PHONE = {
    "PT": "+3519",
    "DE": "+4915",
    "AT": "+43664",
    "CH": "+4179",
    "UK": "+447",
    "IE": "+35387",
    "FR": "+336",
    "BE": "+32470",
    "IT": "+39347",
    "ES": "+346",
}
FIRST = {
    "pt": ["Ines", "Joana", "Rui", "Tiago", "Marta", "Beatriz"],
    "de": ["Jana", "Felix", "Sabine", "Lukas", "Miriam", "Tobias"],
    "en": ["Hannah", "Owen", "Chloe", "Liam"],
    "fr": ["Camille", "Hugo", "Lea", "Bastien"],
    "it": ["Giulia", "Marco", "Chiara", "Davide"],
    "es": ["Lucia", "Pablo", "Nerea", "Iker"],
}
LAST = {
    "pt": ["Sousa", "Carvalho", "Teixeira", "Pinto", "Moreira"],
    "de": ["Krüger", "Hoffmann", "Lehmann", "Vogel", "Brandl"],
    "en": ["Walsh", "Turner", "Hughes"],
    "fr": ["Girard", "Lambert", "Roux"],
    "it": ["Ferri", "Galli", "Conti"],
    "es": ["Ortega", "Navarro", "Gil"],
}
COMPS = ["Schwebora", "Calmarino"]
CH_SOURCE = {
    "email": "levitara-mail",
    "phone": "levitara-voice",
    "social": "levitara-social",
    "community": "levitara-forum",
    "chat": "levitara-chat",
    "web": "levitara-web",
    "survey": "levitara-survey",
}
AGENTS = ["Rita", "Nils", "Amy", "Elodie", "Sara", "Jorge"]
END_LIMIT = datetime(2026, 11, 15, tzinfo=UTC)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def plain(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.refs = 0

    def lang(self) -> str:
        return self.rng.choices(LANGS, WEIGHTS)[0]

    def pick(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        text = self.rng.choice(table[lang])
        for k, v in kw.items():
            text = text.replace("{" + k + "}", v)
        return text

    def ref(self) -> str:
        self.refs += 1
        return f"LV{self.code}/{self.refs:03d}-{self.rng.randint(10, 99)}"

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        account: str | None = None,
        market: str | None = None,
    ) -> str:
        key = f"LV{self.code}{len(self.customers) + 1001:04d}"
        first = self.rng.choice(FIRST[lang])
        last = self.rng.choice(LAST[lang])
        mk = market or self.rng.choice(MARKETS[lang])
        slug = plain(f"{first}.{last}").lower()
        num = len(self.customers) + 1
        dom = (
            f"{account.lower()}.example"
            if account
            else self.rng.choice(["correo", "webpost", "mailbox", "posteo"]) + ".example"
        )
        email = f"{slug}{self.code.lower()}{num}@{dom}"
        phone = PHONE[mk] + f"{self.rng.randint(1000000, 9999999)}{num % 10}"
        handle = (
            None
            if account
            else f"@{plain(last).lower()}_{plain(first).lower()}{self.code.lower()}{num}"
        )
        self.customers[key] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": expected,
            "tolerated_rules": tolerated,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        return key

    def add(
        self,
        key: str,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        self.seq += 1
        eid = f"h250-{self.code.lower()}-{self.seq:05d}"
        c = self.customers[key]
        if text and not out and rough and channel not in ("phone", "survey"):
            r = self.rough.random()
            if r < 0.1:
                text = plain(text)
            elif r < 0.22:
                text = text[:1].lower() + text[1:]
        a: dict[str, str] = {"market": c["country"]}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "key": key,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": CH_SOURCE[channel],
                "attributes": a,
            }
        )
        return eid

    def ref_of(self, row: dict[str, Any], first: bool) -> dict[str, Any]:
        ids = self.customers[row["key"]]["identifiers"]
        acc = ids["account_id"]
        if first or row["direction"] == "outbound":
            return {k: v for k, v in ids.items() if v is not None}
        ch = row["channel"]
        out: dict[str, Any]
        if ch == "phone":
            out = {"phone": ids["phone"]}
        elif ch in ("social", "community"):
            out = {"handle": ids["handle"]} if ids["handle"] else {"email": ids["email"]}
        elif ch == "email":
            out = {"email": ids["email"]}
        else:
            out = {"customer_id": ids["customer_id"]}
        if acc:
            out["account_id"] = acc
        return out

    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        lines = []
        for r in self.rows:
            assert self.start <= r["occurred_at"] < END_LIMIT, r
            first = r["direction"] == "inbound" and r["key"] not in seen
            if first:
                seen.add(r["key"])
            rec = {
                "event_id": r["event_id"],
                "occurred_at": iso(r["occurred_at"]),
                "channel": r["channel"],
                "kind": r["kind"],
                "direction": r["direction"],
                "customer": self.ref_of(r, first),
                "text": r["text"],
                "subject": r["subject"],
                "scores": {
                    "nps": r["scores"].get("nps"),
                    "csat": r["scores"].get("csat"),
                    "ces": r["scores"].get("ces"),
                },
                "source": r["source"],
                "attributes": r["attributes"],
            }
            lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
        assert set(self.customers) == seen, "customer without inbound"
        for c in self.customers.values():
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"])
        counted: dict[str, int] = {}
        for c in list(self.customers.values()) + list(self.accounts.values()):
            for rule in c["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if self.spike:
            counted["topic_spike"] = 1
        assert counted == expected, (self.name, counted, expected)
        last = self.rows[-1]["occurred_at"] + timedelta(hours=1)
        end = max(self.start + timedelta(days=self.days), last)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Levitara, float-tank centres (Levitara Plus; Levitara Work on account)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
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

    # ---- acts ----
    def day_time(self, day: int, lo: float = 8.0, hi: float = 20.0) -> datetime:
        h = self.rng.uniform(lo, hi)
        return self.start + timedelta(days=day, hours=h)

    def happy(self, key: str, t: datetime, surveys: bool = True) -> None:
        lang = self.customers[key]["language"]
        acts = ["praise", "question", "purchase", "view", "review", "gripe"] + (
            ["survey"] if surveys else []
        )
        act = self.rng.choice(acts)
        if act == "praise":
            self.add(
                key,
                t,
                self.rng.choice(["social", "community"]),
                self.rng.choice(["post", "mention"]),
                self.pick(W.PRAISE, lang),
            )
        elif act == "gripe":
            self.add(key, t, "community", "post", self.pick(W.PRAISE_GRIPE, lang))
        elif act == "question":
            self.add(key, t, "chat", "chat", self.pick(W.QUESTION, lang))
            t2 = t + timedelta(minutes=self.rng.randint(1, 6))
            self.add(key, t2, "chat", "chat", self.pick(W.ANSWER, lang), out=True)
            if self.rng.random() < 0.6:
                self.add(key, t2 + timedelta(minutes=2), "chat", "chat", self.pick(W.THANKS, lang))
        elif act == "purchase":
            name, price = self.rng.choice(W.PRODUCTS)
            self.add(key, t, "web", "page_view", None, attrs={"page": "/floats"})
            cur, val = money(self.customers[key]["country"], price)
            self.add(
                key,
                t + timedelta(minutes=4),
                "web",
                "purchase",
                None,
                attrs={"order_value": val, "currency": cur, "product": name, "page": "/checkout"},
            )
        elif act == "view":
            self.add(
                key,
                t,
                "web",
                "page_view",
                None,
                attrs={"page": self.rng.choice(["/centres", "/plus", "/floats", "/gift"])},
            )
        elif act == "review":
            self.add(
                key,
                t,
                "web",
                "review",
                self.pick(W.REVIEW, lang),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.add(
                key,
                t,
                "survey",
                "survey_response",
                self.pick(W.SURVEY_WORD, lang) or None,
                scores={"nps": self.rng.choice([9, 10])},
                attrs={"survey": "nps"},
            )


def money(market: str, eur: float) -> tuple[str, str]:
    if market == "UK":
        return "GBP", f"{eur * 0.86:.2f}"
    if market == "CH":
        return "CHF", f"{eur * 0.94:.2f}"
    return "EUR", f"{eur:.2f}"


def night(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t.replace(hour=8, minute=0, second=0)
        if t.hour >= 22:
            base += timedelta(days=1)
        return base + timedelta(minutes=t.minute)
    return t


REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def problem_contact(
    f: Fam, key: str, t: datetime, channel: str, problem: str, ref: str | None
) -> str:
    lang = f.customers[key]["language"]
    text = f.pick(W.PROBLEM[problem], lang)
    subj = (
        W.COMPLAINT_SUBJECT[lang] + W.PROBLEM_LABEL[problem][lang] if channel == "email" else None
    )
    kind = {
        "email": "message",
        "chat": "chat",
        "web": "ticket",
        "phone": "call",
        "social": "mention",
    }[channel]
    if channel == "phone":
        text = text.lower().replace(".", "").replace(",", "").replace("!", "").replace("?", "")
    eid = f.add(
        key,
        t,
        channel,
        kind,
        text,
        subject=subj,
        attrs={"page": "/help"} if channel == "web" else None,
    )
    if ref and channel == "chat":
        f.add(
            key,
            t + timedelta(minutes=3),
            "chat",
            "chat",
            f.pick(W.CASE_OPENED, lang, ref=ref),
            out=True,
        )
    return eid


def happy_writers(f: Fam) -> dict[str, int]:
    for _ in range(16):
        k = f.person(f.lang(), "happy", "day writer", [], [])
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(k, f.day_time(d, 7, 19))
    for _ in range(5):
        lang = f.lang()
        k = f.person(lang, "happy", "night writer", [], [])
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 360))
            if f.rng.random() < 0.5:
                f.add(k, t, "social", "post", f.pick(W.NIGHT_POST, lang))
            else:
                f.add(k, t, "chat", "chat", f.pick(W.NIGHT_Q, lang))
                f.add(k, t + timedelta(minutes=4), "chat", "chat", f.pick(W.ANSWER, lang), out=True)
                f.add(k, t + timedelta(minutes=6), "chat", "chat", f.pick(W.THANKS, lang))
        for d in f.rng.sample(range(10), 3):
            f.happy(k, f.day_time(d, 9, 18), surveys=False)
    for _ in range(5):
        lang = f.lang()
        k = f.person(lang, "happy", "answers surveys", [], [])
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            kind = f.rng.choice(["nps", "csat", "ces"])
            sc = {
                "nps": f.rng.choice([9, 10]),
                "csat": f.rng.choice([4, 5]),
                "ces": f.rng.choice([6, 7]),
            }[kind]
            f.add(
                k,
                f.day_time(d, 8, 20),
                "survey",
                "survey_response",
                f.pick(W.SURVEY_WORD, lang) or None,
                scores={kind: sc},
                attrs={"survey": kind},
            )
    return {}


def one_bad_day(f: Fam) -> dict[str, int]:
    problems = list(W.PROBLEM)
    channels = ["long", "email", "chat", "social", "web", "phone"]
    n = 0
    for i in range(24):
        lang = (
            "de"
            if channels[i % 6] == "long" and i % 2
            else ("pt" if channels[i % 6] == "long" else f.lang())
        )
        ch = channels[i % 6]
        problem = problems[(i // 6 + i) % 6]
        detr = ch != "social" and n < 6 and i % 2 == 0
        k = f.person(
            lang,
            "bad_day_detractor" if detr else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if detr else [],
            ["silence"],
        )
        if detr:
            n += 1
        bad_day = 2 + i % 8
        for d in f.rng.sample(
            [x for x in range(12) if x <= bad_day - 2 or x >= bad_day + 3], f.rng.randint(1, 5)
        ):
            f.happy(k, f.day_time(d), surveys=False)
        t = f.day_time(bad_day, 8, 19)
        ref = None if ch == "social" else f.ref()
        c = f.customers[k]
        if ch == "long":
            body = f.pick(
                W.LONG_LETTER, lang, problem=f.pick(W.PROBLEM[problem], lang).rstrip(".").lower()
            )
            eid = f.add(
                k,
                t,
                "email",
                "message",
                body,
                subject=W.COMPLAINT_SUBJECT[lang] + W.PROBLEM_LABEL[problem][lang],
            )
            c["long_email"] = True
        else:
            eid = problem_contact(f, k, t, ch, problem, ref)
        if ref and ch != "chat":
            f.add(
                k,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "email",
                "message",
                f.pick(W.CASE_OPENED, lang, ref=ref),
                out=True,
                subject=W.CASE_SUBJECT[lang] + ref,
            )
        c.update(
            {
                "problem": problem,
                "channel": "email" if ch == "long" else ch,
                "booking": ref,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
            }
        )
        if detr:
            nps = f.rng.randint(1, 5)
            c.update(
                {
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.add(
                        k,
                        t + timedelta(minutes=f.rng.randint(100, 140)),
                        "survey",
                        "survey_response",
                        f.pick(W.LOW_WORD, lang) or None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        elif ref and i % 4 == 1:
            cs = f.rng.randint(1, 2)
            c.update(
                {
                    "csat_given": True,
                    "csat": cs,
                    "survey_event_id": f.add(
                        k,
                        t + timedelta(minutes=f.rng.randint(40, 80)),
                        "survey",
                        "survey_response",
                        f.pick(W.LOW_WORD, lang) or None,
                        scores={"csat": cs},
                        attrs={"survey": "csat"},
                    ),
                }
            )
        if ref and i % 2 == 0:
            g = night(t + timedelta(hours=f.rng.uniform(1, 4)))
            f.add(
                k,
                g,
                "email",
                "message",
                f.pick(W.GOOD_NEWS, lang, ref=ref),
                out=True,
                subject=W.CASE_SUBJECT[lang] + ref,
            )
            c["agent_fixed"] = True
            if i % 4 == 0:
                a = night(t + timedelta(hours=f.rng.uniform(16, 24)))
                c.update(
                    {
                        "apologised": True,
                        "apology_at": iso(a),
                        "apology_event_id": f.add(k, a, "chat", "chat", f.pick(W.APOLOGY, lang)),
                    }
                )
    for _ in range(8):
        k = f.person(f.lang(), "happy", "control", [], [])
        for d in f.rng.sample(range(12), f.rng.randint(4, 7)):
            f.happy(k, f.day_time(d))
    return {"detractor": 6}


def repeat_run(
    f: Fam, k: str, t0: datetime, problem: str, times: int, first_ch: str, lead: bool
) -> None:
    lang = f.customers[k]["language"]
    ref = f.ref()
    eids = [problem_contact(f, k, t0, first_ch, problem, ref)]
    if first_ch != "chat":
        if lead:
            f.add(
                k,
                t0 + timedelta(hours=f.rng.uniform(1.5, 2.5)),
                "email",
                "message",
                f.pick(W.QUALITY_LEAD, lang, ref=ref),
                out=True,
                subject=W.CASE_SUBJECT[lang] + ref,
            )
        else:
            f.add(
                k,
                t0 + timedelta(minutes=f.rng.randint(10, 40)),
                "email",
                "message",
                f.pick(W.CASE_OPENED, lang, ref=ref),
                out=True,
                subject=W.CASE_SUBJECT[lang] + ref,
            )
    later = [c for c in ["email", "chat", "phone", "web", "social"] if c != first_ch]
    f.rng.shuffle(later)
    t = t0
    comp = None
    for n in range(2, times + 1):
        t = night(t + timedelta(hours=f.rng.uniform(4, 40)))
        ch = later[n - 2]
        if n == 3:
            comp = f.rng.choice(COMPS)
            text = f.pick(W.THIRD, lang, ref=ref, comp=comp)
        elif n == 4:
            text = f.pick(W.FOURTH, lang, ref=ref)
        else:
            text = f.pick(W.FOLLOWUP, lang, ref=ref)
        if ch == "phone":
            text = text.lower().replace(".", "").replace(",", "").replace(":", "")
        kind = {
            "email": "message",
            "chat": "chat",
            "web": "ticket",
            "phone": "call",
            "social": "mention",
        }[ch]
        eids.append(
            f.add(
                k,
                t,
                ch,
                kind,
                text,
                subject=(W.CASE_SUBJECT[lang] + ref) if ch == "email" else None,
                attrs={"page": "/help"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            f.add(
                k,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                f.pick(W.URGENT, lang, ref=ref),
                out=True,
            )
    f.customers[k].update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": times,
            "channel": first_ch,
            "problem_event_ids": eids,
            "agent_passed_on": lead,
            "competitor": comp,
            "trouble_starts_at": iso(t0),
        }
    )


def fixed_run(f: Fam, k: str, t0: datetime, problem: str, ch: str) -> dict[str, Any]:
    lang = f.customers[k]["language"]
    ref = f.ref()
    eid = problem_contact(f, k, t0, ch, problem, ref)
    if ch != "chat":
        f.add(
            k,
            t0 + timedelta(minutes=f.rng.randint(10, 40)),
            "email",
            "message",
            f.pick(W.CASE_OPENED, lang, ref=ref),
            out=True,
            subject=W.CASE_SUBJECT[lang] + ref,
        )
    tf = night(t0 + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(
        k,
        tf,
        "email",
        "message",
        f.pick(W.GOOD_NEWS, lang, ref=ref),
        out=True,
        subject=W.CASE_SUBJECT[lang] + ref,
    )
    tc = night(tf + timedelta(hours=f.rng.uniform(8, 30)))
    cch = f.rng.choice(["email", "chat"])
    ceid = f.add(
        k,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        f.pick(W.CONFIRM, lang, ref=ref),
        subject=(W.CASE_SUBJECT[lang] + ref) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t0),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts(f: Fam) -> dict[str, int]:
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    for i in range(12):
        k = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(f.rng.randint(1, 3)):
            f.happy(k, f.day_time(0, 7, 12), surveys=False)
        repeat_run(
            f,
            k,
            f.day_time(1 + i % 4, 8, 19),
            list(W.PROBLEM)[i % 6],
            2 + i % 3,
            firsts[i],
            i % 2 == 0,
        )
    for i in range(5):
        k = f.person(f.lang(), "resolved_between_contacts", "fixed", [], ["silence"])
        f.happy(k, f.day_time(0, 7, 12), surveys=False)
        p = fixed_run(
            f,
            k,
            f.day_time(1 + i % 3, 8, 18),
            list(W.PROBLEM)[i % 6],
            f.rng.choice(["email", "web", "chat"]),
        )
        f.customers[k].update({"problems": [p], "trouble_starts_at": p["raised_at"]})
    for i in range(3):
        k = f.person(f.lang(), "different_problems", "two problems", [], ["silence"])
        p1 = fixed_run(f, k, f.day_time(1, 8, 16), list(W.PROBLEM)[i], "email")
        p2 = fixed_run(f, k, f.day_time(5 + i % 2, 8, 16), list(W.PROBLEM)[i + 3], "web")
        f.customers[k].update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
    for _ in range(7):
        k = f.person(f.lang(), "happy", "frequent writer", [], [])
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(k, f.day_time(d), surveys=False)
    return {"repeat_contact": 12}


def slide(f: Fam, k: str, start_day: int, span: int, lang_of: list[str] | None = None) -> None:
    c = f.customers[k]
    comp = f.rng.choice(COMPS)
    t = f.day_time(start_day, 8, 12)
    eids = []
    ratings = ["3", "3", "2", "2", "1", "1"]
    for s in range(6):
        lang = lang_of[s % 2] if lang_of else c["language"]
        text = W.SLIDE[lang][s].replace("{comp}", comp)
        ch = f.rng.choice(["social", "community", "web"])
        if ch == "web":
            eids.append(
                f.add(k, t, "web", "review", text, attrs={"rating": ratings[s], "page": "/reviews"})
            )
        else:
            eids.append(f.add(k, t, ch, "post" if ch == "community" else "mention", text))
        if s == 3 and c["expected_rules"].count("detractor"):
            nps = f.rng.randint(1, 5)
            c.update(
                {
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.add(
                        k,
                        night(t + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        t = night(t + timedelta(hours=max(1.0, span * 24 / 6 + f.rng.uniform(-3, 3))))
    c.update(
        {
            "slide_event_ids": eids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": f.rows[-1]["occurred_at"].isoformat()
            if False
            else iso(f.start + timedelta(days=start_day)),
        }
    )


SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def slow_churners(f: Fam) -> dict[str, int]:
    for i in range(10):
        lang = f.lang()
        exp = ["sentiment_drop", "detractor"] if i < 5 else ["sentiment_drop"]
        k = f.person(lang, "slow_churner", "slides", exp, SLIDE_TOL)
        for d in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.add(
                k,
                f.day_time(d),
                f.rng.choice(["social", "community"]),
                "post",
                f.pick(W.PRAISE, lang),
            )
        for d in f.rng.sample(range(11), f.rng.randint(2, 4)):
            f.happy(k, f.day_time(d), surveys=False)
        slide(f, k, 12 + i % 5, [3, 5, 9][i % 3])
    for i in range(5):
        lang = f.lang()
        k = f.person(
            lang,
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for d in f.rng.sample(range(15), f.rng.randint(4, 6)):
            f.happy(k, f.day_time(d), surveys=False)
        t = f.day_time(17 + i, 8, 18)
        ce = f.add(k, t, "email", "message", f.pick(W.CANCEL_REQ, lang), subject="Levitara Plus")
        f.add(
            k,
            night(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            f.pick(W.SORRY_GO, lang),
            out=True,
            subject="Re: Levitara Plus",
        )
        tc = night(t + timedelta(hours=f.rng.uniform(20, 30)))
        can = f.add(
            k,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/cancel", "product": "Levitara Plus monthly"},
        )
        f.customers[k].update(
            {
                "churn_intent_event_id": ce,
                "cancellation_event_id": can,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        k = f.person(f.lang(), "happy", "steady", [], [])
        for d in f.rng.sample(range(32), f.rng.randint(6, 10)):
            f.happy(k, f.day_time(d))
    for _ in range(5):
        lang = f.lang()
        k = f.person(lang, "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        gs = []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            gs.append(
                f.add(
                    k,
                    f.day_time(d),
                    ch,
                    "review" if ch == "web" else "post",
                    f.pick(W.GRUMBLE, lang),
                    attrs={"rating": "3", "page": "/reviews"} if ch == "web" else None,
                )
            )
            d += f.rng.randint(1, 3)
        f.customers[k].update(
            {
                "grumble_event_ids": gs,
                "trouble_starts_at": iso(f.rows[-len(gs)]["occurred_at"]) if False else None,
            }
        )
        f.customers[k]["trouble_starts_at"] = min(
            iso(r["occurred_at"]) for r in f.rows if r["event_id"] in gs
        )
    for _ in range(5):
        lang = f.lang()
        k = f.person(lang, "happy_one_sarcastic_remark", "happy", [], ["silence"])
        for d in f.rng.sample(range(16), f.rng.randint(3, 5)):
            f.happy(k, f.day_time(d), surveys=False)
        t = f.day_time(f.rng.randint(17, 28))
        f.customers[k].update(
            {
                "sarcasm_event_id": f.add(k, t, "social", "mention", f.pick(W.SARCASM, lang)),
                "trouble_starts_at": iso(t),
            }
        )
    return {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}


def quiet_hours(f: Fam) -> dict[str, int]:
    for _ in range(16):
        k = f.person(f.lang(), "happy", "day writer", [], [])
        for d in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy(k, f.day_time(d, 7, 17.5), surveys=False)
    for i in range(4):
        lang = f.lang()
        k = f.person(lang, "grumbles_once", "grumbles once", [], ["silence"])
        t = f.day_time(i % 3, 9, 16)
        f.add(k, t, "web", "page_view", None, attrs={"page": "/centres"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            g = f.add(k, t2, "chat", "chat", f.pick(W.MILD, lang))
            f.add(k, t2 + timedelta(minutes=4), "chat", "chat", f.pick(W.FORM_ACK, lang), out=True)
        else:
            g = f.add(k, t2, "web", "ticket", f.pick(W.MILD, lang), attrs={"page": "/help"})
            f.add(
                k,
                t2 + timedelta(minutes=30),
                "email",
                "message",
                f.pick(W.FORM_ACK, lang),
                out=True,
            )
        f.customers[k].update({"grumble_event_id": g, "trouble_starts_at": iso(t2)})
    for n in range(3):
        first = f.start + timedelta(days=n + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            bs = first + timedelta(minutes=off)
            for _ in range(4):
                lang = f.lang()
                k = f.person(lang, "night_owl", f"night {n + 1}, burst {b + 1}", [], [])
                t = bs + timedelta(minutes=f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    e = f.add(k, t, "social", "post", f.pick(W.NIGHT_POST, lang))
                else:
                    e = f.add(k, t, "chat", "chat", f.pick(W.NIGHT_Q, lang))
                    f.add(
                        k,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        f.pick(W.ANSWER, lang),
                        out=True,
                    )
                    f.add(k, t + timedelta(minutes=5), "chat", "chat", f.pick(W.THANKS, lang))
                f.customers[k].update({"burst_at": iso(bs), "night_event_id": e})
                if f.rng.random() < 0.5:
                    f.happy(k, f.day_time(n, 9, 17.5), surveys=False)
    return {}


PAIRS = [
    ("pt", "de"),
    ("de", "pt"),
    ("pt", "en"),
    ("de", "en"),
    ("en", "de"),
    ("de", "fr"),
    ("fr", "pt"),
    ("pt", "es"),
    ("es", "de"),
    ("it", "de"),
    ("pt", "it"),
    ("de", "es"),
]


def bilingual(f: Fam) -> dict[str, int]:
    def pair(i: int) -> tuple[str, str]:
        return PAIRS[i % len(PAIRS)]

    for i in range(12):
        a, b = pair(i)
        k = f.person(a, "happy", "alternates languages", [], [])
        f.customers[k]["languages"] = [a, b]
        for j, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            f.customers[k]["language"] = [a, b][j % 2]
            f.happy(k, f.day_time(d), surveys=False)
        f.customers[k]["language"] = a
    for i in range(5):
        a, b = pair(i + 3)
        k = f.person(a, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.customers[k]["languages"] = [a, b]
        f.happy(k, f.day_time(i % 2), surveys=False)
        repeat_run(
            f,
            k,
            f.day_time(2 + i % 3, 8, 18),
            list(W.PROBLEM)[i],
            [2, 2, 3, 3, 4][i],
            "email",
            i >= 2,
        )
    for i in range(5):
        a, b = pair(i + 6)
        k = f.person(a, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        f.customers[k]["languages"] = [a, b]
        for d in range(5):
            f.add(k, f.day_time(d), "social", "post", f.pick(W.PRAISE, [a, b][d % 2]))
        slide(f, k, 7 + i % 2, 3 + i % 3, [a, b])
    for i in range(3):
        a, b = pair(i + 1)
        k = f.person(a, "happy_one_bad_day", "one bad day", [], ["silence"])
        f.customers[k].update({"languages": [a, b], "bad_day_language": b})
        f.happy(k, f.day_time(1), surveys=False)
        f.customers[k]["language"] = b
        t = f.day_time(6 + i, 9, 17)
        ref = f.ref()
        eid = problem_contact(f, k, t, ["email", "email", "chat"][i], list(W.PROBLEM)[i + 2], ref)
        if i < 2:
            f.add(
                k,
                t + timedelta(minutes=20),
                "email",
                "message",
                f.pick(W.CASE_OPENED, b, ref=ref),
                out=True,
                subject=W.CASE_SUBJECT[b] + ref,
            )
        f.customers[k]["language"] = a
        f.customers[k].update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "booking": ref,
                "trouble_starts_at": iso(t),
            }
        )
    for i in range(2):
        a, b = pair(i + 8)
        k = f.person(a, "resolved_between_contacts", "fixed", [], ["silence"])
        f.customers[k]["languages"] = [a, b]
        p = fixed_run(f, k, f.day_time(3 + i, 9, 16), list(W.PROBLEM)[i], "web")
        f.customers[k].update({"problems": [p], "trouble_starts_at": p["raised_at"]})
    return {"repeat_contact": 5, "sentiment_drop": 5}


def office(f: Fam, day: int) -> datetime:
    return f.start + timedelta(days=day, hours=f.rng.uniform(8, 16.5))


def b2b_accounts(f: Fam) -> dict[str, int]:
    markets = [
        ("de", "DE"),
        ("pt", "PT"),
        ("de", "AT"),
        ("pt", "PT"),
        ("fr", "FR"),
        ("de", "DE"),
        ("es", "ES"),
        ("it", "IT"),
        ("de", "CH"),
        ("en", "UK"),
        ("pt", "PT"),
        ("de", "DE"),
        ("en", "IE"),
        ("pt", "PT"),
        ("de", "DE"),
    ]
    sites = [
        "consulting",
        "software",
        "hospital",
        "bank",
        "law firm",
        "call centre",
        "university",
        "insurer",
        "agency",
        "logistics",
        "hotel",
        "airline",
        "school",
        "municipality",
        "retail",
    ]
    probs = ["invoice", "portal", "service_blocked", "overbilled", "invoice"]
    nps_n = 0
    for ai in range(15):
        lang, mk = markets[ai]
        acc = f"LVW-{mk}-{4100 + ai * 7}"
        kind = "at_risk" if ai < 5 else "one_unhappy" if ai < 9 else "mild" if ai < 12 else "happy"
        ncont = f.rng.randint(4, 6) if ai < 5 else 3 if ai < 9 else f.rng.randint(3, 4)
        keys = []
        for ci in range(ncont):
            role = "contact"
            if (kind == "at_risk" and ci < (3 if ai < 3 else 4)) or (
                kind == "one_unhappy" and ci == 0
            ):
                role = "complainer"
            elif kind == "mild" and ci < 2:
                role = "suggests"
            persona = {
                "contact": "b2b_happy",
                "suggests": "b2b_mild",
                "complainer": "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy",
            }[role]
            tol = {
                "b2b_happy": [],
                "b2b_mild": ["silence"],
                "b2b_unhappy": [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ],
                "b2b_one_unhappy": ["sentiment_drop", "high_value_at_risk", "silence"],
            }[persona]
            k = f.person(lang, persona, role, [], list(tol), account=acc, market=mk)
            f.customers[k].update(
                {
                    "company": f"{sites[ai].title()} {LAST[lang][ai % len(LAST[lang])]}",
                    "role": role,
                    "job_title": "HR manager",
                    "job": "HR manager",
                }
            )
            keys.append(k)
        f.accounts[acc] = {
            "company": f.customers[keys[0]]["company"],
            "site": sites[ai],
            "contacts": ncont,
            "contact_keys": keys,
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": probs[ai] if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": mk,
        }
        for k in keys:
            c = f.customers[k]
            if c["role"] == "contact":
                for d in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4)):
                    b2b_happy_act(f, k, office(f, d))
            else:
                b2b_happy_act(f, k, office(f, f.rng.choice([0, 1])), high=False)
        a = f.accounts[acc]
        if kind == "at_risk":
            comp = [k for k in keys if f.customers[k]["role"] == "complainer"]
            ref = f.ref()
            t = f.start + timedelta(days=2, hours=f.rng.uniform(8, 11))
            first_name = f.customers[comp[0]]["name"].split()[0]
            eids_all = []
            for j, k in enumerate(comp):
                c = f.customers[k]
                if j == 0:
                    text = f.pick(W.B2B_PROBLEM[probs[ai]], lang)
                else:
                    text = (
                        f.pick(
                            W.B2B_FOLLOW,
                            lang,
                            ref=ref,
                            first=first_name,
                            day={
                                "pt": "na quarta",
                                "de": "am Mittwoch",
                                "en": "on Wednesday",
                                "fr": "mercredi",
                                "it": "mercoledi",
                                "es": "el miercoles",
                            }[lang],
                        )
                        + ". "
                        + f.pick(W.B2B_PROBLEM[probs[ai]], lang)
                    )
                e = f.add(
                    k, t, "email", "message", text, subject=W.COMPLAINT_SUBJECT[lang] + probs[ai]
                )
                if j == 0:
                    f.add(
                        k,
                        t + timedelta(minutes=40),
                        "email",
                        "message",
                        f.pick(W.CASE_OPENED, lang, ref=ref),
                        out=True,
                        subject=W.CASE_SUBJECT[lang] + ref,
                    )
                c.update(
                    {
                        "complaint_event_ids": [e],
                        "trouble_starts_at": iso(t),
                        "problem": probs[ai],
                        "booking": ref,
                    }
                )
                eids_all.append(e)
                if j < len(comp) - 1:
                    nps = f.rng.randint(1, 5)
                    nps_n += 1
                    c["expected_rules"] = ["detractor"]
                    c.update(
                        {
                            "nps_given": True,
                            "nps": nps,
                            "survey_event_id": f.add(
                                k,
                                t + timedelta(hours=f.rng.uniform(1, 3)),
                                "survey",
                                "survey_response",
                                None,
                                scores={"nps": nps},
                                attrs={"survey": "nps"},
                            ),
                        }
                    )
                    c["tolerated_rules"] = [r for r in c["tolerated_rules"]]
                else:
                    tl = t + timedelta(hours=f.rng.uniform(18, 40))
                    tl = to_office(tl)
                    if ai == 0:
                        cmp_name = f.rng.choice(COMPS)
                        e2 = f.add(
                            k,
                            tl,
                            "email",
                            "message",
                            f.pick(W.B2B_LAST_MAIL, lang, ref=ref, comp=cmp_name),
                            subject=W.CASE_SUBJECT[lang] + ref,
                        )
                        c["competitor"] = cmp_name
                    else:
                        e2 = f.add(k, tl, "phone", "call", f.pick(W.B2B_LAST_CALL, lang, ref=ref))
                    c["complaint_event_ids"].append(e2)
                    c["expected_rules"] = ["repeat_contact"]
                    c["tolerated_rules"] = [
                        r for r in c["tolerated_rules"] if r != "repeat_contact"
                    ]
                t = to_office(t + timedelta(hours=f.rng.uniform(8, 28)))
            a.update(
                {
                    "unhappy_contacts": len(comp),
                    "unhappy_contact_keys": comp,
                    "trouble_starts_at": f.customers[comp[0]]["trouble_starts_at"],
                }
            )
        elif kind == "one_unhappy":
            k = keys[0]
            c = f.customers[k]
            ref = f.ref()
            t = office(f, 3 + ai % 5)
            p = ["service_blocked", "overbilled", "portal", "invoice"][ai - 5]
            e = f.add(
                k,
                t,
                "email",
                "message",
                f.pick(W.B2B_PROBLEM[p], lang),
                subject=W.COMPLAINT_SUBJECT[lang] + p,
            )
            f.add(
                k,
                t + timedelta(minutes=35),
                "email",
                "message",
                f.pick(W.CASE_OPENED, lang, ref=ref),
                out=True,
                subject=W.CASE_SUBJECT[lang] + ref,
            )
            nps = f.rng.randint(1, 5)
            nps_n += 1
            c.update(
                {
                    "expected_rules": ["detractor"],
                    "complaint_event_ids": [e],
                    "problem": p,
                    "booking": ref,
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.add(
                        k,
                        t + timedelta(hours=2),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    ),
                }
            )
            a.update({"unhappy_contacts": 1, "unhappy_contact_keys": [k]})
        elif kind == "mild":
            for k in keys[:2]:
                t = office(f, f.rng.randint(3, 9))
                e = f.add(
                    k,
                    t,
                    "web",
                    "ticket",
                    f.pick(W.B2B_SUGGEST, lang),
                    attrs={"page": "/work/feedback"},
                )
                f.add(
                    k,
                    t + timedelta(minutes=50),
                    "email",
                    "message",
                    f.pick(W.FORM_ACK, lang),
                    out=True,
                )
                f.customers[k].update({"mild_event_id": e, "trouble_starts_at": iso(t)})
    return {"account_risk": 5, "detractor": nps_n, "repeat_contact": 5}


def to_office(t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
        if t.hour >= 17 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
        else:
            t = t.replace(hour=8)
    return t


def b2b_happy_act(f: Fam, k: str, t: datetime, high: bool = True) -> None:
    lang = f.customers[k]["language"]
    r = f.rng.random()
    if r < 0.4:
        f.add(k, t, "chat", "chat", f.pick(W.B2B_Q, lang))
        f.add(
            k,
            t + timedelta(minutes=f.rng.randint(1, 6)),
            "chat",
            "chat",
            f.pick(W.ANSWER, lang),
            out=True,
        )
        if f.rng.random() < 0.5:
            f.add(k, t + timedelta(minutes=8), "chat", "chat", f.pick(W.THANKS, lang))
    elif r < 0.6:
        name, price = f.rng.choice(W.B2B_PRODUCTS)
        f.add(k, t, "web", "page_view", None, attrs={"page": "/work/portal"})
        cur, val = money(f.customers[k]["country"], price)
        f.add(
            k,
            t + timedelta(minutes=5),
            "web",
            "purchase",
            None,
            attrs={"order_value": val, "currency": cur, "product": name, "page": "/work/checkout"},
        )
    elif r < 0.8 or not high:
        f.add(k, t, "web", "page_view", None, attrs={"page": "/work/portal"})
    elif r < 0.9:
        f.add(k, t, "community", "post", f.pick(W.B2B_PRAISE, lang))
    else:
        f.add(
            k,
            t,
            "survey",
            "survey_response",
            None,
            scores={"nps": f.rng.choice([9, 10])},
            attrs={"survey": "nps"},
        )


def topic_spike(f: Fam) -> dict[str, int]:
    for _ in range(40):
        k = f.person(f.lang(), "happy", "day writer", [], [])
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy(k, f.day_time(d, 12, 19) if d == 5 else f.day_time(d), surveys=False)
    for _ in range(2):
        lang = f.lang()
        k = f.person(lang, "grumbles_once", "grumbles once", [], ["silence"])
        t = f.day_time(0, 9, 16)
        g = f.add(k, t, "chat", "chat", f.pick(W.GRUMBLE, lang))
        f.add(k, t + timedelta(minutes=4), "chat", "chat", f.pick(W.FORM_ACK, lang), out=True)
        f.customers[k].update({"grumble_event_id": g, "trouble_starts_at": iso(t)})
    for lang, hh in [("pt", 9.6), ("de", 16.1)]:
        k = f.person(lang, "grumbles_once", "lone question", [], ["silence"])
        t = f.start + timedelta(days=3, hours=hh)
        e = f.add(k, t, "chat", "chat", f.pick(W.LONE_Q, lang))
        f.add(k, t + timedelta(minutes=5), "chat", "chat", f.pick(W.LONE_A, lang), out=True)
        f.customers[k].update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    langs = ["pt"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    s0 = f.start + timedelta(days=4, hours=9, minutes=20)
    offs = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    keys, eids, reps = [], [], []
    for i in range(20):
        lang = langs[i]
        regular = i % 5 < 3
        rep = i in (0, 2, 4, 6, 8, 10)
        k = f.person(
            lang,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if regular:
            f.happy(k, f.start + timedelta(days=2, hours=f.rng.uniform(8, 17.5)), surveys=False)
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.pick(W.SPIKE, lang)
        if ch == "social" and "@Levitara" not in text:
            text = "@Levitara " + text
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
            text.replace("@Levitara", "Levitara") if ch != "social" else text,
            subject="SLX-946" if ch == "email" else None,
            attrs={"page": "/help"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                k, t + timedelta(minutes=2), "chat", "chat", f.pick(W.SPIKE_ANSWER, lang), out=True
            )
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
            rch = ["email", "chat", "community"][(i // 2) % 3]
            if rch == ch:
                rch = "web" if ch != "web" else "email"
            rk = {"email": "message", "chat": "chat", "community": "post", "web": "ticket"}[rch]
            r = f.add(
                k,
                t + timedelta(minutes=f.rng.randint(15, 50)),
                rch,
                rk,
                f.pick(W.SPIKE_REPEAT, lang),
                attrs={"page": "/help"} if rch == "web" else None,
            )
            c["repeat_event_id"] = r
            reps.append(r)
        elif i in (1, 3, 5, 7, 9, 11):
            local = "12:40" if c["country"] not in ("UK", "IE", "PT") else "11:40"
            f.add(
                k,
                f.start + timedelta(days=4, hours=11, minutes=8 + i // 2),
                "email",
                "message",
                f.pick(W.SPIKE_FIXED, lang, time=local),
                out=True,
                subject="SLX-946",
            )
            c["agent_fixed"] = True
        keys.append(k)
        eids.append(e)
    f.spike = {
        "topic": "float-centre booking calendar shows every slot fully booked at every centre: no float can be booked, error SLX-946",
        "about": "booking app and website",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return {"topic_spike": 1, "repeat_contact": 6}


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        happy_writers,
        "happy customers, night writers and survey answerers",
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        one_bad_day,
        "happy customers with one angry moment",
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        repeat_contacts,
        "one open problem raised again and again",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        slow_churners,
        "slides, leavers, steady, grumpy and sarcastic",
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm weekend with night-owl bursts",
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        bilingual,
        "customers writing in two languages",
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        b2b_accounts,
        "Levitara Work accounts",
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 10, 26, tzinfo=UTC),
        7,
        topic_spike,
        "a calm week and one planted incident",
    ),
]


def main() -> None:
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, 1):
        f = Fam(name, code, n, start, days, about)
        expected = build(f)
        f.write(expected)


if __name__ == "__main__":
    main()
