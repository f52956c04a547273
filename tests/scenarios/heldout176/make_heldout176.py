# ruff: noqa: E501
"""Build heldout176 (Nuotara, written blind, report only): python make_heldout176.py."""

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
import wording as w  # noqa: E402

SEED = 20261031
LANG_W = [("it", 30), ("pt", 30), ("en", 10), ("fr", 10), ("de", 10), ("es", 10)]
COMPETITORS = ("Vascara", "Bracciata")
PHONE = {
    "IT": ("+39", "3", 9),
    "CH": ("+41", "7", 8),
    "PT": ("+351", "9", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "DE": ("+49", "1", 10),
    "AT": ("+43", "6", 9),
    "ES": ("+34", "6", 8),
}
CURRENCY = {"UK": "GBP", "CH": "CHF"}
USED: set[str] = set()
TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_SLIDE = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    out = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in out if unicodedata.category(ch) != "Mn" or ch == "\u0303")


def spoken(text: str) -> str:
    keep = [t for t in text.replace("\n", " ").split() if t]
    words = []
    for tok in keep:
        tok = tok.strip(".,:;!?¿¡'\"()")
        if not tok:
            continue
        words.append(tok if any(ch.isdigit() for ch in tok) else tok.lower())
    return " ".join(words)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    b2b: bool = False


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    rng: random.Random
    rough: random.Random
    custs: list[Cust] = field(default_factory=list)
    rows: list[tuple[datetime, int, Cust, dict[str, Any]]] = field(default_factory=list)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def uniq(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        market: str | None = None,
    ) -> Cust:
        r = self.rng
        lang = lang or r.choices([lg for lg, _ in LANG_W], [wt for _, wt in LANG_W])[0]
        market = market or r.choice(w.MARKETS[lang])
        first, last = r.choice(w.FIRST[lang]), r.choice(w.LAST[lang])
        key = self.uniq(lambda: f"NT{self.code}{r.randint(1000, 9999)}")
        base = strip_accents(f"{first}.{last}".lower()).replace("\u0303", "").replace(" ", "")
        if domain:
            email = self.uniq(lambda: f"{base.split('.')[0]}{r.randint(1, 99)}@{domain}")
        else:
            email = self.uniq(
                lambda: (
                    f"{base}{r.randint(1, 999)}@{r.choice(['mail', 'posta', 'correio', 'inbox'])}.example"
                )
            )
        cc, pre, ndig = PHONE[market]
        phone = self.uniq(lambda: cc + pre + "".join(str(r.randint(0, 9)) for _ in range(ndig - 1)))
        handle = (
            None
            if account
            else self.uniq(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{last}_{first}",
                            f"{first}{last[0]}",
                            f"{first}_{last}{r.randint(1, 99)}",
                        ]
                    )
                    .lower()
                    .replace(" ", "")
                )
            )
        )
        if handle:
            handle = "@" + strip_accents(handle[1:]).replace("\u0303", "")
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": dict(ids),
            "expected_rules": list(expected or []),
            "tolerated_rules": list(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "town": r.choice(w.TOWNS[market]),
        }
        c = Cust(key, lang, market, first, last, ids, truth, b2b=bool(account))
        self.custs.append(c)
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.n += 1
        eid = f"h176-{self.code.lower()}-{self.n:05d}"
        if text and direction == "inbound" and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text and channel == "social" and direction == "inbound" and not c.b2b:
            i = text.rfind("Nuotara")
            text = text[:i] + "@" + text[i:] if i >= 0 else "@Nuotara " + text
        a = {"market": c.market} | (attrs or {})
        if c.b2b:
            a["segment"] = "b2b"
        if direction == "outbound":
            a["agent"] = self.rng.choice(["Sofia", "Miguel", "Alice", "Bruno", "Teresa"])
        tp = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": direction,
            "text": text,
            "subject": subject,
            "scores": scores or {},
            "source": f"nuotara-{channel}",
            "attributes": a,
        }
        self.rows.append((t, self.n, c, tp))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 1 / 7:
            words = text.split(" ")
            cand = [i for i, x in enumerate(words) if len(x) >= 5 and x.isalpha() and x.islower()]
            if cand:
                i = r.choice(cand)
                x = words[i]
                j = r.randint(1, len(x) - 3)
                words[i] = x[:j] + x[j + 1] + x[j] + x[j + 2 :]
                text = " ".join(words)
        if r.random() < 0.1:
            text = strip_accents(text).replace("\u0303", "")
        if r.random() < 1 / 8 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        return text

    def case(self) -> str:
        return self.uniq(lambda: f"NT-{self.rng.randint(100000, 999999)}")


def daytime(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute % 60)
    return t


