# ruff: noqa: E501
"""Generate heldout50: hand-written alert scenarios, written blind (report only, never tune on them).

Standard library only; deterministic (same bytes every run). Run: python make_heldout50.py
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

SEED = 20261029
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
LANGS = ("es", "de", "en", "fr", "it", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "es": ("ES",),
    "de": ("DE", "DE", "AT", "CH"),
    "en": ("UK", "UK", "IE"),
    "fr": ("FR", "BE", "CH", "LU"),
    "it": ("IT", "IT", "CH"),
    "pt": ("PT",),
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
    "LU": ("+352", "621", 6),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
FIRST = {
    "es": (
        "Lucía",
        "Marta",
        "Carmen",
        "Elena",
        "Nuria",
        "Pilar",
        "Javier",
        "Sergio",
        "Álvaro",
        "Raúl",
        "Iker",
        "Rocío",
        "Begoña",
        "Tomás",
        "Inés",
        "Gonzalo",
    ),
    "de": (
        "Anja",
        "Katrin",
        "Sabine",
        "Jana",
        "Lena",
        "Birgit",
        "Jonas",
        "Tobias",
        "Uwe",
        "Felix",
        "Matthias",
        "Heike",
        "Dirk",
        "Svenja",
        "Lukas",
        "Gerda",
    ),
    "en": ("Sophie", "Niamh", "Hannah", "Chloe", "Liam", "Owen", "Callum", "Aoife"),
    "fr": ("Camille", "Élodie", "Manon", "Julien", "Théo", "Margaux", "Bastien", "Inès"),
    "it": ("Giulia", "Chiara", "Federica", "Marco", "Davide", "Simona", "Lorenzo", "Elisa"),
    "pt": ("Beatriz", "Inês", "Mariana", "Rui", "Tiago", "Catarina", "Nuno", "Leonor"),
}
LAST = {
    "es": (
        "García",
        "Navarro",
        "Ortega",
        "Castillo",
        "Romero",
        "Iglesias",
        "Muñoz",
        "Serrano",
        "Vidal",
        "Rubio",
        "Cabrera",
        "Lozano",
    ),
    "de": (
        "Schneider",
        "Vogel",
        "Krause",
        "Hartmann",
        "Lehmann",
        "Brandt",
        "Wolff",
        "Kaiser",
        "Seidel",
        "Böhm",
        "Graf",
        "Franke",
    ),
    "en": ("Walsh", "Hughes", "Murphy", "Bennett", "Doyle", "Price"),
    "fr": ("Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Chevalier"),
    "it": ("Ferrara", "Colombo", "Rinaldi", "Greco", "Marchetti", "Bassi"),
    "pt": ("Pereira", "Carvalho", "Ferreira", "Sousa", "Pinto", "Lopes"),
}
MAILS = ("mail.example", "correo.example", "post.example", "web.example", "net.example")
CUR = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
SOURCE = {
    "email": "vinolta-mail",
    "phone": "vinolta-voice",
    "social": "vinolta-social",
    "community": "vinolta-forum",
    "chat": "vinolta-chat",
    "web": "vinolta-web",
    "survey": "vinolta-survey",
}
AGENTS = ("Irene", "Paco", "Mareike", "Jens", "Olga", "Bruno")
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
B2B_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]

USED: set[str] = set()


def uniq(make: Any) -> str:
    while True:
        v = str(make())
        if v not in USED:
            USED.add(v)
            return v


def strip_accents(s: str) -> str:
    s = (
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    out = []
    for ch in s:
        if ch in "ñÑß":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


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
class Row:
    t: datetime
    eid: str
    cust: Cust
    data: dict[str, Any]
    inbound: bool


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    rng: random.Random
    rough: random.Random
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        r = self.rng
        lang = lang or r.choices(LANGS, WEIGHTS)[0]
        market = market or r.choice(MARKETS[lang])
        first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
        key = uniq(lambda: f"VN{self.code}{r.randint(1000, 9999)}")
        base = (
            strip_accents(f"{first}.{last}")
            .lower()
            .replace("ñ", "n")
            .replace("ß", "ss")
            .replace(" ", "")
        )
        email = uniq(lambda: f"{base}{r.randint(1, 99)}@{domain or r.choice(MAILS)}")
        cc, pre, ln = PHONE[market]
        phone = uniq(
            lambda: cc + pre + "".join(str(r.randint(0, 9)) for _ in range(ln - len(pre) + 1))
        )
        handle = (
            None
            if account
            else uniq(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{strip_accents(last).lower()}_{strip_accents(first).lower()}{r.randint(1, 9)}",
                            f"{strip_accents(first).lower()}{strip_accents(last).lower()[:4]}{r.randint(10, 99)}",
                        ]
                    )
                )
            )
        )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
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
        eid = f"vn50-{self.code.lower()}-{self.n:05d}"
        if text is not None:
            text = text.replace("{brand}", W.BRAND).replace("{club}", W.CLUB)
            if not out and channel not in ("phone", "survey"):
                text = self.roughen(text)
            if channel == "social" and not out and not c.account:
                text = (
                    text.replace(W.BRAND, "@" + W.BRAND, 1)
                    if W.BRAND in text
                    else f"@{W.BRAND} {text}"
                )
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        data: dict[str, Any] = {
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
        self.rows.append(Row(t, eid, c, data, not out))
        return eid

    def roughen(self, s: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            s = strip_accents(s)
        if r.random() < 0.125 and s[:1].isupper():
            s = s[0].lower() + s[1:]
        if r.random() < 0.14:
            words = [
                i for i, w in enumerate(s.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = s.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                s = " ".join(parts)
        return s

    # ---- happy acts ----
    def happy(
        self,
        c: Cust,
        t: datetime,
        kinds: tuple[str, ...] = (
            "praise",
            "again",
            "gripe",
            "chat",
            "phone",
            "buy",
            "view",
            "review",
            "survey",
        ),
    ) -> None:
        r, lang = self.rng, c.lang
        k = r.choice(kinds)
        if k in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.PRAISE_AGAIN, "gripe": W.PRAISE_GRIPE}[k]
            ch = r.choice(["social", "community"]) if not c.account else "community"
            self.add(c, t, ch, "post" if ch == "community" else "mention", r.choice(table[lang]))
        elif k == "chat":
            q, ans = r.choice(W.QUESTIONS[lang] if not c.account else B.B2B_Q[lang])
            self.add(c, t, "chat", "chat", q)
            t2 = t + timedelta(minutes=r.randint(1, 6))
            self.add(c, t2, "chat", "chat", ans, out=True)
            if r.random() < 0.6:
                self.add(
                    c,
                    t2 + timedelta(minutes=r.randint(1, 4)),
                    "chat",
                    "chat",
                    r.choice(W.THANKS[lang]),
                )
        elif k == "phone":
            q, ans = r.choice(W.PHONE_Q[lang])
            self.add(c, t, "phone", "call", q)
            self.add(
                c,
                t + timedelta(minutes=r.randint(15, 50)),
                "email",
                "message",
                ans,
                subject=W.BRAND,
                out=True,
            )
        elif k in ("buy", "view"):
            page = r.choice(W.PAGES)
            self.add(c, t, "web", "page_view", attrs={"page": page})
            if k == "buy":
                prod, price = r.choice(W.WINES if not c.account else B.B2B_PRODUCTS)
                cur, f = CUR.get(c.market, ("EUR", 1.0))
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(2, 12)),
                    "web",
                    "purchase",
                    attrs={
                        "page": page,
                        "product": prod,
                        "order_value": f"{float(price) * f:.2f}",
                        "currency": cur,
                    },
                )
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                r.choice(W.REVIEWS[lang]),
                attrs={"rating": str(r.choice([4, 5, 5])), "page": r.choice(W.PAGES)},
            )
        else:
            self.survey(c, t)

    def survey(self, c: Cust, t: datetime) -> None:
        r = self.rng
        kind = r.choice(["nps", "csat", "ces"])
        val = {"nps": r.choice([9, 10]), "csat": r.choice([4, 5]), "ces": r.choice([6, 7])}[kind]
        word = r.choice(W.SURVEY_WORDS[c.lang])
        self.add(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={kind: val},
            attrs={"survey": kind},
        )

    def day_time(self, day: int, lo: float = 7.0, hi: float = 19.0) -> datetime:
        return self.at(day, self.rng.uniform(lo, hi)).replace(second=0, microsecond=0)

    def happy_days(
        self,
        c: Cust,
        days: list[int],
        lo: float = 7.0,
        hi: float = 19.0,
        kinds: tuple[str, ...] | None = None,
    ) -> None:
        for d in days:
            if kinds:
                self.happy(c, self.day_time(d, lo, hi), kinds)
            else:
                self.happy(c, self.day_time(d, lo, hi))

    def case(self) -> str:
        return uniq(lambda: f"VN-{self.rng.randint(100000, 999999)}")


def daytime(t: datetime) -> datetime:
    """Move a time out of 22:00-07:00 UTC to 08:00-09:00."""
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute % 60)
    return t


def fmt(s: str, **kw: str) -> str:
    for k, v in kw.items():
        s = s.replace("{" + k + "}", v)
    return s


def complaint(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    case: str | None,
    long_email: bool = False,
    lang: str | None = None,
) -> str:
    lang = lang or c.lang
    topic, story, spoken = W.PROBLEM[lang][problem]
    r = f.rng
    if channel == "email":
        frame = r.choice(W.LONG_EMAIL[lang]) if long_email else r.choice(W.EMAIL_FRAME[lang])
        return f.add(
            c,
            t,
            "email",
            "message",
            fmt(frame, story=story, first=c.first),
            subject=fmt(W.COMPLAINT_SUBJECT[lang], topic=topic),
        )
    if channel == "chat":
        return f.add(c, t, "chat", "chat", fmt(W.CHAT_FRAME[lang], story=story))
    if channel == "social":
        return f.add(c, t, "social", "mention", fmt(W.SOCIAL_FRAME[lang], story=story))
    if channel == "web":
        return f.add(
            c,
            t,
            "web",
            "ticket",
            fmt(W.FORM_FRAME[lang], story=story),
            subject=topic,
            attrs={"page": "/ayuda/contacto"},
        )
    return f.add(c, t, "phone", "call", fmt(W.PHONE_FRAME[lang], spoken=spoken))


def reply(f: Fam, c: Cust, t: datetime, channel: str, text: str, case: str, lang: str) -> str:
    if channel == "chat":
        return f.add(
            c, t, "chat", "chat", fmt(text, first=c.first, case=case, brand=W.BRAND), out=True
        )
    return f.add(
        c,
        t,
        "email",
        "message",
        fmt(text, first=c.first, case=case, brand=W.BRAND),
        subject=fmt(W.RE_SUBJECT[lang], case=case),
        out=True,
    )


def new_fam(n: int, name: str, code: str, start: str, days: int, about: str) -> Fam:
    return Fam(
        name,
        code,
        datetime.fromisoformat(start).replace(tzinfo=UTC),
        days,
        about,
        random.Random(SEED * 100 + n),
        random.Random(SEED * 100 + 50 + n),
    )


def spread(r: random.Random, lo: int, hi: int, k: int, avoid: set[int] | None = None) -> list[int]:
    pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
    return sorted(r.sample(pool, min(k, len(pool))))


# ---------------- families ----------------


def happy_writers() -> Fam:
    f = new_fam(
        1,
        "happy_writers",
        "HW",
        "2026-03-09",
        10,
        "happy daytime and night writers and survey answerers",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, spread(r, 0, 9, r.randint(5, 8)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in spread(r, 0, 8, r.randint(2, 4)):
            t = f.at(d, r.uniform(22.2, 28.5)).replace(second=0, microsecond=0)
            if r.random() < 0.5:
                f.add(
                    c, t, r.choice(["social", "community"]), "post", r.choice(W.NIGHT_POSTS[c.lang])
                )
            else:
                q, ans = r.choice(W.NIGHT_Q[c.lang])
                f.add(c, t, "chat", "chat", q)
                f.add(c, t + timedelta(minutes=r.randint(2, 6)), "chat", "chat", ans, out=True)
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(7, 10)),
                    "chat",
                    "chat",
                    r.choice(W.THANKS[c.lang]),
                )
        f.happy_days(
            c, spread(r, 0, 9, r.randint(2, 3)), 9, 18, ("praise", "buy", "view", "review")
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in spread(r, 0, 9, r.randint(3, 6)):
            f.survey(c, f.day_time(d))
    return f


BAD_CHANNELS = ("long", "email", "chat", "social", "web", "phone")


def one_bad_day() -> Fam:
    f = new_fam(2, "one_bad_day", "BD", "2026-04-20", 12, "happy customers with one angry day")
    r = f.rng
    plan = [(BAD_CHANNELS[i % 6], W.PROBLEMS[(i * 5 + i // 6) % 6]) for i in range(24)]
    with_case = [i for i, (ch, _) in enumerate(plan) if ch != "social"]
    nps_set = set(r.sample(with_case, 6))
    rest = [i for i in with_case if i not in nps_set]
    csat_set = set(r.sample(rest, 5))
    good = set(r.sample(with_case, 12))
    apol = set(r.sample(sorted(good), 5))
    for i, (ch, prob) in enumerate(plan):
        lang = r.choice(["es", "de"]) if ch == "long" else None
        persona = "bad_day_detractor" if i in nps_set else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            lang=lang,
            expected=["detractor"] if i in nps_set else [],
            tolerated=["silence"],
        )
        bd = r.randint(2, 9)
        t = f.day_time(bd, 8, 20)
        f.happy_days(
            c,
            spread(r, 0, 11, r.randint(1, 5), set(range(bd - 1, bd + 3))),
            kinds=("praise", "again", "chat", "buy", "view", "review"),
        )
        case = None if ch == "social" else f.case()
        eid = complaint(
            f, c, t, "email" if ch == "long" else ch, prob, case, long_email=ch == "long"
        )
        c.truth.update(
            problem=prob,
            booking=case,
            bad_day_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            bad_day_event_id=eid,
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
            problem_event_ids=[eid],
        )
        if case:
            if ch == "chat":
                reply(
                    f,
                    c,
                    t + timedelta(minutes=r.randint(2, 6)),
                    "chat",
                    W.CASE_OPENED[c.lang],
                    case,
                    c.lang,
                )
            else:
                reply(
                    f,
                    c,
                    t + timedelta(minutes=r.randint(10, 40)),
                    "email",
                    W.CASE_OPENED[c.lang],
                    case,
                    c.lang,
                )
        if i in nps_set:
            s = f.add(
                c,
                t + timedelta(minutes=r.randint(100, 140)),
                "survey",
                "survey_response",
                r.choice(W.LOW_NPS[c.lang]),
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, survey_event_id=s)
        if i in csat_set:
            s = f.add(
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                r.choice(W.LOW_CSAT[c.lang]) or None,
                scores={"csat": r.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, survey_event_id=s)
        if case and i in good:
            reply(
                f,
                c,
                daytime(t + timedelta(minutes=r.randint(60, 240))),
                "email",
                W.GOOD_NEWS[c.lang],
                case,
                c.lang,
            )
            c.truth["agent_fixed"] = True
            if i in apol:
                ta = daytime(t + timedelta(hours=r.uniform(16, 24))).replace(
                    second=0, microsecond=0
                )
                a = f.add(c, ta, r.choice(["chat", "email"]), "chat", r.choice(W.APOLOGY[c.lang]))
                if f.rows[-1].data["channel"] == "email":
                    f.rows[-1].data["kind"] = "message"
                c.truth.update(apologised=True, apology_event_id=a)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(
            c,
            spread(r, 0, 11, r.randint(4, 7)),
            kinds=("praise", "again", "gripe", "chat", "phone", "buy", "view", "review"),
        )
    return f


CONTACT_CHANNELS = ("email", "chat", "phone", "web", "social")


def repeat_run(
    f: Fam, c: Cust, contacts: int, first_day: int, langs: list[str], quality: bool, prob: str
) -> None:
    r = f.rng
    case = f.case()
    chans = r.sample(CONTACT_CHANNELS, contacts)
    t = f.day_time(first_day, 8, 19)
    ids = []
    comp = r.choice(W.COMPETITORS)
    for k in range(contacts):
        lang = langs[k % len(langs)]
        ch = chans[k]
        if k == 0:
            eid = complaint(f, c, t, ch, prob, case, lang=lang)
            if ch == "chat":
                reply(
                    f,
                    c,
                    t + timedelta(minutes=r.randint(2, 6)),
                    "chat",
                    W.CASE_OPENED[lang],
                    case,
                    lang,
                )
            if quality:
                reply(
                    f,
                    c,
                    t + timedelta(minutes=r.randint(90, 150)),
                    "email",
                    W.QUALITY_LEAD[lang],
                    case,
                    lang,
                )
            elif ch != "chat":
                reply(
                    f,
                    c,
                    t + timedelta(minutes=r.randint(10, 40)),
                    "email",
                    W.CASE_OPENED[lang],
                    case,
                    lang,
                )
        else:
            t = daytime(t + timedelta(hours=r.uniform(4, 40))).replace(second=0, microsecond=0)
            story = W.PROBLEM[lang][prob][1]
            if k == 1:
                text = fmt(W.SECOND[lang], case=case, story=story)
            elif k == 2:
                text = fmt(r.choice(W.THIRD[lang]), case=case, story=story, comp=comp)
            else:
                text = fmt(W.FOURTH[lang], case=case, story=story)
            if ch == "phone":
                text = "".join(x for x in text.lower() if x.isalnum() or x in " -'").replace(
                    "vn-", "VN-"
                )
            kind = {
                "email": "message",
                "chat": "chat",
                "phone": "call",
                "web": "ticket",
                "social": "mention",
            }[ch]
            subj = fmt(W.RE_SUBJECT[lang], case=case) if ch in ("email", "web") else None
            eid = f.add(c, t, ch, kind, text, subject=subj)
            if ch == "chat":
                reply(
                    f, c, t + timedelta(minutes=r.randint(2, 6)), "chat", W.URGENT[lang], case, lang
                )
        ids.append(eid)
    c.truth.update(
        problem=prob,
        booking=case,
        contacts=contacts,
        channels=chans,
        problem_event_ids=ids,
        agent_passed_on=quality,
        competitor=comp if contacts >= 3 else None,
        trouble_starts_at=f.rows[[x.eid for x in f.rows].index(ids[0])].data["occurred_at"],
    )


def fixed_case(
    f: Fam, c: Cust, day: int, prob: str, lang1: str, lang2: str, ch: str
) -> dict[str, Any]:
    r = f.rng
    case = f.case()
    t = f.day_time(day, 8, 18)
    eid = complaint(f, c, t, ch, prob, case, lang=lang1)
    reply(
        f,
        c,
        t + timedelta(minutes=r.randint(10, 40)),
        "chat" if ch == "chat" else "email",
        W.CASE_OPENED[lang1],
        case,
        lang1,
    )
    tf = daytime(t + timedelta(hours=r.uniform(3, 20))).replace(second=0, microsecond=0)
    reply(f, c, tf, "email", W.GOOD_NEWS[lang2], case, lang2)
    tc = daytime(tf + timedelta(hours=r.uniform(8, 30))).replace(second=0, microsecond=0)
    cch = r.choice(["email", "chat"])
    conf = f.add(
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        fmt(r.choice(W.CONFIRM[lang2]), case=case),
        subject=fmt(W.RE_SUBJECT[lang2], case=case) if cch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": case,
        "raised_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fixed_at": tf.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "confirmed_at": tc.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "problem_event_ids": [eid],
        "confirm_event_id": conf,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = new_fam(
        3,
        "repeat_contacts",
        "RC",
        "2026-06-01",
        10,
        "the same open problem raised again, against fixed cases and frequent writers",
    )
    r = f.rng
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        f.happy_days(c, [0], 7, 12, ("praise", "buy", "view", "chat"))
        repeat_run(f, c, 2 + i % 3, r.randint(1, 4), [c.lang], i < 6, W.PROBLEMS[i % 6])
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy_days(c, [0], 7, 12, ("praise", "buy", "view"))
        p = fixed_case(
            f,
            c,
            r.randint(1, 4),
            W.PROBLEMS[(i + 2) % 6],
            c.lang,
            c.lang,
            r.choice(["web", "email", "chat"]),
        )
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        d = r.randint(1, 3)
        p1 = fixed_case(f, c, d, W.PROBLEMS[i], c.lang, c.lang, "email")
        p2 = fixed_case(f, c, d + r.randint(4, 5), W.PROBLEMS[i + 3], c.lang, c.lang, "web")
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(
            c, spread(r, 0, 9, r.randint(5, 8)), kinds=("chat", "chat", "phone", "praise", "buy")
        )
    return f


def slide(f: Fam, c: Cust, start_day: int, over: int, langs: list[str]) -> list[str]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    t = f.day_time(start_day, 8, 18)
    ids = []
    gaps = sorted(r.uniform(0, over * 24) for _ in range(5))
    t0 = t
    for k in range(6):
        if k:
            t = max(t + timedelta(hours=1), daytime(t0 + timedelta(hours=gaps[k - 1]))).replace(
                second=0, microsecond=0
            )
            t = daytime(t)
        lang = langs[k % len(langs)]
        text = fmt(W.SLIDE[lang][k], comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/club"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
    c.truth.update(
        slide_event_ids=ids,
        slide_days=over,
        competitor=comp,
        trouble_starts_at=next(x.data["occurred_at"] for x in f.rows if x.eid == ids[0]),
    )
    return ids


def slow_churners() -> Fam:
    f = new_fam(
        4,
        "slow_churners",
        "SC",
        "2026-07-06",
        32,
        "sliding and leaving customers against steady, grumpy and sarcastic ones",
    )
    r = f.rng
    overs = [3] * 1 + [5] * 5 + [9] * 4
    for i in range(10):
        nps = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if nps else []),
            tolerated=SLIDE_TOL,
        )
        days = spread(r, 0, 10, 4 + r.randint(0, 1) + r.randint(2, 4))
        for j, d in enumerate(days):
            f.happy(
                c,
                f.day_time(d),
                ("praise", "again") if j % 2 == 0 or j < 5 else ("buy", "view", "chat"),
            )
        ids = slide(f, c, r.randint(12, 16), overs[i], [c.lang])
        if nps:
            t4 = next(x.t for x in f.rows if x.eid == ids[3])
            s = f.add(
                c,
                daytime(t4 + timedelta(hours=r.uniform(2.5, 3.5))).replace(second=0, microsecond=0),
                "survey",
                "survey_response",
                r.choice(W.LOW_NPS[c.lang]),
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, survey_event_id=s)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVE_TOL
        )
        f.happy_days(c, spread(r, 0, 15, r.randint(4, 6)))
        t = f.day_time(r.randint(17, 23), 8, 19)
        e = f.add(c, t, "email", "message", r.choice(W.LEAVE[c.lang]), subject=W.CLUB)
        reply(
            f,
            c,
            daytime(t + timedelta(hours=r.uniform(1, 5))).replace(second=0, microsecond=0),
            "email",
            W.SORRY_GO[c.lang],
            "",
            c.lang,
        )
        f.rows[-1].data["subject"] = "RE: " + W.CLUB
        tc = daytime(t + timedelta(hours=r.uniform(20, 30))).replace(second=0, microsecond=0)
        x = f.add(c, tc, "web", "cancellation", attrs={"page": "/club/cancelar", "product": W.CLUB})
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=tc.strftime("%Y-%m-%dT%H:%M:%SZ"),
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, spread(r, 0, 31, r.randint(6, 10)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = r.randint(0, 4)
        ids = []
        for k in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web", "review"])
            text = W.GRUMBLES[c.lang][k % len(W.GRUMBLES[c.lang])]
            t = f.day_time(d, 8, 20)
            if ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/club"})
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/ayuda/contacto"}))
            else:
                ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            d += r.randint(1, 3)
        f.happy_days(c, spread(r, 0, 25, r.randint(0, 2)), kinds=("buy",))
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=next(x.data["occurred_at"] for x in f.rows if x.eid == ids[0]),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        sd = r.randint(17, 28)
        f.happy_days(c, spread(r, 0, 31, r.randint(4, 6), {sd}))
        t = f.day_time(sd, 9, 20)
        s = f.add(c, t, "social", "mention", r.choice(W.SARCASM[c.lang]))
        c.truth.update(sarcasm_event_id=s, trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    return f


def quiet_hours() -> Fam:
    f = new_fam(
        5,
        "quiet_hours",
        "QH",
        "2026-08-14",
        3,
        "a calm weekend with night owls in bursts and no spike",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(
            c,
            spread(r, 0, 2, r.randint(1, 3)),
            7,
            17.5,
            ("praise", "again", "buy", "view", "review", "chat"),
        )
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.day_time(r.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/tintos"})
        q, ans = W.MILD_GRUMBLE[c.lang]
        tg = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            g = f.add(c, tg, "chat", "chat", q)
            f.add(c, tg + timedelta(minutes=r.randint(2, 6)), "chat", "chat", ans, out=True)
        else:
            g = f.add(c, tg, "web", "ticket", q, attrs={"page": "/ayuda/contacto"})
            f.add(
                c,
                tg + timedelta(minutes=r.randint(15, 50)),
                "email",
                "message",
                fmt(W.FORM_ACK[c.lang], first=c.first),
                subject=W.BRAND,
                out=True,
            )
        c.truth.update(grumble_event_id=g, trouble_starts_at=tg.strftime("%Y-%m-%dT%H:%M:%SZ"))
    for night in range(3):
        b0 = f.at(night + 1, r.uniform(0.67, 1.08))
        starts = [
            b0,
            b0 + timedelta(minutes=r.randint(28, 33)),
            b0 + timedelta(minutes=r.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = (bs + timedelta(minutes=r.uniform(0, 10))).replace(second=0, microsecond=0)
                if r.random() < 0.5:
                    q, ans = r.choice(W.NIGHT_Q[c.lang])
                    n = f.add(c, t, "chat", "chat", q)
                    f.add(c, t + timedelta(minutes=r.randint(2, 5)), "chat", "chat", ans, out=True)
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(6, 9)),
                        "chat",
                        "chat",
                        r.choice(W.THANKS[c.lang]),
                    )
                else:
                    n = f.add(
                        c,
                        t,
                        r.choice(["social", "community"]),
                        "post",
                        r.choice(W.NIGHT_POSTS[c.lang]),
                    )
                if r.random() < 0.5:
                    f.happy(c, f.day_time(r.randint(0, 2), 9, 17.5), ("praise", "buy", "view"))
                c.truth.update(burst_at=bs.strftime("%Y-%m-%dT%H:%M:%SZ"), night_event_id=n)
    return f


PAIRS = (
    [("es", "de")] * 4
    + [("de", "es")] * 4
    + [
        ("es", "en"),
        ("en", "es"),
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
        ("en", "de"),
        ("es", "de"),
        ("es", "de"),
    ]
)
PAIR_MARKET = {"es": "ES", "de": "DE", "en": "IE", "fr": "BE", "it": "CH", "pt": "PT"}


def bilingual() -> Fam:
    f = new_fam(6, "bilingual", "BL", "2026-09-07", 14, "customers who write in two languages")
    r = f.rng
    pairs = list(PAIRS)
    r.shuffle(pairs)
    de_second = next(i for i, p in enumerate(pairs) if p[1] == "de" and p[0] != "de")
    pairs.insert(0, pairs.pop(de_second))

    def mk(persona: str, habit: str, pair: tuple[str, str], exp: list[str], tol: list[str]) -> Cust:
        c = f.person(
            persona,
            habit,
            lang=pair[0],
            market=r.choice([PAIR_MARKET[pair[0]], PAIR_MARKET[pair[1]]]),
            expected=exp,
            tolerated=tol,
        )
        c.truth["languages"] = list(pair)
        c.truth["job_second_language"] = r.choice(
            [
                "works for a company abroad",
                "partner's family",
                "studied abroad",
                "lives near the border",
            ]
        )
        return c

    # bad days first (the first pair's second language is German: the long e-mail)
    for i in range(3):
        pair = pairs[i]
        c = mk("happy_one_bad_day", "one bad day", pair, [], ["silence"])
        bd = r.randint(3, 10)
        for j, d in enumerate(spread(r, 0, 13, r.randint(2, 4), set(range(bd - 1, bd + 3)))):
            c.lang = pair[j % 2]
            f.happy(c, f.day_time(d), ("praise", "buy", "view", "chat"))
        c.lang = pair[1]
        t = f.day_time(bd, 8, 20)
        prob = W.PROBLEMS[i + 1]
        ch = ("email", "email", "chat")[i]
        case = f.case()
        eid = complaint(f, c, t, ch, prob, case, long_email=i == 0)
        reply(
            f,
            c,
            t + timedelta(minutes=r.randint(10, 40) if ch == "email" else r.randint(2, 6)),
            ch,
            W.CASE_OPENED[c.lang],
            case,
            c.lang,
        )
        if ch == "email":
            reply(
                f,
                c,
                daytime(t + timedelta(minutes=r.randint(60, 240))),
                "email",
                W.GOOD_NEWS[c.lang],
                case,
                c.lang,
            )
        if i == 1:
            a = f.add(
                c,
                daytime(t + timedelta(hours=r.uniform(18, 24))).replace(second=0, microsecond=0),
                "chat",
                "chat",
                r.choice(W.APOLOGY[c.lang]),
            )
            c.truth.update(apologised=True, apology_event_id=a)
        c.lang = pair[0]
        c.truth.update(
            problem=prob,
            booking=case,
            bad_day_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            bad_day_event_id=eid,
            bad_day_language=pair[1],
            long_email=i == 0,
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    idx = 3
    for k in range(5):
        pair = pairs[idx]
        idx += 1
        c = mk("repeat_contact", "repeats", pair, ["repeat_contact"], REPEAT_TOL)
        f.happy_days(c, spread(r, 0, 1, r.randint(1, 2)), kinds=("praise", "buy", "view"))
        n = (2, 2, 3, 3, 4)[k]
        repeat_run(f, c, n, r.randint(2, 5), list(pair), n >= 3, W.PROBLEMS[k])
    for _ in range(5):
        pair = pairs[idx]
        idx += 1
        c = mk("slow_churner", "slides", pair, ["sentiment_drop"], SLIDE_TOL)
        for j, d in enumerate(spread(r, 0, 5, r.randint(6, 6))):
            c.lang = pair[j % 2]
            f.happy(c, f.day_time(d), ("praise", "again"))
        for d in spread(r, 0, 6, r.randint(1, 3)):
            f.happy(c, f.day_time(d), ("buy", "view"))
        c.lang = pair[0]
        slide(f, c, r.randint(7, 8), r.randint(3, 5), list(pair))
    for _ in range(2):
        pair = pairs[idx]
        idx += 1
        c = mk("resolved_between_contacts", "fixed", pair, [], ["silence"])
        p = fixed_case(f, c, r.randint(2, 8), r.choice(W.PROBLEMS), pair[0], pair[1], "web")
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"], confirm_language=pair[1])
    for _ in range(12):
        pair = pairs[idx % len(pairs)]
        idx += 1
        c = mk("happy", "alternates languages", pair, [], [])
        for j, d in enumerate(spread(r, 0, 13, r.randint(5, 8))):
            c.lang = pair[j % 2]
            f.happy(c, f.day_time(d))
        c.lang = pair[0]
    return f


def b2b_accounts() -> Fam:
    f = new_fam(
        7,
        "b2b_accounts",
        "BB",
        "2026-09-28",
        14,
        "the business arm: accounts at risk, one unhappy contact, mild suggestions, happy accounts",
    )
    r = f.rng
    kinds: list[tuple[str, str | None, int, int]] = [
        ("at_risk", "portal", 3, 5),
        ("at_risk", "invoice", 3, 4),
        ("at_risk", "service_blocked", 3, 4),
        ("at_risk", "invoice", 4, 6),
        ("at_risk", "overbilled", 4, 5),
    ]
    kinds += [
        ("one_unhappy", p, 1, 3) for p in ("service_blocked", "overbilled", "portal", "invoice")
    ]
    kinds += [("mild", None, 0, n) for n in (3, 4, 3)] + [("happy", None, 0, n) for n in (4, 3, 4)]
    acc_langs = [
        "de",
        "es",
        "de",
        "es",
        "fr",
        "de",
        "de",
        "pt",
        "it",
        "es",
        "de",
        "en",
        "pt",
        "de",
        "en",
    ]
    companies = (
        "Bodega",
        "Hotel",
        "Kantine",
        "Trattoria",
        "Brasserie",
        "Catering",
        "Taberna",
        "Weinbar",
        "Casa",
        "Gasthaus",
    )
    last_email_done = False
    for ai, (kind, prob, unhappy, ncont) in enumerate(kinds):
        lang = acc_langs[ai]
        market = {
            "de": "DE",
            "es": "ES",
            "fr": "FR",
            "pt": "PT",
            "it": "IT",
            "en": "UK" if ai == 11 else "IE",
        }[lang]
        aid = uniq(lambda m=market: f"VNP-{m}-{r.randint(1000, 9999)}")
        comp_name = f"{companies[ai % len(companies)]} {r.choice(LAST[lang])}"
        domain = strip_accents(comp_name).lower().replace(" ", "-") + ".example"
        site = B.SITES[ai % len(B.SITES)]
        keys: list[str] = []
        unhappy_keys: list[str] = []
        used_first: set[str] = set()
        contacts: list[Cust] = []
        for j in range(ncont):
            if kind == "at_risk" and j < unhappy:
                exp = ["repeat_contact"] if j == unhappy - 1 else ["detractor"]
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lang,
                    market=market,
                    expected=exp,
                    tolerated=B2B_TOL,
                    account=aid,
                    domain=domain,
                )
                role = "complainer"
            elif kind == "one_unhappy" and j == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lang,
                    market=market,
                    expected=["detractor"],
                    tolerated=["sentiment_drop", "high_value_at_risk", "silence"],
                    account=aid,
                    domain=domain,
                )
                role = "complainer"
            elif kind == "mild" and j < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang=lang,
                    market=market,
                    tolerated=["silence"],
                    account=aid,
                    domain=domain,
                )
                role = "suggests"
            else:
                c = f.person(
                    "b2b_happy", "contact", lang=lang, market=market, account=aid, domain=domain
                )
                role = "contact"
            while c.first in used_first:
                c.first = r.choice(FIRST[lang])
                c.truth["name"] = f"{c.first} {c.last}"
            used_first.add(c.first)
            title = r.choice(B.JOB_TITLES)
            c.truth.update(company=comp_name, role=role, job_title=title, job=title)
            keys.append(c.key)
            if role == "complainer":
                unhappy_keys.append(c.key)
            contacts.append(c)
            if role == "contact":
                for d in spread(r, 0, 11, r.randint(2, 5), {5, 6}):
                    f.happy(c, f.day_time(d, 8, 16.5), ("chat", "buy", "view", "praise", "survey"))
            else:
                for d in r.sample([0, 1], r.randint(0, 2)):
                    f.happy(c, f.day_time(d, 8, 16.5), ("chat", "buy", "view"))
        acc: dict[str, Any] = {
            "company": comp_name,
            "site": site,
            "contacts": ncont,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk" and prob:
            case = f.case()
            t = f.at(2, r.uniform(8, 11)).replace(second=0, microsecond=0)
            acc["trouble_starts_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
            topic, story, restated = B.B2B_PROBLEM[prob][lang]
            first = contacts[0]
            for j in range(unhappy):
                c = contacts[j]
                if j == 0:
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f"{story}\n{c.first}, {c.truth['job_title']}",
                        subject=fmt(W.COMPLAINT_SUBJECT[lang], topic=topic),
                    )
                    reply(
                        f,
                        c,
                        t + timedelta(minutes=r.randint(20, 90)),
                        "email",
                        B.ACK[lang],
                        case,
                        lang,
                    )
                else:
                    t = t + timedelta(hours=r.uniform(8, 28))
                    while t.weekday() >= 5 or not (8 <= t.hour < 17):
                        t = (
                            t + timedelta(days=1) if t.hour >= 17 or t.weekday() >= 5 else t
                        ).replace(hour=8, minute=r.randint(0, 50))
                    day = B.WEEKDAY[lang][(f.start + timedelta(days=2)).weekday()]
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        fmt(
                            B.LATER[lang],
                            case=case,
                            colleague=first.first,
                            day=day,
                            restated=restated,
                            first=c.first,
                            title=c.truth["job_title"],
                        ),
                        subject=fmt(W.RE_SUBJECT[lang], case=case),
                    )
                c.truth.update(
                    booking=case,
                    problem=prob,
                    complaint_event_ids=[e],
                    trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
                if j < unhappy - 1:
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
                else:
                    t2 = t + timedelta(hours=r.uniform(18, 40))
                    while t2.weekday() >= 5 or not (8 <= t2.hour < 17):
                        t2 = (
                            t2 + timedelta(days=1) if t2.hour >= 17 or t2.weekday() >= 5 else t2
                        ).replace(hour=9, minute=r.randint(0, 50))
                    comp = r.choice(W.COMPETITORS)
                    if not last_email_done:
                        last_email_done = True
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            fmt(B.LAST_EMAIL[lang], case=case, comp=comp),
                            subject=fmt(W.RE_SUBJECT[lang], case=case),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(c, t2, "phone", "call", fmt(B.LAST_CALL[lang], case=case))
                    c.truth["complaint_event_ids"].append(e2)
        elif kind == "one_unhappy" and prob:
            c = contacts[0]
            case = f.case()
            t = f.at(r.choice([3, 4, 7, 8]), r.uniform(8, 16)).replace(second=0, microsecond=0)
            topic, story, _ = B.B2B_PROBLEM[prob][lang]
            e = f.add(
                c,
                t,
                "email",
                "message",
                f"{story}\n{c.first}, {c.truth['job_title']}",
                subject=fmt(W.COMPLAINT_SUBJECT[lang], topic=topic),
            )
            reply(f, c, t + timedelta(minutes=r.randint(20, 90)), "email", B.ACK[lang], case, lang)
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
                booking=case,
                problem=prob,
                complaint_event_ids=[e],
                nps_given=True,
                survey_event_id=s,
                trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            )
        elif kind == "mild":
            for j in range(2):
                c = contacts[j]
                t = f.at(r.choice([2, 3, 4, 7, 8, 9]), r.uniform(8, 16)).replace(
                    second=0, microsecond=0
                )
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    B.SUGGESTIONS[lang][j],
                    attrs={"page": "/pro/sugerencias"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(30, 120)),
                    "email",
                    "message",
                    fmt(B.SUGGEST_ACK[lang], first=c.first),
                    subject=W.BRAND + " Pro",
                    out=True,
                )
                c.truth.update(mild_event_id=e, trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"))
        f.accounts[aid] = acc
    return f


def topic_spike() -> Fam:
    f = new_fam(8, "topic_spike", "TS", "2026-10-26", 7, "a calm week and one planted spike")
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in spread(r, 0, 5, r.randint(1, 4)):
            f.happy(c, f.day_time(d, 8, 16 if d == 3 else 19))
    for lang in ("es", "de"):
        c = f.person("grumbles_once", "grumbles once", lang=lang, tolerated=["silence"])
        t = f.day_time(0, 9, 17)
        q, ans = W.CALM_GRUMBLE[lang]
        g = f.add(c, t, "chat", "chat", q)
        f.add(c, t + timedelta(minutes=r.randint(2, 6)), "chat", "chat", ans, out=True)
        c.truth.update(grumble_event_id=g, trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    for lang, h in (("es", 10.25), ("de", 16.6)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.at(2, h).replace(second=0, microsecond=0)
        q, ans = W.LONE_Q[lang]
        g = f.add(c, t, "chat", "chat", q)
        f.add(c, t + timedelta(minutes=r.randint(2, 6)), "chat", "chat", ans, out=True)
        c.truth.update(lone_report_event_id=g, trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = f.at(3, 18 + 20 / 60)
    mins = sorted([0, 45, *r.sample(range(1, 45), 18)])
    keys, eids, reps = [], [], []
    repeat_slots = [i for i, m in enumerate(mins) if m <= 25]
    repeaters = set(r.sample(repeat_slots, 6))
    fixed = set(r.sample([i for i in range(20) if i not in repeaters], 6))
    rep_ch = ["email", "email", "chat", "chat", "community", "community"]
    r.shuffle(rep_ch)
    for i in range(20):
        lang = langs[i]
        regular = i < 12
        persona = "spike_repeater" if i in repeaters else "spike_reporter"
        c = f.person(
            persona,
            "regular" if regular else "new",
            lang=lang,
            expected=["repeat_contact"] if i in repeaters else [],
            tolerated=["silence", "sentiment_drop"] if i in repeaters else ["silence"],
        )
        if regular:
            for _ in range(r.randint(1, 2)):
                f.happy(c, f.day_time(1, 8, 17.5), ("praise", "buy", "view", "chat", "phone"))
        t = s0 + timedelta(minutes=mins[i])
        text = fmt(r.choice(W.SPIKE[lang]), code=W.SPIKE_CODE)
        ch = chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            c,
            t,
            ch,
            kind,
            text,
            subject="Error " + W.SPIKE_CODE if ch in ("email", "web") else None,
            attrs={"page": "/checkout"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lang],
                out=True,
            )
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        if i in repeaters:
            rc = rep_ch.pop()
            if rc == ch:
                rc = "email" if ch != "email" else "community"
            t2 = t + timedelta(minutes=r.randint(15, 35))
            e2 = f.add(
                c,
                t2,
                rc,
                {"email": "message", "chat": "chat", "community": "post"}[rc],
                fmt(W.SPIKE_AGAIN[lang], code=W.SPIKE_CODE),
                subject="Error " + W.SPIKE_CODE if rc == "email" else None,
            )
            reps.append(e2)
            c.truth["repeat_event_id"] = e2
        if i in fixed:
            local = "20:30" if c.market in ("UK", "IE", "PT") else "21:30"
            cur = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "10 €")
            tf = f.at(3, 20 + r.uniform(40, 50) / 60).replace(second=0, microsecond=0)
            f.add(
                c,
                tf,
                "email",
                "message",
                fmt(W.SPIKE_FIXED[lang], first=c.first, time=local, credit=cur),
                subject="Error " + W.SPIKE_CODE,
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "wine-club checkout refuses every order with an age-verification error: no order can be placed, error "
        + W.SPIKE_CODE,
        "about": "checkout age check failing for everyone",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
        "expected_rules": ["topic_spike"],
    }
    return f


# ---------------- output ----------------


def finish(f: Fam) -> None:
    f.rows.sort(key=lambda x: (x.t, x.eid))
    seen: set[str] = set()
    for row in f.rows:
        c = row.cust
        ids = c.truth["identifiers"]
        ch = row.data["channel"]
        full = {k: v for k, v in ids.items()}
        if not row.inbound or c.key not in seen:
            ref = full
        elif ch == "phone":
            ph = c.phone
            if f.rough.random() < 0.5:
                cc = PHONE[c.market][0]
                ph = cc + " " + ph[len(cc) :]
            ref = {"phone": ph}
        elif ch in ("social", "community"):
            if c.handle:
                ref = {"handle": c.handle if f.rough.random() > 0.2 else c.handle.lstrip("@")}
            else:
                ref = {"email": c.email}
        elif ch == "email":
            ref = {"email": c.email.upper() if f.rough.random() < 0.08 else c.email}
        else:
            ref = {"customer_id": c.key}
        if c.account:
            ref["account_id"] = c.account
        row.data["customer"] = {
            k: ref.get(k) for k in ("customer_id", "email", "phone", "handle", "account_id")
        }
        if row.inbound:
            seen.add(c.key)
        if row.t >= LIMIT or row.t.year != 2026 or row.t < f.start:
            raise SystemExit(f"{f.name}: {row.eid} out of range")
    for c in f.custs.values():
        if c.key not in seen:
            raise SystemExit(f"{f.name}: {c.key} has no inbound touchpoint")
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{f.name}: {c.key} expects and tolerates")


def write(f: Fam) -> dict[str, int]:
    finish(f)
    end = f.start + timedelta(days=f.days)
    last = f.rows[-1].t + timedelta(hours=1)
    end = max(end, last)
    if end >= LIMIT:
        raise SystemExit(f"{f.name}: end too late")
    expected: dict[str, int] = {}
    for c in f.custs.values():
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Vinolta: wine club and online wine shop by app and web (Vinolta Club), with a business arm (Vinolta Pro)",
            "days": f.days,
            "seed": SEED,
            "written": "2026-12-02, blind",
            "expected": dict(sorted(expected.items())),
        },
        "start": f.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": {k: f.custs[k].truth for k in sorted(f.custs)},
        "accounts": {k: f.accounts[k] for k in sorted(f.accounts)},
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    with (HERE / f"{f.name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for row in f.rows:
            fh.write(json.dumps(row.data, ensure_ascii=False, sort_keys=False) + "\n")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return expected


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
    USED.clear()
    for build in FAMILIES:
        f = build()
        exp = write(f)
        print(f.name, len(f.custs), len(f.rows), sum(1 for x in f.rows if not x.inbound), exp)


if __name__ == "__main__":
    main()
