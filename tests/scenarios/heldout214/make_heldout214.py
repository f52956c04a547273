"""Build heldout214 (Museora, museum passes): python make_heldout214.py."""

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
import wording as W  # noqa: E402

SEED = 20261206
PROBLEMS = W.PROBLEMS
COMPS = ("Artivo", "Visitaro")
CODE = "WLT-738"
LANGS = ("it", "fr", "en", "de", "pt", "es")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "it": ("IT", "CH"),
    "fr": ("FR", "BE", "CH"),
    "en": ("UK", "IE"),
    "de": ("DE", "AT"),
    "pt": ("PT",),
    "es": ("ES",),
}
PREFIX = {
    "IT": "+39 3",
    "CH": "+41 7",
    "FR": "+33 6",
    "BE": "+32 4",
    "UK": "+44 7",
    "IE": "+353 8",
    "DE": "+49 15",
    "AT": "+43 66",
    "PT": "+351 9",
    "ES": "+34 6",
}
FIRST = {
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara"],
    "fr": ["Camille", "Louis", "Manon", "Hugo", "Lea"],
    "en": ["Emma", "Jack", "Olivia"],
    "de": ["Lena", "Jonas", "Mia"],
    "pt": ["Ines", "Joao", "Beatriz"],
    "es": ["Lucia", "Pablo", "Marta"],
}
LAST = {
    "it": ["Rossi", "Bianchi", "Greco", "Conti"],
    "fr": ["Martin", "Bernard", "Petit", "Moreau"],
    "en": ["Smith", "Walsh", "Brown"],
    "de": ["Bauer", "Koch", "Wolf"],
    "pt": ["Silva", "Costa", "Sousa"],
    "es": ["Garcia", "Lopez", "Ruiz"],
}
SOURCE = {
    "email": "museora-mail",
    "phone": "museora-voice",
    "social": "museora-social",
    "community": "museora-forum",
    "chat": "museora-chat",
    "web": "museora-web",
    "survey": "museora-survey",
}
HAPPY_TOL: list[str] = []
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


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None = None
    truth: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    rng: random.Random
    rough: random.Random
    custs: list[Cust] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    refs: int = 0
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    about: str = ""

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def ref(self) -> str:
        self.refs += 1
        return f"MO-{ord(self.code[0]) % 10}{ord(self.code[1]) % 10}{self.refs:04d}"

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        lang: str | None = None,
        account: str | None = None,
    ) -> Cust:
        r = self.rng
        lg = lang or r.choices(LANGS, WEIGHTS)[0]
        market = r.choice(MARKETS[lg])
        n = len(self.custs) + 1
        first, last = r.choice(FIRST[lg]), r.choice(LAST[lg])
        key = f"MO{self.code}{1000 + n * 7 + r.randrange(7):04d}"
        dom = (
            f"{account.lower()}.example"
            if account
            else r.choice(["posta.example", "mail.example", "correo.example", "web.example"])
        )
        email = f"{first.lower()}.{last.lower()}{n}{self.code.lower()}@{dom}"
        phone = f"{PREFIX[market]}{r.randrange(10**7, 10**8)}{n % 10}"
        handle = None if account else f"@{last.lower()}_{first.lower()}{n}{self.code.lower()}"
        c = Cust(key, lg, market, f"{first} {last}", email, phone, handle, account)
        ids = {
            "customer_id": key,
            "email": email,
            "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
            "handle": handle,
            "account_id": account,
        }
        c.truth = {
            "identifiers": ids,
            "expected_rules": expected,
            "tolerated_rules": tolerated,
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": c.name,
        }
        self.custs.append(c)
        return c

    def pick(self, table: dict[str, list[str]], c: Cust, **kw: str) -> str:
        text = self.rng.choice(table[c.lang])
        return text.format(
            comp=kw.get("comp", COMPS[0]),
            ref=kw.get("ref", ""),
            code=CODE,
            first=kw.get("first", ""),
            prev=kw.get("prev", ""),
            complaint=kw.get("complaint", ""),
        )

    def add(
        self,
        ts: datetime,
        c: Cust,
        channel: str,
        kind: str,
        text: str | None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        eid = f"h214-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = roughen(text, self.rough)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Ilaria", "Noemie", "Tom", "Anke", "Rita", "Ana"])
        a.update(attrs or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "_c": c,
                "text": text,
                "subject": subject,
                "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
                "source": SOURCE[channel],
                "attributes": a,
            }
        )
        return eid