def happy_act(f: Fam, c: Cust, t: datetime, surveys: bool = True, b2b: bool = False) -> None:
    r, lg = f.rng, c.lang
    kinds = [
        "praise",
        "again",
        "gripe",
        "chat",
        "email",
        "phone",
        "buy",
        "view",
        "review",
        "joke",
    ] + (["survey"] if surveys else [])
    if b2b:
        kinds = ["chat", "buy", "view", "praise"] + (["survey"] if surveys else [])
    k = r.choice(kinds)
    later = t + timedelta(minutes=r.randint(1, 6))
    if k == "praise":
        if b2b:
            f.add(c, t, "community", "post", f.pick(w.B2B_PRAISE, lg))
        else:
            f.add(c, t, "social", r.choice(["post", "mention"]), f.pick(w.PRAISE, lg))
    elif k == "again":
        f.add(c, t, "community", "post", f.pick(w.AGAIN, lg))
    elif k == "gripe":
        f.add(
            c,
            t,
            "web",
            "review",
            f.pick(w.PRAISE_GRIPE, lg),
            attrs={"rating": "4", "page": "/reviews"},
        )
    elif k in ("chat", "email"):
        q, a = (w.B2B_Q, w.B2B_A) if b2b else (w.QUESTION, w.ANSWER)
        ch, kd = ("chat", "chat") if k == "chat" else ("email", "message")
        f.add(c, t, ch, kd, f.pick(q, lg))
        if k == "email":
            later = t + timedelta(minutes=r.randint(30, 120))
        f.add(c, later, ch, kd, f.pick(a, lg), direction="outbound")
        if r.random() < 0.6:
            f.add(c, later + timedelta(minutes=r.randint(1, 20)), ch, kd, f.pick(w.THANKS, lg))
    elif k == "phone":
        f.add(c, t, "phone", "call", f.pick(w.PHONE_Q, lg))
        f.add(
            c,
            t + timedelta(minutes=r.randint(10, 50)),
            "email",
            "message",
            f.pick(w.PHONE_FOLLOWUP, lg),
            direction="outbound",
        )
    elif k == "buy":
        name, price = r.choice(w.PRODUCTS)
        f.add(c, t, "web", "page_view", attrs={"page": r.choice(w.PAGES)})
        f.add(
            c,
            t + timedelta(minutes=r.randint(2, 12)),
            "web",
            "purchase",
            attrs={
                "order_value": price + ".00",
                "currency": CURRENCY.get(c.market, "EUR"),
                "product": name,
                "page": "/checkout",
            },
        )
    elif k == "view":
        f.add(c, t, "web", "page_view", attrs={"page": r.choice(w.PAGES)})
    elif k == "review":
        f.add(
            c, t, "web", "review", f.pick(w.REVIEW, lg), attrs={"rating": "5", "page": "/reviews"}
        )
    elif k == "joke":
        f.add(c, t, "social", "post", f.pick(w.JOKE, lg))
    else:
        survey(f, c, t)


def survey(f: Fam, c: Cust, t: datetime) -> None:
    r = f.rng
    s = r.choice(["nps", "csat", "ces"])
    val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[s]
    f.add(
        c,
        t,
        "survey",
        "survey_response",
        r.choice([f.pick(w.SURVEY_WORD, c.lang), None]),
        scores={s: val},
        attrs={"survey": s},
    )


def happy_days(
    f: Fam,
    c: Cust,
    n: int,
    days: list[int],
    lo: float = 7.0,
    hi: float = 19.0,
    surveys: bool = True,
    b2b: bool = False,
) -> None:
    for d in f.rng.sample(days, min(n, len(days))):
        happy_act(f, c, f.at(d, f.rng.uniform(lo, hi)), surveys, b2b)


def complaint(
    f: Fam, c: Cust, t: datetime, problem: str, how: str, lang: str | None = None
) -> tuple[str, str | None, datetime]:
    """One angry message; returns its event id, the case (or None) and when the reply came."""
    r, lg = f.rng, lang or c.lang
    amt = w.AMOUNT[lg]
    short = r.choice(w.PROBLEM_SHORT[problem][lg]).format(amt=amt)
    subj = w.COMPLAINT_SUBJ[lg] + w.PROBLEM_WORDS[problem][lg]
    case = None if how == "social" else f.case()
    reply = t + timedelta(minutes=r.randint(10, 40))
    if how == "long":
        eid = f.add(
            c,
            t,
            "email",
            "message",
            r.choice(w.LONG_EMAIL[lg]).format(problem=w.PROBLEM_LONG[problem][lg], name=c.first),
            subject=subj,
        )
    elif how == "email":
        eid = f.add(c, t, "email", "message", short, subject=subj)
    elif how == "chat":
        eid = f.add(c, t, "chat", "chat", short)
        reply = t + timedelta(minutes=r.randint(1, 5))
        f.add(
            c,
            reply,
            "chat",
            "chat",
            f.pick(w.CHAT_CASE, lg).format(case=case),
            direction="outbound",
        )
    elif how == "social":
        eid = f.add(c, t, "social", "mention", short)
    elif how == "web":
        eid = f.add(c, t, "web", "ticket", short, attrs={"page": "/contact"})
        f.add(
            c,
            reply,
            "email",
            "message",
            f.pick(w.FORM_ACK, lg).format(case=case),
            direction="outbound",
            subject=w.CASE_SUBJ[lg] + str(case),
        )
    else:
        eid = f.add(
            c,
            t,
            "phone",
            "call",
            spoken(r.choice(w.PHONE_COMPLAINT[lg]).format(problem=w.PROBLEM_LONG[problem][lg])),
        )
    if how in ("long", "email", "phone"):
        f.add(
            c,
            reply,
            "email",
            "message",
            f.pick(w.CASE_OPENED, lg).format(first=c.first, case=case),
            direction="outbound",
            subject=w.CASE_SUBJ[lg] + str(case),
        )
    return eid, case, reply


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    ch: str,
    case: str,
    problem: str,
    n: int,
    comp: str | None,
    lang: str | None = None,
) -> str:
    r, lg = f.rng, lang or c.lang
    text = r.choice(w.STILL_OPEN[lg]).format(case=case, problem=w.PROBLEM_LONG[problem][lg])
    if n == 3 and comp:
        text += " " + r.choice(w.THIRD_LINE[lg]).format(comp=comp)
    if n == 4:
        text += " " + f.pick(w.FOURTH_LINE, lg)
    if ch == "phone":
        return f.add(c, t, "phone", "call", spoken(text))
    if ch == "chat":
        eid = f.add(c, t, "chat", "chat", text)
        f.add(
            c,
            t + timedelta(minutes=r.randint(1, 5)),
            "chat",
            "chat",
            f.pick(w.CHAT_URGENT, lg).format(case=case),
            direction="outbound",
        )
        return eid
    if ch == "web":
        return f.add(c, t, "web", "ticket", text, attrs={"page": "/contact"})
    if ch == "social":
        return f.add(c, t, "social", "mention", text)
    return f.add(c, t, "email", "message", text, subject=w.CASE_SUBJ[lg] + case)


