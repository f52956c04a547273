"""Write heldout260 (Splatera, paintball and laser-tag arenas): eight families, blind."""

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

SEED = 20260926
H = 3600.0
D = 86400.0
COMPS = ("Tintaro", "Chromba")
LONG_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
USED: set[str] = set()


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
    n: int
    about: str
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0
    refs: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def iso(self, t: float) -> str:
        return (self.start + timedelta(seconds=round(t))).strftime("%Y-%m-%dT%H:%M:%SZ")

    def ref(self) -> str:
        self.refs += 1
        r = f"SPL-{self.n}{self.rng.randint(10000, 99999)}"
        while r in USED:
            r = f"SPL-{self.n}{self.rng.randint(10000, 99999)}"
        USED.add(r)
        return r


def pick(rng: random.Random, table: dict[str, list[str]], lang: str) -> str:
    return rng.choice(table[lang])


def strip_accents(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    out = []
    for ch in s:
        if ch in "ñß":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def roughen(f: Fam, text: str) -> str:
    r = f.rough
    if r.random() < 0.1:
        text = strip_accents(text)
    if r.random() < 1 / 8 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = [
            i for i, w in enumerate(text.split(" ")) if len(w) > 4 and w.isalpha() and w.islower()
        ]
        if words:
            parts = text.split(" ")
            i = r.choice(words)
            w = parts[i]
            j = r.randint(1, len(w) - 3)
            parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(parts)
    return text


PHONE = {
    "PT": ("+351", "9", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "CH": ("+41", "79", 7),
    "LU": ("+352", "621", 6),
    "DE": ("+49", "151", 8),
    "AT": ("+43", "664", 7),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "ES": ("+34", "6", 8),
    "IT": ("+39", "3", 9),
}


def person(
    f: Fam,
    lang: str,
    persona: str,
    habit: str,
    market: str | None = None,
    account: str | None = None,
    company: str | None = None,
) -> Cust:
    r = f.rng
    mk = market or r.choice(W.MARKETS[lang])
    while True:
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        num = r.randint(1000, 9999)
        key = f"SP{f.code}{num}"
        base = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        dom = company or r.choice(["mail", "correio", "posteo", "webmail", "inbox"]) + ".example"
        email = f"{base}{r.randint(1, 99)}@{dom}"
        cc, pre, ln = PHONE[mk]
        phone = cc + pre + "".join(str(r.randint(0, 9)) for _ in range(ln))
        handle = (
            None
            if account
            else "@"
            + r.choice(
                [
                    f"{base.replace('.', '_')}{r.randint(1, 9)}",
                    f"{strip_accents(first).lower()}{strip_accents(last).lower()[:3]}{r.randint(10, 99)}",
                ]
            )
        )
        ids = [key, email, phone, handle or "-"]
        if not any(i in USED for i in ids if i != "-"):
            USED.update(i for i in ids if i != "-")
            break
    truth: dict[str, Any] = {
        "identifiers": {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        },
        "expected_rules": [],
        "tolerated_rules": [],
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": mk,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
    }
    c = Cust(key, lang, mk, first, last, email, phone, handle, account, truth)
    f.custs.append(c)
    return c


def add(
    f: Fam,
    t: float,
    c: Cust,
    channel: str,
    kind: str,
    text: str | None = None,
    *,
    out: bool = False,
    subject: str | None = None,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
    rough: bool = True,
) -> str:
    f.seq += 1
    eid = f"sp260-{f.code.lower()}-{f.seq:05d}"
    if text and not out and rough and channel not in ("phone", "survey"):
        text = roughen(f, text)
    a = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    if out:
        a["agent"] = f.rng.choice(["Marta", "Hélène", "Tomás", "Agent 12", "Bea", "Yannick"])
    a.update(attrs or {})
    src = {
        "email": "splatera-mail",
        "phone": "splatera-voice",
        "social": "splatera-social",
        "community": "splatera-forum",
        "chat": "splatera-chat",
        "web": "splatera-web",
        "survey": "splatera-survey",
    }[channel]
    f.rows.append(
        {
            "event_id": eid,
            "occurred_at": f.iso(t),
            "_t": t,
            "_c": c,
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": scores or {},
            "source": src,
            "attributes": a,
        }
    )
    return eid


def finish(f: Fam, expected: dict[str, int]) -> None:
    f.rows.sort(key=lambda r: (r["_t"], r["event_id"]))
    seen: set[str] = set()
    lines = []
    for r in f.rows:
        c: Cust = r.pop("_c")
        r.pop("_t")
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        if r["direction"] == "outbound" or c.key not in seen:
            cust = full
            if r["direction"] == "inbound":
                seen.add(c.key)
        else:
            ch = r["channel"]
            if ch == "phone":
                cust = {"phone": c.phone}
            elif ch in ("social", "community"):
                cust = {"handle": c.handle} if c.handle else {"email": c.email}
            elif ch == "email":
                cust = {"email": c.email}
            else:
                cust = {"customer_id": c.key}
            if c.account:
                cust["account_id"] = c.account
        r["customer"] = cust
        lines.append(json.dumps(r, ensure_ascii=False))
    for c in f.custs:
        exp = set(c.truth["expected_rules"])
        c.truth["tolerated_rules"] = [x for x in c.truth["tolerated_rules"] if x not in exp]
    counts: dict[str, int] = {}
    for c in f.custs:
        for rule in c.truth["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    if f.spike:
        counts["topic_spike"] = 1
    if counts != expected:
        raise SystemExit(f"{f.name}: expected {expected}, got {counts}")
    last = f.rows[-1]["occurred_at"]
    end = max(
        f.start + timedelta(days=f.days),
        datetime.fromisoformat(last.replace("Z", "+00:00")) + timedelta(hours=1),
    )
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Splatera: paintball and laser-tag arenas (FR, BE, CH, LU, PT, ES, IT, DE, AT, UK, IE), Splatera Squad membership, Splatera Teams for companies on account",
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": "blind, 2026-12-07",
            "expected": counts,
        },
        "start": f.iso(0),
        "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": {c.key: c.truth for c in f.custs},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def lang_of(f: Fam) -> str:
    return f.rng.choices(W.LANGS, weights=W.WEIGHTS)[0]


def day_t(f: Fam, day: int, h0: float = 7.0, h1: float = 20.0) -> float:
    return day * D + f.rng.uniform(h0, h1) * H


def social(f: Fam, t: float, c: Cust, text: str) -> str:
    if f.rng.random() < 0.5 or not c.handle:
        return add(f, t, c, "community", "post", text.replace("@Splatera", "Splatera"))
    if "@Splatera" not in text:
        text = (
            text.replace("Splatera", "@Splatera", 1) if "Splatera" in text else "@Splatera " + text
        )
    return add(f, t, c, "social", "mention", text)


def happy_act(f: Fam, t: float, c: Cust, kinds: str = "pqbrs") -> None:
    r = f.rng
    k = r.choice(kinds)
    L = c.lang
    if k == "p":
        social(f, t, c, pick(r, W.PRAISE, L) if r.random() < 0.75 else pick(r, W.GRIPE_PRAISE, L))
    elif k == "q":
        ch = r.choice(["chat", "chat", "email", "phone"])
        q = pick(r, W.QUESTIONS, L)
        if ch == "phone":
            add(f, t, c, "phone", "call", strip_punct(q))
            add(f, t + r.uniform(600, 1800), c, "email", "message", pick(r, W.ANSWERS, L), out=True)
        else:
            add(f, t, c, ch, "chat" if ch == "chat" else "message", q)
            add(
                f,
                t + r.uniform(60, 360),
                c,
                ch,
                "chat" if ch == "chat" else "message",
                pick(r, W.ANSWERS, L),
                out=True,
            )
            if r.random() < 0.6:
                add(
                    f,
                    t + r.uniform(400, 900),
                    c,
                    ch,
                    "chat" if ch == "chat" else "message",
                    pick(r, W.THANKS, L),
                )
    elif k == "b":
        add(f, t, c, "web", "page_view", attrs={"page": "/booking"})
        prod = r.choice(
            [
                ("Paintball 300 bolas", "29.00"),
                ("Laser tag 3 jogos", "24.00"),
                ("Festa de anos 10 crianças", "189.00"),
                ("Squad mensal", "19.90"),
            ]
        )
        cur = "GBP" if c.market in ("UK",) else ("CHF" if c.market == "CH" else "EUR")
        add(
            f,
            t + r.uniform(120, 600),
            c,
            "web",
            "purchase",
            attrs={
                "order_value": prod[1],
                "currency": cur,
                "product": prod[0],
                "page": "/checkout",
            },
        )
    elif k == "r":
        add(
            f,
            t,
            c,
            "web",
            "review",
            pick(r, W.PRAISE, L),
            attrs={"rating": "5", "page": "/reviews"},
        )
    else:
        add(
            f,
            t,
            c,
            "survey",
            "survey_response",
            pick(r, W.SURVEY_WORDS, L) or None,
            scores={"nps": r.choice([9, 10])},
            attrs={"survey": "nps"},
        )


def strip_punct(s: str) -> str:
    return "".join(ch for ch in s.lower() if ch.isalnum() or ch in " .'-€£").replace(".", "")


def happy(
    f: Fam,
    c: Cust,
    days: list[int],
    n: int,
    kinds: str = "pqbrs",
    h0: float = 7.0,
    h1: float = 19.0,
) -> None:
    ds = sorted(f.rng.sample(days, min(n, len(days))))
    for d in ds:
        happy_act(f, day_t(f, d, h0, h1), c, kinds)


def f_happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        datetime(2026, 1, 12, tzinfo=UTC),
        10,
        1,
        "happy customers: day writers, night writers, survey-only",
    )
    for _ in range(16):
        c = person(f, lang_of(f), "happy", "day writer")
        happy(f, c, list(range(10)), f.rng.randint(5, 8))
    for _ in range(5):
        c = person(f, lang_of(f), "happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            t = d * D + f.rng.uniform(22.2, 28.5) * H
            if f.rng.random() < 0.5:
                social(f, t, c, pick(f.rng, W.NIGHT_POSTS, c.lang))
            else:
                add(f, t, c, "chat", "chat", pick(f.rng, W.NIGHT_QUESTIONS, c.lang))
                add(f, t + 200, c, "chat", "chat", pick(f.rng, W.ANSWERS, c.lang), out=True)
                add(f, t + 500, c, "chat", "chat", pick(f.rng, W.THANKS, c.lang))
        happy(f, c, list(range(10)), f.rng.randint(2, 3), "pbr", 9, 18)
    for _ in range(5):
        c = person(f, lang_of(f), "happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            k = f.rng.choice(["nps", "csat", "ces"])
            sc = (
                {"nps": f.rng.choice([9, 10])}
                if k == "nps"
                else (
                    {"csat": f.rng.choice([4, 5])} if k == "csat" else {"ces": f.rng.choice([6, 7])}
                )
            )
            add(
                f,
                day_t(f, d, 8, 20),
                c,
                "survey",
                "survey_response",
                pick(f.rng, W.SURVEY_WORDS, c.lang) or None,
                scores=sc,
                attrs={"survey": k},
            )
    finish(f, {})
    return f


def complain(
    f: Fam, t: float, c: Cust, channel: str, problem: str, long: bool = False
) -> tuple[str, str | None]:
    L = c.lang
    txt = f.rng.choice(W.COMPLAINT[L][problem])
    subj_word = {
        "pt": "Reclamação",
        "fr": "Réclamation",
        "de": "Beschwerde",
        "en": "Complaint",
        "es": "Reclamación",
        "it": "Reclamo",
    }[L]
    if long:
        body = f.rng.choice(W.LETTER[L]).format(
            complaint=txt[0].lower() + txt[1:], name=f"{c.first} {c.last}"
        )
        e = add(f, t, c, "email", "message", body, subject=f"{subj_word}: Splatera")
    elif channel == "email":
        e = add(
            f, t, c, "email", "message", txt, subject=f"{subj_word}: {problem.replace('_', ' ')}"
        )
    elif channel == "chat":
        e = add(f, t, c, "chat", "chat", txt)
    elif channel == "social":
        return social(f, t, c, "@Splatera " + txt), None
    elif channel == "web":
        e = add(f, t, c, "web", "ticket", txt, attrs={"page": "/contact"})
    else:
        e = add(f, t, c, "phone", "call", strip_punct(txt))
    ref = f.ref()
    if channel == "chat":
        add(
            f,
            t + f.rng.uniform(60, 300),
            c,
            "chat",
            "chat",
            W.CASE_OPENED[L].format(first=c.first, ref=ref),
            out=True,
        )
    else:
        add(
            f,
            t + f.rng.uniform(600, 2400),
            c,
            "email",
            "message",
            W.CASE_OPENED[L].format(first=c.first, ref=ref),
            out=True,
            subject=f"{ref}",
        )
    return e, ref


def morning(t: float) -> float:
    h = (t % D) / H
    if h >= 22:
        return t - h * H + D + 8 * H
    if h < 7:
        return t - h * H + 8 * H
    return t


def f_one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        datetime(2026, 2, 9, tzinfo=UTC),
        12,
        2,
        "one bad day among happy customers",
    )
    r = f.rng
    chans = [ch for ch in ("long", "email", "chat", "social", "web", "phone") for _ in range(4)]
    probs = [W.PROBLEMS[i % 4] for i in range(24)]
    r.shuffle(probs)
    with_case = []
    for i, ch in enumerate(chans):
        lang = lang_of(f) if ch != "long" else ["pt", "fr", "es", "de"][i % 4]
        c = person(f, lang, "happy_one_bad_day", "one bad day")
        bd = r.randint(2, 9)
        t = day_t(f, bd, 8, 20)
        happy(f, c, [d for d in range(12) if d <= bd - 2 or d >= bd + 3], r.randint(1, 5), "pqbr")
        e, ref = complain(f, t, c, "email" if ch == "long" else ch, probs[i], long=ch == "long")
        c.truth.update(
            {
                "problem": probs[i],
                "bad_day_at": f.iso(t),
                "bad_day_event_id": e,
                "booking": ref,
                "channel": ch,
                "long_email": ch == "long",
                "trouble_starts_at": f.iso(t),
            }
        )
        c.truth["tolerated_rules"] = ["silence"]
        if ref:
            with_case.append((c, t, ref))
    r.shuffle(with_case)
    for j, (c, t, ref) in enumerate(with_case):
        if j < 6:
            c.truth["persona"] = "bad_day_detractor"
            nps = r.randint(1, 5)
            e = add(
                f,
                t + r.uniform(100, 140) * 60,
                c,
                "survey",
                "survey_response",
                pick(r, W.LOW_WORDS, c.lang) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": e,
                    "expected_rules": ["detractor"],
                }
            )
        elif j < 11:
            cs = r.randint(1, 2)
            e = add(
                f,
                t + r.uniform(40, 80) * 60,
                c,
                "survey",
                "survey_response",
                pick(r, W.LOW_WORDS, c.lang) or None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": cs, "survey_event_id": e})
        if j >= 8:
            tg = morning(t + r.uniform(1, 4) * H)
            add(
                f,
                tg,
                c,
                "email",
                "message",
                W.GOOD_NEWS[c.lang].format(first=c.first, ref=ref),
                out=True,
                subject=ref,
            )
            c.truth["agent_fixed"] = True
            if j >= 15:
                ta = morning(t + r.uniform(16, 24) * H)
                ch = r.choice(["chat", "email"])
                e = add(
                    f, ta, c, ch, "chat" if ch == "chat" else "message", pick(r, W.APOLOGY, c.lang)
                )
                c.truth.update({"apologised": True, "apology_at": f.iso(ta), "apology_event_id": e})
    for _ in range(8):
        c = person(f, lang_of(f), "happy", "control")
        happy(f, c, list(range(12)), r.randint(4, 7))
    finish(f, {"detractor": 6})
    return f


def repeat_run(
    f: Fam, c: Cust, t0: float, n: int, escalate: bool, problem: str, first_ch: str
) -> None:
    r = f.rng
    L = c.lang
    e, ref = complain(f, t0, c, first_ch, problem)
    assert ref is not None
    ids = [e]
    if escalate:
        add(
            f,
            t0 + r.uniform(1.5, 2.5) * H,
            c,
            "email",
            "message",
            W.ESCALATED[L].format(first=c.first, ref=ref),
            out=True,
            subject=ref,
        )
    chans = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_ch]
    r.shuffle(chans)
    t = t0
    comp = None
    for k in range(1, n):
        t = morning(t + r.uniform(4, 40) * H)
        if k == 2:
            comp = r.choice(COMPS)
            txt = W.THIRD[L].format(ref=ref, comp=comp)
        elif k == 3:
            txt = W.FOURTH[L].format(ref=ref)
        else:
            txt = pick(r, W.STILL_OPEN, L).format(ref=ref)
        ch = chans[k - 1]
        if ch == "phone":
            ids.append(add(f, t, c, "phone", "call", strip_punct(txt).replace(ref.lower(), ref)))
        elif ch == "social":
            ids.append(social(f, t, c, txt))
        elif ch == "chat":
            ids.append(add(f, t, c, "chat", "chat", txt))
            add(
                f,
                t + 200,
                c,
                "chat",
                "chat",
                {
                    "pt": "Acrescentado ao seu pedido, marcado como urgente.",
                    "fr": "Ajouté à votre demande, marqué urgent.",
                }.get(L, "Added to your case, marked urgent."),
                out=True,
            )
        elif ch == "web":
            ids.append(add(f, t, c, "web", "ticket", txt, attrs={"page": "/contact"}))
        else:
            ids.append(add(f, t, c, "email", "message", txt, subject=f"RE: {ref}"))
    c.truth.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": n,
            "problem_event_ids": ids,
            "agent_passed_on": escalate,
            "competitor": comp,
            "trouble_starts_at": f.iso(t0),
            "channels": [first_ch, *chans[: n - 1]],
        }
    )
    c.truth["expected_rules"] = ["repeat_contact"]
    c.truth["tolerated_rules"] = list(LONG_TOL)


