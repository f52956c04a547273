# ruff: noqa: E501
"""Write heldout304 (Pagintra, textbook rental by post), blind. Standard library only."""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import wording as W  # noqa: E402

SEED = 20260919
BRAND = "Pagintra"
COMPETITORS = ("Livrolo", "Textamo")
MARKETS = {
    "pt": ["PT"],
    "es": ["ES"],
    "de": ["DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
}
PHONE = {
    "PT": "+3519",
    "ES": "+346",
    "DE": "+4915",
    "AT": "+43664",
    "CH": "+4179",
    "UK": "+447",
    "IE": "+3538",
    "FR": "+336",
    "BE": "+32470",
    "IT": "+393",
}
FIRST = {
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Marta", "Diogo", "Leonor", "Afonso"],
    "es": ["Lucía", "Pablo", "Carmen", "Javier", "Irene", "Sergio", "Nerea", "Álvaro"],
    "de": ["Lena", "Jonas", "Miriam", "Felix", "Hanna", "Lukas"],
    "en": ["Chloe", "Owen", "Niamh", "Callum"],
    "fr": ["Manon", "Hugo", "Léa", "Théo"],
    "it": ["Giulia", "Matteo", "Chiara", "Luca"],
}
LAST = {
    "pt": ["Ferreira", "Lopes", "Carvalho", "Pinto", "Moura"],
    "es": ["García", "Ruiz", "Navarro", "Ortega", "Castro"],
    "de": ["Brandt", "Vogel", "Keller", "Hoffmann"],
    "en": ["Walsh", "Hughes", "Murphy"],
    "fr": ["Martin", "Girard", "Lefèvre"],
    "it": ["Rossi", "Conti", "Greco"],
}
FLAT = str.maketrans("áàâãäçéèêëíìîïóòôõöúùûüÁÉÍÓÚÀÂÊÔÃÕÇ", "aaaaaceeeeiiiiooooouuuuAEIOUAAEOAOC")
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVER = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_B2B_RISK = [*T_REPEAT, "account_risk"]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def speech(s: str) -> str:
    for ch in ".,!?¿¡;:'\"()":
        s = s.replace(ch, "")
    return " ".join(s.lower().split())


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.cust: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.n = 0
        self.cases = 0
        self.fno = n

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        exp: tuple[str, ...] = (),
        tol: tuple[str, ...] | list[str] = (),
        account: str | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        self.n += 1
        lg = lang or self.lang()
        market = self.rng.choice(MARKETS[lg])
        first = self.rng.choice(FIRST[lg])
        last = self.rng.choice(LAST[lg])
        slug = f"{first}.{last}".lower().translate(FLAT)
        key = f"PG{self.code}{1000 + self.n}"
        email = f"{slug}.{self.code.lower()}{self.n}@{'campus' if account else 'mail'}.example"
        ids = {
            "customer_id": key,
            "email": email,
            "phone": f"{PHONE[market]}{self.fno}{self.n:06d}",
            "handle": None if account else f"@{slug.replace('.', '_')}{self.code.lower()}{self.n}",
            "account_id": account,
        }
        c = {
            "identifiers": ids,
            "expected_rules": sorted(exp),
            "tolerated_rules": sorted(tol),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c.update(extra)
        self.cust[key] = c
        return c

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))

    def case(self) -> str:
        self.cases += 1
        return f"PG-{self.fno}{self.cases:04d}"

    def add(
        self,
        t: datetime,
        c: dict[str, Any],
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
    ) -> str:
        eid = f"pg304-{self.code.lower()}-{len(self.rows) + 1:05d}"
        lg = lang or c["language"]
        if text is not None:
            text = text.replace("{b}", BRAND)
            if channel == "social" and not out:
                text = text.replace(BRAND, "@" + BRAND) if BRAND in text else f"@{BRAND} {text}"
            if channel == "phone":
                text = speech(text)
            elif not out and channel != "survey":
                text = self.roughen(text)
        a = {"market": c["country"], **(attrs or {})}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Sofia", "Marco", "Ana", "Jan", "Elena"])
        if text is not None:
            a["lang_hint"] = lg
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "customer": c,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": f"pagintra-{channel}",
                "attributes": a,
            }
        )
        return eid

    def roughen(self, s: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            s = s.translate(FLAT)
        if r.random() < 0.125:
            s = s[:1].lower() + s[1:]
        if r.random() < 1 / 7:
            words = s.split(" ")
            cands = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
            if cands:
                i = r.choice(cands)
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                s = " ".join(words)
        return s

    def pick(self, table: dict[str, list[str]], lg: str) -> str:
        return self.rng.choice(table[lg])

    # ---- acts -------------------------------------------------------------
    def happy(
        self, c: dict[str, Any], t: datetime, lg: str | None = None, surveys: bool = True
    ) -> None:
        lg = lg or c["language"]
        kinds = ["post", "chat", "buy", "review", "gripe", "phone", "view"] + (
            ["survey"] if surveys else []
        )
        k = self.rng.choice(kinds)
        if k == "post":
            ch = self.rng.choice(["social", "community"])
            self.add(
                t, c, ch, "mention" if ch == "social" else "post", self.pick(W.PRAISE, lg), lang=lg
            )
        elif k == "chat":
            self.add(t, c, "chat", "chat", self.pick(W.QUESTION, lg), lang=lg)
            self.add(
                t + timedelta(minutes=self.rng.randint(1, 6)),
                c,
                "chat",
                "chat",
                W.ANSWER[lg],
                out=True,
                lang=lg,
            )
            if self.rng.random() < 0.6:
                self.add(
                    t + timedelta(minutes=self.rng.randint(7, 10)),
                    c,
                    "chat",
                    "chat",
                    self.pick(W.THANKS, lg),
                    lang=lg,
                )
        elif k == "buy":
            self.add(t, c, "web", "page_view", attrs={"page": "/catalogo/engenharia"})
            v = self.rng.choice(["24.90", "39.90", "49.90"])
            self.add(
                t + timedelta(minutes=self.rng.randint(3, 15)),
                c,
                "web",
                "purchase",
                attrs={
                    "page": "/checkout",
                    "order_value": v,
                    "currency": "GBP"
                    if c["country"] == "UK"
                    else ("CHF" if c["country"] == "CH" else "EUR"),
                    "product": "Textbook rental, semester",
                },
            )
        elif k == "review":
            self.add(
                t,
                c,
                "web",
                "review",
                self.pick(W.PRAISE, lg),
                attrs={"rating": "5", "page": "/reviews"},
                lang=lg,
            )
        elif k == "gripe":
            self.add(t, c, "community", "post", self.pick(W.GRIPE_PRAISE, lg), lang=lg)
        elif k == "phone":
            self.add(t, c, "phone", "call", self.pick(W.QUESTION, lg), lang=lg)
            self.add(
                t + timedelta(minutes=self.rng.randint(8, 20)),
                c,
                "email",
                "message",
                W.ANSWER[lg],
                out=True,
                lang=lg,
            )
        elif k == "view":
            self.add(t, c, "web", "page_view", attrs={"page": "/app/my-books"})
        else:
            self.survey_good(c, t, lg)

    def survey_good(self, c: dict[str, Any], t: datetime, lg: str) -> None:
        s = self.rng.choice(["nps", "csat", "ces"])
        v = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[s]
        self.add(
            t,
            c,
            "survey",
            "survey_response",
            self.pick(W.SURVEY_WORD, lg) or None,
            scores={s: v},
            attrs={"survey": s},
            lang=lg,
        )

    def happy_days(
        self,
        c: dict[str, Any],
        days: list[int],
        h0: float = 7,
        h1: float = 19,
        surveys: bool = True,
    ) -> None:
        for d in days:
            self.happy(c, self.at(d, h0, h1), surveys=surveys)

    def days_pick(self, lo: int, hi: int, k: int, avoid: set[int] | None = None) -> list[int]:
        pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
        return sorted(self.rng.sample(pool, min(k, len(pool))))

    def complaint(
        self, c: dict[str, Any], t: datetime, problem: str, channel: str, lg: str | None = None
    ) -> str:
        lg = lg or c["language"]
        text = self.rng.choice(W.COMPLAINT[problem][lg])
        subj = f"{W.SUBJECT_COMPLAINT[lg]}: {problem.replace('_', ' ')}"
        if channel == "long":
            return self.add(
                t,
                c,
                "email",
                "message",
                self.pick(W.LETTER_OPEN, lg) + text + "." + W.LETTER_CLOSE[lg],
                subject=subj,
                lang=lg,
            )
        if channel == "email":
            return self.add(t, c, "email", "message", text, subject=subj, lang=lg)
        if channel == "chat":
            return self.add(t, c, "chat", "chat", text, lang=lg)
        if channel == "social":
            return self.add(t, c, "social", "mention", text, lang=lg)
        if channel == "web":
            return self.add(t, c, "web", "ticket", text, attrs={"page": "/help/contact"}, lang=lg)
        return self.add(t, c, "phone", "call", text, lang=lg)

    def reply(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        table: dict[str, str],
        ref: str,
        lg: str | None = None,
    ) -> str:
        lg = lg or c["language"]
        ch = "chat" if channel == "chat" else "email"
        return self.add(
            t,
            c,
            ch,
            "chat" if ch == "chat" else "message",
            table[lg].format(c=ref),
            out=True,
            subject=None if ch == "chat" else f"RE: {ref}",
            lang=lg,
        )

    def write(self) -> None:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        for r in self.rows:
            c = r["customer"]
            ids = c["identifiers"]
            key = ids["customer_id"]
            full = r["direction"] == "outbound" or (key not in seen and r["direction"] == "inbound")
            if r["direction"] == "inbound":
                seen.add(key)
            if full:
                ref = dict(ids)
            else:
                ref = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": ids["account_id"],
                }
                ch = r["channel"]
                if ch == "phone":
                    ref["phone"] = ids["phone"]
                elif ch in ("social", "community"):
                    if ids["handle"]:
                        ref["handle"] = ids["handle"]
                    else:
                        ref["email"] = ids["email"]
                elif ch == "email":
                    ref["email"] = ids["email"]
                else:
                    ref["customer_id"] = key
            r["customer"] = ref
            r["attributes"].pop("lang_hint", None)
        end = max(
            self.start + timedelta(days=self.days),
            datetime.fromisoformat(self.rows[-1]["occurred_at"].replace("Z", "+00:00"))
            + timedelta(hours=1),
        )
        expected: dict[str, int] = {}
        for c in self.cust.values():
            for rule in c["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": f"{BRAND}: textbook rental by post",
                "days": self.days,
                "seed": SEED,
                "written": "blind",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.cust,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as f:
            for r in self.rows:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def workday(t: datetime) -> datetime:
    while t.weekday() >= 5:
        t += timedelta(days=1)
    return t


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers", "HW", 1, d0(2026, 2, 9), 10, "happy day and night writers, survey-only"
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.days_pick(0, 9, f.rng.randint(5, 8)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.days_pick(0, 8, f.rng.randint(2, 4)):
            t = f.at(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.add(t, c, "social", "post", f.pick(W.NIGHT, c["language"]))
            else:
                lg = c["language"]
                f.add(t, c, "chat", "chat", f.pick(W.NIGHT_Q, lg))
                f.add(t + timedelta(minutes=3), c, "chat", "chat", W.NIGHT_A[lg], out=True)
                f.add(t + timedelta(minutes=6), c, "chat", "chat", f.pick(W.THANKS, lg))
        f.happy_days(c, f.days_pick(0, 9, 2), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.days_pick(0, 9, f.rng.randint(3, 6)):
            f.survey_good(c, f.at(d, 8, 20), c["language"])
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, d0(2026, 3, 9), 12, "one bad day each, detractors, controls")
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    with_case = 0
    for i, ch in enumerate(chans):
        lg = ("es", "pt")[i % 2] if ch == "long" else None
        prob = W.PROBLEMS[i % 4]
        c = f.person(
            "happy_one_bad_day",
            "one bad day",
            lang=lg,
            tol=("silence",),
            problem=prob,
            channel=ch,
            long_email=ch == "long",
        )
        day = f.rng.randint(2, 9)
        f.happy_days(
            c, f.days_pick(0, 11, f.rng.randint(1, 5), set(range(day - 1, day + 3))), surveys=False
        )
        t = f.at(day, 8, 20)
        eid = f.complaint(c, t, prob, ch)
        c.update(bad_day_at=iso(t), bad_day_event_id=eid, trouble_starts_at=iso(t), booking=None)
        if ch == "social":
            continue
        ref = f.case()
        c["booking"] = ref
        f.reply(
            c,
            t + timedelta(minutes=f.rng.randint(1, 6) if ch == "chat" else f.rng.randint(10, 40)),
            ch,
            W.CASE_OPENED,
            ref,
        )
        k = with_case
        with_case += 1
        lgc = c["language"]
        if k < 6:
            s = f.rng.randint(1, 5)
            c.update(
                persona="bad_day_detractor", expected_rules=["detractor"], nps_given=True, nps=s
            )
            c["survey_event_id"] = f.add(
                t + timedelta(minutes=f.rng.randint(100, 140)),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": s},
                attrs={"survey": "nps"},
            )
        elif k < 11:
            s = f.rng.randint(1, 2)
            c.update(csat_given=True, csat=s)
            c["survey_event_id"] = f.add(
                t + timedelta(minutes=f.rng.randint(40, 80)),
                c,
                "survey",
                "survey_response",
                f.pick(W.LOW_CSAT_WORD, lgc) or None,
                scores={"csat": s},
                attrs={"survey": "csat"},
            )
        if k % 20 < 12:
            gt = t + timedelta(hours=f.rng.uniform(1, 4))
            if gt.hour >= 21 or gt.hour < 7:
                gt = gt.replace(hour=8) + (timedelta(days=1) if gt.hour >= 21 else timedelta())
            f.reply(c, gt, "email", W.GOOD_NEWS, ref)
            c["agent_fixed"] = True
            if k in (0, 2, 4, 7, 9):
                at = t + timedelta(hours=f.rng.uniform(16, 24))
                if at.hour < 8:
                    at = at.replace(hour=9)
                c.update(apologised=True, apology_at=iso(at))
                c["apology_event_id"] = f.add(at, c, "chat", "chat", f.pick(W.APOLOGY, lgc))
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.days_pick(0, 11, f.rng.randint(4, 7)))
    return f


def later_channel(f: Fam, used: list[str]) -> str:
    return f.rng.choice([x for x in ["email", "chat", "phone", "web", "social"] if x not in used])


def repeat_run(
    f: Fam,
    c: dict[str, Any],
    t: datetime,
    prob: str,
    n: int,
    escalate: bool,
    alt: str | None = None,
) -> None:
    lg1 = c["language"]
    ch = f.rng.choice(["web", "email", "chat", "phone"])
    ref = f.case()
    eids = [f.complaint(c, t, prob, ch)]
    f.reply(
        c,
        t + timedelta(minutes=f.rng.randint(10, 40) if ch != "chat" else 3),
        ch,
        W.CASE_OPENED,
        ref,
    )
    if escalate:
        f.reply(c, t + timedelta(hours=f.rng.uniform(1.5, 2.5)), "email", W.ESCALATED, ref)
    used = [ch]
    comp = None
    for i in range(2, n + 1):
        lg = alt if alt and i % 2 == 0 else lg1
        t = t + timedelta(hours=f.rng.uniform(4, 40))
        if t.hour >= 22 or t.hour < 7:
            t = t.replace(hour=8, minute=f.rng.randint(0, 59)) + (
                timedelta(days=1) if t.hour >= 22 else timedelta()
            )
        ch2 = later_channel(f, used)
        used.append(ch2)
        text = f.pick(W.STILL_OPEN, lg).format(c=ref)
        if i == 3:
            comp = f.rng.choice(COMPETITORS)
            text += W.THIRD[lg].format(x=comp)
        if i == 4:
            text += W.FOURTH[lg]
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch2]
        eids.append(
            f.add(
                t,
                c,
                ch2,
                kind,
                text,
                subject=f"RE: {ref}" if ch2 == "email" else None,
                attrs={"page": "/help/contact"} if ch2 == "web" else None,
                lang=lg,
            )
        )
        if ch2 == "chat":
            f.add(
                t + timedelta(minutes=3),
                c,
                "chat",
                "chat",
                W.URGENT[lg].format(c=ref),
                out=True,
                lang=lg,
            )
    c.update(
        problem=prob,
        booking=ref,
        contacts=n,
        channels=used,
        problem_event_ids=eids,
        agent_passed_on=escalate,
        competitor=comp,
        trouble_starts_at=f.rows[-1]["occurred_at"] if False else iso(f.start),
        channel=used[0],
    )
    c["trouble_starts_at"] = next(r["occurred_at"] for r in f.rows if r["event_id"] == eids[0])


def fixed_run(
    f: Fam, c: dict[str, Any], t: datetime, prob: str, lg2: str | None = None
) -> dict[str, Any]:
    ch = f.rng.choice(["web", "email", "chat"])
    ref = f.case()
    e = f.complaint(c, t, prob, ch)
    f.reply(c, t + timedelta(minutes=20), ch, W.CASE_OPENED, ref)
    ft = t + timedelta(hours=f.rng.uniform(3, 20))
    if ft.hour >= 21 or ft.hour < 7:
        ft = ft.replace(hour=9) + (timedelta(days=1) if ft.hour >= 21 else timedelta())
    f.reply(c, ft, "email", W.GOOD_NEWS, ref, lg=lg2)
    ct = ft + timedelta(hours=f.rng.uniform(8, 30))
    if ct.hour >= 21 or ct.hour < 7:
        ct = ct.replace(hour=10) + (timedelta(days=1) if ct.hour >= 21 else timedelta())
    cch = f.rng.choice(["email", "chat"])
    lg = lg2 or c["language"]
    ce = f.add(
        ct,
        c,
        cch,
        "message" if cch == "email" else "chat",
        f.pick(W.CONFIRM, lg).format(c=ref),
        subject=f"RE: {ref}" if cch == "email" else None,
        lang=lg,
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(ft),
        "confirmed_at": iso(ct),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0(2026, 4, 13),
        10,
        "repeat contacts, fixed, two problems, frequent writers",
    )
    for i in range(12):
        c = f.person("repeat_contact", "repeats", exp=("repeat_contact",), tol=T_REPEAT)
        f.happy(c, f.at(0, 7, 12))
        repeat_run(f, c, f.at(1 + i % 4, 8, 19), W.PROBLEMS[i % 4], 2 + i % 3, i < 6)
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tol=("silence",))
        f.happy(c, f.at(0, 7, 12))
        c["problems"] = [fixed_run(f, c, f.at(1 + i % 3, 8, 17), W.PROBLEMS[i % 4])]
    for i in range(3):
        c = f.person("different_problems", "two problems", tol=("silence",))
        c["problems"] = [
            fixed_run(f, c, f.at(0.5, 8, 17), W.PROBLEMS[i]),
            fixed_run(f, c, f.at(5, 8, 17), W.PROBLEMS[i + 1]),
        ]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in f.days_pick(0, 9, f.rng.randint(5, 8)):
            f.happy(c, f.at(d, 8, 19))
    return f