def fixed_case(
    f: Fam, c: Cust, t: datetime, problem: str, how: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    r = f.rng
    eid, case, reply = complaint(f, c, t, problem, how, lang)
    fixed = daytime(reply + timedelta(hours=r.uniform(3, 20)))
    f.add(
        c,
        fixed,
        "email",
        "message",
        f.pick(w.GOOD_NEWS, lang).format(case=case),
        direction="outbound",
        subject=w.CASE_SUBJ[lang] + str(case),
    )
    conf_t = daytime(fixed + timedelta(hours=r.uniform(8, 30)))
    ch = r.choice(["email", "chat"])
    ceid = f.add(
        c,
        conf_t,
        ch,
        "message" if ch == "email" else "chat",
        f.pick(w.CONFIRM, confirm_lang).format(case=case),
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf_t),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": how,
        "confirm_channel": ch,
    }


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def slide(f: Fam, c: Cust, start: datetime, span: float, comp: str, langs: list[str]) -> list[str]:
    r = f.rng
    ids, t = [], start
    gaps = sorted(r.uniform(0, span) for _ in range(5))
    prev = 0.0
    for i in range(6):
        if i:
            t = daytime(t + timedelta(days=max(gaps[i - 1] - prev, 0.05), hours=1))
            prev = gaps[i - 1]
        lg = langs[i % len(langs)]
        text = w.SLIDE[lg][i].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "post", text))
    return ids


def build_happy_writers(f: Fam) -> None:
    r = f.rng
    days = list(range(10))
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, r.randint(5, 8), days)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in r.sample(days[:-1], r.randint(2, 4)):
            t = f.at(d, r.uniform(22.2, 28.5))
            if r.random() < 0.5:
                f.add(c, t, "social", "post", f.pick(w.NIGHT_POST, c.lang))
            else:
                f.add(c, t, "chat", "chat", f.pick(w.NIGHT_Q, c.lang))
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(1, 4)),
                    "chat",
                    "chat",
                    f.pick(w.NIGHT_A, c.lang),
                    direction="outbound",
                )
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(5, 9)),
                    "chat",
                    "chat",
                    f.pick(w.THANKS, c.lang),
                )
        happy_days(f, c, r.randint(2, 3), days, 9, 18, surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in r.sample(days, r.randint(3, 6)):
            survey(f, c, f.at(d, r.uniform(8, 20)))


def build_one_bad_day(f: Fam) -> None:
    r = f.rng
    hows = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = [p for p in w.PROBLEM_SHORT for _ in range(6)]
    r.shuffle(probs)
    cased = []
    for i, how in enumerate(hows):
        lang = ["it", "pt", "it", "pt"][i] if how == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lang, tolerated=["silence"])
        bd = r.randint(2, 9)
        t = f.at(bd, r.uniform(8, 20))
        ok = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        happy_days(f, c, r.randint(1, 5), ok, surveys=False)
        eid, case, reply = complaint(f, c, t, probs[i], how)
        c.truth |= {
            "problem": probs[i],
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "booking": case,
            "channel": how,
            "long_email": how == "long",
            "trouble_starts_at": iso(t),
        }
        if case:
            cased.append((c, t, case, reply))
    r.shuffle(cased)
    for j, (c, t, case, reply) in enumerate(cased):
        if j < 6:
            nps = r.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth |= {
                "persona": "bad_day_detractor",
                "expected_rules": ["detractor"],
                "nps_given": True,
                "nps": nps,
                "survey_event_id": sid,
            }
        elif j < 11:
            cs = r.randint(1, 2)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                r.choice([f.pick(w.SURVEY_WORD, c.lang)[:0] or None, None]),
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            c.truth |= {"csat_given": True, "csat": cs, "survey_event_id": sid}
        if j % 5 != 4 and j < 15:
            if sum(1 for x in f.custs if x.truth.get("agent_fixed")) >= 12:
                continue
            g = daytime(reply + timedelta(hours=r.uniform(1, 4)))
            f.add(
                c,
                g,
                "email",
                "message",
                f.pick(w.GOOD_NEWS, c.lang).format(case=case),
                direction="outbound",
                subject=w.CASE_SUBJ[c.lang] + case,
            )
            c.truth["agent_fixed"] = True
            if sum(1 for x in f.custs if x.truth.get("apologised")) < 5:
                at = daytime(t + timedelta(hours=r.uniform(16, 24)))
                ch = r.choice(["chat", "email"])
                aid = f.add(
                    c, at, ch, "chat" if ch == "chat" else "message", f.pick(w.APOLOGY, c.lang)
                )
                c.truth |= {"apologised": True, "apology_at": iso(at), "apology_event_id": aid}
    for _ in range(8):
        c = f.person("happy", "control")
        happy_days(f, c, r.randint(4, 7), list(range(12)), surveys=False)


