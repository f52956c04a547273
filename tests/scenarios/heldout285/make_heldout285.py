"""Writes heldout285 (Patinova, roller-skating rinks): eight families, seeded, standard library."""
# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261010
H = timedelta(hours=1)
M = timedelta(minutes=1)
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
B2B_RISK_TOL = [*REPEAT_TOL, "account_risk"]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    eid: str
    cust: Cust
    data: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    # identities ---------------------------------------------------------
    def uniq(self, value: str) -> str:
        base, i = value, 1
        while value in USED:
            i += 1
            value = f"{base}{i}"
        USED.add(value)
        return value

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> Cust:
        r = self.rng
        lang = lang or r.choices(W.LANGS, W.WEIGHTS)[0]
        mk, prefix = r.choice(W.MARKETS[lang])
        mk = market or mk
        first, last = r.choice(W.FIRST_NAMES[lang]), r.choice(W.SURNAMES[lang])
        key = self.uniq(f"PN{self.code}{r.randint(1000, 9999)}")
        plain = strip_accents(f"{first}.{last}").lower()
        dom = "empresa" if account else r.choice(["mail", "correio", "post", "inbox"])
        email = self.uniq(
            f"{plain}@{dom}.example" if not account else f"{plain}@{account.lower()}.example"
        )
        digits = 9 if lang in ("pt", "es", "it", "fr") else 8
        phone = self.uniq(
            prefix
            + "".join(
                str(r.randint(0, 9)) for _ in range(digits - 1 + (1 if lang in ("de", "en") else 0))
            )
        )
        handle = (
            None
            if account
            else self.uniq(
                "@"
                + r.choice([f"{last}_{first}", f"{first}{last[:1]}", f"{first}_{r.randint(1, 99)}"])
                .lower()
                .replace(" ", "")
            )
        )
        if handle:
            handle = "@" + strip_accents(handle[1:])
        tol: list[str] = []
        c = Cust(key, lang, mk, f"{first} {last}", email, phone, handle, account, {})
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": [],
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": c.name,
        }
        self.custs.append(c)
        return c

    # touchpoints --------------------------------------------------------
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
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        eid = f"pn285-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if text is not None and not out and kind not in ("call", "survey_response"):
            text = roughen(text, self.rough)
        a = {"market": c.market, **(attrs or {})}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Sofia", "Ben", "Leonor", "Mara", "Josh", "Tomás"])
        src = {
            "email": "mail",
            "phone": "voice",
            "social": "social",
            "community": "forum",
            "chat": "chat",
            "web": "web",
            "survey": "survey",
        }[channel]
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None, **(scores or {})},
            "source": f"patinova-{src}",
            "attributes": a,
        }
        self.rows.append(Row(t, eid, c, data))
        return eid

    def at(self, day: float, lo: float, hi: float) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(lo, hi))

    def write(self, expected: dict[str, int]) -> tuple[int, int]:
        self.rows.sort(key=lambda r: (r.t, r.eid))
        first: set[str] = set()
        for r in self.rows:
            c, d = r.cust, r.data
            ids: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            full = d["direction"] == "outbound" or c.key not in first
            if d["direction"] == "inbound":
                first.add(c.key)
            if full:
                ids.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif d["channel"] == "phone":
                ids["phone"] = c.phone
            elif d["channel"] in ("social", "community"):
                if c.handle:
                    ids["handle"] = c.handle if self.rough.random() > 0.2 else c.handle[1:]
                else:
                    ids["email"] = c.email
            elif d["channel"] == "email":
                ids["email"] = c.email.upper() if self.rough.random() < 0.08 else c.email
            else:
                ids["customer_id"] = c.key
            d["customer"] = ids
            if r.t >= LIMIT or r.t < self.start:
                raise SystemExit(f"{self.name}: {r.eid} out of range")
        got: Counter[str] = Counter()
        for c in self.custs:
            got.update(c.truth["expected_rules"])
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{c.key} expects and tolerates")
            if c.key not in first:
                raise SystemExit(f"{c.key} has no inbound touchpoint")
        for a in self.accounts.values():
            got.update(a["expected_rules"])
        if self.spike:
            got["topic_spike"] += 1
        if dict(got) != expected:
            raise SystemExit(f"{self.name}: expected {dict(got)} != {expected}")
        end = max(self.start + timedelta(days=self.days), self.rows[-1].t + H)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-07",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for r in self.rows:
                f.write(json.dumps(r.data, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(self.rows)


USED: set[str] = set()
LIMIT = datetime(2026, 11, 20, tzinfo=UTC)
BUSINESS = "Patinova: roller-skating rinks (sessions, roller discos, lessons, skate hire, parties), Patinova Passe membership, Patinova Eventos arm for firms and schools on account"


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(
        ch
        for ch in unicodedata.normalize("NFKD", s)
        if not unicodedata.combining(ch) or ch == "\u0303"
    )


def roughen(text: str, r: random.Random) -> str:
    if r.random() < 0.1:
        text = unicodedata.normalize("NFC", strip_accents(text))
    if r.random() < 0.125 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = [
            i for i, w in enumerate(text.split(" ")) if w.isalpha() and w.islower() and len(w) > 3
        ]
        if words:
            parts = text.split(" ")
            i = r.choice(words)
            w = parts[i]
            j = r.randint(1, len(w) - 2)
            parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(parts)
    return text


def speech(text: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " .'-" else " " for ch in text.lower())
    keep = keep.replace(". ", " ").rstrip(".")
    return " ".join(keep.split())


def mention(text: str) -> str:
    i = text.rfind("Patinova")
    return text[:i] + "@" + text[i:] if i >= 0 else "@Patinova " + text


def night_safe(t: datetime, r: random.Random) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=r.randint(0, 59))
    return t


def happy_act(f: Fam, c: Cust, t: datetime, survey: bool = False) -> None:
    r, lang = f.rng, c.lang
    pick = r.choice(
        [
            "praise",
            "praise",
            "question",
            "purchase",
            "view",
            "review",
            "gripe",
            *(["survey"] if survey else []),
        ]
    )
    if pick == "praise":
        text = r.choice(W.PRAISE[lang])
        if r.random() < 0.5:
            f.add(c, t, "social", "mention", mention(text))
        else:
            f.add(c, t, "community", "post", text)
    elif pick == "gripe":
        f.add(c, t, "community", "post", r.choice(W.GRIPE_PRAISE[lang]))
    elif pick == "question":
        f.add(c, t, "chat", "chat", r.choice(W.QUESTION[lang]))
        f.add(c, t + r.randint(1, 6) * M, "chat", "chat", W.ANSWER[lang], out=True)
        if r.random() < 0.6:
            f.add(c, t + r.randint(7, 12) * M, "chat", "chat", r.choice(W.THANKS[lang]))
    elif pick == "purchase":
        prod, price = r.choice(W.PRODUCTS[:4])
        f.add(c, t, "web", "page_view", attrs={"page": "/sessions"})
        cur = "GBP" if c.market == "UK" else "EUR"
        f.add(
            c,
            t + r.randint(2, 9) * M,
            "web",
            "purchase",
            attrs={"order_value": price, "currency": cur, "product": prod, "page": "/checkout"},
        )
    elif pick == "view":
        f.add(
            c,
            t,
            "web",
            "page_view",
            attrs={"page": r.choice(["/sessions", "/lessons", "/parties", "/passe"])},
        )
    elif pick == "review":
        f.add(
            c,
            t,
            "web",
            "review",
            r.choice(W.PRAISE[lang]),
            attrs={"rating": "5", "page": "/reviews"},
        )
    else:
        happy_survey(f, c, t)


def happy_survey(f: Fam, c: Cust, t: datetime) -> None:
    r = f.rng
    kind = r.choice(["nps", "csat", "ces"])
    val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[kind]
    f.add(
        c,
        t,
        "survey",
        "survey_response",
        r.choice(W.SURVEY_WORD[c.lang]) or None,
        scores={kind: val},
        attrs={"survey": kind},
    )


def days_acts(
    f: Fam, c: Cust, n: int, days: list[int], lo: float = 7, hi: float = 19, survey: bool = False
) -> None:
    for d in f.rng.sample(days, min(n, len(days))):
        happy_act(f, c, f.at(d, lo, hi), survey)


def complaint(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    case: str | None,
    lang: str | None = None,
) -> list[str]:
    """One angry contact and the agent's reply; returns [complaint event id, reply id or '']."""
    r = f.rng
    lang = lang or c.lang
    text = r.choice(W.COMPLAINT[problem][lang])
    subj = f"{W.SUBJECT[lang]}: {problem.replace('_', ' ')}"
    reply = ""
    if channel == "long":
        eid = f.add(
            c,
            t,
            "email",
            "message",
            W.LONG_OPEN[lang] + text + W.LONG_CLOSE[lang] + "\n" + c.name.split()[0],
            subject=subj,
        )
    elif channel == "email":
        eid = f.add(c, t, "email", "message", text, subject=subj)
    elif channel == "chat":
        eid = f.add(c, t, "chat", "chat", text)
        reply = f.add(
            c,
            t + r.randint(2, 6) * M,
            "chat",
            "chat",
            W.CASE_OPENED[lang].format(case=case),
            out=True,
        )
    elif channel == "social":
        eid = f.add(c, t, "social", "mention", mention(text))
    elif channel == "web":
        eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
    else:
        eid = f.add(c, t, "phone", "call", speech(text))
    if channel in ("long", "email", "web", "phone") and case:
        reply = f.add(
            c,
            night_safe(t + r.randint(10, 40) * M, r),
            "email",
            "message",
            W.CASE_OPENED[lang].format(case=case),
            out=True,
            subject=f"{case}",
        )
    return [eid, reply]


def new_case() -> str:
    r = CASE_RNG
    while True:
        v = f"PV-{r.randint(100000, 999999)}"
        if v not in USED:
            USED.add(v)
            return v


CASE_RNG = random.Random(SEED)


# families -------------------------------------------------------------------
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 1, 12, tzinfo=UTC),
        10,
        "happy customers: nothing expected",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        days_acts(f, c, f.rng.randint(5, 8), list(range(10)), survey=True)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.at(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "mention", mention(f.rng.choice(W.NIGHT_POST[c.lang])))
            else:
                f.add(c, t, "chat", "chat", f.rng.choice(W.NIGHT_QUESTION[c.lang]))
                f.add(c, t + 3 * M, "chat", "chat", W.ANSWER[c.lang], out=True)
                f.add(c, t + 8 * M, "chat", "chat", f.rng.choice(W.THANKS[c.lang]))
        days_acts(f, c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            happy_survey(f, c, f.at(d, 8, 20))
    f.write({})
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, datetime(2026, 2, 9, tzinfo=UTC), 12, "one bad day each")
    r = f.rng
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    nps_i = set(r.sample(with_case, 6))
    rest = [i for i in with_case if i not in nps_i]
    csat_i = set(r.sample(rest, 5))
    good_i = set(r.sample(with_case, 12))
    apol_i = set(r.sample(sorted(good_i), 5))
    for i, ch in enumerate(chans):
        lang = ("pt" if i % 8 == 0 else "en") if ch == "long" else None
        c = f.person(
            "bad_day_detractor" if i in nps_i else "happy_one_bad_day", "one bad day", lang
        )
        problem = W.PROBLEMS[i % 6]
        bd = r.randint(2, 9)
        t = f.at(bd, 8, 20)
        case = None if ch == "social" else new_case()
        eid, _ = complaint(f, c, t, ch, problem, case)
        c.truth.update(
            problem=problem,
            channel=ch,
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            long_email=ch == "long",
        )
        others = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        days_acts(f, c, r.randint(1, 5), others)
        if i in nps_i:
            s = f.add(
                c,
                t + r.randint(100, 140) * M,
                "survey",
                "survey_response",
                r.choice(W.LOW_WORD[c.lang]) or None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, survey_event_id=s)
            c.truth["expected_rules"] = ["detractor"]
        elif i in csat_i:
            s = f.add(
                c,
                t + r.randint(40, 80) * M,
                "survey",
                "survey_response",
                r.choice(W.LOW_WORD[c.lang]) or None,
                scores={"csat": r.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, survey_event_id=s)
        c.truth["tolerated_rules"] = ["silence"]
        if i in good_i and case:
            g = night_safe(t + timedelta(hours=r.uniform(1, 4)), r)
            f.add(
                c,
                g,
                "email",
                "message",
                W.GOOD_NEWS[c.lang].format(case=case),
                out=True,
                subject=case,
            )
            c.truth["agent_fixed"] = True
            if i in apol_i:
                a = night_safe(t + timedelta(hours=r.uniform(16, 24)), r)
                ae = f.add(c, a, r.choice(["chat", "email"]), "message", W.APOLOGY[c.lang])
                f.rows[-1].data["kind"] = (
                    "chat" if f.rows[-1].data["channel"] == "chat" else "message"
                )
                c.truth.update(apologised=True, apology_event_id=ae, apology_at=iso(a))
    for _ in range(8):
        c = f.person("happy", "control")
        days_acts(f, c, r.randint(4, 7), list(range(12)))
    f.write({"detractor": 6})
    return f


def repeat_run(
    f: Fam, c: Cust, first_day: int, contacts: int, escalate: bool, langs: list[str] | None = None
) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    case = new_case()
    chans = ["web", "email", "chat", "phone"]
    first_ch = r.choice(chans)
    later = r.sample(
        [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch], contacts - 1
    )
    t = f.at(first_day, 8, 19)
    lang0 = langs[0] if langs else c.lang
    eid, _ = complaint(
        f, c, t, first_ch, problem, None if escalate and first_ch != "chat" else case, lang0
    )
    if escalate:
        f.add(
            c,
            t + timedelta(hours=r.uniform(1.5, 2.5)),
            "email",
            "message",
            W.ESCALATED[lang0].format(case=case),
            out=True,
            subject=case,
        )
    ids = [eid]
    comp = r.choice(W.COMPETITORS)
    for k, ch in enumerate(later, start=2):
        t = night_safe(t + timedelta(hours=r.uniform(4, 40)), r)
        lang = langs[(k - 1) % 2] if langs else c.lang
        text = W.STILL_OPEN[lang].format(case=case) + " " + r.choice(W.COMPLAINT[problem][lang])
        if k == 3:
            text += W.THIRD[lang].format(comp=comp)
        if k == 4:
            text += W.FOURTH[lang]
        if ch == "phone":
            ids.append(f.add(c, t, "phone", "call", speech(text)))
        elif ch == "social":
            ids.append(f.add(c, t, "social", "mention", mention(text)))
        elif ch == "web":
            ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
        elif ch == "chat":
            ids.append(f.add(c, t, "chat", "chat", text))
            f.add(c, t + 4 * M, "chat", "chat", W.URGENT[lang].format(case=case), out=True)
        else:
            ids.append(f.add(c, t, "email", "message", text, subject=f"RE: {case}"))
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=contacts,
        channels=[first_ch, *later],
        problem_event_ids=ids,
        agent_passed_on=escalate,
        competitor=comp if contacts >= 3 else None,
        trouble_starts_at=ids and f.rows[[x.eid for x in f.rows].index(ids[0])].data["occurred_at"],
    )
    c.truth["expected_rules"] = ["repeat_contact"]
    c.truth["tolerated_rules"] = list(REPEAT_TOL)