def fixed_case(f: Fam, c: Cust, t0: float, problem: str) -> dict[str, Any]:
    r = f.rng
    e, ref = complain(f, t0, c, "web", problem)
    tf = morning(t0 + r.uniform(3, 20) * H)
    add(
        f,
        tf,
        c,
        "email",
        "message",
        W.GOOD_NEWS[c.lang].format(first=c.first, ref=ref),
        out=True,
        subject=ref,
    )
    tc = morning(tf + r.uniform(8, 30) * H)
    ch = r.choice(["email", "chat"])
    ce = add(
        f,
        tc,
        c,
        ch,
        "chat" if ch == "chat" else "message",
        pick(r, W.CONFIRMED, c.lang).format(ref=ref),
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": f.iso(t0),
        "fixed_at": f.iso(tf),
        "confirmed_at": f.iso(tc),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": ch,
    }


def f_repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        3,
        "repeat contacts about one open problem",
    )
    r = f.rng
    ns = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(ns)
    for i in range(12):
        c = person(f, lang_of(f), "repeat_contact", "repeats")
        happy(f, c, [0], 1, "pqb", 7, 12)
        repeat_run(
            f,
            c,
            day_t(f, r.randint(1, 4), 8, 19),
            ns[i],
            i < 6,
            W.PROBLEMS[i % 4],
            r.choice(["web", "email", "chat", "phone"]),
        )
    for _ in range(5):
        c = person(f, lang_of(f), "resolved_between_contacts", "fixed")
        t0 = day_t(f, r.randint(1, 4), 8, 18)
        case = fixed_case(f, c, t0, r.choice(W.PROBLEMS))
        c.truth.update(
            {
                "problems": [case],
                "trouble_starts_at": case["raised_at"],
                "tolerated_rules": ["silence"],
            }
        )
    for _ in range(3):
        c = person(f, lang_of(f), "different_problems", "two problems")
        p1, p2 = r.sample(W.PROBLEMS, 2)
        a = fixed_case(f, c, day_t(f, 1, 8, 16), p1)
        b = fixed_case(f, c, day_t(f, r.randint(5, 6), 8, 16), p2)
        c.truth.update(
            {
                "problems": [a, b],
                "trouble_starts_at": a["raised_at"],
                "tolerated_rules": ["silence"],
            }
        )
    for _ in range(7):
        c = person(f, lang_of(f), "happy", "frequent writer")
        happy(f, c, list(range(10)), r.randint(5, 8), "qqqp")
    finish(f, {"repeat_contact": 12})
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, praise_days: list[int], nps: bool) -> None:
    r = f.rng
    for d in sorted(r.sample(praise_days, r.randint(4, 5))):
        social(f, day_t(f, d, 8, 20), c, pick(r, W.PRAISE, c.lang))
    happy(f, c, praise_days, r.randint(2, 4), "qb")
    comp = r.choice(COMPS)
    ids = []
    t = day_t(f, start_day, 9, 18)
    step = span * D / 5
    for k, txt in enumerate(W.SLIDE[c.lang]):
        tt = morning(t + k * step + r.uniform(0, 2) * H)
        txt = txt.format(comp=comp)
        if r.random() < 0.4:
            ids.append(
                add(
                    f,
                    tt,
                    c,
                    "web",
                    "review",
                    txt,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(social(f, tt, c, txt))
        if k == 3 and nps:
            s = r.randint(1, 5)
            e = add(
                f,
                morning(tt + r.uniform(2.5, 3.5) * H),
                c,
                "survey",
                "survey_response",
                pick(r, W.LOW_WORDS, c.lang) or None,
                scores={"nps": s},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": s, "survey_event_id": e})
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": f.iso(t),
        }
    )
    c.truth["expected_rules"] = ["sentiment_drop", *(["detractor"] if nps else [])]
    c.truth["tolerated_rules"] = [
        "repeat_contact",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
    ]


def f_slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        datetime(2026, 4, 6, tzinfo=UTC),
        32,
        4,
        "slow slides, leavers, steady, grumpy, sarcastic",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = person(f, lang_of(f), "slow_churner", "slides")
        slide(f, c, r.randint(12, 16), spans[i], list(range(11)), i < 5)
    for _ in range(5):
        c = person(f, lang_of(f), "slow_churner", "asks to cancel")
        happy(f, c, list(range(15)), r.randint(4, 6))
        t = day_t(f, r.randint(17, 23), 8, 19)
        e = add(f, t, c, "email", "message", pick(r, W.CANCEL_ASK, c.lang), subject="Squad")
        add(
            f,
            morning(t + r.uniform(1, 5) * H),
            c,
            "email",
            "message",
            W.SORRY_GO[c.lang].format(first=c.first),
            out=True,
            subject="RE: Squad",
        )
        tc = morning(t + r.uniform(20, 30) * H)
        x = add(
            f,
            tc,
            c,
            "web",
            "cancellation",
            attrs={"page": "/account/plan", "product": "Splatera Squad"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": f.iso(tc),
                "trouble_starts_at": f.iso(t),
                "expected_rules": ["churn_intent"],
                "tolerated_rules": [
                    "sentiment_drop",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
            }
        )
    for _ in range(6):
        c = person(f, lang_of(f), "happy", "steady")
        happy(f, c, list(range(32)), r.randint(6, 10))
    for _ in range(5):
        c = person(f, lang_of(f), "steadily_grumpy", "grumbles")
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            t = day_t(f, d, 8, 20)
            txt = pick(r, W.GRUMPY, c.lang)
            ids.append(
                add(f, t, c, "web", "review", txt, attrs={"rating": "3", "page": "/reviews"})
                if r.random() < 0.3
                else social(f, t, c, txt)
            )
            d += r.randint(1, 3)
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": f.rows[-1]["occurred_at"],
                "tolerated_rules": ["repeat_contact", "silence"],
            }
        )
        c.truth["trouble_starts_at"] = next(
            x["occurred_at"] for x in f.rows if x["event_id"] == ids[0]
        )
    for _ in range(5):
        c = person(f, lang_of(f), "happy_one_sarcastic_remark", "happy")
        happy(f, c, list(range(32)), r.randint(4, 6), "pqbr")
        e = social(f, day_t(f, r.randint(17, 28), 9, 20), c, pick(r, W.SARCASM, c.lang))
        c.truth.update({"sarcasm_event_id": e, "tolerated_rules": ["silence"]})
    finish(f, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def f_quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        datetime(2026, 6, 5, tzinfo=UTC),
        3,
        5,
        "calm weekend with night-owl bursts, no spike",
    )
    r = f.rng
    for _ in range(16):
        c = person(f, lang_of(f), "happy", "day writer")
        happy(f, c, [0, 1, 2], r.randint(1, 3), "pqbr", 7, 17.5)
    for _ in range(4):
        c = person(f, lang_of(f), "grumbles_once", "grumbles once")
        t = day_t(f, r.randint(0, 2), 9, 17)
        add(f, t, c, "web", "page_view", attrs={"page": "/booking"})
        if r.random() < 0.5:
            e = add(
                f, t + r.uniform(20, 30) * 60, c, "chat", "chat", pick(r, W.GRUMBLE_ONCE, c.lang)
            )
            add(f, t + 35 * 60, c, "chat", "chat", pick(r, W.ANSWERS, c.lang), out=True)
        else:
            e = add(
                f,
                t + r.uniform(20, 30) * 60,
                c,
                "web",
                "ticket",
                pick(r, W.GRUMBLE_ONCE, c.lang),
                attrs={"page": "/contact"},
            )
            add(
                f,
                t + 60 * 60,
                c,
                "email",
                "message",
                W.CASE_OPENED[c.lang].format(first=c.first, ref=f.ref()),
                out=True,
            )
        c.truth.update(
            {"grumble_event_id": e, "trouble_starts_at": f.iso(t), "tolerated_rules": ["silence"]}
        )
    owl = 0
    for night in range(3):
        b0 = (night + 1) * D + r.uniform(40, 65) * 60
        for burst, off in enumerate([0.0, r.uniform(28, 33) * 60, r.uniform(55, 65) * 60]):
            bt = b0 + off
            for _ in range(4):
                owl += 1
                c = person(f, lang_of(f), "night_owl", f"night {night + 1}, burst {burst + 1}")
                t = bt + r.uniform(0, 600)
                if r.random() < 0.5:
                    e = social(f, t, c, pick(r, W.NIGHT_POSTS, c.lang))
                else:
                    e = add(f, t, c, "chat", "chat", pick(r, W.NIGHT_QUESTIONS, c.lang))
                    add(f, t + 180, c, "chat", "chat", pick(r, W.ANSWERS, c.lang), out=True)
                    add(f, t + 420, c, "chat", "chat", pick(r, W.THANKS, c.lang))
                if owl % 2 == 0:
                    happy_act(f, day_t(f, r.randint(0, 2), 9, 17.5), c, "pbr")
                c.truth.update({"burst_at": f.iso(bt), "night_event_id": e})
    finish(f, {})
    return f