def slide(f: Fam, c: dict[str, Any], start_day: int, span: int, alt: str | None = None) -> None:
    comp = f.rng.choice(COMPETITORS)
    eids = []
    t = f.at(start_day, 8, 12)
    step = span * 24 / 6
    for i in range(6):
        lg = alt if alt and i % 2 == 1 else c["language"]
        text = W.SLIDE[lg][i].replace("{x}", comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            eids.append(
                f.add(
                    t,
                    c,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                    lang=lg,
                )
            )
        else:
            eids.append(f.add(t, c, ch, "mention" if ch == "social" else "post", text, lang=lg))
        if i == 3 and c.get("nps_given"):
            st = t + timedelta(hours=f.rng.uniform(2.5, 3.5))
            if st.hour >= 21 or st.hour < 7:
                st = st.replace(hour=9) + (timedelta(days=1) if st.hour >= 21 else timedelta())
            c["survey_event_id"] = f.add(
                st,
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": c["nps"]},
                attrs={"survey": "nps"},
            )
        t = t + timedelta(hours=max(1.2, step * f.rng.uniform(0.8, 1.2)))
        if t.hour >= 21 or t.hour < 7:
            t = t.replace(hour=8, minute=f.rng.randint(0, 59)) + (
                timedelta(days=1) if t.hour >= 21 else timedelta()
            )
    c.update(slide_event_ids=eids, slide_days=span, competitor=comp)
    c["trouble_starts_at"] = next(r["occurred_at"] for r in f.rows if r["event_id"] == eids[0])


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners", "SC", 4, d0(2026, 5, 4), 32, "sliders, leavers, steady, grumpy, sarcastic"
    )
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            exp=("sentiment_drop",) + (("detractor",) if i < 5 else ()),
            tol=T_SLIDE,
        )
        if i < 5:
            c.update(nps_given=True, nps=f.rng.randint(1, 5))
        for d in f.days_pick(0, 10, f.rng.randint(4, 5)):
            f.add(
                f.at(d, 8, 20),
                c,
                f.rng.choice(["social", "community"]),
                "post",
                f.pick(W.PRAISE, c["language"]),
            )
        f.happy_days(c, f.days_pick(0, 10, f.rng.randint(2, 4)), surveys=False)
        slide(f, c, f.rng.randint(12, 16), [3, 5, 9][i % 3])
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", exp=("churn_intent",), tol=T_LEAVER)
        f.happy_days(c, f.days_pick(0, 15, f.rng.randint(4, 6)), surveys=False)
        t = f.at(f.rng.randint(17, 23), 9, 17)
        lg = c["language"]
        c["churn_intent_event_id"] = f.add(
            t,
            c,
            "email",
            "message",
            f.pick(W.CHURN, lg),
            subject="Plano Semestre" if lg == "pt" else "Plan Semestre",
        )
        f.reply(c, t + timedelta(hours=f.rng.uniform(1, 5)), "email", W.SORRY_GO, "")
        ct = t + timedelta(hours=f.rng.uniform(20, 30))
        c["cancellation_event_id"] = f.add(
            ct,
            c,
            "web",
            "cancellation",
            attrs={"page": "/account/plan", "product": "Semestre plan"},
        )
        c.update(churn_at=iso(ct), trouble_starts_at=iso(t))
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.days_pick(0, 30, f.rng.randint(6, 10)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tol=("repeat_contact", "silence"))
        d = f.rng.randint(0, 4)
        ge = []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            ge.append(
                f.add(
                    f.at(d, 8, 20),
                    c,
                    ch,
                    {"social": "mention", "community": "post", "web": "ticket"}[ch],
                    f.pick(W.GRUMBLE, c["language"]),
                    attrs={"page": "/help/contact"} if ch == "web" else None,
                )
            )
            d += f.rng.randint(1, 3)
        c.update(grumble_event_ids=ge)
        c["trouble_starts_at"] = next(r["occurred_at"] for r in f.rows if r["event_id"] == ge[0])
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tol=("silence",))
        f.happy_days(c, f.days_pick(0, 16, f.rng.randint(3, 5)), surveys=False)
        c["sarcasm_event_id"] = f.add(
            f.at(f.rng.randint(17, 28), 9, 20),
            c,
            "social",
            "mention",
            f.pick(W.SARCASM, c["language"]),
        )
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, d0(2026, 6, 19), 3, "a calm weekend with night owls")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.days_pick(0, 2, f.rng.randint(1, 3)), 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tol=("silence",))
        t = f.at(f.rng.randint(0, 2), 9, 16)
        f.add(t, c, "web", "page_view", attrs={"page": "/lockers"})
        lg = c["language"]
        if i < 2:
            e = f.add(t + timedelta(minutes=25), c, "chat", "chat", f.pick(W.MILD_GRUMBLE, lg))
            f.add(t + timedelta(minutes=29), c, "chat", "chat", W.MILD_ANSWER[lg], out=True)
        else:
            e = f.add(
                t + timedelta(minutes=25),
                c,
                "web",
                "ticket",
                f.pick(W.MILD_GRUMBLE, lg),
                attrs={"page": "/help/contact"},
            )
            f.reply(c, t + timedelta(minutes=55), "email", W.MILD_ANSWER, "")
        c.update(grumble_event_id=e, trouble_starts_at=iso(t + timedelta(minutes=25)))
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for burst, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}", burst_at=iso(bt))
                t = bt + timedelta(minutes=f.rng.uniform(0, 10))
                lg = c["language"]
                if f.rng.random() < 0.5:
                    c["night_event_id"] = f.add(t, c, "chat", "chat", f.pick(W.NIGHT_Q, lg))
                    f.add(t + timedelta(minutes=4), c, "chat", "chat", W.NIGHT_A[lg], out=True)
                    f.add(t + timedelta(minutes=7), c, "chat", "chat", f.pick(W.THANKS, lg))
                else:
                    c["night_event_id"] = f.add(t, c, "social", "post", f.pick(W.NIGHT, lg))
                if f.rng.random() < 0.5:
                    f.happy(c, f.at(f.rng.randint(0, 2), 9, 17.5))
    return f


