# ruff: noqa: E501
"""Generate heldout135 (Tintora): eight hand-written alert families, report only, blind.

Standard library only, seeded, deterministic. Run ``python make_heldout135.py`` from anywhere.
"""

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
import wording_b2b as B  # noqa: E402

SEED = 20261107
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
COMPS = ("Pinceloa", "Colorvix")
MARKETS = {
    "pt": ["PT"],
    "es": ["ES"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT", "CH"],
    "it": ["IT"],
}
PHONE = {
    "PT": ("+351", "9", 8),
    "ES": ("+34", "6", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "664", 7),
    "CH": ("+41", "79", 7),
    "IT": ("+39", "3", 9),
}
FIRST = {
    "pt": [
        "Ana",
        "Joana",
        "Rita",
        "Inês",
        "Marta",
        "Sofia",
        "Tiago",
        "Rui",
        "Pedro",
        "Nuno",
        "Carla",
        "Helena",
        "Bruno",
        "Filipa",
        "Diogo",
        "Catarina",
    ],
    "es": [
        "Lucía",
        "Marta",
        "Carmen",
        "Elena",
        "Irene",
        "Nuria",
        "Javier",
        "Sergio",
        "Pablo",
        "Raúl",
        "Alba",
        "Sara",
        "Iker",
        "Rocío",
        "Álvaro",
        "Noelia",
    ],
    "en": ["Emma", "Chloe", "Sarah", "Liam", "Ciara", "Tom", "Rachel", "Owen"],
    "fr": ["Camille", "Léa", "Julien", "Manon", "Hugo", "Claire", "Élodie", "Bastien"],
    "de": ["Anna", "Lena", "Jonas", "Katrin", "Felix", "Sabine", "Lukas", "Jana"],
    "it": ["Giulia", "Chiara", "Marco", "Sara", "Luca", "Elisa", "Davide", "Federica"],
}
LAST = {
    "pt": [
        "Silva",
        "Ferreira",
        "Costa",
        "Sousa",
        "Rodrigues",
        "Almeida",
        "Pereira",
        "Carvalho",
        "Lopes",
        "Moreira",
        "Ribeiro",
        "Pinto",
    ],
    "es": [
        "García",
        "Martín",
        "López",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Ruiz",
        "Moreno",
        "Gil",
        "Ortega",
        "Castro",
    ],
    "en": ["Walsh", "Taylor", "Byrne", "Hughes", "Murphy", "Clarke"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard"],
    "de": ["Müller", "Schmidt", "Weber", "Becker", "Hofmann", "Wagner"],
    "it": ["Rossi", "Bianchi", "Esposito", "Ricci", "Greco", "Conti"],
}
CONSUMER_PROBLEMS = ("no_show", "wrong_shade", "leaking", "refund", "wrong_price", "cancel_fee")
CUR = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
USED: set[str] = set()


def strip_accents(text: str) -> str:
    return "".join(
        c
        for c in unicodedata.normalize("NFD", text)
        if unicodedata.category(c) != "Mn" or c == "\u0303"
    )


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def fresh(value: str) -> str:
    if value in USED:
        raise SystemExit(f"reused identifier {value}")
    USED.add(value)
    return value


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
        self.planned: dict[str, int] = {}
        self.seq = 0

    def day(self, d: int, h: float) -> datetime:
        return self.start + timedelta(days=d, hours=h)


def person(
    f: Fam,
    persona: str,
    habit: str,
    lang: str,
    expected: tuple[str, ...] = (),
    tolerated: tuple[str, ...] = (),
    market: str | None = None,
    account: str | None = None,
    domain: str | None = None,
    **extra: Any,
) -> str:
    r = f.rng
    for _ in range(50):
        first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
        cid = f"TN{f.code}{r.randint(1000, 9999)}"
        if cid not in USED:
            break
    fresh(cid)
    mk = market or r.choice(MARKETS[lang])
    base = strip_accents(f"{first}.{last}").lower().replace(" ", "")
    email = fresh(
        f"{base}{r.randint(1, 99)}@{domain or r.choice(['mail.example', 'correo.example', 'post.example', 'web.example'])}"
    )
    cc, pre, rest = PHONE[mk]
    phone = fresh(cc + pre + "".join(str(r.randint(0, 9)) for _ in range(rest)))
    handle = (
        None
        if account
        else fresh(
            f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{r.randint(1, 99)}"
        )
    )
    if set(expected) & set(tolerated):
        raise SystemExit(f"{cid}: rule both expected and tolerated")
    f.customers[cid] = {
        "identifiers": {
            "customer_id": cid,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        },
        "expected_rules": sorted(expected),
        "tolerated_rules": sorted(tolerated),
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": mk,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
        **extra,
    }
    return cid


def first_name(f: Fam, cid: str) -> str:
    return str(f.customers[cid]["name"]).split()[0]


def rough(f: Fam, text: str) -> str:
    r = f.rough
    if r.random() < 0.1:
        text = strip_accents(text)
    if r.random() < 0.12 and text[:1].isupper() and not text[:2].isupper():
        text = text[0].lower() + text[1:]
    return text


SOURCE = {
    "email": "tintora-mail",
    "phone": "tintora-voice",
    "social": "tintora-social",
    "community": "tintora-forum",
    "chat": "tintora-chat",
    "web": "tintora-web",
    "survey": "tintora-survey",
}


def add(
    f: Fam,
    cid: str,
    t: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    out: bool = False,
    subject: str | None = None,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    if t >= LIMIT or t < f.start or t.year != 2026:
        raise SystemExit(f"{f.name}: time out of window {t}")
    f.seq += 1
    eid = fresh(f"tn135-{f.code.lower()}-{f.seq:05d}")
    c = f.customers[cid]
    if text is not None and not out and channel not in ("phone", "survey"):
        text = rough(f, text)
    if text is not None and channel == "social" and not out and c["segment"] == "consumer":
        text = text.replace("{brand}", "@Tintora") if "{brand}" in text else "@Tintora " + text
    if text is not None:
        text = text.replace("{brand}", "Tintora")
    a = {"market": c["country"], **(attrs or {})}
    if c["segment"] == "b2b":
        a["segment"] = "b2b"
    if out:
        a["agent"] = f.rng.choice(["Marta R.", "Duarte", "Inés", "Sam", "Paulo", "Nerea"])
    f.rows.append(
        {
            "t": t,
            "cid": cid,
            "eid": eid,
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": scores or {},
            "attributes": a,
        }
    )
    return eid


def ref(f: Fam, row: dict[str, Any], full: bool) -> dict[str, Any]:
    ids = dict(f.customers[row["cid"]]["identifiers"])
    if full:
        return ids
    keep = {"phone": "phone", "email": "email", "social": "handle", "community": "handle"}.get(
        row["channel"], "customer_id"
    )
    if keep == "handle" and not ids["handle"]:
        keep = "email"
    out = {k: (ids[k] if k in (keep, "account_id") else None) for k in ids}
    if keep == "handle" and f.rough.random() < 0.2:
        out["handle"] = str(ids["handle"]).lstrip("@")
    if keep == "email" and f.rough.random() < 0.08:
        out["email"] = str(ids["email"]).upper()
    return out


def pick(f: Fam, table: dict[str, list[str]], lang: str) -> str:
    return f.rng.choice(table[lang])


def money(f: Fam, cid: str, eur: float) -> str:
    mk = f.customers[cid]["country"]
    sym, rate = CUR.get(mk, ("EUR", 1.0))
    v = round(eur * rate)
    return {"GBP": f"£{v}", "CHF": f"CHF {v}", "EUR": f"{v} €"}[sym]


def purchase(f: Fam, cid: str, t: datetime) -> str:
    mk = f.customers[cid]["country"]
    cur, rate = CUR.get(mk, ("EUR", 1.0))
    add(
        f,
        cid,
        t - timedelta(minutes=f.rng.randint(3, 15)),
        "web",
        "page_view",
        attrs={"page": "/cores"},
    )
    val = f"{f.rng.randint(19, 240) * rate:.2f}"
    return add(
        f,
        cid,
        t,
        "web",
        "purchase",
        attrs={
            "order_value": val,
            "currency": cur,
            "product": f.rng.choice(W.PRODUCTS),
            "page": "/checkout",
        },
    )


def happy_act(f: Fam, cid: str, t: datetime, night: bool = False) -> None:
    lang = f.customers[cid]["language"]
    r = f.rng
    k = r.choice(
        ["praise", "praise", "question", "purchase", "view", "review", "gripe", "phone"]
        if not night
        else ["night", "night", "nightq"]
    )
    if k in ("praise", "night"):
        table = W.PRAISE if k == "praise" else W.NIGHT
        add(f, cid, t, r.choice(["community", "social"]), "post", pick(f, table, lang))
    elif k == "gripe":
        add(f, cid, t, "community", "post", pick(f, W.PRAISE_GRIPE, lang))
    elif k in ("question", "nightq"):
        add(f, cid, t, "chat", "chat", pick(f, W.QUESTION, lang))
        add(
            f, cid, t + timedelta(minutes=r.randint(1, 6)), "chat", "chat", W.ANSWER[lang], out=True
        )
        if r.random() < 0.6:
            add(
                f,
                cid,
                t + timedelta(minutes=r.randint(8, 12)),
                "chat",
                "chat",
                pick(f, W.THANKS, lang),
            )
    elif k == "phone":
        add(f, cid, t, "phone", "call", W.PHONE_Q[lang])
        add(
            f,
            cid,
            t + timedelta(minutes=r.randint(20, 50)),
            "email",
            "message",
            W.ANSWER[lang],
            out=True,
            subject="Tintora",
        )
    elif k == "purchase":
        purchase(f, cid, t)
    elif k == "view":
        add(
            f,
            cid,
            t,
            "web",
            "page_view",
            attrs={"page": r.choice(["/cores", "/amostras", "/ajuda", "/conta"])},
        )
    else:
        add(
            f,
            cid,
            t,
            "web",
            "review",
            pick(f, W.PRAISE, lang),
            attrs={"rating": "5", "page": "/avaliacoes"},
        )


def happy_survey(f: Fam, cid: str, t: datetime) -> None:
    lang = f.customers[cid]["language"]
    kind = f.rng.choice(["nps", "csat", "ces"])
    val = {"nps": f.rng.randint(9, 10), "csat": f.rng.randint(4, 5), "ces": f.rng.randint(6, 7)}[
        kind
    ]
    add(
        f,
        cid,
        t,
        "survey",
        "survey_response",
        pick(f, W.SURVEY_WORD, lang) or None,
        scores={kind: val},
        attrs={"survey": kind},
    )


def daytime(f: Fam, days: list[int], lo: float = 7.0, hi: float = 19.5) -> list[datetime]:
    return [f.day(d, f.rng.uniform(lo, hi)) for d in days]


def out_of_night(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50)
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute % 50)
    return t


def lang_of(f: Fam) -> str:
    return str(f.rng.choices(W.LANGS, weights=[30, 30, 10, 10, 10, 10])[0])


def case_ref(f: Fam) -> str:
    while True:
        c = f"TN-{f.rng.randint(100000, 999999)}"
        if c not in USED:
            return fresh(c)


def complaint(
    f: Fam, cid: str, t: datetime, problem: str, channel: str, case: str, long_mail: bool = False
) -> str:
    lang = f.customers[cid]["language"]
    what = W.PROBLEM_WHAT[problem][lang]
    amt = money(f, cid, f.rng.choice([38, 64, 92, 120]))
    if long_mail:
        return add(
            f,
            cid,
            t,
            "email",
            "message",
            W.LONG_EMAIL[lang].format(what=what, case=case, first=first_name(f, cid)),
            subject=W.SUBJECT_COMPLAINT[lang] + what,
        )
    if channel == "phone":
        return add(f, cid, t, "phone", "call", W.PROBLEM_CALL[lang].format(case=case, what=what))
    text = pick(f, W.PROBLEM_SHORT[problem], lang).format(case=case, amt=amt)
    kind = {"email": "message", "chat": "chat", "web": "ticket", "social": "mention"}[channel]
    return add(
        f,
        cid,
        t,
        channel,
        kind,
        text,
        subject=W.SUBJECT_COMPLAINT[lang] + what if channel == "email" else None,
        attrs={"page": "/ajuda/contacto"} if channel == "web" else None,
    )


# ---------------------------------------------------------------- families


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, datetime(2026, 3, 9, tzinfo=UTC), 10, "happy customers only")
    for _ in range(16):
        c = person(f, "happy", "day writer", lang_of(f))
        for t in daytime(f, f.rng.sample(range(10), f.rng.randint(5, 8))):
            happy_act(f, c, t)
    for _ in range(5):
        c = person(f, "happy", "night writer", lang_of(f))
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            happy_act(f, c, f.day(d, f.rng.uniform(22.2, 28.4)), night=True)
        for t in daytime(f, f.rng.sample(range(10), f.rng.randint(2, 3)), 9, 18):
            happy_act(f, c, t)
    for _ in range(5):
        c = person(f, "happy", "answers surveys", lang_of(f))
        for t in daytime(f, f.rng.sample(range(10), f.rng.randint(3, 6))):
            happy_survey(f, c, t)
    return f


def bad_day(
    f: Fam,
    c: str,
    d: int,
    problem: str,
    channel: str,
    long_mail: bool,
    detractor: bool,
    csat: bool,
    good_news: bool,
    apology: bool,
) -> None:
    lang = f.customers[c]["language"]
    t = f.day(d, f.rng.uniform(8, 20))
    case = case_ref(f) if channel != "social" else None
    e = complaint(f, c, t, problem, channel, case or "", long_mail)
    info: dict[str, Any] = {
        "problem": problem,
        "booking": case,
        "bad_day_at": iso(t),
        "bad_day_event_id": e,
        "trouble_starts_at": iso(t),
        "problem_event_ids": [e],
        "channel": "email" if long_mail else channel,
        "long_email": long_mail,
    }
    fn = first_name(f, c)
    if case:
        if channel == "chat":
            add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(2, 6)),
                "chat",
                "chat",
                W.CASE_OPENED[lang].format(first=fn, case=case),
                out=True,
            )
        else:
            add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "email",
                "message",
                W.CASE_OPENED[lang].format(first=fn, case=case),
                out=True,
                subject=W.SUBJECT_RE[lang].format(case=case),
            )
        if detractor:
            s = add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            info.update(survey_event_id=s, nps_given=True)
        elif csat:
            s = add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                f.rng.choice(["mau", "malo", None]),
                scores={"csat": f.rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            info.update(survey_event_id=s, csat_given=True)
        if good_news:
            add(
                f,
                c,
                out_of_night(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                "message",
                W.GOOD_NEWS[lang].format(case=case),
                out=True,
                subject=W.SUBJECT_RE[lang].format(case=case),
            )
            info["agent_fixed"] = True
            if apology:
                a = add(
                    f,
                    c,
                    out_of_night(t + timedelta(hours=f.rng.uniform(16, 24))),
                    f.rng.choice(["chat", "email"]),
                    "message",
                    pick(f, W.APOLOGY, lang),
                )
                info.update(apologised=True, apology_event_id=a)
    f.customers[c].update(info)


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry day",
    )
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    f.rng.shuffle(chans)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(with_case[:6])
    csat = set(with_case[6:11])
    good = set(with_case[8:20])
    apol = set(with_case[12:17])
    for i, ch in enumerate(chans):
        long_mail = ch == "long"
        lang = f.rng.choice(["es", "pt"]) if long_mail else lang_of(f)
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = person(
            f, persona, "one bad day", lang, ("detractor",) if i in det else (), ("silence",)
        )
        d = f.rng.randint(2, 9)
        bad_day(
            f,
            c,
            d,
            CONSUMER_PROBLEMS[i % 6],
            "email" if long_mail else ch,
            long_mail,
            i in det,
            i in csat,
            i in good and i not in det,
            i in apol and i not in det,
        )
        days = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        for t in daytime(f, f.rng.sample(days, f.rng.randint(1, min(5, len(days))))):
            happy_act(f, c, t)
    for _ in range(8):
        c = person(f, "happy", "control", lang_of(f))
        for t in daytime(f, f.rng.sample(range(12), f.rng.randint(4, 7))):
            happy_act(f, c, t)
    f.planned = {"detractor": 6}
    return f


def repeat_run(
    f: Fam, c: str, first_day: int, n: int, langs: list[str] | None = None, quality: bool = False
) -> None:
    lang = f.customers[c]["language"]
    problem = f.rng.choice(CONSUMER_PROBLEMS)
    case = case_ref(f)
    t = f.day(first_day, f.rng.uniform(8, 19))
    ch0 = f.rng.choice(["web", "email", "chat"])
    ids = [complaint(f, c, t, problem, ch0, case)]
    fn = first_name(f, c)
    if ch0 == "chat":
        add(
            f,
            c,
            t + timedelta(minutes=3),
            "chat",
            "chat",
            W.CASE_OPENED[lang].format(first=fn, case=case),
            out=True,
        )
    if quality:
        add(
            f,
            c,
            t + timedelta(hours=f.rng.uniform(1.5, 2.5)),
            "email",
            "message",
            W.QUALITY_LEAD[lang].format(first=fn, case=case),
            out=True,
            subject=W.SUBJECT_RE[lang].format(case=case),
        )
    elif ch0 != "chat":
        add(
            f,
            c,
            t + timedelta(minutes=f.rng.randint(10, 40)),
            "email",
            "message",
            W.CASE_OPENED[lang].format(first=fn, case=case),
            out=True,
            subject=W.SUBJECT_RE[lang].format(case=case),
        )
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != ch0]
    f.rng.shuffle(chans)
    comp = None
    for i in range(1, n):
        t = out_of_night(t + timedelta(hours=f.rng.uniform(4, 40)))
        lg = langs[i % len(langs)] if langs else lang
        ch = chans[i - 1]
        if i == 2:
            comp = f.rng.choice(COMPS)
            text = W.THIRD[lg].format(case=case, comp=comp)
        elif i == 3:
            text = W.FOURTH[lg].format(case=case)
        else:
            text = pick(f, W.STILL_OPEN, lg).format(case=case)
        if ch == "phone":
            text = text.replace(".", "").replace(",", "").lower().replace(case.lower(), case)
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        ids.append(
            add(
                f,
                c,
                t,
                ch,
                kind,
                text,
                subject=W.SUBJECT_RE[lg].format(case=case) if ch == "email" else None,
                attrs={"page": "/ajuda/contacto"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            add(
                f,
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                W.URGENT[lg].format(case=case),
                out=True,
            )
    f.customers[c].update(
        problem=problem,
        booking=case,
        problem_event_ids=ids,
        contacts=n,
        competitor=comp,
        agent_passed_on=quality,
    )
    f.customers[c]["trouble_starts_at"] = next(iso(r["t"]) for r in f.rows if r["eid"] == ids[0])


REPEAT_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def fixed_case(f: Fam, c: str, d: int, lang_raise: str, lang_confirm: str) -> dict[str, Any]:
    problem = f.rng.choice(CONSUMER_PROBLEMS)
    case = case_ref(f)
    t = f.day(d, f.rng.uniform(8, 18))
    saved = f.customers[c]["language"]
    f.customers[c]["language"] = lang_raise
    e = complaint(f, c, t, problem, "web", case)
    add(
        f,
        c,
        t + timedelta(minutes=f.rng.randint(10, 40)),
        "email",
        "message",
        W.CASE_OPENED[lang_raise].format(first=first_name(f, c), case=case),
        out=True,
        subject=W.SUBJECT_RE[lang_raise].format(case=case),
    )
    t2 = out_of_night(t + timedelta(hours=f.rng.uniform(3, 20)))
    add(
        f,
        c,
        t2,
        "email",
        "message",
        W.GOOD_NEWS[lang_raise].format(case=case),
        out=True,
        subject=W.SUBJECT_RE[lang_raise].format(case=case),
    )
    t3 = out_of_night(t2 + timedelta(hours=f.rng.uniform(8, 30)))
    ch = f.rng.choice(["email", "chat"])
    k = add(
        f,
        c,
        t3,
        ch,
        "message" if ch == "email" else "chat",
        pick(f, W.CONFIRM, lang_confirm).format(case=case),
        subject=W.SUBJECT_RE[lang_confirm].format(case=case) if ch == "email" else None,
    )
    f.customers[c]["language"] = saved
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(t2),
        "confirmed_at": iso(t3),
        "problem_event_ids": [e],
        "confirm_event_id": k,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        "repeat contacts and look-alikes",
    )
    for i in range(12):
        c = person(f, "repeat_contact", "repeats", lang_of(f), ("repeat_contact",), REPEAT_TOL)
        for t in daytime(f, [0] * f.rng.randint(1, 3), 7, 12):
            happy_act(f, c, t)
        repeat_run(f, c, f.rng.randint(1, 4), [2, 3, 4][i % 3], quality=i % 2 == 0)
    for _ in range(5):
        c = person(f, "resolved_between_contacts", "fixed", lang_of(f), (), ("silence",))
        lg = f.customers[c]["language"]
        f.customers[c]["problems"] = [fixed_case(f, c, f.rng.randint(1, 4), lg, lg)]
    for _ in range(3):
        c = person(f, "different_problems", "two problems", lang_of(f), (), ("silence",))
        lg = f.customers[c]["language"]
        d = f.rng.randint(0, 2)
        f.customers[c]["problems"] = [
            fixed_case(f, c, d, lg, lg),
            fixed_case(f, c, d + f.rng.randint(4, 5), lg, lg),
        ]
    for _ in range(7):
        c = person(f, "happy", "frequent writer", lang_of(f))
        for t in daytime(f, f.rng.sample(range(10), f.rng.randint(5, 8))):
            happy_act(f, c, t)
    f.planned = {"repeat_contact": 12}
    return f


def slide(
    f: Fam, c: str, d0: int, span: int, langs: list[str] | None = None, nps: bool = False
) -> None:
    lang = f.customers[c]["language"]
    comp = f.rng.choice(COMPS)
    t = f.day(d0, f.rng.uniform(9, 18))
    step = span / 5
    ids: list[str] = []
    for i, rating in enumerate([3, 3, 2, 2, 1, 1]):
        lg = langs[i % len(langs)] if langs else lang
        tt = out_of_night(t + timedelta(days=step * i, hours=f.rng.uniform(0, 3)))
        if ids and tt <= f.rows[-1]["t"]:
            tt = f.rows[-1]["t"] + timedelta(hours=1)
        text = W.SLIDE[lg][i].format(comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                add(
                    f,
                    c,
                    tt,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str(rating), "page": "/avaliacoes"},
                )
            )
        else:
            ids.append(add(f, c, tt, ch, "post" if ch == "community" else "mention", text))
        if i == 3 and nps:
            s = add(
                f,
                c,
                out_of_night(tt + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            f.customers[c].update(survey_event_id=s, nps_given=True)
    f.customers[c].update(slide_event_ids=ids, slide_days=span, competitor=comp)
    f.customers[c]["trouble_starts_at"] = next(iso(r["t"]) for r in f.rows if r["eid"] == ids[0])


SLIDE_TOL = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        "sliders, leavers and look-alikes",
    )
    for i in range(10):
        nps = i < 5
        exp = ("sentiment_drop", "detractor") if nps else ("sentiment_drop",)
        c = person(f, "slow_churner", "slides", lang_of(f), exp, SLIDE_TOL)
        days = f.rng.sample(range(11), f.rng.randint(6, 9))
        for j, t in enumerate(daytime(f, days, 8, 19)):
            if j < 5:
                lang = f.customers[c]["language"]
                add(f, c, t, f.rng.choice(["community", "social"]), "post", pick(f, W.PRAISE, lang))
            else:
                happy_act(f, c, t)
        slide(f, c, f.rng.randint(12, 16), [3, 5, 5, 9, 9][i % 5], nps=nps)
    for _ in range(5):
        c = person(
            f,
            "slow_churner",
            "asks to cancel",
            lang_of(f),
            ("churn_intent",),
            ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        lang = f.customers[c]["language"]
        for t in daytime(f, f.rng.sample(range(15), f.rng.randint(4, 6))):
            happy_act(f, c, t)
        t = f.day(f.rng.randint(17, 23), f.rng.uniform(8, 18))
        e = add(f, c, t, "email", "message", W.LEAVE[lang], subject="Tintora Mais")
        add(
            f,
            c,
            out_of_night(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            W.SORRY_GO[lang].format(first=first_name(f, c)),
            out=True,
            subject="RE: Tintora Mais",
        )
        tc = out_of_night(t + timedelta(hours=f.rng.uniform(20, 30)))
        k = add(
            f,
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/conta/tintora-mais", "product": "Tintora Mais"},
        )
        f.customers[c].update(
            churn_intent_event_id=e,
            cancellation_event_id=k,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = person(f, "happy", "steady", lang_of(f))
        for t in daytime(f, f.rng.sample(range(32), f.rng.randint(6, 10))):
            happy_act(f, c, t)
    for _ in range(5):
        c = person(f, "steadily_grumpy", "grumbles", lang_of(f), (), ("repeat_contact", "silence"))
        lang = f.customers[c]["language"]
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            t = f.day(d, f.rng.uniform(8, 20))
            ch = f.rng.choice(["social", "community", "web"])
            ids.append(
                add(
                    f,
                    c,
                    t,
                    ch,
                    {"social": "mention", "community": "post", "web": "ticket"}[ch],
                    pick(f, W.GRUMBLE, lang),
                    attrs={"page": "/ajuda/contacto"} if ch == "web" else None,
                )
            )
            d += f.rng.randint(1, 3)
        f.customers[c].update(grumble_event_ids=ids)
        f.customers[c]["trouble_starts_at"] = next(
            iso(r["t"]) for r in f.rows if r["eid"] == ids[0]
        )
    for _ in range(5):
        c = person(f, "happy_one_sarcastic_remark", "happy", lang_of(f), (), ("silence",))
        lang = f.customers[c]["language"]
        for t in daytime(f, f.rng.sample(range(16), f.rng.randint(4, 6))):
            happy_act(f, c, t)
        t = f.day(f.rng.randint(17, 28), f.rng.uniform(9, 20))
        s = add(f, c, t, "social", "mention", W.SARCASM[lang])
        f.customers[c].update(sarcasm_event_id=s, trouble_starts_at=iso(t))
    f.planned = {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours", "QH", 5, datetime(2026, 8, 14, tzinfo=UTC), 3, "calm weekend with night owls"
    )
    for _ in range(16):
        c = person(f, "happy", "day writer", lang_of(f))
        for t in daytime(f, f.rng.sample(range(3), f.rng.randint(1, 3)), 7, 17.5):
            happy_act(f, c, t)
    for _ in range(4):
        c = person(f, "grumbles_once", "grumbles once", lang_of(f), (), ("silence",))
        lang = f.customers[c]["language"]
        t = f.day(f.rng.randint(0, 2), f.rng.uniform(9, 17))
        purchase(f, c, t)
        tg = t + timedelta(minutes=f.rng.randint(20, 30))
        if f.rng.random() < 0.5:
            g = add(f, c, tg, "chat", "chat", W.MILD[lang])
            add(f, c, tg + timedelta(minutes=3), "chat", "chat", W.ANSWER[lang], out=True)
        else:
            g = add(f, c, tg, "web", "ticket", W.MILD[lang], attrs={"page": "/ajuda/contacto"})
            add(
                f,
                c,
                tg + timedelta(minutes=25),
                "email",
                "message",
                W.ANSWER[lang],
                out=True,
                subject="Tintora",
            )
        f.customers[c].update(grumble_event_id=g, trouble_starts_at=iso(tg))
    n = 0
    for night in range(3):
        s0 = f.day(night + 1, f.rng.uniform(0.67, 1.08))
        for b, off in enumerate([0, f.rng.uniform(28, 33), f.rng.uniform(55, 65)]):
            bs = s0 + timedelta(minutes=off)
            for _ in range(4):
                n += 1
                c = person(f, "night_owl", f"night {night}, burst {b}", lang_of(f))
                happy_act(f, c, bs + timedelta(minutes=f.rng.uniform(0, 10)), night=True)
                f.customers[c].update(burst_at=iso(bs))
                if n % 2 == 0:
                    happy_act(f, c, f.day(night, f.rng.uniform(9, 17.5)))
    return f


PAIRS = [
    ("es", "pt"),
    ("pt", "es"),
    ("es", "pt"),
    ("pt", "es"),
    ("es", "en"),
    ("pt", "en"),
    ("en", "es"),
    ("pt", "fr"),
    ("fr", "pt"),
    ("es", "it"),
    ("it", "es"),
    ("de", "pt"),
    ("es", "fr"),
    ("pt", "de"),
    ("es", "de"),
    ("en", "pt"),
    ("pt", "it"),
    ("fr", "es"),
    ("es", "pt"),
    ("pt", "es"),
    ("it", "pt"),
    ("es", "en"),
    ("de", "es"),
    ("pt", "en"),
    ("es", "pt"),
    ("pt", "es"),
    ("en", "fr"),
]
WHY = [
    "works in a bilingual office",
    "partner's family language",
    "moved abroad for work",
    "studied there",
    "grew up on the border",
]


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    for i, (a, b) in enumerate(PAIRS):
        mk = f.rng.choice(MARKETS[a] + MARKETS[b])
        extra: dict[str, Any] = {"languages": [a, b], "job_second_language": f.rng.choice(WHY)}
        if i < 12:
            c = person(f, "happy", "alternates languages", a, market=mk, **extra)
            for j, t in enumerate(daytime(f, f.rng.sample(range(14), f.rng.randint(5, 8)))):
                f.customers[c]["language"] = [a, b][j % 2]
                happy_act(f, c, t)
        elif i < 17:
            c = person(
                f,
                "repeat_contact",
                "repeats",
                a,
                ("repeat_contact",),
                REPEAT_TOL,
                market=mk,
                **extra,
            )
            for t in daytime(f, [f.rng.randint(0, 1) for _ in range(f.rng.randint(1, 3))], 8, 12):
                happy_act(f, c, t)
            n = [2, 2, 3, 3, 4][i - 12]
            repeat_run(f, c, f.rng.randint(2, 5), n, langs=[a, b], quality=n > 2)
        elif i < 22:
            c = person(
                f, "slow_churner", "slides", a, ("sentiment_drop",), SLIDE_TOL, market=mk, **extra
            )
            for j, t in enumerate(daytime(f, f.rng.sample(range(6), 5), 8, 19)):
                lg = [a, b][j % 2]
                add(f, c, t, f.rng.choice(["community", "social"]), "post", pick(f, W.PRAISE, lg))
            for t in daytime(f, [f.rng.randint(0, 6) for _ in range(f.rng.randint(1, 3))], 8, 19):
                happy_act(f, c, t)
            slide(f, c, f.rng.randint(7, 8), f.rng.choice([3, 4, 5]), langs=[a, b])
        elif i < 25:
            c = person(
                f, "happy_one_bad_day", "one bad day", a, (), ("silence",), market=mk, **extra
            )
            f.customers[c]["language"] = b
            long_mail = i == 22 and b in W.LONG_EMAIL
            bad_day(
                f,
                c,
                f.rng.randint(5, 9),
                f.rng.choice(CONSUMER_PROBLEMS),
                ["email", "email", "chat"][i - 22],
                long_mail,
                False,
                False,
                i < 24,
                i == 23,
            )
            f.customers[c].update(bad_day_language=b)
            f.customers[c]["language"] = a
            for t in daytime(f, f.rng.sample([0, 1, 2, 12, 13], 3)):
                happy_act(f, c, t)
        else:
            c = person(
                f, "resolved_between_contacts", "fixed", a, (), ("silence",), market=mk, **extra
            )
            f.customers[c]["problems"] = [fixed_case(f, c, f.rng.randint(2, 8), a, b)]
            f.customers[c]["confirm_language"] = b
    f.planned = {"repeat_contact": 5, "sentiment_drop": 5}
    return f


SITES = [
    "painting",
    "facilities",
    "hotel",
    "school",
    "shopfitting",
    "municipality",
    "property",
    "hospital",
    "restoration",
    "cleaning",
    "university",
    "retail",
    "construction",
    "housing",
    "theatre",
]
B2B_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
)


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, datetime(2026, 10, 5, tzinfo=UTC), 14, "Tintora Obra accounts")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    acc_langs = [
        "pt",
        "es",
        "pt",
        "es",
        "fr",
        "es",
        "pt",
        "de",
        "it",
        "pt",
        "es",
        "en",
        "es",
        "pt",
        "de",
    ]
    unhappy_n = [3, 3, 3, 4, 4]
    for i, kind in enumerate(kinds):
        lang = acc_langs[i]
        mk = MARKETS[lang][0]
        acc = fresh(f"TOB-{mk}-{f.rng.randint(1000, 9999)}")
        company = f"{['Pinturas', 'Obras', 'Serviços', 'Grupo', 'Reformas'][i % 5]} {LAST[lang][i % len(LAST[lang])]} {i + 1}"
        domain = f"{strip_accents(company).lower().replace(' ', '')}.example"
        n_contacts = f.rng.randint(4, 6) if kind == "at_risk" else f.rng.randint(3, 4)
        problem = B.PROBLEMS[i % 4] if kind in ("at_risk", "one_unhappy") else None
        keys: list[str] = []
        n_unh = unhappy_n[i] if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        n_mild = 2 if kind == "mild" else 0
        for j in range(n_contacts):
            if j < n_unh and kind == "at_risk":
                last = j == n_unh - 1
                exp = ("repeat_contact",) if last else ("detractor",)
                c = person(
                    f,
                    "b2b_unhappy",
                    "complainer",
                    lang,
                    exp,
                    B2B_TOL,
                    market=mk,
                    account=acc,
                    domain=domain,
                    role="complainer",
                    company=company,
                )
            elif j < n_unh:
                c = person(
                    f,
                    "b2b_one_unhappy",
                    "complainer",
                    lang,
                    ("detractor",),
                    ("sentiment_drop", "high_value_at_risk", "silence"),
                    market=mk,
                    account=acc,
                    domain=domain,
                    role="complainer",
                    company=company,
                )
            elif j < n_mild:
                c = person(
                    f,
                    "b2b_mild",
                    "suggests",
                    lang,
                    (),
                    ("silence",),
                    market=mk,
                    account=acc,
                    domain=domain,
                    role="suggests",
                    company=company,
                )
            else:
                c = person(
                    f,
                    "b2b_happy",
                    "contact",
                    lang,
                    market=mk,
                    account=acc,
                    domain=domain,
                    role="contact",
                    company=company,
                )
            keys.append(c)
        unh = keys[:n_unh]
        for c in keys:
            if c in unh or f.customers[c]["persona"] == "b2b_mild":
                for _k in range(f.rng.randint(0, 2)):
                    t = f.day(f.rng.randint(0, 1), f.rng.uniform(8, 16.5))
                    add(f, c, t, "web", "page_view", attrs={"page": "/obra/portal"})
            else:
                for d in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4)):
                    t = f.day(d, f.rng.uniform(8, 16.5))
                    r = f.rng.random()
                    if r < 0.35:
                        add(f, c, t, "chat", "chat", B.ROUTINE_Q[lang])
                        add(
                            f,
                            c,
                            t + timedelta(minutes=f.rng.randint(1, 6)),
                            "chat",
                            "chat",
                            W.ANSWER[lang],
                            out=True,
                        )
                    elif r < 0.6:
                        purchase(f, c, t)
                    elif r < 0.8:
                        add(f, c, t, "community", "post", B.PRAISE[lang])
                    else:
                        happy_survey(f, c, t)
        account_trouble = None
        if kind == "at_risk":
            case = case_ref(f)
            t = f.day(2, f.rng.uniform(8.5, 10))
            first = first_name(f, unh[0])
            for j, c in enumerate(unh):
                if j == 0:
                    text = B.COMPLAINT[str(problem)][lang]
                else:
                    when = B.WHEN[lang] if t.date() == f.day(2, 0).date() else B.WHEN_DAY[lang]
                    text = (
                        B.LATER[lang].format(first=first, when=when, case=case)
                        + B.COMPLAINT[str(problem)][lang]
                    )
                e = add(
                    f,
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=W.SUBJECT_COMPLAINT[lang] + str(problem),
                )
                if j == 0:
                    account_trouble = iso(t)
                    add(
                        f,
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 50)),
                        "email",
                        "message",
                        W.CASE_OPENED[lang].format(first=first, case=case),
                        out=True,
                        subject=W.SUBJECT_RE[lang].format(case=case),
                    )
                ids = [e]
                if j < len(unh) - 1:
                    s = add(
                        f,
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    f.customers[c].update(survey_event_id=s, nps_given=True)
                else:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                        t2 = (
                            (t2 + timedelta(days=1)).replace(hour=9)
                            if t2.hour >= 17 or t2.weekday() >= 5
                            else t2.replace(hour=9)
                        )
                    if i == 0:
                        comp = COMPS[i % 2]
                        ids.append(
                            add(
                                f,
                                c,
                                t2,
                                "email",
                                "message",
                                B.FINAL_MAIL[lang].format(case=case, comp=comp),
                                subject=W.SUBJECT_RE[lang].format(case=case),
                            )
                        )
                        f.customers[c]["competitor"] = comp
                    else:
                        ids.append(
                            add(f, c, t2, "phone", "call", B.FINAL_CALL[lang].format(case=case))
                        )
                f.customers[c].update(
                    complaint_event_ids=ids, booking=case, problem=problem, trouble_starts_at=iso(t)
                )
                t = t + timedelta(hours=f.rng.uniform(8, 28))
                while t.weekday() >= 5 or not 8 <= t.hour < 17:
                    t = (
                        (t + timedelta(days=1)).replace(hour=8, minute=30)
                        if t.hour >= 17 or t.weekday() >= 5
                        else t.replace(hour=8, minute=30)
                    )
        elif kind == "one_unhappy":
            c = unh[0]
            case = case_ref(f)
            t = f.day(f.rng.randint(3, 7), f.rng.uniform(8.5, 16))
            while t.weekday() >= 5:
                t += timedelta(days=1)
            e = add(
                f,
                c,
                t,
                "email",
                "message",
                B.COMPLAINT[str(problem)][lang],
                subject=W.SUBJECT_COMPLAINT[lang] + str(problem),
            )
            add(
                f,
                c,
                t + timedelta(minutes=30),
                "email",
                "message",
                W.CASE_OPENED[lang].format(first=first_name(f, c), case=case),
                out=True,
                subject=W.SUBJECT_RE[lang].format(case=case),
            )
            s = add(
                f,
                c,
                t + timedelta(hours=2),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            f.customers[c].update(
                complaint_event_ids=[e],
                booking=case,
                problem=problem,
                survey_event_id=s,
                nps_given=True,
                trouble_starts_at=iso(t),
            )
        elif kind == "mild":
            for j, c in enumerate(keys[:2]):
                t = f.day(f.rng.choice([2, 3, 4, 7, 8]), f.rng.uniform(8, 16))
                m = add(
                    f, c, t, "web", "ticket", B.MILD[lang][j], attrs={"page": "/obra/sugestoes"}
                )
                add(
                    f,
                    c,
                    t + timedelta(hours=1),
                    "email",
                    "message",
                    B.ACK[lang],
                    out=True,
                    subject="Tintora Obra",
                )
                f.customers[c].update(mild_event_id=m, trouble_starts_at=iso(t))
        f.accounts[acc] = {
            "company": company,
            "site": SITES[i],
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": n_unh,
            "unhappy_contact_keys": unh,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": account_trouble,
            "language": lang,
            "country": mk,
        }
    f.planned = {"account_risk": 5, "detractor": 16, "repeat_contact": 5}
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and one planted spike",
    )
    for _ in range(40):
        c = person(f, "happy", "day writer", lang_of(f))
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            happy_act(f, c, f.day(d, f.rng.uniform(12, 19) if d == 5 else f.rng.uniform(7, 19)))
    for _ in range(2):
        c = person(f, "grumbles_once", "grumbles once", lang_of(f), (), ("silence",))
        lang = f.customers[c]["language"]
        t = f.day(0, f.rng.uniform(9, 17))
        g = add(f, c, t, "chat", "chat", W.MILD[lang])
        add(f, c, t + timedelta(minutes=3), "chat", "chat", W.ANSWER[lang], out=True)
        f.customers[c].update(grumble_event_id=g, trouble_starts_at=iso(t))
    for lang, h in (("pt", 9.6), ("es", 16.1)):
        c = person(f, "grumbles_once", "lone question", lang, (), ("silence",))
        t = f.day(4, h)
        g = add(f, c, t, "chat", "chat", W.LONE_Q[lang])
        add(f, c, t + timedelta(minutes=4), "chat", "chat", W.LONE_A[lang], out=True)
        f.customers[c].update(lone_report_event_id=g, trouble_starts_at=iso(t))
    start = f.day(5, 8 + 25 / 60)
    langs = ["pt"] * 6 + ["es"] * 6 + ["en", "en", "fr", "fr", "de", "de", "it", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(1, 44) for _ in range(18)])
    keys: list[str] = []
    firsts: list[str] = []
    repeats: list[str] = []
    for i in range(20):
        lang = langs[i]
        regular = i % 5 < 3
        rep = i in (0, 2, 4, 6, 8, 10)
        persona = "spike_repeater" if rep else "spike_reporter"
        c = person(
            f,
            persona,
            "regular" if regular else "new",
            lang,
            ("repeat_contact",) if rep else (),
            ("silence", "sentiment_drop") if rep else ("silence",),
        )
        if regular:
            for _k in range(f.rng.randint(1, 2)):
                happy_act(f, c, f.day(2, f.rng.uniform(8, 17.5)))
        t = start + timedelta(minutes=offs[i])
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
            pick(f, W.SPIKE, lang),
            subject="RTB#5208" if ch == "email" else None,
            attrs={"page": "/ajuda/contacto"} if ch == "web" else None,
        )
        if ch == "chat":
            add(f, c, t + timedelta(minutes=2), "chat", "chat", W.SPIKE_ANSWER[lang], out=True)
        info: dict[str, Any] = {
            "in_spike": True,
            "regular": regular,
            "spike_event_id": e,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
        }
        if rep:
            ch2 = f.rng.choice([x for x in ["email", "chat", "community"] if x != ch])
            r = add(
                f,
                c,
                t + timedelta(minutes=f.rng.uniform(15, 30)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                W.SPIKE_AGAIN[lang],
                subject="RE: RTB#5208" if ch2 == "email" else None,
            )
            repeats.append(r)
            info["repeat_event_id"] = r
        elif len(keys) - len(repeats) < 12 and i % 3 == 1:
            add(
                f,
                c,
                f.day(5, 11 + f.rng.uniform(0.1, 0.3)),
                "email",
                "message",
                W.SPIKE_FIXED[lang],
                out=True,
                subject="Tintora",
            )
            info["agent_fixed"] = True
        f.customers[c].update(info)
        keys.append(c)
        firsts.append(e)
    f.spike = {
        "topic": "paint shop app: every saved colour formula refused as a retired tint base, no reorder or in-shop mix possible, error RTB#5208",
        "about": "saved formulas refused at reorder and at shop counters",
        "channel": None,
        "start": iso(start),
        "end": iso(start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": firsts,
        "repeat_event_ids": repeats,
    }
    f.planned = {"topic_spike": 1, "repeat_contact": 6}
    return f


# ---------------------------------------------------------------- output


def counted(f: Fam) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in f.customers.values():
        for rule in c["expected_rules"]:
            out[rule] = out.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            out[rule] = out.get(rule, 0) + 1
    if f.spike:
        out["topic_spike"] = 1
    return out


def write(f: Fam) -> None:
    got = counted(f)
    if got != f.planned:
        raise SystemExit(f"{f.name}: expected {f.planned}, planted {got}")
    rows = sorted(f.rows, key=lambda r: (r["t"], r["eid"]))
    first_in: set[str] = set()
    lines = []
    for r in rows:
        full = r["direction"] == "outbound" or r["cid"] not in first_in
        if r["direction"] == "inbound":
            first_in.add(r["cid"])
        sc = {"nps": None, "csat": None, "ces": None} | r["scores"]
        tp = {
            "event_id": r["eid"],
            "occurred_at": iso(r["t"]),
            "channel": r["channel"],
            "kind": r["kind"],
            "direction": r["direction"],
            "customer": ref(f, r, full),
            "text": r["text"],
            "subject": r["subject"],
            "scores": sc,
            "source": SOURCE[r["channel"]],
            "attributes": r["attributes"],
        }
        lines.append(json.dumps(tp, ensure_ascii=False))
    missing = set(f.customers) - first_in
    if missing:
        raise SystemExit(f"{f.name}: customers without an inbound touchpoint: {sorted(missing)}")
    end = max(f.start + timedelta(days=f.days), rows[-1]["t"] + timedelta(hours=1))
    if end >= LIMIT:
        raise SystemExit(f"{f.name}: end out of window")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Tintora (paint mixed to order; Tintora Obra for firms)",
            "days": f.days,
            "seed": SEED,
            "written": "2026-12-05",
            "expected": dict(sorted(got.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": f.customers,
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
    )


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
        write(build())


if __name__ == "__main__":
    main()