def repeat_run(
    f: Fam, c: Cust, first_day: int, first_how: str, times: int, escalate: bool, langs: list[str]
) -> None:
    r = f.rng
    problem = r.choice(list(w.PROBLEM_SHORT))
    t = f.at(first_day, r.uniform(8, 19))
    eid, case, _reply = complaint(f, c, t, problem, first_how, langs[0])
    assert case
    if escalate:
        f.add(
            c,
            t + timedelta(hours=r.uniform(1.5, 2.5)),
            "email",
            "message",
            f.pick(w.ESCALATED, langs[0]).format(first=c.first, case=case),
            direction="outbound",
            subject=w.CASE_SUBJ[langs[0]] + case,
        )
    pool = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_how]
    r.shuffle(pool)
    comp = r.choice(COMPETITORS) if times >= 3 else None
    ids = [eid]
    for n in range(2, times + 1):
        t = daytime(t + timedelta(hours=r.uniform(4, 40)))
        ids.append(
            later_contact(f, c, t, pool[n - 2], case, problem, n, comp, langs[(n - 1) % len(langs)])
        )
    c.truth |= {
        "problem": problem,
        "booking": case,
        "contacts": times,
        "channels": [first_how, *pool[: times - 1]],
        "channel": first_how,
        "agent_passed_on": escalate,
        "problem_event_ids": ids,
        "competitor": comp,
        "trouble_starts_at": iso(
            f.at(first_day, 0)
            if False
            else datetime.fromisoformat(
                f.rows[[x[3]["event_id"] for x in f.rows].index(eid)][3]["occurred_at"].replace(
                    "Z", "+00:00"
                )
            )
        ),
    }