PAIRS = [
    ("pt", "es"),
    ("es", "pt"),
    ("es", "en"),
    ("pt", "en"),
    ("pt", "fr"),
    ("es", "de"),
    ("es", "it"),
    ("pt", "de"),
    ("de", "es"),
    ("en", "pt"),
    ("fr", "es"),
    ("it", "pt"),
]


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d0(2026, 7, 6), 14, "customers alternating two languages")

    def bi(
        persona: str,
        habit: str,
        i: int,
        exp: tuple[str, ...] = (),
        tol: tuple[str, ...] | list[str] = (),
    ) -> tuple[dict[str, Any], str]:
        a, b = PAIRS[i % len(PAIRS)]
        c = f.person(
            persona,
            habit,
            lang=a,
            exp=exp,
            tol=tol,
            languages=[a, b],
            job_second_language=W.BILINGUAL_WHY[b],
        )
        return c, b

    for i in range(12):
        c, b = bi("happy", "alternates languages", i)
        for j, d in enumerate(f.days_pick(0, 13, f.rng.randint(5, 8))):
            f.happy(c, f.at(d, 8, 20), lg=b if j % 2 else None)
    for i in range(5):
        c, b = bi("repeat_contact", "repeats", i + 3, exp=("repeat_contact",), tol=T_REPEAT)
        f.happy(c, f.at(0, 8, 12))
        n = [2, 2, 3, 3, 4][i]
        repeat_run(f, c, f.at(2 + i % 3, 8, 18), W.PROBLEMS[i % 4], n, n > 2, alt=b)
    for i in range(5):
        c, b = bi("slow_churner", "slides", i + 5, exp=("sentiment_drop",), tol=T_SLIDE)
        for j, d in enumerate(f.days_pick(0, 5, 5)):
            f.add(
                f.at(d, 8, 20), c, "social", "post", f.pick(W.PRAISE, b if j % 2 else c["language"])
            )
        f.happy_days(c, f.days_pick(0, 5, f.rng.randint(1, 3)), surveys=False)
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), alt=b)
    for i in range(3):
        c, b = bi("happy_one_bad_day", "one bad day", i + 1, tol=("silence",))
        day = f.rng.randint(5, 9)
        f.happy_days(c, f.days_pick(0, 13, 3, set(range(day - 1, day + 3))), surveys=False)
        t = f.at(day, 9, 18)
        ch = ["long", "email", "chat"][i]
        e = f.complaint(c, t, W.PROBLEMS[i], ch, lg=b)
        ref = f.case()
        f.reply(c, t + timedelta(minutes=20), ch, W.CASE_OPENED, ref, lg=b)
        c.update(
            bad_day_at=iso(t),
            bad_day_event_id=e,
            bad_day_language=b,
            booking=ref,
            trouble_starts_at=iso(t),
            long_email=ch == "long",
            problem=W.PROBLEMS[i],
        )
        if i < 2:
            f.reply(c, t + timedelta(hours=2), "email", W.GOOD_NEWS, ref, lg=b)
        if i == 1:
            c["apology_event_id"] = f.add(
                t + timedelta(hours=20), c, "chat", "chat", f.pick(W.APOLOGY, b), lang=b
            )
            c["apologised"] = True
    for i in range(2):
        c, b = bi("resolved_between_contacts", "fixed", i + 7, tol=("silence",))
        f.happy(c, f.at(0, 8, 12))
        c["problems"] = [fixed_run(f, c, f.at(3 + i, 9, 15), W.PROBLEMS[i], lg2=b)]
        c["confirm_language"] = b
    return f


