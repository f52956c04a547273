# ruff: noqa: E501
"""Write heldout85: hand-written alert scenarios for Orlavio (report only, blind).

Standard library only; deterministic. Run: python make_heldout85.py
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

import wording85 as W  # noqa: E402
import wording85_b2b as B  # noqa: E402

SEED = 20261114
BRAND = "Orlavio"
COMPETITORS = ("Cucitta", "Nadelwerk")
LANG_W = {"es": 30, "de": 30, "en": 10, "fr": 10, "it": 10, "pt": 10}
MARKETS = {
    "es": ["ES"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "FR", "BE", "CH"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
}
PHONE = {
    "ES": ("+34", "6", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "7", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
FIRST = {
    "es": [
        "Lucía",
        "Javier",
        "Carmen",
        "Sergio",
        "Marta",
        "Álvaro",
        "Nuria",
        "Pablo",
        "Elena",
        "Íñigo",
        "Rocío",
        "Diego",
        "Ainhoa",
        "Raúl",
    ],
    "de": [
        "Anja",
        "Tobias",
        "Jana",
        "Matthias",
        "Sabine",
        "Jörg",
        "Lea",
        "Florian",
        "Katrin",
        "Uwe",
        "Miriam",
        "Dominik",
        "Birgit",
        "Jonas",
    ],
    "en": ["Sarah", "Liam", "Chloe", "Owen", "Niamh", "Tom"],
    "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Inès", "Hugo"],
    "it": ["Giulia", "Marco", "Chiara", "Davide", "Silvia", "Luca"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Joana", "Nuno"],
}
LAST = {
    "es": [
        "Navarro",
        "Gil",
        "Serrano",
        "Molina",
        "Ortega",
        "Castro",
        "Rubio",
        "Iglesias",
        "Vidal",
        "Prieto",
        "Peña",
        "Cano",
    ],
    "de": [
        "Krüger",
        "Hahn",
        "Vogel",
        "Lorenz",
        "Brandt",
        "Kühn",
        "Busch",
        "Berger",
        "Roth",
        "Seidel",
        "Franke",
        "Graf",
    ],
    "en": ["Walsh", "Hughes", "Byrne", "Clarke", "Doyle", "Patel"],
    "fr": ["Lemoine", "Girard", "Faure", "Roux", "Bonnet", "Mercier"],
    "it": ["Greco", "Conti", "Marino", "Gallo", "Rinaldi", "Fontana"],
    "pt": ["Pinto", "Lopes", "Teixeira", "Moreira", "Correia", "Freitas"],
}
TOWNS = {
    "ES": ["Valencia", "Zaragoza", "Murcia", "Bilbao"],
    "DE": ["Leipzig", "Kassel", "Bremen", "Mainz"],
    "AT": ["Graz", "Linz"],
    "CH": ["Basel", "Luzern", "Lugano"],
    "UK": ["Leeds", "Bristol"],
    "IE": ["Cork", "Galway"],
    "FR": ["Nantes", "Lille"],
    "BE": ["Liège", "Namur"],
    "IT": ["Bologna", "Torino"],
    "PT": ["Braga", "Coimbra"],
}
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "accountant",
    "student",
    "shop owner",
    "bus driver",
    "pharmacist",
    "architect",
    "retired",
    "chef",
    "lawyer",
]
SOURCES = {
    "email": "orlavio-mail",
    "phone": "orlavio-voice",
    "social": "orlavio-social",
    "community": "orlavio-forum",
    "chat": "orlavio-chat",
    "web": "orlavio-web",
    "survey": "orlavio-survey",
}
AGENTS = ["Marisa", "Kai", "Noelia", "Fynn", "Rosa", "Lukas"]

T_REPEAT = ["churn_intent", "competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
T_SLIDE = ["churn_intent", "competitor_mention", "high_value_at_risk", "repeat_contact", "silence"]
T_LEAVE = ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
T_GRUMPY = ["repeat_contact", "silence"]
T_B2B_RISK = [
    "account_risk",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
T_B2B_ONE = ["high_value_at_risk", "sentiment_drop", "silence"]

USED: dict[str, set[str]] = {
    "id": set(),
    "email": set(),
    "phone": set(),
    "handle": set(),
    "ref": set(),
    "acc": set(),
}


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        s = s.replace(a, b)
    out = []
    for ch in s:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append("".join(x for x in d if unicodedata.category(x) != "Mn"))
    return "".join(out)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    b2b: bool = False


@dataclass
class Row:
    when: datetime
    seq: int
    tp: dict[str, Any]
    cust: Cust
    out: bool


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
    custs: list[Cust] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    count: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, h0: float, h1: float) -> datetime:
        mins = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=int(day), minutes=mins)

    def lang(self) -> str:
        return self.rng.choices(list(LANG_W), weights=list(LANG_W.values()))[0]

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])


def money(market: str, eur: int) -> str:
    if market == "UK":
        return f"£{round(eur * 0.86)}"
    if market == "CH":
        return f"CHF {round(eur * 0.94)}"
    return f"{eur} €"


def currency(market: str, eur: float) -> tuple[str, str]:
    if market == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if market == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


def new_ref(f: Fam) -> str:
    while True:
        r = f"OV-{f.rng.randint(100, 999)}-{f.rng.choice('KMPRTX')}{f.rng.randint(10, 99)}"
        if r not in USED["ref"]:
            USED["ref"].add(r)
            return r


def person(
    f: Fam,
    persona: str,
    habit: str,
    lang: str | None = None,
    market: str | None = None,
    expected: list[str] | None = None,
    tolerated: list[str] | None = None,
    account: str | None = None,
    domain: str | None = None,
    **extra: Any,
) -> Cust:
    lg = lang or f.lang()
    mk = market or f.rng.choice(MARKETS[lg])
    while True:
        cid = f"OR{f.code}{f.rng.randint(1000, 9999)}"
        if cid not in USED["id"]:
            USED["id"].add(cid)
            break
    while True:
        first = f.rng.choice(FIRST[lg])
        last = f.rng.choice(LAST[lg])
        base = strip_accents(f"{first}.{last}").lower().replace("ß", "ss").replace("ñ", "n")
        email = (
            f"{base}@{domain}"
            if domain
            else f"{base}{f.rng.randint(1, 99)}@{f.rng.choice(['mail', 'correo', 'post', 'inbox'])}.example"
        )
        if email not in USED["email"]:
            USED["email"].add(email)
            break
    cc, pre, ln = PHONE[mk]
    while True:
        phone = cc + pre + "".join(str(f.rng.randint(0, 9)) for _ in range(ln - len(pre)))
        if phone not in USED["phone"]:
            USED["phone"].add(phone)
            break
    handle: str | None = None
    if account is None:
        while True:
            lf = strip_accents(last).lower()
            ff = strip_accents(first).lower()
            handle = f.rng.choice(
                [
                    f"@{lf}_{ff}{f.rng.randint(1, 9)}",
                    f"@{ff}{lf}{f.rng.randint(10, 99)}",
                    f"@{ff}_{lf[:4]}",
                ]
            )
            if handle not in USED["handle"]:
                USED["handle"].add(handle)
                break
    ids: dict[str, str | None] = {
        "customer_id": cid,
        "email": email,
        "phone": phone,
        "handle": handle,
        "account_id": account,
    }
    exp = sorted(expected or [])
    tol = sorted(tolerated or [])
    truth: dict[str, Any] = {
        "identifiers": dict(ids),
        "expected_rules": exp,
        "tolerated_rules": tol,
        "persona": persona,
        "habit": habit,
        "language": lg,
        "country": mk,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
        "job": extra.pop("job", f.rng.choice(JOBS)),
        "town": f.rng.choice(TOWNS[mk]),
    }
    truth.update(extra)
    c = Cust(cid, lg, mk, ids, truth, b2b=account is not None)
    f.custs.append(c)
    return c


def roughen(f: Fam, text: str) -> str:
    r = f.rough
    if r.random() < 0.1:
        text = strip_accents(text)
    if r.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) >= 5]
        if idx:
            i = r.choice(idx)
            w = words[i]
            j = r.randint(1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def add(
    f: Fam,
    c: Cust,
    when: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    subject: str | None = None,
    out: bool = False,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
    rough: bool = True,
) -> str:
    f.count += 1
    eid = f"or85-{f.code.lower()}-{f.count:05d}"
    if text is not None and not out and rough and channel not in ("phone", "survey"):
        text = roughen(f, text)
    if text is not None and channel == "social" and not out:
        if BRAND in text:
            i = text.rfind(BRAND)
            text = text[:i] + "@" + text[i:]
        else:
            text = f"@{BRAND} {text}"
    a = {"market": c.market}
    if c.b2b:
        a["segment"] = "b2b"
    if out:
        a["agent"] = f.rng.choice(AGENTS)
    a.update(attrs or {})
    tp: dict[str, Any] = {
        "event_id": eid,
        "occurred_at": iso(when),
        "channel": channel,
        "kind": kind,
        "direction": "outbound" if out else "inbound",
        "customer": {},
        "text": text,
        "subject": subject,
        "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
        "source": SOURCES[channel],
        "attributes": a,
    }
    f.rows.append(Row(when, f.count, tp, c, out))
    return eid


def no_night(t: datetime, h0: int = 8) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=h0, minute=t.minute % 50)
    if t.hour < 7:
        return t.replace(hour=h0, minute=t.minute % 50)
    return t


# ---- happy acts ------------------------------------------------------------


def happy(
    f: Fam,
    c: Cust,
    t: datetime,
    kind: str | None = None,
    lang: str | None = None,
    surveys: bool = True,
) -> list[str]:
    lg = lang or c.lang
    kinds = ["praise", "praise", "chat", "call", "buy", "buy", "view", "review"] + (
        ["survey"] if surveys else []
    )
    k = kind or f.rng.choice(kinds)
    ids: list[str] = []
    m = timedelta(minutes=1)
    if k == "praise":
        ch = f.rng.choice(["community", "social"])
        ids.append(
            add(f, c, t, ch, "post" if ch == "community" else "mention", f.pick(W.PRAISE, lg))
        )
    elif k == "chat":
        ids.append(add(f, c, t, "chat", "chat", f.pick(W.QUESTION, lg)))
        add(f, c, t + m * f.rng.randint(1, 6), "chat", "chat", W.ANSWER[lg][0], out=True)
        if f.rng.random() < 0.7:
            ids.append(
                add(f, c, t + m * f.rng.randint(8, 12), "chat", "chat", f.pick(W.THANKS, lg))
            )
    elif k == "call":
        ids.append(add(f, c, t, "phone", "call", f.pick(W.CALL_Q, lg)))
        add(
            f,
            c,
            t + m * f.rng.randint(15, 40),
            "email",
            "message",
            W.CALL_FOLLOW[lg],
            subject="Orlavio",
            out=True,
        )
    elif k == "buy":
        page = f.rng.choice(W.PAGES)
        ids.append(add(f, c, t, "web", "page_view", attrs={"page": page}))
        val, cur = currency(c.market, f.rng.choice([14.9, 19.9, 24.5, 39.0, 59.0, 89.0, 149.0]))
        ids.append(
            add(
                f,
                c,
                t + m * f.rng.randint(3, 15),
                "web",
                "purchase",
                attrs={
                    "order_value": val,
                    "currency": cur,
                    "product": f.rng.choice(W.PRODUCTS),
                    "page": "/app/checkout",
                },
            )
        )
    elif k == "view":
        ids.append(add(f, c, t, "web", "page_view", attrs={"page": f.rng.choice(W.PAGES)}))
    elif k == "review":
        ids.append(
            add(
                f,
                c,
                t,
                "web",
                "review",
                f.pick(W.REVIEW, lg),
                attrs={"rating": f.rng.choice(["4", "5", "5"]), "page": "/reviews"},
            )
        )
    else:
        ids.append(happy_survey(f, c, t, lg))
    return ids


def happy_survey(f: Fam, c: Cust, t: datetime, lg: str) -> str:
    s = f.rng.choice(["nps", "csat", "ces"])
    val = {"nps": f.rng.randint(9, 10), "csat": f.rng.randint(4, 5), "ces": f.rng.randint(6, 7)}[s]
    words = f.pick(W.SURVEY_WORDS, lg) or None
    return add(f, c, t, "survey", "survey_response", words, scores={s: val}, attrs={"survey": s})


def happy_days(
    f: Fam, c: Cust, days: list[int], h0: float = 7, h1: float = 19, surveys: bool = True
) -> None:
    for d in days:
        happy(f, c, f.at(d, h0, h1), surveys=surveys)


# ---- trouble ----------------------------------------------------------------


def problem_text(f: Fam, c: Cust, prob: str, lang: str) -> str:
    amt = money(c.market, f.rng.choice([24, 39, 45, 59, 89, 129]))
    return f.pick(W.PROBLEM[prob], lang).replace("{amt}", amt)


def complaint(f: Fam, c: Cust, t: datetime, prob: str, how: str, lang: str, ref: str | None) -> str:
    p = problem_text(f, c, prob, lang)
    subj = W.SUBJECT_COMPLAINT[lang].replace("{topic}", W.TOPIC[prob][lang])
    if how == "long":
        return add(
            f, c, t, "email", "message", f.pick(W.LONG_MAIL, lang).replace("{p}", p), subject=subj
        )
    if how == "email":
        return add(
            f, c, t, "email", "message", f.pick(W.SHORT_MAIL, lang).replace("{p}", p), subject=subj
        )
    if how == "chat":
        return add(f, c, t, "chat", "chat", f.pick(W.CHAT_COMPLAINT, lang).replace("{p}", p))
    if how == "social":
        return add(f, c, t, "social", "mention", f.pick(W.SOCIAL_COMPLAINT, lang).replace("{p}", p))
    if how == "form":
        return add(
            f,
            c,
            t,
            "web",
            "ticket",
            f.pick(W.FORM_COMPLAINT, lang).replace("{p}", p),
            subject=subj,
            attrs={"page": "/help/contact"},
        )
    spoken = W.CALL_COMPLAINT[lang].replace("{p}", p)
    spoken = "".join(ch for ch in spoken if ch not in ",.!?¿¡:;'\"")
    if lang != "de":
        spoken = " ".join(
            w
            if any(x.isdigit() for x in w) or (w.isupper() and len(w) > 1 and w.startswith("OV"))
            else w.lower()
            for w in spoken.split()
        )
    return add(f, c, t, "phone", "call", spoken)


def case_reply(f: Fam, c: Cust, t: datetime, how: str, lang: str, ref: str) -> str:
    if how == "chat":
        return add(
            f,
            c,
            t + timedelta(minutes=f.rng.randint(1, 5)),
            "chat",
            "chat",
            W.CASE_OPENED[lang].replace("{ref}", ref),
            out=True,
        )
    when = t + timedelta(minutes=f.rng.randint(10, 40))
    return add(
        f,
        c,
        no_night(when),
        "email",
        "message",
        W.CASE_OPENED[lang].replace("{ref}", ref),
        subject=f"{W.CASE_WORD[lang]} {ref}",
        out=True,
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, prob: str, lang: str, confirm_lang: str, how: str
) -> dict[str, Any]:
    ref = new_ref(f)
    e1 = complaint(f, c, t, prob, how, lang, ref)
    case_reply(f, c, t, how, lang, ref)
    fixed = no_night(t + timedelta(hours=f.rng.uniform(3, 20)))
    add(
        f,
        c,
        fixed,
        "email",
        "message",
        W.GOOD_NEWS[confirm_lang].replace("{ref}", ref),
        subject=f"{W.CASE_WORD[confirm_lang]} {ref}",
        out=True,
    )
    conf = no_night(fixed + timedelta(hours=f.rng.uniform(8, 30)))
    ch = f.rng.choice(["email", "chat"])
    text = f.pick(W.CONFIRM, confirm_lang).replace("{ref}", ref)
    e2 = add(
        f,
        c,
        conf,
        ch,
        "message" if ch == "email" else "chat",
        text,
        subject=f"{W.RE[confirm_lang]} {W.CASE_WORD[confirm_lang]} {ref}"
        if ch == "email"
        else None,
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf),
        "problem_event_ids": [e1],
        "confirm_event_id": e2,
        "channel": {"form": "web", "long": "email"}.get(how, how),
        "confirm_channel": ch,
    }


def repeat_run(
    f: Fam,
    c: Cust,
    t0: datetime,
    prob: str,
    n: int,
    first_how: str,
    langs: list[str],
    quality: bool,
    comp: str | None,
) -> dict[str, Any]:
    ref = new_ref(f)
    ids = [complaint(f, c, t0, prob, first_how, langs[0], ref)]
    if first_how == "chat":
        case_reply(f, c, t0, "chat", langs[0], ref)
    if quality:
        add(
            f,
            c,
            no_night(t0 + timedelta(hours=f.rng.uniform(1.5, 2.5))),
            "email",
            "message",
            W.QUALITY_LEAD[langs[0]].replace("{ref}", ref),
            subject=f"{W.CASE_WORD[langs[0]]} {ref}",
            out=True,
        )
    elif first_how != "chat":
        case_reply(f, c, t0, "email", langs[0], ref)
    used = {{"form": "web"}.get(first_how, first_how)}
    t = t0
    for i in range(1, n):
        lg = langs[i % len(langs)]
        t = t + timedelta(hours=f.rng.uniform(4, 40))
        if t.hour >= 22 or t.hour < 7:
            t = no_night(t).replace(hour=8, minute=f.rng.randint(0, 59))
        ch = f.rng.choice([x for x in ["email", "chat", "phone", "web", "social"] if x not in used])
        used.add(ch)
        p = problem_text(f, c, prob, lg)
        if i == 1:
            txt = f.pick(W.STILL, lg).replace("{ref}", ref).replace("{p}", p)
        elif i == 2:
            txt = (
                f.pick(W.THIRD, lg).replace("{ref}", ref).replace("{comp}", comp or COMPETITORS[0])
            )
        else:
            txt = W.FOURTH[lg].replace("{ref}", ref)
        if ch == "phone":
            txt = "".join(x for x in txt if x not in ",.!?¿¡:;'\"")
            if lg != "de":
                txt = " ".join(
                    w if w.startswith("OV") or w.isupper() else w.lower() for w in txt.split()
                )
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        subj = f"{W.RE[lg]} {W.CASE_WORD[lg]} {ref}" if ch in ("email", "web") else None
        ids.append(
            add(
                f,
                c,
                t,
                ch,
                kind,
                txt,
                subject=subj,
                attrs={"page": "/help/contact"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(1, 5)),
                "chat",
                "chat",
                W.URGENT[lg].replace("{ref}", ref),
                out=True,
            )
    c.truth.update(
        {
            "problem": prob,
            "booking": ref,
            "contacts": n,
            "problem_event_ids": ids,
            "repeat_event_id": ids[1],
            "trouble_starts_at": iso(t0),
            "agent_passed_on": quality,
            "competitor": comp if n >= 3 else None,
            "channel": {"form": "web"}.get(first_how, first_how),
        }
    )
    return c.truth


def slide(f: Fam, c: Cust, t0: datetime, span: int, langs: list[str], comp: str) -> list[str]:
    ids: list[str] = []
    t = t0
    gaps = sorted(f.rng.uniform(0, span * 24) for _ in range(5))
    times = [t0] + [t0 + timedelta(hours=g) for g in gaps]
    for i in range(6):
        lg = langs[i % len(langs)]
        t = max(no_night(times[i]), t + timedelta(hours=1)) if i else no_night(times[0])
        t = no_night(t)
        text = W.SLIDE[lg][i].replace("{comp}", comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                add(
                    f,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": W.SLIDE_RATINGS[i], "page": "/reviews"},
                )
            )
        else:
            ids.append(add(f, c, t, ch, "mention" if ch == "social" else "post", text))
    return ids


def last_time(f: Fam, c: Cust) -> datetime:
    return max(r.when for r in f.rows if r.cust is c)


# ---- families ---------------------------------------------------------------


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy daytime writers, night writers and survey-only customers",
    )
    for _ in range(16):
        c = person(f, "happy", "day writer")
        happy_days(f, c, sorted(f.rng.sample(range(10), f.rng.randint(5, 8))))
    for _ in range(5):
        c = person(f, "happy", "night writer")
        nights = sorted(f.rng.sample(range(9), f.rng.randint(2, 4)))
        for d in nights:
            t = (
                f.start
                + timedelta(days=d, hours=22, minutes=12)
                + timedelta(minutes=f.rng.randint(0, 378))
            )
            if f.rng.random() < 0.5:
                add(
                    f,
                    c,
                    t,
                    f.rng.choice(["community", "social"]),
                    "post",
                    f.pick(W.NIGHT_POST, c.lang),
                )
            else:
                add(f, c, t, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                add(
                    f,
                    c,
                    t + timedelta(minutes=f.rng.randint(1, 5)),
                    "chat",
                    "chat",
                    W.NIGHT_ANSWER[c.lang],
                    out=True,
                )
                add(
                    f,
                    c,
                    t + timedelta(minutes=f.rng.randint(7, 10)),
                    "chat",
                    "chat",
                    f.pick(W.THANKS, c.lang),
                )
        for d in f.rng.sample([x for x in range(10) if x not in nights], f.rng.randint(2, 3)):
            happy(f, c, f.at(d, 9, 18), kind=f.rng.choice(["praise", "buy", "view", "review"]))
    for _ in range(5):
        c = person(f, "happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            happy_survey(f, c, f.at(d, 8, 20), c.lang)
    for r in f.rows:
        if r.tp["kind"] == "post" and r.tp["channel"] == "social":
            r.tp["kind"] = "mention"
    return f


PROBS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry message on one day, and controls",
    )
    probs = PROBS * 4
    f.rng.shuffle(probs)
    hows = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["form"] * 4 + ["phone"] * 4
    )
    long_langs = ["es", "es", "de", "de"]
    with_case = [i for i, h in enumerate(hows) if h != "social"]
    order = list(with_case)
    f.rng.shuffle(order)
    nps_set = set(order[:6])
    csat_set = set(order[6:11])
    good = list(with_case)
    f.rng.shuffle(good)
    good_set = set(good[:12])
    apol_set = set(good[:5])
    for i, how in enumerate(hows):
        lang = long_langs[i] if how == "long" else None
        det = i in nps_set
        c = person(
            f,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if det else [],
            tolerated=["silence"],
        )
        bd = f.rng.randint(2, 9)
        t = f.at(bd, 8, 20)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        happy_days(f, c, f.rng.sample(days, min(len(days), f.rng.randint(1, 5))), surveys=False)
        ref = new_ref(f) if how != "social" else None
        e = complaint(f, c, t, probs[i], how, c.lang, ref)
        info: dict[str, Any] = {
            "problem": probs[i],
            "booking": ref,
            "bad_day_at": iso(t),
            "bad_day_event_id": e,
            "trouble_starts_at": iso(t),
            "long_email": how == "long",
            "channel": {"form": "web", "long": "email"}.get(how, how),
            "nps_given": det,
            "csat_given": i in csat_set,
            "agent_fixed": i in good_set,
            "apologised": i in apol_set,
        }
        if ref:
            case_reply(f, c, t, how, c.lang, ref)
        if det:
            v = f.rng.randint(1, 5)
            info |= {
                "nps": v,
                "survey_event_id": add(
                    f,
                    c,
                    t + timedelta(minutes=f.rng.randint(100, 140)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": v},
                    attrs={"survey": "nps"},
                ),
            }
        if i in csat_set:
            v = f.rng.randint(1, 2)
            info |= {
                "csat": v,
                "survey_event_id": add(
                    f,
                    c,
                    t + timedelta(minutes=f.rng.randint(40, 80)),
                    "survey",
                    "survey_response",
                    f.rng.choice([None, "mal", "schlecht", "no"]),
                    scores={"csat": v},
                    attrs={"survey": "csat"},
                ),
            }
        if ref and i in good_set:
            add(
                f,
                c,
                no_night(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                "message",
                W.GOOD_NEWS[c.lang].replace("{ref}", ref),
                subject=f"{W.CASE_WORD[c.lang]} {ref}",
                out=True,
            )
        if i in apol_set:
            at = no_night(t + timedelta(hours=f.rng.uniform(16, 24)), 9)
            ch = f.rng.choice(["chat", "email"])
            info |= {
                "apology_at": iso(at),
                "apology_event_id": add(
                    f,
                    c,
                    at,
                    ch,
                    "chat" if ch == "chat" else "message",
                    f.pick(W.APOLOGY, c.lang),
                    subject=f"{W.RE[c.lang]} {W.CASE_WORD[c.lang]} {ref}"
                    if ch == "email"
                    else None,
                ),
            }
        c.truth.update(info)
    for _ in range(8):
        c = person(f, "happy", "control")
        happy_days(f, c, sorted(f.rng.sample(range(12), f.rng.randint(4, 7))), surveys=False)
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "one problem raised again and again, against fixed problems and frequent writers",
    )
    firsts = ["form"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    ns = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(ns)
    for i in range(12):
        c = person(f, "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=T_REPEAT)
        for _ in range(f.rng.randint(1, 3)):
            happy(f, c, f.at(0, 7, 12), surveys=False)
        t0 = f.at(f.rng.randint(1, 4), 8, 19)
        repeat_run(
            f,
            c,
            t0,
            f.rng.choice(PROBS),
            ns[i],
            firsts[i],
            [c.lang],
            i % 2 == 0,
            f.rng.choice(COMPETITORS),
        )
    for _ in range(5):
        c = person(f, "resolved_between_contacts", "fixed", tolerated=["silence"])
        happy(f, c, f.at(0, 8, 12), surveys=False)
        t0 = f.at(f.rng.randint(1, 4), 8, 18)
        case = fixed_case(
            f, c, t0, f.rng.choice(PROBS), c.lang, c.lang, f.rng.choice(["form", "email", "chat"])
        )
        c.truth.update(
            {"problems": [case], "trouble_starts_at": case["raised_at"], "booking": case["booking"]}
        )
    for _ in range(3):
        c = person(f, "different_problems", "two problems", tolerated=["silence"])
        p1, p2 = f.rng.sample(PROBS, 2)
        t1 = f.at(f.rng.randint(0, 2), 8, 17)
        a = fixed_case(f, c, t1, p1, c.lang, c.lang, f.rng.choice(["form", "email"]))
        t2 = f.at((t1 - f.start).days + f.rng.randint(4, 5), 8, 17)
        b = fixed_case(f, c, t2, p2, c.lang, c.lang, f.rng.choice(["form", "email"]))
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = person(f, "happy", "frequent writer")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(5, 8))):
            happy(
                f, c, f.at(d, 8, 19), kind=f.rng.choice(["chat", "chat", "call", "buy", "praise"])
            )
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "sustained slides, leavers, steady and steadily grumpy customers, one sarcastic post",
    )
    spans = [3] + [5] * 5 + [9] * 4
    f.rng.shuffle(spans)
    for i in range(10):
        det = i < 5
        c = person(
            f,
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if det else []),
            tolerated=T_SLIDE,
        )
        days = f.rng.sample(range(11), 8)
        for d in days[: f.rng.randint(4, 5)]:
            happy(f, c, f.at(d, 8, 20), kind="praise")
        for d in days[5 : 5 + f.rng.randint(2, 3)]:
            happy(f, c, f.at(d, 8, 20), kind=f.rng.choice(["buy", "view", "chat", "review"]))
        comp = f.rng.choice(COMPETITORS)
        t0 = f.at(f.rng.randint(12, 16), 9, 19)
        ids = slide(f, c, t0, spans[i], [c.lang], comp)
        info: dict[str, Any] = {
            "slide_event_ids": ids,
            "slide_days": spans[i],
            "competitor": comp,
            "trouble_starts_at": iso(t0),
            "nps_given": det,
        }
        if det:
            v = f.rng.randint(1, 5)
            fourth = next(r.when for r in f.rows if r.tp["event_id"] == ids[3])
            info |= {
                "nps": v,
                "survey_event_id": add(
                    f,
                    c,
                    no_night(fourth + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": v},
                    attrs={"survey": "nps"},
                ),
            }
        c.truth.update(info)
    for _ in range(5):
        c = person(
            f, "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=T_LEAVE
        )
        happy_days(f, c, sorted(f.rng.sample(range(16), f.rng.randint(4, 6))), surveys=False)
        t = f.at(f.rng.randint(17, 23), 8, 19)
        e1 = add(f, c, t, "email", "message", f.pick(W.LEAVE, c.lang), subject="Club")
        add(
            f,
            c,
            no_night(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            W.SORRY_GO[c.lang],
            subject=f"{W.RE[c.lang]} Club",
            out=True,
        )
        ct = no_night(t + timedelta(hours=f.rng.uniform(20, 30)))
        e2 = add(
            f,
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/club", "product": "Orlavio Club, monthly"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e1,
                "cancellation_event_id": e2,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = person(f, "happy", "steady")
        happy_days(f, c, sorted(f.rng.sample(range(32), f.rng.randint(6, 10))), surveys=False)
    for _ in range(5):
        c = person(f, "steadily_grumpy", "grumbles", tolerated=T_GRUMPY)
        d = f.rng.randint(0, 4)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            t = f.at(d, 8, 21)
            ch = f.rng.choice(["social", "community", "form", "review"])
            txt = f.pick(W.GRUMPY, c.lang)
            if ch == "review":
                ids.append(
                    add(f, c, t, "web", "review", txt, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "form":
                ids.append(add(f, c, t, "web", "ticket", txt, attrs={"page": "/help/contact"}))
            else:
                ids.append(add(f, c, t, ch, "mention" if ch == "social" else "post", txt))
            d += f.rng.randint(1, 3)
        for _ in range(f.rng.randint(0, 2)):
            happy(f, c, f.at(f.rng.randint(0, 30), 9, 18), kind="buy")
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": min(
                    r.tp["occurred_at"] for r in f.rows if r.tp["event_id"] in ids
                ),
            }
        )
    for _ in range(5):
        c = person(f, "happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        happy_days(f, c, sorted(f.rng.sample(range(16), f.rng.randint(3, 6))), surveys=False)
        t = f.at(f.rng.randint(17, 28), 9, 21)
        e = add(f, c, t, f.rng.choice(["social", "community"]), "post", f.pick(W.SARCASM, c.lang))
        c.truth.update({"sarcasm_event_id": e, "trouble_starts_at": iso(t)})
    for r in f.rows:
        if r.tp["channel"] == "social" and r.tp["kind"] == "post":
            r.tp["kind"] = "mention"
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm weekend with three bursts of night owls each night",
    )
    for _ in range(16):
        c = person(f, "happy", "day writer")
        happy_days(f, c, sorted(f.rng.sample(range(3), f.rng.randint(1, 3))), 7, 17.5)
    for i in range(4):
        c = person(f, "grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(f.rng.randint(0, 2), 8, 17)
        happy(f, c, t, kind=f.rng.choice(["buy", "view"]))
        tg = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            e = add(f, c, tg, "chat", "chat", f.pick(W.MILD, c.lang))
            add(
                f,
                c,
                tg + timedelta(minutes=f.rng.randint(1, 5)),
                "chat",
                "chat",
                W.MILD_ANSWER[c.lang],
                out=True,
            )
        else:
            e = add(
                f, c, tg, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            add(
                f,
                c,
                tg + timedelta(minutes=f.rng.randint(20, 60)),
                "email",
                "message",
                W.MILD_ANSWER[c.lang],
                subject="Orlavio",
                out=True,
            )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(tg)})
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=f.rng.randint(28, 33)),
            b0 + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = person(f, "night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    e = add(f, c, t, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                    add(
                        f,
                        c,
                        t + timedelta(minutes=f.rng.randint(1, 3)),
                        "chat",
                        "chat",
                        W.NIGHT_ANSWER[c.lang],
                        out=True,
                    )
                    add(
                        f,
                        c,
                        t + timedelta(minutes=f.rng.randint(4, 8)),
                        "chat",
                        "chat",
                        f.pick(W.THANKS, c.lang),
                    )
                else:
                    ch = f.rng.choice(["community", "social"])
                    e = add(
                        f,
                        c,
                        t,
                        ch,
                        "post" if ch == "community" else "mention",
                        f.pick(W.NIGHT_POST, c.lang),
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": e})
    owls = [c for c in f.custs if c.truth["persona"] == "night_owl"]
    for c in f.rng.sample(owls, 18):
        happy(
            f,
            c,
            f.at(f.rng.randint(0, 2), 9, 17.5),
            kind=f.rng.choice(["praise", "buy", "view", "review"]),
        )
    return f


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
PAIR_MARKET = {"es": "ES", "de": "DE", "en": "IE", "fr": "BE", "it": "IT", "pt": "PT"}
WHY = [
    "grew up in the other country",
    "works for a company in the other language",
    "partner's family speaks it",
    "studied abroad",
    "lives near the border",
]


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    pairs = list(PAIRS)
    f.rng.shuffle(pairs)
    # the long German e-mail of the bad days needs German second
    roles = (
        ["happy"] * 12
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["bad_long", "bad_mail", "bad_chat"]
        + ["fixed"] * 2
    )
    de_second = next(i for i, p in enumerate(pairs) if p[1] == "de")
    pairs.insert(22, pairs.pop(de_second))
    reps = [2, 2, 3, 3, 4]
    for i, role in enumerate(roles):
        l1, l2 = pairs[i]
        mk = f.rng.choice([PAIR_MARKET[l1], PAIR_MARKET[l2]])
        base: dict[str, Any] = {"languages": [l1, l2], "job_second_language": f.rng.choice(WHY)}
        if role == "happy":
            c = person(f, "happy", "alternates languages", l1, mk, **base)
            for j, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
                happy(f, c, f.at(d, 8, 20), lang=(l1, l2)[j % 2], surveys=False)
        elif role == "repeat":
            c = person(
                f,
                "repeat_contact",
                "repeats",
                l1,
                mk,
                expected=["repeat_contact"],
                tolerated=T_REPEAT,
                **base,
            )
            for _ in range(f.rng.randint(1, 3)):
                happy(f, c, f.at(f.rng.randint(0, 1), 8, 12), surveys=False)
            n = reps.pop()
            repeat_run(
                f,
                c,
                f.at(f.rng.randint(2, 5), 8, 18),
                f.rng.choice(PROBS),
                n,
                f.rng.choice(["form", "email", "chat"]),
                [l1, l2],
                n >= 3,
                f.rng.choice(COMPETITORS),
            )
        elif role == "slide":
            c = person(
                f,
                "slow_churner",
                "slides",
                l1,
                mk,
                expected=["sentiment_drop"],
                tolerated=T_SLIDE,
                **base,
            )
            days = f.rng.sample(range(6), 5)
            for j, d in enumerate(sorted(days)):
                happy(f, c, f.at(d, 8, 20), kind="praise", lang=(l1, l2)[j % 2])
            for d in f.rng.sample(range(6), f.rng.randint(1, 3)):
                happy(f, c, f.at(d, 8, 20), kind=f.rng.choice(["buy", "view"]))
            comp = f.rng.choice(COMPETITORS)
            t0 = f.at(f.rng.randint(7, 8), 9, 18)
            span = f.rng.randint(3, 5)
            c.truth.update(
                {
                    "slide_event_ids": slide(f, c, t0, span, [l1, l2], comp),
                    "slide_days": span,
                    "competitor": comp,
                    "trouble_starts_at": iso(t0),
                }
            )
        elif role.startswith("bad"):
            how = role[4:]
            c = person(f, "happy_one_bad_day", "one bad day", l1, mk, tolerated=["silence"], **base)
            bd = f.rng.randint(4, 9)
            for j, d in enumerate(d for d in range(14) if d <= bd - 2 or d >= bd + 3):
                if f.rng.random() < 0.4:
                    happy(f, c, f.at(d, 8, 20), lang=(l1, l2)[j % 2], surveys=False)
            t = f.at(bd, 9, 19)
            ref = new_ref(f)
            prob = f.rng.choice(PROBS)
            e = complaint(
                f, c, t, prob, {"long": "long", "mail": "email", "chat": "chat"}[how], l2, ref
            )
            case_reply(f, c, t, "chat" if how == "chat" else "email", l2, ref)
            info: dict[str, Any] = {
                "problem": prob,
                "booking": ref,
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "bad_day_language": l2,
                "trouble_starts_at": iso(t),
                "long_email": how == "long",
                "agent_fixed": how != "chat",
                "apologised": how == "mail",
            }
            if how != "chat":
                add(
                    f,
                    c,
                    no_night(t + timedelta(hours=f.rng.uniform(1, 4))),
                    "email",
                    "message",
                    W.GOOD_NEWS[l2].replace("{ref}", ref),
                    subject=f"{W.CASE_WORD[l2]} {ref}",
                    out=True,
                )
            if how == "mail":
                at = no_night(t + timedelta(hours=f.rng.uniform(18, 24)), 9)
                info |= {
                    "apology_at": iso(at),
                    "apology_event_id": add(f, c, at, "chat", "chat", f.pick(W.APOLOGY, l2)),
                }
            c.truth.update(info)
        else:
            c = person(
                f, "resolved_between_contacts", "fixed", l1, mk, tolerated=["silence"], **base
            )
            happy(f, c, f.at(0, 8, 12), surveys=False)
            case = fixed_case(
                f, c, f.at(f.rng.randint(2, 8), 8, 17), f.rng.choice(PROBS), l1, l2, "form"
            )
            c.truth.update(
                {
                    "problems": [case],
                    "trouble_starts_at": case["raised_at"],
                    "confirm_language": l2,
                    "booking": case["booking"],
                }
            )
    return f


ACCOUNTS = [
    ("at_risk", "de", "DE", "facilities", "portal", 3),
    ("at_risk", "de", "DE", "municipality", "invoice", 3),
    ("at_risk", "es", "ES", "hotel", "invoice", 4),
    ("at_risk", "es", "ES", "school", "overbilled", 4),
    ("at_risk", "de", "AT", "restaurant", "service_blocked", 3),
    ("one_unhappy", "es", "ES", "clinic", "service_blocked", 1),
    ("one_unhappy", "pt", "PT", "hotel", "overbilled", 1),
    ("one_unhappy", "it", "IT", "airline", "portal", 1),
    ("one_unhappy", "en", "UK", "care home", "invoice", 1),
    ("mild", "de", "DE", "hospital", "", 0),
    ("mild", "fr", "FR", "restaurant", "", 0),
    ("mild", "pt", "PT", "school", "", 0),
    ("happy", "de", "DE", "hotel", "", 0),
    ("happy", "de", "CH", "catering", "", 0),
    ("happy", "es", "ES", "security", "", 0),
]
COMPANY = {
    "facilities": "Facility",
    "municipality": "Stadtwerke",
    "hotel": "Hotel",
    "school": "Colegio",
    "restaurant": "Gasthaus",
    "clinic": "Clínica",
    "airline": "Aero",
    "care home": "Care",
    "hospital": "Klinikum",
    "catering": "Catering",
    "security": "Seguridad",
}
TITLES = [
    "Operations Manager",
    "Head of Housekeeping",
    "Office Manager",
    "Purchasing Lead",
    "HR Coordinator",
    "Facilities Manager",
]
WEEKDAY = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
}


def office(t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        t = (
            (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50)
            if t.hour >= 8 or t.weekday() >= 5
            else t.replace(hour=8, minute=t.minute % 50)
        )
    return t


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "firms on account (Orlavio Pro): at-risk accounts, one unhappy contact, mild suggestions, happy accounts",
    )
    names = [
        "Norte",
        "Albor",
        "Lindenhof",
        "Rheinblick",
        "Sonnenhang",
        "Atlântico",
        "Laguna",
        "Bellavista",
        "Harbour",
        "Eiche",
        "Provence",
        "Tejo",
        "Seeblick",
        "Alpin",
        "Levante",
    ]
    for n, (kind, lg, mk, site, prob, unhappy) in enumerate(ACCOUNTS):
        acc = f"ORP-{mk}-{f.rng.randint(1000, 9999)}"
        company = f"{COMPANY[site]} {names[n]}"
        domain = strip_accents(names[n]).lower() + "-" + site.replace(" ", "") + ".example"
        size = {
            "at_risk": f.rng.randint(max(4, unhappy + 1), 6),
            "one_unhappy": 3,
            "mild": f.rng.randint(3, 4),
            "happy": f.rng.randint(3, 4),
        }[kind]
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for j in range(size):
            role = (
                "complainer"
                if j < unhappy
                else ("suggests" if kind == "mild" and j < 2 else "contact")
            )
            if kind == "at_risk" and role == "complainer":
                last = j == unhappy - 1
                persona, exp, tol = (
                    "b2b_unhappy",
                    (["repeat_contact"] if last else ["detractor"]),
                    T_B2B_RISK,
                )
            elif kind == "one_unhappy" and role == "complainer":
                persona, exp, tol = "b2b_one_unhappy", ["detractor"], T_B2B_ONE
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], ["silence"]
            else:
                persona, exp, tol = "b2b_happy", [], []
            title = f.rng.choice(TITLES)
            while True:
                c = person(
                    f,
                    persona,
                    role,
                    lg,
                    mk,
                    exp,
                    tol,
                    account=acc,
                    domain=domain,
                    company=company,
                    role=role,
                    job_title=title,
                    job=title,
                )
                fn = c.truth["name"].split()[0]
                if fn not in firsts:
                    firsts.add(fn)
                    break
                f.custs.pop()
            contacts.append(c)
        for c in contacts:
            role = c.truth["role"]
            days = [0, 1] if role != "contact" else [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
            for d in sorted(
                f.rng.sample(
                    days, f.rng.randint(0, 2) if role != "contact" else f.rng.randint(2, 5)
                )
            ):
                t = f.at(d, 8, 16.5)
                k = f.rng.choice(
                    ["chat", "buy", "view"] + (["praise", "survey"] if role == "contact" else [])
                )
                if k == "chat":
                    add(f, c, t, "chat", "chat", f.pick(B.B2B_Q, lg))
                    add(
                        f,
                        c,
                        t + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        "chat",
                        B.B2B_A[lg],
                        out=True,
                    )
                    if f.rng.random() < 0.6:
                        add(
                            f,
                            c,
                            t + timedelta(minutes=f.rng.randint(7, 12)),
                            "chat",
                            "chat",
                            B.B2B_THANKS[lg],
                        )
                elif k == "buy":
                    add(f, c, t, "web", "page_view", attrs={"page": "/pro/new-batch"})
                    val, cur = currency(mk, f.rng.choice([180.0, 240.0, 420.0, 560.0]))
                    add(
                        f,
                        c,
                        t + timedelta(minutes=f.rng.randint(4, 15)),
                        "web",
                        "purchase",
                        attrs={
                            "order_value": val,
                            "currency": cur,
                            "product": f.rng.choice(B.B2B_PRODUCTS),
                            "page": "/pro/new-batch",
                        },
                    )
                elif k == "view":
                    add(f, c, t, "web", "page_view", attrs={"page": f.rng.choice(B.B2B_PAGES)})
                elif k == "praise":
                    add(f, c, t, "community", "post", f.pick(B.B2B_PRAISE, lg))
                else:
                    happy_survey(f, c, t, lg)
        unhappy_keys = [c.key for c in contacts if c.truth["role"] == "complainer"]
        rec: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lg,
            "country": mk,
        }
        if kind == "at_risk":
            ref = new_ref(f)
            t = office(f.start + timedelta(days=2, hours=f.rng.uniform(8, 15)))
            rec["trouble_starts_at"] = iso(t)
            first_name = contacts[0].truth["name"].split()[0]
            first_day = WEEKDAY[lg][t.weekday()]
            for j, c in enumerate(contacts[:unhappy]):
                if j:
                    t = office(t + timedelta(hours=f.rng.uniform(8, 28)))
                name, title = c.truth["name"], c.truth["job_title"]
                p = B.B2B_PROBLEM[prob][lg]
                if j == 0:
                    text = B.B2B_FIRST[lg].replace("{p}", p[0].upper() + p[1:])
                else:
                    text = (
                        B.B2B_LATER[lg]
                        .replace("{first}", first_name)
                        .replace("{day}", first_day)
                        .replace("{ref}", ref)
                        .replace("{p}", p)
                    )
                text = text.replace("{name}", name).replace("{title}", title)
                e = add(
                    f,
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=B.B2B_SUBJECT[lg].replace("{acc}", acc) + (f" ({ref})" if j else ""),
                )
                ids = [e]
                if j == 0:
                    add(
                        f,
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 60)),
                        "email",
                        "message",
                        B.B2B_ACK[lg].replace("{ref}", ref),
                        subject=f"{ref}",
                        out=True,
                    )
                if j < unhappy - 1:
                    v = f.rng.randint(1, 5)
                    sid = add(
                        f,
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "nps": v, "survey_event_id": sid})
                else:
                    t2 = office(t + timedelta(hours=f.rng.uniform(18, 40)))
                    comp = f.rng.choice(COMPETITORS)
                    if n == 0:
                        ids.append(
                            add(
                                f,
                                c,
                                t2,
                                "email",
                                "message",
                                B.B2B_LAST_MAIL[lg].replace("{ref}", ref).replace("{comp}", comp),
                                subject=f"{W.RE[lg]} {ref}",
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            add(
                                f, c, t2, "phone", "call", B.B2B_LAST_CALL[lg].replace("{ref}", ref)
                            )
                        )
                    c.truth["repeat_event_id"] = ids[1]
                c.truth.update(
                    {
                        "problem": prob,
                        "booking": ref,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t),
                    }
                )
        elif kind == "one_unhappy":
            c = contacts[0]
            ref = new_ref(f)
            t = office(f.start + timedelta(days=f.rng.randint(3, 7), hours=f.rng.uniform(8, 16)))
            text = (
                B.B2B_FIRST[lg]
                .replace("{p}", B.B2B_PROBLEM[prob][lg][0].upper() + B.B2B_PROBLEM[prob][lg][1:])
                .replace("{name}", c.truth["name"])
                .replace("{title}", c.truth["job_title"])
            )
            e = add(
                f, c, t, "email", "message", text, subject=B.B2B_SUBJECT[lg].replace("{acc}", acc)
            )
            add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(20, 60)),
                "email",
                "message",
                B.B2B_ACK[lg].replace("{ref}", ref),
                subject=ref,
                out=True,
            )
            v = f.rng.randint(1, 5)
            sid = add(
                f,
                c,
                t + timedelta(hours=f.rng.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "problem": prob,
                    "booking": ref,
                    "complaint_event_ids": [e],
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            for j, c in enumerate(contacts[:2]):
                t = office(
                    f.start + timedelta(days=f.rng.randint(2, 9), hours=f.rng.uniform(8, 16))
                )
                e = add(
                    f, c, t, "web", "ticket", B.B2B_MILD[lg][j], attrs={"page": "/pro/feedback"}
                )
                add(
                    f,
                    c,
                    t + timedelta(minutes=f.rng.randint(30, 120)),
                    "email",
                    "message",
                    B.B2B_MILD_ACK[lg],
                    subject="Orlavio Pro",
                    out=True,
                )
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
        f.accounts[acc] = rec
    return f


SPIKE_START = datetime(2026, 11, 14, 8, 20, tzinfo=UTC)


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and one planted spike on Saturday morning",
    )
    for _ in range(40):
        c = person(f, "happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            happy(f, c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 19))
    for lg in ("es", "de"):
        c = person(f, "grumbles_once", "grumbles once", lg, tolerated=["silence"])
        t = f.at(0, 9, 17)
        e = add(f, c, t, "chat", "chat", W.SLOW_MAP[lg])
        add(
            f,
            c,
            t + timedelta(minutes=f.rng.randint(1, 5)),
            "chat",
            "chat",
            W.MILD_ANSWER[lg],
            out=True,
        )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for lg, hm in (("es", (9, 40)), ("de", (16, 5))):
        c = person(f, "grumbles_once", "lone question", lg, tolerated=["silence"])
        t = datetime(2026, 11, 13, hm[0], hm[1], tzinfo=UTC)
        e = add(f, c, t, "chat", "chat", W.LONE_Q[lg])
        add(
            f, c, t + timedelta(minutes=f.rng.randint(2, 5)), "chat", "chat", W.LONE_A[lg], out=True
        )
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    regular = [True] * 12 + [False] * 8
    f.rng.shuffle(regular)
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        lg = langs[i]
        c = person(
            f, "spike_reporter", "regular" if regular[i] else "new", lg, tolerated=["silence"]
        )
        if regular[i]:
            for d in sorted(f.rng.sample(range(2, 5), f.rng.randint(1, 3))):
                happy(f, c, f.at(d, 8, 17.5), surveys=False)
        t = SPIKE_START + timedelta(minutes=offs[i])
        ch = chans[i]
        txt = f.pick(W.SPIKE, lg)
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
            txt,
            subject="TCM-77/4" if ch in ("email", "web") else None,
            attrs={"page": "/app/new-order"} if ch == "web" else None,
        )
        if ch == "chat":
            add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lg],
                out=True,
            )
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        reporters.append((c, t, ch, e))
    early = [r for r in reporters if r[1] <= SPIKE_START + timedelta(minutes=25)]
    rep = f.rng.sample(early, 6)
    rchans = ["email", "email", "chat", "chat", "community", "community"]
    f.rng.shuffle(rchans)
    rep_ids = []
    for (c, t, ch, _e), rc in zip(rep, rchans, strict=True):
        if rc == ch:
            rc = next(x for x in ["email", "chat", "community"] if x != ch)
        t2 = t + timedelta(minutes=f.rng.randint(15, 50))
        kind = {"chat": "chat", "community": "post", "email": "message"}[rc]
        e2 = add(
            f,
            c,
            t2,
            rc,
            kind,
            W.SPIKE_AGAIN[c.lang],
            subject="RE: TCM-77/4" if rc == "email" else None,
        )
        rep_ids.append(e2)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
                "repeat_event_id": e2,
            }
        )
    others = [r for r in reporters if r not in rep]
    for c, _t, _ch, _e in f.rng.sample(others, 6):
        local = {"UK": "10:40", "IE": "10:40", "PT": "10:40"}.get(c.market, "11:40")
        when = datetime(2026, 11, 14, 11, f.rng.randint(10, 20), tzinfo=UTC)
        add(
            f,
            c,
            when,
            "email",
            "message",
            W.SPIKE_FIXED[c.lang].replace("{time}", local).replace("{amt}", money(c.market, 10)),
            subject="TCM-77/4",
            out=True,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "tailoring app's thread-colour matcher pins every order to magenta thread and blocks sending it: error TCM-77/4",
        "about": "Saturday-morning fault in the app's thread-colour step",
        "channel": None,
        "start": iso(SPIKE_START),
        "end": iso(SPIKE_START + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[3] for r in reporters],
        "repeat_event_ids": rep_ids,
    }
    return f


# ---- output -----------------------------------------------------------------


def finish(f: Fam) -> tuple[str, str]:
    f.rows.sort(key=lambda r: (r.when, r.seq))
    seen: set[str] = set()
    r = f.rough
    for row in f.rows:
        c, ids = row.cust, row.cust.ids
        ref: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": ids["account_id"],
        }
        ch = row.tp["channel"]
        if row.out or (c.key not in seen):
            ref |= {k: ids[k] for k in ("customer_id", "email", "phone", "handle")}
            if not row.out:
                seen.add(c.key)
        elif ch == "phone":
            p = ids["phone"] or ""
            cc = next(x[0] for x in PHONE.values() if p.startswith(x[0]))
            ref["phone"] = (cc + " " + p[len(cc) :]) if r.random() < 0.5 else p
        elif ch in ("social", "community"):
            if ids["handle"]:
                ref["handle"] = ids["handle"][1:] if r.random() < 0.2 else ids["handle"]
            else:
                ref["email"] = ids["email"]
        elif ch == "email":
            e = ids["email"] or ""
            ref["email"] = e.upper() if r.random() < 1 / 12 else e
        else:
            ref["customer_id"] = ids["customer_id"]
        row.tp["customer"] = ref
    end = max(f.start + timedelta(days=f.days), f.rows[-1].when + timedelta(hours=1))
    expected: dict[str, int] = {}
    for c in f.custs:
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
        assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        assert any(x.cust is c and not x.out for x in f.rows), c.key
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    for row in f.rows:
        assert datetime(2026, 1, 1, tzinfo=UTC) <= row.when < datetime(2026, 11, 15, tzinfo=UTC)
        assert row.when >= f.start
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Orlavio (clothing alterations and tailoring by app and web; Orlavio Pro for firms)",
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": "hand-written, blind (heldout85)",
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in f.custs},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    lines = "".join(
        json.dumps(row.tp, ensure_ascii=False, separators=(",", ":")) + "\n" for row in f.rows
    )
    return lines, json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


PLANNED = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"churn_intent": 5, "detractor": 5, "sentiment_drop": 10},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"repeat_contact": 6, "topic_spike": 1},
}
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
        lines, truth = finish(f)
        got = json.loads(truth)["config"]["expected"]
        if got != PLANNED[f.name]:
            raise SystemExit(f"{f.name}: expected {got} != planned {PLANNED[f.name]}")
        (HERE / f"{f.name}.jsonl").write_text(lines, encoding="utf-8")
        (HERE / f"{f.name}.truth.json").write_text(truth, encoding="utf-8")
        print(f.name, len(f.custs), len(f.rows))


if __name__ == "__main__":
    main()
