# ruff: noqa: E501
"""Write heldout322 (Arborelo, tree surgery and garden tree care), blind. Standard library only."""

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

SEED = 20260322
SERIAL = [0]
H = timedelta(hours=1)
M = timedelta(minutes=1)
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
TOL_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]


def serial() -> int:
    SERIAL[0] += 1
    return SERIAL[0]


def plain(s: str) -> str:
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
        for ch in unicodedata.normalize("NFKD", s)
        if not unicodedata.combining(ch) or ch == "\u0303"
    )


def ascii_id(s: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", s.lower()) if ch.isalnum() and ord(ch) < 128
    )


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    rng: random.Random
    rough: random.Random
    rows: list[tuple[datetime, int, dict[str, Any], Cust]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.rng.choice(W.MARKETS[lang])
        s = serial()
        first = self.rng.choice(W.FIRST[lang])
        last = self.rng.choice(W.LAST[lang])
        cc, pre, n = W.PHONES[market]
        phone = f"{cc} {pre}{s * 7919 % 10**n:0{n}d}"
        key = f"AR{self.code}{1000 + s:04d}"
        if account:
            email = f"{ascii_id(first)}.{ascii_id(last)}{s}@{account.lower()}.example"
            handle = None
        else:
            email = f"{ascii_id(first)}{['.', '_', ''][s % 3]}{ascii_id(last)}{s}@{W.DOMAINS[s % len(W.DOMAINS)]}"
            handle = f"@{ascii_id(last)}_{ascii_id(first)}{s}"
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lang, market, first, last, email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.n += 1
        eid = f"h322-{self.code.lower()}-{self.n:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(W.AGENTS[c.lang])
            text = (text or "").replace("{agent}", a["agent"])
        a.update(attrs or {})
        if scores and scores.get("nps") is not None and scores["nps"] <= 6:
            c.truth["nps_given"] = True
            c.truth["nps"] = scores["nps"]
        row: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": scores or {"nps": None, "csat": None, "ces": None},
            "source": f"arborelo-{ {'email': 'mail', 'phone': 'voice', 'community': 'forum'}.get(channel, channel) }",
            "attributes": a,
        }
        self.rows.append((t, self.n, row, c))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = plain(text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
            if cand:
                i = r.choice(cand)
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text


def F(s: str, c: Cust, **kw: str) -> str:
    kw.setdefault("agent", "{agent}")
    return s.format(
        brand=W.BRAND,
        plan=W.PLAN,
        arm=W.ARM,
        first=c.first,
        name=f"{c.first} {c.last}",
        code=W.CODE,
        **kw,
    )


def day_time(f: Fam, day: int, h0: float, h1: float) -> datetime:
    return f.start + timedelta(days=day, minutes=f.rng.randint(int(h0 * 60), int(h1 * 60)))


def daylight(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def new_case(f: Fam) -> str:
    return f"AR-{700000 + serial() * 37:06d}"


def product(f: Fam, c: Cust) -> dict[str, str]:
    label, eur = f.rng.choice(W.PRODUCTS)
    cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
    val = eur * {"GBP": 0.86, "CHF": 0.94}.get(cur, 1.0)
    return {"order_value": f"{val:.2f}", "currency": cur, "product": label, "page": "/book"}


def happy_act(f: Fam, c: Cust, t: datetime, surveys: bool = True) -> None:
    r = f.rng
    L = c.lang
    kinds = ["praise", "again", "gripe", "chat", "mail", "call", "buy", "view", "review"] + (
        ["survey"] if surveys else []
    )
    k = r.choice(kinds)
    if k in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.PRAISE_AGAIN, "gripe": W.PRAISE_GRIPE}[k]
        ch = r.choice(["social", "community"])
        text = F(r.choice(table[L]), c)
        if ch == "social":
            text = text.replace(W.BRAND, "@" + W.BRAND) if W.BRAND in text else f"@{W.BRAND} {text}"
        f.add(c, t, ch, "post" if ch == "community" else "mention", text)
    elif k == "chat":
        q, a = r.choice(W.Q_CHAT[L])
        f.add(c, t, "chat", "chat", q)
        f.add(c, t + r.randint(1, 5) * M, "chat", "chat", F(a, c), out=True)
        if r.random() < 0.6:
            f.add(c, t + r.randint(6, 9) * M, "chat", "chat", r.choice(W.THANKS[L]))
    elif k == "mail":
        sub, body = r.choice(W.Q_MAIL[L])
        f.add(c, t, "email", "message", F(body, c), sub)
        ans = W.A_MAIL[L].replace("{answer_" + L + "}", W.MAIL_ANSWER[L])
        f.add(
            c,
            daylight(t + r.randint(40, 180) * M),
            "email",
            "message",
            F(ans, c),
            "Re: " + sub,
            out=True,
        )
    elif k == "call":
        f.add(c, t, "phone", "call", r.choice(W.CALL_Q[L]))
        f.add(
            c,
            t + r.randint(10, 30) * M,
            "email",
            "message",
            F(W.CALL_FOLLOW[L], c),
            W.BRAND,
            out=True,
        )
    elif k == "buy":
        f.add(c, t, "web", "page_view", attrs={"page": "/prices"})
        f.add(c, t + r.randint(3, 15) * M, "web", "purchase", attrs=product(f, c))
    elif k == "view":
        f.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
    elif k == "review":
        f.add(
            c, t, "web", "review", r.choice(W.REVIEW[L]), attrs={"rating": "5", "page": "/reviews"}
        )
    else:
        survey(f, c, t)


def survey(f: Fam, c: Cust, t: datetime) -> None:
    r = f.rng
    which = r.choice(["nps", "csat", "ces"])
    val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
    f.add(
        c,
        t,
        "survey",
        "survey_response",
        r.choice(W.SURVEY_WORDS[c.lang]) or None,
        scores={which: val},
        attrs={"survey": which},
    )


def happy_days(
    f: Fam, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 19, surveys: bool = True
) -> None:
    for d in f.rng.sample(days, min(n, len(days))):
        happy_act(f, c, day_time(f, d, h0, h1), surveys)


def speech(c: Cust, problem: str, f: Fam) -> str:
    txt = f.rng.choice(W.COMPLAINT[c.lang][problem])
    txt = "".join(ch for ch in txt if ch.isalnum() or ch in " '€£" or ch.isspace()).lower()
    return W.CALL_OPEN[c.lang] + " " + " ".join(txt.split())


def complaint(
    f: Fam, c: Cust, t: datetime, ch: str, problem: str, case: str | None, long_mail: bool = False
) -> str:
    """One complaint on a channel; returns the event id. The reply is added by the caller."""
    L = c.lang
    text = f.rng.choice(W.COMPLAINT[L][problem])
    subj = None
    if ch == "phone":
        return f.add(c, t, "phone", "call", speech(c, problem, f))
    if long_mail:
        text = F(f.rng.choice(W.LONG_MAIL[L]), c, complaint=text)
    if ch == "email":
        subj = {
            "it": "Reclamo: ",
            "pt": "Reclamação: ",
            "de": "Beschwerde: ",
            "en": "Complaint: ",
            "es": "Reclamación: ",
            "fr": "Réclamation : ",
        }[L] + W.TOPIC[L][problem]
        return f.add(c, t, "email", "message", text, subj)
    if ch == "social":
        return f.add(c, t, "social", "mention", f"@{W.BRAND} " + text)
    if ch == "web":
        return f.add(c, t, "web", "ticket", text, W.TOPIC[L][problem], attrs={"page": "/help/form"})
    return f.add(c, t, "chat", "chat", text)


def ack(f: Fam, c: Cust, t: datetime, ch: str, case: str, quality: bool = False) -> str:
    if ch == "chat" and not quality:
        return f.add(
            c,
            t + f.rng.randint(1, 4) * M,
            "chat",
            "chat",
            F(W.CHAT_CASE[c.lang], c, case=case),
            out=True,
        )
    sub, body = (W.QUALITY_LEAD if quality else W.CASE_OPENED)[c.lang]
    dt = f.rng.randint(90, 150) if quality else f.rng.randint(10, 40)
    return f.add(
        c,
        daylight(t + dt * M),
        "email",
        "message",
        F(body, c, case=case),
        F(sub, c, case=case),
        out=True,
    )


def good_news(f: Fam, c: Cust, t: datetime, case: str) -> str:
    sub, body = W.GOOD_NEWS[c.lang]
    return f.add(
        c, daylight(t), "email", "message", F(body, c, case=case), F(sub, c, case=case), out=True
    )


# ------------------------------------------------------------------ families --
def happy_writers(f: Fam) -> None:
    days = list(range(f.days))
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, f.rng.randint(5, 8), days)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(days[:-1], f.rng.randint(2, 4)):
            t = day_time(f, d, 22.2, 23.9) if f.rng.random() < 0.5 else day_time(f, d + 1, 0, 4.5)
            if f.rng.random() < 0.5:
                f.add(
                    c,
                    t,
                    "social",
                    "mention",
                    F(f.rng.choice(W.NIGHT_POST[c.lang]), c).replace(W.BRAND, "@" + W.BRAND),
                )
            else:
                q, a = f.rng.choice(W.NIGHT_Q[c.lang])
                f.add(c, t, "chat", "chat", q)
                f.add(c, t + 3 * M, "chat", "chat", a, out=True)
                f.add(c, t + 7 * M, "chat", "chat", f.rng.choice(W.THANKS[c.lang]))
        happy_days(f, c, f.rng.randint(2, 3), days, 9, 18, surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(days, f.rng.randint(3, 6)):
            survey(f, c, day_time(f, d, 8, 20))


def one_bad_day(f: Fam) -> None:
    chans = [ch for ch in ("long", "email", "chat", "social", "web", "phone") for _ in range(4)]
    probs = [p for p in W.PROBLEMS for _ in range(4)]
    f.rng.shuffle(probs)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    detr = set(f.rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in detr]
    low = set(f.rng.sample(rest, 5))
    news = set(f.rng.sample(with_case, 12))
    sorry = set(f.rng.sample(sorted(news), 5))
    for i, ch in enumerate(chans):
        lang = f.rng.choice(["it", "pt"]) if ch == "long" else None
        persona = "bad_day_detractor" if i in detr else "happy_one_bad_day"
        c = f.person(persona, "one bad day", lang, ["detractor"] if i in detr else [], ["silence"])
        bd = f.rng.randint(2, 9)
        t = day_time(f, bd, 8, 20)
        other = [d for d in range(f.days) if d <= bd - 2 or d >= bd + 3]
        happy_days(f, c, f.rng.randint(1, 5), other, surveys=False)
        real = "email" if ch == "long" else ch
        eid = complaint(f, c, t, real, probs[i], None, long_mail=ch == "long")
        case = None
        if ch != "social":
            case = new_case(f)
            if real == "chat":
                ack(f, c, t, "chat", case)
            else:
                ack(f, c, t, "email", case)
        c.truth.update(
            problem=probs[i],
            channel=real,
            booking=case,
            long_email=ch == "long",
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
        )
        if i in detr:
            se = f.add(
                c,
                t + f.rng.randint(100, 140) * M,
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth["survey_event_id"] = se
        elif i in low:
            v = f.rng.randint(1, 2)
            se = f.add(
                c,
                t + f.rng.randint(40, 80) * M,
                "survey",
                "survey_response",
                f.rng.choice(W.LOW_CSAT[c.lang]) or None,
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, csat=v, survey_event_id=se)
        if i in news and case:
            good_news(f, c, t + f.rng.randint(60, 240) * M, case)
            c.truth["agent_fixed"] = True
            if i in sorry:
                ta = daylight(t + f.rng.randint(16, 24) * H)
                ae = f.add(
                    c, ta, "email", "message", f.rng.choice(W.APOLOGY[c.lang]), "Re: " + case
                )
                c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=ae)
    for _ in range(8):
        c = f.person("happy", "control")
        happy_days(f, c, f.rng.randint(4, 7), list(range(f.days)))


def open_problem(
    f: Fam, c: Cust, first_day: int, contacts: int, quality: bool, problem: str
) -> None:
    r = f.rng
    chans = ["web", "email", "chat", "phone", "social"]
    r.shuffle(chans)
    t = day_time(f, first_day, 8, 19)
    case = new_case(f)
    ids = [complaint(f, c, t, chans[0], problem, case)]
    if chans[0] == "chat":
        ack(f, c, t, "chat", case)
    if quality:
        ack(f, c, t, "email", case, quality=True)
    elif chans[0] != "chat":
        ack(f, c, t, "email", case)
    comp = r.choice(W.COMPETITORS) if contacts >= 3 else None
    tt = t
    for k in range(1, contacts):
        tt = daylight(tt + r.randint(4, 40) * H)
        ch = chans[k]
        text = F(
            r.choice(W.STILL_OPEN[c.lang]),
            c,
            case=case,
            complaint_short=r.choice(W.COMPLAINT[c.lang][problem]),
        )
        if k == 2:
            text += " " + W.THIRD[c.lang].format(comp=comp)
        if k == 3:
            text = W.FOURTH[c.lang].format(case=case) + " " + text
        if ch == "phone":
            text = "".join(x for x in text if x.isalnum() or x.isspace() or x == "-").lower()
            ids.append(f.add(c, tt, "phone", "call", text))
        elif ch == "social":
            ids.append(f.add(c, tt, "social", "mention", f"@{W.BRAND} " + text))
        elif ch == "email":
            ids.append(f.add(c, tt, "email", "message", text, "Re: " + case))
        elif ch == "web":
            ids.append(f.add(c, tt, "web", "ticket", text, case, attrs={"page": "/help/form"}))
        else:
            ids.append(f.add(c, tt, "chat", "chat", text))
            f.add(c, tt + 2 * M, "chat", "chat", F(W.ADDED_URGENT[c.lang], c, case=case), out=True)
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=contacts,
        channels=chans[:contacts],
        agent_passed_on=quality,
        problem_event_ids=ids,
        competitor=comp,
        trouble_starts_at=iso(t),
    )