B2B_LANG = [
    "pt",
    "es",
    "pt",
    "es",
    "de",
    "es",
    "pt",
    "en",
    "fr",
    "pt",
    "es",
    "it",
    "es",
    "pt",
    "de",
]
SITES = ["school", "university", "training", "academy", "library"]


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, d0(2026, 10, 12), 14, "Pagintra Campus accounts")
    wd = ["segunda", "terça", "quarta"]
    for a in range(15):
        lg = B2B_LANG[a]
        acc = f"PGC-{MARKETS[lg][0]}-{4100 + a}"
        kind = "at_risk" if a < 5 else "one_unhappy" if a < 9 else "mild" if a < 12 else "happy"
        n_comp = (
            (3 if a < 3 else 4)
            if kind == "at_risk"
            else 1
            if kind == "one_unhappy"
            else 2
            if kind == "mild"
            else 0
        )
        ncont = max(3, n_comp + f.rng.randint(0, 2))
        prob = W.B2B_PROBLEMS[a % 3]
        company = f"{['Escola', 'Colegio', 'Akademie', 'Institute', 'Lycée', 'Istituto'][W.LANGS.index(lg)]} {a + 1}"
        keys, unhappy = [], []
        first_name, ref, t = "", "", f.start + timedelta(days=2, hours=9)
        for k in range(ncont):
            role = (
                "complainer"
                if k < n_comp and kind != "mild"
                else "suggests"
                if k < n_comp
                else "contact"
            )
            if kind == "at_risk" and role == "complainer":
                c = f.person(
                    "b2b_unhappy",
                    role,
                    lang=lg,
                    exp=("repeat_contact",) if k == n_comp - 1 else (),
                    tol=[r for r in T_B2B_RISK if not (k == n_comp - 1 and r == "repeat_contact")],
                    account=acc,
                    company=company,
                    role=role,
                    job_title="Coordinator",
                )
            elif role == "complainer":
                c = f.person(
                    "b2b_one_unhappy",
                    role,
                    lang=lg,
                    exp=("detractor",),
                    tol=T_B2B_ONE,
                    account=acc,
                    company=company,
                    role=role,
                    job_title="Office manager",
                )
            elif role == "suggests":
                c = f.person(
                    "b2b_mild",
                    role,
                    lang=lg,
                    tol=("silence",),
                    account=acc,
                    company=company,
                    role=role,
                    job_title="Librarian",
                )
            else:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    lang=lg,
                    account=acc,
                    company=company,
                    role=role,
                    job_title="Teacher",
                )
            key = c["identifiers"]["customer_id"]
            keys.append(key)
            for d in f.days_pick(
                0,
                1 if role != "contact" else 11,
                f.rng.randint(0, 2) if role != "contact" else f.rng.randint(2, 4),
            ):
                tt = f.at(d, 8, 16.5)
                if d % 7 >= 5:
                    continue
                f.add(tt, c, "chat", "chat", W.B2B_Q[lg])
                f.add(tt + timedelta(minutes=3), c, "chat", "chat", W.B2B_A[lg], out=True)
            if role == "complainer":
                unhappy.append(key)
                if kind == "at_risk":
                    text = W.B2B_COMPLAINT[prob][lg]
                    if k > 0:
                        text = (
                            W.B2B_ALSO[lg]
                            .format(n=first_name, d=wd[min(k - 1, 2)] if lg == "pt" else "", c=ref)
                            .replace("  ", " ")
                            + text
                        )
                    e = f.add(
                        t, c, "email", "message", text, subject=f"{W.SUBJECT_COMPLAINT[lg]}: Campus"
                    )
                    if k == 0:
                        first_name = c["name"].split()[0]
                        ref = f.case()
                        f.reply(c, t + timedelta(minutes=30), "email", W.CASE_OPENED, ref)
                    ces = [e]
                    if k < n_comp - 1:
                        s = f.rng.randint(1, 5)
                        c["expected_rules"] = sorted([*c["expected_rules"], "detractor"])
                        c.update(nps_given=True, nps=s)
                        c["survey_event_id"] = f.add(
                            t + timedelta(hours=f.rng.uniform(1, 3)),
                            c,
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": s},
                            attrs={"survey": "nps"},
                        )
                    else:
                        lt = workday((t + timedelta(days=1)).replace(hour=f.rng.randint(9, 15)))
                        ces.append(f.add(lt, c, "phone", "call", W.B2B_LAST[lg].format(c=ref)))
                    c.update(
                        complaint_event_ids=ces, trouble_starts_at=iso(t), booking=ref, problem=prob
                    )
                    t = t + timedelta(hours=f.rng.uniform(20, 26))
                    t = workday(t.replace(hour=f.rng.randint(9, 15)))
                else:
                    tt = f.at(f.rng.randint(3, 4), 9, 16)
                    e = f.add(
                        tt,
                        c,
                        "email",
                        "message",
                        W.B2B_COMPLAINT[prob][lg],
                        subject=f"{W.SUBJECT_COMPLAINT[lg]}: Campus",
                    )
                    r2 = f.case()
                    f.reply(c, tt + timedelta(minutes=40), "email", W.CASE_OPENED, r2)
                    s = f.rng.randint(1, 5)
                    c.update(
                        nps_given=True,
                        nps=s,
                        complaint_event_ids=[e],
                        trouble_starts_at=iso(tt),
                        booking=r2,
                        problem=prob,
                    )
                    c["survey_event_id"] = f.add(
                        tt + timedelta(hours=2),
                        c,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": s},
                        attrs={"survey": "nps"},
                    )
            elif role == "suggests":
                tt = f.at(f.rng.randint(2, 4), 9, 16)
                c["mild_event_id"] = f.add(
                    tt,
                    c,
                    "web",
                    "ticket",
                    f.pick(W.B2B_MILD, lg),
                    attrs={"page": "/campus/feedback"},
                )
                f.reply(c, tt + timedelta(minutes=50), "email", W.MILD_ANSWER, "")
                c["trouble_starts_at"] = iso(tt)
            else:
                f.survey_good(c, f.at(f.rng.choice([7, 8, 9]), 9, 16), lg)
        f.accounts[acc] = {
            "company": company,
            "site": SITES[a % 5],
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": iso(f.start + timedelta(days=2, hours=9))
            if kind == "at_risk"
            else None,
            "language": lg,
            "country": MARKETS[lg][0],
        }
        if kind == "at_risk":
            first = next(
                r
                for r in f.rows
                if r["customer"]["identifiers"]["account_id"] == acc
                and r["direction"] == "inbound"
                and r["kind"] == "message"
            )
            f.accounts[acc]["trouble_starts_at"] = first["occurred_at"]
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, d0(2026, 9, 14), 7, "a calm week and a Saturday spike")
    s0 = d0(2026, 9, 19) + timedelta(hours=8, minutes=20)
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.days_pick(0, 5, f.rng.randint(1, 4)):
            f.happy(c, f.at(d, 12 if d == 5 else 8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tol=("silence",))
        t = f.at(0, 9, 16)
        c["grumble_event_id"] = f.add(t, c, "chat", "chat", f.pick(W.MILD_GRUMBLE, c["language"]))
        f.add(t + timedelta(minutes=4), c, "chat", "chat", W.MILD_ANSWER[c["language"]], out=True)
        c["trouble_starts_at"] = iso(t)
    for lg, h in (("pt", 9.6), ("es", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lg, tol=("silence",))
        t = f.start + timedelta(days=4, hours=h)
        c["lone_report_event_id"] = f.add(t, c, "chat", "chat", W.LONE_Q[lg])
        f.add(t + timedelta(minutes=5), c, "chat", "chat", W.LONE_A[lg], out=True)
        c["trouble_starts_at"] = iso(t)
    langs = ["pt"] * 6 + ["es"] * 6 + ["de", "de", "en", "en", "fr", "fr", "it", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    keys, eids, reps = [], [], []
    for i in range(20):
        regular = i < 12
        rep = i in (0, 1, 3, 4, 6, 7)
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            exp=("repeat_contact",) if rep else (),
            tol=("sentiment_drop", "silence") if rep else ("silence",),
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy(c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=(i * 45) // 19)
        ch = chans[i]
        lg = c["language"]
        text = f.pick(W.SPIKE, lg)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            t,
            c,
            ch,
            kind,
            text,
            subject="RL#2207" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(t + timedelta(minutes=2), c, "chat", "chat", W.SPIKE_CHAT_A[lg], out=True)
        keys.append(c["identifiers"]["customer_id"])
        eids.append(e)
        c.update(spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t))
        if rep and t < s0 + timedelta(minutes=20):
            ch2 = "email" if ch != "email" else "chat"
            r = f.add(
                t + timedelta(minutes=f.rng.randint(15, 40)),
                c,
                ch2,
                "message" if ch2 == "email" else "chat",
                W.SPIKE_AGAIN[lg],
            )
            reps.append(r)
            c["repeat_event_id"] = r
        elif rep:
            c.update(persona="spike_reporter", expected_rules=[], tolerated_rules=["silence"])
        elif not regular and len([k for k in f.cust.values() if k.get("agent_fixed")]) < 6:
            f.reply(
                c,
                d0(2026, 9, 19) + timedelta(hours=11, minutes=8 + i % 9),
                "email",
                W.WORKS_AGAIN,
                "",
            )
            c["agent_fixed"] = True
    f.spike = {
        "topic": "return-label QR codes refused at parcel lockers, books cannot be returned, error RL#2207",
        "about": "textbook returns blocked at lockers",
        "channel": None,
        "start": iso(s0),
        "end": max(r["occurred_at"] for r in f.rows if r["event_id"] in eids),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
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
    for build in FAMILIES:
        build().write()


if __name__ == "__main__":
    main()