PAIRS = [
    ("pt", "fr"),
    ("fr", "pt"),
    ("pt", "en"),
    ("fr", "en"),
    ("pt", "es"),
    ("fr", "de"),
    ("fr", "it"),
    ("es", "pt"),
    ("de", "fr"),
    ("en", "fr"),
    ("pt", "fr"),
    ("fr", "pt"),
]


def f_bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        datetime(2026, 7, 13, tzinfo=UTC),
        14,
        6,
        "customers who alternate two languages",
    )
    r = f.rng
    pairs = (
        PAIRS + PAIRS[:10] + [("pt", "fr"), ("fr", "pt"), ("pt", "fr"), ("fr", "pt"), ("fr", "es")]
    )
    mk = {"pt": "PT", "fr": "FR", "de": "CH", "en": "UK", "es": "ES", "it": "CH"}

    def mk_c(i: int, persona: str, habit: str) -> tuple[Cust, str, str]:
        a, b = pairs[i]
        c = person(
            f, a, persona, habit, market=mk[a] if a != "fr" else r.choice(["FR", "BE", "LU", "CH"])
        )
        c.truth.update(
            {
                "languages": [a, b],
                "job_second_language": r.choice(
                    ["works across the border", "partner's family language", "studied abroad"]
                ),
            }
        )
        return c, a, b

    i = 0
    for _ in range(12):
        c, a, b = mk_c(i, "happy", "alternates languages")
        i += 1
        for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            c.lang = a if k % 2 == 0 else b
            happy_act(f, day_t(f, d, 8, 19), c)
        c.lang = a
    for j in range(5):
        c, a, b = mk_c(i, "repeat_contact", "repeats")
        i += 1
        happy(f, c, [0, 1], 1, "pb")
        n = [2, 2, 3, 3, 4][j]
        c.lang = b
        repeat_run(f, c, day_t(f, r.randint(2, 5), 8, 18), n, n >= 3, W.PROBLEMS[j % 4], "email")
        c.lang = a
    for _ in range(5):
        c, a, b = mk_c(i, "slow_churner", "slides")
        i += 1
        c.lang = b
        slide(f, c, r.randint(7, 8), r.randint(3, 5), list(range(6)), False)
        c.lang = a
    for j in range(3):
        c, a, b = mk_c(i, "happy_one_bad_day", "one bad day")
        i += 1
        happy(f, c, [0, 1, 2, 9, 10, 11], r.randint(2, 4), "pqb")
        c.lang = b
        t = day_t(f, r.randint(5, 6), 9, 18)
        ch = ["long", "email", "chat"][j]
        if ch == "long" and b not in W.LETTER:
            ch = "email"
        e, ref = complain(
            f, t, c, "email" if ch == "long" else ch, W.PROBLEMS[j], long=ch == "long"
        )
        c.truth.update(
            {
                "bad_day_at": f.iso(t),
                "bad_day_event_id": e,
                "bad_day_language": b,
                "booking": ref,
                "long_email": ch == "long",
                "tolerated_rules": ["silence"],
                "trouble_starts_at": f.iso(t),
            }
        )
        if j < 2 and ref:
            add(
                f,
                morning(t + 2 * H),
                c,
                "email",
                "message",
                W.GOOD_NEWS[b].format(first=c.first, ref=ref),
                out=True,
                subject=ref,
            )
        c.lang = a
    for _ in range(2):
        c, a, b = mk_c(i, "resolved_between_contacts", "fixed")
        i += 1
        t0 = day_t(f, r.randint(3, 9), 8, 17)
        case = fixed_case(f, c, t0, r.choice(W.PROBLEMS))
        c.truth.update(
            {
                "problems": [case],
                "trouble_starts_at": case["raised_at"],
                "tolerated_rules": ["silence"],
                "confirm_language": a,
            }
        )
    finish(f, {"repeat_contact": 5, "sentiment_drop": 5})
    return f


