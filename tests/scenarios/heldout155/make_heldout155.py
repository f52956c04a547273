# ruff: noqa: E501
"""Generate heldout155 (Luppora, home brewing): eight families, blind, seeded.

Run ``python make_heldout155.py`` from anywhere; standard library only.
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

SEED = 20261110
BRAND = "Luppora"
COMPETITORS = ("Maltiva", "Hopfner")
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)

MARKETS = {
    "es": ("ES",),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE"),
    "it": ("IT",),
    "de": ("DE", "AT", "CH"),
    "pt": ("PT",),
}
PHONES = {
    "ES": ("+34", "6", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "IT": ("+39", "3", 9),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "7", 8),
    "PT": ("+351", "9", 8),
}
FIRST = {
    "es": (
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Nuria",
        "Raúl",
        "Elena",
        "Pablo",
        "Carmen",
        "Iván",
        "Rocío",
        "Diego",
    ),
    "en": (
        "Hannah",
        "Owen",
        "Megan",
        "Callum",
        "Siobhan",
        "Liam",
        "Grace",
        "Ryan",
        "Chloe",
        "Declan",
        "Amy",
        "Tom",
    ),
    "fr": ("Camille", "Julien", "Manon", "Antoine", "Léa", "Hugo"),
    "it": ("Giulia", "Marco", "Chiara", "Luca", "Sara", "Matteo"),
    "de": ("Lena", "Jonas", "Katrin", "Felix", "Anja", "Tobias"),
    "pt": ("Inês", "Tiago", "Beatriz", "Rui", "Marta", "Nuno"),
}
SURNAMES = {
    "es": (
        "García",
        "Navarro",
        "Ruiz",
        "Moreno",
        "Ortega",
        "Castillo",
        "Rubio",
        "Serrano",
        "Molina",
        "Vidal",
    ),
    "en": (
        "Walsh",
        "Hughes",
        "Byrne",
        "Patel",
        "Morgan",
        "Kelly",
        "Price",
        "Doyle",
        "Reid",
        "Fisher",
    ),
    "fr": ("Lefèvre", "Moreau", "Girard", "Fournier", "Mercier"),
    "it": ("Ferri", "Galli", "Conti", "Marino", "Greco"),
    "de": ("Brandt", "Köhler", "Vogel", "Hartmann", "Seidel"),
    "pt": ("Sousa", "Pires", "Lopes", "Teixeira", "Mendes"),
}
LANG_WEIGHTS = (("es", 30), ("en", 30), ("fr", 10), ("it", 10), ("de", 10), ("pt", 10))
PROBLEMS = ("no_show", "double_charge", "broken", "refund")
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
SOURCES = {
    "email": "luppora-mail",
    "phone": "luppora-voice",
    "social": "luppora-social",
    "community": "luppora-forum",
    "chat": "luppora-chat",
    "web": "luppora-web",
    "survey": "luppora-survey",
}

T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_CANCEL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_ONE_UNHAPPY = ["sentiment_drop", "high_value_at_risk", "silence"]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        out.append(unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or ch)
    return "".join(out)


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
    seen: bool = False


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    rng: random.Random
    rough: random.Random
    rows: list[tuple[datetime, int, dict[str, Any]]] = field(default_factory=list)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0
    cases: int = 0


USED: set[str] = set()


def unique(value: str, rng: random.Random) -> str:
    while value in USED:
        value = value + str(rng.randint(0, 9))
    USED.add(value)
    return value


def pick_lang(rng: random.Random) -> str:
    total = sum(w for _, w in LANG_WEIGHTS)
    r = rng.uniform(0, total)
    for lang, w in LANG_WEIGHTS:
        r -= w
        if r <= 0:
            return lang
    return "es"


def person(
    fam: Fam,
    persona: str,
    habit: str,
    expected: list[str],
    tolerated: list[str],
    lang: str | None = None,
    account: str | None = None,
    company_domain: str | None = None,
    **extra: Any,
) -> Cust:
    rng = fam.rng
    lang = lang or pick_lang(rng)
    market = rng.choice(MARKETS[lang])
    first = rng.choice(FIRST[lang])
    last = rng.choice(SURNAMES[lang])
    key = unique(f"LP{fam.code}{rng.randint(1000, 9999)}", rng)
    base = strip_accents(f"{first}.{last}").lower().replace(" ", "")
    if company_domain:
        email = unique(f"{strip_accents(first).lower()}@{company_domain}", rng)
        handle = None
    else:
        email = unique(
            f"{base}{rng.randint(1, 99)}@{rng.choice(('correo', 'mailbox', 'posta', 'webmail'))}.example",
            rng,
        )
        handle = unique(
            "@" + strip_accents(f"{last}_{first}").lower() + str(rng.randint(1, 9)), rng
        )
    cc, pre, length = PHONES[market]
    phone = unique(cc + pre + "".join(str(rng.randint(0, 9)) for _ in range(length)), rng)
    c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account)
    fam.customers[key] = {
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
        "country": market,
        "segment": "b2b" if account else "consumer",
        "name": c.name,
    } | extra
    return c


def case_ref(fam: Fam) -> str:
    fam.cases += 1
    return unique(f"LP-{fam.rng.randint(100000, 999999)}", fam.rng)


def roughen(fam: Fam, text: str, channel: str) -> str:
    r = fam.rough
    if channel in ("phone", "survey"):
        return text
    if r.random() < 0.1:
        text = strip_accents(text)
    if r.random() < 0.12 and text[:1].isupper() and text[1:2].islower():
        text = text[0].lower() + text[1:]
    return text


def add(
    fam: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    kind: str,
    text: str | None,
    *,
    out: bool = False,
    subject: str | None = None,
    nps: int | None = None,
    csat: int | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    fam.n += 1
    eid = f"h155-{fam.code.lower()}-{fam.n:05d}"
    ident: dict[str, Any] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if out or not c.seen:
        ident |= {"customer_id": c.key, "email": c.email, "phone": c.phone, "handle": c.handle}
    elif channel == "phone":
        ident["phone"] = c.phone
    elif channel in ("social", "community"):
        if c.handle:
            ident["handle"] = c.handle if fam.rough.random() > 0.2 else c.handle.lstrip("@")
        else:
            ident["email"] = c.email
    elif channel == "email":
        ident["email"] = c.email
    else:
        ident["customer_id"] = c.key
    if not out:
        c.seen = True
        if text is not None:
            text = roughen(fam, text, channel)
            if channel == "social" and f"@{BRAND}" not in text:
                text = (
                    f"@{BRAND} " + text
                    if BRAND not in text
                    else text.replace(BRAND, f"@{BRAND}", 1)
                )
    a = {"market": c.market} | (attrs or {})
    if c.account:
        a["segment"] = "b2b"
    if out:
        a.setdefault("agent", fam.rng.choice(("Nerea", "Sam", "Lou", "Dario", "Jana", "Rita")))
    row = {
        "event_id": eid,
        "occurred_at": iso(t),
        "channel": channel,
        "kind": kind,
        "direction": "outbound" if out else "inbound",
        "customer": ident,
        "text": text,
        "subject": subject,
        "scores": {"nps": nps, "csat": csat, "ces": None},
        "source": SOURCES[channel],
        "attributes": a,
    }
    assert t < LIMIT and t >= fam.start, (eid, t)
    fam.rows.append((t, fam.n, row))
    return eid


def pick(table: dict[str, tuple[str, ...]], lang: str, rng: random.Random) -> str:
    return rng.choice(table[lang])


def at(fam: Fam, day: int, h0: float, h1: float) -> datetime:
    minutes = fam.rng.randint(int(h0 * 60), int(h1 * 60))
    return fam.start + timedelta(days=day, minutes=minutes, seconds=fam.rng.randint(0, 59))


def mins(t: datetime, a: int, b: int, rng: random.Random) -> datetime:
    return t + timedelta(minutes=rng.randint(a, b), seconds=rng.randint(0, 59))


def office(t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
        t = (
            (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50 + 5)
            if t.hour >= 17 or t.weekday() >= 5
            else t.replace(hour=8, minute=t.minute % 50 + 5)
        )
    return t


def morning(t: datetime, rng: random.Random) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=rng.randint(0, 59))
    return t


def happy_act(
    fam: Fam,
    c: Cust,
    t: datetime,
    kinds: tuple[str, ...] = (
        "praise",
        "again",
        "gripe",
        "question",
        "call",
        "purchase",
        "review",
        "community",
    ),
) -> None:
    rng, lang = fam.rng, c.lang
    k = rng.choice(kinds)
    if k == "praise":
        add(fam, c, t, "social", "mention", pick(W.PRAISE, lang, rng))
    elif k == "again":
        add(fam, c, t, "social", "post", pick(W.AGAIN, lang, rng))
    elif k == "gripe":
        add(
            fam,
            c,
            t,
            "web",
            "review",
            pick(W.GRIPE, lang, rng),
            attrs={"rating": "4", "page": "/reviews"},
        )
    elif k == "community":
        add(fam, c, t, "community", "post", pick(W.PRAISE, lang, rng))
    elif k == "question":
        add(fam, c, t, "chat", "chat", pick(W.QUESTION, lang, rng))
        t2 = mins(t, 1, 6, rng)
        add(fam, c, t2, "chat", "chat", pick(W.ANSWER, lang, rng), out=True)
        if rng.random() < 0.6:
            add(fam, c, mins(t2, 1, 4, rng), "chat", "chat", pick(W.THANKS, lang, rng))
    elif k == "call":
        add(fam, c, t, "phone", "call", pick(W.CALL_Q, lang, rng))
        add(
            fam,
            c,
            mins(t, 10, 40, rng),
            "email",
            "message",
            pick(W.ANSWER, lang, rng),
            out=True,
            subject="Luppora",
        )
    elif k == "purchase":
        prod = rng.choice(W.PRODUCTS)
        add(fam, c, t, "web", "page_view", None, attrs={"page": "/shop"})
        add(
            fam,
            c,
            mins(t, 2, 15, rng),
            "web",
            "purchase",
            None,
            attrs={
                "order_value": f"{rng.randint(19, 189)}.90",
                "currency": "GBP" if c.market == "UK" else ("CHF" if c.market == "CH" else "EUR"),
                "product": prod,
                "page": "/checkout",
            },
        )
    else:
        add(
            fam,
            c,
            t,
            "web",
            "review",
            pick(W.REVIEW, lang, rng),
            attrs={"rating": "5", "page": "/reviews"},
        )


def happy_survey(fam: Fam, c: Cust, t: datetime) -> None:
    add(
        fam,
        c,
        t,
        "survey",
        "survey_response",
        pick(W.SURVEY_GOOD, c.lang, fam.rng),
        nps=fam.rng.choice((9, 10)),
        csat=5,
        attrs={"survey": "nps"},
    )


def day_writer(
    fam: Fam,
    n_acts: tuple[int, int],
    days: list[int],
    persona: str = "happy",
    habit: str = "day writer",
    lang: str | None = None,
) -> Cust:
    c = person(fam, persona, habit, [], [], lang=lang)
    chosen = sorted(fam.rng.sample(days, min(len(days), fam.rng.randint(*n_acts))))
    for d in chosen:
        happy_act(fam, c, at(fam, d, 7, 19.5))
    return c


def night_writer(fam: Fam, days: list[int]) -> None:
    c = person(fam, "happy", "night writer", [], [])
    for d in sorted(fam.rng.sample(days, fam.rng.randint(2, 4))):
        t = at(fam, d, 22.2, 28.5)
        add(
            fam,
            c,
            t,
            fam.rng.choice(("social", "community")),
            "post",
            pick(W.NIGHT, c.lang, fam.rng),
        )


def complaint(
    fam: Fam, c: Cust, t: datetime, problem: str, channel: str, case: str, long_email: bool = False
) -> str:
    rng, lang = fam.rng, c.lang
    short = pick(W.PROBLEM_SHORT[problem], lang, rng).format(case=case)
    subj = {
        "es": "Reclamación",
        "en": "Complaint",
        "fr": "Réclamation",
        "it": "Reclamo",
        "de": "Beschwerde",
        "pt": "Reclamação",
    }[lang] + f": {case}"
    if channel == "email":
        text = pick(W.LONG_EMAIL, lang, rng).format(problem=short) if long_email else short
        return add(fam, c, t, "email", "message", text, subject=subj)
    if channel == "phone":
        return add(fam, c, t, "phone", "call", W.PROBLEM_CALL[lang].format(case=case))
    if channel == "web":
        return add(fam, c, t, "web", "ticket", short, attrs={"page": "/help/form"})
    if channel == "social":
        return add(fam, c, t, "social", "mention", short)
    return add(fam, c, t, "chat", "chat", short)


def ack(fam: Fam, c: Cust, t: datetime, case: str, channel: str) -> None:
    ch = "chat" if channel == "chat" else "email"
    add(
        fam,
        c,
        morning(mins(t, 2, 50, fam.rng), fam.rng),
        ch,
        "chat" if ch == "chat" else "message",
        W.CASE_ACK[c.lang].format(case=case),
        out=True,
        subject=None if ch == "chat" else f"RE: {case}",
    )


def write(fam: Fam, config_extra: dict[str, Any]) -> tuple[int, int, int]:
    rows = sorted(fam.rows, key=lambda r: (r[0], r[1]))
    last = rows[-1][0]
    end = max(fam.start + timedelta(days=fam.days), last + timedelta(hours=1))
    assert end < LIMIT
    expected: dict[str, int] = {}
    for cust in fam.customers.values():
        assert not set(cust["expected_rules"]) & set(cust["tolerated_rules"]), cust
        for r in cust["expected_rules"]:
            expected[r] = expected.get(r, 0) + 1
    for acc in fam.accounts.values():
        for r in acc["expected_rules"]:
            expected[r] = expected.get(r, 0) + 1
    if fam.spike:
        expected["topic_spike"] = 1
    truth = {
        "config": {
            "family": fam.name,
            "about": fam.about,
            "business": "Luppora: home brewing machines, capsule Club, Luppora Taproom for bars and offices",
            "days": fam.days,
            "seed": SEED,
            "written": "2026-12-06",
            "expected": dict(sorted(expected.items())),
        }
        | config_extra,
        "start": iso(fam.start),
        "end": iso(end),
        "customers": fam.customers,
        "accounts": fam.accounts,
        "spike": fam.spike,
        "journey": {},
        "expectations": {},
    }
    with (HERE / f"{fam.name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for _, _, row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    (HERE / f"{fam.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    outs = sum(1 for _, _, r in rows if r["direction"] == "outbound")
    return len(fam.customers), len(rows), outs


def new_fam(n: int, name: str, code: str, start: datetime, days: int, about: str) -> Fam:
    return Fam(
        name,
        code,
        start,
        days,
        about,
        random.Random(SEED * 100 + n),
        random.Random(SEED * 100 + 50 + n),
    )


def happy_writers() -> Fam:
    fam = new_fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 16, tzinfo=UTC),
        10,
        "happy customers, day and night writers",
    )
    for _ in range(20):
        c = day_writer(fam, (6, 9), list(range(10)))
        if fam.rng.random() < 0.4:
            happy_survey(fam, c, at(fam, 9, 8, 18))
    for _ in range(6):
        night_writer(fam, list(range(9)))
    return fam


def one_bad_day() -> Fam:
    fam = new_fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy customers with one bad day",
    )
    for _ in range(8):
        day_writer(fam, (4, 7), list(range(12)), habit="control")
    channels = [
        "email",
        "email",
        "chat",
        "chat",
        "social",
        "social",
        "web",
        "web",
        "phone",
        "phone",
        "chat",
        "email",
    ] * 2
    for i in range(24):
        det = i < 6
        bad = fam.rng.randint(2, 9)
        problem = PROBLEMS[i % 4]
        c = person(
            fam,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
            problem=problem,
        )
        others = [d for d in range(12) if d <= bad - 2 or d >= bad + 3]
        for d in sorted(fam.rng.sample(others, fam.rng.randint(2, 5))):
            happy_act(fam, c, at(fam, d, 7, 20))
        t = at(fam, bad, 8, 20)
        ch = channels[i]
        case = case_ref(fam)
        long_email = ch == "email" and i % 3 == 0
        eid = complaint(fam, c, t, problem, ch, case, long_email)
        info: dict[str, Any] = {
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(t),
            "booking": None if ch == "social" else case,
            "long_email": long_email,
        }
        if ch != "social":
            ack(fam, c, t, case, ch)
        if det:
            st = mins(t, 60 * 18, 60 * 26, fam.rng)
            st = morning(st, fam.rng)
            score = fam.rng.randint(1, 5)
            info |= {
                "nps_given": True,
                "nps": score,
                "survey_event_id": add(
                    fam,
                    c,
                    st,
                    "survey",
                    "survey_response",
                    pick(W.PROBLEM_SHORT[problem], c.lang, fam.rng).format(case=case),
                    nps=score,
                    csat=fam.rng.randint(1, 2),
                    attrs={"survey": "nps"},
                ),
            }
        elif fam.rng.random() < 0.3:
            ta = morning(mins(t, 60 * 16, 60 * 22, fam.rng), fam.rng)
            info |= {
                "apologised": True,
                "apology_at": iso(ta),
                "apology_event_id": add(fam, c, ta, "chat", "chat", W.APOLOGY[c.lang]),
            }
        fam.customers[c.key] |= info
    return fam


def repeat_run(
    fam: Fam, c: Cust, t: datetime, problem: str, times: int, comp: str | None
) -> list[str]:
    rng = fam.rng
    case = case_ref(fam)
    first_ch = rng.choice(("web", "email", "chat"))
    ids = [complaint(fam, c, t, problem, first_ch, case)]
    ack(fam, c, t, case, first_ch)
    later_channels = ["phone", "email", "chat", "social"]
    rng.shuffle(later_channels)
    for k in range(1, times):
        t = morning(mins(t, 4 * 60, 40 * 60, rng), rng)
        ch = later_channels[(k - 1) % 4]
        if k == 2 and comp:
            text = W.REPEAT3[c.lang].format(case=case, comp=comp)
        elif k == 3:
            text = W.REPEAT4[c.lang].format(case=case)
        else:
            text = pick(W.REPEAT, c.lang, rng).format(case=case)
        kind = {"phone": "call", "email": "message", "chat": "chat", "social": "mention"}[ch]
        if ch == "phone":
            text = W.PROBLEM_CALL[c.lang].format(case=case)
        ids.append(add(fam, c, t, ch, kind, text, subject=f"RE: {case}" if ch == "email" else None))
        if ch != "social":
            add(
                fam,
                c,
                morning(mins(t, 5, 90, rng), rng),
                "email",
                "message",
                W.ESCALATED[c.lang].format(case=case),
                out=True,
                subject=f"RE: {case}",
            )
    fam.customers[c.key] |= {
        "problem": problem,
        "booking": case,
        "contacts": times,
        "problem_event_ids": ids,
        "trouble_starts_at": fam.customers[c.key].get("trouble_starts_at") or iso(fam.start),
        "competitor": comp,
    }
    return ids


def fixed_case(fam: Fam, c: Cust, t: datetime, problem: str) -> dict[str, Any]:
    rng = fam.rng
    case = case_ref(fam)
    ch = rng.choice(("web", "email", "chat"))
    e1 = complaint(fam, c, t, problem, ch, case)
    ack(fam, c, t, case, ch)
    tf = morning(mins(t, 6 * 60, 20 * 60, rng), rng)
    add(
        fam,
        c,
        tf,
        "email",
        "message",
        W.FIXED[c.lang].format(case=case),
        out=True,
        subject=f"RE: {case}",
    )
    tc = morning(mins(tf, 30, 300, rng), rng)
    e2 = add(
        fam,
        c,
        tc,
        "email",
        "message",
        pick(W.CONFIRM, c.lang, rng).format(case=case),
        subject=f"RE: {case}",
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [e1],
        "confirm_event_id": e2,
        "channel": ch,
        "confirm_channel": "email",
    }


def repeat_contacts() -> Fam:
    fam = new_fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        "repeat contacts, fixed cases, two problems",
    )
    for i in range(12):
        c = person(fam, "repeat_contact", "repeats", ["repeat_contact"], T_REPEAT)
        happy_act(fam, c, at(fam, 0, 7, 12))
        t = at(fam, fam.rng.randint(1, 4), 8, 19)
        times = 2 + i % 3
        fam.customers[c.key]["trouble_starts_at"] = iso(t)
        repeat_run(fam, c, t, PROBLEMS[i % 4], times, COMPETITORS[i % 2] if times >= 3 else None)
    for i in range(5):
        c = person(fam, "resolved_between_contacts", "fixed", [], ["silence"])
        happy_act(fam, c, at(fam, 0, 7, 12))
        p1 = fixed_case(fam, c, at(fam, 1, 8, 12), PROBLEMS[i % 4])
        p2 = fixed_case(fam, c, at(fam, 6, 8, 12), PROBLEMS[(i + 1) % 4])
        fam.customers[c.key] |= {"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]}
    for i in range(4):
        c = person(fam, "different_problems", "two problems", [], ["silence"])
        t1 = at(fam, 1, 9, 18)
        case1 = case_ref(fam)
        e1 = complaint(fam, c, t1, PROBLEMS[i % 4], "chat", case1)
        ack(fam, c, t1, case1, "chat")
        t2 = at(fam, 7, 9, 18)
        case2 = case_ref(fam)
        e2 = complaint(fam, c, t2, PROBLEMS[(i + 2) % 4], "email", case2)
        ack(fam, c, t2, case2, "email")
        fam.customers[c.key] |= {
            "problem_event_ids": [e1, e2],
            "booking": case1,
            "trouble_starts_at": iso(t1),
        }
    for _ in range(6):
        day_writer(fam, (5, 7), list(range(10)), habit="frequent writer")
    return fam


def slide(fam: Fam, c: Cust, first_day: int, comp: str, lang2: str | None = None) -> list[str]:
    rng = fam.rng
    ids = []
    day = first_day
    steps = W.SLIDE[c.lang]
    for k in range(6):
        lang = lang2 if lang2 and k % 2 == 1 else c.lang
        text = W.SLIDE[lang][k].format(comp=comp) if lang != c.lang else steps[k].format(comp=comp)
        ch = rng.choice(("social", "community", "chat", "email"))
        kind = {"social": "mention", "community": "post", "chat": "chat", "email": "message"}[ch]
        ids.append(add(fam, c, at(fam, day, 8, 20), ch, kind, text))
        day += rng.randint(1, 3)
    return ids


def slow_churners() -> Fam:
    fam = new_fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        "slow slides, cancellations, grumpy and steady customers",
    )
    for i in range(10):
        det = i < 5
        comp = COMPETITORS[i % 2]
        c = person(
            fam,
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if det else []),
            T_SLIDE,
            competitor=comp,
        )
        for d in sorted(fam.rng.sample(range(11), 6)):
            happy_act(fam, c, at(fam, d, 8, 20), ("praise", "again", "community", "question"))
        start_day = fam.rng.randint(12, 16)
        ids = slide(fam, c, start_day, comp)
        info: dict[str, Any] = {
            "slide_event_ids": ids,
            "slide_days": start_day,
            "trouble_starts_at": fam.rows[-6][2]["occurred_at"],
        }
        if det:
            score = fam.rng.randint(1, 5)
            info |= {
                "nps_given": True,
                "nps": score,
                "survey_event_id": add(
                    fam,
                    c,
                    at(fam, 30, 9, 18),
                    "survey",
                    "survey_response",
                    W.SLIDE[c.lang][4],
                    nps=score,
                    attrs={"survey": "nps"},
                ),
            }
        fam.customers[c.key] |= info
    for _ in range(5):
        c = person(fam, "slow_churner", "asks to cancel", ["churn_intent"], T_CANCEL)
        for d in sorted(fam.rng.sample(range(14), 3)):
            happy_act(fam, c, at(fam, d, 8, 20))
        t = at(fam, fam.rng.randint(18, 26), 9, 19)
        e1 = add(fam, c, t, "email", "message", W.CANCEL[c.lang], subject="Baja / Cancellation")
        t2 = mins(t, 30, 240, fam.rng)
        add(
            fam,
            c,
            t2,
            "email",
            "message",
            W.CANCEL_REPLY[c.lang],
            out=True,
            subject="RE: Baja / Cancellation",
        )
        t3 = morning(mins(t2, 60, 600, fam.rng), fam.rng)
        e2 = add(
            fam,
            c,
            t3,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/cancel", "product": W.PRODUCTS[0]},
        )
        fam.customers[c.key] |= {
            "churn_intent_event_id": e1,
            "cancellation_event_id": e2,
            "churn_at": iso(t3),
            "trouble_starts_at": iso(t),
        }
    for _ in range(6):
        c = person(fam, "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        ids = []
        for d in sorted(fam.rng.sample(range(30), 4)):
            ids.append(
                add(fam, c, at(fam, d, 8, 20), "chat", "chat", pick(W.GRUMBLE, c.lang, fam.rng))
            )
        fam.customers[c.key] |= {
            "grumble_event_ids": ids,
            "trouble_starts_at": fam.rows[-4][2]["occurred_at"],
        }
    for _ in range(10):
        day_writer(fam, (6, 9), list(range(31)), habit="steady")
    return fam


def quiet_hours() -> Fam:
    fam = new_fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        "a calm weekend with night owls",
    )
    for _ in range(40):
        day_writer(fam, (1, 3), [0, 1, 2])
    for _ in range(4):
        c = person(fam, "grumbles_once", "grumbles once", [], ["silence"])
        t = at(fam, fam.rng.randint(0, 2), 8, 17)
        add(fam, c, t, "web", "page_view", None, attrs={"page": "/app/history"})
        t2 = mins(t, 20, 30, fam.rng)
        e = add(fam, c, t2, "chat", "chat", pick(W.GRUMBLE, c.lang, fam.rng))
        add(fam, c, mins(t2, 1, 5, fam.rng), "chat", "chat", W.GRUMBLE_ANSWER[c.lang], out=True)
        fam.customers[c.key] |= {"grumble_event_id": e, "trouble_starts_at": iso(t2)}
    bursts = [fam.start + timedelta(days=d + 1, minutes=m) for d, m in ((0, 47), (1, 58), (2, 6))]
    for b in range(3):
        for n in range(4):
            c = person(fam, "night_owl", f"night {n + 1}, burst {b + 1}", [], [])
            t = bursts[b] + timedelta(minutes=fam.rng.randint(0, 9), seconds=fam.rng.randint(0, 59))
            e = add(
                fam,
                c,
                t,
                fam.rng.choice(("social", "community")),
                "post",
                pick(W.NIGHT, c.lang, fam.rng),
            )
            fam.customers[c.key] |= {"burst_at": iso(bursts[b]), "night_event_id": e}
    return fam


PAIRS = (
    ("es", "en"),
    ("en", "es"),
    ("es", "fr"),
    ("fr", "es"),
    ("es", "pt"),
    ("pt", "es"),
    ("en", "de"),
    ("de", "en"),
    ("es", "it"),
    ("it", "en"),
    ("en", "fr"),
    ("pt", "en"),
    ("de", "es"),
)


def bilingual() -> Fam:
    fam = new_fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    k = 0
    for _ in range(12):
        l1, l2 = PAIRS[k % len(PAIRS)]
        k += 1
        c = person(fam, "happy", "alternates languages", [], [], lang=l1, languages=[l1, l2])
        for i, d in enumerate(sorted(fam.rng.sample(range(14), 4))):
            c.lang = l2 if i % 2 else l1
            happy_act(fam, c, at(fam, d, 8, 20))
        c.lang = l1
    for i in range(5):
        l1, l2 = PAIRS[k % len(PAIRS)]
        k += 1
        c = person(
            fam,
            "repeat_contact",
            "repeats",
            ["repeat_contact"],
            T_REPEAT,
            lang=l1,
            languages=[l1, l2],
        )
        happy_act(fam, c, at(fam, 0, 8, 12))
        t = at(fam, fam.rng.randint(1, 5), 8, 18)
        fam.customers[c.key]["trouble_starts_at"] = iso(t)
        c.lang = l2
        repeat_run(fam, c, t, PROBLEMS[i % 4], 2 + i % 2, COMPETITORS[i % 2] if i % 2 else None)
        c.lang = l1
    for i in range(5):
        l1, l2 = PAIRS[k % len(PAIRS)]
        k += 1
        comp = COMPETITORS[i % 2]
        c = person(
            fam,
            "slow_churner",
            "slides",
            ["sentiment_drop"],
            T_SLIDE,
            lang=l1,
            languages=[l1, l2],
            competitor=comp,
        )
        for d in sorted(fam.rng.sample(range(6), 5)):
            happy_act(fam, c, at(fam, d, 8, 20), ("praise", "again", "community"))
        ids = slide(fam, c, 6, comp, lang2=l2)
        fam.customers[c.key] |= {
            "slide_event_ids": ids,
            "trouble_starts_at": fam.rows[-6][2]["occurred_at"],
        }
    for i in range(5):
        l1, l2 = PAIRS[k % len(PAIRS)]
        k += 1
        c = person(
            fam, "happy_one_bad_day", "one bad day", [], ["silence"], lang=l1, languages=[l1, l2]
        )
        for d in (1, 3, 12):
            happy_act(fam, c, at(fam, d, 8, 20))
        c.lang = l2
        t = at(fam, 7, 9, 19)
        case = case_ref(fam)
        e = complaint(fam, c, t, PROBLEMS[i % 4], "chat", case)
        ack(fam, c, t, case, "chat")
        c.lang = l1
        fam.customers[c.key] |= {
            "bad_day_at": iso(t),
            "bad_day_event_id": e,
            "bad_day_language": l2,
            "booking": case,
            "trouble_starts_at": iso(t),
        }
    return fam


COMPANIES = (
    ("Bar La Espiga", "es", "bar"),
    ("The Crooked Tap", "en", "pub"),
    ("Oficinas Nébula", "es", "office"),
    ("Harbour Hotel Group", "en", "hotel"),
    ("Brasserie du Canal", "fr", "restaurant"),
    ("Trattoria Borgo", "it", "restaurant"),
    ("Kantine Nordwerk", "de", "canteen"),
    ("Café Ribeira", "pt", "cafe"),
    ("Coworking Altamira", "es", "office"),
    ("Northgate Studios", "en", "office"),
    ("Hostal Mirador", "es", "hotel"),
    ("Gastro Lindenhof", "de", "restaurant"),
    ("Taberna do Largo", "pt", "bar"),
    ("Riverside Golf Club", "en", "club"),
    ("Cervecería Alameda", "es", "bar"),
)


def b2b_accounts() -> Fam:
    fam = new_fam(
        7, "b2b_accounts", "BB", datetime(2026, 10, 5, tzinfo=UTC), 14, "Luppora Taproom accounts"
    )
    sizes = [4] * 14 + [3]
    for idx, (co, lang, site) in enumerate(COMPANIES):
        acc = f"LPT-{MARKETS[lang][0]}-{fam.rng.randint(1000, 9999)}"
        acc = unique(acc, fam.rng)
        domain = strip_accents(co).lower().replace(" ", "").replace("'", "") + ".example"
        kind = "at_risk" if idx < 5 else ("one_unhappy" if idx < 9 else "happy")
        problem = B2B_PROBLEMS[idx % 4] if kind == "at_risk" else None
        keys, unhappy = [], []
        case = case_ref(fam)
        first_name = ""
        t_first = office(fam.start + timedelta(days=2, hours=9, minutes=fam.rng.randint(0, 90)))
        trouble: str | None = None
        for j in range(sizes[idx]):
            complainer = (kind == "at_risk" and j < 3) or (kind == "one_unhappy" and j == 0)
            if complainer and kind == "at_risk":
                exp = ["detractor"] + (["repeat_contact"] if j == 2 else [])
                c = person(
                    fam,
                    "b2b_unhappy",
                    "complainer",
                    exp,
                    [r for r in T_B2B_RISK if r not in exp],
                    lang=lang,
                    account=acc,
                    company_domain=domain,
                    company=co,
                    role="complainer",
                )
            elif complainer:
                c = person(
                    fam,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"] if idx == 5 else [],
                    T_ONE_UNHAPPY,
                    lang=lang,
                    account=acc,
                    company_domain=domain,
                    company=co,
                    role="complainer",
                )
            else:
                c = person(
                    fam,
                    "b2b_happy",
                    "contact",
                    [],
                    [],
                    lang=lang,
                    account=acc,
                    company_domain=domain,
                    company=co,
                    role="contact",
                )
            keys.append(c.key)
            c.seen = False
            for d in sorted(fam.rng.sample([0, 1, 3, 4, 7, 8, 9, 10, 11], 2)):
                t = office(at(fam, d, 8, 16.5))
                add(fam, c, t, "email", "message", pick(W.B2B_ROUTINE, lang, fam.rng), subject=co)
                add(
                    fam,
                    c,
                    office(mins(t, 20, 120, fam.rng)),
                    "email",
                    "message",
                    W.B2B_ROUTINE_ANSWER[lang],
                    out=True,
                    subject=f"RE: {co}",
                )
            if not complainer:
                if fam.rng.random() < 0.4:
                    add(
                        fam,
                        c,
                        office(at(fam, 8, 9, 15)),
                        "web",
                        "review",
                        pick(W.B2B_PRAISE, lang, fam.rng),
                        attrs={"rating": "5", "page": "/taproom/reviews"},
                    )
                continue
            unhappy.append(c.key)
            p = problem or B2B_PROBLEMS[idx % 4]
            text = W.B2B_PROBLEM[p][lang].format(co=co, case=case)
            t = office(t_first + timedelta(hours=fam.rng.randint(8, 28) * j))
            if j == 0:
                first_name = c.name.split()[0]
                trouble = iso(t)
            else:
                text = W.B2B_ALSO[lang].format(first=first_name, problem=text)
            ids = [add(fam, c, t, "email", "message", text, subject=f"{co}: {case}")]
            if j == 0:
                add(
                    fam,
                    c,
                    office(mins(t, 30, 180, fam.rng)),
                    "email",
                    "message",
                    W.CASE_ACK[lang].format(case=case),
                    out=True,
                    subject=f"RE: {co}: {case}",
                )
            info: dict[str, Any] = {
                "problem": p,
                "booking": case,
                "complaint_event_ids": ids,
                "trouble_starts_at": iso(t),
                "job_title": "Operations manager" if j == 0 else "Bar manager",
            }
            if "detractor" in fam.customers[c.key]["expected_rules"]:
                score = fam.rng.randint(1, 5)
                ts = office(mins(t, 60 * 20, 60 * 30, fam.rng))
                info |= {
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": add(
                        fam,
                        c,
                        ts,
                        "survey",
                        "survey_response",
                        text,
                        nps=score,
                        attrs={"survey": "nps"},
                    ),
                }
            if "repeat_contact" in fam.customers[c.key]["expected_rules"]:
                t2 = office(mins(t, 60 * 20, 60 * 26, fam.rng))
                comp = COMPETITORS[idx % 2]
                ids.append(
                    add(
                        fam,
                        c,
                        t2,
                        "phone",
                        "call",
                        W.B2B_AGAIN[lang]
                        .format(case=case, comp=comp)
                        .lower()
                        .replace(",", "")
                        .replace(".", ""),
                    )
                )
                info |= {"competitor": comp}
            fam.customers[c.key] |= info
        fam.accounts[acc] = {
            "company": co,
            "site": site,
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem,
            "trouble_starts_at": trouble if kind == "at_risk" else None,
            "language": lang,
            "country": MARKETS[lang][0],
        }
    return fam


def topic_spike() -> Fam:
    fam = new_fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        5,
        "a calm week and one planted incident",
    )
    for _ in range(40):
        day_writer(fam, (2, 5), [0, 1, 2, 3, 4])
    for _ in range(2):
        c = person(fam, "grumbles_once", "grumbles once", [], ["silence"])
        t = at(fam, 0, 9, 17)
        e = add(fam, c, t, "chat", "chat", pick(W.GRUMBLE, c.lang, fam.rng))
        add(fam, c, mins(t, 1, 5, fam.rng), "chat", "chat", W.GRUMBLE_ANSWER[c.lang], out=True)
        fam.customers[c.key] |= {"grumble_event_id": e, "trouble_starts_at": iso(t)}
    for _ in range(2):
        c = person(fam, "grumbles_once", "lone question", [], ["silence"])
        t = at(fam, 1, 10, 18)
        e = add(fam, c, t, "community", "post", W.LONE_QUESTION[c.lang])
        fam.customers[c.key] |= {"lone_report_event_id": e, "trouble_starts_at": iso(t)}
    s0 = datetime(2026, 11, 11, 18, 5, tzinfo=UTC)
    offsets = sorted([0, 45] + [fam.rng.randint(1, 44) for _ in range(18)])
    langs = ["es"] * 6 + ["en"] * 6 + ["fr", "fr", "it", "it", "de", "de", "pt", "pt"]
    fam.rng.shuffle(langs)
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i, off in enumerate(offsets):
        repeater = i % 3 == 1 and len(reps) < 6
        c = person(
            fam,
            "spike_repeater" if repeater else "spike_reporter",
            fam.rng.choice(("regular", "new")),
            ["repeat_contact"] if repeater else [],
            ["silence", "sentiment_drop"] if repeater else ["silence"],
            lang=langs[i],
            in_spike=True,
        )
        if fam.customers[c.key]["habit"] == "regular":
            happy_act(fam, c, at(fam, fam.rng.randint(0, 1), 8, 18))
        t = s0 + timedelta(minutes=off, seconds=fam.rng.randint(0, 50) if 0 < off < 45 else 0)
        ch = ("social", "chat", "phone", "email", "community")[i % 5]
        if ch == "phone":
            e = add(fam, c, t, "phone", "call", W.SPIKE_CALL[c.lang])
        else:
            kind = {"social": "mention", "chat": "chat", "email": "message", "community": "post"}[
                ch
            ]
            e = add(
                fam,
                c,
                t,
                ch,
                kind,
                pick(W.SPIKE, c.lang, fam.rng),
                subject="BRW-738" if ch == "email" else None,
            )
        if ch == "chat":
            add(
                fam,
                c,
                mins(t, 1, 4, fam.rng),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[c.lang],
                out=True,
            )
        keys.append(c.key)
        eids.append(e)
        info: dict[str, Any] = {
            "spike_event_id": e,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
            "regular": fam.customers[c.key]["habit"] == "regular",
        }
        if repeater:
            ch2 = "chat" if ch != "chat" else "social"
            t2 = mins(t, 12, 40, fam.rng)
            r = add(fam, c, t2, ch2, "chat" if ch2 == "chat" else "mention", W.SPIKE_AGAIN[c.lang])
            reps.append(r)
            info["repeat_event_id"] = r
        tf = datetime(2026, 11, 11, 20, 30, tzinfo=UTC) + timedelta(minutes=fam.rng.randint(0, 50))
        if i % 2 == 0:
            add(
                fam,
                c,
                tf,
                "email",
                "message",
                W.SPIKE_FIXED[c.lang].format(t="20:10"),
                out=True,
                subject="BRW-738",
            )
            info["agent_fixed"] = True
        fam.customers[c.key] |= info
    fam.spike = {
        "topic": "home-brewing machines heating batches mid-fermentation after an app recipe update pushed by the business: batches ruined, error BRW-738",
        "about": "app recipe/firmware update, machine heating, fermentation, error BRW-738",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return fam


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
    totals = [0, 0, 0]
    for build in FAMILIES:
        fam = build()
        counts = write(fam, {})
        print(fam.name, *counts)
        for i in range(3):
            totals[i] += counts[i]
    print("total", *totals)


if __name__ == "__main__":
    main()
