"""Build heldout213/ (Chamavia, bottled gas swapped at home): every family's JSONL and truth.

Standard library only, fixed seed, one random.Random per family; run from anywhere.
"""

# ruff: noqa: E501

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

SEED = 20261213
BRAND = "Chamavia"
COMPS = ("Butanix", "Gaspério")
CODE = "GZR-583"
MARKETS = {
    "pt": ["PT"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT", "CH"],
    "it": ["IT"],
    "es": ["ES"],
}
PHONE = {
    "PT": ("+3519", 8),
    "UK": ("+447", 9),
    "IE": ("+3538", 8),
    "FR": ("+336", 8),
    "BE": ("+324", 8),
    "DE": ("+4915", 9),
    "AT": ("+43664", 7),
    "CH": ("+4179", 7),
    "IT": ("+393", 9),
    "ES": ("+346", 8),
}
CUR = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
FIRST = {
    "pt": [
        "Inês",
        "João",
        "Mariana",
        "Tiago",
        "Beatriz",
        "Rui",
        "Carla",
        "Nuno",
        "Sofia",
        "Duarte",
    ],
    "en": ["Emma", "Liam", "Chloe", "Owen", "Grace", "Callum", "Niamh", "Harry"],
    "fr": ["Camille", "Hugo", "Léa", "Mathis", "Manon"],
    "de": ["Lena", "Jonas", "Miriam", "Felix", "Katrin"],
    "it": ["Giulia", "Marco", "Chiara", "Davide", "Elena"],
    "es": ["Lucía", "Pablo", "Irene", "Álvaro", "Nuria"],
}
LAST = {
    "pt": ["Ferreira", "Sousa", "Almeida", "Carvalho", "Pinto", "Moreira", "Lopes", "Teixeira"],
    "en": ["Walsh", "Hughes", "Bennett", "Doyle", "Foster", "Kelly"],
    "fr": ["Lefèvre", "Garnier", "Roux", "Mercier"],
    "de": ["Brandt", "Vogel", "Krüger", "Hartmann"],
    "it": ["Rinaldi", "Greco", "Ferri", "Conti"],
    "es": ["Navarro", "Ortega", "Molina", "Castro"],
}
LANG_W = [("pt", 30), ("en", 25), ("fr", 10), ("de", 12), ("it", 10), ("es", 13)]
PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]
B2B_PROBLEMS = ["invoice", "service_blocked", "portal", "overbilled"]
SWAP = {"ä": "ae", "ö": "oe", "ü": "ue"}
SOURCE = {
    "email": "chamavia-mail",
    "phone": "chamavia-voice",
    "social": "chamavia-social",
    "community": "chamavia-forum",
    "chat": "chamavia-chat",
    "web": "chamavia-web",
    "survey": "chamavia-survey",
}
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    text = "".join(SWAP.get(ch, ch) for ch in text)
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    )


def as_call(text: str) -> str:
    keep = "".join(ch for ch in text.lower() if ch.isalnum() or ch in " '-€£")
    return " ".join(keep.split())


