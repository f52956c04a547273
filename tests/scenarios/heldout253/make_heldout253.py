# ruff: noqa: E501
"""Build heldout253 (Cancharo, football-pitch hire): eight families, standard library only."""

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

SEED = 20260253
COMPS = ("Golvio", "Rasenko")
CURRENCY = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
SOURCE = {
    "email": "cancharo-mail",
    "phone": "cancharo-voice",
    "social": "cancharo-social",
    "community": "cancharo-forum",
    "chat": "cancharo-chat",
    "web": "cancharo-web",
    "survey": "cancharo-survey",
}
LANG_W = (("es", 30), ("de", 30), ("en", 10), ("fr", 10), ("it", 10), ("pt", 10))
AGENTS = ("Nerea", "Jens", "Aoife", "Margaux", "Davide", "Filipa")
USED: set[str] = set()


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    ids: dict[str, str | None]
    truth: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    rng: random.Random
    about: str
    rows: list[tuple[datetime, int, dict[str, Any], Cust]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0


def pick(rng: random.Random, table: dict[str, list[str]], lang: str) -> str:
    return rng.choice(table[lang])


def lang_of(rng: random.Random) -> str:
    return rng.choices([x for x, _ in LANG_W], [w for _, w in LANG_W])[0]


def unique(rng: random.Random, make: Any) -> str:
    while True:
        v = str(make())
        if v not in USED:
            USED.add(v)
            return v


def person(
    f: Fam,
    lang: str,
    persona: str,
    habit: str,
    expected: list[str] | None = None,
    tolerated: list[str] | None = None,
    account: str | None = None,
    market: str | None = None,
) -> Cust:
    r = f.rng
    mk = market or r.choice(W.MARKETS[lang])
    first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
    key = unique(r, lambda: f"CN{f.code}{r.randint(1000, 9999)}")
    base = strip(f"{first}.{last}").lower().replace(" ", "")
    email = unique(
        r,
        lambda: (
            f"{base}{r.randint(1, 99)}@{r.choice(['correo', 'mailbox', 'post', 'inbox'])}.example"
            if not account
            else f"{strip(first).lower()}.{strip(last).lower()}{r.randint(1, 9)}@{account.lower()}.example"
        ),
    )
    cc, pre, ln = W.PHONE[mk]
    phone = unique(
        r, lambda: cc + pre + "".join(str(r.randint(0, 9)) for _ in range(ln - len(pre) + 1))
    )
    handle = (
        None
        if account
        else unique(r, lambda: f"@{strip(last).lower()}_{strip(first).lower()}{r.randint(1, 99)}")
    )
    ids: dict[str, str | None] = {
        "customer_id": key,
        "email": email,
        "phone": phone,
        "handle": handle,
        "account_id": account,
    }
    t = {
        "identifiers": ids,
        "expected_rules": expected or [],
        "tolerated_rules": tolerated or [],
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": mk,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
    }
    c = Cust(key, lang, mk, first, ids, t)
    f.custs[key] = c
    return c


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


def roughen(r: random.Random, text: str) -> str:
    if r.random() < 0.1:
        text = unicodedata.normalize("NFC", strip(text))
    if r.random() < 0.125 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    if r.random() < 0.14:
        words = [
            i for i, w in enumerate(text.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
        ]
        if words:
            parts = text.split(" ")
            w = parts[r.choice(words)]
            j = r.randint(1, len(w) - 3)
            parts[parts.index(w)] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(parts)
    return text


def amount(c: Cust, eur: int) -> str:
    cur, k = CURRENCY.get(c.market, ("EUR", 1.0))
    v = round(eur * k)
    return {"GBP": f"£{v}", "CHF": f"CHF {v}"}.get(cur, f"{v} €")


def add(
    f: Fam,
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
    f.n += 1
    eid = f"h253-{f.code.lower()}-{f.n:05d}"
    if text and not out and channel not in ("phone", "survey"):
        text = roughen(f.rng, text)
    if channel == "phone" and text:
        text = "".join(ch for ch in text if ch not in ".,!?¿¡:;").replace("\n", " ")
        if c.lang != "de":
            text = text.lower()
    a = {"market": c.market} | (attrs or {})
    if c.ids["account_id"]:
        a["segment"] = "b2b"
    if out:
        a["agent"] = AGENTS[W.LANGS.index(c.lang)]
    row = {
        "event_id": eid,
        "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "channel": channel,
        "kind": kind,
        "direction": "outbound" if out else "inbound",
        "customer": {},
        "text": text,
        "subject": subject,
        "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
        "source": SOURCE[channel],
        "attributes": a,
    }
    f.rows.append((t, f.n, row, c))
    return eid


def at(f: Fam, day: float, h0: float = 8, h1: float = 20) -> datetime:
    return f.start + timedelta(days=int(day), hours=f.rng.uniform(h0, h1))


def day_only(t: datetime) -> datetime:
    if t.hour >= 22:
        return t.replace(hour=8, minute=t.minute % 60) + timedelta(days=1)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def happy_act(
    f: Fam,
    c: Cust,
    t: datetime,
    kinds: tuple[str, ...] = ("praise", "again", "gripe", "chat", "buy", "view", "review", "phone"),
) -> None:
    r, L = f.rng, c.lang
    k = r.choice(kinds)
    if k == "praise":
        add(f, c, t, "social", "mention", pick(r, W.PRAISE, L))
    elif k == "again":
        add(f, c, t, "community", "post", pick(r, W.AGAIN_PRAISE, L))
    elif k == "gripe":
        add(f, c, t, "community", "post", pick(r, W.GRIPE_PRAISE, L))
    elif k == "chat":
        add(f, c, t, "chat", "chat", pick(r, W.QUESTION, L))
        add(
            f,
            c,
            t + timedelta(minutes=r.randint(1, 6)),
            "chat",
            "chat",
            pick(r, W.ANSWER, L),
            out=True,
        )
        if r.random() < 0.6:
            add(f, c, t + timedelta(minutes=r.randint(7, 10)), "chat", "chat", pick(r, W.THANKS, L))
    elif k == "buy":
        add(f, c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        p, v = r.choice(W.PRODUCTS)
        cur, kk = CURRENCY.get(c.market, ("EUR", 1.0))
        add(
            f,
            c,
            t + timedelta(minutes=r.randint(2, 15)),
            "web",
            "purchase",
            attrs={
                "order_value": f"{v * kk:.2f}",
                "currency": cur,
                "product": p,
                "page": "/app/book",
            },
        )
    elif k == "view":
        add(f, c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
    elif k == "review":
        add(
            f,
            c,
            t,
            "web",
            "review",
            pick(r, W.REVIEW_GOOD, L),
            attrs={"rating": str(r.choice([4, 5, 5])), "page": "/reviews"},
        )
    else:
        add(f, c, t, "phone", "call", pick(r, W.QUESTION, L))
        add(
            f,
            c,
            t + timedelta(minutes=r.randint(10, 40)),
            "email",
            "message",
            pick(r, W.ANSWER, L),
            out=True,
        )


def survey_happy(f: Fam, c: Cust, t: datetime) -> None:
    r = f.rng
    s = r.choice(
        [{"nps": r.choice([9, 10])}, {"csat": r.choice([4, 5])}, {"ces": r.choice([6, 7])}]
    )
    add(
        f,
        c,
        t,
        "survey",
        "survey_response",
        pick(r, W.SURVEY_WORD, c.lang) or None,
        scores=s,
        attrs={"survey": next(iter(s))},
    )


def ref(f: Fam) -> str:
    return unique(f.rng, lambda: f"CAN/{f.rng.randint(10000, 99999)}-{f.rng.choice('BFKMRTX')}")


def problem_text(f: Fam, c: Cust, problem: str) -> str:
    return pick(f.rng, W.PROBLEM[problem], c.lang).format(
        amount=amount(c, f.rng.choice([48, 62, 84]))
    )


def complain(f: Fam, c: Cust, t: datetime, channel: str, problem: str, long: bool = False) -> str:
    r, L = f.rng, c.lang
    txt = problem_text(f, c, problem)
    subj = (
        W.SUBJ_COMPLAINT[L].format(topic=W.PROBLEM_TOPIC[problem]) if channel == "email" else None
    )
    if long:
        txt = pick(r, W.LONG_LETTER, L).format(problem=txt.rstrip("."))
    kind = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "phone": "call",
        "community": "post",
    }[channel]
    attrs = {"page": "/help/contact"} if channel == "web" else None
    return add(f, c, t, channel, kind, txt, subj, attrs=attrs)


def repeat_run(
    f: Fam, c: Cust, day: int, times: int, problem: str, first_ch: str, lead: bool
) -> None:
    r, L = f.rng, c.lang
    t = at(f, day, 8, 19)
    cref = ref(f)
    ids = [complain(f, c, t, first_ch, problem)]
    if first_ch == "chat":
        add(
            f,
            c,
            t + timedelta(minutes=r.randint(2, 5)),
            "chat",
            "chat",
            pick(r, W.CASE_OPENED, L).format(name=c.name, ref=cref),
            out=True,
        )
    elif not lead:
        add(
            f,
            c,
            t + timedelta(minutes=r.randint(10, 40)),
            "email",
            "message",
            pick(r, W.CASE_OPENED, L).format(name=c.name, ref=cref),
            W.SUBJ_RE[L].format(ref=cref),
            out=True,
        )
    if lead:
        add(
            f,
            c,
            t + timedelta(hours=r.uniform(1.5, 2.5)),
            "email",
            "message",
            pick(r, W.QUALITY_LEAD, L).format(name=c.name, ref=cref),
            W.SUBJ_RE[L].format(ref=cref),
            out=True,
        )
    chans = [x for x in ("email", "chat", "phone", "web", "social") if x != first_ch]
    r.shuffle(chans)
    comp = None
    for i in range(1, times):
        t = day_only(t + timedelta(hours=r.uniform(4, 40)))
        txt = pick(r, W.REPEAT_LATER, L).format(ref=cref, problem=problem_text(f, c, problem))
        if i == 2:
            comp = r.choice(COMPS)
            txt += " " + pick(r, W.THIRD_LINE, L).format(comp=comp)
        if i == 3:
            txt += " " + pick(r, W.FOURTH_LINE, L)
        ch = chans[i - 1]
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[ch]
        ids.append(
            add(
                f,
                c,
                t,
                ch,
                kind,
                txt,
                W.SUBJ_RE[L].format(ref=cref) if ch == "email" else None,
                attrs={"page": "/help/contact"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            add(
                f,
                c,
                t + timedelta(minutes=r.randint(2, 5)),
                "chat",
                "chat",
                pick(r, W.URGENT, L).format(ref=cref),
                out=True,
            )
    c.truth.update(
        {
            "problem": problem,
            "booking": cref,
            "contacts": times,
            "channels": [first_ch, *chans[: times - 1]],
            "agent_passed_on": lead,
            "problem_event_ids": ids,
            "competitor": comp,
            "trouble_starts_at": ids and f.rows[-1][0].isoformat(),
        }
    )
    c.truth["trouble_starts_at"] = next(
        row[2]["occurred_at"] for row in f.rows if row[2]["event_id"] == ids[0]
    )


def fixed_run(f: Fam, c: Cust, day: int, problem: str, ch: str = "web") -> dict[str, Any]:
    r, L = f.rng, c.lang
    t = at(f, day, 8, 17)
    cref = ref(f)
    e = complain(f, c, t, ch, problem)
    add(
        f,
        c,
        t + timedelta(minutes=r.randint(10, 40)),
        "email",
        "message",
        pick(r, W.CASE_OPENED, L).format(name=c.name, ref=cref),
        W.SUBJ_RE[L].format(ref=cref),
        out=True,
    )
    tf = day_only(t + timedelta(hours=r.uniform(3, 20)))
    add(
        f,
        c,
        tf,
        "email",
        "message",
        pick(r, W.GOOD_NEWS, L).format(ref=cref),
        W.SUBJ_RE[L].format(ref=cref),
        out=True,
    )
    tc = day_only(tf + timedelta(hours=r.uniform(8, 30)))
    cch = r.choice(["email", "chat"])
    ce = add(
        f,
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        pick(r, W.CONFIRM, L).format(ref=cref),
        W.SUBJ_RE[L].format(ref=cref) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": cref,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": cch,
    }


def slide(f: Fam, c: Cust, day: int, span: int, langs: list[str] | None = None) -> list[str]:
    r = f.rng
    comp = r.choice(COMPS)
    ids = []
    t = at(f, day, 9, 18)
    for i in range(6):
        L = langs[i % 2] if langs else c.lang
        txt = W.SLIDE[L][i].format(comp=comp)
        ch = r.choice(["social", "community", "web"])
        if ch == "web":
            ids.append(
                add(
                    f,
                    c,
                    t,
                    "web",
                    "review",
                    txt,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                )
            )
        else:
            ids.append(add(f, c, t, ch, "mention" if ch == "social" else "post", txt))
        t = day_only(t + timedelta(hours=max(1.0, span * 24 / 6 * r.uniform(0.7, 1.2))))
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": next(
                row[2]["occurred_at"] for row in f.rows if row[2]["event_id"] == ids[0]
            ),
        }
    )
    return ids


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def nps_low(f: Fam, c: Cust, t: datetime) -> str:
    v = f.rng.randint(1, 5)
    c.truth.update({"nps_given": True, "nps": v})
    e = add(
        f,
        c,
        day_only(t),
        "survey",
        "survey_response",
        None,
        scores={"nps": v},
        attrs={"survey": "nps"},
    )
    c.truth["survey_event_id"] = e
    return e


HAPPY_T: list[str] = []
REPEAT_T = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
SLIDE_T = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]


def happy_writers(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = person(f, lang_of(r), "happy", "day writer")
        for d in r.sample(range(f.days), r.randint(5, 8)):
            happy_act(f, c, at(f, d, 7, 19))
    for _ in range(5):
        c = person(f, lang_of(r), "happy", "night writer")
        for d in r.sample(range(f.days - 1), r.randint(2, 4)):
            t = at(f, d, 22.2, 28.5)
            if r.random() < 0.5:
                add(f, c, t, "social", "post", pick(r, W.NIGHT_POST, c.lang))
            else:
                add(f, c, t, "chat", "chat", pick(r, W.NIGHT_Q, c.lang))
                add(
                    f,
                    c,
                    t + timedelta(minutes=r.randint(1, 5)),
                    "chat",
                    "chat",
                    pick(r, W.NIGHT_ANSWER, c.lang),
                    out=True,
                )
                add(
                    f,
                    c,
                    t + timedelta(minutes=r.randint(6, 9)),
                    "chat",
                    "chat",
                    pick(r, W.THANKS, c.lang),
                )
        for d in r.sample(range(f.days), r.randint(2, 3)):
            happy_act(f, c, at(f, d, 9, 18), ("praise", "buy", "view", "review"))
    for _ in range(5):
        c = person(f, lang_of(r), "happy", "answers surveys")
        for d in r.sample(range(f.days), r.randint(3, 6)):
            survey_happy(f, c, at(f, d, 8, 20))


def one_bad_day(f: Fam) -> None:
    r = f.rng
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(probs)
    with_case = 0
    for i, ch in enumerate(chans):
        lang = (["es", "es", "de", "de"][i]) if ch == "long" else lang_of(r)
        c = person(f, lang, "happy_one_bad_day", "one bad day", [], ["silence"])
        bd = r.randint(2, 9)
        for d in r.sample(
            [d for d in range(f.days) if d <= bd - 2 or d >= bd + 3], r.randint(1, 5)
        ):
            happy_act(f, c, at(f, d, 8, 19))
        t = at(f, bd, 8, 20)
        real = "email" if ch == "long" else ch
        e = complain(f, c, t, real, probs[i], long=ch == "long")
        c.truth.update(
            {
                "problem": probs[i],
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "long_email": ch == "long",
                "channel": real,
                "trouble_starts_at": iso(t),
                "booking": None,
            }
        )
        if real == "social":
            continue
        cref = ref(f)
        c.truth["booking"] = cref
        msg = pick(r, W.CASE_OPENED, c.lang).format(name=c.name, ref=cref)
        if real == "chat":
            add(f, c, t + timedelta(minutes=r.randint(2, 5)), "chat", "chat", msg, out=True)
        else:
            add(
                f,
                c,
                t + timedelta(minutes=r.randint(10, 40)),
                "email",
                "message",
                msg,
                W.SUBJ_RE[c.lang].format(ref=cref),
                out=True,
            )
        with_case += 1
        if with_case <= 6:
            c.truth.update({"persona": "bad_day_detractor", "expected_rules": ["detractor"]})
            nps_low(f, c, t + timedelta(minutes=r.randint(100, 140)))
        elif with_case <= 11:
            v = r.randint(1, 2)
            c.truth.update({"csat_given": True, "csat": v})
            c.truth["survey_event_id"] = add(
                f,
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                r.choice(["", pick(r, W.SURVEY_WORD, c.lang)]) or None,
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
        if with_case % 20 < 12:
            tg = day_only(t + timedelta(hours=r.uniform(1, 4)))
            add(
                f,
                c,
                tg,
                "email",
                "message",
                pick(r, W.GOOD_NEWS, c.lang).format(ref=cref),
                W.SUBJ_RE[c.lang].format(ref=cref),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if with_case % 20 < 5:
                ta = day_only(t + timedelta(hours=r.uniform(16, 24)))
                ae = add(f, c, ta, "chat", "chat", pick(r, W.APOLOGY, c.lang))
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": ae})
    for _ in range(8):
        c = person(f, lang_of(r), "happy", "control")
        for d in r.sample(range(f.days), r.randint(4, 7)):
            happy_act(f, c, at(f, d, 8, 19))


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    times = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    for i, n in enumerate(times):
        c = person(f, lang_of(r), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_T)
        for _ in range(r.randint(1, 3)):
            happy_act(f, c, at(f, 0, 7, 12))
        repeat_run(f, c, r.randint(1, 4), n, r.choice(W.PROBLEMS), firsts[i], i % 2 == 0)
    for _ in range(5):
        c = person(f, lang_of(r), "resolved_between_contacts", "fixed", [], ["silence"])
        c.truth["problems"] = [
            fixed_run(f, c, r.randint(1, 5), r.choice(W.PROBLEMS), r.choice(["web", "email"]))
        ]
        c.truth["trouble_starts_at"] = c.truth["problems"][0]["raised_at"]
    for _ in range(3):
        c = person(f, lang_of(r), "different_problems", "two problems", [], ["silence"])
        p1, p2 = r.sample(W.PROBLEMS, 2)
        c.truth["problems"] = [
            fixed_run(f, c, 1, p1),
            fixed_run(f, c, r.randint(5, 6), p2, "email"),
        ]
        c.truth["trouble_starts_at"] = c.truth["problems"][0]["raised_at"]
    for _ in range(7):
        c = person(f, lang_of(r), "happy", "frequent writer")
        for d in r.sample(range(f.days), r.randint(5, 8)):
            happy_act(f, c, at(f, d, 8, 19), ("chat", "chat", "phone", "buy"))


def slow_churners(f: Fam) -> None:
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i, span in enumerate(spans):
        c = person(f, lang_of(r), "slow_churner", "slides", ["sentiment_drop"], SLIDE_T)
        for d in r.sample(range(11), r.randint(4, 5)):
            add(f, c, at(f, d, 8, 20), "social", "mention", pick(r, W.PRAISE, c.lang))
        for d in r.sample(range(11), r.randint(2, 4)):
            happy_act(f, c, at(f, d, 8, 20), ("buy", "view", "chat"))
        ids = slide(f, c, r.randint(12, 16), span)
        if i < 5:
            c.truth["expected_rules"] = ["sentiment_drop", "detractor"]
            t4 = next(row[0] for row in f.rows if row[2]["event_id"] == ids[3])
            nps_low(f, c, t4 + timedelta(hours=r.uniform(2.5, 3.5)))
    for _ in range(5):
        c = person(
            f,
            lang_of(r),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for d in r.sample(range(16), r.randint(4, 6)):
            happy_act(f, c, at(f, d, 8, 19))
        t = at(f, r.randint(17, 23), 8, 18)
        e = add(
            f,
            c,
            t,
            "email",
            "message",
            pick(r, W.CANCEL_ASK, c.lang),
            {
                "es": "Baja",
                "de": "Kündigung",
                "en": "Cancel",
                "fr": "Résiliation",
                "it": "Disdetta",
                "pt": "Cancelamento",
            }[c.lang],
        )
        add(
            f,
            c,
            day_only(t + timedelta(hours=r.uniform(1, 5))),
            "email",
            "message",
            pick(r, W.SORRY_GO, c.lang).format(name=c.name),
            out=True,
        )
        tc = day_only(t + timedelta(hours=r.uniform(20, 30)))
        ce = add(
            f,
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/plus", "product": "Cancharo Plus"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": ce,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = person(f, lang_of(r), "happy", "steady")
        for d in r.sample(range(f.days), r.randint(6, 10)):
            happy_act(f, c, at(f, d, 8, 20))
    for _ in range(5):
        c = person(f, lang_of(r), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = r.randint(0, 4)
        ids = []
        for _ in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web"])
            txt = pick(r, W.GRUMBLE, c.lang)
            if ch == "web":
                ids.append(
                    add(
                        f,
                        c,
                        at(f, d, 8, 20),
                        "web",
                        "review",
                        txt,
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            else:
                ids.append(
                    add(f, c, at(f, d, 8, 20), ch, "mention" if ch == "social" else "post", txt)
                )
            d += r.randint(1, 3)
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": next(
                    row[2]["occurred_at"] for row in f.rows if row[2]["event_id"] == ids[0]
                ),
            }
        )
    for _ in range(5):
        c = person(f, lang_of(r), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        for d in r.sample(range(16), r.randint(3, 6)):
            happy_act(f, c, at(f, d, 8, 20))
        t = at(f, r.randint(17, 28), 9, 20)
        c.truth.update(
            {
                "sarcasm_event_id": add(f, c, t, "social", "mention", pick(r, W.SARCASM, c.lang)),
                "trouble_starts_at": iso(t),
            }
        )


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = person(f, lang_of(r), "happy", "day writer")
        for d in r.sample(range(3), r.randint(1, 3)):
            happy_act(f, c, at(f, d, 7, 17.5))
    for i in range(4):
        c = person(f, lang_of(r), "grumbles_once", "grumbles once", [], ["silence"])
        t = at(f, r.randint(0, 2), 9, 17)
        happy_act(f, c, t, ("view",))
        tg = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            e = add(f, c, tg, "chat", "chat", pick(r, W.MILD, c.lang))
            add(
                f,
                c,
                tg + timedelta(minutes=3),
                "chat",
                "chat",
                pick(r, W.MILD_ANSWER, c.lang),
                out=True,
            )
        else:
            e = add(
                f, c, tg, "web", "ticket", pick(r, W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            add(
                f,
                c,
                tg + timedelta(minutes=25),
                "email",
                "message",
                pick(r, W.MILD_ANSWER, c.lang),
                out=True,
            )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(tg)})
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        for b, off in enumerate((0, r.randint(28, 33), r.randint(55, 65))):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = person(f, lang_of(r), "night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    e = add(f, c, t, "social", "post", pick(r, W.NIGHT_POST, c.lang))
                else:
                    e = add(f, c, t, "chat", "chat", pick(r, W.NIGHT_Q, c.lang))
                    add(
                        f,
                        c,
                        t + timedelta(minutes=2),
                        "chat",
                        "chat",
                        pick(r, W.NIGHT_ANSWER, c.lang),
                        out=True,
                    )
                    add(f, c, t + timedelta(minutes=5), "chat", "chat", pick(r, W.THANKS, c.lang))
                c.truth.update({"burst_at": iso(bs), "night_event_id": e})
                if r.random() < 0.5:
                    happy_act(f, c, at(f, r.randint(0, 2), 9, 17.5), ("praise", "view", "buy"))


PAIRS = (
    [("es", "de")] * 4
    + [("de", "es")] * 4
    + [
        ("es", "en"),
        ("es", "en"),
        ("en", "es"),
        ("en", "es"),
        ("de", "en"),
        ("de", "en"),
        ("de", "fr"),
        ("fr", "de"),
        ("es", "pt"),
        ("pt", "es"),
        ("es", "it"),
        ("it", "es"),
        ("de", "it"),
        ("en", "de"),
        ("fr", "es"),
        ("it", "de"),
        ("pt", "de"),
        ("es", "fr"),
        ("de", "pt"),
    ]
)
REASONS = [
    "works in the other country",
    "partner speaks it at home",
    "grew up with it",
    "team mates write it",
]


def bilingual(f: Fam) -> None:
    r = f.rng
    pairs = list(PAIRS)
    r.shuffle(pairs)

    def mk(
        i: int, persona: str, habit: str, exp: list[str], tol: list[str]
    ) -> tuple[Cust, list[str]]:
        a, b = pairs[i]
        c = person(f, a, persona, habit, exp, tol, market=r.choice(W.MARKETS[r.choice([a, b])]))
        c.truth.update({"languages": [a, b], "job_second_language": r.choice(REASONS)})
        return c, [a, b]

    for i in range(12):
        c, ls = mk(i, "happy", "alternates languages", [], [])
        for j, d in enumerate(sorted(r.sample(range(f.days), r.randint(5, 8)))):
            c.lang = ls[j % 2]
            happy_act(f, c, at(f, d, 8, 19))
    for i, n in enumerate([2, 2, 3, 3, 4]):
        c, ls = mk(12 + i, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_T)
        for _ in range(r.randint(1, 3)):
            happy_act(f, c, at(f, r.randint(0, 1), 8, 18))
        c.lang = ls[0]
        repeat_run(
            f, c, r.randint(2, 5), n, r.choice(W.PROBLEMS), r.choice(["web", "email"]), n >= 3
        )
    for i in range(5):
        c, ls = mk(17 + i, "slow_churner", "slides", ["sentiment_drop"], SLIDE_T)
        for j, d in enumerate(range(6)):
            add(
                f, c, at(f, d, 8, 20), "social", "mention", pick(r, W.PRAISE, ls[j % 2])
            ) if j < 5 else None
        for _ in range(r.randint(1, 3)):
            c.lang = r.choice(ls)
            happy_act(f, c, at(f, r.randint(0, 5), 8, 20), ("buy", "view"))
        slide(f, c, r.randint(7, 8), r.randint(3, 5), ls)
    for i, ch in enumerate(["long", "email", "chat"]):
        c, ls = mk(22 + i, "happy_one_bad_day", "one bad day", [], ["silence"])
        for d in (0, 1, 11):
            c.lang = ls[d % 2]
            happy_act(f, c, at(f, d, 8, 18))
        c.lang = "de" if ch == "long" else ls[1]
        t = at(f, 6, 9, 17)
        p = r.choice(W.PROBLEMS)
        e = complain(f, c, t, "chat" if ch == "chat" else "email", p, long=ch == "long")
        cref = ref(f)
        add(
            f,
            c,
            t + timedelta(minutes=20),
            "chat" if ch == "chat" else "email",
            "chat" if ch == "chat" else "message",
            pick(r, W.CASE_OPENED, c.lang).format(name=c.name, ref=cref),
            out=True,
        )
        if ch != "chat":
            add(
                f,
                c,
                day_only(t + timedelta(hours=3)),
                "email",
                "message",
                pick(r, W.GOOD_NEWS, c.lang).format(ref=cref),
                W.SUBJ_RE[c.lang].format(ref=cref),
                out=True,
            )
        if ch == "email":
            c.truth["apology_event_id"] = add(
                f,
                c,
                day_only(t + timedelta(hours=r.uniform(18, 24))),
                "chat",
                "chat",
                pick(r, W.APOLOGY, c.lang),
            )
        c.truth.update(
            {
                "problem": p,
                "booking": cref,
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "bad_day_language": c.lang,
                "long_email": ch == "long",
                "trouble_starts_at": iso(t),
            }
        )
    for i in range(2):
        c, ls = mk(25 + i, "resolved_between_contacts", "fixed", [], ["silence"])
        c.lang = ls[0]
        pr = fixed_run(f, c, r.randint(3, 8), r.choice(W.PROBLEMS))
        c.truth.update(
            {"problems": [pr], "confirm_language": ls[1], "trouble_starts_at": pr["raised_at"]}
        )


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    plan = [
        ("at_risk", 3, "portal", "DE", "facilities"),
        ("at_risk", 3, "invoice", "DE", "municipality"),
        ("at_risk", 3, "service_blocked", "FR", "hotel"),
        ("at_risk", 4, "invoice", "ES", "construction"),
        ("at_risk", 4, "overbilled", "ES", "school"),
    ]
    plan += [
        ("one_unhappy", 1, p, m, s)
        for p, m, s in [
            ("service_blocked", "DE", "plumbing"),
            ("overbilled", "PT", "cleaning"),
            ("portal", "IT", "university"),
            ("invoice", "UK", "film"),
        ]
    ]
    plan += [
        ("mild", 0, "", m, s)
        for m, s in [("DE", "events"), ("IE", "landscaping"), ("PT", "shopfitting")]
    ]
    plan += [
        ("happy", 0, "", m, s)
        for m, s in [("ES", "hotel"), ("DE", "construction"), ("AT", "cleaning")]
    ]
    lang_of_m = {
        "DE": "de",
        "AT": "de",
        "ES": "es",
        "FR": "fr",
        "IT": "it",
        "PT": "pt",
        "UK": "en",
        "IE": "en",
    }
    wed = 2
    for kind, nun, prob, mk_, site in plan:
        L = lang_of_m[mk_]
        acc = unique(r, lambda mk_=mk_: f"CNE-{mk_}-{r.randint(1000, 9999)}")
        company = f"{r.choice(W.LAST[L])} {site.title()}"
        ncont = {
            "at_risk": r.randint(nun + 1, 6),
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": r.randint(3, 4),
        }[kind]
        keys, unhappy = [], []
        exp_acc = ["account_risk"] if kind == "at_risk" else []
        cref = ref(f) if nun else None
        first_name, first_day = "", 0
        prev = f.start
        for j in range(ncont):
            role = (
                "complainer" if j < nun else ("suggests" if kind == "mild" and j < 2 else "contact")
            )
            if role == "complainer" and kind == "at_risk":
                persona, exp, tol = (
                    "b2b_unhappy",
                    ["detractor"] if j < nun - 1 else ["repeat_contact"],
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                )
            elif role == "complainer":
                persona, exp, tol = (
                    "b2b_one_unhappy",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], ["silence"]
            else:
                persona, exp, tol = "b2b_happy", [], []
            c = person(f, L, persona, role, exp, tol, account=acc, market=mk_)
            c.truth.update(
                {
                    "company": company,
                    "role": role,
                    "job_title": r.choice(
                        ["Office manager", "HR lead", "Facilities coordinator", "Team captain"]
                    ),
                }
            )
            c.truth["job"] = c.truth["job_title"]
            keys.append(c.key)
            if role == "contact":
                for d in r.sample([0, 1, 5, 6, 7, 8, 9, 12], r.randint(2, 4)):
                    t = f.start + timedelta(days=d, hours=r.uniform(8, 16.5))
                    k = r.choice(["q", "buy", "view", "praise", "survey"])
                    if k == "q":
                        add(f, c, t, "chat", "chat", pick(r, W.B2B_Q, L))
                        add(
                            f,
                            c,
                            t + timedelta(minutes=r.randint(1, 6)),
                            "chat",
                            "chat",
                            pick(r, W.B2B_A, L),
                            out=True,
                        )
                        add(f, c, t + timedelta(minutes=8), "chat", "chat", pick(r, W.THANKS, L))
                    elif k == "survey":
                        survey_happy(f, c, t)
                    elif k == "praise":
                        add(f, c, t, "community", "post", pick(r, W.B2B_PRAISE, L))
                    else:
                        happy_act(f, c, t, ("buy",) if k == "buy" else ("view",))
                continue
            for _ in range(r.randint(0, 2)):
                happy_act(
                    f,
                    c,
                    f.start + timedelta(days=r.randint(0, 1), hours=r.uniform(8, 16)),
                    ("view", "buy"),
                )
            if role == "suggests":
                t = f.start + timedelta(days=r.randint(3, 9), hours=r.uniform(8, 16))
                e = add(
                    f,
                    c,
                    t,
                    "web",
                    "ticket",
                    pick(r, W.B2B_SUGGEST, L),
                    attrs={"page": "/business/feedback"},
                )
                add(
                    f,
                    c,
                    t + timedelta(minutes=30),
                    "email",
                    "message",
                    pick(r, W.B2B_A, L),
                    out=True,
                )
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
                continue
            unhappy.append(c.key)
            assert cref is not None
            if kind == "at_risk":
                t = (
                    f.start + timedelta(days=wed, hours=r.uniform(8, 10))
                    if j == 0
                    else day_only(prev + timedelta(hours=r.uniform(8, 28)))
                )
                while t.weekday() >= 5 or not 8 <= t.hour < 17:
                    t = (t + timedelta(days=1)).replace(hour=8, minute=r.randint(0, 50))
                prev = t
            else:
                t = f.start + timedelta(days=r.randint(3, 7), hours=r.uniform(8, 16))
                while t.weekday() >= 5:
                    t += timedelta(days=1)
            ptxt = pick(r, W.B2B_COMPLAINT[prob], L)
            if j == 0:
                first_name, first_day = c.name, t.weekday()
                txt = ptxt
            else:
                txt = pick(r, W.B2B_LATER, L).format(
                    first=first_name, day=W.WEEKDAY[L][first_day], ref=cref, problem=ptxt
                )
            e = add(
                f,
                c,
                t,
                "email",
                "message",
                txt,
                W.SUBJ_COMPLAINT[L].format(topic=W.B2B_TOPIC[prob]),
            )
            ids = [e]
            if j == 0:
                add(
                    f,
                    c,
                    t + timedelta(minutes=r.randint(20, 50)),
                    "email",
                    "message",
                    pick(r, W.CASE_OPENED, L).format(name=c.name, ref=cref),
                    W.SUBJ_RE[L].format(ref=cref),
                    out=True,
                )
            if kind == "one_unhappy" or j < nun - 1:
                nps_low(f, c, t + timedelta(hours=r.uniform(1, 3)))
            else:
                t2 = t + timedelta(hours=r.uniform(18, 40))
                while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                    t2 = (t2 + timedelta(days=1)).replace(hour=9, minute=r.randint(0, 50))
                if j == nun - 1 and prob == "portal":
                    comp = r.choice(COMPS)
                    ids.append(
                        add(
                            f,
                            c,
                            t2,
                            "email",
                            "message",
                            pick(r, W.B2B_LAST_MAIL, L).format(ref=cref, comp=comp),
                            W.SUBJ_RE[L].format(ref=cref),
                        )
                    )
                    c.truth["competitor"] = comp
                else:
                    ids.append(
                        add(f, c, t2, "phone", "call", pick(r, W.B2B_LAST_CALL, L).format(ref=cref))
                    )
            c.truth.update(
                {
                    "problem": prob,
                    "booking": cref,
                    "complaint_event_ids": ids,
                    "trouble_starts_at": iso(t),
                }
            )
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": exp_acc,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": min(
                (f.custs[k].truth["trouble_starts_at"] for k in unhappy), default=None
            )
            if kind == "at_risk"
            else None,
            "language": L,
            "country": mk_,
        }


def topic_spike(f: Fam) -> None:
    r = f.rng
    spike0 = f.start + timedelta(days=3, hours=18, minutes=10)
    for _ in range(40):
        c = person(f, lang_of(r), "happy", "day writer")
        for d in r.sample(range(6), r.randint(1, 4)):
            happy_act(f, c, at(f, d, 8, 19))
    for _ in range(2):
        c = person(f, lang_of(r), "grumbles_once", "grumbles once", [], ["silence"])
        t = at(f, 0, 9, 17)
        e = add(f, c, t, "chat", "chat", pick(r, W.MILD, c.lang))
        add(
            f, c, t + timedelta(minutes=3), "chat", "chat", pick(r, W.MILD_ANSWER, c.lang), out=True
        )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for L, h in (("es", 9.67), ("de", 16.08)):
        c = person(f, L, "grumbles_once", "lone question", [], ["silence"])
        t = f.start + timedelta(days=2, hours=h)
        e = add(f, c, t, "chat", "chat", pick(r, W.LONE_Q, L))
        add(f, c, t + timedelta(minutes=4), "chat", "chat", pick(r, W.LONE_A, L), out=True)
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    repeaters = 0
    fixed = 0
    for i in range(20):
        regular = i % 5 < 3
        c = person(f, langs[i], "spike_reporter", "regular" if regular else "new", [], ["silence"])
        if regular:
            for _ in range(r.randint(1, 3)):
                happy_act(
                    f,
                    c,
                    f.start + timedelta(days=2, hours=r.uniform(8, 17.5)),
                    ("praise", "view", "buy", "chat"),
                )
        t = spike0 + timedelta(minutes=offs[i])
        ch = chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = add(
            f,
            c,
            t,
            ch,
            kind,
            pick(r, W.SPIKE_REPORT, c.lang),
            "LUX-865" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            add(
                f,
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                pick(r, W.SPIKE_ANSWER, c.lang),
                out=True,
            )
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if offs[i] <= 25 and repeaters < 6:
            repeaters += 1
            c2 = ["email", "chat", "community"][repeaters % 3]
            if c2 == ch:
                c2 = "community" if ch != "community" else "email"
            t2 = t + timedelta(minutes=r.randint(15, 50))
            re_ = add(
                f,
                c,
                t2,
                c2,
                {"email": "message", "chat": "chat", "community": "post"}[c2],
                pick(r, W.SPIKE_REPEAT, c.lang),
            )
            reps.append(re_)
            c.truth.update(
                {
                    "persona": "spike_repeater",
                    "expected_rules": ["repeat_contact"],
                    "tolerated_rules": ["silence", "sentiment_drop"],
                    "repeat_event_id": re_,
                }
            )
        elif fixed < 6:
            fixed += 1
            add(
                f,
                c,
                f.start + timedelta(days=3, hours=21, minutes=r.randint(8, 17)),
                "email",
                "message",
                pick(r, W.SPIKE_FIXED, c.lang),
                "LUX-865",
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "pitch floodlights switched off mid-game at every venue by the app's light control, error LUX-865",
        "about": "floodlights cut out on booked pitches",
        "channel": None,
        "start": iso(spike0),
        "end": iso(spike0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        happy_writers,
        "happy customers writing often",
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 6, tzinfo=UTC),
        12,
        one_bad_day,
        "happy customers with one bad day",
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        repeat_contacts,
        "problems raised again while open",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        slow_churners,
        "slow slides, leavers, grumpy and sarcastic",
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm weekend with night owls",
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        bilingual,
        "customers writing in two languages",
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 9, 28, tzinfo=UTC),
        14,
        b2b_accounts,
        "company accounts on the business arm",
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


def build(n: int, name: str, code: str, start: datetime, days: int, fn: Any, about: str) -> None:
    f = Fam(name, code, start, days, random.Random(SEED * 100 + n), about)
    fn(f)
    f.rows.sort(key=lambda x: (x[0], x[1]))
    seen: set[str] = set()
    chan_ids = {
        "email": ("email",),
        "phone": ("phone",),
        "social": ("handle",),
        "community": ("handle",),
    }
    lines = []
    for t, _, row, c in f.rows:
        ids = c.ids
        if row["direction"] == "outbound" or c.key not in seen:
            cust = {k: v for k, v in ids.items() if v}
            if row["direction"] == "inbound":
                seen.add(c.key)
        else:
            want = chan_ids.get(row["channel"], ("customer_id",))
            if ids["account_id"] and want == ("handle",):
                want = ("email",)
            cust = {k: str(ids[k]) for k in want if ids[k]}
            if ids["account_id"]:
                cust["account_id"] = ids["account_id"]
        row["customer"] = cust
        assert t.year == 2026
        lines.append(json.dumps(row, ensure_ascii=False))
    last = f.rows[-1][0] + timedelta(hours=1)
    end = max(start + timedelta(days=days), last)
    exp: dict[str, int] = {}
    for c in f.custs.values():
        assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        for rule in c.truth["expected_rules"]:
            exp[rule] = exp.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            exp[rule] = exp.get(rule, 0) + 1
    if f.spike:
        exp["topic_spike"] = 1
    truth = {
        "config": {
            "family": name,
            "about": about,
            "business": "Cancharo (football-pitch hire) and Cancharo Empresas",
            "days": days,
            "seed": SEED * 100 + n,
            "written": "2026-12-07",
            "expected": exp,
        },
        "start": iso(start),
        "end": iso(end),
        "customers": {k: c.truth for k, c in f.custs.items()},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def main() -> None:
    for n, fam in enumerate(FAMILIES, 1):
        build(n, *fam)


if __name__ == "__main__":
    main()