def roughen(text: str, r: random.Random) -> str:
    x = r.random()
    if x < 0.14:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
        if idx:
            i = r.choice(idx)
            w = words[i]
            j = r.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    elif x < 0.26 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    elif x < 0.36:
        text = "".join(
            ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
        )
    return text


def happy_act(f: Fam, c: Cust, day: float, hour: float) -> None:
    r = f.rng
    ts = f.at(day, hour)
    k = r.randrange(7)
    if k == 0:
        f.add(ts, c, "social", "post", f.pick(W.PRAISE, c))
    elif k == 1:
        f.add(ts, c, "community", "post", f.pick(W.AGAIN, c))
    elif k == 2:
        f.add(ts, c, "social", "mention", f.pick(W.GRIPE, c))
    elif k == 3:
        f.add(ts, c, "chat", "chat", f.pick(W.QUESTION, c))
        chat_answer(f, c, ts + timedelta(minutes=r.randint(1, 6)), f.pick(W.ANSWER, c))
        if r.random() < 0.6:
            f.add(ts + timedelta(minutes=r.randint(7, 12)), c, "chat", "chat", f.pick(W.THANKS, c))
    elif k == 4:
        f.add(ts, c, "web", "page_view", None, attrs={"page": "/mostre"})
        f.add(
            ts + timedelta(minutes=r.randint(3, 15)),
            c,
            "web",
            "purchase",
            None,
            attrs={
                "page": "/checkout",
                "order_value": f"{r.randint(12, 60)}.00",
                "currency": "GBP" if c.market == "UK" else "CHF" if c.market == "CH" else "EUR",
                "product": "Timed entry / Ingresso a orario",
            },
        )
    elif k == 5:
        f.add(
            ts,
            c,
            "web",
            "review",
            f.pick(W.REVIEW, c),
            attrs={"rating": "5", "page": "/recensioni"},
        )
    else:
        f.add(ts, c, "phone", "call", f.pick(W.CALL_Q, c))


def low_score(f: Fam, c: Cust, ts: datetime, kind: str, value: int) -> str:
    """A low survey score with no words (the unhappy customer's survey)."""
    return f.add(
        ts, c, "survey", "survey_response", None, scores={kind: value}, attrs={"survey": kind}
    )


def chat_answer(f: Fam, c: Cust, ts: datetime, text: str) -> str:
    """An agent's answer in the customer's chat."""
    return f.add(ts, c, "chat", "chat", text, out=True)


def case_mail(f: Fam, c: Cust, ts: datetime, text: str, ref: str) -> str:
    """An agent's e-mail about the case, its reference in the subject."""
    return f.add(ts, c, "email", "message", text, out=True, subject=f"Re: {ref}")


def happy_survey(f: Fam, c: Cust, ts: datetime) -> None:
    r = f.rng
    kind = r.choice(["nps", "csat", "ces"])
    val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[kind]
    f.add(
        ts,
        c,
        "survey",
        "survey_response",
        f.pick(W.SURVEY_WORD, c) or None,
        scores={kind: val},
        attrs={"survey": kind},
    )


def spread_happy(
    f: Fam, c: Cust, n: int, d0: int, d1: int, h0: float = 7.0, h1: float = 19.0
) -> None:
    days = f.rng.sample(range(d0, d1 + 1), min(n, d1 - d0 + 1))
    for d in days:
        happy_act(f, c, d, f.rng.uniform(h0, h1))


def office(ts: datetime) -> datetime:
    if ts.hour >= 22 or ts.hour < 7:
        base = ts if ts.hour < 7 else ts + timedelta(days=1)
        ts = base.replace(hour=8, minute=ts.minute % 60)
    return ts