class Cust:
    def __init__(
        self, fam: Fam, lang: str, b2b: bool = False, account: str | None = None, domain: str = ""
    ) -> None:
        r = fam.rng
        self.key = f"CH{fam.code.upper()}{1000 + len(fam.custs) * 7 + r.randrange(7):04d}"
        self.lang = lang
        self.market = r.choice(MARKETS[lang])
        self.first = r.choice(FIRST[lang])
        self.last = r.choice(LAST[lang])
        self.name = f"{self.first} {self.last}"
        base = strip_accents(f"{self.first}.{self.last}").lower()
        n = len(USED)
        self.email = (
            f"{base}{n}@{domain or r.choice(['correio.example', 'mail.example', 'posta.example'])}"
        )
        pre, digits = PHONE[self.market]
        self.phone = pre + str(
            10 ** (digits - 1) + (n * 7919 + r.randrange(1000)) % (9 * 10 ** (digits - 1))
        )
        self.handle = (
            None
            if b2b
            else "@"
            + r.choice(
                [
                    f"{strip_accents(self.last).lower()}_{strip_accents(self.first).lower()}{n}",
                    f"{strip_accents(self.first).lower()}{n}",
                ]
            )
        )
        self.account = account
        for ident in (self.key, self.email, self.phone, self.handle):
            if ident is not None:
                assert ident not in USED, ident
                USED.add(ident)
        self.b2b = b2b
        fam.custs.append(self)

    def ref(self, channel: str | None) -> dict[str, str | None]:
        out: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": self.account,
        }
        if channel is None:
            out.update(customer_id=self.key, email=self.email, phone=self.phone, handle=self.handle)
        elif channel == "phone":
            out["phone"] = self.phone
        elif channel in ("social", "community"):
            if self.handle:
                out["handle"] = self.handle
            else:
                out["email"] = self.email
        elif channel == "email":
            out["email"] = self.email
        else:
            out["customer_id"] = self.key
        return out


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.custs: list[Cust] = []
        self.rows: list[tuple[datetime, int, Cust, dict[str, Any]]] = []
        self.truth: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.cases = 0

    def t(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def case(self) -> str:
        self.cases += 1
        return f"CV-{self.code.upper()}{self.cases * 37 + 1000:04d}"

    def say(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        text = self.rng.choice(table[lang])
        return text.format(brand=BRAND, **kw) if kw or "{" in text else text

    def rough_text(self, text: str) -> str:
        r = self.rough
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randrange(1, len(w) - 2)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        if r.random() < 1 / 8 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 10:
            text = strip_accents(text)
        return text

    def add(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        raw: bool = False,
    ) -> str:
        eid = f"h213-{self.code}-{len(self.rows) + 1:05d}"
        if text is not None and not out and not raw and channel not in ("phone", "survey"):
            text = self.rough_text(text)
        if text is not None and channel == "social" and not out and "@" + BRAND not in text:
            text = text.replace(BRAND, "@" + BRAND) if BRAND in text else f"@{BRAND} {text}"
        a = {"market": c.market} | (attrs or {})
        if c.b2b:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Rita", "Sam", "Paula", "Jens", "Marta"])
        row: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(at),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": None,
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCE[channel],
            "attributes": a,
        }
        self.rows.append((at, len(self.rows), c, row))
        return eid

    def person(
        self,
        c: Cust,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        **extra: Any,
    ) -> dict[str, Any]:
        assert not set(expected) & set(tolerated)
        d: dict[str, Any] = {
            "identifiers": {
                "customer_id": c.key,
                "email": c.email.lower(),
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            },
            "expected_rules": expected,
            "tolerated_rules": tolerated,
            "persona": persona,
            "habit": habit,
            "language": c.lang,
            "country": c.market,
            "segment": "b2b" if c.b2b else "consumer",
            "name": c.name,
        }
        d.update(extra)
        self.truth[c.key] = d
        return d

    def write(self) -> tuple[int, int, int]:
        self.rows.sort(key=lambda x: (x[0], x[1]))
        seen: set[str] = set()
        lines = []
        for at, _, c, row in self.rows:
            assert datetime(2026, 1, 1, tzinfo=UTC) <= at < datetime(2026, 11, 15, tzinfo=UTC), row
            assert at >= self.start
            full = row["direction"] == "outbound" or c.key not in seen
            if row["direction"] == "inbound":
                seen.add(c.key)
            row["customer"] = c.ref(None if full else row["channel"])
            lines.append(json.dumps(row, ensure_ascii=False))
        last = max(x[0] for x in self.rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for cd in list(self.truth.values()) + list(self.accounts.values()):
            for rule in cd["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": f"{BRAND}: bottled gas cylinders swapped at home by app and web, {BRAND} Mais membership; {BRAND} Pro on account for restaurants and food trucks",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.truth,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return (
            len(self.truth),
            len(lines),
            sum(1 for x in self.rows if x[3]["direction"] == "outbound"),
        )


def lang_pick(r: random.Random) -> str:
    return r.choices([x for x, _ in LANG_W], [w for _, w in LANG_W])[0]


def day_hour(f: Fam, day: int, lo: float = 7.0, hi: float = 20.0) -> datetime:
    return f.t(day, f.rng.uniform(lo, hi))


def price(c: Cust, f: Fam) -> dict[str, str]:
    prod, val = f.rng.choice(W.PRODUCTS)
    cur, k = CUR.get(c.market, ("EUR", 1.0))
    return {
        "product": prod,
        "order_value": f"{float(val) * k:.2f}",
        "currency": cur,
        "page": "/app/order",
    }


def happy(f: Fam, c: Cust, at: datetime, surveys: bool = True, night: bool = False) -> None:
    r, L = f.rng, c.lang
    m = timedelta(minutes=1)
    if night:
        if r.random() < 0.5:
            f.add(c, at, "social", "post", f.say(W.NIGHT_POST, L))
        else:
            f.add(c, at, "chat", "chat", f.say(W.NIGHT_Q, L))
            f.add(c, at + m * r.randint(2, 6), "chat", "chat", f.say(W.NIGHT_A, L), out=True)
            f.add(c, at + m * r.randint(8, 12), "chat", "chat", f.say(W.THANKS, L))
        return
    kinds = ["praise", "again", "gripe", "question", "call", "buy", "view", "review"] + (
        ["survey"] if surveys else []
    )
    k = r.choice(kinds)
    if k in ("praise", "again", "gripe"):
        tbl = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[k]
        if r.random() < 0.6:
            f.add(c, at, "social", "mention", f.say(tbl, L))
        else:
            f.add(c, at, "community", "post", f.say(tbl, L))
    elif k == "question":
        ch = r.choice(["chat", "email"])
        f.add(c, at, ch, "chat" if ch == "chat" else "message", f.say(W.QUESTION, L))
        f.add(
            c,
            at + m * r.randint(2, 40),
            ch,
            "chat" if ch == "chat" else "message",
            f.say(W.ANSWER, L),
            out=True,
        )
        if r.random() < 0.6:
            f.add(
                c,
                at + m * r.randint(45, 90),
                ch,
                "chat" if ch == "chat" else "message",
                f.say(W.THANKS, L),
            )
    elif k == "call":
        f.add(c, at, "phone", "call", f.say(W.CALL_Q, L))
        f.add(c, at + m * r.randint(10, 30), "email", "message", f.say(W.CALL_FOLLOW, L), out=True)
    elif k == "buy":
        f.add(c, at, "web", "page_view", attrs={"page": "/app/order"})
        f.add(c, at + m * r.randint(2, 9), "web", "purchase", attrs=price(c, f))
    elif k == "view":
        f.add(c, at, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
    elif k == "review":
        f.add(
            c,
            at,
            "web",
            "review",
            f.say(W.REVIEW, L),
            attrs={"rating": r.choice(["5", "5", "4"]), "page": "/reviews"},
        )
    else:
        survey(f, c, at)


def survey(f: Fam, c: Cust, at: datetime) -> None:
    r = f.rng
    s = r.choice(["nps", "csat", "ces"])
    val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[s]
    word = r.choice(W.SURVEY_WORD[c.lang])
    f.add(c, at, "survey", "survey_response", word or None, scores={s: val}, attrs={"survey": s})


def happy_days(
    f: Fam,
    c: Cust,
    n: int,
    days: list[int],
    surveys: bool = True,
    lo: float = 7.0,
    hi: float = 20.0,
) -> None:
    for d in f.rng.sample(days, min(n, len(days))):
        happy(f, c, day_hour(f, d, lo, hi), surveys)


def morning(at: datetime) -> datetime:
    if at.hour >= 22:
        return at.replace(hour=8, minute=at.minute % 60) + timedelta(days=1)
    if at.hour < 7:
        return at.replace(hour=8)
    return at


def complain(f: Fam, c: Cust, at: datetime, channel: str, problem: str, long: bool = False) -> str:
    L = c.lang
    txt = f.say(W.PROBLEM[problem], L)
    subj = W.PROBLEM_SUBJECT[L][0] + W.PROBLEM_NAME[problem][L]
    if channel == "email":
        if long:
            body = f.say(W.LONG_EMAIL, L, problem=txt[0].lower() + txt[1:], name=c.first)
            return f.add(c, at, "email", "message", body, subject=subj)
        return f.add(c, at, "email", "message", txt, subject=subj)
    if channel == "phone":
        return f.add(c, at, "phone", "call", as_call(txt))
    if channel == "social":
        return f.add(c, at, "social", "mention", txt)
    if channel == "web":
        return f.add(c, at, "web", "ticket", txt, attrs={"page": "/help/contact"})
    return f.add(c, at, "chat", "chat", txt)


def open_case(f: Fam, c: Cust, at: datetime, channel: str, case: str) -> str:
    L = c.lang
    if channel == "chat":
        return f.add(
            c,
            at + timedelta(minutes=f.rng.randint(2, 6)),
            "chat",
            "chat",
            f.say(W.CASE_OPENED, L, name=c.first, case=case),
            out=True,
        )
    when = morning(at + timedelta(minutes=f.rng.randint(10, 40)))
    return f.add(
        c,
        when,
        "email",
        "message",
        f.say(W.CASE_OPENED, L, name=c.first, case=case),
        out=True,
        subject=f.say(W.CASE_SUBJECT, L, case=case),
    )


# ------------------------------------------------------------------ families --
def happy_writers(f: Fam) -> None:
    for i in range(26):
        c = Cust(f, lang_pick(f.rng))
        if i < 16:
            happy_days(f, c, f.rng.randint(5, 8), list(range(10)))
            f.person(c, "happy", "day writer", [], [])
        elif i < 21:
            for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
                happy(f, c, f.t(d, 22.2 + f.rng.uniform(0, 6.2)), night=True)
            happy_days(f, c, f.rng.randint(2, 3), list(range(10)), lo=9, hi=18)
            f.person(c, "happy", "night writer", [], [])
        else:
            for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
                survey(f, c, day_hour(f, d))
            f.person(c, "happy", "answers surveys", [], [])


def one_bad_day(f: Fam) -> None:
    r = f.rng
    chans = ["long", "email", "chat", "social", "web", "phone"]
    plan = [(chans[i // 4], PROBLEMS[i % 6]) for i in range(24)]
    with_case = [i for i, (ch, _) in enumerate(plan) if ch != "social"]
    detr = set(r.sample(with_case, 6))
    csat = set(r.sample([i for i in with_case if i not in detr], 5))
    good = set(r.sample(with_case, 12))
    apol = set(r.sample(sorted(good), 5))
    for i, (ch, prob) in enumerate(plan):
        c = Cust(f, "pt" if ch == "long" and i % 2 else ("en" if ch == "long" else lang_pick(r)))
        bd = 2 + i % 8
        at = f.t(bd, r.uniform(8, 20))
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        happy_days(f, c, r.randint(1, 5), days, surveys=False)
        chan = "email" if ch == "long" else ch
        eid = complain(f, c, at, chan, prob, long=ch == "long")
        extra: dict[str, Any] = {
            "problem": prob,
            "bad_day_at": iso(at),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(at),
            "long_email": ch == "long",
            "channel": chan,
            "booking": None,
            "agent_fixed": False,
            "apologised": False,
            "nps_given": False,
            "csat_given": False,
        }
        persona, exp = "happy_one_bad_day", []
        if chan != "social":
            case = f.case()
            extra["booking"] = case
            open_case(f, c, at, chan, case)
            if i in detr:
                n = r.randint(1, 5)
                extra.update(
                    nps_given=True,
                    nps=n,
                    survey_event_id=f.add(
                        c,
                        at + timedelta(minutes=r.randint(100, 140)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": n},
                        attrs={"survey": "nps"},
                    ),
                )
                persona, exp = "bad_day_detractor", ["detractor"]
            elif i in csat:
                n = r.randint(1, 2)
                extra.update(
                    csat_given=True,
                    csat=n,
                    survey_event_id=f.add(
                        c,
                        at + timedelta(minutes=r.randint(40, 80)),
                        "survey",
                        "survey_response",
                        r.choice(["", "mau", "bad"]) or None,
                        scores={"csat": n},
                        attrs={"survey": "csat"},
                    ),
                )
            if i in good:
                g = morning(at + timedelta(hours=r.uniform(1, 4)))
                f.add(
                    c,
                    g,
                    "email",
                    "message",
                    f.say(W.GOOD_NEWS, c.lang, case=case),
                    out=True,
                    subject=f.say(W.CASE_SUBJECT, c.lang, case=case),
                )
                extra["agent_fixed"] = True
                if i in apol:
                    a = morning(at + timedelta(hours=r.uniform(16, 24)))
                    ach = r.choice(["chat", "email"])
                    extra.update(
                        apologised=True,
                        apology_at=iso(a),
                        apology_event_id=f.add(
                            c,
                            a,
                            ach,
                            "chat" if ach == "chat" else "message",
                            f.say(W.APOLOGY, c.lang),
                        ),
                    )
        f.person(c, persona, "one bad day", exp, ["silence"], **extra)
    for _ in range(8):
        c = Cust(f, lang_pick(r))
        happy_days(f, c, r.randint(4, 7), list(range(12)), surveys=False)
        f.person(c, "happy", "control", [], [])


REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def repeat_run(
    f: Fam,
    c: Cust,
    first: datetime,
    first_ch: str,
    times: int,
    passed_on: bool,
    prob: str,
    lang_seq: list[str] | None = None,
) -> dict[str, Any]:
    r = f.rng
    case = f.case()
    comp = r.choice(COMPS)
    L0 = lang_seq[0] if lang_seq else c.lang
    saved = c.lang
    c.lang = L0
    ids = [complain(f, c, first, first_ch, prob)]
    if passed_on:
        if first_ch == "chat":
            open_case(f, c, first, "chat", case)
        f.add(
            c,
            morning(first + timedelta(hours=r.uniform(1.5, 2.5))),
            "email",
            "message",
            f.say(W.QUALITY_LEAD, L0, case=case),
            out=True,
            subject=f.say(W.CASE_SUBJECT, L0, case=case),
        )
    else:
        open_case(f, c, first, first_ch, case)
    chans = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    r.shuffle(chans)
    at = first
    for k in range(1, times):
        L = lang_seq[k % len(lang_seq)] if lang_seq else saved
        c.lang = L
        at = morning(at + timedelta(hours=r.uniform(4, 40)))
        text = f.say(W.STILL, L, case=case) + " " + f.say(W.PROBLEM[prob], L)
        if k == 2:
            text += " " + f.say(W.THIRD, L, comp=comp)
        if k == 3:
            text += " " + f.say(W.FOURTH, L)
        ch = chans[k - 1]
        if ch == "phone":
            ids.append(f.add(c, at, "phone", "call", as_call(text)))
        elif ch == "chat":
            ids.append(f.add(c, at, "chat", "chat", text))
            f.add(
                c,
                at + timedelta(minutes=r.randint(2, 6)),
                "chat",
                "chat",
                f.say(W.URGENT, L, case=case),
                out=True,
            )
        elif ch == "email":
            ids.append(
                f.add(c, at, "email", "message", text, subject=f.say(W.CASE_SUBJECT, L, case=case))
            )
        elif ch == "web":
            ids.append(f.add(c, at, "web", "ticket", text, attrs={"page": "/help/contact"}))
        else:
            ids.append(f.add(c, at, "social", "mention", text))
    c.lang = saved
    return {
        "problem": prob,
        "booking": case,
        "contacts": times,
        "channels": [first_ch, *chans[: times - 1]],
        "agent_passed_on": passed_on,
        "problem_event_ids": ids,
        "competitor": comp if times >= 3 else None,
        "trouble_starts_at": iso(first),
    }


def fixed_case(
    f: Fam, c: Cust, at: datetime, ch: str, prob: str, conf_lang: str | None = None
) -> dict[str, Any]:
    r = f.rng
    case = f.case()
    eid = complain(f, c, at, ch, prob)
    open_case(f, c, at, ch, case)
    fx = morning(at + timedelta(hours=r.uniform(3, 20)))
    f.add(
        c,
        fx,
        "email",
        "message",
        f.say(W.GOOD_NEWS, c.lang, case=case),
        out=True,
        subject=f.say(W.CASE_SUBJECT, c.lang, case=case),
    )
    cf = morning(fx + timedelta(hours=r.uniform(8, 30)))
    cch = r.choice(["email", "chat"])
    L = conf_lang or c.lang
    cid = f.add(
        c,
        cf,
        cch,
        "chat" if cch == "chat" else "message",
        f.say(W.CONFIRM, L, case=case),
        subject=f.say(W.CASE_SUBJECT, L, case=case) if cch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": case,
        "raised_at": iso(at),
        "fixed_at": iso(fx),
        "confirmed_at": iso(cf),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    times = [2, 3, 4] * 4
    for i in range(12):
        c = Cust(f, lang_pick(r))
        happy_days(f, c, r.randint(1, 3), [0], lo=7, hi=12)
        at = f.t(1 + i % 4, r.uniform(8, 19))
        info = repeat_run(f, c, at, firsts[i], times[i], i % 2 == 0, PROBLEMS[i % 6])
        f.person(c, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL, **info)
    for i in range(5):
        c = Cust(f, lang_pick(r))
        happy_days(f, c, r.randint(1, 2), [0])
        p = fixed_case(
            f, c, f.t(1 + i % 4, r.uniform(8, 18)), r.choice(["web", "email", "chat"]), PROBLEMS[i]
        )
        f.person(
            c,
            "resolved_between_contacts",
            "fixed",
            [],
            ["silence"],
            problems=[p],
            trouble_starts_at=p["raised_at"],
        )
    for i in range(3):
        c = Cust(f, lang_pick(r))
        p1 = fixed_case(f, c, f.t(1, r.uniform(9, 16)), "email", PROBLEMS[i])
        p2 = fixed_case(f, c, f.t(5 + i % 2, r.uniform(9, 16)), "chat", PROBLEMS[i + 3])
        f.person(
            c,
            "different_problems",
            "two problems",
            [],
            ["silence"],
            problems=[p1, p2],
            trouble_starts_at=p1["raised_at"],
        )
    for _ in range(7):
        c = Cust(f, lang_pick(r))
        for d in r.sample(range(10), r.randint(5, 8)):
            at = day_hour(f, d)
            if r.random() < 0.7:
                ch = r.choice(["chat", "email"])
                kind = "chat" if ch == "chat" else "message"
                f.add(c, at, ch, kind, f.say(W.QUESTION, c.lang))
                f.add(
                    c,
                    at + timedelta(minutes=r.randint(3, 30)),
                    ch,
                    kind,
                    f.say(W.ANSWER, c.lang),
                    out=True,
                )
            else:
                happy(f, c, at)
        f.person(c, "happy", "frequent writer", [], [])


def slide(
    f: Fam, c: Cust, start: datetime, span: int, langs: list[str] | None = None
) -> dict[str, Any]:
    r = f.rng
    comp = r.choice(COMPS)
    ids = []
    at = start
    ratings = ["3", "3", "2", "2", "1", "1"]
    for k in range(6):
        L = langs[k % len(langs)] if langs else c.lang
        if k:
            at = morning(at + timedelta(hours=max(1.0, span * 24 / 5 * r.uniform(0.7, 1.2))))
        text = W.SLIDE[L][k].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c, at, "web", "review", text, attrs={"rating": ratings[k], "page": "/reviews"}
                )
            )
        else:
            ids.append(f.add(c, at, ch, "mention" if ch == "social" else "post", text))
    return {
        "slide_event_ids": ids,
        "slide_days": span,
        "competitor": comp,
        "trouble_starts_at": iso(start),
    }


def praise_posts(
    f: Fam, c: Cust, n: int, days: list[int], lang_seq: list[str] | None = None
) -> None:
    for k, d in enumerate(sorted(f.rng.sample(days, n))):
        L = lang_seq[k % len(lang_seq)] if lang_seq else c.lang
        f.add(
            c,
            day_hour(f, d),
            f.rng.choice(["social", "community"]),
            "post",
            f.say(f.rng.choice([W.PRAISE, W.AGAIN]), L),
        )


def slow_churners(f: Fam) -> None:
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = Cust(f, lang_pick(r))
        praise_posts(f, c, r.randint(4, 5), list(range(11)))
        happy_days(f, c, r.randint(2, 4), list(range(11)), surveys=False)
        info = slide(f, c, f.t(12 + i % 5, r.uniform(8, 19)), spans[i])
        exp = ["sentiment_drop"]
        if i < 5:
            fourth = f.rows[[x[3]["event_id"] for x in f.rows].index(info["slide_event_ids"][3])][0]
            n = r.randint(1, 5)
            info.update(
                nps_given=True,
                nps=n,
                survey_event_id=f.add(
                    c,
                    morning(fourth + timedelta(hours=r.uniform(2.5, 3.5))),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
            exp.append("detractor")
        f.person(
            c,
            "slow_churner",
            "slides",
            exp,
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
            **info,
        )
    for i in range(5):
        c = Cust(f, lang_pick(r))
        happy_days(f, c, r.randint(4, 6), list(range(15)), surveys=False)
        at = f.t(17 + i, r.uniform(8, 19))
        eid = f.add(c, at, "email", "message", f.say(W.CANCEL, c.lang), subject="Mais")
        f.add(
            c,
            morning(at + timedelta(hours=r.uniform(1, 5))),
            "email",
            "message",
            f.say(W.SORRY_GO, c.lang),
            out=True,
            subject="Re: Mais",
        )
        ct = at + timedelta(hours=r.uniform(20, 30))
        cid = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Chamavia Mais"},
        )
        f.person(
            c,
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(ct),
            trouble_starts_at=iso(at),
        )
    for _ in range(6):
        c = Cust(f, lang_pick(r))
        happy_days(f, c, r.randint(6, 10), list(range(32)))
        f.person(c, "happy", "steady", [], [])
    for _ in range(5):
        c = Cust(f, lang_pick(r))
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web"])
            txt = f.say(W.GRUMPY, c.lang)
            if ch == "web":
                ids.append(
                    f.add(c, day_hour(f, d), "web", "ticket", txt, attrs={"page": "/help/contact"})
                )
            else:
                ids.append(f.add(c, day_hour(f, d), ch, "post", txt))
            d += r.randint(1, 3)
        f.person(
            c,
            "steadily_grumpy",
            "grumbles",
            [],
            ["repeat_contact", "silence"],
            grumble_event_ids=ids,
            trouble_starts_at=f.rows[-1][3]["occurred_at"],
        )
    for _ in range(5):
        c = Cust(f, lang_pick(r))
        happy_days(f, c, r.randint(4, 7), list(range(17)))
        sid = f.add(
            c, day_hour(f, r.randint(17, 28)), "social", "mention", f.say(W.SARCASM, c.lang)
        )
        f.person(c, "happy_one_sarcastic_remark", "happy", [], ["silence"], sarcasm_event_id=sid)


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = Cust(f, lang_pick(r))
        happy_days(f, c, r.randint(1, 3), [0, 1, 2], lo=7, hi=17.5)
        f.person(c, "happy", "day writer", [], [])
    for i in range(4):
        c = Cust(f, lang_pick(r))
        at = day_hour(f, i % 3, 9, 17)
        f.add(c, at, "web", "page_view", attrs={"page": "/slots"})
        g = at + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            gid = f.add(c, g, "chat", "chat", f.say(W.GRUMBLE_ONCE, c.lang))
            f.add(c, g + timedelta(minutes=3), "chat", "chat", f.say(W.ANSWER, c.lang), out=True)
        else:
            gid = f.add(
                c,
                g,
                "web",
                "ticket",
                f.say(W.GRUMBLE_ONCE, c.lang),
                attrs={"page": "/help/contact"},
            )
            f.add(
                c,
                g + timedelta(minutes=25),
                "email",
                "message",
                f.say(W.FORM_ACK, c.lang),
                out=True,
            )
        f.person(
            c,
            "grumbles_once",
            "grumbles once",
            [],
            ["silence"],
            grumble_event_id=gid,
            trouble_starts_at=iso(g),
        )
    n = 0
    for night in range(3):
        first = f.t(night + 1, r.uniform(0.67, 1.08))
        for b, off in enumerate([0, r.uniform(28, 33), r.uniform(55, 65)]):
            bstart = first + timedelta(minutes=off)
            for _ in range(4):
                c = Cust(f, lang_pick(r))
                at = bstart + timedelta(minutes=r.uniform(0, 10))
                k = len(f.rows)
                happy(f, c, at, night=True)
                if n % 2 == 0:
                    happy(f, c, day_hour(f, r.randint(0, 2), 9, 17.5), surveys=False)
                f.person(
                    c,
                    "night_owl",
                    f"night {night + 1}, burst {b + 1}",
                    [],
                    [],
                    burst_at=iso(bstart),
                    night_event_id=f.rows[k][3]["event_id"],
                )
                n += 1


def bilingual(f: Fam) -> None:
    r = f.rng
    pairs = [
        ("pt", "en"),
        ("en", "pt"),
        ("pt", "fr"),
        ("en", "de"),
        ("pt", "es"),
        ("en", "it"),
        ("fr", "pt"),
        ("de", "en"),
        ("it", "pt"),
        ("es", "en"),
    ]
    why = ["works for a company abroad", "partner's language", "grew up abroad", "studies abroad"]

    def mk() -> tuple[Cust, list[str], dict[str, Any]]:
        p = list(r.choice(pairs))
        c = Cust(f, p[0])
        c.market = r.choice(MARKETS[p[r.randint(0, 1)]])
        return c, p, {"languages": p, "job_second_language": r.choice(why)}

    for _ in range(12):
        c, p, ex = mk()
        for k, d in enumerate(r.sample(range(14), r.randint(5, 8))):
            c.lang = p[k % 2]
            happy(f, c, day_hour(f, d))
        c.lang = p[0]
        f.person(c, "happy", "alternates languages", [], [], **ex)
    for i, times in enumerate([2, 2, 3, 3, 4]):
        c, p, ex = mk()
        happy_days(f, c, r.randint(1, 3), [0, 1])
        info = repeat_run(
            f,
            c,
            f.t(2 + i % 4, r.uniform(8, 18)),
            r.choice(["web", "email", "chat"]),
            times,
            times >= 3,
            PROBLEMS[i],
            lang_seq=p,
        )
        f.person(c, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL, **info, **ex)
    for _ in range(5):
        c, p, ex = mk()
        praise_posts(f, c, 5, list(range(6)), lang_seq=p)
        happy_days(f, c, r.randint(1, 3), list(range(6)), surveys=False)
        info = slide(
            f, c, f.t(r.randint(7, 8), r.uniform(8, 18)), r.randint(3, 5), langs=[p[1], p[0]]
        )
        f.person(
            c,
            "slow_churner",
            "slides",
            ["sentiment_drop"],
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
            **info,
            **ex,
        )
    for i, ch in enumerate(["long", "email", "chat"]):
        c, p, ex = mk()
        happy_days(f, c, r.randint(2, 4), [0, 1, 2, 3, 9, 10, 11], surveys=False)
        c.lang = p[1]
        at = f.t(6, r.uniform(9, 18))
        chan = "email" if ch == "long" else ch
        eid = complain(f, c, at, chan, PROBLEMS[i + 2], long=ch == "long")
        case = f.case()
        open_case(f, c, at, chan, case)
        extra: dict[str, Any] = {
            "problem": PROBLEMS[i + 2],
            "booking": case,
            "bad_day_at": iso(at),
            "bad_day_event_id": eid,
            "bad_day_language": p[1],
            "trouble_starts_at": iso(at),
            "long_email": ch == "long",
            "agent_fixed": chan == "email",
        }
        if chan == "email":
            f.add(
                c,
                morning(at + timedelta(hours=r.uniform(1, 4))),
                "email",
                "message",
                f.say(W.GOOD_NEWS, c.lang, case=case),
                out=True,
            )
        if ch == "email":
            a = morning(at + timedelta(hours=r.uniform(18, 24)))
            extra.update(
                apologised=True,
                apology_at=iso(a),
                apology_event_id=f.add(c, a, "chat", "chat", f.say(W.APOLOGY, c.lang)),
            )
        c.lang = p[0]
        f.person(c, "happy_one_bad_day", "one bad day", [], ["silence"], **extra, **ex)
    for i in range(2):
        c, p, ex = mk()
        happy_days(f, c, 2, [0, 1, 12, 13])
        pr = fixed_case(f, c, f.t(4 + i, r.uniform(9, 16)), "web", PROBLEMS[i], conf_lang=p[1])
        f.person(
            c,
            "resolved_between_contacts",
            "fixed",
            [],
            ["silence"],
            problems=[pr],
            trouble_starts_at=pr["raised_at"],
            confirm_language=p[1],
            **ex,
        )


def office(f: Fam, day: int, lo: float = 8.0, hi: float = 16.5) -> datetime:
    return f.t(day, f.rng.uniform(lo, hi))


def b2b_first(f: Fam, c: Cust, at: datetime, prob: str, case: str) -> str:
    L = c.lang
    eid = f.add(
        c,
        at,
        "email",
        "message",
        f.say(W.B2B_PROBLEM[prob], L),
        subject=W.PROBLEM_SUBJECT[L][0] + prob,
    )
    later = at + timedelta(minutes=f.rng.randint(20, 60))
    f.add(
        c,
        later,
        "email",
        "message",
        f.say(W.CASE_OPENED, L, name=c.first, case=case),
        out=True,
        subject=f.say(W.CASE_SUBJECT, L, case=case),
    )
    return eid


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    sites = [
        "restaurant",
        "food truck",
        "bakery",
        "hotel",
        "school canteen",
        "campsite",
        "catering",
        "hospital kitchen",
    ]
    plan: list[tuple[str, int, str | None]] = [
        ("at_risk", 5, "invoice"),
        ("at_risk", 4, "service_blocked"),
        ("at_risk", 6, "portal"),
        ("at_risk", 5, "invoice"),
        ("at_risk", 4, "overbilled"),
        ("one_unhappy", 3, "service_blocked"),
        ("one_unhappy", 3, "overbilled"),
        ("one_unhappy", 3, "portal"),
        ("one_unhappy", 3, "invoice"),
        ("mild", 4, None),
        ("mild", 3, None),
        ("mild", 3, None),
        ("happy", 4, None),
        ("happy", 3, None),
        ("happy", 6, None),
    ]
    complainers = [3, 4, 3, 3, 4]
    langs = [
        "pt",
        "en",
        "pt",
        "de",
        "en",
        "pt",
        "fr",
        "it",
        "es",
        "pt",
        "en",
        "es",
        "pt",
        "en",
        "pt",
    ]
    for a, (kind, n, prob) in enumerate(plan):
        L = langs[a]
        mk = MARKETS[L][0]
        acc = f"CVP-{mk}-{3100 + a * 53}"
        company = f"{r.choice(['Casa', 'Grupo', 'Sabores', 'Forno', 'Cantina'])} {LAST[L][a % len(LAST[L])]} {a}"
        dom = strip_accents(company).lower().replace(" ", "") + ".example"
        cs: list[Cust] = []
        used_first: set[str] = set()
        for _ in range(n):
            c = Cust(f, L, b2b=True, account=acc, domain=dom)
            c.market = mk
            while c.first in used_first:
                c.first = r.choice(FIRST[L])
            used_first.add(c.first)
            c.name = f"{c.first} {c.last}"
            cs.append(c)
        unhappy: list[str] = []
        k_unh = complainers[a] if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        k_mild = 2 if kind == "mild" else 0
        trouble = None
        case = f.case() if prob else ""
        for j, c in enumerate(cs):
            role = "complainer" if j < k_unh else ("suggests" if j < k_mild else "contact")
            tl = timedelta(minutes=1)
            if role == "contact":
                for d in r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 5)):
                    at = office(f, d)
                    x = r.random()
                    if x < 0.4:
                        f.add(c, at, "chat", "chat", f.say(W.B2B_Q, L))
                        f.add(
                            c,
                            at + tl * r.randint(1, 6),
                            "chat",
                            "chat",
                            f.say(W.B2B_A, L),
                            out=True,
                        )
                        if r.random() < 0.5:
                            f.add(c, at + tl * r.randint(8, 15), "chat", "chat", f.say(W.THANKS, L))
                    elif x < 0.65:
                        f.add(c, at, "web", "page_view", attrs={"page": "/pro/portal"})
                        f.add(
                            c,
                            at + tl * r.randint(2, 8),
                            "web",
                            "purchase",
                            attrs=price(c, f) | {"page": "/pro/order"},
                        )
                    elif x < 0.8:
                        f.add(c, at, "community", "post", f.say(W.B2B_PRAISE, L))
                    else:
                        s = r.choice(["nps", "csat", "ces"])
                        f.add(
                            c,
                            at,
                            "survey",
                            "survey_response",
                            None,
                            scores={
                                s: {
                                    "nps": r.randint(9, 10),
                                    "csat": r.randint(4, 5),
                                    "ces": r.randint(6, 7),
                                }[s]
                            },
                            attrs={"survey": s},
                        )
                f.person(
                    c,
                    "b2b_happy",
                    "contact",
                    [],
                    [],
                    company=company,
                    role="contact",
                    job=r.choice(["chef", "manager", "buyer"]),
                    job_title=r.choice(["Head chef", "Site manager", "Buyer"]),
                )
                continue
            for d in r.sample([0, 1], r.randint(0, 2)):
                f.add(c, office(f, d), "web", "page_view", attrs={"page": "/pro/portal"})
            if role == "suggests":
                at = office(f, r.randint(2, 9), 8, 16)
                mid = f.add(
                    c, at, "web", "ticket", f.say(W.B2B_SUGGEST, L), attrs={"page": "/pro/feedback"}
                )
                f.add(
                    c,
                    at + tl * r.randint(20, 90),
                    "email",
                    "message",
                    f.say(W.FORM_ACK, L),
                    out=True,
                )
                f.person(
                    c,
                    "b2b_mild",
                    "suggests",
                    [],
                    ["silence"],
                    company=company,
                    role="suggests",
                    mild_event_id=mid,
                    trouble_starts_at=iso(at),
                    job="office",
                    job_title="Office manager",
                )
                continue
            assert prob is not None
            if kind == "one_unhappy":
                at = office(f, r.randint(3, 7), 8, 17)
                eid = b2b_first(f, c, at, prob, case)
                n_ = r.randint(1, 5)
                sid = f.add(
                    c,
                    at + tl * r.randint(60, 180),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n_},
                    attrs={"survey": "nps"},
                )
                unhappy.append(c.key)
                f.person(
                    c,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    company=company,
                    role="complainer",
                    problem=prob,
                    booking=case,
                    complaint_event_ids=[eid],
                    survey_event_id=sid,
                    nps_given=True,
                    nps=n_,
                    trouble_starts_at=iso(at),
                    job="manager",
                    job_title="Operations manager",
                )
                continue
            at = f.t(2, r.uniform(8, 12)) if j == 0 else office(f, 2 + j, 8, 17)
            trouble = trouble or iso(at)
            if j == 0:
                eid = b2b_first(f, c, at, prob, case)
            else:
                text = f.say(
                    W.B2B_LATER, L, name=cs[0].first, day=W.DAY_WORD[L][3], case=case
                ) + f.say(W.B2B_PROBLEM[prob], L)
                eid = f.add(
                    c, at, "email", "message", text, subject=f.say(W.CASE_SUBJECT, L, case=case)
                )
            ids = [eid]
            exp = ["detractor"]
            extra: dict[str, Any] = {}
            if j < k_unh - 1:
                n_ = r.randint(1, 5)
                extra.update(
                    nps_given=True,
                    nps=n_,
                    survey_event_id=f.add(
                        c,
                        at + tl * r.randint(60, 180),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": n_},
                        attrs={"survey": "nps"},
                    ),
                )
            else:
                exp = ["repeat_contact"]
                again = office(f, 7 + a % 3, 8, 16)
                if a == 0:
                    comp = r.choice(COMPS)
                    extra["competitor"] = comp
                    ids.append(
                        f.add(
                            c,
                            again,
                            "email",
                            "message",
                            f.say(W.B2B_LAST_MAIL, L, case=case, comp=comp),
                            subject=f.say(W.CASE_SUBJECT, L, case=case),
                        )
                    )
                else:
                    ids.append(
                        f.add(c, again, "phone", "call", f.say(W.B2B_LAST_CALL, L, case=case))
                    )
            unhappy.append(c.key)
            f.person(
                c,
                "b2b_unhappy",
                "complainer",
                exp,
                [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ],
                company=company,
                role="complainer",
                problem=prob,
                booking=case,
                complaint_event_ids=ids,
                trouble_starts_at=iso(at),
                job="manager",
                job_title="Owner",
                **extra,
            )
        f.accounts[acc] = {
            "company": company,
            "site": sites[a % len(sites)],
            "contacts": n,
            "contact_keys": [c.key for c in cs],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": trouble if kind == "at_risk" else None,
            "language": L,
            "country": mk,
        }


def topic_spike(f: Fam) -> None:
    r = f.rng
    regulars: list[Cust] = []
    for i in range(52):
        c = Cust(f, lang_pick(r))
        if i >= 40:
            happy(f, c, day_hour(f, 2, 8, 17.5))
            regulars.append(c)
            continue
        for d in r.sample(range(6), r.randint(1, 4)):
            happy(f, c, day_hour(f, d, 7, 20) if d != 5 else day_hour(f, d, 12, 19))
        f.person(c, "happy", "day writer", [], [])
    for _ in range(2):
        c = Cust(f, lang_pick(r))
        at = f.t(0, r.uniform(9, 17))
        gid = f.add(c, at, "chat", "chat", f.say(W.GRUMBLE_ONCE, c.lang))
        f.add(c, at + timedelta(minutes=4), "chat", "chat", f.say(W.ANSWER, c.lang), out=True)
        f.person(
            c,
            "grumbles_once",
            "grumbles once",
            [],
            ["silence"],
            grumble_event_id=gid,
            trouble_starts_at=iso(at),
        )
    for L, h in (("pt", 9.67), ("en", 16.08)):
        c = Cust(f, L)
        at = f.t(4, h)
        lid = f.add(c, at, "chat", "chat", f.say(W.LONE_Q, L))
        f.add(c, at + timedelta(minutes=5), "chat", "chat", f.say(W.LONE_A, L), out=True)
        f.person(
            c,
            "grumbles_once",
            "lone question",
            [],
            ["silence"],
            lone_report_event_id=lid,
            trouble_starts_at=iso(at),
        )
    # the planted incident: Saturday 7 November, day 5
    langs = ["pt"] * 6 + ["en"] * 5 + ["fr", "fr", "de", "de", "it", "it", "es", "es", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    starts = sorted(r.uniform(0, 45) for _ in range(20))
    starts[0], starts[-1] = 0.0, 45.0
    t0 = f.t(5, 9 + 5 / 60)
    keys: list[str] = []
    firsts: list[str] = []
    repeats: list[str] = []
    early = [i for i in range(20) if starts[i] <= 25]
    rep = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in rep], 6))
    for i in range(20):
        L = langs[i]
        if i < 12:
            c = regulars[i]
            c.lang = L
            c.market = r.choice(MARKETS[L])
        else:
            c = Cust(f, L)
        at = t0 + timedelta(minutes=starts[i])
        text = f.say(W.SPIKE, L, code=CODE)
        ch = chans[i]
        if ch == "social":
            eid = f.add(c, at, "social", "mention", text)
        elif ch == "chat":
            eid = f.add(c, at, "chat", "chat", text)
            f.add(
                c,
                at + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                f.say(W.SPIKE_CHAT_A, L),
                out=True,
            )
        elif ch == "community":
            eid = f.add(c, at, "community", "post", text)
        elif ch == "email":
            eid = f.add(c, at, "email", "message", text, subject=W.PROBLEM_SUBJECT[L][0] + CODE)
        else:
            eid = f.add(c, at, "web", "ticket", text, attrs={"page": "/help/contact"})
        keys.append(c.key)
        firsts.append(eid)
        extra: dict[str, Any] = {
            "in_spike": True,
            "regular": i < 12,
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(at),
            "agent_fixed": i in fixed,
        }
        persona, exp, tol = "spike_reporter", [], ["silence"]
        if i in rep:
            ch2 = r.choice([x for x in ["email", "chat", "community"] if x != ch])
            at2 = at + timedelta(minutes=r.uniform(10, 45))
            t2 = f.say(W.SPIKE_AGAIN, L, code=CODE)
            kind2 = {"email": "message", "chat": "chat", "community": "post"}[ch2]
            rid = f.add(
                c,
                at2,
                ch2,
                kind2,
                t2,
                subject=W.PROBLEM_SUBJECT[L][0] + CODE if ch2 == "email" else None,
            )
            repeats.append(rid)
            extra["repeat_event_id"] = rid
            persona, exp, tol = "spike_repeater", ["repeat_contact"], ["silence", "sentiment_drop"]
        if i in fixed:
            f.add(
                c,
                f.t(5, 11 + r.uniform(0.1, 0.3)),
                "email",
                "message",
                f.say(W.WORKS_AGAIN, L, time="11:40"),
                out=True,
                subject=f"{BRAND}",
            )
        f.truth.pop(c.key, None)
        f.person(c, persona, "regular" if i < 12 else "new", exp, tol, **extra)
    f.spike = {
        "topic": f"bottled-gas app refuses every swap order, saying the empty cylinder was never returned, error {CODE}",
        "about": "app order block: returned cylinders shown as not returned",
        "channel": None,
        "start": iso(t0),
        "end": iso(t0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": firsts,
        "repeat_event_ids": repeats,
    }


FAMILIES = [
    (
        "happy_writers",
        "hw",
        happy_writers,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers by day and night, survey answerers",
    ),
    (
        "one_bad_day",
        "bd",
        one_bad_day,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry message",
    ),
    (
        "repeat_contacts",
        "rc",
        repeat_contacts,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "open problems raised again, fixed cases, frequent writers",
    ),
    (
        "slow_churners",
        "sc",
        slow_churners,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slides, leavers, steady, grumpy, sarcastic",
    ),
    (
        "quiet_hours",
        "qh",
        quiet_hours,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm weekend with night-owl bursts",
    ),
    (
        "bilingual",
        "bl",
        bilingual,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages",
    ),
    (
        "b2b_accounts",
        "bb",
        b2b_accounts,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "company accounts",
    ),
    (
        "topic_spike",
        "ts",
        topic_spike,
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and the planted incident",
    ),
]


def main() -> None:
    USED.clear()
    tot = [0, 0, 0]
    for n, (name, code, build, start, days, about) in enumerate(FAMILIES, 1):
        assert start.weekday() == (4 if name == "quiet_hours" else 0), name
        f = Fam(name, code, n, start, days, about)
        build(f)
        counts = f.write()
        tot = [a + b for a, b in zip(tot, counts, strict=True)]
        print(name, *counts)
    print("total", *tot)


if __name__ == "__main__":
    main()