def fixed_problem(
    f: Fam, c: Cust, t: datetime, problem: str, ch: str = "web", confirm_lang: str | None = None
) -> dict[str, Any]:
    r = f.rng
    case = new_case(f)
    pid = complaint(f, c, t, ch, problem, case)
    ack(f, c, t, "chat" if ch == "chat" else "email", case)
    tf = daylight(t + r.randint(3, 20) * H)
    good_news(f, c, tf, case)
    tc = daylight(tf + r.randint(8, 30) * H)
    L = confirm_lang or c.lang
    cch = r.choice(["email", "chat"])
    txt = r.choice(W.CONFIRM[L]).format(case=case)
    ce = f.add(
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        txt,
        ("Re: " + case) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [pid],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts(f: Fam) -> None:
    counts = [2] * 4 + [3] * 4 + [4] * 4
    quality = set(f.rng.sample(range(12), 6))
    for i, n in enumerate(counts):
        c = f.person("repeat_contact", "repeats", None, ["repeat_contact"], TOL_REPEAT)
        happy_days(f, c, f.rng.randint(1, 3), [0], 7, 12, surveys=False)
        open_problem(f, c, f.rng.randint(1, 4), n, i in quality, f.rng.choice(W.PROBLEMS))
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", None, [], ["silence"])
        p = fixed_problem(
            f,
            c,
            day_time(f, f.rng.randint(1, 5), 8, 18),
            f.rng.choice(W.PROBLEMS),
            f.rng.choice(["web", "email", "chat"]),
        )
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", None, [], ["silence"])
        a, b = f.rng.sample(W.PROBLEMS, 2)
        d = f.rng.randint(0, 2)
        p1 = fixed_problem(f, c, day_time(f, d, 8, 17), a)
        p2 = fixed_problem(f, c, day_time(f, d + f.rng.randint(4, 5), 8, 17), b, "email")
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        happy_days(f, c, f.rng.randint(5, 8), list(range(f.days)), 8, 19)


def slide(f: Fam, c: Cust, start_day: int, span: int, alt: str | None = None) -> list[str]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    ids: list[str] = []
    t = day_time(f, start_day, 9, 18)
    t0 = t
    for k in range(6):
        L = alt if alt and k % 2 else c.lang
        text = W.SLIDE[L][k].format(brand=W.BRAND, comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "social":
            ids.append(f.add(c, t, "social", "mention", f"@{W.BRAND} " + text))
        elif ch == "community":
            ids.append(f.add(c, t, "community", "post", text))
        else:
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        if k == 3 and c.truth.get("_nps"):
            se = f.add(
                c,
                daylight(t + r.randint(150, 210) * M),
                "survey",
                "survey_response",
                None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth["survey_event_id"] = se
        t = daylight(t + timedelta(minutes=max(61, span * 1440 // 6 + r.randint(-60, 60))))
    c.truth.update(slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(t0))
    return ids


def slow_churners(f: Fam) -> None:
    spans = [3] + [5] * 5 + [9] * 4
    nps = set(f.rng.sample(range(10), 5))
    for i, sp in enumerate(spans):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps else [])
        c = f.person("slow_churner", "slides", None, exp, TOL_SLIDE)
        c.truth["_nps"] = i in nps
        for d in f.rng.sample(range(11), f.rng.randint(4, 5)):
            t = day_time(f, d, 8, 20)
            f.add(c, t, "community", "post", F(f.rng.choice(W.PRAISE[c.lang]), c))
        happy_days(f, c, f.rng.randint(2, 4), list(range(11)), surveys=False)
        slide(f, c, f.rng.randint(12, 16), sp)
        del c.truth["_nps"]
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", None, ["churn_intent"], TOL_LEAVE)
        happy_days(f, c, f.rng.randint(4, 6), list(range(16)), surveys=False)
        t = day_time(f, f.rng.randint(17, 23), 8, 19)
        sub, body = f.rng.choice(W.LEAVE[c.lang])
        ce = f.add(c, t, "email", "message", F(body, c), sub)
        f.add(
            c,
            daylight(t + f.rng.randint(60, 300) * M),
            "email",
            "message",
            F(W.SORRY_GO[c.lang], c),
            "Re: " + sub,
            out=True,
        )
        tc = daylight(t + f.rng.randint(20, 30) * H)
        ca = f.add(
            c, tc, "web", "cancellation", attrs={"page": "/account/cancel", "product": W.PLAN}
        )
        c.truth.update(
            churn_intent_event_id=ce,
            cancellation_event_id=ca,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        happy_days(f, c, f.rng.randint(6, 10), list(range(f.days)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", None, [], ["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        times: list[datetime] = []
        for g in f.rng.sample(W.GRUMBLE[c.lang], min(len(W.GRUMBLE[c.lang]), f.rng.randint(5, 7))):
            ch = f.rng.choice(["social", "community", "web", "review"])
            t = day_time(f, d, 8, 20)
            times.append(t)
            if ch == "social":
                ids.append(f.add(c, t, "social", "mention", f"@{W.BRAND} " + g))
            elif ch == "community":
                ids.append(f.add(c, t, "community", "post", g))
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", g, attrs={"page": "/help/form"}))
            else:
                ids.append(
                    f.add(c, t, "web", "review", g, attrs={"rating": "3", "page": "/reviews"})
                )
            d += f.rng.randint(1, 3)
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=iso(times[0]))
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", None, [], ["silence"])
        happy_days(f, c, f.rng.randint(3, 6), list(range(16)), surveys=False)
        t = day_time(f, f.rng.randint(17, 28), 9, 20)
        c.truth["sarcasm_event_id"] = f.add(
            c, t, "social", "mention", f"@{W.BRAND} " + f.rng.choice(W.SARCASM[c.lang])
        )


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", None, [], ["silence"])
        t = day_time(f, f.rng.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/crews"})
        tg = t + f.rng.randint(20, 30) * M
        g = f.rng.choice(W.MILD[c.lang])
        if i < 2:
            ge = f.add(c, tg, "chat", "chat", g)
            f.add(c, tg + 3 * M, "chat", "chat", W.MILD_ANSWER[c.lang], out=True)
        else:
            ge = f.add(c, tg, "web", "ticket", g, attrs={"page": "/help/form"})
            f.add(c, tg + 25 * M, "email", "message", W.MILD_ANSWER[c.lang], W.BRAND, out=True)
        c.truth.update(grumble_event_id=ge, trouble_starts_at=iso(tg))
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        starts = [b0, b0 + f.rng.randint(28, 33) * M, b0 + f.rng.randint(55, 65) * M]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + f.rng.randint(0, 9) * M
                if f.rng.random() < 0.5:
                    q, a = f.rng.choice(W.NIGHT_Q[c.lang])
                    e = f.add(c, t, "chat", "chat", q)
                    f.add(c, t + 2 * M, "chat", "chat", a, out=True)
                    f.add(c, t + 5 * M, "chat", "chat", f.rng.choice(W.THANKS[c.lang]))
                else:
                    e = f.add(
                        c,
                        t,
                        "social",
                        "mention",
                        F(f.rng.choice(W.NIGHT_POST[c.lang]), c).replace(W.BRAND, "@" + W.BRAND),
                    )
                c.truth.update(burst_at=iso(bs), night_event_id=e)
                if f.rng.random() < 0.5:
                    happy_act(f, c, day_time(f, f.rng.randint(0, 2), 9, 17.5))


PAIRS = [
    ("it", "pt"),
    ("pt", "it"),
    ("it", "en"),
    ("pt", "es"),
    ("it", "de"),
    ("pt", "fr"),
    ("it", "fr"),
    ("pt", "en"),
    ("de", "it"),
    ("es", "pt"),
    ("en", "it"),
    ("fr", "pt"),
]
PAIR_MARKET = {"it": "CH", "pt": "PT", "de": "CH", "en": "IE", "es": "ES", "fr": "LU"}


def bilingual(f: Fam) -> None:
    def pair(i: int) -> tuple[str, str]:
        return PAIRS[i % len(PAIRS)]

    i = 0
    for _ in range(12):
        a, b = pair(i)
        i += 1
        c = f.person("happy", "alternates languages", a, market=PAIR_MARKET[a])
        c.truth.update(languages=[a, b], job_second_language="works across the border")
        for k, d in enumerate(sorted(f.rng.sample(range(f.days), f.rng.randint(5, 8)))):
            c.lang = b if k % 2 else a
            happy_act(f, c, day_time(f, d, 8, 19))
        c.lang = a
    for n in (2, 2, 3, 3, 4):
        a, b = pair(i)
        i += 1
        c = f.person(
            "repeat_contact", "repeats", a, ["repeat_contact"], TOL_REPEAT, market=PAIR_MARKET[a]
        )
        c.truth.update(languages=[a, b], job_second_language="colleague helps")
        happy_days(f, c, f.rng.randint(1, 3), [0, 1], 8, 18, surveys=False)
        open_problem(f, c, f.rng.randint(2, 5), n, n >= 3, f.rng.choice(W.PROBLEMS))
    for _ in range(5):
        a, b = pair(i)
        i += 1
        c = f.person(
            "slow_churner", "slides", a, ["sentiment_drop"], TOL_SLIDE, market=PAIR_MARKET[a]
        )
        c.truth.update(languages=[a, b], job_second_language="partner's language")
        for k, d in enumerate(range(0, 6)):
            f.add(
                c,
                day_time(f, d, 8, 20),
                "community",
                "post",
                F(f.rng.choice(W.PRAISE[b if k % 2 else a]), c),
            )
            if k == 4:
                break
        happy_days(f, c, f.rng.randint(1, 3), list(range(6)), surveys=False)
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), alt=b)
    for k in range(3):
        a, b = pair(i)
        i += 1
        c = f.person("happy_one_bad_day", "one bad day", a, [], ["silence"], market=PAIR_MARKET[a])
        c.truth.update(languages=[a, b], job_second_language="moved abroad", bad_day_language=b)
        bd = f.rng.randint(5, 9)
        happy_days(f, c, 3, [0, 1, 2, 12, 13], surveys=False)
        t = day_time(f, bd, 9, 18)
        c.lang = b
        ch = ["email", "email", "chat"][k]
        p = f.rng.choice(W.PROBLEMS)
        eid = complaint(f, c, t, ch, p, None, long_mail=k == 0 and b in W.LONG_MAIL)
        case = new_case(f)
        ack(f, c, t, ch, case)
        if k < 2:
            good_news(f, c, t + f.rng.randint(60, 200) * M, case)
        if k == 1:
            ta = daylight(t + f.rng.randint(18, 24) * H)
            c.truth.update(
                apologised=True,
                apology_event_id=f.add(c, ta, "chat", "chat", f.rng.choice(W.APOLOGY[b])),
                apology_at=iso(ta),
            )
        c.lang = a
        c.truth.update(
            problem=p,
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            channel=ch,
        )
    for _ in range(2):
        a, b = pair(i)
        i += 1
        c = f.person(
            "resolved_between_contacts", "fixed", a, [], ["silence"], market=PAIR_MARKET[a]
        )
        c.truth.update(
            languages=[a, b], job_second_language="neighbour translates", confirm_language=b
        )
        fx = fixed_problem(
            f,
            c,
            day_time(f, f.rng.randint(2, 8), 9, 17),
            f.rng.choice(W.PROBLEMS),
            "web",
            confirm_lang=b,
        )
        c.truth.update(problems=[fx], trouble_starts_at=fx["raised_at"])


def office(f: Fam, day: int) -> datetime:
    return day_time(f, day, 8, 16.5)


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "it",
        "pt",
        "it",
        "pt",
        "de",
        "it",
        "pt",
        "en",
        "es",
        "pt",
        "it",
        "fr",
        "it",
        "pt",
        "de",
    ]
    market = {"it": "IT", "pt": "PT", "de": "DE", "en": "UK", "es": "ES", "fr": "FR"}
    probs = ["invoice", "portal", "service_blocked", "overbilled", "invoice"]
    sizes = [3, 3, 3, 4, 4]
    for ai, kind in enumerate(kinds):
        L = langs[ai]
        acct = f"ARG-{market[L]}-{3000 + serial():04d}"
        words = W.COMPANY_WORDS[L]
        company = f"{words[ai % 4]} {W.LAST[L][ai % len(W.LAST[L])]} {ai + 1}"
        n_contacts = (sizes[ai] + r.randint(0, 2)) if kind == "at_risk" else r.randint(3, 4)
        info: dict[str, Any] = {
            "company": company,
            "site": W.SITES[ai % len(W.SITES)],
            "contacts": n_contacts,
            "contact_keys": [],
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": L,
            "country": market[L],
        }
        contacts: list[Cust] = []
        for k in range(n_contacts):
            if kind == "at_risk" and k < sizes[ai]:
                last = k == sizes[ai] - 1
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    L,
                    ["detractor"] if not last else ["repeat_contact"],
                    [*TOL_REPEAT, "account_risk"],
                    account=acct,
                    market=market[L],
                )
                c.truth["role"] = "complainer"
            elif kind == "one_unhappy" and k == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    L,
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    account=acct,
                    market=market[L],
                )
                c.truth["role"] = "complainer"
            elif kind == "mild" and k < 2:
                c = f.person(
                    "b2b_mild", "suggests", L, [], ["silence"], account=acct, market=market[L]
                )
                c.truth["role"] = "suggests"
            else:
                c = f.person("b2b_happy", "contact", L, account=acct, market=market[L])
                c.truth["role"] = "contact"
            job = W.JOBS[(ai + k) % len(W.JOBS)]
            c.truth.update(company=company, job_title=job, job=job)
            contacts.append(c)
            info["contact_keys"].append(c.key)
        for c in contacts:
            role = c.truth["role"]
            if role == "contact":
                for d in r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 4)):
                    t = office(f, d)
                    x = r.choice(["chat", "buy", "view", "praise", "survey"])
                    if x == "chat":
                        q, a = W.B2B_Q[L]
                        f.add(c, t, "chat", "chat", q)
                        f.add(c, t + r.randint(1, 6) * M, "chat", "chat", a, out=True)
                        if r.random() < 0.5:
                            f.add(c, t + 8 * M, "chat", "chat", r.choice(W.THANKS[L]))
                    elif x == "buy":
                        f.add(c, t, "web", "page_view", attrs={"page": "/grounds/portal"})
                        f.add(
                            c,
                            t + 6 * M,
                            "web",
                            "purchase",
                            attrs=product(f, c) | {"page": "/grounds/portal"},
                        )
                    elif x == "view":
                        f.add(c, t, "web", "page_view", attrs={"page": "/grounds/portal"})
                    elif x == "praise":
                        f.add(c, t, "community", "post", W.B2B_PRAISE[L].format(arm=W.ARM))
                    else:
                        survey(f, c, t)
            else:
                for _ in range(r.randint(0, 2)):
                    f.add(
                        c,
                        office(f, r.randint(0, 1)),
                        "web",
                        "page_view",
                        attrs={"page": "/grounds/portal"},
                    )
        if kind == "at_risk":
            p = probs[ai]
            info.update(same_problem=p)
            case = new_case(f)
            t = f.start + timedelta(days=2, hours=8, minutes=r.randint(0, 90))  # Wednesday
            info["trouble_starts_at"] = iso(t)
            unhappy = contacts[: sizes[ai]]
            prev = t
            for k, c in enumerate(unhappy):
                text = W.B2B_COMPLAINT[L][p]
                if k:
                    when = W.WHEN[L][0] if t.date() == prev.date() else W.WHEN[L][1]
                    text = W.B2B_ALSO[L].format(other=unhappy[0].first, when=when, case=case) + text
                ids = [f.add(c, t, "email", "message", text, f"{company}: {p}")]
                if k == 0:
                    sub, body = W.B2B_ACK[L]
                    f.add(
                        c,
                        t + r.randint(20, 60) * M,
                        "email",
                        "message",
                        F(body, c, case=case, company=company),
                        sub.format(case=case),
                        out=True,
                    )
                if k < len(unhappy) - 1:
                    c.truth["survey_event_id"] = f.add(
                        c,
                        t + r.randint(60, 180) * M,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": r.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                else:
                    t2 = t + r.randint(18, 40) * H
                    while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                        t2 = (
                            (t2 + timedelta(days=1)).replace(hour=8, minute=r.randint(0, 50))
                            if t2.hour >= 17 or t2.weekday() >= 5
                            else t2.replace(hour=8)
                        )
                    if ai == 0:
                        comp = r.choice(W.COMPETITORS)
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                W.B2B_LAST_MAIL[L].format(case=case, comp=comp),
                                "Re: " + case,
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(c, t2, "phone", "call", W.B2B_LAST_CALL[L].format(case=case))
                        )
                c.truth.update(
                    problem=p, booking=case, complaint_event_ids=ids, trouble_starts_at=iso(t)
                )
                info["unhappy_contact_keys"].append(c.key)
                prev = t
                t = t + r.randint(8, 28) * H
                while t.weekday() >= 5 or not 8 <= t.hour < 17:
                    t = (
                        (t + timedelta(days=1)).replace(hour=8, minute=r.randint(0, 50))
                        if t.hour >= 17 or t.weekday() >= 5
                        else t.replace(hour=8, minute=r.randint(0, 50))
                    )
        elif kind == "one_unhappy":
            c = contacts[0]
            p = B2B_ONE[ai % 4]
            case = new_case(f)
            t = office(f, r.randint(3, 7) if r.random() < 0.5 else 3)
            while t.weekday() >= 5:
                t += timedelta(days=1)
            e = f.add(c, t, "email", "message", W.B2B_COMPLAINT[L][p], f"{company}: {p}")
            sub, body = W.B2B_ACK[L]
            f.add(
                c,
                t + r.randint(20, 60) * M,
                "email",
                "message",
                F(body, c, case=case, company=company),
                sub.format(case=case),
                out=True,
            )
            c.truth["survey_event_id"] = f.add(
                c,
                t + r.randint(60, 180) * M,
                "survey",
                "survey_response",
                None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                problem=p, booking=case, complaint_event_ids=[e], trouble_starts_at=iso(t)
            )
            info["unhappy_contact_keys"].append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                t = office(f, r.choice([2, 3, 4, 7, 8]))
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    r.choice(W.B2B_SUGGEST[L]),
                    attrs={"page": "/grounds/feedback"},
                )
                f.add(
                    c,
                    t + r.randint(30, 90) * M,
                    "email",
                    "message",
                    W.MILD_ANSWER[L],
                    W.ARM,
                    out=True,
                )
                c.truth.update(mild_event_id=e, trouble_starts_at=iso(t))
        info["unhappy_contacts"] = len(info["unhappy_contact_keys"])
        f.accounts[acct] = info