def complaint(f: Fam, c: Cust, ts: datetime, problem: str, channel: str, ref: str) -> str:
    text = f.pick(W.COMPLAINT[problem], c)
    if channel == "phone":
        return f.add(ts, c, "phone", "call", f.pick(W.CALL_COMPLAINT, c, ref=ref))
    if channel == "email":
        return f.add(ts, c, "email", "message", text, subject="Reclamo / Reclamation")
    if channel == "chat":
        return f.add(ts, c, "chat", "chat", text)
    if channel == "web":
        return f.add(ts, c, "web", "ticket", text, attrs={"page": "/contatti"})
    return f.add(ts, c, channel, "post" if channel == "community" else "mention", text)


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        spread_happy(f, c, f.rng.randint(6, 9), 0, 9)
        if f.rng.random() < 0.5:
            happy_survey(f, c, f.at(f.rng.randint(0, 9), 18.5))
    for _ in range(5):
        c = f.person("happy", "night writer", [], [])
        for d in f.rng.sample(range(0, 9), 3):
            ts = f.at(d, f.rng.uniform(22.2, 23.9))
            if f.rng.random() < 0.5:
                f.add(ts, c, "social", "post", f.pick(W.NIGHT_POST, c))
            else:
                f.add(ts, c, "chat", "chat", f.pick(W.NIGHT_Q, c))
                chat_answer(f, c, ts + timedelta(minutes=4), f.pick(W.NIGHT_A, c))
                f.add(ts + timedelta(minutes=9), c, "chat", "chat", f.pick(W.THANKS, c))
        spread_happy(f, c, 2, 0, 9, 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys", [], [])
        for d in f.rng.sample(range(0, 10), f.rng.randint(3, 6)):
            happy_survey(f, c, f.at(d, f.rng.uniform(8, 20)))


def one_bad_day(f: Fam) -> None:
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    nps_idx = set(range(0, 24, 4))
    csat_idx = {1, 6, 10, 14, 18}
    fixed_idx = set(range(0, 24, 2))
    for i, ch in enumerate(chans):
        lang = f.rng.choice(["it", "fr"]) if ch == "long" else None
        det = i in nps_idx and ch != "social"
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
            lang=lang,
        )
        bd = f.rng.randint(2, 9)
        for d in f.rng.sample(
            [x for x in range(0, 12) if x < bd - 1 or x > bd + 2], f.rng.randint(1, 4)
        ):
            happy_act(f, c, d, f.rng.uniform(8, 19))
        ts = f.at(bd, f.rng.uniform(8, 20))
        problem = PROBLEMS[i % 3]
        ref = f.ref()
        if ch == "long":
            eid = f.add(
                ts,
                c,
                "email",
                "message",
                f.pick(W.LONG_EMAIL, c, complaint=f.pick(W.COMPLAINT[problem], c)),
                subject="Reclamo / Reclamation",
            )
        else:
            eid = complaint(f, c, ts, problem, ch, ref)
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "bad_day_event_id": eid,
                "trouble_starts_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "booking": None if ch == "social" else ref,
            }
        )
        if ch == "social":
            continue
        ach = "chat" if ch == "chat" else "email"
        f.add(
            ts + timedelta(minutes=f.rng.randint(10, 40) if ach == "email" else 3),
            c,
            ach,
            "chat" if ach == "chat" else "message",
            f.pick(W.AG_CASE, c, ref=ref),
            out=True,
            subject=None if ach == "chat" else f"Re: {ref}",
        )
        if det:
            sid = low_score(
                f, c, ts + timedelta(minutes=f.rng.randint(100, 140)), "nps", f.rng.randint(1, 5)
            )
            c.truth.update({"nps_given": True, "survey_event_id": sid})
        elif i in csat_idx:
            sid = low_score(
                f, c, ts + timedelta(minutes=f.rng.randint(40, 80)), "csat", f.rng.randint(1, 2)
            )
            c.truth.update({"csat_given": True, "survey_event_id": sid})
        if i in fixed_idx:
            case_mail(
                f,
                c,
                office(ts + timedelta(hours=f.rng.uniform(1, 4))),
                f.pick(W.AG_FIXED, c, ref=ref),
                ref,
            )
            if i % 4 == 2 and i < 22:
                aid = f.add(
                    office(ts + timedelta(hours=f.rng.uniform(16, 24))),
                    c,
                    "chat",
                    "chat",
                    f.pick(W.APOLOGY, c),
                )
                c.truth.update({"apologised": True, "apology_event_id": aid})
    for _ in range(8):
        c = f.person("happy", "control", [], [])
        spread_happy(f, c, f.rng.randint(5, 8), 0, 11)