def office(f: Fam, day: int) -> float:
    return day * D + f.rng.uniform(8, 16.5) * H


def f_b2b() -> Fam:
    f = Fam(
        "b2b_accounts", "BB", datetime(2026, 8, 10, tzinfo=UTC), 14, 7, "Splatera Teams accounts"
    )
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "pt",
        "fr",
        "pt",
        "fr",
        "de",
        "fr",
        "pt",
        "en",
        "es",
        "pt",
        "fr",
        "it",
        "fr",
        "pt",
        "de",
    ]
    mkt = {"pt": "PT", "fr": "FR", "de": "DE", "en": "UK", "es": "ES", "it": "IT"}
    sites = [
        "bank",
        "software",
        "hospital",
        "insurer",
        "logistics",
        "school",
        "retail",
        "telecom",
        "consultancy",
        "hotel",
        "municipality",
        "university",
        "law firm",
        "factory",
        "agency",
    ]
    for ai, kind in enumerate(kinds):
        L = langs[ai]
        acct = f"SPT-{mkt[L]}-{r.randint(1000, 9999)}"
        comp = (
            f"{sites[ai].title().replace(' ', '')}{r.choice(['Lda', 'SA', 'GmbH', 'Ltd', 'Group'])}"
        )
        dom = comp.lower() + ".example"
        n = (
            r.randint(4, 6)
            if kind == "at_risk"
            else (3 if kind == "one_unhappy" else r.randint(3, 4))
        )
        cs = []
        used_first: set[str] = set()
        for _ in range(n):
            while True:
                c = person(f, L, "b2b_happy", "contact", market=mkt[L], account=acct, company=dom)
                if c.first not in used_first:
                    break
                f.custs.pop()
            used_first.add(c.first)
            c.truth.update(
                {
                    "company": comp,
                    "role": "contact",
                    "job_title": r.choice(
                        ["HR manager", "office manager", "team lead", "events coordinator"]
                    ),
                }
            )
            c.truth["job"] = c.truth["job_title"]
            cs.append(c)
        unhappy: list[Cust] = []
        problem = None
        first_t = None
        if kind == "at_risk":
            problem = W.B2B_PROBLEMS[ai % 3]
            k = 3 if ai < 3 else 4
            t = 2 * D + r.uniform(8, 12) * H
            first_t = t
            ref = ""
            for j in range(k):
                c = cs[j]
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "role": "complainer",
                        "habit": "complainer",
                        "expected_rules": [],
                        "tolerated_rules": [*LONG_TOL, "account_risk"],
                    }
                )
                if j == 0:
                    e, ref0 = complain_b2b(f, t, c, problem)
                    ref = ref0
                else:
                    wd = W.WEEKDAY[L][int(first_t // D) % 7]
                    txt = W.B2B_LATER[L].format(
                        who=cs[0].first, day=wd, ref=ref, problem=W.B2B_COMPLAINT[L][problem]
                    )
                    e = add(f, t, c, "email", "message", txt, subject=f"RE: {ref}")
                ids = [e]
                if j < k - 1:
                    s = r.randint(1, 5)
                    se = add(
                        f,
                        t + r.uniform(1, 3) * H,
                        c,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": s},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(
                        {
                            "nps_given": True,
                            "nps": s,
                            "survey_event_id": se,
                            "expected_rules": ["detractor"],
                        }
                    )
                else:
                    t2 = t + r.uniform(18, 40) * H
                    t2 = bizday(t2, r.uniform(0, 1.5) * H)
                    ids.append(add(f, t2, c, "phone", "call", W.B2B_LAST[L].format(ref=ref)))
                    c.truth.update({"expected_rules": ["repeat_contact"]})
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": ref,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": f.iso(t),
                    }
                )
                unhappy.append(c)
                t = bizday(t + r.uniform(8, 28) * H, r.uniform(0, 1.5) * H)
        elif kind == "one_unhappy":
            c = cs[0]
            problem = W.B2B_PROBLEMS[ai % 3]
            t = office(f, r.randint(3, 7))
            t = bizday(t)
            e, _ref = complain_b2b(f, t, c, problem)
            s = r.randint(1, 5)
            se = add(
                f,
                t + r.uniform(1, 3) * H,
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": s},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "role": "complainer",
                    "habit": "complainer",
                    "problem": problem,
                    "complaint_event_ids": [e],
                    "nps_given": True,
                    "nps": s,
                    "survey_event_id": se,
                    "expected_rules": ["detractor"],
                    "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                    "trouble_starts_at": f.iso(t),
                }
            )
            unhappy.append(c)
            problem = None
        elif kind == "mild":
            for c in cs[:2]:
                t = bizday(office(f, r.randint(2, 9)))
                e = add(
                    f,
                    t,
                    c,
                    "web",
                    "ticket",
                    pick(r, W.B2B_MILD, L),
                    attrs={"page": "/teams/contact"},
                )
                add(
                    f,
                    t + r.uniform(1, 3) * H,
                    c,
                    "email",
                    "message",
                    W.CASE_OPENED[L].format(first=c.first, ref=f.ref()),
                    out=True,
                )
                c.truth.update(
                    {
                        "persona": "b2b_mild",
                        "role": "suggests",
                        "habit": "suggests",
                        "mild_event_id": e,
                        "tolerated_rules": ["silence"],
                        "trouble_starts_at": f.iso(t),
                    }
                )
        for c in cs:
            if c.truth["persona"] == "b2b_happy":
                for d in sorted(r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 4))):
                    t = office(f, d)
                    if r.random() < 0.5:
                        add(f, t, c, "chat", "chat", pick(r, W.QUESTIONS, L))
                        add(
                            f,
                            t + r.uniform(60, 360),
                            c,
                            "chat",
                            "chat",
                            pick(r, W.ANSWERS, L),
                            out=True,
                        )
                    elif r.random() < 0.5:
                        add(f, t, c, "web", "page_view", attrs={"page": "/teams/portal"})
                    else:
                        add(
                            f,
                            t,
                            c,
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": r.choice([9, 10])},
                            attrs={"survey": "nps"},
                        )
            else:
                add(
                    f,
                    office(f, r.randint(0, 1)),
                    c,
                    "web",
                    "page_view",
                    attrs={"page": "/teams/portal"},
                )
        f.accounts[acct] = {
            "company": comp,
            "site": sites[ai],
            "contacts": n,
            "contact_keys": [c.key for c in cs],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": f.iso(first_t) if first_t is not None else None,
            "language": L,
            "country": mkt[L],
        }
    finish(f, {"account_risk": 5, "detractor": 3 * 2 + 2 * 3 + 4, "repeat_contact": 5})
    return f