B2B_ONE = ("service_blocked", "overbilled", "portal", "invoice")


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in r.sample(range(6), r.randint(1, 4)):
            happy_act(f, c, day_time(f, d, 12, 19) if d == 5 else day_time(f, d, 7, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", None, [], ["silence"])
        t = day_time(f, 0, 9, 17)
        g = f.add(c, t, "chat", "chat", r.choice(W.MILD[c.lang]))
        f.add(c, t + 3 * M, "chat", "chat", W.MILD_ANSWER[c.lang], out=True)
        c.truth.update(grumble_event_id=g, trouble_starts_at=iso(t))
    for L, hh in (("it", 9.6), ("pt", 15.2)):
        c = f.person("grumbles_once", "lone question", L, [], ["silence"])
        t = f.start + timedelta(days=4, hours=hh)
        q, a = W.LONE_Q[L]
        e = f.add(c, t, "chat", "chat", q)
        f.add(c, t + 4 * M, "chat", "chat", a, out=True)
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    s0 = f.start + timedelta(days=5, hours=8, minutes=20)
    s1 = s0 + 45 * M
    langs = ["it"] * 6 + ["pt"] * 6 + ["de", "de", "en", "en", "es", "es", "fr", "fr"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    offs = sorted(
        [0, 45] + [r.randint(1, 15) for _ in range(5)] + [r.randint(1, 44) for _ in range(13)]
    )
    order = list(range(20))
    r.shuffle(order)
    early = [i for i in range(20) if offs[i] <= 15]
    repeaters = set(early[:6])
    fixed = set(r.sample([i for i in range(20) if i not in repeaters], 6))
    keys, ids, rep_ids = [], [], []
    for i in range(20):
        regular = order[i] < 12
        L = langs[order[i]]
        persona = "spike_repeater" if i in repeaters else "spike_reporter"
        exp = ["repeat_contact"] if i in repeaters else []
        tol = ["silence", "sentiment_drop"] if i in repeaters else ["silence"]
        c = f.person(persona, "regular" if regular else "new", L, exp, tol)
        if regular:
            for _ in range(r.randint(1, 2)):
                happy_act(f, c, day_time(f, 2, 8, 17.5), surveys=False)
        t = s0 + offs[i] * M
        ch = chans[order[i]]
        text = r.choice(W.SPIKE_REPORT[L]).format(code=W.CODE, brand=W.BRAND)
        if ch == "social":
            e = f.add(c, t, "social", "mention", f"@{W.BRAND} " + text)
        elif ch == "chat":
            e = f.add(c, t, "chat", "chat", text)
            f.add(c, t + r.randint(1, 3) * M, "chat", "chat", W.SPIKE_CHAT[L], out=True)
        elif ch == "community":
            e = f.add(c, t, "community", "post", text)
        elif ch == "email":
            e = f.add(c, t, "email", "message", text, "App " + W.CODE)
        else:
            e = f.add(c, t, "web", "ticket", text, W.CODE, attrs={"page": "/help/form"})
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        keys.append(c.key)
        ids.append(e)
        if i in repeaters:
            ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + r.randint(15, 50) * M
            txt = W.SPIKE_REPEAT[L].format(code=W.CODE)
            re_ = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                txt,
                ("Re: " + W.CODE) if ch2 == "email" else None,
            )
            c.truth["repeat_event_id"] = re_
            rep_ids.append(re_)
        if i in fixed:
            sub, body = W.SPIKE_FIXED[L]
            local = "11:40" if c.market not in ("UK", "IE", "PT") else "10:40"
            f.add(
                c,
                s0.replace(hour=11, minute=r.randint(5, 15)),
                "email",
                "message",
                F(body, c, local=local),
                sub,
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"tree-care app: approving a quote or paying the deposit fails, error {W.CODE}",
        "about": "quote approval in the app",
        "channel": None,
        "start": iso(s0),
        "end": iso(s1),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rep_ids,
    }


FAMILIES = [
    (
        "happy_writers",
        "HW",
        "2026-02-02",
        10,
        happy_writers,
        "daytime, night and survey-only happy writers",
    ),
    ("one_bad_day", "BD", "2026-03-02", 12, one_bad_day, "happy customers with one bad day"),
    (
        "repeat_contacts",
        "RC",
        "2026-04-13",
        10,
        repeat_contacts,
        "open problems raised again, fixed ones, frequent writers",
    ),
    (
        "slow_churners",
        "SC",
        "2026-05-04",
        32,
        slow_churners,
        "sliders, leavers, steady, grumpy, sarcastic",
    ),
    ("quiet_hours", "QH", "2026-06-12", 3, quiet_hours, "a calm weekend with night bursts"),
    ("bilingual", "BL", "2026-07-06", 14, bilingual, "customers alternating two languages"),
    ("b2b_accounts", "BB", "2026-08-03", 14, b2b_accounts, "Arborelo Grounds accounts"),
    ("topic_spike", "TS", "2026-09-14", 7, topic_spike, "a calm week and a Saturday spike"),
]


def ids_for(c: Cust, channel: str, full: bool) -> dict[str, Any]:
    if full:
        out: dict[str, Any] = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
        }
    elif channel == "phone":
        out = {"phone": c.phone}
    elif channel in ("social", "community"):
        out = {"handle": c.handle} if c.handle else {"email": c.email}
    elif channel == "email":
        out = {"email": c.email}
    else:
        out = {"customer_id": c.key}
    if c.account:
        out["account_id"] = c.account
    return out


def build(n: int, spec: tuple[Any, ...]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    name, code, start, days, fn, about = spec
    f = Fam(
        name,
        code,
        datetime.fromisoformat(start).replace(tzinfo=UTC),
        days,
        about,
        random.Random(SEED * 100 + n),
        random.Random(SEED * 100 + 50 + n),
    )
    fn(f)
    f.rows.sort(key=lambda x: (x[0], x[1]))
    seen: set[str] = set()
    out = []
    for _t, _n, row, c in f.rows:
        full = row["direction"] == "outbound" or c.key not in seen
        if row["direction"] == "inbound":
            seen.add(c.key)
        row["customer"] = ids_for(c, row["channel"], full)
        out.append(row)
    expected: dict[str, int] = {}
    for c in f.custs.values():
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    last = f.rows[-1][0]
    end = max(f.start + timedelta(days=days), last + H)
    truth = {
        "config": {
            "family": name,
            "about": about,
            "business": f"{W.BRAND}: tree surgery and garden tree care by app and web; plan {W.PLAN}; business arm {W.ARM}",
            "days": days,
            "seed": SEED * 100 + n,
            "written": "blind, heldout322",
            "expected": expected,
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {k: c.truth for k, c in f.custs.items()},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    return out, truth


def main() -> None:
    for n, spec in enumerate(FAMILIES, start=1):
        rows, truth = build(n, spec)
        with open(HERE / f"{spec[0]}.jsonl", "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        (HERE / f"{spec[0]}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