def repeat_run(
    f: Fam, c: Cust, d0: int, times: int, lead: bool, bilingual: tuple[str, str] | None = None
) -> None:
    r = f.rng
    ts = f.at(d0, r.uniform(8, 19))
    problem = r.choice(PROBLEMS)
    ref = f.ref()
    chans = ["web", "email", "chat", "phone", "social"]
    first = r.choice(["web", "email", "chat"])
    later = [x for x in chans if x != first]
    r.shuffle(later)
    start_iso = ts.strftime("%Y-%m-%dT%H:%M:%SZ")
    ids = [complaint(f, c, ts, problem, first, ref)]
    f.add(
        ts + timedelta(minutes=r.randint(10, 40)) if first != "chat" else ts + timedelta(minutes=3),
        c,
        "chat" if first == "chat" else "email",
        "chat" if first == "chat" else "message",
        f.pick(W.AG_CASE, c, ref=ref),
        out=True,
        subject=None if first == "chat" else f"Re: {ref}",
    )
    if lead:
        case_mail(
            f, c, ts + timedelta(hours=r.uniform(1.5, 2.5)), f.pick(W.AG_LEAD, c, ref=ref), ref
        )
    comp = r.choice(COMPS)
    for n in range(1, times):
        ts = office(ts + timedelta(hours=r.uniform(4, 40)))
        ch = later[n - 1]
        orig = c.lang
        if bilingual:
            c.lang = bilingual[n % 2]
        text = W.STILL[c.lang][min(n - 1, 2)].format(ref=ref, comp=comp)
        if ch == "phone":
            text = f.pick(W.CALL_COMPLAINT, c, ref=ref)
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        ids.append(f.add(ts, c, ch, kind, text, subject=f"Re: {ref}" if ch == "email" else None))
        if ch == "chat":
            chat_answer(f, c, ts + timedelta(minutes=2), f.pick(W.AG_URGENT, c, ref=ref))
        c.lang = orig
    c.truth.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": times,
            "problem_event_ids": ids,
            "agent_passed_on": lead,
            "competitor": comp if times >= 3 else None,
            "trouble_starts_at": start_iso,
        }
    )


def fixed_run(f: Fam, c: Cust, d0: int) -> None:
    r = f.rng
    ts = f.at(d0, r.uniform(8, 18))
    ref = f.ref()
    problem = r.choice(PROBLEMS)
    eid = complaint(f, c, ts, problem, "web", ref)
    case_mail(f, c, ts + timedelta(minutes=r.randint(10, 40)), f.pick(W.AG_CASE, c, ref=ref), ref)
    fx = office(ts + timedelta(hours=r.uniform(3, 20)))
    case_mail(f, c, fx, f.pick(W.AG_FIXED, c, ref=ref), ref)
    cid = f.add(
        office(fx + timedelta(hours=r.uniform(8, 30))),
        c,
        r.choice(["email", "chat"]),
        "message",
        f.pick(W.CONFIRM, c, ref=ref),
    )
    c.truth.setdefault("problems", []).append(
        {"problem": problem, "booking": ref, "problem_event_ids": [eid], "confirm_event_id": cid}
    )


def repeat_contacts(f: Fam) -> None:
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        spread_happy(f, c, f.rng.randint(1, 3), 0, 0, 7, 12)
        repeat_run(f, c, f.rng.randint(1, 4), 2 + i % 3, lead=i % 2 == 0)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], ["silence"])
        spread_happy(f, c, 2, 0, 0, 7, 12)
        fixed_run(f, c, f.rng.randint(1, 4))
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], ["silence"])
        fixed_run(f, c, 1)
        fixed_run(f, c, 6)
    for _ in range(7):
        c = f.person("happy", "frequent writer", [], [])
        spread_happy(f, c, f.rng.randint(6, 9), 0, 9)


def slide(
    f: Fam, c: Cust, d0: int, span: int, nps: bool, langs: tuple[str, str] | None = None
) -> list[str]:
    r = f.rng
    comp = r.choice(COMPS)
    ts = f.at(d0, r.uniform(9, 18))
    ids: list[str] = []
    for n in range(6):
        orig = c.lang
        if langs:
            c.lang = langs[n % 2]
        text = W.SLIDE[c.lang][n].format(comp=comp)
        ch = r.choice(["social", "community", "web"])
        if ch == "web":
            ids.append(
                f.add(
                    ts,
                    c,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][n]), "page": "/recensioni"},
                )
            )
        else:
            ids.append(f.add(ts, c, ch, "post", text))
        c.lang = orig
        if n == 3 and nps:
            sid = low_score(
                f, c, office(ts + timedelta(hours=r.uniform(2.5, 3.5))), "nps", r.randint(1, 5)
            )
            c.truth.update({"nps_given": True, "survey_event_id": sid})
        ts = office(ts + timedelta(hours=max(1.0, span * 24 / 6 * r.uniform(0.6, 1.1))))
    c.truth.update({"slide_event_ids": ids, "slide_days": span, "competitor": comp})
    return ids