def build_repeat_contacts(f: Fam) -> None:
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    times = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(times)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT)
        for _ in range(r.randint(1, 3)):
            happy_act(f, c, f.at(0, r.uniform(7, 12)))
        repeat_run(f, c, r.randint(1, 4), firsts[i], times[i], i % 2 == 0, [c.lang])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        happy_days(f, c, r.randint(1, 2), [0, 8, 9])
        p = fixed_case(
            f,
            c,
            f.at(r.randint(1, 4), r.uniform(8, 18)),
            r.choice(list(w.PROBLEM_SHORT)),
            r.choice(["email", "web", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth |= {"problems": [p], "booking": p["booking"], "trouble_starts_at": p["raised_at"]}
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        a, b = r.sample(list(w.PROBLEM_SHORT), 2)
        d = r.randint(0, 1)
        p1 = fixed_case(
            f, c, f.at(d, r.uniform(8, 17)), a, r.choice(["email", "web"]), c.lang, c.lang
        )
        p2 = fixed_case(
            f,
            c,
            f.at(d + r.randint(4, 5), r.uniform(8, 17)),
            b,
            r.choice(["chat", "email"]),
            c.lang,
            c.lang,
        )
        c.truth |= {"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]}
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in r.sample(range(10), r.randint(5, 8)):
            t = f.at(d, r.uniform(8, 19))
            lg = c.lang
            ch = r.choice(["chat", "email", "phone"])
            if ch == "phone":
                f.add(c, t, "phone", "call", f.pick(w.PHONE_Q, lg))
                f.add(
                    c,
                    t + timedelta(minutes=20),
                    "email",
                    "message",
                    f.pick(w.PHONE_FOLLOWUP, lg),
                    direction="outbound",
                )
            else:
                kd = "chat" if ch == "chat" else "message"
                f.add(c, t, ch, kd, f.pick(w.QUESTION, lg))
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(2, 40)),
                    ch,
                    kd,
                    f.pick(w.ANSWER, lg),
                    direction="outbound",
                )


def build_slow_churners(f: Fam) -> None:
    r = f.rng
    spans = [3.0] + [5.0] * 5 + [9.0] * 4
    for i in range(10):
        c = f.person("slow_churner", "slides", expected=["sentiment_drop"], tolerated=TOL_SLIDE)
        for d in r.sample(range(11), r.randint(4, 5)):
            f.add(c, f.at(d, r.uniform(8, 20)), "social", "post", f.pick(w.PRAISE, c.lang))
        happy_days(f, c, r.randint(2, 4), list(range(11)), surveys=False)
        comp = r.choice(COMPETITORS)
        ids = slide(f, c, f.at(r.randint(12, 16), r.uniform(9, 18)), spans[i], comp, [c.lang])
        c.truth |= {
            "slide_event_ids": ids,
            "slide_days": spans[i],
            "competitor": comp,
            "trouble_starts_at": next(
                x[3]["occurred_at"] for x in f.rows if x[3]["event_id"] == ids[0]
            ),
        }
        if i < 5:
            t4 = datetime.fromisoformat(
                next(x[3]["occurred_at"] for x in f.rows if x[3]["event_id"] == ids[3]).replace(
                    "Z", "+00:00"
                )
            )
            nps = r.randint(1, 5)
            sid = f.add(
                c,
                daytime(t4 + timedelta(hours=r.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth |= {
                "expected_rules": ["sentiment_drop", "detractor"],
                "nps_given": True,
                "nps": nps,
                "survey_event_id": sid,
            }
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        happy_days(f, c, r.randint(4, 6), list(range(16)), surveys=False)
        t = f.at(r.randint(17, 23), r.uniform(8, 18))
        ce = f.add(c, t, "email", "message", f.pick(w.CANCEL_REQ, c.lang), subject="Più")
        f.add(
            c,
            daytime(t + timedelta(hours=r.uniform(1, 5))),
            "email",
            "message",
            f.pick(w.SORRY_GO, c.lang).format(first=c.first),
            direction="outbound",
        )
        ct = t + timedelta(hours=r.uniform(20, 30))
        cx = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Nuotara Più"},
        )
        c.truth |= {
            "churn_intent_event_id": ce,
            "cancellation_event_id": cx,
            "churn_at": iso(ct),
            "trouble_starts_at": iso(t),
        }
    for _ in range(6):
        c = f.person("happy", "steady")
        happy_days(f, c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        gd = float(r.randint(0, 4))
        gids = []
        for _ in range(r.randint(5, 7)):
            t = f.at(gd, r.uniform(8, 20))
            ch = r.choice(["social", "community", "web", "review"])
            txt = f.pick(w.GRUMBLE, c.lang)
            if ch == "review":
                gids.append(
                    f.add(c, t, "web", "review", txt, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                gids.append(f.add(c, t, "web", "ticket", txt, attrs={"page": "/contact"}))
            else:
                gids.append(f.add(c, t, ch, "post", txt))
            gd += r.randint(1, 3)
        for _ in range(r.randint(0, 2)):
            happy_act(f, c, f.at(r.randint(0, 30), r.uniform(9, 18)), surveys=False)
        c.truth |= {
            "grumble_event_ids": gids,
            "trouble_starts_at": next(
                x[3]["occurred_at"] for x in f.rows if x[3]["event_id"] == gids[0]
            ),
        }
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        happy_days(f, c, r.randint(4, 7), [d for d in range(32) if d < 17 or d > 28], surveys=False)
        sid = f.add(
            c,
            f.at(r.randint(17, 28), r.uniform(9, 20)),
            "social",
            "post",
            f.pick(w.SARCASM, c.lang),
        )
        c.truth["sarcasm_event_id"] = sid


def build_quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, r.randint(1, 3), [0, 1, 2], 7, 17.5, surveys=False)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(r.randint(0, 2), r.uniform(9, 16))
        f.add(c, t, "web", "page_view", attrs={"page": "/pools/map"})
        g = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            gid = f.add(c, g, "chat", "chat", f.pick(w.MILD, c.lang))
            f.add(
                c,
                g + timedelta(minutes=3),
                "chat",
                "chat",
                f.pick(w.MILD_A, c.lang),
                direction="outbound",
            )
        else:
            gid = f.add(c, g, "web", "ticket", f.pick(w.MILD, c.lang), attrs={"page": "/contact"})
            f.add(
                c,
                g + timedelta(minutes=r.randint(20, 60)),
                "email",
                "message",
                f.pick(w.MILD_A, c.lang),
                direction="outbound",
            )
        c.truth |= {"grumble_event_id": gid, "trouble_starts_at": iso(g)}
    for night in range(1, 4):
        b0 = f.at(night, r.uniform(0.67, 1.08))
        bursts = [
            b0,
            b0 + timedelta(minutes=r.randint(28, 33)),
            b0 + timedelta(minutes=r.randint(55, 65)),
        ]
        for m, bt in enumerate(bursts, 1):
            for _ in range(4):
                c = f.person("night_owl", f"night {night}, burst {m}")
                t = bt + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    nid = f.add(c, t, "chat", "chat", f.pick(w.NIGHT_Q, c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=2),
                        "chat",
                        "chat",
                        f.pick(w.NIGHT_A, c.lang),
                        direction="outbound",
                    )
                    f.add(c, t + timedelta(minutes=5), "chat", "chat", f.pick(w.THANKS, c.lang))
                else:
                    nid = f.add(c, t, "social", "post", f.pick(w.NIGHT_POST, c.lang))
                c.truth |= {"burst_at": iso(bt), "night_event_id": nid}
                if r.random() < 0.5:
                    happy_act(f, c, f.at(r.randint(0, 2), r.uniform(9, 17.5)), surveys=False)


PAIRS = [
    ("it", "pt"),
    ("pt", "it"),
    ("it", "en"),
    ("pt", "en"),
    ("it", "fr"),
    ("pt", "es"),
    ("it", "de"),
    ("pt", "fr"),
    ("it", "es"),
    ("pt", "de"),
    ("en", "it"),
    ("fr", "pt"),
    ("de", "it"),
    ("es", "pt"),
]
PAIR_MARKET = {"it": "CH", "pt": "PT", "en": "IE", "fr": "BE", "de": "CH", "es": "ES"}


def build_bilingual(f: Fam) -> None:
    r = f.rng

    def biling(
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
    ) -> tuple[Cust, list[str]]:
        a, b = r.choice(PAIRS)
        c = f.person(
            persona,
            habit,
            lang=a,
            expected=expected,
            tolerated=tolerated,
            market=r.choice([PAIR_MARKET[a], PAIR_MARKET[b]]),
        )
        c.truth |= {
            "languages": [a, b],
            "job_second_language": r.choice(
                [
                    "works for a firm in the other language",
                    "partner's family",
                    "studied abroad",
                    "moved for work",
                ]
            ),
        }
        return c, [a, b]

    for _ in range(12):
        c, langs = biling("happy", "alternates languages")
        for i, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            c.lang = langs[i % 2]
            happy_act(f, c, f.at(d, r.uniform(8, 19)))
    for times in [2, 2, 3, 3, 4]:
        c, langs = biling("repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        for _ in range(r.randint(1, 3)):
            happy_act(f, c, f.at(r.randint(0, 1), r.uniform(8, 18)))
        repeat_run(
            f, c, r.randint(2, 5), r.choice(["web", "email", "chat"]), times, times >= 3, langs
        )
    for _ in range(5):
        c, langs = biling("slow_churner", "slides", ["sentiment_drop"], TOL_SLIDE)
        for i, d in enumerate(sorted(r.sample(range(6), 5))):
            f.add(c, f.at(d, r.uniform(8, 20)), "social", "post", f.pick(w.PRAISE, langs[i % 2]))
        happy_days(f, c, r.randint(1, 3), list(range(6)), surveys=False)
        comp = r.choice(COMPETITORS)
        ids = slide(f, c, f.at(r.randint(7, 8), r.uniform(9, 18)), r.uniform(3, 5), comp, langs)
        c.truth |= {"slide_event_ids": ids, "competitor": comp}
    for how in ["long", "email", "chat"]:
        c, langs = biling("happy_one_bad_day", "one bad day", tolerated=["silence"])
        bd = r.randint(4, 9)
        happy_days(
            f,
            c,
            r.randint(2, 4),
            [d for d in range(14) if d <= bd - 2 or d >= bd + 3],
            surveys=False,
        )
        t = f.at(bd, r.uniform(9, 19))
        p = r.choice(list(w.PROBLEM_SHORT))
        eid, case, reply = complaint(f, c, t, p, how, langs[1])
        c.truth |= {
            "problem": p,
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "bad_day_language": langs[1],
            "booking": case,
            "long_email": how == "long",
        }
        if how != "chat":
            f.add(
                c,
                daytime(reply + timedelta(hours=r.uniform(1, 4))),
                "email",
                "message",
                f.pick(w.GOOD_NEWS, langs[1]).format(case=case),
                direction="outbound",
            )
            c.truth["agent_fixed"] = True
        if how == "email":
            at = daytime(t + timedelta(hours=r.uniform(18, 24)))
            c.truth |= {
                "apologised": True,
                "apology_event_id": f.add(c, at, "chat", "chat", f.pick(w.APOLOGY, langs[1])),
                "apology_at": iso(at),
            }
    for _ in range(2):
        c, langs = biling("resolved_between_contacts", "fixed", tolerated=["silence"])
        p = fixed_case(
            f,
            c,
            f.at(r.randint(2, 8), r.uniform(9, 17)),
            r.choice(list(w.PROBLEM_SHORT)),
            "web",
            langs[0],
            langs[1],
        )
        c.truth |= {"problems": [p], "confirm_language": langs[1]}


ACCOUNT_LANG = [
    "it",
    "pt",
    "it",
    "pt",
    "de",
    "it",
    "pt",
    "es",
    "fr",
    "it",
    "pt",
    "en",
    "it",
    "pt",
    "de",
]
SITES = [
    "hotel",
    "bank",
    "hospital",
    "university",
    "software",
    "logistics",
    "school",
    "municipality",
    "retail",
    "insurance",
    "factory",
    "law firm",
    "agency",
    "clinic",
    "utility",
]
WEEKDAY = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
}


def office(t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        t = (
            (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
            if t.hour >= 8 or t.weekday() >= 5
            else t.replace(hour=8)
        )
    return t


def build_b2b(f: Fam) -> None:
    r = f.rng
    plan: list[tuple[str, int, int, str | None]] = [
        ("at_risk", 4, 3, "portal"),
        ("at_risk", 5, 3, "invoice"),
        ("at_risk", 6, 3, "service_blocked"),
        ("at_risk", 4, 4, "invoice"),
        ("at_risk", 5, 4, "overbilled"),
    ]
    plan += [
        ("one_unhappy", 3, 1, p) for p in ["service_blocked", "overbilled", "portal", "invoice"]
    ]
    plan += [("mild", n, 0, None) for n in (3, 4, 3)] + [("happy", n, 0, None) for n in (4, 3, 4)]
    for ai, (kind, ncont, nunh, prob) in enumerate(plan):
        lg = ACCOUNT_LANG[ai]
        market = w.MARKETS[lg][0]
        acct = f.uniq(lambda m=market: f"NTA-{m}-{r.randint(1000, 9999)}")
        comp_name = f"{r.choice(['Alfa', 'Luce', 'Nova', 'Porto', 'Vela', 'Prima', 'Terra'])} {SITES[ai].title()}"
        domain = comp_name.lower().replace(" ", "-") + ".example"
        keys, unh = [], []
        contacts = []
        for k in range(ncont):
            role = (
                "complainer"
                if k < nunh
                else ("suggests" if kind == "mild" and k < 2 else "contact")
            )
            persona = (
                {"at_risk": "b2b_unhappy", "one_unhappy": "b2b_one_unhappy"}.get(kind, "b2b_happy")
                if role == "complainer"
                else ("b2b_mild" if role == "suggests" else "b2b_happy")
            )
            tol = ["silence"] if role == "suggests" else []
            if role == "complainer":
                tol = (
                    [*TOL_REPEAT, "account_risk"]
                    if kind == "at_risk"
                    else ["sentiment_drop", "high_value_at_risk", "silence"]
                )
            c = f.person(
                persona, role, lang=lg, tolerated=tol, account=acct, domain=domain, market=market
            )
            c.truth |= {
                "company": comp_name,
                "role": role,
                "job_title": r.choice(
                    [
                        "HR manager",
                        "office manager",
                        "benefits lead",
                        "finance officer",
                        "team assistant",
                    ]
                ),
            }
            c.truth["job"] = c.truth["job_title"]
            keys.append(c.key)
            contacts.append(c)
            if role == "contact":
                for d in r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 4)):
                    happy_act(f, c, f.at(d, r.uniform(8, 16.5)), b2b=True)
            elif r.random() < 0.6:
                happy_act(f, c, f.at(r.randint(0, 1), r.uniform(8, 16.5)), surveys=False, b2b=True)
        if kind == "at_risk":
            assert prob
            t = f.at(2, r.uniform(8.5, 11))
            case = f.case()
            comp = r.choice(COMPETITORS)
            for k, c in enumerate(contacts[:nunh]):
                problem = f.pick(w.B2B_PROBLEM[prob], lg)
                if k == 0:
                    eid = f.add(
                        c, t, "email", "message", problem, subject=w.COMPLAINT_SUBJ[lg] + comp_name
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(20, 90)),
                        "email",
                        "message",
                        f.pick(w.B2B_ACK, lg).format(first=c.first, case=case),
                        direction="outbound",
                        subject=w.CASE_SUBJ[lg] + case,
                    )
                else:
                    prev = t
                    t = office(t + timedelta(hours=r.uniform(8, 28)))
                    day = (
                        w.B2B_DAY[lg]
                        if (t.date() == prev.date() and prev.hour < 12)
                        else WEEKDAY[lg][prev.weekday()]
                    )
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.pick(w.B2B_LATER, lg).format(
                            colleague=contacts[0].first, day=day, case=case, problem=problem
                        ),
                        subject=w.CASE_SUBJ[lg] + case,
                    )
                ids = [eid]
                c.truth |= {"problem": prob, "booking": case, "trouble_starts_at": iso(t)}
                if k < nunh - 1:
                    nps = r.randint(1, 5)
                    sid = f.add(
                        c,
                        office(t + timedelta(hours=r.uniform(1, 3))),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    )
                    c.truth |= {
                        "expected_rules": ["detractor"],
                        "nps_given": True,
                        "nps": nps,
                        "survey_event_id": sid,
                    }
                else:
                    t2 = office(t + timedelta(hours=r.uniform(18, 40)))
                    if ai == 0:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                f.pick(w.B2B_LAST_MAIL, lg).format(case=case, comp=comp),
                                subject=w.CASE_SUBJ[lg] + case,
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "phone",
                                "call",
                                f.pick(w.B2B_LAST_CALL, lg).format(case=case),
                            )
                        )
                    c.truth["expected_rules"] = ["repeat_contact"]
                c.truth["complaint_event_ids"] = ids
                unh.append(c.key)
            first_t = contacts[0].truth["trouble_starts_at"]
        elif kind == "one_unhappy":
            assert prob
            c = contacts[0]
            t = f.at(r.randint(3, 7), r.uniform(8.5, 15))
            t = office(t)
            case = f.case()
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.pick(w.B2B_PROBLEM[prob], lg),
                subject=w.COMPLAINT_SUBJ[lg] + comp_name,
            )
            f.add(
                c,
                t + timedelta(minutes=r.randint(20, 90)),
                "email",
                "message",
                f.pick(w.B2B_ACK, lg).format(first=c.first, case=case),
                direction="outbound",
                subject=w.CASE_SUBJ[lg] + case,
            )
            nps = r.randint(1, 5)
            sid = f.add(
                c,
                office(t + timedelta(hours=r.uniform(1, 3))),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth |= {
                "expected_rules": ["detractor"],
                "problem": prob,
                "booking": case,
                "complaint_event_ids": [eid],
                "nps_given": True,
                "nps": nps,
                "survey_event_id": sid,
                "trouble_starts_at": iso(t),
            }
            unh.append(c.key)
            first_t = None
        else:
            for c in contacts:
                if c.truth["role"] == "suggests":
                    t = office(f.at(r.randint(2, 10), r.uniform(8, 16)))
                    mid = f.add(
                        c,
                        t,
                        "web",
                        "ticket",
                        f.pick(w.B2B_SUGGEST, lg),
                        attrs={"page": "/portal/feedback"},
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(30, 120)),
                        "email",
                        "message",
                        f.pick(w.MILD_A, lg),
                        direction="outbound",
                    )
                    c.truth |= {"mild_event_id": mid, "trouble_starts_at": iso(t)}
            first_t = None
        f.accounts[acct] = {
            "company": comp_name,
            "site": SITES[ai],
            "contacts": ncont,
            "contact_keys": keys,
            "unhappy_contacts": nunh,
            "unhappy_contact_keys": unh,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": first_t,
            "language": lg,
            "country": market,
        }


def build_topic_spike(f: Fam) -> None:
    r = f.rng
    code = "NSP-276"
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in r.sample(range(6), r.randint(1, 4)):
            lo, hi = (12.0, 19.0) if d == 5 else (7.0, 19.0)
            happy_act(f, c, f.at(d, r.uniform(lo, hi)))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, r.uniform(9, 17))
        gid = f.add(c, t, "chat", "chat", f.pick(w.SLOW_MAP, c.lang))
        f.add(
            c,
            t + timedelta(minutes=3),
            "chat",
            "chat",
            f.pick(w.MILD_A, c.lang),
            direction="outbound",
        )
        c.truth |= {"grumble_event_id": gid, "trouble_starts_at": iso(t)}
    for lg, hour in (("it", 9 + 40 / 60), ("pt", 16 + 5 / 60)):
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=["silence"])
        t = f.at(4, hour)
        lid = f.add(c, t, "chat", "chat", f.pick(w.LONE_Q, lg))
        f.add(
            c, t + timedelta(minutes=4), "chat", "chat", f.pick(w.LONE_A, lg), direction="outbound"
        )
        c.truth |= {"lone_report_event_id": lid, "trouble_starts_at": iso(t)}
    langs = ["it"] * 6 + ["pt"] * 6 + ["en", "en", "fr", "fr", "de", "de", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = f.at(5, 9 + 5 / 60)
    mins = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    early = [i for i, m in enumerate(mins) if m <= 25]
    repeaters = set(r.sample(early, 6))
    rep_ch = ["email", "email", "chat", "chat", "community", "community"]
    fixed_left = 6
    for i, m in enumerate(mins):
        regular = i < 12
        c = f.person(
            "spike_reporter", "regular" if regular else "new", lang=langs[i], tolerated=["silence"]
        )
        if regular:
            for _ in range(r.randint(1, 2)):
                happy_act(f, c, f.at(2, r.uniform(8, 17.5)), surveys=False)
        t = s0 + timedelta(minutes=m)
        text = r.choice(w.SPIKE_REPORT[c.lang]).format(code=code)
        ch = chans[i]
        if ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                f.pick(w.SPIKE_CHAT_A, c.lang),
                direction="outbound",
            )
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, subject="NSP")
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/contact"})
        else:
            eid = f.add(c, t, ch, "post" if ch == "community" else "mention", text)
        c.truth |= {
            "in_spike": True,
            "regular": regular,
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
        }
        keys.append(c.key)
        eids.append(eid)
        if i in repeaters:
            rc = next(x for x in rep_ch if x != ch)
            rep_ch.remove(rc)
            t2 = t + timedelta(minutes=r.randint(15, 50))
            txt = f.pick(w.SPIKE_REPEAT, c.lang).format(code=code)
            rid = f.add(
                c, t2, rc, {"email": "message", "chat": "chat", "community": "post"}[rc], txt
            )
            if rc == "chat":
                f.add(
                    c,
                    t2 + timedelta(minutes=2),
                    "chat",
                    "chat",
                    f.pick(w.SPIKE_CHAT_A, c.lang),
                    direction="outbound",
                )
            c.truth |= {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["silence", "sentiment_drop"],
                "repeat_event_id": rid,
            }
            reps.append(rid)
        elif fixed_left:
            fixed_left -= 1
            f.add(
                c,
                f.at(5, 12 + r.uniform(8, 17) / 60),
                "email",
                "message",
                f.pick(w.SPIKE_FIXED, c.lang),
                direction="outbound",
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "pool check-ins recorded as no-shows, bookings blocked for 7 days",
        "about": "after turnstile check-in the app records a no-show and blocks new bookings, some with an error code",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


FAMILIES = [
    (
        "happy_writers",
        "HW",
        "2026-03-09",
        10,
        build_happy_writers,
        "daytime, night and survey-only happy customers",
    ),
    (
        "one_bad_day",
        "BD",
        "2026-04-13",
        12,
        build_one_bad_day,
        "happy customers with one angry day",
    ),
    (
        "repeat_contacts",
        "RC",
        "2026-05-18",
        10,
        build_repeat_contacts,
        "open cases raised again, fixed cases, frequent writers",
    ),
    (
        "slow_churners",
        "SC",
        "2026-06-15",
        32,
        build_slow_churners,
        "slides, leavers, steady, grumpy, sarcastic",
    ),
    (
        "quiet_hours",
        "QH",
        "2026-08-21",
        3,
        build_quiet_hours,
        "a calm weekend and night-owl bursts",
    ),
    ("bilingual", "BL", "2026-09-14", 14, build_bilingual, "customers writing in two languages"),
    ("b2b_accounts", "BB", "2026-10-05", 14, build_b2b, "Nuotara Aziende accounts"),
    (
        "topic_spike",
        "TS",
        "2026-10-26",
        7,
        build_topic_spike,
        "a calm week and the planted incident",
    ),
]


def ref(
    c: Cust, channel: str, first: bool, direction: str, rough: random.Random
) -> dict[str, str | None]:
    ids = c.ids
    out: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": ids["account_id"],
    }
    if first or direction == "outbound":
        out |= {k: ids[k] for k in ("customer_id", "email", "phone", "handle")}
        return out
    if channel == "phone":
        p = str(ids["phone"])
        cc = next(x[0] for x in PHONE.values() if p.startswith(x[0]))
        out["phone"] = cc + " " + p[len(cc) :] if rough.random() < 0.5 else p
    elif channel in ("social", "community") and ids["handle"]:
        h = str(ids["handle"])
        out["handle"] = h[1:] if rough.random() < 0.2 else h
    elif channel in ("email", "social", "community"):
        e = str(ids["email"])
        out["email"] = e.upper() if rough.random() < 1 / 12 else e
    else:
        out["customer_id"] = ids["customer_id"]
    return out