def bizday(t: float, jitter: float = 0.0) -> float:
    while True:
        wd = (int(t // D) + 0) % 7  # day 0 is a Monday
        h = (t % D) / H
        if wd >= 5:
            t = (int(t // D) + (7 - wd)) * D + 9 * H + jitter
            continue
        if h < 8:
            t = int(t // D) * D + 8.5 * H + jitter
        elif h >= 17:
            t = (int(t // D) + 1) * D + 8.5 * H + jitter
            continue
        return t


def complain_b2b(f: Fam, t: float, c: Cust, problem: str) -> tuple[str, str]:
    L = c.lang
    e = add(f, t, c, "email", "message", W.B2B_COMPLAINT[L][problem], subject="Splatera Teams")
    ref = f.ref()
    add(
        f,
        t + f.rng.uniform(0.5, 2) * H,
        c,
        "email",
        "message",
        W.CASE_OPENED[L].format(first=c.first, ref=ref),
        out=True,
        subject=ref,
    )
    return e, ref


def f_topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        datetime(2026, 9, 21, tzinfo=UTC),
        7,
        8,
        "calm week and a Saturday-morning spike",
    )
    r = f.rng
    for _ in range(40):
        c = person(f, lang_of(f), "happy", "day writer")
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            happy_act(f, day_t(f, d, 12 if d == 5 else 7, 19), c)
    for _ in range(2):
        c = person(f, lang_of(f), "grumbles_once", "grumbles once")
        t = day_t(f, 0, 9, 17)
        e = add(f, t, c, "chat", "chat", pick(r, W.GRUMBLE_ONCE, c.lang))
        add(f, t + 240, c, "chat", "chat", pick(r, W.ANSWERS, c.lang), out=True)
        c.truth.update(
            {"grumble_event_id": e, "trouble_starts_at": f.iso(t), "tolerated_rules": ["silence"]}
        )
    for L, h in (("pt", 9.6), ("fr", 15.1)):
        c = person(f, L, "grumbles_once", "lone question")
        t = 4 * D + h * H
        e = add(f, t, c, "chat", "chat", W.LONE_Q[L])
        add(f, t + 300, c, "chat", "chat", W.LONE_A[L], out=True)
        c.truth.update(
            {
                "lone_report_event_id": e,
                "trouble_starts_at": f.iso(t),
                "tolerated_rules": ["silence"],
            }
        )
    s0 = 5 * D + 9 * H + 5 * 60
    langs = ["pt"] * 6 + ["fr"] * 6 + ["de", "de", "en", "en", "es", "es", "it", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    offs = sorted([0.0, 45 * 60.0] + [r.uniform(0, 45 * 60) for _ in range(18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    order = list(range(20))
    r.shuffle(order)
    for idx, j in enumerate(order):
        L = langs[j]
        regular = j % 5 != 0 and idx < 19
        c = person(f, L, "spike_reporter", "regular" if regular else "new")
        if regular:
            happy_act(f, 2 * D + r.uniform(8, 17.5) * H, c)
        t = s0 + offs[idx]
        ch = chans[idx]
        txt = pick(r, W.SPIKE, L)
        if ch == "social" or ch == "community":
            e = social(f, t, c, txt) if ch == "social" else add(f, t, c, "community", "post", txt)
        elif ch == "chat":
            e = add(f, t, c, "chat", "chat", txt)
            add(f, t + 120, c, "chat", "chat", W.SPIKE_CHAT_ANSWER[L], out=True)
        elif ch == "email":
            e = add(f, t, c, "email", "message", txt, subject="PAY.9C41")
        else:
            e = add(f, t, c, "web", "ticket", txt, attrs={"page": "/contact"})
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": f.iso(t),
                "tolerated_rules": ["silence"],
            }
        )
        if len(reps) < 6 and offs[idx] <= 25 * 60 and idx % 2 == 0:
            ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + r.uniform(15, 40) * 60
            e2 = add(
                f,
                t2,
                c,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                W.SPIKE_AGAIN[L],
            )
            reps.append(e2)
            c.truth.update(
                {
                    "persona": "spike_repeater",
                    "repeat_event_id": e2,
                    "expected_rules": ["repeat_contact"],
                    "tolerated_rules": ["silence", "sentiment_drop"],
                }
            )
        elif sum(1 for x in f.custs if x.truth.get("agent_fixed")) < 6 and idx % 2 == 1:
            add(
                f,
                5 * D + r.uniform(11.1, 11.3) * H,
                c,
                "email",
                "message",
                W.SPIKE_FIXED[L].format(first=c.first),
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "paintball/laser-tag booking app: card payment at checkout refused, no booking can be paid, error PAY.9C41",
        "about": "payments",
        "channel": None,
        "start": f.iso(s0),
        "end": f.iso(s0 + 45 * 60),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    finish(f, {"topic_spike": 1, "repeat_contact": len(reps)})
    return f


def main() -> None:
    USED.clear()
    for build in (
        f_happy_writers,
        f_one_bad_day,
        f_repeat_contacts,
        f_slow_churners,
        f_quiet_hours,
        f_bilingual,
        f_b2b,
        f_topic_spike,
    ):
        build()


if __name__ == "__main__":
    main()