def fixed_case(f: Fam, c: Cust, day: int, lang_raise: str, lang_confirm: str) -> dict[str, Any]:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    case = new_case()
    t = f.at(day, 8, 18)
    eid = f.add(
        c,
        t,
        "web",
        "ticket",
        r.choice(W.COMPLAINT[problem][lang_raise]),
        attrs={"page": "/help/contact"},
    )
    f.add(
        c,
        night_safe(t + r.randint(10, 40) * M, r),
        "email",
        "message",
        W.CASE_OPENED[lang_raise].format(case=case),
        out=True,
        subject=case,
    )
    g = night_safe(t + timedelta(hours=r.uniform(3, 20)), r)
    f.add(
        c,
        g,
        "email",
        "message",
        W.GOOD_NEWS[lang_confirm].format(case=case),
        out=True,
        subject=case,
    )
    cf = night_safe(g + timedelta(hours=r.uniform(8, 30)), r)
    ch = r.choice(["email", "chat"])
    ce = f.add(
        c, cf, ch, "message" if ch == "email" else "chat", W.CONFIRM[lang_confirm].format(case=case)
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(cf),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "repeat contacts about one open problem",
    )
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    esc = set(r.sample(range(12), 6))
    for i, n in enumerate(counts):
        c = f.person("repeat_contact", "repeats")
        days_acts(f, c, r.randint(1, 3), [0], 7, 12)
        repeat_run(f, c, r.randint(1, 4), n, i in esc)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        days_acts(f, c, 1, [0])
        c.truth["problems"] = [fixed_case(f, c, r.randint(1, 5), c.lang, c.lang)]
        c.truth["tolerated_rules"] = ["silence"]
    for _ in range(3):
        c = f.person("different_problems", "two problems")
        d = r.randint(1, 2)
        c.truth["problems"] = [
            fixed_case(f, c, d, c.lang, c.lang),
            fixed_case(f, c, d + r.randint(4, 5), c.lang, c.lang),
        ]
        c.truth["tolerated_rules"] = ["silence"]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        days_acts(f, c, r.randint(5, 8), list(range(10)))
    f.write({"repeat_contact": 12})
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str] | None = None) -> list[str]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    ids: list[str] = []
    t = f.at(start_day, 9, 18)
    gaps = sorted(r.uniform(0, span * 24) for _ in range(5))
    for k in range(6):
        tk = night_safe(t + timedelta(hours=gaps[k - 1] if k else 0), r)
        if ids and tk <= f.rows[-1].t:
            tk = f.rows[-1].t + H
            tk = night_safe(tk, r)
        lang = langs[k % 2] if langs else c.lang
        text = W.SLIDE[lang][k].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "social":
            ids.append(f.add(c, tk, "social", "mention", mention(text)))
        elif ch == "community":
            ids.append(f.add(c, tk, "community", "post", text))
        else:
            ids.append(
                f.add(
                    c,
                    tk,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
    c.truth.update(slide_event_ids=ids, competitor=comp, slide_days=span, trouble_starts_at=iso(t))
    c.truth["expected_rules"] = ["sentiment_drop"]
    c.truth["tolerated_rules"] = list(SLIDE_TOL)
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 4, 6, tzinfo=UTC),
        32,
        "sliders, leavers, steady, grumpy, sarcastic",
    )
    r = f.rng
    nps = set(r.sample(range(10), 5))
    for i in range(10):
        c = f.person("slow_churner", "slides")
        for d in r.sample(range(11), r.randint(4, 5)):
            f.add(c, f.at(d, 8, 20), "community", "post", r.choice(W.PRAISE[c.lang]))
        for d in r.sample(range(11), r.randint(2, 4)):
            t = f.at(d, 8, 20)
            f.add(c, t, "web", "page_view", attrs={"page": "/sessions"})
        ids = slide(f, c, r.randint(12, 16), r.choice([3, 5, 9]))
        if i in nps:
            t4 = datetime.strptime(
                f.rows[[x.eid for x in f.rows].index(ids[3])].data["occurred_at"],
                "%Y-%m-%dT%H:%M:%SZ",
            ).replace(tzinfo=UTC)
            s = f.add(
                c,
                night_safe(t4 + timedelta(hours=r.uniform(2.5, 3.5)), r),
                "survey",
                "survey_response",
                None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, survey_event_id=s)
            c.truth["expected_rules"] = ["sentiment_drop", "detractor"]
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        days_acts(f, c, r.randint(4, 6), list(range(16)))
        t = f.at(r.randint(17, 23), 8, 19)
        e = f.add(c, t, "email", "message", W.CANCEL[c.lang], subject="Passe Patinova")
        f.add(
            c,
            night_safe(t + timedelta(hours=r.uniform(1, 5)), r),
            "email",
            "message",
            W.SORRY_GO[c.lang],
            out=True,
        )
        tc = night_safe(t + timedelta(hours=r.uniform(20, 30)), r)
        ce = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Patinova Passe"},
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=ce,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
        c.truth["expected_rules"] = ["churn_intent"]
        c.truth["tolerated_rules"] = list(LEAVE_TOL)
    for _ in range(6):
        c = f.person("happy", "steady")
        days_acts(f, c, r.randint(6, 10), list(range(30)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            t = f.at(d, 8, 20)
            text = r.choice(W.GRUMBLE[c.lang])
            ch = r.choice(["social", "community", "web"])
            if ch == "social":
                ids.append(f.add(c, t, "social", "mention", mention(text)))
            elif ch == "community":
                ids.append(f.add(c, t, "community", "post", text))
            else:
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            d += r.randint(1, 3)
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=f.rows[[x.eid for x in f.rows].index(ids[0])].data["occurred_at"],
        )
        c.truth["tolerated_rules"] = ["repeat_contact", "silence"]
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        days_acts(f, c, r.randint(3, 5), list(range(30)))
        c.truth["sarcasm_event_id"] = f.add(
            c, f.at(r.randint(5, 25), 9, 20), "social", "mention", mention(W.SARCASM[c.lang])
        )
        c.truth["tolerated_rules"] = ["silence"]
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 5, 22, tzinfo=UTC),
        3,
        "a calm weekend with night owls",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        days_acts(f, c, r.randint(1, 3), [0, 1, 2], 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once")
        t = f.at(r.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/rinks"})
        g = t + r.randint(20, 30) * M
        if r.random() < 0.5:
            e = f.add(c, g, "chat", "chat", W.MILD[c.lang])
            f.add(c, g + 4 * M, "chat", "chat", W.ANSWER[c.lang], out=True)
        else:
            e = f.add(c, g, "web", "ticket", W.MILD[c.lang], attrs={"page": "/help/contact"})
            f.add(
                c,
                g + 30 * M,
                "email",
                "message",
                W.CASE_OPENED[c.lang].format(case=new_case()),
                out=True,
            )
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(g))
        c.truth["tolerated_rules"] = ["silence"]
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        for m, off in enumerate([0, r.randint(28, 33), r.randint(55, 65)]):
            bs = b0 + off * M
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {m + 1}")
                t = bs + r.randint(0, 9) * M + r.randint(0, 59) * timedelta(seconds=1)
                if r.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", r.choice(W.NIGHT_QUESTION[c.lang]))
                    f.add(c, t + 3 * M, "chat", "chat", W.ANSWER[c.lang], out=True)
                    f.add(c, t + 7 * M, "chat", "chat", r.choice(W.THANKS[c.lang]))
                else:
                    e = f.add(c, t, "social", "mention", mention(r.choice(W.NIGHT_POST[c.lang])))
                c.truth.update(burst_at=iso(bs), night_event_id=e)
                if r.random() < 0.5 and night < 2:
                    happy_act(f, c, f.at(night + 1, 9, 17.5))
    f.write({})
    return f


PAIRS = [
    ("pt", "en"),
    ("en", "pt"),
    ("pt", "es"),
    ("en", "fr"),
    ("pt", "fr"),
    ("en", "de"),
    ("pt", "de"),
    ("en", "it"),
    ("es", "pt"),
    ("de", "en"),
    ("fr", "pt"),
    ("it", "en"),
]


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 6, 15, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    r = f.rng

    def two(persona: str, habit: str) -> tuple[Cust, list[str]]:
        a, b = r.choice(PAIRS)
        c = f.person(persona, habit, a)
        c.truth["languages"] = [a, b]
        c.truth["job_second_language"] = r.choice(
            ["works abroad", "partner's language", "grew up there"]
        )
        return c, [a, b]

    for _ in range(12):
        c, ls = two("happy", "alternates languages")
        for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            c.lang = ls[k % 2]
            happy_act(f, c, f.at(d, 8, 19))
        c.lang = ls[0]
    for i in range(5):
        c, ls = two("repeat_contact", "repeats")
        days_acts(f, c, r.randint(1, 3), [0, 1])
        repeat_run(f, c, r.randint(2, 5), [2, 2, 3, 3, 4][i], i >= 2, ls)
    for _ in range(5):
        c, ls = two("slow_churner", "slides")
        for k, d in enumerate(r.sample(range(6), 5)):
            f.add(c, f.at(d, 8, 20), "community", "post", r.choice(W.PRAISE[ls[k % 2]]))
        days_acts(f, c, r.randint(1, 3), list(range(6)))
        slide(f, c, r.randint(7, 8), r.randint(3, 5), ls)
    for k in range(3):
        c, ls = two("happy_one_bad_day", "one bad day")
        days_acts(f, c, 2, [0, 1, 2, 11, 12])
        t = f.at(r.randint(5, 8), 9, 18)
        case = new_case()
        ch = ["long", "email", "chat"][k]
        eid, _ = complaint(f, c, t, ch, W.PROBLEMS[k], case, ls[1])
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=ls[1],
            booking=case,
            problem=W.PROBLEMS[k],
            trouble_starts_at=iso(t),
        )
        if ch != "chat":
            f.add(
                c,
                night_safe(t + timedelta(hours=r.uniform(1, 4)), r),
                "email",
                "message",
                W.GOOD_NEWS[ls[1]].format(case=case),
                out=True,
            )
        if ch == "email":
            c.truth["apology_event_id"] = f.add(
                c,
                night_safe(t + timedelta(hours=r.uniform(18, 24)), r),
                "chat",
                "chat",
                W.APOLOGY[ls[1]],
            )
        c.truth["tolerated_rules"] = ["silence"]
    for _ in range(2):
        c, ls = two("resolved_between_contacts", "fixed")
        c.truth["problems"] = [fixed_case(f, c, r.randint(2, 8), ls[0], ls[1])]
        c.truth["tolerated_rules"] = ["silence"]
    f.write({"repeat_contact": 5, "sentiment_drop": 5})
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "company accounts of Patinova Eventos",
    )
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    risk_n = [3, 3, 3, 4, 4]
    companies = [
        "Escola Básica do Lumiar",
        "Northgate Academy",
        "Hotel Miradouro",
        "Brightwell Events",
        "Câmara de Setúbal",
        "Stadtwerke Lenz",
        "Colegio San Ro",
        "Lycée Voltaire Nord",
        "Scuola Dante",
        "Tecnoparque Lda",
        "Harbour Lane Ltd",
        "Agência Viva",
        "Riverside Uni",
        "Kanzlei Brandl",
        "Atelier Faure",
    ]
    sites = [
        "school",
        "school",
        "hotel",
        "events",
        "municipality",
        "utility",
        "school",
        "school",
        "school",
        "office",
        "office",
        "agency",
        "university",
        "office",
        "studio",
    ]
    exp_b2b: Counter[str] = Counter()
    for ai, kind in enumerate(kinds):
        lang = r.choices(W.LANGS, W.WEIGHTS)[0] if ai > 1 else ["pt", "en"][ai]
        mk = r.choice(W.MARKETS[lang])[0]
        acc = f"PNE-{mk}-{r.randint(1000, 9999)}"
        n = {
            "at_risk": risk_n[ai] + r.randint(1, 2) if ai < 5 else 0,
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": 3,
        }[kind]
        contacts = []
        firsts: set[str] = set()
        for _ in range(n):
            while True:
                c = f.person("b2b_happy", "contact", lang, acc.replace("-", "").lower(), mk)
                if c.name.split()[0] not in firsts:
                    break
                f.custs.pop()
            firsts.add(c.name.split()[0])
            c.account = acc
            c.truth["identifiers"]["account_id"] = acc
            c.truth.update(
                company=companies[ai],
                role="contact",
                job_title=r.choice(["Office manager", "Events lead", "Teacher", "HR officer"]),
            )
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
        unhappy: list[str] = []
        problem = W.B2B_PROBLEMS[ai % 3]
        acc_start = None
        if kind == "at_risk":
            case = new_case()
            comp = r.choice(W.COMPETITORS)
            k = risk_n[ai]
            t = f.start + timedelta(days=2, hours=r.uniform(8, 11))
            acc_start = t
            first = contacts[0].name.split()[0]
            for j, c in enumerate(contacts[:k]):
                if j:
                    t = t + timedelta(hours=r.uniform(8, 28))
                    if t.hour >= 17 or t.hour < 8 or t.weekday() >= 5:
                        t = (t + timedelta(days=1 if t.hour >= 17 else 0)).replace(
                            hour=8, minute=r.randint(5, 55)
                        )
                        while t.weekday() >= 5:
                            t += timedelta(days=1)
                lead = (
                    ""
                    if j == 0
                    else W.B2B_FOLLOW[lang].format(
                        first=first, day=W.WEEKDAY[lang][f.start.weekday() + 2], case=case
                    )
                )
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    lead + W.B2B_COMPLAINT[problem][lang],
                    subject=f"{W.SUBJECT[lang]}: {case}",
                )
                if j == 0:
                    f.add(
                        c,
                        t + r.randint(20, 50) * M,
                        "email",
                        "message",
                        W.CASE_OPENED[lang].format(case=case),
                        out=True,
                        subject=case,
                    )
                ids = [e]
                if j < k - 1:
                    s = f.add(
                        c,
                        t + timedelta(hours=r.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": r.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(nps_given=True, survey_event_id=s)
                    c.truth["expected_rules"] = ["detractor"]
                    exp_b2b["detractor"] += 1
                else:
                    t2 = t + timedelta(hours=r.uniform(18, 40))
                    if t2.hour >= 17 or t2.hour < 8 or t2.weekday() >= 5:
                        t2 = (t2 + timedelta(days=1 if t2.hour >= 17 else 0)).replace(
                            hour=9, minute=r.randint(0, 50)
                        )
                        while t2.weekday() >= 5:
                            t2 += timedelta(days=1)
                    text = W.B2B_LAST[lang].format(case=case, comp=comp)
                    if ai == 0:
                        ids.append(f.add(c, t2, "email", "message", text, subject=f"RE: {case}"))
                    else:
                        ids.append(f.add(c, t2, "phone", "call", speech(text)))
                    c.truth["expected_rules"] = ["repeat_contact"]
                    exp_b2b["repeat_contact"] += 1
                c.truth.update(
                    persona="b2b_unhappy",
                    role="complainer",
                    habit="complainer",
                    problem=problem,
                    booking=case,
                    complaint_event_ids=ids,
                    trouble_starts_at=iso(t),
                )
                c.truth["tolerated_rules"] = list(B2B_RISK_TOL)
                unhappy.append(c.key)
        elif kind == "one_unhappy":
            c = contacts[0]
            case = new_case()
            t = f.start + timedelta(days=r.randint(3, 4), hours=r.uniform(8, 16))
            e = f.add(
                c,
                t,
                "email",
                "message",
                W.B2B_COMPLAINT[problem][lang],
                subject=f"{W.SUBJECT[lang]}: {problem}",
            )
            f.add(
                c,
                t + r.randint(20, 50) * M,
                "email",
                "message",
                W.CASE_OPENED[lang].format(case=case),
                out=True,
                subject=case,
            )
            s = f.add(
                c,
                t + timedelta(hours=r.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                persona="b2b_one_unhappy",
                role="complainer",
                habit="complainer",
                problem=problem,
                booking=case,
                complaint_event_ids=[e],
                nps_given=True,
                survey_event_id=s,
                trouble_starts_at=iso(t),
            )
            c.truth["expected_rules"] = ["detractor"]
            c.truth["tolerated_rules"] = list(B2B_ONE_TOL)
            exp_b2b["detractor"] += 1
            unhappy.append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.start + timedelta(days=r.randint(2, 4), hours=r.uniform(8, 16))
                e = f.add(
                    c, t, "web", "ticket", W.B2B_SUGGEST[lang], attrs={"page": "/eventos/contact"}
                )
                f.add(
                    c,
                    t + timedelta(hours=r.uniform(1, 3)),
                    "email",
                    "message",
                    W.ANSWER[lang],
                    out=True,
                )
                c.truth.update(
                    persona="b2b_mild",
                    role="suggests",
                    habit="suggests",
                    mild_event_id=e,
                    trouble_starts_at=iso(t),
                )
                c.truth["tolerated_rules"] = ["silence"]
        for c in contacts:
            quiet = c.truth["persona"] != "b2b_happy"
            for _ in range(r.randint(0, 2) if quiet else r.randint(2, 4)):
                d = r.choice([0, 1]) if quiet else r.choice([0, 1, 2, 3, 4, 7, 8, 9, 10, 11])
                t = f.at(d, 8, 16.5)
                pick = r.choice(["q", "view", "praise", "survey"] if not quiet else ["q", "view"])
                if pick == "q":
                    f.add(c, t, "chat", "chat", W.B2B_QUESTION[lang])
                    f.add(c, t + r.randint(1, 6) * M, "chat", "chat", W.ANSWER[lang], out=True)
                elif pick == "view":
                    f.add(c, t, "web", "page_view", attrs={"page": "/eventos/portal"})
                elif pick == "praise":
                    f.add(c, t, "community", "post", W.B2B_PRAISE[lang])
                else:
                    f.add(
                        c,
                        t,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": r.randint(9, 10)},
                        attrs={"survey": "nps"},
                    )
            if not any(row.cust is c and row.data["direction"] == "inbound" for row in f.rows):
                f.add(
                    c,
                    f.at(r.choice([0, 1]), 8, 16),
                    "web",
                    "page_view",
                    attrs={"page": "/eventos/portal"},
                )
        at_risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": companies[ai],
            "site": sites[ai],
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if at_risk else None,
            "trouble_starts_at": iso(acc_start) if acc_start else None,
            "language": lang,
            "country": mk,
        }
    f.write({"account_risk": 5, **dict(exp_b2b)})
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 10, 5, tzinfo=UTC),
        7,
        "a calm week and one Saturday-morning spike",
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in r.sample(range(6), r.randint(1, 4)):
            happy_act(f, c, f.at(d, 12 if d == 5 else 7, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once")
        t = f.at(0, 9, 17)
        e = f.add(c, t, "chat", "chat", W.MILD[c.lang])
        f.add(c, t + 3 * M, "chat", "chat", W.ANSWER[c.lang], out=True)
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t))
        c.truth["tolerated_rules"] = ["silence"]
    for lang, hour in (("pt", 9.6), ("en", 16.1)):
        c = f.person("grumbles_once", "lone question", lang)
        t = f.start + timedelta(days=4, hours=hour)
        e = f.add(c, t, "chat", "chat", W.LONE[lang])
        f.add(c, t + 4 * M, "chat", "chat", W.LONE_ANSWER[lang], out=True)
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
        c.truth["tolerated_rules"] = ["silence"]
    s0 = datetime(2026, 10, 10, 9, 20, tzinfo=UTC)
    langs = ["pt"] * 6 + ["en"] * 6 + ["de", "de", "es", "es", "fr", "fr", "it", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    offs = sorted([0, 45, *r.sample(range(1, 45), 18)])
    order = list(range(20))
    r.shuffle(order)
    keys, ids, rep_ids = [], [], []
    reps_done = fixed_done = 0
    for k in range(20):
        i = order[k]
        c = f.person("spike_reporter", "regular" if i < 12 else "new", langs[i])
        if i < 12:
            for _ in range(r.randint(1, 2)):
                happy_act(f, c, f.start + timedelta(days=2, hours=r.uniform(8, 17.5)))
        t = s0 + offs[k] * M
        text = r.choice(W.SPIKE[c.lang])
        ch = chans[k]
        if ch == "social":
            e = f.add(c, t, "social", "mention", mention(text))
        elif ch == "chat":
            e = f.add(c, t, "chat", "chat", text)
            f.add(c, t + 2 * M, "chat", "chat", W.SPIKE_CHAT[c.lang], out=True)
        elif ch == "community":
            e = f.add(c, t, "community", "post", text)
        elif ch == "email":
            e = f.add(c, t, "email", "message", text, subject="TRN.44.7")
        else:
            e = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        keys.append(c.key)
        ids.append(e)
        c.truth.update(
            in_spike=True,
            regular=i < 12,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        c.truth["tolerated_rules"] = ["silence"]
        if offs[k] <= 25 and reps_done < 6:
            reps_done += 1
            t2 = t + r.randint(15, 50) * M
            ch2 = r.choice([x for x in ["email", "chat", "community"] if x != ch])
            e2 = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                W.SPIKE_AGAIN[c.lang],
            )
            rep_ids.append(e2)
            c.truth.update(persona="spike_repeater", repeat_event_id=e2)
            c.truth["expected_rules"] = ["repeat_contact"]
            c.truth["tolerated_rules"] = ["sentiment_drop", "silence"]
        elif fixed_done < 6:
            fixed_done += 1
            f.add(
                c,
                datetime(2026, 10, 10, 11, 50, tzinfo=UTC) + r.randint(0, 9) * M,
                "email",
                "message",
                W.WORKS_AGAIN[c.lang],
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "rink app tickets rejected at the turnstiles: nobody with an app ticket can get in, error TRN.44.7",
        "about": "Saturday 10 October 2026, app session tickets refused at every rink's turnstiles",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + 45 * M),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rep_ids,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})
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
        f = build()
        print(f.name, len(f.custs), len(f.rows))


if __name__ == "__main__":
    main()