def run(
    i: int, name: str, code: str, start: str, days: int, build: Any, about: str
) -> tuple[str, str]:
    f = Fam(
        name,
        code,
        datetime.fromisoformat(start).replace(tzinfo=UTC),
        days,
        about,
        random.Random(SEED * 100 + i),
        random.Random(SEED * 100 + 50 + i),
    )
    build(f)
    f.rows.sort(key=lambda x: (x[0], x[1]))
    seen: set[str] = set()
    lines = []
    for t, _, c, tp in f.rows:
        assert datetime(2026, 1, 1, tzinfo=UTC) <= t < datetime(2026, 11, 15, tzinfo=UTC), tp
        first = tp["direction"] == "inbound" and c.key not in seen
        if first:
            seen.add(c.key)
        tp["customer"] = ref(c, tp["channel"], first, tp["direction"], f.rough)
        lines.append(json.dumps(tp, ensure_ascii=False))
    assert all(c.key in seen for c in f.custs), name
    last = f.rows[-1][0] + timedelta(hours=1)
    end = max(f.start + timedelta(days=days), last)
    customers = {}
    expected: dict[str, int] = {}
    for c in f.custs:
        assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        c.truth["identifiers"] = {
            "customer_id": c.key,
            "email": str(c.ids["email"]).lower(),
            "phone": c.ids["phone"],
            "handle": c.ids["handle"],
            "account_id": c.ids["account_id"],
        }
        customers[c.key] = c.truth
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    truth = {
        "config": {
            "family": name,
            "about": about,
            "business": "Nuotara (swimming pools: lanes, lessons, Più membership; Nuotara Aziende on account)",
            "days": days,
            "seed": SEED * 100 + i,
            "written": "2026-12-06",
            "expected": expected,
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": customers,
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    return "\n".join(lines) + "\n", json.dumps(
        truth, ensure_ascii=False, indent=1, sort_keys=True
    ) + "\n"


def main() -> None:
    for i, (name, code, start, days, build, about) in enumerate(FAMILIES, 1):
        jsonl, truth = run(i, name, code, start, days, build, about)
        (HERE / f"{name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{name}.truth.json").write_text(truth, encoding="utf-8")


if __name__ == "__main__":
    main()