def praise_posts(f: Fam, c: Cust, n: int, d1: int, langs: tuple[str, str] | None = None) -> None:
    for k, d in enumerate(f.rng.sample(range(0, d1 + 1), n)):
        orig = c.lang
        if langs:
            c.lang = langs[k % 2]
        f.add(f.at(d, f.rng.uniform(8, 19)), c, "social", "post", f.pick(W.PRAISE, c))
        c.lang = orig


def slow_churners(f: Fam) -> None:
    for i in range(10):
        nps = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            ["sentiment_drop", "detractor"] if nps else ["sentiment_drop"],
            SLIDE_TOL,
        )
        praise_posts(f, c, f.rng.randint(4, 5), 10)
        spread_happy(f, c, f.rng.randint(2, 4), 0, 10)
        slide(f, c, f.rng.randint(12, 16), [3, 5, 5, 9, 9][i % 5], nps)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        spread_happy(f, c, f.rng.randint(4, 6), 0, 15)
        ts = f.at(f.rng.randint(17, 23), f.rng.uniform(9, 17))
        eid = f.add(ts, c, "email", "message", f.pick(W.LEAVE, c), subject="Disdetta / Resiliation")
        f.add(
            ts + timedelta(hours=f.rng.uniform(1, 5)),
            c,
            "email",
            "message",
            f.pick(W.AG_BYE, c),
            out=True,
        )
        cx = f.add(
            office(ts + timedelta(hours=f.rng.uniform(20, 30))),
            c,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/disdetta", "product": "Museora Amici"},
        )
        c.truth.update({"churn_intent_event_id": eid, "cancellation_event_id": cx})
    for _ in range(6):
        c = f.person("happy", "steady", [], [])
        spread_happy(f, c, f.rng.randint(9, 14), 0, 31)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        gids = []
        for _k in range(f.rng.randint(5, 7)):
            gids.append(
                f.add(
                    f.at(d, f.rng.uniform(9, 20)),
                    c,
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.pick(W.GRUMBLE, c),
                )
            )
            d += f.rng.randint(1, 3)
        c.truth["grumble_event_ids"] = gids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], ["silence"])
        spread_happy(f, c, f.rng.randint(4, 6), 0, 16)
        c.truth["sarcasm_event_id"] = f.add(
            f.at(f.rng.randint(17, 28), f.rng.uniform(10, 19)),
            c,
            "social",
            "post",
            f.pick(W.SARCASM, c),
        )


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        spread_happy(f, c, f.rng.randint(1, 3), 0, 2, 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        ts = f.at(f.rng.randint(0, 2), f.rng.uniform(9, 16))
        f.add(ts, c, "web", "page_view", None, attrs={"page": "/mostre"})
        ts += timedelta(minutes=f.rng.randint(20, 30))
        c.truth["grumble_event_id"] = f.add(ts, c, "chat", "chat", f.pick(W.GRUMBLE, c))
        chat_answer(f, c, ts + timedelta(minutes=3), f.pick(W.AG_FORM, c))
    for night in range(3):
        b0 = f.at(night + 1, f.rng.uniform(0.67, 1.08))
        for b, off in enumerate((0, f.rng.uniform(28, 33), f.rng.uniform(55, 65))):
            for _k in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}", [], [])
                ts = b0 + timedelta(minutes=off + f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    eid = f.add(ts, c, "social", "post", f.pick(W.NIGHT_POST, c))
                else:
                    eid = f.add(ts, c, "chat", "chat", f.pick(W.NIGHT_Q, c))
                    f.add(
                        ts + timedelta(minutes=3), c, "chat", "chat", f.pick(W.NIGHT_A, c), out=True
                    )
                    f.add(ts + timedelta(minutes=8), c, "chat", "chat", f.pick(W.THANKS, c))
                c.truth.update(
                    {"night_event_id": eid, "burst_at": b0.strftime("%Y-%m-%dT%H:%M:%SZ")}
                )
                if f.rng.random() < 0.5:
                    happy_act(f, c, f.rng.randint(0, 2), f.rng.uniform(9, 17.5))


PAIRS = [
    ("it", "fr"),
    ("fr", "it"),
    ("it", "en"),
    ("fr", "en"),
    ("it", "de"),
    ("fr", "de"),
    ("fr", "es"),
    ("it", "es"),
    ("fr", "pt"),
    ("it", "pt"),
    ("en", "fr"),
    ("de", "it"),
    ("es", "it"),
    ("pt", "fr"),
]


def bilingual(f: Fam) -> None:
    r = f.rng
    k = 0

    def pair() -> tuple[str, str]:
        nonlocal k
        k += 1
        return PAIRS[(k * 5) % len(PAIRS)]

    for _ in range(12):
        p = pair()
        c = f.person("happy", "alternates languages", [], [], lang=p[0])
        c.truth["languages"] = list(p)
        for n, d in enumerate(r.sample(range(0, 14), r.randint(5, 8))):
            c.lang = p[n % 2]
            happy_act(f, c, d, r.uniform(8, 19))
        c.lang = p[0]
    for i in range(5):
        p = pair()
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL, lang=p[0])
        c.truth["languages"] = list(p)
        spread_happy(f, c, r.randint(1, 3), 0, 1)
        times = [2, 2, 3, 3, 4][i]
        repeat_run(f, c, r.randint(2, 5), times, lead=times >= 3, bilingual=p)
    for _ in range(5):
        p = pair()
        c = f.person("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL, lang=p[0])
        c.truth["languages"] = list(p)
        praise_posts(f, c, 5, 5, langs=p)
        spread_happy(f, c, r.randint(1, 3), 0, 5)
        slide(f, c, r.randint(7, 8), r.randint(3, 5), False, langs=p)
    for _ in range(3):
        p = pair()
        c = f.person("happy_one_bad_day", "one bad day", [], ["silence"], lang=p[0])
        c.truth["languages"] = list(p)
        spread_happy(f, c, 3, 0, 4)
        c.lang = p[1]
        ts = f.at(r.randint(7, 10), r.uniform(9, 18))
        ref = f.ref()
        c.truth.update(
            {
                "bad_day_event_id": complaint(f, c, ts, r.choice(PROBLEMS), "email", ref),
                "bad_day_language": p[1],
                "booking": ref,
            }
        )
        case_mail(f, c, ts + timedelta(minutes=20), f.pick(W.AG_CASE, c, ref=ref), ref)
        c.lang = p[0]
    for _ in range(2):
        p = pair()
        c = f.person("resolved_between_contacts", "fixed", [], ["silence"], lang=p[0])
        c.truth["languages"] = list(p)
        spread_happy(f, c, 2, 0, 2)
        fixed_run(f, c, r.randint(3, 6))


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    plan = (
        [
            ("at_risk", 5, 3, "invoice"),
            ("at_risk", 5, 4, "refused"),
            ("at_risk", 4, 3, "refused"),
            ("at_risk", 6, 4, "invoice"),
            ("at_risk", 4, 3, "invoice"),
        ]
        + [("one_unhappy", 3, 1, "invoice")] * 4
        + [("mild", 4, 0, "")] * 3
        + [("happy", 3, 0, "")] * 3
    )
    langs = [
        "it",
        "fr",
        "it",
        "fr",
        "de",
        "it",
        "fr",
        "en",
        "es",
        "pt",
        "fr",
        "it",
        "de",
        "fr",
        "it",
    ]
    for a, (kind, n, unhappy, problem) in enumerate(plan):
        lg = langs[a]
        acc = f"MOP-{MARKETS[lg][0]}-{4100 + a * 13}"
        keys: list[str] = []
        bad: list[str] = []
        contacts: list[Cust] = []
        for j in range(n):
            comp_role = j < unhappy
            if kind == "at_risk" and comp_role:
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    ["detractor"] if j < unhappy - 1 else ["repeat_contact"],
                    [*REPEAT_TOL, "account_risk"],
                    lang=lg,
                    account=acc,
                )
            elif kind == "one_unhappy" and comp_role:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    lang=lg,
                    account=acc,
                )
            elif kind == "mild" and j < 2:
                c = f.person("b2b_mild", "suggests", [], ["silence"], lang=lg, account=acc)
            else:
                c = f.person("b2b_happy", "contact", [], [], lang=lg, account=acc)
            c.market = MARKETS[lg][0]
            c.truth["country"] = c.market
            contacts.append(c)
            keys.append(c.key)
            if c.truth["persona"] in ("b2b_unhappy", "b2b_one_unhappy"):
                bad.append(c.key)
        for c in contacts:
            if c.truth["persona"] == "b2b_happy":
                for d in r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(3, 5)):
                    ts = f.at(d, r.uniform(8, 16.5))
                    if r.random() < 0.6:
                        f.add(ts, c, "chat", "chat", f.pick(W.B2B_ROUTINE, c))
                        chat_answer(
                            f, c, ts + timedelta(minutes=r.randint(1, 6)), f.pick(W.ANSWER, c)
                        )
                    else:
                        happy_survey(f, c, ts)
            else:
                f.add(
                    f.at(r.randint(0, 1), r.uniform(8, 16)),
                    c,
                    "web",
                    "page_view",
                    None,
                    attrs={"page": "/portale"},
                )
        ref = f.ref()
        t = (
            f.at(2, r.uniform(8, 11))
            if kind == "at_risk"
            else f.at(r.randint(3, 7), r.uniform(8, 15))
        )
        first_name = contacts[0].name.split()[0]
        for j, c in enumerate(contacts[:unhappy]):
            prev = "" if j == 0 else f.pick(W.B2B_PREV, c, first=first_name, ref=ref)
            eid = f.add(
                t,
                c,
                "email",
                "message",
                f.pick(W.B2B_COMPLAINT[problem], c, prev=prev).strip(),
                subject=f"Reclamo {ref}",
            )
            c.truth.update(
                {
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "booking": ref,
                    "problem": problem,
                    "company": acc,
                }
            )
            if j == 0:
                case_mail(
                    f,
                    c,
                    t + timedelta(minutes=r.randint(20, 60)),
                    f.pick(W.AG_CASE, c, ref=ref),
                    ref,
                )
            if "detractor" in c.truth["expected_rules"]:
                c.truth["survey_event_id"] = low_score(
                    f, c, t + timedelta(hours=r.uniform(1, 3)), "nps", r.randint(1, 5)
                )
            else:
                t2 = t + timedelta(hours=r.uniform(18, 40))
                t2 = t2.replace(hour=min(max(t2.hour, 8), 16))
                eid2 = f.add(
                    t2, c, "phone", "call", f.pick(W.B2B_LAST, c, ref=ref, comp=r.choice(COMPS))
                )
                c.truth["complaint_event_ids"].append(eid2)
            t = t + timedelta(hours=r.uniform(8, 28))
            if t.hour >= 17 or t.hour < 8:
                t = (t + timedelta(days=1 if t.hour >= 17 else 0)).replace(hour=9)
        if kind == "mild":
            for c in contacts[:2]:
                ts = f.at(r.randint(3, 9), r.uniform(8, 16))
                c.truth["mild_event_id"] = f.add(
                    ts,
                    c,
                    "web",
                    "ticket",
                    f.pick(W.B2B_MILD, c),
                    attrs={"page": "/portale/suggerimenti"},
                )
                f.add(
                    ts + timedelta(minutes=30),
                    c,
                    "email",
                    "message",
                    f.pick(W.AG_FORM, c),
                    out=True,
                )
        f.accounts[acc] = {
            "company": f"{acc} srl",
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": len(bad),
            "unhappy_contact_keys": bad,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "language": lg,
            "country": MARKETS[lg][0],
        }


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer", [], [])
        for d in r.sample(range(0, 6), r.randint(2, 5)):
            happy_act(f, c, d, r.uniform(12, 19) if d == 5 else r.uniform(8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        ts = f.at(0, r.uniform(9, 16))
        c.truth["grumble_event_id"] = f.add(ts, c, "chat", "chat", f.pick(W.GRUMBLE, c))
        chat_answer(f, c, ts + timedelta(minutes=3), f.pick(W.AG_FORM, c))
    for lg, h in (("it", 9.67), ("fr", 16.08)):
        c = f.person("grumbles_once", "lone question", [], ["silence"], lang=lg)
        ts = f.at(4, h)
        c.truth["lone_report_event_id"] = f.add(ts, c, "chat", "chat", f.pick(W.LONE_Q, c))
        chat_answer(f, c, ts + timedelta(minutes=4), f.pick(W.AG_LONE, c))
    start = f.at(5, 8 + 10 / 60)
    langs = ["it"] * 6 + ["fr"] * 6 + ["en", "en", "de", "de", "pt", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    offs = sorted([0.0, 45.0] + [r.uniform(1, 44) for _ in range(18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    nrep = 0
    for i, lg in enumerate(langs):
        regular = i % 3 != 2
        rep = nrep < 6 and i % 2 == 0
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
            lang=lg,
        )
        if regular:
            happy_act(f, c, 2, r.uniform(8, 17.5))
        ts = start + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.pick(W.SPIKE, c)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = f.add(
            ts,
            c,
            ch,
            kind,
            text,
            subject="Biglietti / Billets" if ch == "email" else None,
            attrs={"page": "/contatti"} if ch == "web" else None,
        )
        if ch == "chat":
            chat_answer(f, c, ts + timedelta(minutes=2), f.pick(W.AG_SPIKE, c))
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
        if rep:
            nrep += 1
            ch2 = [x for x in ("email", "chat", "community") if x != ch][nrep % 2]
            kind2 = {"chat": "chat", "community": "post", "email": "message"}[ch2]
            rid = f.add(
                ts + timedelta(minutes=r.uniform(10, 60)), c, ch2, kind2, f.pick(W.SPIKE_AGAIN, c)
            )
            reps.append(rid)
            c.truth["repeat_event_id"] = rid
        elif i % 3 == 1 and sum(1 for x in f.custs if x.truth.get("agent_fixed")) < 6:
            f.add(
                f.at(5, 11 + r.uniform(8, 17) / 60),
                c,
                "email",
                "message",
                f.pick(W.AG_SPIKE_OK, c),
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "museum-pass app: booked timed-entry tickets vanish from the in-app wallet, visitors turned away at the door",
        "about": "the planted incident",
        "channel": None,
        "start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (start + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


CHANNEL_IDS = {
    "phone": ("phone",),
    "social": ("handle",),
    "community": ("handle",),
    "email": ("email",),
    "web": ("customer_id",),
    "chat": ("customer_id",),
    "survey": ("customer_id",),
}
FAMILIES = [
    ("happy_writers", "HW", datetime(2026, 3, 16, tzinfo=UTC), 10, happy_writers),
    ("one_bad_day", "BD", datetime(2026, 4, 13, tzinfo=UTC), 12, one_bad_day),
    ("repeat_contacts", "RC", datetime(2026, 5, 25, tzinfo=UTC), 10, repeat_contacts),
    ("slow_churners", "SC", datetime(2026, 6, 29, tzinfo=UTC), 32, slow_churners),
    ("quiet_hours", "QH", datetime(2026, 8, 21, tzinfo=UTC), 3, quiet_hours),
    ("bilingual", "BL", datetime(2026, 9, 14, tzinfo=UTC), 14, bilingual),
    ("b2b_accounts", "BB", datetime(2026, 10, 5, tzinfo=UTC), 14, b2b_accounts),
    ("topic_spike", "TS", datetime(2026, 11, 2, tzinfo=UTC), 7, topic_spike),
]


def finish(f: Fam) -> tuple[str, str]:
    f.rows.sort(key=lambda x: (x["occurred_at"], x["event_id"]))
    seen: set[str] = set()
    out: list[str] = []
    for row in f.rows:
        c: Cust = row.pop("_c")
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        if row["direction"] == "outbound" or (c.key not in seen and row["direction"] == "inbound"):
            ref = full
            if row["direction"] == "inbound":
                seen.add(c.key)
        else:
            ref = dict.fromkeys(full)
            names = CHANNEL_IDS[row["channel"]]
            if c.account and names == ("handle",):
                names = ("email",)
            for n in names:
                ref[n] = full[n]
            ref["account_id"] = c.account
        row["customer"] = ref
        out.append(json.dumps(row, ensure_ascii=False))
    customers = {c.key: c.truth for c in f.custs}
    expected: dict[str, int] = {}
    for c in f.custs:
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    last = max(datetime.fromisoformat(x["occurred_at"].replace("Z", "+00:00")) for x in f.rows)
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    assert end < datetime(2026, 11, 15, tzinfo=UTC)
    truth = {
        "config": {
            "family": f.name,
            "business": "Museora (museum and exhibition passes; Museora Pro for companies and schools)",
            "days": f.days,
            "seed": SEED,
            "written": "2026-12-06",
            "expected": expected,
        },
        "start": f.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": customers,
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    return "\n".join(out) + "\n", json.dumps(
        truth, ensure_ascii=False, indent=1, sort_keys=True
    ) + "\n"


def main() -> None:
    for n, (name, code, start, days, build) in enumerate(FAMILIES, 1):
        f = Fam(
            name,
            code,
            start,
            days,
            random.Random(SEED * 100 + n),
            random.Random(SEED * 100 + 50 + n),
        )
        build(f)
        for c in f.custs:
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        jsonl, truth = finish(f)
        (HERE / f"{name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{name}.truth.json").write_text(truth, encoding="utf-8")


if __name__ == "__main__":
    main()
