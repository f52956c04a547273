# ruff: noqa: E501
"""Write heldout297's eight families (Lumetta, candle workshops and kits), written blind.

Standard library only; seeded; one random.Random per family. Run from anywhere.
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

SEED = 20260919
LIMIT = datetime(2026, 11, 1, tzinfo=UTC)
MARKETS = {
    "fr": ["FR", "FR", "BE", "CH"],
    "pt": ["PT"],
    "es": ["ES"],
    "de": ["DE", "AT", "CH"],
    "it": ["IT", "CH"],
    "en": ["UK", "IE"],
}
PHONE = {
    "FR": "+336",
    "BE": "+324",
    "CH": "+417",
    "PT": "+3519",
    "ES": "+346",
    "DE": "+4915",
    "AT": "+43664",
    "IT": "+393",
    "UK": "+447",
    "IE": "+3538",
}
FIRST = {
    "fr": ["Camille", "Léa", "Manon", "Julien", "Chloé", "Hugo", "Inès", "Sophie"],
    "pt": ["Inês", "Joana", "Beatriz", "Tiago", "Marta", "Rui", "Catarina", "Sofia"],
    "es": ["Lucía", "Marta", "Pablo", "Elena"],
    "de": ["Anna", "Jonas", "Lena", "Katrin"],
    "it": ["Giulia", "Marco", "Chiara", "Sara"],
    "en": ["Emma", "Olivia", "Tom", "Grace"],
}
LAST = {
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard"],
    "pt": ["Silva", "Santos", "Ferreira", "Costa", "Oliveira", "Almeida"],
    "es": ["García", "López", "Romero", "Navarro"],
    "de": ["Becker", "Wolf", "Krüger", "Hahn"],
    "it": ["Rossi", "Bianchi", "Greco", "Conti"],
    "en": ["Walsh", "Hughes", "Price", "Byrne"],
}
DAY = timedelta(days=1)
H = timedelta(hours=1)
M = timedelta(minutes=1)
ALL_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    email: str
    phone: str
    handle: str
    account: str | None
    truth: dict[str, Any]
    seen: bool = False


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    n: int
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[tuple[datetime, int, dict[str, Any]]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0
    used: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        account: str | None = None,
        market: str | None = None,
        **extra: Any,
    ) -> Cust:
        r = self.rng
        lg = lang or self.lang()
        mk = market or r.choice(MARKETS[lg])
        first, last = r.choice(FIRST[lg]), r.choice(LAST[lg])
        key = self.uniq(lambda: f"LM{self.code}{r.randint(1000, 9999)}")
        plain = strip(f"{first}.{last}").lower().replace(" ", "")
        dom = (
            f"{account.split('-')[-1].lower()}co.example"
            if account
            else r.choice(["mail.example", "post.example", "correo.example", "web.example"])
        )
        email = self.uniq(lambda: f"{plain}{r.randint(1, 99)}@{dom}")
        phone = self.uniq(
            lambda: (
                PHONE[mk]
                + "".join(
                    str(r.randint(0, 9))
                    for _ in range(12 - len(PHONE[mk]) + 1 + (1 if mk in ("DE", "AT") else 0))
                )
            )
        )
        handle = (
            ""
            if account
            else self.uniq(
                lambda: (
                    "@"
                    + strip(
                        r.choice([f"{first}_{last}", f"{last}{first[0]}", f"{first}{last}"])
                    ).lower()
                    + str(r.randint(1, 99))
                )
            )
        )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle or None,
                "account_id": account,
            },
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        truth.update(extra)
        c = Cust(key, lg, mk, f"{first} {last}", email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    def add(
        self,
        t: datetime,
        c: Cust,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        assert datetime(2026, 1, 1, tzinfo=UTC) <= t < LIMIT, t
        self.seq += 1
        eid = f"lm297-{self.code.lower()}-{self.seq:05d}"
        cust: dict[str, Any]
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle or None,
            "account_id": c.account,
        }
        if out or not c.seen:
            cust = full
            if not out:
                c.seen = True
        elif channel == "phone":
            cust = {"phone": c.phone}
        elif channel in ("social", "community"):
            cust = {"handle": c.handle} if c.handle else {"email": c.email}
        elif channel == "email":
            cust = {"email": c.email}
        else:
            cust = {"customer_id": c.key}
        if c.account:
            cust["account_id"] = c.account
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Margaux", "Nuno", "Alba", "Svenja", "Irene", "Rob"])
        a.update(attrs or {})
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        row: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": cust,
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": f"lumetta-{channel}",
            "attributes": a,
        }
        self.rows.append((t, self.seq, row))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip(text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def t(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + day * DAY + timedelta(minutes=int(self.rng.uniform(h0, h1) * 60))

    def write(self) -> None:
        self.rows.sort(key=lambda x: (x[0], x[1]))
        last = self.rows[-1][0]
        end = max(self.start + self.days * DAY, last + H)
        assert end < LIMIT
        expected: dict[str, int] = {}
        for c in self.custs.values():
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "business": "Lumetta: candle-making workshops, kits by post, Lumetta Club; Lumetta Équipe team workshops on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind, heldout297",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for _, _, row in self.rows:
                f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip(s: str) -> str:
    s = (
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", s)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )


def pick(f: Fam, table: dict[str, list[str]], lang: str) -> str:
    return f.rng.choice(table[lang])


def speech(text: str) -> str:
    keep = "".join(ch for ch in text.lower() if ch.isalnum() or ch in " '+-")
    return " ".join(keep.split())


def happy(f: Fam, c: Cust, day: int, h0: float = 7, h1: float = 19) -> None:
    r, lg = f.rng, c.lang
    t = f.t(day, h0, h1)
    k = r.randrange(7)
    if k == 0:
        f.add(t, c, "social", "mention", pick(f, W.PRAISE, lg))
    elif k == 1:
        f.add(
            t, c, "community", "post", pick(f, W.GRIPE_PRAISE if r.random() < 0.3 else W.PRAISE, lg)
        )
    elif k == 2:
        f.add(t, c, "chat", "chat", pick(f, W.QUESTION, lg))
        f.add(t + r.randint(1, 6) * M, c, "chat", "chat", W.ANSWER[lg], out=True)
        if r.random() < 0.6:
            f.add(t + r.randint(7, 12) * M, c, "chat", "chat", pick(f, W.THANKS, lg))
    elif k == 3:
        f.add(t, c, "phone", "call", pick(f, W.PHONE_Q, lg))
        f.add(t + r.randint(10, 40) * M, c, "email", "message", W.PHONE_FOLLOWUP[lg], out=True)
    elif k == 4:
        p, v = r.choice(W.PRODUCTS)
        page = r.choice(W.PAGES)
        f.add(t, c, "web", "page_view", attrs={"page": page})
        cur, val = (
            ("GBP", v * 0.86)
            if c.market in ("UK",)
            else (("CHF", v * 0.94) if c.market == "CH" else ("EUR", v))
        )
        f.add(
            t + r.randint(3, 15) * M,
            c,
            "web",
            "purchase",
            attrs={"page": page, "product": p, "order_value": f"{val:.2f}", "currency": cur},
        )
    elif k == 5:
        f.add(
            t,
            c,
            "web",
            "review",
            pick(f, W.REVIEW, lg),
            attrs={"rating": str(r.choice([4, 5, 5])), "page": "/avis"},
        )
    else:
        f.add(t, c, "web", "page_view", attrs={"page": r.choice(W.PAGES)})


def survey_good(f: Fam, c: Cust, t: datetime) -> None:
    r = f.rng
    k = r.choice(["nps", "csat", "ces"])
    sc = (
        {"nps": r.randint(9, 10)}
        if k == "nps"
        else ({"csat": r.randint(4, 5)} if k == "csat" else {"ces": r.randint(6, 7)})
    )
    f.add(
        t,
        c,
        "survey",
        "survey_response",
        pick(f, W.SURVEY_WORD, c.lang) or None,
        scores=sc,
        attrs={"survey": k},
    )


def days_sample(f: Fam, n: int, lo: int, hi: int) -> list[int]:
    return sorted(f.rng.sample(range(lo, hi), min(n, hi - lo)))


def case(f: Fam) -> str:
    return f.uniq(lambda: f"LM-{f.rng.randint(100000, 999999)}")


def office(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + DAY
        t = base.replace(hour=8, minute=t.minute % 60)
    return t


def complaint(
    f: Fam, c: Cust, t: datetime, channel: str, prob: str, long: bool = False
) -> tuple[str, str | None]:
    lg, r = c.lang, f.rng
    body = pick(f, {k: v[prob] for k, v in W.PROBLEM.items()}, lg) + ". " + pick(f, W.ANGRY_END, lg)
    subj = W.COMPLAINT_SUBJECT[lg] + W.TOPIC[lg][prob]
    ref: str | None = case(f)
    if long and lg in W.LONG_OPEN:
        body = r.choice(W.LONG_OPEN[lg]) + body + W.LONG_CLOSE[lg].format(n=c.name.split()[0])
    if channel == "email":
        f.add(t, c, "email", "message", body, subj)
    elif channel == "chat":
        f.add(t, c, "chat", "chat", body)
        f.add(
            t + r.randint(1, 5) * M,
            c,
            "chat",
            "chat",
            W.AGENT_OPENED[lg].format(n=c.name.split()[0], c=ref),
            out=True,
        )
        return ref or "", ref
    elif channel == "social":
        f.add(t, c, "social", "mention", "@Lumetta " + body)
        return "", None
    elif channel == "web":
        f.add(t, c, "web", "ticket", body, subj, attrs={"page": "/contact"})
    else:
        f.add(t, c, "phone", "call", speech(body))
    f.add(
        office(t + r.randint(10, 40) * M),
        c,
        "email",
        "message",
        W.AGENT_OPENED[lg].format(n=c.name.split()[0], c=ref),
        W.CASE_SUBJECT[lg].format(c=ref),
        out=True,
    )
    return ref or "", ref


def fam_happy(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in days_sample(f, f.rng.randint(5, 8), 0, 10):
            happy(f, c, d)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in days_sample(f, f.rng.randint(2, 4), 0, 9):
            t = f.start + d * DAY + timedelta(hours=22, minutes=f.rng.randint(12, 59 + 6 * 60 - 30))
            if f.rng.random() < 0.5:
                f.add(t, c, "social", "post", pick(f, W.NIGHT_POST, c.lang))
            else:
                f.add(t, c, "chat", "chat", pick(f, W.NIGHT_Q, c.lang))
                f.add(t + 3 * M, c, "chat", "chat", W.NIGHT_A[c.lang], out=True)
                f.add(t + 8 * M, c, "chat", "chat", pick(f, W.THANKS, c.lang))
        for d in days_sample(f, f.rng.randint(2, 3), 0, 10):
            happy(f, c, d, 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in days_sample(f, f.rng.randint(3, 6), 0, 10):
            survey_good(f, c, f.t(d, 8, 20))


def fam_bad_day(f: Fam) -> None:
    r = f.rng
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    probs = list(W.PROBLEMS) * 4
    r.shuffle(probs)
    with_case = []
    for i, ch in enumerate(chans):
        lang = r.choice(["fr", "pt"]) if ch == "long" else None
        c = f.person(
            "happy_one_bad_day", "one bad day", lang=lang, problem=probs[i], tolerated=None
        )
        c.truth.pop("tolerated")
        c.truth["tolerated_rules"] = ["silence"]
        bd = r.randint(2, 9)
        for d in days_sample(f, r.randint(1, 5), 0, 12):
            if d <= bd - 2 or d >= bd + 3:
                happy(f, c, d)
        t = f.t(bd, 8, 20)
        ref, booking = complaint(
            f, c, t, "email" if ch == "long" else ch, probs[i], long=ch == "long"
        )
        eid = (
            f.rows[-2][2]["event_id"]
            if booking and ch != "chat"
            else (f.rows[-2][2]["event_id"] if ch == "chat" else f.rows[-1][2]["event_id"])
        )
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "channel": ch,
                "booking": booking,
                "long_email": ch == "long",
            }
        )
        if booking:
            with_case.append((c, t, ref))
    r.shuffle(with_case)
    for i, (c, t, ref) in enumerate(with_case):
        lg, n = c.lang, c.name.split()[0]
        if i < 6:
            c.truth["persona"] = "bad_day_detractor"
            c.truth["expected_rules"] = ["detractor"]
            nps = r.randint(1, 5)
            e = f.add(
                t + r.randint(100, 140) * M,
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": e})
        elif i < 11:
            cs = r.randint(1, 2)
            e = f.add(
                t + r.randint(40, 80) * M,
                c,
                "survey",
                "survey_response",
                pick(f, W.LOW_CSAT, lg) or None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": cs, "survey_event_id": e})
        if i >= 8:
            g = office(t + timedelta(minutes=r.randint(60, 240)))
            f.add(
                g,
                c,
                "email",
                "message",
                W.AGENT_GOOD_NEWS[lg].format(n=n, c=ref),
                W.CASE_SUBJECT[lg].format(c=ref),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i >= 15:
                a = office(t + timedelta(hours=r.randint(16, 24)))
                e = f.add(a, c, "chat", "chat", pick(f, W.APOLOGY, lg))
                c.truth.update({"apologised": True, "apology_at": iso(a), "apology_event_id": e})
    for _ in range(8):
        c = f.person("happy", "control")
        for d in days_sample(f, r.randint(4, 7), 0, 12):
            happy(f, c, d)


LATER = ["email", "chat", "phone", "web", "social"]


def repeat_run(
    f: Fam, c: Cust, prob: str, t: datetime, times: int, first: str, escalate: bool
) -> None:
    r, lg, n = f.rng, c.lang, c.name.split()[0]
    ref, _ = complaint(f, c, t, first, prob)
    ids = [f.rows[-2][2]["event_id"]]
    if escalate:
        f.add(
            office(t + timedelta(minutes=r.randint(90, 150))),
            c,
            "email",
            "message",
            W.AGENT_ESCALATED[lg].format(n=n, c=ref),
            W.CASE_SUBJECT[lg].format(c=ref),
            out=True,
        )
    chans = [ch for ch in LATER if ch != first]
    r.shuffle(chans)
    comp = None
    for k in range(1, times):
        t = office(t + timedelta(hours=r.uniform(4, 40)))
        txt = (
            pick(f, W.STILL_OPEN, lg).format(c=ref)
            + " "
            + pick(f, {k2: v[prob] for k2, v in W.PROBLEM.items()}, lg)
            + "."
        )
        if k == 2:
            comp = r.choice(W.COMPETITORS)
            txt += " " + pick(f, W.THIRD, lg).format(x=comp)
        if k == 3:
            txt += " " + W.FOURTH[lg]
        ch = chans[k - 1]
        if ch == "email":
            e = f.add(t, c, "email", "message", txt, W.CASE_SUBJECT[lg].format(c=ref))
        elif ch == "chat":
            e = f.add(t, c, "chat", "chat", txt)
            f.add(t + 3 * M, c, "chat", "chat", W.AGENT_URGENT[lg].format(n=n, c=ref), out=True)
        elif ch == "phone":
            e = f.add(t, c, "phone", "call", speech(txt))
        elif ch == "web":
            e = f.add(
                t,
                c,
                "web",
                "ticket",
                txt,
                W.CASE_SUBJECT[lg].format(c=ref),
                attrs={"page": "/contact"},
            )
        else:
            e = f.add(t, c, "social", "mention", "@Lumetta " + txt)
        ids.append(e)
    c.truth.update(
        {
            "problem": prob,
            "booking": ref,
            "contacts": times,
            "agent_passed_on": escalate,
            "problem_event_ids": ids,
            "competitor": comp,
            "trouble_starts_at": (ids and c.truth.get("trouble_starts_at")) or "",
        }
    )


def fixed_run(
    f: Fam, c: Cust, prob: str, t: datetime, ch: str, lang2: str | None = None
) -> dict[str, Any]:
    r = f.rng
    ref, _ = complaint(f, c, t, ch, prob)
    pid = f.rows[-2][2]["event_id"]
    lg = lang2 or c.lang
    g = office(t + timedelta(hours=r.uniform(3, 20)))
    f.add(
        g,
        c,
        "email",
        "message",
        W.AGENT_GOOD_NEWS[lg].format(n=c.name.split()[0], c=ref),
        W.CASE_SUBJECT[lg].format(c=ref),
        out=True,
    )
    cf = office(g + timedelta(hours=r.uniform(8, 30)))
    cch = r.choice(["email", "chat"])
    e = f.add(
        cf,
        c,
        cch,
        "message" if cch == "email" else "chat",
        pick(f, W.CONFIRM, lg).format(c=ref),
        W.CASE_SUBJECT[lg].format(c=ref) if cch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(cf),
        "problem_event_ids": [pid],
        "confirm_event_id": e,
        "channel": ch,
        "confirm_channel": cch,
    }


def fam_repeat(f: Fam) -> None:
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    times = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(times)
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        c.truth["expected_rules"] = ["repeat_contact"]
        c.truth["tolerated_rules"] = list(ALL_TOL)
        for _ in range(r.randint(1, 3)):
            happy(f, c, 0, 7, 12)
        t = f.t(r.randint(1, 4), 8, 19)
        c.truth["trouble_starts_at"] = iso(t)
        repeat_run(f, c, r.choice(W.PROBLEMS), t, times[i], firsts[i], i < 6)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        c.truth["tolerated_rules"] = ["silence"]
        happy(f, c, 0)
        t = f.t(r.randint(1, 5), 8, 18)
        c.truth["problems"] = [
            fixed_run(f, c, r.choice(W.PROBLEMS), t, r.choice(["web", "email", "chat"]))
        ]
        c.truth["trouble_starts_at"] = iso(t)
    for _ in range(3):
        c = f.person("different_problems", "two problems")
        c.truth["tolerated_rules"] = ["silence"]
        p1, p2 = r.sample(W.PROBLEMS, 2)
        t1 = f.t(1, 9, 16)
        t2 = t1 + timedelta(days=r.randint(4, 5))
        c.truth["problems"] = [fixed_run(f, c, p1, t1, "web"), fixed_run(f, c, p2, t2, "email")]
        c.truth["trouble_starts_at"] = iso(t1)
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in days_sample(f, r.randint(5, 8), 0, 10):
            happy(f, c, d)


def slide(f: Fam, c: Cust, d0: int, span: int, nps: bool, step_fn: Any = None) -> None:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    ids = []
    t = f.t(d0, 9, 12)
    for k in range(6):
        lg = step_fn(k) if step_fn else c.lang
        txt = W.SLIDE[lg][k].format(x=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            e = f.add(
                t,
                c,
                "web",
                "review",
                txt,
                attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/avis"},
            )
        else:
            e = f.add(
                t,
                c,
                ch,
                "mention" if ch == "social" else "post",
                ("@Lumetta " + txt) if ch == "social" else txt,
            )
        ids.append(e)
        if k == 3 and nps:
            n = r.randint(1, 5)
            s = f.add(
                office(t + timedelta(hours=r.uniform(2.5, 3.5))),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": n},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": n, "survey_event_id": s})
            c.truth["expected_rules"].append("detractor")
        t = office(t + max(H, timedelta(hours=span * 24 / 6 * r.uniform(0.7, 1.1))))
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": f.rows[-1][2]["occurred_at"] if False else iso_of(f, ids[0]),
        }
    )


def iso_of(f: Fam, eid: str) -> str:
    for _, _, row in f.rows:
        if row["event_id"] == eid:
            return str(row["occurred_at"])
    raise KeyError(eid)


def fam_slow(f: Fam) -> None:
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.person("slow_churner", "slides")
        c.truth["expected_rules"] = ["sentiment_drop"]
        c.truth["tolerated_rules"] = [
            "repeat_contact",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]
        for d in days_sample(f, r.randint(4, 5), 0, 11):
            f.add(
                f.t(d, 8, 20),
                c,
                r.choice(["social", "community"]),
                "post",
                pick(f, W.PRAISE, c.lang),
            )
        for d in days_sample(f, r.randint(2, 4), 0, 11):
            happy(f, c, d)
        slide(f, c, r.randint(12, 16), spans[i], i < 5)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        c.truth["expected_rules"] = ["churn_intent"]
        c.truth["tolerated_rules"] = [
            "sentiment_drop",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]
        for d in days_sample(f, r.randint(4, 6), 0, 15):
            happy(f, c, d)
        t = f.t(r.randint(17, 23), 9, 18)
        e = f.add(t, c, "email", "message", pick(f, W.LEAVE, c.lang), "Lumetta Club")
        f.add(
            office(t + timedelta(hours=r.uniform(1, 5))),
            c,
            "email",
            "message",
            W.AGENT_BYE[c.lang].format(n=c.name.split()[0]),
            "Re: Lumetta Club",
            out=True,
        )
        ct = office(t + timedelta(hours=r.uniform(20, 30)))
        x = f.add(
            ct,
            c,
            "web",
            "cancellation",
            attrs={"page": "/club/resilier", "product": "Lumetta Club"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in days_sample(f, r.randint(6, 10), 0, 32):
            happy(f, c, d)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        c.truth["tolerated_rules"] = ["repeat_contact", "silence"]
        d = r.randint(0, 4)
        ids = []
        for _ in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web"])
            t = f.t(d, 9, 20)
            txt = pick(f, W.GRUMBLE, c.lang)
            if ch == "web":
                ids.append(
                    f.add(t, c, "web", "review", txt, attrs={"rating": "3", "page": "/avis"})
                )
            else:
                ids.append(f.add(t, c, ch, "post", txt))
            d += r.randint(1, 3)
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso_of(f, ids[0])})
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        c.truth["tolerated_rules"] = ["silence"]
        for d in days_sample(f, r.randint(3, 5), 0, 16):
            happy(f, c, d)
        e = f.add(f.t(r.randint(17, 28), 9, 20), c, "social", "post", pick(f, W.SARCASM, c.lang))
        c.truth["sarcasm_event_id"] = e


def fam_quiet(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in days_sample(f, r.randint(1, 3), 0, 3):
            happy(f, c, d, 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once")
        c.truth["tolerated_rules"] = ["silence"]
        d = r.randint(0, 2)
        t = f.t(d, 9, 16)
        f.add(t, c, "web", "page_view", attrs={"page": "/ateliers"})
        t2 = t + r.randint(20, 30) * M
        e = f.add(t2, c, "chat", "chat", pick(f, W.MILD, c.lang))
        f.add(t2 + 4 * M, c, "chat", "chat", W.MILD_A[c.lang], out=True)
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t2)})
    for night in range(3):
        b0 = f.start + (night + 1) * DAY + timedelta(minutes=r.randint(40, 65))
        for b, off in enumerate([0, r.randint(28, 33), r.randint(55, 65)]):
            bs = b0 + off * M
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + r.randint(0, 9) * M
                if r.random() < 0.5:
                    e = f.add(t, c, "social", "post", pick(f, W.NIGHT_POST, c.lang))
                else:
                    e = f.add(t, c, "chat", "chat", pick(f, W.NIGHT_Q, c.lang))
                    f.add(t + 3 * M, c, "chat", "chat", W.NIGHT_A[c.lang], out=True)
                    f.add(t + 7 * M, c, "chat", "chat", pick(f, W.THANKS, c.lang))
                c.truth.update({"burst_at": iso(bs), "night_event_id": e})
                if r.random() < 0.5:
                    happy(f, c, r.randint(0, 2), 9, 17.5)


PAIRS = [
    ("fr", "pt"),
    ("pt", "fr"),
    ("fr", "en"),
    ("pt", "es"),
    ("fr", "de"),
    ("pt", "en"),
    ("fr", "it"),
    ("es", "pt"),
    ("de", "fr"),
    ("it", "fr"),
    ("en", "pt"),
    ("pt", "fr"),
]
PAIR_MARKET = {"fr": "BE", "pt": "PT", "es": "ES", "de": "CH", "it": "CH", "en": "IE"}


def fam_bilingual(f: Fam) -> None:
    r = f.rng
    k = 0

    def bi(persona: str, habit: str) -> tuple[Cust, str]:
        nonlocal k
        a, b = PAIRS[k % len(PAIRS)]
        k += 1
        c = f.person(
            persona,
            habit,
            lang=a,
            market=PAIR_MARKET[a] if r.random() < 0.5 else PAIR_MARKET[b],
            languages=[a, b],
            job_second_language=r.choice(
                ["works across the border", "partner's language", "grew up there"]
            ),
        )
        return c, b

    for _ in range(12):
        c, b = bi("happy", "alternates languages")
        for j, d in enumerate(days_sample(f, r.randint(5, 8), 0, 14)):
            c.lang = [c.truth["language"], b][j % 2]
            happy(f, c, d)
        c.lang = c.truth["language"]
    for i in range(5):
        c, b = bi("repeat_contact", "repeats")
        c.truth["expected_rules"] = ["repeat_contact"]
        c.truth["tolerated_rules"] = list(ALL_TOL)
        happy(f, c, r.randint(0, 1), 8, 12)
        t = f.t(r.randint(2, 5), 8, 18)
        c.truth["trouble_starts_at"] = iso(t)
        n = [2, 2, 3, 3, 4][i]
        repeat_run(f, c, r.choice(W.PROBLEMS), t, n, "web", n >= 3)
    for _ in range(5):
        c, b = bi("slow_churner", "slides")
        c.truth["expected_rules"] = ["sentiment_drop"]
        c.truth["tolerated_rules"] = [
            "repeat_contact",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]
        a = c.lang
        for j, d in enumerate(range(0, 6)):
            if d == 5 or j < 5:
                lg = [a, b][j % 2]
                f.add(f.t(d, 8, 20), c, "community", "post", pick(f, W.PRAISE, lg))
        for _ in range(r.randint(1, 3)):
            happy(f, c, r.randint(0, 5))
        slide(f, c, r.randint(7, 8), r.randint(3, 5), False, lambda s, a=a, b=b: [a, b][s % 2])
    for i in range(3):
        c, b = bi("happy_one_bad_day", "one bad day")
        c.truth["tolerated_rules"] = ["silence"]
        happy(f, c, 1)
        c.lang = b
        t = f.t(r.randint(4, 9), 9, 18)
        ch = ["email", "email", "chat"][i]
        ref, _ = complaint(f, c, t, ch, r.choice(W.PROBLEMS), long=(i == 0))
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": f.rows[-2][2]["event_id"],
                "bad_day_language": b,
                "booking": ref,
                "trouble_starts_at": iso(t),
            }
        )
        if ch == "email":
            f.add(
                office(t + 2 * H),
                c,
                "email",
                "message",
                W.AGENT_GOOD_NEWS[b].format(n=c.name.split()[0], c=ref),
                W.CASE_SUBJECT[b].format(c=ref),
                out=True,
            )
        c.lang = c.truth["language"]
    for _ in range(2):
        c, b = bi("resolved_between_contacts", "fixed")
        c.truth["tolerated_rules"] = ["silence"]
        t = f.t(r.randint(3, 8), 9, 17)
        c.truth["problems"] = [fixed_run(f, c, r.choice(W.PROBLEMS), t, "web", lang2=b)]
        c.truth.update({"confirm_language": b, "trouble_starts_at": iso(t)})


def fam_b2b(f: Fam) -> None:
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    risk_probs = ["invoice", "no_host", "portal", "invoice", "overbilled"]
    langs = [
        "fr",
        "pt",
        "fr",
        "pt",
        "es",
        "fr",
        "pt",
        "de",
        "it",
        "fr",
        "en",
        "pt",
        "fr",
        "de",
        "pt",
    ]
    for i, kind in enumerate(kinds):
        lg = langs[i]
        mk = r.choice(MARKETS[lg])
        aid = f.uniq(lambda mk=mk: f"LMT-{mk}-{r.randint(1000, 9999)}")
        n_contacts = 3 if kind in ("one_unhappy",) else r.randint(4, 5) if kind == "at_risk" else 3
        cs = [
            f.person(
                "b2b_happy",
                "contact",
                lang=lg,
                account=aid,
                market=mk,
                company=f"Company {aid}",
                role="contact",
                job_title="HR coordinator",
            )
            for _ in range(n_contacts)
        ]
        acc: dict[str, Any] = {
            "company": f"Company {aid}",
            "site": r.choice(["bank", "agency", "hotel", "school", "clinic"]),
            "contacts": n_contacts,
            "contact_keys": [c.key for c in cs],
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lg,
            "country": mk,
        }
        f.accounts[aid] = acc
        for c in cs:
            t = f.t(r.randint(0, 1), 8, 16.5)
            f.add(t, c, "chat", "chat", W.B2B[lg]["q"])
            f.add(t + 3 * M, c, "chat", "chat", W.ANSWER[lg], out=True)
        if kind == "at_risk":
            prob = risk_probs[i]
            nc = 4 if i in (3, 4) else 3
            comp = cs[:nc]
            t = f.start + 2 * DAY + timedelta(hours=9, minutes=r.randint(0, 90))
            ref = case(f)
            acc.update(
                {
                    "unhappy_contacts": nc,
                    "unhappy_contact_keys": [c.key for c in comp],
                    "same_problem": prob,
                    "trouble_starts_at": iso(t),
                    "expected_rules": ["account_risk"],
                }
            )
            first = comp[0]
            for j, c in enumerate(comp):
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "habit": "complainer",
                        "role": "complainer",
                        "expected_rules": ["detractor"] if j < nc - 1 else ["repeat_contact"],
                        "tolerated_rules": [*ALL_TOL, "account_risk"],
                    }
                )
                txt = (
                    W.B2B[lg][prob]
                    if j == 0
                    else W.B2B[lg]["later"].format(
                        n=first.name.split()[0], d=t.strftime("%d/%m"), c=ref
                    )
                    + W.B2B[lg][prob]
                )
                e = f.add(
                    t,
                    c,
                    "email",
                    "message",
                    txt,
                    W.COMPLAINT_SUBJECT[lg] + prob if j == 0 else W.CASE_SUBJECT[lg].format(c=ref),
                )
                ids = [e]
                if j == 0:
                    f.add(
                        t + 30 * M,
                        c,
                        "email",
                        "message",
                        W.AGENT_OPENED[lg].format(n=c.name.split()[0], c=ref),
                        W.CASE_SUBJECT[lg].format(c=ref),
                        out=True,
                    )
                if j < nc - 1:
                    nps = r.randint(1, 5)
                    s = f.add(
                        t + timedelta(hours=r.uniform(1, 3)),
                        c,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": s})
                else:
                    t2 = office(t + timedelta(hours=r.uniform(18, 30)))
                    if t2.hour > 16:
                        t2 = t2.replace(hour=9) + DAY
                    x = r.choice(W.COMPETITORS)
                    if i == 0:
                        ids.append(
                            f.add(
                                t2,
                                c,
                                "email",
                                "message",
                                W.B2B[lg]["last"].format(c=ref, x=x),
                                W.CASE_SUBJECT[lg].format(c=ref),
                            )
                        )
                        c.truth["competitor"] = x
                    else:
                        ids.append(f.add(t2, c, "phone", "call", W.B2B_CALL_LAST[lg].format(c=ref)))
                c.truth.update(
                    {
                        "problem": prob,
                        "booking": ref,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t),
                        "company": acc["company"],
                    }
                )
                t = office(t + timedelta(hours=r.uniform(8, 20)))
                if t.hour > 16:
                    t = t.replace(hour=9) + DAY
                if t.weekday() >= 5:
                    t += (7 - t.weekday()) * DAY
        elif kind == "one_unhappy":
            c = cs[0]
            prob = r.choice(W.B2B_PROBLEMS)
            t = f.t(r.randint(3, 7), 9, 15)
            if t.weekday() >= 5:
                t += (7 - t.weekday()) * DAY
            ref = case(f)
            e = f.add(t, c, "email", "message", W.B2B[lg][prob], W.COMPLAINT_SUBJECT[lg] + prob)
            f.add(
                t + 40 * M,
                c,
                "email",
                "message",
                W.AGENT_OPENED[lg].format(n=c.name.split()[0], c=ref),
                W.CASE_SUBJECT[lg].format(c=ref),
                out=True,
            )
            nps = r.randint(1, 5)
            s = f.add(
                t + 2 * H,
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "expected_rules": ["detractor"],
                    "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                    "problem": prob,
                    "booking": ref,
                    "complaint_event_ids": [e],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": s,
                    "trouble_starts_at": iso(t),
                }
            )
            acc.update({"unhappy_contacts": 1, "unhappy_contact_keys": [c.key]})
        elif kind == "mild":
            for c in cs[:2]:
                t = f.t(r.randint(2, 4), 9, 15)
                e = f.add(
                    t,
                    c,
                    "web",
                    "ticket",
                    W.B2B[lg]["mild"],
                    None,
                    attrs={"page": "/entreprise/contact"},
                )
                f.add(t + 50 * M, c, "email", "message", W.MILD_A[lg], None, out=True)
                c.truth.update(
                    {
                        "persona": "b2b_mild",
                        "habit": "suggests",
                        "role": "suggests",
                        "tolerated_rules": ["silence"],
                        "mild_event_id": e,
                        "trouble_starts_at": iso(t),
                    }
                )
        for c in cs:
            if c.truth["persona"] == "b2b_happy":
                for d in days_sample(f, r.randint(1, 3), 2, 12):
                    t = f.t(d, 8, 16)
                    if t.weekday() < 5:
                        survey_good(f, c, t)
            c.truth.setdefault("company", acc["company"])
            c.truth.setdefault("role", "contact")


def fam_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in days_sample(f, r.randint(1, 4), 0, 6):
            happy(f, c, d, 12 if d == 5 else 7, 19)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once")
        c.truth["tolerated_rules"] = ["silence"]
        t = f.t(0, 9, 16)
        e = f.add(t, c, "chat", "chat", pick(f, W.MILD, c.lang))
        f.add(t + 4 * M, c, "chat", "chat", W.MILD_A[c.lang], out=True)
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for lg, h in (("fr", 9.6), ("pt", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lg)
        c.truth["tolerated_rules"] = ["silence"]
        t = f.start + 4 * DAY + timedelta(hours=h)
        e = f.add(t, c, "chat", "chat", W.LONE_Q[lg])
        f.add(t + 5 * M, c, "chat", "chat", W.LONE_A[lg], out=True)
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    s0 = f.start + 5 * DAY + timedelta(hours=8, minutes=20)
    langs = ["fr"] * 6 + ["pt"] * 6 + ["es", "es", "de", "de", "it", "it", "en", "en"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    order = list(range(20))
    r.shuffle(order)
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for j, i in enumerate(order):
        regular = i < 12
        c = f.person(
            "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            in_spike=True,
            regular=regular,
        )
        c.truth["tolerated_rules"] = ["silence"]
        if regular:
            happy(f, c, 2, 8, 17.5)
        t = s0 + offs[j] * M
        txt = pick(f, W.SPIKE, c.lang)
        ch = chans[j]
        if ch == "chat":
            e = f.add(t, c, "chat", "chat", txt)
            f.add(t + 2 * M, c, "chat", "chat", W.SPIKE_CHAT_A[c.lang], out=True)
        elif ch == "email":
            e = f.add(t, c, "email", "message", txt, "TKT+0613")
        elif ch == "web":
            e = f.add(t, c, "web", "ticket", txt, None, attrs={"page": "/contact"})
        else:
            e = f.add(
                t,
                c,
                ch,
                "mention" if ch == "social" else "post",
                ("@Lumetta " + txt) if ch == "social" else txt,
            )
        keys.append(c.key)
        eids.append(e)
        c.truth.update({"spike_event_id": e, "spike_channel": ch, "trouble_starts_at": iso(t)})
        early = offs[j] <= 15
        if early and len(reps) < 6 and ch != "email":
            c.truth["persona"] = "spike_repeater"
            c.truth["expected_rules"] = ["repeat_contact"]
            c.truth["tolerated_rules"] = ["silence", "sentiment_drop"]
            ch2 = "email" if ch != "email" else "chat"
            t2 = t + r.randint(15, 50) * M
            e2 = f.add(t2, c, ch2, "message", pick(f, W.SPIKE_AGAIN, c.lang), "TKT+0613")
            reps.append(e2)
            c.truth["repeat_event_id"] = e2
        elif (
            c.truth["persona"] == "spike_reporter"
            and sum(1 for k in keys if f.custs[k].truth.get("agent_fixed")) < 6
            and offs[j] > 20
        ):
            tt = s0.replace(hour=11, minute=r.randint(8, 17))
            local = "12:35" if c.market not in ("PT", "UK", "IE") else "11:35"
            f.add(
                tt,
                c,
                "email",
                "message",
                W.SPIKE_FIXED[c.lang].format(n=c.name.split()[0], t=local),
                "TKT+0613",
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "candle-workshop app tickets refused at studio check-in tablets: nobody can get into their workshop, error TKT+0613",
        "about": "check-in tickets",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + 45 * M),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


def d(y: int, m: int, dd: int) -> datetime:
    return datetime(y, m, dd, tzinfo=UTC)


FAMILIES = [
    ("happy_writers", "HW", d(2026, 2, 2), 10, fam_happy),
    ("one_bad_day", "BD", d(2026, 3, 9), 12, fam_bad_day),
    ("repeat_contacts", "RC", d(2026, 4, 13), 10, fam_repeat),
    ("slow_churners", "SC", d(2026, 5, 4), 32, fam_slow),
    ("quiet_hours", "QH", d(2026, 6, 12), 3, fam_quiet),
    ("bilingual", "BL", d(2026, 7, 6), 14, fam_bilingual),
    ("b2b_accounts", "BB", d(2026, 8, 3), 14, fam_b2b),
    ("topic_spike", "TS", d(2026, 9, 14), 7, fam_spike),
]


def main() -> None:
    for n, (name, code, start, days, fn) in enumerate(FAMILIES, 1):
        f = Fam(name, code, start, days, n)
        fn(f)
        f.write()


if __name__ == "__main__":
    main()
