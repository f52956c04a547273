# ruff: noqa: E501
"""Generate tests/scenarios/heldout123/ (report only, written blind).

Standalone and deterministic: standard library only; run as ``python make_heldout123.py``
from anywhere. Two runs give the same bytes.
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
import wording_b2b as B  # noqa: E402

SEED = 20261114
BRAND = "Tostiva"
COMPS = ("Caffrello", "Bohnwerk")
WRITTEN = "2026-12-05"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)

MARKETS = {
    "it": ["IT", "IT", "IT", "CH"],
    "pt": ["PT"],
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "BE", "LU"],
    "de": ["DE", "DE", "AT", "CH"],
    "es": ["ES"],
}
PHONE = {
    "IT": ("+39", "3", 10),
    "CH": ("+41", "7", 9),
    "PT": ("+351", "9", 9),
    "UK": ("+44", "7", 10),
    "IE": ("+353", "8", 9),
    "FR": ("+33", "6", 9),
    "BE": ("+32", "4", 9),
    "LU": ("+352", "6", 9),
    "DE": ("+49", "15", 11),
    "AT": ("+43", "6", 10),
    "ES": ("+34", "6", 9),
}
FIRSTS = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Matteo",
        "Sara",
        "Davide",
        "Elena",
        "Paolo",
        "Valentina",
        "Stefano",
        "Federica",
        "Andrea",
        "Silvia",
        "Riccardo",
    ],
    "pt": [
        "Inês",
        "João",
        "Beatriz",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Pedro",
        "Sofia",
        "Nuno",
        "Ana",
        "Miguel",
        "Rita",
        "Hugo",
        "Joana",
        "Diogo",
    ],
    "en": ["Emma", "Oliver", "Siobhan", "Callum", "Hannah", "Liam", "Grace", "Tom"],
    "fr": ["Camille", "Julien", "Manon", "Thomas", "Léa", "Hugo", "Chloé", "Nicolas"],
    "de": ["Anna", "Jonas", "Lena", "Felix", "Miriam", "Tobias", "Katrin", "Stefan"],
    "es": ["Lucía", "Javier", "Carmen", "Álvaro", "Marta", "Sergio", "Elena", "Pablo"],
}
LASTS = {
    "it": [
        "Rossi",
        "Bianchi",
        "Ferraro",
        "Esposito",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "Mancini",
        "Costa",
        "Giordano",
        "Lombardi",
        "Moretti",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Lopes",
        "Marques",
        "Almeida",
        "Ribeiro",
        "Pinto",
    ],
    "en": ["Walsh", "Hughes", "Murphy", "Clarke", "Byrne", "Taylor", "Kelly", "Baker"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier"],
    "de": ["Müller", "Schmidt", "Weber", "Wagner", "Becker", "Hoffmann", "Krüger", "Vogel"],
    "es": ["García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Torres", "Ruiz"],
}
LANG_WEIGHTS = [("it", 30), ("pt", 30), ("en", 10), ("fr", 10), ("de", 10), ("es", 10)]
SOURCE = {
    "email": "tostiva-mail",
    "phone": "tostiva-voice",
    "social": "tostiva-social",
    "community": "tostiva-forum",
    "chat": "tostiva-chat",
    "web": "tostiva-web",
    "survey": "tostiva-survey",
}

USED: set[str] = set()


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ü", "Ue")
    out = []
    for ch in text:
        if ch in "ñß":
            out.append(ch)
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append("".join(x for x in d if unicodedata.category(x) != "Mn"))
    return "".join(out)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def money(amount: float, market: str, lang: str) -> str:
    if market == "UK":
        return f"£{round(amount * 0.86)}"
    if market == "CH":
        return f"CHF {round(amount * 0.94)}"
    s = f"{amount:.2f}"
    return f"{s} €" if lang == "en" else f"{s.replace('.', ',')} €"


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
    langs: tuple[str, ...] = ()


@dataclass
class Row:
    t: datetime
    n: int
    cust: Cust
    data: dict[str, Any]
    out: bool


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    n: int
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    custs: dict[str, Cust] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    expected: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v

    def lang(self) -> str:
        langs, weights = zip(*LANG_WEIGHTS, strict=True)
        return str(self.rng.choices(list(langs), weights=list(weights))[0])

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        r = self.rng
        market = market or r.choice(MARKETS[lang])
        first, last = r.choice(FIRSTS[lang]), r.choice(LASTS[lang])
        key = self.uniq(lambda: f"TV{self.code}{r.randint(1000, 9999)}")
        plain = strip_accents(f"{first}.{last}".lower()).replace(" ", "").replace("ß", "ss")
        dom = domain or r.choice(
            ["mail.example", "posta.example", "correio.example", "inbox.example", "web.example"]
        )
        email = self.uniq(lambda: f"{plain}{r.randint(1, 99)}@{dom}")
        cc, pre, length = PHONE[market]
        phone = self.uniq(
            lambda: cc + pre + "".join(str(r.randint(0, 9)) for _ in range(length - len(pre)))
        )
        handle = None
        if account is None:
            ln = strip_accents(last.lower())
            fn = strip_accents(first.lower())
            handle = self.uniq(
                lambda: r.choice(
                    [
                        f"@{ln}_{fn}{r.randint(1, 9)}",
                        f"@{fn}{ln}{r.randint(10, 99)}",
                        f"@{fn}_{ln}",
                        f"@{ln}{fn[0]}{r.randint(1, 9)}",
                    ]
                )
            )
        expected = expected or []
        tolerated = tolerated or []
        assert not set(expected) & set(tolerated)
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
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
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account, truth)
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
        rough: bool = True,
    ) -> str:
        assert t < LIMIT and t >= self.start, (self.name, t)
        eid = f"tv123-{self.code.lower()}-{len(self.rows) + 10001:05d}"
        if text is not None and not out and rough and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text is not None and channel == "social" and not out and c.account is None:
            i = text.rfind(BRAND)
            text = text[:i] + "@" + text[i:] if i >= 0 else f"@{BRAND} " + text
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Marta", "Filipe", "Giorgia", "Sam", "Élodie", "Jan"])
        a.update(attrs or {})
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCE[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, len(self.rows), c, data, out))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def at(self, day: float, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def pick(self, table: dict[str, Any], lang: str) -> Any:
        return self.rng.choice(table[lang])

    def case(self) -> str:
        return self.uniq(lambda: f"TV-{self.rng.randint(100000, 999999)}")


def day_time(f: Fam, day: int, lo: int = 7, hi: int = 20) -> datetime:
    return f.at(day, f.rng.randint(lo, hi - 1), f.rng.randint(0, 59))


def out_of_night(t: datetime) -> datetime:
    if t.hour >= 22:
        return t.replace(hour=8, minute=t.minute % 60) + timedelta(days=1)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def happy_act(f: Fam, c: Cust, t: datetime, surveys: bool = True, lang: str | None = None) -> None:
    r = f.rng
    lg = lang or c.lang
    kinds = ["praise", "gripe", "chat", "email", "phone", "buy", "view", "review"] + (
        ["survey"] if surveys else []
    )
    k = r.choice(kinds)
    if k == "praise":
        ch = r.choice(["social", "community"])
        f.add(c, t, ch, "post" if ch == "community" else "mention", f.pick(W.PRAISE, lg))
    elif k == "gripe":
        f.add(c, t, "community", "post", f.pick(W.GRIPE_PRAISE, lg))
    elif k in ("chat", "email"):
        q, a = f.pick(W.QUESTIONS, lg)
        if k == "chat":
            f.add(c, t, "chat", "chat", q)
            f.add(c, t + timedelta(minutes=r.randint(1, 5)), "chat", "chat", a, out=True)
            if r.random() < 0.6:
                f.add(
                    c, t + timedelta(minutes=r.randint(6, 9)), "chat", "chat", f.pick(W.THANKS, lg)
                )
        else:
            f.add(c, t, "email", "message", q, subject=q[:30])
            f.add(
                c,
                t + timedelta(minutes=r.randint(30, 90)),
                "email",
                "message",
                a,
                subject="Re: " + q[:30],
                out=True,
            )
    elif k == "phone":
        f.add(c, t, "phone", "call", f.pick(W.CALL_QUESTIONS, lg))
        f.add(
            c,
            t + timedelta(minutes=r.randint(8, 20)),
            "email",
            "message",
            W.CALL_FOLLOWUP[lg],
            subject=BRAND,
            out=True,
        )
    elif k == "buy":
        prod, price, page = r.choice(W.PRODUCTS)
        cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
        val = price * {"GBP": 0.86, "CHF": 0.94}.get(cur, 1.0)
        f.add(c, t, "web", "page_view", attrs={"page": page})
        f.add(
            c,
            t + timedelta(minutes=r.randint(2, 9)),
            "web",
            "purchase",
            attrs={"order_value": f"{val:.2f}", "currency": cur, "product": prod, "page": page},
        )
    elif k == "view":
        f.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
    elif k == "review":
        rating, text = f.pick(W.REVIEWS, lg)
        f.add(
            c, t, "web", "review", text, attrs={"rating": rating, "page": r.choice(W.PRODUCTS)[2]}
        )
    else:
        happy_survey(f, c, t, lg)


def happy_survey(f: Fam, c: Cust, t: datetime, lg: str) -> None:
    r = f.rng
    s = r.choice(["nps", "csat", "ces"])
    v = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[s]
    f.add(
        c,
        t,
        "survey",
        "survey_response",
        f.pick(W.SURVEY_WORDS, lg) or None,
        scores={s: v},
        attrs={"survey": s},
    )


def days_apart(f: Fam, n: int, lo: int, hi: int) -> list[int]:
    pool = list(range(lo, hi + 1))
    return sorted(f.rng.sample(pool, min(n, len(pool))))


# ---------------------------------------------------------------- families


def happy_writers(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        for d in days_apart(f, r.randint(5, 8), 0, 9):
            happy_act(f, c, day_time(f, d, 7, 19))
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer")
        for d in days_apart(f, r.randint(2, 4), 0, 8):
            t = f.at(d, 22, r.randint(12, 59)) + timedelta(minutes=r.choice([0, 60, 120, 240, 330]))
            if r.random() < 0.5:
                ch = r.choice(["social", "community"])
                f.add(
                    c,
                    t,
                    ch,
                    "post" if ch == "community" else "mention",
                    f.pick(W.NIGHT_POSTS, c.lang),
                )
            else:
                q, a = f.pick(W.NIGHT_QUESTIONS, c.lang)
                f.add(c, t, "chat", "chat", q)
                f.add(c, t + timedelta(minutes=3), "chat", "chat", a, out=True)
                f.add(c, t + timedelta(minutes=7), "chat", "chat", f.pick(W.THANKS, c.lang))
        for d in days_apart(f, r.randint(2, 3), 0, 9):
            happy_act(f, c, day_time(f, d, 9, 18), surveys=False)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys")
        for d in days_apart(f, r.randint(3, 6), 0, 9):
            happy_survey(f, c, day_time(f, d, 8, 20), c.lang)


def complaint_text(f: Fam, c: Cust, problem: str, lg: str) -> str:
    return str(W.PROBLEM_SHORT[problem][lg]).format(
        amt=money(W.PROBLEM_AMOUNT[problem], c.market, lg)
    )


def bad_moment(
    f: Fam, c: Cust, t: datetime, problem: str, how: str, lg: str, case: str | None
) -> str:
    p = complaint_text(f, c, problem, lg)
    subj = W.COMPLAINT_SUBJECT[lg] + W.TOPIC_WORD[problem][lg]
    if how == "long":
        return f.add(c, t, "email", "message", f.pick(W.LONG_EMAIL, lg).format(p=p), subject=subj)
    if how == "email":
        return f.add(c, t, "email", "message", f.pick(W.ANGRY_EMAIL, lg).format(p=p), subject=subj)
    if how == "chat":
        eid = f.add(c, t, "chat", "chat", f.pick(W.CHAT_ANGRY, lg).format(p=p))
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(2, 6)),
            "chat",
            "chat",
            W.CASE_OPENED[lg].format(case=case),
            out=True,
        )
        return eid
    if how == "social":
        return f.add(
            c, t, "social", "mention", f.pick(W.SOCIAL_ANGRY, lg).format(p=p[0].upper() + p[1:])
        )
    if how == "form":
        return f.add(
            c,
            t,
            "web",
            "ticket",
            W.FORM_ANGRY[lg].format(p=p[0].upper() + p[1:]),
            subject=subj,
            attrs={"page": "help/contact"},
        )
    return f.add(c, t, "phone", "call", W.CALL_ANGRY[lg].format(p=p))


PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]


def one_bad_day(f: Fam) -> None:
    r = f.rng
    hows = ["long", "email", "chat", "social", "form", "phone"]
    plan = [(p, hows[(i + j) % 6]) for i, p in enumerate(PROBLEMS) for j in range(4)]
    r.shuffle(plan)
    with_case = [i for i, (_, h) in enumerate(plan) if h != "social"]
    nps_idx = set(r.sample(with_case, 6))
    rest = [i for i in with_case if i not in nps_idx]
    csat_idx = set(r.sample(rest, 5))
    good_idx = set(r.sample(with_case, 12))
    email_good = [i for i in sorted(good_idx)]
    apol_idx = set(r.sample(email_good, 5))
    long_langs = iter(["it", "pt", "it", "pt"])
    for i, (problem, how) in enumerate(plan):
        lg = next(long_langs) if how == "long" else f.lang()
        persona = "bad_day_detractor" if i in nps_idx else "happy_one_bad_day"
        c = f.person(lg, persona, "one bad day", ["detractor"] if i in nps_idx else [], ["silence"])
        bd = r.randint(2, 9)
        t = day_time(f, bd, 8, 20)
        case = f.case() if how != "social" else None
        eid = bad_moment(f, c, t, problem, how, lg, case)
        c.truth.update(
            {
                "problem": problem,
                "channel": how,
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "long_email": how == "long",
            }
        )
        if how in ("long", "email", "form", "phone"):
            f.add(
                c,
                t + timedelta(minutes=r.randint(10, 40)),
                "email",
                "message",
                W.CASE_OPENED[lg].format(case=case),
                subject=W.CASE_SUBJECT[lg].format(case=case),
                out=True,
            )
        if i in nps_idx:
            v = r.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(100, 140)),
                "survey",
                "survey_response",
                f.pick(W.LOW_NPS_WORDS, lg) or None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": v, "survey_event_id": sid})
        elif i in csat_idx:
            v = r.randint(1, 2)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                f.pick(W.LOW_CSAT_WORDS, lg) or None,
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": v, "survey_event_id": sid})
        if i in good_idx:
            tg = out_of_night(t + timedelta(minutes=r.randint(60, 240)))
            f.add(
                c,
                tg,
                "email",
                "message",
                W.GOOD_NEWS[lg].format(case=case),
                subject=W.CASE_SUBJECT[lg].format(case=case),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i in apol_idx:
                ta = out_of_night(t + timedelta(hours=r.randint(16, 23), minutes=r.randint(0, 59)))
                if r.random() < 0.5:
                    aid = f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, lg))
                else:
                    aid = f.add(
                        c,
                        ta,
                        "email",
                        "message",
                        f.pick(W.APOLOGY, lg),
                        subject=W.CASE_SUBJECT[lg].format(case=case),
                    )
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
        for d in days_apart(f, r.randint(1, 5), 0, 11):
            if bd - 2 < d < bd + 3:
                continue
            happy_act(f, c, day_time(f, d), surveys=False, lang=lg)
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control")
        for d in days_apart(f, r.randint(4, 7), 0, 11):
            happy_act(f, c, day_time(f, d))


REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def repeat_run(
    f: Fam, c: Cust, first: datetime, times: int, problem: str, langs: list[str], quality: bool
) -> None:
    r = f.rng
    case = f.case()
    chans = ["email", "chat", "phone", "web", "social"]
    lg0 = langs[0]
    first_ch = r.choice(["web", "email", "chat", "phone"])
    eids = [
        bad_moment(
            f,
            c,
            first,
            problem,
            {"web": "form", "email": "email", "chat": "chat", "phone": "phone"}[first_ch],
            lg0,
            case,
        )
    ]
    if quality:
        f.add(
            c,
            first + timedelta(minutes=r.randint(90, 150)),
            "email",
            "message",
            W.QUALITY_LEAD[lg0].format(case=case),
            subject=W.CASE_SUBJECT[lg0].format(case=case),
            out=True,
        )
    elif first_ch != "chat":
        f.add(
            c,
            first + timedelta(minutes=r.randint(10, 40)),
            "email",
            "message",
            W.CASE_OPENED[lg0].format(case=case),
            subject=W.CASE_SUBJECT[lg0].format(case=case),
            out=True,
        )
    later = [ch for ch in chans if ch != first_ch]
    r.shuffle(later)
    t = first
    comp = None
    for k in range(1, times):
        lg = langs[k % len(langs)]
        t = out_of_night(t + timedelta(hours=r.randint(4, 40), minutes=r.randint(0, 59)))
        p = complaint_text(f, c, problem, lg)
        if k == 1:
            text = f.pick(W.REPEAT_2, lg).format(case=case, p=p[0].upper() + p[1:])
        elif k == 2:
            comp = r.choice(COMPS)
            text = f.pick(W.REPEAT_3, lg).format(case=case, comp=comp)
        else:
            text = f.pick(W.REPEAT_4, lg).format(case=case)
        ch = later[k - 1]
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        if ch == "phone":
            text = (
                text.replace(".", "")
                .replace(",", "")
                .replace("?", "")
                .replace("!", "")
                .lower()
                .replace(case.lower(), case)
            )
        subj = W.CASE_SUBJECT[lg].format(case=case) if ch in ("email", "web") else None
        eids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                text,
                subject=subj,
                attrs={"page": "help/contact"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                W.URGENT_REPLY[lg].format(case=case),
                out=True,
            )
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "problem_event_ids": eids,
            "repeat_event_id": eids[1],
            "trouble_starts_at": iso(first),
            "competitor": comp,
            "agent_passed_on": quality,
        }
    )


def fixed_case(f: Fam, c: Cust, t: datetime, problem: str, lg: str, lg2: str) -> dict[str, Any]:
    r = f.rng
    case = f.case()
    eid = bad_moment(f, c, t, problem, "form", lg, case)
    f.add(
        c,
        t + timedelta(minutes=r.randint(10, 40)),
        "email",
        "message",
        W.CASE_OPENED[lg].format(case=case),
        subject=W.CASE_SUBJECT[lg].format(case=case),
        out=True,
    )
    tf = out_of_night(t + timedelta(hours=r.randint(3, 20)))
    f.add(
        c,
        tf,
        "email",
        "message",
        W.GOOD_NEWS[lg2].format(case=case),
        subject=W.CASE_SUBJECT[lg2].format(case=case),
        out=True,
    )
    tc = out_of_night(tf + timedelta(hours=r.randint(8, 30)))
    ch = r.choice(["email", "chat"])
    cid = f.add(
        c,
        tc,
        ch,
        "message" if ch == "email" else "chat",
        f.pick(W.CONFIRM, lg2).format(case=case),
        subject=W.CASE_SUBJECT[lg2].format(case=case) if ch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    times = [2] * 4 + [3] * 4 + [4] * 4
    quality = set(r.sample(range(12), 6))
    for i, n in enumerate(times):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(r.randint(1, 3)):
            happy_act(f, c, f.at(0, r.randint(7, 11), r.randint(0, 59)), surveys=False)
        repeat_run(
            f, c, day_time(f, r.randint(1, 4), 8, 19), n, r.choice(PROBLEMS), [c.lang], i in quality
        )
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], ["silence"])
        t = day_time(f, r.randint(1, 5), 8, 19)
        pc = fixed_case(f, c, t, r.choice(PROBLEMS), c.lang, c.lang)
        c.truth.update({"problems": [pc], "trouble_starts_at": pc["raised_at"]})
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], ["silence"])
        p1, p2 = r.sample(PROBLEMS, 2)
        t1 = day_time(f, r.randint(0, 2), 8, 19)
        a = fixed_case(f, c, t1, p1, c.lang, c.lang)
        b = fixed_case(f, c, t1 + timedelta(days=r.randint(4, 5)), p2, c.lang, c.lang)
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer")
        for d in days_apart(f, r.randint(5, 8), 0, 9):
            t = day_time(f, d)
            if r.random() < 0.7:
                q, a = f.pick(W.QUESTIONS, c.lang)
                f.add(c, t, "chat", "chat", q)
                f.add(c, t + timedelta(minutes=2), "chat", "chat", a, out=True)
            else:
                happy_act(f, c, t)


SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str], nps: bool) -> None:
    r = f.rng
    comp = r.choice(COMPS)
    offs = sorted(r.sample(range(span * 24 - 2), 4))
    hours = [0, *offs, span * 24]
    t0 = day_time(f, start_day, 8, 19)
    eids = []
    times = []
    prev = t0 - timedelta(hours=2)
    for k in range(6):
        t = out_of_night(t0 + timedelta(hours=hours[k]))
        if t <= prev + timedelta(hours=1):
            t = prev + timedelta(hours=1, minutes=r.randint(5, 50))
            t = out_of_night(t)
        prev = t
        lg = langs[k % len(langs)]
        text = W.SLIDE[lg][k].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            eids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "shop/porto-blend"},
                )
            )
        else:
            eids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
        times.append(t)
        if k == 3 and nps:
            v = r.randint(1, 5)
            sid = f.add(
                c,
                out_of_night(t + timedelta(minutes=r.randint(150, 210))),
                "survey",
                "survey_response",
                f.pick(W.LOW_NPS_WORDS, lg) or None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": v, "survey_event_id": sid})
    c.truth.update(
        {
            "slide_event_ids": eids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(times[0]),
        }
    )


def slow_churners(f: Fam) -> None:
    r = f.rng
    nps_idx = set(r.sample(range(10), 5))
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps_idx else [])
        c = f.person(f.lang(), "slow_churner", "slides", exp, SLIDE_TOL)
        for d in days_apart(f, r.randint(4, 5), 0, 10):
            ch = r.choice(["social", "community"])
            f.add(
                c,
                day_time(f, d),
                ch,
                "post" if ch == "community" else "mention",
                f.pick(W.PRAISE, c.lang),
            )
        for d in days_apart(f, r.randint(2, 4), 0, 10):
            happy_act(f, c, day_time(f, d), surveys=False)
        slide(f, c, r.randint(12, 16), spans[i], [c.lang], i in nps_idx)
    for _ in range(5):
        c = f.person(
            f.lang(),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for d in days_apart(f, r.randint(4, 6), 0, 15):
            happy_act(f, c, day_time(f, d), surveys=False)
        t = day_time(f, r.randint(17, 23), 8, 18)
        eid = f.add(c, t, "email", "message", f.pick(W.LEAVE, c.lang), subject="Club")
        f.add(
            c,
            out_of_night(t + timedelta(hours=r.randint(1, 5))),
            "email",
            "message",
            W.LEAVE_REPLY[c.lang],
            subject="Re: Club",
            out=True,
        )
        tc = out_of_night(t + timedelta(hours=r.randint(20, 30)))
        cid = f.add(
            c, tc, "web", "cancellation", attrs={"page": "club/cancel", "product": "Tostiva Club"}
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady")
        for d in days_apart(f, r.randint(6, 10), 0, 31):
            happy_act(f, c, day_time(f, d))
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = r.randint(0, 4)
        ids = []
        for _ in range(r.randint(5, 7)):
            t = day_time(f, d)
            ch = r.choice(["social", "community", "web", "review"])
            text = f.pick(W.GRUMBLES, c.lang)
            if ch == "review":
                ids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": "shop/porto-blend"},
                    )
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "help/contact"}))
            else:
                ids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
            d += r.randint(1, 3)
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": min(
                    row.data["occurred_at"] for row in f.rows if row.cust is c
                ),
            }
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        for d in days_apart(f, r.randint(3, 6), 0, 16):
            happy_act(f, c, day_time(f, d))
        t = day_time(f, r.randint(17, 28))
        sid = f.add(c, t, "social", "mention", f.pick(W.SARCASM, c.lang))
        c.truth.update({"sarcasm_event_id": sid, "trouble_starts_at": iso(t)})


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        for d in days_apart(f, r.randint(1, 3), 0, 2):
            happy_act(f, c, f.at(d, r.randint(7, 17), r.randint(0, 30)))
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(r.randint(0, 2), r.randint(9, 16), r.randint(0, 30))
        f.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        q, a = f.pick(W.MILD_GRUMBLES, c.lang)
        tg = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            gid = f.add(c, tg, "chat", "chat", q)
            f.add(c, tg + timedelta(minutes=3), "chat", "chat", a, out=True)
        else:
            gid = f.add(c, tg, "web", "ticket", q, attrs={"page": "help/contact"})
            f.add(c, tg + timedelta(minutes=45), "email", "message", a, subject=BRAND, out=True)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    n = 0
    for night in range(3):
        first = f.at(night + 1, 0, r.randint(40, 65))
        for b, gap in enumerate([0, r.randint(28, 33), r.randint(55, 65)]):
            bs = first + timedelta(minutes=gap)
            for _ in range(4):
                n += 1
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=r.randint(0, 9))
                if r.random() < 0.5:
                    q, a = f.pick(W.NIGHT_QUESTIONS, c.lang)
                    nid = f.add(c, t, "chat", "chat", q)
                    f.add(c, t + timedelta(minutes=3), "chat", "chat", a, out=True)
                    f.add(c, t + timedelta(minutes=6), "chat", "chat", f.pick(W.THANKS, c.lang))
                else:
                    ch = r.choice(["social", "community"])
                    nid = f.add(
                        c,
                        t,
                        ch,
                        "post" if ch == "community" else "mention",
                        f.pick(W.NIGHT_POSTS, c.lang),
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": nid})
                if n % 2 == 0:
                    happy_act(f, c, f.at(r.randint(0, 2), r.randint(9, 17), r.randint(0, 30)))


PAIRS = [
    ("it", "pt"),
    ("pt", "it"),
    ("it", "en"),
    ("pt", "en"),
    ("it", "de"),
    ("pt", "fr"),
    ("it", "fr"),
    ("pt", "es"),
    ("it", "es"),
    ("en", "pt"),
    ("de", "it"),
    ("fr", "pt"),
    ("es", "it"),
]


def bilingual(f: Fam) -> None:
    r = f.rng
    pairs = [PAIRS[i % len(PAIRS)] for i in range(27)]
    r.shuffle(pairs)
    market_for = {
        "it": ["IT", "CH"],
        "pt": ["PT", "LU"],
        "en": ["UK", "IE"],
        "fr": ["FR", "BE"],
        "de": ["DE", "AT"],
        "es": ["ES"],
    }

    def bi(i: int, persona: str, habit: str, exp: list[str], tol: list[str]) -> Cust:
        a, b = pairs[i]
        c = f.person(a, persona, habit, exp, tol, market=r.choice(market_for[a] + market_for[b]))
        c.truth.update(
            {
                "languages": [a, b],
                "job_second_language": r.choice(
                    [
                        "works for a firm in the other country",
                        "partner's language at home",
                        "studied abroad",
                    ]
                ),
            }
        )
        c.langs = (a, b)
        return c

    for i in range(12):
        c = bi(i, "happy", "alternates languages", [], [])
        for k, d in enumerate(days_apart(f, r.randint(5, 8), 0, 13)):
            happy_act(f, c, day_time(f, d), lang=c.langs[k % 2])
    for i in range(12, 17):
        c = bi(i, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(r.randint(1, 3)):
            happy_act(f, c, day_time(f, r.randint(0, 1)), surveys=False)
        n = [2, 2, 3, 3, 4][i - 12]
        repeat_run(
            f, c, day_time(f, r.randint(2, 5), 8, 19), n, r.choice(PROBLEMS), list(c.langs), n >= 3
        )
    for i in range(17, 22):
        c = bi(i, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        for k, d in enumerate(days_apart(f, 5, 0, 5)):
            ch = r.choice(["social", "community"])
            f.add(
                c,
                day_time(f, d),
                ch,
                "post" if ch == "community" else "mention",
                f.pick(W.PRAISE, c.langs[k % 2]),
            )
        for d in days_apart(f, r.randint(1, 3), 0, 5):
            happy_act(f, c, day_time(f, d), surveys=False, lang=c.langs[1])
        slide(f, c, r.randint(7, 8), r.randint(3, 5), list(c.langs), False)
    for i, how in zip(range(22, 25), ["long", "email", "chat"], strict=True):
        c = bi(i, "happy_one_bad_day", "one bad day", [], ["silence"])
        lg2 = c.langs[1]
        bd = r.randint(4, 9)
        t = day_time(f, bd, 8, 20)
        case = f.case()
        problem = r.choice(PROBLEMS)
        eid = bad_moment(f, c, t, problem, how, lg2, case)
        if how != "chat":
            f.add(
                c,
                t + timedelta(minutes=r.randint(10, 40)),
                "email",
                "message",
                W.CASE_OPENED[lg2].format(case=case),
                subject=W.CASE_SUBJECT[lg2].format(case=case),
                out=True,
            )
            f.add(
                c,
                out_of_night(t + timedelta(hours=r.randint(1, 4))),
                "email",
                "message",
                W.GOOD_NEWS[lg2].format(case=case),
                subject=W.CASE_SUBJECT[lg2].format(case=case),
                out=True,
            )
        if how == "email":
            ta = out_of_night(t + timedelta(hours=r.randint(18, 23)))
            aid = f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, lg2))
            c.truth.update({"apologised": True, "apology_event_id": aid, "apology_at": iso(ta)})
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": lg2,
                "trouble_starts_at": iso(t),
                "long_email": how == "long",
            }
        )
        for k, d in enumerate(days_apart(f, r.randint(3, 5), 0, 13)):
            if bd - 2 < d < bd + 3:
                continue
            happy_act(f, c, day_time(f, d), surveys=False, lang=c.langs[k % 2])
    for i in range(25, 27):
        c = bi(i, "resolved_between_contacts", "fixed", [], ["silence"])
        pc = fixed_case(
            f, c, day_time(f, r.randint(2, 8), 8, 19), r.choice(PROBLEMS), c.langs[0], c.langs[1]
        )
        c.truth.update(
            {"problems": [pc], "trouble_starts_at": pc["raised_at"], "confirm_language": c.langs[1]}
        )
        happy_act(f, c, day_time(f, 0), lang=c.langs[0])


B2B_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
SITES = [
    "law firm",
    "architects",
    "hospital admin",
    "software house",
    "bank branch",
    "school",
    "municipality",
    "logistics",
    "insurance",
    "hotel",
    "clinic",
    "university",
    "agency",
    "factory",
    "coworking",
]


def office_time(f: Fam, t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 50))
    if t.hour < 8:
        t = t.replace(hour=8)
    return t


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    acc_langs = [
        "it",
        "pt",
        "it",
        "pt",
        "de",
        "it",
        "pt",
        "fr",
        "es",
        "it",
        "pt",
        "en",
        "it",
        "pt",
        "de",
    ]
    problems = ["invoice", "portal", "service_blocked", "overbilled", "invoice"]
    complainers = [3, 3, 3, 4, 4]
    weekdays = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
    for ai, kind in enumerate(kinds):
        lg = acc_langs[ai]
        market = MARKETS[lg][0]
        acc = f.uniq(lambda m=market: f"TVU-{m}-{r.randint(1000, 9999)}")
        company = f"{r.choice(['Studio', 'Gruppo', 'Grupo', 'Casa', 'Atelier', 'Haus'])} {r.choice(LASTS[lg])} {r.choice(['SpA', 'Lda', 'GmbH', 'SA', 'SL', 'Ltd'])}"
        dom = strip_accents(company.split(" ")[1].lower()) + f"{ai}.example"
        n = {
            "at_risk": r.randint(4, 6),
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": r.randint(3, 4),
        }[kind]
        if kind == "at_risk":
            n = max(
                n, complainers[len([a for a in f.accounts.values() if a["kind"] == "at_risk"])] + 1
            )
        contacts: list[Cust] = []
        roles: list[str] = []
        nc = (
            complainers[len([a for a in f.accounts.values() if a["kind"] == "at_risk"])]
            if kind == "at_risk"
            else 0
        )
        for j in range(n):
            if kind == "at_risk" and j < nc:
                role, persona, exp, tol = "complainer", "b2b_unhappy", [], B2B_TOL
            elif kind == "one_unhappy" and j == 0:
                role, persona, exp, tol = (
                    "complainer",
                    "b2b_one_unhappy",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif kind == "mild" and j < 2:
                role, persona, exp, tol = "suggests", "b2b_mild", [], ["silence"]
            else:
                role, persona, exp, tol = "contact", "b2b_happy", [], []
            c = f.person(lg, persona, role, exp, tol, market=market, account=acc, domain=dom)
            while any(c.name.split(" ")[0] == o.name.split(" ")[0] for o in contacts):
                first = r.choice(FIRSTS[lg])
                c.name = first + " " + c.name.split(" ")[1]
                c.truth["name"] = c.name
            c.truth.update(
                {
                    "company": company,
                    "role": role,
                    "job_title": r.choice(
                        [
                            "Office manager",
                            "Facilities lead",
                            "Procurement",
                            "Finance",
                            "Team assistant",
                        ]
                    ),
                }
            )
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
            roles.append(role)
        unhappy: list[Cust] = []
        if kind == "at_risk":
            prob = problems[len([a for a in f.accounts.values() if a["kind"] == "at_risk"])]
            case = f.case()
            comp = r.choice(COMPS)
            t = f.at(2, r.randint(8, 11), r.randint(0, 59))
            firstname = contacts[0].name.split(" ")[0]
            cl = contacts[:nc]
            for j, c in enumerate(cl):
                p = B.PROBLEM[prob][lg]
                if j == 0:
                    text = B.FIRST[lg].format(p=p[0].upper() + p[1:])
                else:
                    t = office_time(f, t + timedelta(hours=r.randint(8, 28)))
                    dayw = B.DAY[lg][5] if t.date() == f.at(2, 0).date() else B.DAY[lg][2]
                    text = B.LATER[lg].format(case=case, first=firstname, day=dayw, p=p)
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=(W.COMPLAINT_SUBJECT[lg] + case)
                    if j
                    else W.COMPLAINT_SUBJECT[lg] + prob,
                )
                if j == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(20, 60)),
                        "email",
                        "message",
                        B.ACK[lg].format(case=case),
                        subject=W.CASE_SUBJECT[lg].format(case=case),
                        out=True,
                    )
                ids = [eid]
                if j < nc - 1:
                    v = r.randint(1, 5)
                    sid = f.add(
                        c,
                        t + timedelta(minutes=r.randint(60, 180)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "nps": v, "survey_event_id": sid})
                    c.truth["expected_rules"] = ["detractor"]
                else:
                    t2 = office_time(f, t + timedelta(hours=r.randint(18, 40)))
                    if ai == 0:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                B.LAST_EMAIL[lg].format(case=case, comp=comp),
                                subject=W.CASE_SUBJECT[lg].format(case=case),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(f.add(c, t2, "phone", "call", B.LAST_CALL[lg].format(case=case)))
                    c.truth["expected_rules"] = ["repeat_contact"]
                    c.truth["repeat_event_id"] = ids[-1]
                c.truth["tolerated_rules"] = sorted(set(B2B_TOL) - set(c.truth["expected_rules"]))
                c.truth.update(
                    {
                        "complaint_event_ids": ids,
                        "booking": case,
                        "problem": prob,
                        "trouble_starts_at": iso(t),
                    }
                )
                unhappy.append(c)
        elif kind == "one_unhappy":
            c = contacts[0]
            prob = ["service_blocked", "overbilled", "portal", "invoice"][ai - 5]
            case = f.case()
            t = office_time(f, f.at(r.choice([3, 4, 7]), r.randint(8, 15), r.randint(0, 59)))
            p = B.PROBLEM[prob][lg]
            eid = f.add(
                c,
                t,
                "email",
                "message",
                B.FIRST[lg].format(p=p[0].upper() + p[1:]),
                subject=W.COMPLAINT_SUBJECT[lg] + prob,
            )
            f.add(
                c,
                t + timedelta(minutes=r.randint(20, 60)),
                "email",
                "message",
                B.ACK[lg].format(case=case),
                subject=W.CASE_SUBJECT[lg].format(case=case),
                out=True,
            )
            v = r.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(60, 180)),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "complaint_event_ids": [eid],
                    "booking": case,
                    "problem": prob,
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": sid,
                    "trouble_starts_at": iso(t),
                }
            )
            unhappy.append(c)
        elif kind == "mild":
            for c in contacts[:2]:
                t = office_time(
                    f, f.at(r.choice([2, 3, 4, 8, 9]), r.randint(8, 15), r.randint(0, 59))
                )
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick(B.SUGGEST, lg),
                    attrs={"page": "pro/portal/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(hours=2),
                    "email",
                    "message",
                    B.SUGGEST_ACK[lg],
                    subject=BRAND,
                    out=True,
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        for j, c in enumerate(contacts):
            routine_days = [0, 1] if roles[j] != "contact" else weekdays
            for d in r.sample(
                routine_days, r.randint(0, 2) if roles[j] != "contact" else r.randint(2, 5)
            ):
                t = f.at(d, r.randint(8, 16), r.randint(0, 30))
                k = r.choice(
                    ["chat", "buy", "view"]
                    + (["praise", "survey"] if roles[j] == "contact" else [])
                )
                if k == "chat":
                    q, a = f.pick(B.ROUTINE_Q, lg)
                    f.add(c, t, "chat", "chat", q)
                    f.add(c, t + timedelta(minutes=r.randint(1, 6)), "chat", "chat", a, out=True)
                    if r.random() < 0.5:
                        f.add(c, t + timedelta(minutes=8), "chat", "chat", f.pick(W.THANKS, lg))
                elif k == "buy":
                    prod, price, page = r.choice(B.PRODUCTS)
                    cur = {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")
                    f.add(c, t, "web", "page_view", attrs={"page": page})
                    f.add(
                        c,
                        t + timedelta(minutes=4),
                        "web",
                        "purchase",
                        attrs={
                            "order_value": f"{price:.2f}",
                            "currency": cur,
                            "product": prod,
                            "page": page,
                        },
                    )
                elif k == "view":
                    f.add(c, t, "web", "page_view", attrs={"page": "pro/portal"})
                elif k == "praise":
                    f.add(c, t, "community", "post", f.pick(B.PRAISE, lg))
                else:
                    happy_survey(f, c, t, lg)
        at_risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": company,
            "site": SITES[ai],
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if at_risk else None,
            "trouble_starts_at": min(c.truth["trouble_starts_at"] for c in unhappy)
            if at_risk
            else None,
            "language": lg,
            "country": market,
        }


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer")
        for d in days_apart(f, r.randint(1, 4), 0, 5):
            t = f.at(d, r.randint(12, 18), r.randint(0, 59)) if d == 5 else day_time(f, d)
            happy_act(f, c, t)
    for lg in ("it", "pt"):
        c = f.person(lg, "grumbles_once", "grumbles once", [], ["silence"])
        q, a = W.GRUMBLE_SPIKE_WEEK[lg]
        t = f.at(0, r.randint(9, 15), r.randint(0, 59))
        gid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + timedelta(minutes=4), "chat", "chat", a, out=True)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lg, (h, m) in (("it", (9, 40)), ("pt", (16, 5))):
        c = f.person(lg, "grumbles_once", "lone question", [], ["silence"])
        q, a = W.LONE_QUESTION[lg]
        t = f.at(4, h, m)
        lid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + timedelta(minutes=3), "chat", "chat", a, out=True)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["it"] * 6 + ["pt"] * 6 + ["en", "en", "fr", "fr", "de", "es"] + ["de", "es"]
    r.shuffle(langs)
    minutes = sorted([10, *r.sample(range(11, 55), 18), 55])
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    reps = [i for i in range(20) if minutes[i] <= 35]
    rep_idx = set(r.sample(reps, 6))
    fixed_idx = set(r.sample([i for i in range(20) if i not in rep_idx], 6))
    keys, eids, reids = [], [], []
    for i in range(20):
        lg = langs[i]
        regular = i < 12
        rep = i in rep_idx
        c = f.person(
            lg,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if rep else [],
            ["sentiment_drop", "silence"] if rep else ["silence"],
        )
        if regular:
            for _ in range(r.randint(1, 2)):
                happy_act(f, c, f.at(2, r.randint(8, 17), r.randint(0, 30)))
        t = f.at(5, 8, minutes[i])
        ch = chans[i]
        text = f.pick(W.SPIKE, lg)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = f.add(
            c,
            t,
            ch,
            kind,
            text,
            subject=f"{W.SPIKE_ERR}" if ch in ("email", "web") else None,
            attrs={"page": "journal"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=r.randint(2, 5)),
                "chat",
                "chat",
                W.SPIKE_CHAT_REPLY[lg],
                out=True,
            )
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if rep:
            ch2 = r.choice([x for x in ["email", "chat", "community"] if x != ch])
            t2 = t + timedelta(minutes=r.randint(15, 50))
            rid = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.pick(W.SPIKE_REPEAT, lg),
                subject=W.SPIKE_ERR if ch2 == "email" else None,
            )
            c.truth["repeat_event_id"] = rid
            reids.append(rid)
        if i in fixed_idx:
            local = "11:40" if c.market not in ("UK", "IE", "PT") else "10:40"
            f.add(
                c,
                f.at(5, 11, r.randint(8, 17)),
                "email",
                "message",
                W.SPIKE_FIXED[lg].format(time=local),
                subject=BRAND + " Journal",
                out=True,
            )
            c.truth["agent_fixed"] = True
        keys.append(c.key)
        eids.append(eid)
    f.spike = {
        "topic": f"coffee app brew journals made public under customers' full names, deleting fails with error {W.SPIKE_ERR}",
        "about": "private brew journals published on the shop's product pages; deleting an entry fails",
        "channel": None,
        "start": iso(f.at(5, 8, minutes[0])),
        "end": iso(f.at(5, 8, minutes[-1])),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }


# ---------------------------------------------------------------- output


def render(f: Fam) -> tuple[str, str]:
    rows = sorted(f.rows, key=lambda x: (x.t, x.n))
    seen: set[str] = set()
    lines = []
    for row in rows:
        c = row.cust
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        ch = row.data["channel"]
        if row.out or c.key not in seen:
            ref = dict(full)
            if not row.out:
                seen.add(c.key)
        else:
            ref = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if ch == "phone":
                ph = c.phone
                if f.rr.random() < 0.5:
                    cc = PHONE[c.market][0]
                    ph = cc + " " + ph[len(cc) :]
                ref["phone"] = ph
            elif ch in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if f.rr.random() > 0.2 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif ch == "email":
                ref["email"] = c.email.upper() if f.rr.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
        d = dict(row.data)
        d["customer"] = ref
        order = [
            "event_id",
            "occurred_at",
            "channel",
            "kind",
            "direction",
            "customer",
            "text",
            "subject",
            "scores",
            "source",
            "attributes",
        ]
        lines.append(json.dumps({k: d[k] for k in order}, ensure_ascii=False, sort_keys=False))
    inbound = {row.cust.key for row in f.rows if not row.out}
    assert inbound == set(f.custs), f.name
    last = max(row.t for row in f.rows)
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    assert end <= LIMIT, f.name
    expected: dict[str, int] = {}
    for c in f.custs.values():
        assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    assert expected == f.expected, (f.name, expected, f.expected)
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Tostiva (coffee by subscription, machines rented and serviced; Tostiva Ufficio on account)",
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": WRITTEN,
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {k: c.truth for k, c in sorted(f.custs.items())},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    return "\n".join(lines) + "\n", json.dumps(
        truth, ensure_ascii=False, indent=1, sort_keys=True
    ) + "\n"


FAMILIES: list[tuple[str, str, datetime, int, str, Any, dict[str, int]]] = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy daytime and night writers and survey answerers",
        happy_writers,
        {},
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry day",
        one_bad_day,
        {"detractor": 6},
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "one open problem raised two to four times",
        repeat_contacts,
        {"repeat_contact": 12},
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slow slides, leavers, grumpy and sarcastic customers",
        slow_churners,
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm weekend with night owls",
        quiet_hours,
        {},
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages",
        bilingual,
        {"repeat_contact": 5, "sentiment_drop": 5},
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "office coffee accounts",
        b2b_accounts,
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        6,
        "a calm week and the brew-journal spike on Saturday 14 November",
        topic_spike,
        {"topic_spike": 1, "repeat_contact": 6},
    ),
]


def main() -> None:
    USED.clear()
    for n, (name, code, start, days, about, build, exp) in enumerate(FAMILIES, 1):
        f = Fam(name, code, start, days, about, n)
        f.expected = exp
        build(f)
        jsonl, truth = render(f)
        (HERE / f"{name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{name}.truth.json").write_text(truth, encoding="utf-8")
        print(name, len(f.custs), len(f.rows), sum(1 for x in f.rows if x.out))


if __name__ == "__main__":
    main()
