# ruff: noqa: E501
"""Write the heldout268 families (Nevicla, snow clearing and gritting), written blind.

Standard library only; one random.Random per family (and one more for roughening and
identifier variants); two runs give the same bytes. Run: python make_heldout268.py
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20260131
BRAND = "Nevicla"
PLAN = "Nevicla Stagione"
PRO = "Nevicla Pro"
COMPS = ("Sgombrix", "Bianceo")
LAST_DAY = datetime(2026, 11, 1, tzinfo=UTC)
LANG_W = {"it": 30, "fr": 30, "de": 10, "en": 10, "es": 10, "pt": 10}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "it": [("IT", 8), ("CH", 2)],
    "fr": [("FR", 6), ("CH", 2), ("BE", 1), ("LU", 1)],
    "de": [("DE", 5), ("AT", 4), ("CH", 2)],
    "en": [("UK", 4), ("IE", 1)],
    "es": [("ES", 1)],
    "pt": [("PT", 1)],
}
PHONE: dict[str, tuple[str, list[str], int]] = {
    "IT": ("+39", ["347", "338", "329", "366"], 7),
    "FR": ("+33", ["6", "7"], 8),
    "CH": ("+41", ["76", "78", "79"], 7),
    "BE": ("+32", ["471", "486", "495"], 6),
    "LU": ("+352", ["621", "661", "691"], 6),
    "DE": ("+49", ["151", "160", "171", "176"], 8),
    "AT": ("+43", ["664", "676", "699"], 7),
    "UK": ("+44", ["7700", "7712", "7835"], 6),
    "IE": ("+353", ["83", "85", "87"], 7),
    "ES": ("+34", ["6", "7"], 8),
    "PT": ("+351", ["91", "93", "96"], 7),
}
CURRENCY = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
SOURCE = {
    "email": "nevicla-mail",
    "phone": "nevicla-voice",
    "social": "nevicla-social",
    "community": "nevicla-forum",
    "chat": "nevicla-chat",
    "web": "nevicla-web",
    "survey": "nevicla-survey",
}
USED: set[str] = set()
HAPPY_P = {"happy", "b2b_happy", "happy_one_bad_day"}


def strip_accents(text: str) -> str:
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in base if unicodedata.category(c) != "Mn") or ch)
    return "".join(out)


def speech(text: str, lang: str) -> str:
    """A speech-to-text rendering: lower case (German keeps nouns), no punctuation."""
    words = []
    for w in text.replace("\n", " ").split():
        w = w.strip(".,!?;:()\"«»¿¡…'")
        if not w or all(not c.isalnum() for c in w):
            continue
        keep = (
            any(c.isdigit() for c in w)
            or w in (BRAND, "Stagione", "Pro")
            or (w.isupper() and len(w) > 1 and any(c.isdigit() for c in w))
        )
        if not keep and lang != "de":
            w = w.lower()
        words.append(w)
    if lang == "de" and words:
        words[0] = words[0].lower()
    return " ".join(words)


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
    seq: int
    cust: Cust
    data: dict[str, Any]
    full: bool = False


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    planned: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    # -------------------------------------------------------------- helpers --
    def pick(self, items: list[Any]) -> Any:
        return items[self.rng.randrange(len(items))]

    def lang(self) -> str:
        return self.rng.choices(list(LANG_W), weights=list(LANG_W.values()))[0]

    def market(self, lang: str) -> str:
        opts = MARKETS[lang]
        return str(self.rng.choices([m for m, _ in opts], weights=[w for _, w in opts])[0])

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(h0, h1))

    def unique(self, make: Any) -> str:
        while True:
            v = str(make())
            if v.lower() not in USED:
                USED.add(v.lower())
                return v

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        domain: str | None = None,
        **extra: Any,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.market(lang)
        first = self.pick(W.FIRST[lang])
        last = self.pick(W.LAST[lang])
        key = self.unique(lambda: f"NV{self.code}{self.rng.randrange(1000, 10000)}")
        slug = strip_accents(f"{first}.{last}").lower().replace(" ", "").replace("'", "")
        if domain:
            email = self.unique(
                lambda: (
                    f"{slug.split('.')[0]}.{slug.split('.')[1][:1]}{self.rng.randrange(1, 9)}@{domain}"
                )
            )
        else:
            email = self.unique(
                lambda: (
                    f"{slug}{self.rng.randrange(1, 99)}@{self.pick(['posta', 'mailbox', 'inbox', 'webmail', 'casella'])}.example"
                )
            )
        cc, prefixes, rest = PHONE[market]
        phone = self.unique(
            lambda: (
                cc + self.pick(prefixes) + "".join(str(self.rng.randrange(10)) for _ in range(rest))
            )
        )
        handle = None
        if not account:
            f0, l0 = strip_accents(first).lower(), strip_accents(last).lower().replace(" ", "")
            handle = self.unique(
                lambda: (
                    "@"
                    + self.pick(
                        [
                            f"{l0}_{f0}{self.rng.randrange(1, 9)}",
                            f"{f0}{l0}{self.rng.randrange(10, 99)}",
                            f"{f0}_{l0[:3]}",
                            f"{f0[0]}{l0}{self.rng.randrange(1, 9)}",
                        ]
                    )
                )
            )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
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
            "job": extra.pop(
                "job",
                self.pick(
                    [
                        "nurse",
                        "teacher",
                        "engineer",
                        "shop owner",
                        "retired",
                        "accountant",
                        "ski instructor",
                        "electrician",
                        "pharmacist",
                        "chef",
                    ]
                ),
            ),
            "town": self.pick(W.TOWNS[market]),
        }
        truth.update(extra)
        c = Cust(key, lang, market, first, last, email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    def fmt(self, text: str, c: Cust, **kw: Any) -> str:
        return text.format(brand=BRAND, plan=PLAN, pro=PRO, first=c.first, last=c.last, **kw)

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        lang: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        lang = lang or c.lang
        seq = len(self.rows) + 1
        eid = f"nv268-{self.code.lower()}-{seq:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text is not None and channel == "social" and not out and not c.account:
            i = text.rfind(BRAND)
            text = text[:i] + "@" + text[i:] if i >= 0 else f"@{BRAND} " + text
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.pick(W.AGENTS[lang])
        a.update(attrs or {})
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCE[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, seq, c, data, full=out))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            cand = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if cand:
                i = cand[r.randrange(len(cand))]
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def agent_text(
        self, table: dict[str, list[str]], c: Cust, lang: str | None = None, **kw: Any
    ) -> str:
        lang = lang or c.lang
        return self.fmt(self.pick(table[lang]), c, agent=self.pick(W.AGENTS[lang]), **kw)

    def price(self, c: Cust, eur: int) -> dict[str, str]:
        cur, k = CURRENCY.get(c.market, ("EUR", 1.0))
        return {"order_value": f"{eur * k:.2f}", "currency": cur}


def day_only(t: datetime) -> datetime:
    """Moved out of the night (22:00-07:00 UTC) to 08:00-09:00."""
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute % 60)
    return t


# ------------------------------------------------------------------- acts --
def happy_act(
    f: Fam,
    c: Cust,
    t: datetime,
    kind: str | None = None,
    lang: str | None = None,
    surveys: bool = True,
) -> list[str]:
    lang = lang or c.lang
    kinds = ["praise", "again", "gripe", "chat", "emailq", "phoneq", "buy", "view", "review"] + (
        ["survey"] if surveys else []
    )
    k = kind or f.pick(kinds)
    ids: list[str] = []
    r = f.rng
    if k in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.PRAISE_AGAIN, "gripe": W.PRAISE_GRIPE}[k]
        text = f.fmt(f.pick(table[lang]), c)
        if c.account:
            text = f.fmt(f.pick(W.B2B_PRAISE[lang]), c)
            ids.append(f.add(c, t, "community", "post", text, lang=lang))
        elif r.random() < 0.5:
            ids.append(f.add(c, t, "social", f.pick(["mention", "post"]), text, lang=lang))
        else:
            ids.append(f.add(c, t, "community", "post", text, lang=lang))
    elif k == "chat":
        q, a = f.pick(W.B2B_CHAT[lang] if c.account else W.CHAT[lang])
        ids.append(f.add(c, t, "chat", "chat", f.fmt(q, c), lang=lang))
        t2 = t + timedelta(minutes=r.uniform(1, 6))
        ids.append(f.add(c, t2, "chat", "chat", f.fmt(a, c), out=True, lang=lang))
        if r.random() < 0.6:
            ids.append(
                f.add(
                    c,
                    t2 + timedelta(minutes=r.uniform(1, 3)),
                    "chat",
                    "chat",
                    f.pick(W.THANKS[lang]),
                    lang=lang,
                )
            )
    elif k == "emailq":
        s, q, a = f.pick(W.EMAILQ[lang])
        ids.append(f.add(c, t, "email", "message", f.fmt(q, c), subject=f.fmt(s, c), lang=lang))
        t2 = day_only(t + timedelta(hours=r.uniform(1, 5)))
        ids.append(
            f.add(
                c,
                t2,
                "email",
                "message",
                f.fmt(a, c, agent=f.pick(W.AGENTS[lang])),
                subject="Re: " + f.fmt(s, c),
                out=True,
                lang=lang,
            )
        )
    elif k == "phoneq":
        q, a = f.pick(W.PHONEQ[lang])
        ids.append(f.add(c, t, "phone", "call", q, lang=lang))
        ids.append(
            f.add(
                c,
                t + timedelta(minutes=r.uniform(10, 40)),
                "email",
                "message",
                f.fmt(a, c, agent=f.pick(W.AGENTS[lang])),
                subject=BRAND,
                out=True,
                lang=lang,
            )
        )
    elif k in ("buy", "view"):
        prods = W.PRO_PRODUCTS if c.account else W.PRODUCTS
        page = f.pick(W.PRO_PAGES if c.account else W.PAGES)
        ids.append(f.add(c, t, "web", "page_view", attrs={"page": page}, lang=lang))
        if k == "buy":
            name, eur = f.pick(prods)
            ids.append(
                f.add(
                    c,
                    t + timedelta(minutes=r.uniform(3, 15)),
                    "web",
                    "purchase",
                    attrs={"product": name, "page": page} | f.price(c, eur),
                    lang=lang,
                )
            )
    elif k == "review":
        ids.append(
            f.add(
                c,
                t,
                "web",
                "review",
                f.pick(W.REVIEW[lang]),
                attrs={"rating": "5", "page": "/recensioni"},
                lang=lang,
            )
        )
    else:
        which = f.pick(["nps", "csat", "ces"])
        val = {"nps": r.choice([9, 10]), "csat": r.choice([4, 5]), "ces": r.choice([6, 7])}[which]
        ids.append(
            f.add(
                c,
                t,
                "survey",
                "survey_response",
                f.pick(W.SURVEY_HAPPY[lang]) or None,
                scores={which: val},
                attrs={"survey": which},
                lang=lang,
            )
        )
    return ids


def acts_on_days(
    f: Fam,
    c: Cust,
    days: list[int],
    h0: float = 7,
    h1: float = 19,
    surveys: bool = True,
    kinds: list[str] | None = None,
) -> None:
    for d in days:
        happy_act(f, c, f.at(d, h0, h1), kind=f.pick(kinds) if kinds else None, surveys=surveys)


def some_days(f: Fam, lo: int, hi: int, n: int) -> list[int]:
    pool = list(range(lo, hi + 1))
    f.rng.shuffle(pool)
    return sorted(pool[: min(n, len(pool))])


def new_ref(f: Fam) -> str:
    return f.unique(lambda: f"NV-{f.rng.randrange(100000, 1000000)}")


def complaint(f: Fam, c: Cust, problem: str, lang: str | None = None) -> str:
    lang = lang or c.lang
    return f.fmt(f.pick(W.COMPLAINT[problem][lang]), c)


def summary(f: Fam, c: Cust, problem: str, lang: str) -> str:
    return f.fmt(W.SUMMARY[problem][lang], c)


def send_complaint(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    lang: str | None = None,
    long: bool = False,
) -> str:
    lang = lang or c.lang
    text = complaint(f, c, problem, lang)
    subj = W.COMPLAINT_PREFIX[lang] + W.TOPIC[problem][lang]
    if long:
        text = f.fmt(f.pick(W.LONG_EMAIL[lang]), c, complaint=text)
        return f.add(c, t, "email", "message", text, subject=subj, lang=lang)
    if channel == "email":
        return f.add(c, t, "email", "message", text, subject=subj, lang=lang)
    if channel == "chat":
        return f.add(c, t, "chat", "chat", text, lang=lang)
    if channel == "social":
        return f.add(c, t, "social", "mention", text, lang=lang)
    if channel == "web":
        return f.add(
            c, t, "web", "ticket", text, subject=subj, attrs={"page": "/aiuto/reclamo"}, lang=lang
        )
    if channel == "community":
        return f.add(c, t, "community", "post", text, lang=lang)
    spoken = f.pick(W.CALL_OPEN[lang]) + " " + speech(text, lang)
    return f.add(c, t, "phone", "call", spoken, lang=lang)


def acknowledge(
    f: Fam, c: Cust, t: datetime, channel: str, ref: str, lang: str | None = None
) -> str:
    lang = lang or c.lang
    if channel == "chat":
        return f.add(
            c,
            t + timedelta(minutes=f.rng.uniform(1, 5)),
            "chat",
            "chat",
            f.agent_text(W.CHAT_CASE, c, lang, ref=ref),
            out=True,
            lang=lang,
        )
    t2 = day_only(t + timedelta(minutes=f.rng.uniform(10, 40)))
    return f.add(
        c,
        t2,
        "email",
        "message",
        f.agent_text(W.CASE_OPENED, c, lang, ref=ref),
        subject=W.CASE_SUBJECT[lang].format(ref=ref),
        out=True,
        lang=lang,
    )


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    ref: str,
    nth: int,
    comp: str | None,
    lang: str,
) -> str:
    summ = summary(f, c, problem, lang)
    table = W.FOURTH if nth == 4 else W.THIRD if nth == 3 else W.LATER
    text = f.fmt(f.pick(table[lang]), c, ref=ref, summary=summ, comp=comp or "")
    if channel == "email":
        return f.add(
            c, t, "email", "message", text, subject=W.CASE_SUBJECT[lang].format(ref=ref), lang=lang
        )
    if channel == "chat":
        eid = f.add(c, t, "chat", "chat", text, lang=lang)
        f.add(
            c,
            t + timedelta(minutes=f.rng.uniform(1, 5)),
            "chat",
            "chat",
            f.agent_text(W.URGENT, c, lang, ref=ref),
            out=True,
            lang=lang,
        )
        return eid
    if channel == "web":
        return f.add(
            c,
            t,
            "web",
            "ticket",
            text,
            subject=W.CASE_SUBJECT[lang].format(ref=ref),
            attrs={"page": "/aiuto/reclamo"},
            lang=lang,
        )
    if channel == "social":
        return f.add(c, t, "social", "mention", text, lang=lang)
    return f.add(
        c, t, "phone", "call", f.pick(W.CALL_OPEN[lang]) + " " + speech(text, lang), lang=lang
    )


T_REPEAT = ("sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence")
T_SLIDE = ("repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence")
T_LEAVE = ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence")


# --------------------------------------------------------------- families --
def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        acts_on_days(f, c, some_days(f, 0, 9, f.rng.randint(5, 8)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in some_days(f, 0, 8, f.rng.randint(2, 4)):
            t = (
                f.start
                + timedelta(days=d, hours=22, minutes=12)
                + timedelta(minutes=f.rng.uniform(0, 378))
            )
            night(f, c, t)
        acts_on_days(
            f,
            c,
            some_days(f, 0, 9, f.rng.randint(2, 3)),
            9,
            18,
            kinds=["praise", "buy", "view", "review"],
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        acts_on_days(f, c, some_days(f, 0, 9, f.rng.randint(3, 6)), kinds=["survey"])


def night(f: Fam, c: Cust, t: datetime) -> str:
    if f.rng.random() < 0.5:
        return f.add(
            c, t, f.pick(["social", "community"]), "post", f.fmt(f.pick(W.NIGHT_POST[c.lang]), c)
        )
    q, a = f.pick(W.NIGHT_CHAT[c.lang])
    eid = f.add(c, t, "chat", "chat", q)
    t2 = t + timedelta(minutes=f.rng.uniform(1, 4))
    f.add(c, t2, "chat", "chat", a, out=True)
    f.add(c, t2 + timedelta(minutes=f.rng.uniform(1, 3)), "chat", "chat", f.pick(W.THANKS[c.lang]))
    return eid


def one_bad_day(f: Fam) -> None:
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    long_langs = ["it", "it", "fr", "fr"]
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    f.rng.shuffle(with_case)
    nps_idx, csat_idx = set(with_case[:6]), set(with_case[6:11])
    good = with_case[:3] + with_case[6:9] + with_case[11:17]
    good_set = set(good)
    apolog = set(good[:2] + good[6:9])
    for i, ch in enumerate(channels):
        problem = W.PROBLEMS[i % 6]
        lang = long_langs[i] if ch == "long" else None
        det = i in nps_idx
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=("detractor",) if det else (),
            tolerated=("silence",),
            problem=problem,
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
        )
        bd = f.rng.randint(2, 9)
        t = f.at(bd, 8, 20)
        ok = [d for d in range(0, 12) if d <= bd - 2 or d >= bd + 3]
        f.rng.shuffle(ok)
        acts_on_days(f, c, sorted(ok[: f.rng.randint(1, 5)]), surveys=False)
        c.truth["bad_day_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        c.truth["trouble_starts_at"] = c.truth["bad_day_at"]
        eid = send_complaint(f, c, t, "email" if ch == "long" else ch, problem, long=ch == "long")
        c.truth["bad_day_event_id"] = eid
        ref = None
        if ch != "social":
            ref = new_ref(f)
            acknowledge(f, c, t, "chat" if ch == "chat" else "email", ref)
        c.truth["booking"] = ref
        if det:
            v = f.rng.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=v,
                survey_event_id=f.add(
                    c,
                    t + timedelta(minutes=f.rng.uniform(100, 140)),
                    "survey",
                    "survey_response",
                    f.pick(W.LOW_NPS[c.lang]) or None,
                    scores={"nps": v},
                    attrs={"survey": "nps"},
                ),
            )
        if i in csat_idx:
            v = f.rng.randint(1, 2)
            c.truth.update(
                csat_given=True,
                csat=v,
                survey_event_id=f.add(
                    c,
                    t + timedelta(minutes=f.rng.uniform(40, 80)),
                    "survey",
                    "survey_response",
                    f.pick(W.LOW_CSAT[c.lang]) or None,
                    scores={"csat": v},
                    attrs={"survey": "csat"},
                ),
            )
        c.truth["agent_fixed"] = i in good_set
        if i in good_set and ref:
            f.add(
                c,
                day_only(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                "message",
                f.agent_text(W.GOOD_NEWS, c, ref=ref),
                subject=W.CASE_SUBJECT[c.lang].format(ref=ref),
                out=True,
            )
        c.truth["apologised"] = i in apolog
        if i in apolog and ref:
            ta = day_only(t + timedelta(hours=f.rng.uniform(16, 24)))
            ch2 = f.pick(["chat", "email"])
            c.truth.update(
                apology_at=ta.strftime("%Y-%m-%dT%H:%M:%SZ"),
                apology_event_id=f.add(
                    c,
                    ta,
                    ch2,
                    "chat" if ch2 == "chat" else "message",
                    f.fmt(f.pick(W.APOLOGY[c.lang]), c, ref=ref),
                    subject=W.CASE_SUBJECT[c.lang].format(ref=ref) if ch2 == "email" else None,
                ),
            )
    for _ in range(8):
        c = f.person("happy", "control")
        acts_on_days(f, c, some_days(f, 0, 11, f.rng.randint(4, 7)), surveys=False)


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    first_ch: str,
    n: int,
    problem: str,
    passed_on: bool,
    langs: list[str] | None = None,
    h0: float = 8,
    h1: float = 19,
) -> None:
    langs = langs or [c.lang]
    ref = new_ref(f)
    comp = f.pick(list(COMPS)) if n >= 3 else None
    t = f.at(first_day, h0, h1)
    ids = [send_complaint(f, c, t, first_ch, problem, lang=langs[0])]
    if first_ch == "chat":
        acknowledge(f, c, t, "chat", ref, langs[0])
    elif not passed_on:
        acknowledge(f, c, t, "email", ref, langs[0])
    if passed_on:
        f.add(
            c,
            day_only(t + timedelta(hours=f.rng.uniform(1.5, 2.5))),
            "email",
            "message",
            f.agent_text(W.QUALITY_LEAD, c, langs[0], ref=ref),
            subject=W.CASE_SUBJECT[langs[0]].format(ref=ref),
            out=True,
            lang=langs[0],
        )
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    f.rng.shuffle(chans)
    for k in range(2, n + 1):
        t = day_only(t + timedelta(hours=f.rng.uniform(4, 40)))
        lang = langs[(k - 1) % len(langs)]
        ids.append(later_contact(f, c, t, chans[k - 2], problem, ref, k, comp, lang))
    c.truth.update(
        problem=problem,
        booking=ref,
        contacts=n,
        channels=[first_ch, *chans[: n - 1]],
        channel=first_ch,
        agent_passed_on=passed_on,
        problem_event_ids=ids,
        competitor=comp,
        trouble_starts_at=occurred(f, ids[0]),
    )


def occurred(f: Fam, eid: str) -> str:
    return str(next(r.data["occurred_at"] for r in f.rows if r.data["event_id"] == eid))


def fixed_case(
    f: Fam, c: Cust, t: datetime, channel: str, problem: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    ref = new_ref(f)
    eid = send_complaint(f, c, t, channel, problem, lang=lang)
    acknowledge(f, c, t, "chat" if channel == "chat" else "email", ref, lang)
    t2 = day_only(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(
        c,
        t2,
        "email",
        "message",
        f.agent_text(W.GOOD_NEWS, c, lang, ref=ref),
        subject=W.CASE_SUBJECT[lang].format(ref=ref),
        out=True,
        lang=lang,
    )
    t3 = day_only(t2 + timedelta(hours=f.rng.uniform(8, 30)))
    ch = f.pick(["email", "chat"])
    cid = f.add(
        c,
        t3,
        ch,
        "message" if ch == "email" else "chat",
        f.fmt(f.pick(W.CONFIRM[confirm_lang]), c, ref=ref),
        subject=W.CASE_SUBJECT[confirm_lang].format(ref=ref) if ch == "email" else None,
        lang=confirm_lang,
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fixed_at": t2.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "confirmed_at": t3.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": ch,
    }


def repeat_contacts(f: Fam) -> None:
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4]
    f.rng.shuffle(counts)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=("repeat_contact",), tolerated=T_REPEAT)
        acts_on_days(f, c, [0] * f.rng.randint(1, 3), 7, 12)
        repeat_run(f, c, f.rng.randint(1, 4), firsts[i], counts[i], W.PROBLEMS[i % 6], i % 2 == 0)
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=("silence",))
        acts_on_days(f, c, some_days(f, 0, 2, 2))
        p = fixed_case(
            f,
            c,
            f.at(f.rng.randint(3, 5), 8, 19),
            f.pick(["email", "web", "chat"]),
            W.PROBLEMS[(i + 2) % 6],
            c.lang,
            c.lang,
        )
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=("silence",))
        d = f.rng.randint(0, 2)
        p1 = fixed_case(f, c, f.at(d, 8, 19), "email", W.PROBLEMS[i], c.lang, c.lang)
        p2 = fixed_case(
            f, c, f.at(d + f.rng.randint(4, 5), 8, 19), "web", W.PROBLEMS[i + 3], c.lang, c.lang
        )
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        acts_on_days(
            f,
            c,
            some_days(f, 0, 9, f.rng.randint(5, 8)),
            kinds=["chat", "chat", "emailq", "phoneq", "praise"],
        )


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str], nps: bool) -> None:
    comp = f.pick(list(COMPS))
    t = f.at(start_day, 8, 20)
    ids = []
    ratings = ["3", "3", "2", "2", "1", "1"]
    gap = span * 24 / 6
    for k in range(6):
        lang = langs[k % len(langs)]
        text = f.fmt(f.pick(W.SLIDE[lang][k]), c, comp=comp)
        ch = f.pick(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": ratings[k], "page": "/recensioni"},
                    lang=lang,
                )
            )
        else:
            ids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text, lang=lang))
        if k == 3 and nps:
            v = f.rng.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=v,
                survey_event_id=f.add(
                    c,
                    day_only(t + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                    "survey",
                    "survey_response",
                    f.pick(W.LOW_NPS[lang]) or None,
                    scores={"nps": v},
                    attrs={"survey": "nps"},
                    lang=lang,
                ),
            )
        t = day_only(t + timedelta(hours=max(1.0, f.rng.uniform(gap * 0.6, gap * 1.2))))
    c.truth.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=occurred(f, ids[0])
    )


def slow_churners(f: Fam) -> None:
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        nps = i % 2 == 0
        c = f.person(
            "slow_churner",
            "slides",
            expected=("sentiment_drop", "detractor") if nps else ("sentiment_drop",),
            tolerated=T_SLIDE,
        )
        days = some_days(f, 0, 10, 8)
        for d in days[: f.rng.randint(4, 5)]:
            happy_act(f, c, f.at(d, 7, 20), kind=f.pick(["praise", "again"]))
        for d in days[5 : 5 + f.rng.randint(2, 3)]:
            happy_act(f, c, f.at(d, 7, 20), kind=f.pick(["chat", "buy", "review", "emailq"]))
        slide(f, c, f.rng.randint(12, 16), spans[i], [c.lang], nps)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=("churn_intent",), tolerated=T_LEAVE
        )
        acts_on_days(f, c, some_days(f, 0, 15, f.rng.randint(4, 6)), surveys=False)
        t = f.at(f.rng.randint(17, 23), 8, 19)
        s, b = f.pick(W.CANCEL[c.lang])
        eid = f.add(c, t, "email", "message", f.fmt(b, c), subject=f.fmt(s, c))
        f.add(
            c,
            day_only(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            f.agent_text(W.SORRY_GO, c),
            subject="Re: " + f.fmt(s, c),
            out=True,
        )
        tc = day_only(t + timedelta(hours=f.rng.uniform(20, 30)))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/profilo/abbonamento", "product": PLAN},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=tc.strftime("%Y-%m-%dT%H:%M:%SZ"),
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        acts_on_days(f, c, some_days(f, 0, 30, f.rng.randint(6, 10)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            t = f.at(d, 8, 20)
            text = f.pick(W.GRUMBLE[c.lang])
            ch = f.pick(["social", "community", "web", "review"])
            if ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/aiuto"}))
            elif ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/recensioni"})
                )
            else:
                ids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
            d += f.rng.randint(1, 3)
        for _k in range(f.rng.randint(0, 2)):
            happy_act(f, c, f.at(f.rng.randint(0, 30), 8, 20), kind="buy")
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=occurred(f, ids[0]))
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        acts_on_days(f, c, some_days(f, 0, 16, f.rng.randint(3, 6)), surveys=False)
        c.truth["sarcasm_event_id"] = f.add(
            c,
            f.at(f.rng.randint(17, 28), 8, 20),
            f.pick(["social", "community"]),
            "post",
            f.pick(W.SARCASM[c.lang]),
        )


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in some_days(f, 0, 2, f.rng.randint(1, 3)):
            happy_act(
                f,
                c,
                f.at(d, 7, 17.5),
                kind=f.pick(["praise", "chat", "buy", "view", "review", "again"]),
            )
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.at(f.rng.randint(0, 2), 9, 17)
        ids = happy_act(f, c, t, kind=f.pick(["buy", "view"]))
        t2 = f.rows[-1].t + timedelta(minutes=f.rng.uniform(20, 30))
        q, a = f.pick(W.MILD[c.lang])
        if i < 2:
            g = f.add(c, t2, "chat", "chat", q)
            f.add(c, t2 + timedelta(minutes=f.rng.uniform(1, 5)), "chat", "chat", a, out=True)
        else:
            g = f.add(c, t2, "web", "ticket", q, attrs={"page": "/aiuto"})
            f.add(
                c,
                t2 + timedelta(minutes=f.rng.uniform(20, 60)),
                "email",
                "message",
                f.agent_text(W.FORM_ACK, c),
                subject=BRAND,
                out=True,
            )
        c.truth.update(grumble_event_id=g, trouble_starts_at=t2.strftime("%Y-%m-%dT%H:%M:%SZ"))
        del ids
    owl = 0
    for n in range(3):
        b0 = f.start + timedelta(days=n + 1, minutes=f.rng.uniform(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=f.rng.uniform(28, 33)),
            b0 + timedelta(minutes=f.rng.uniform(55, 65)),
        ]
        for m, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {n + 1}, burst {m + 1}")
                t = bs + timedelta(minutes=f.rng.uniform(0, 10))
                c.truth.update(
                    burst_at=bs.strftime("%Y-%m-%dT%H:%M:%SZ"), night_event_id=night(f, c, t)
                )
                if owl % 2 == 0:
                    happy_act(
                        f,
                        c,
                        f.at(f.rng.randint(0, 2), 9, 17.5),
                        kind=f.pick(["praise", "buy", "view", "review"]),
                    )
                owl += 1


PAIRS = (
    [("it", "fr")] * 4
    + [("fr", "it")] * 4
    + [("it", "de")] * 2
    + [("fr", "de")] * 2
    + [("fr", "en")] * 2
    + [("it", "en")] * 2
    + [
        ("de", "fr"),
        ("de", "it"),
        ("en", "fr"),
        ("es", "fr"),
        ("es", "it"),
        ("pt", "fr"),
        ("it", "pt"),
        ("fr", "es"),
        ("it", "es"),
        ("fr", "pt"),
        ("en", "it"),
    ]
)
PAIR_MARKET = {
    frozenset({"it", "fr"}): ["CH"],
    frozenset({"it", "de"}): ["IT", "CH"],
    frozenset({"fr", "de"}): ["CH", "LU", "BE"],
    frozenset({"fr", "en"}): ["FR", "UK"],
    frozenset({"it", "en"}): ["IT", "UK"],
    frozenset({"es", "fr"}): ["ES", "FR"],
    frozenset({"es", "it"}): ["ES", "IT"],
    frozenset({"pt", "fr"}): ["LU", "FR"],
    frozenset({"it", "pt"}): ["PT", "IT"],
    frozenset({"en", "it"}): ["UK"],
}
REASONS = [
    "grew up there",
    "partner's language",
    "works across the border",
    "studied there",
    "the family's other language",
]


def bilingual(f: Fam) -> None:
    pairs = list(PAIRS)
    f.rng.shuffle(pairs)
    roles = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    rep_counts = [2, 2, 3, 3, 4]
    bad_kinds = ["long", "email", "chat"]
    for i, role in enumerate(roles):
        l1, l2 = pairs[i]
        market = f.pick(PAIR_MARKET[frozenset({l1, l2})])
        extra = {"languages": [l1, l2], "job_second_language": f.pick(REASONS)}
        if role == "happy":
            c = f.person("happy", "alternates languages", lang=l1, market=market, **extra)
            for k, d in enumerate(some_days(f, 0, 13, f.rng.randint(5, 8))):
                happy_act(f, c, f.at(d, 7, 20), lang=(l1, l2)[k % 2])
        elif role == "repeat":
            n = rep_counts.pop(0)
            c = f.person(
                "repeat_contact",
                "repeats",
                lang=l1,
                market=market,
                expected=("repeat_contact",),
                tolerated=T_REPEAT,
                **extra,
            )
            for k, d in enumerate(some_days(f, 0, 1, f.rng.randint(1, 2))):
                happy_act(f, c, f.at(d, 7, 12), lang=(l1, l2)[k % 2])
            repeat_run(
                f,
                c,
                f.rng.randint(2, 5),
                f.pick(["web", "email", "chat"]),
                n,
                f.pick(list(W.PROBLEMS)),
                n >= 3,
                langs=[l1, l2],
            )
        elif role == "slide":
            c = f.person(
                "slow_churner",
                "slides",
                lang=l1,
                market=market,
                expected=("sentiment_drop",),
                tolerated=T_SLIDE,
                **extra,
            )
            for k, d in enumerate(range(0, 5)):
                happy_act(
                    f, c, f.at(d, 7, 20), kind=f.pick(["praise", "again"]), lang=(l1, l2)[k % 2]
                )
            for k in range(f.rng.randint(1, 3)):
                happy_act(
                    f,
                    c,
                    f.at(f.rng.randint(0, 5), 7, 20),
                    kind=f.pick(["chat", "buy"]),
                    lang=(l2, l1)[k % 2],
                )
            slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), [l1, l2], False)
        elif role == "bad":
            kind = bad_kinds.pop(0)
            if kind == "long":
                l1, l2 = "fr", "it"
                market = "CH"
                extra = {"languages": [l1, l2], "job_second_language": f.pick(REASONS)}
            c = f.person(
                "happy_one_bad_day",
                "one bad day",
                lang=l1,
                market=market,
                tolerated=("silence",),
                **extra,
            )
            for k, d in enumerate([0, 1, 9, 11]):
                happy_act(f, c, f.at(d, 7, 20), lang=(l1, l2)[k % 2], surveys=False)
            t = f.at(f.rng.randint(4, 6), 8, 19)
            problem = f.pick(list(W.PROBLEMS))
            eid = send_complaint(
                f,
                c,
                t,
                "chat" if kind == "chat" else "email",
                problem,
                lang=l2,
                long=kind == "long",
            )
            ref = new_ref(f)
            acknowledge(f, c, t, "chat" if kind == "chat" else "email", ref, l2)
            if kind != "chat":
                f.add(
                    c,
                    day_only(t + timedelta(hours=f.rng.uniform(1, 4))),
                    "email",
                    "message",
                    f.agent_text(W.GOOD_NEWS, c, l2, ref=ref),
                    subject=W.CASE_SUBJECT[l2].format(ref=ref),
                    out=True,
                    lang=l2,
                )
            c.truth.update(
                problem=problem,
                booking=ref,
                bad_day_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                bad_day_event_id=eid,
                bad_day_language=l2,
                long_email=kind == "long",
                agent_fixed=kind != "chat",
                trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                apologised=kind == "email",
            )
            if kind == "email":
                ta = day_only(t + timedelta(hours=f.rng.uniform(18, 24)))
                c.truth.update(
                    apology_at=ta.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    apology_event_id=f.add(
                        c, ta, "chat", "chat", f.fmt(f.pick(W.APOLOGY[l2]), c, ref=ref), lang=l2
                    ),
                )
        else:
            c = f.person(
                "resolved_between_contacts",
                "fixed",
                lang=l1,
                market=market,
                tolerated=("silence",),
                **extra,
            )
            happy_act(f, c, f.at(0, 8, 18), lang=l2)
            p = fixed_case(
                f, c, f.at(f.rng.randint(3, 6), 8, 18), "web", f.pick(list(W.PROBLEMS)), l1, l2
            )
            c.truth.update(problems=[p], confirm_language=l2, trouble_starts_at=p["raised_at"])


COMPANIES = [
    ("IT", "it", "Hotel Larici Bormio", "larici-hotel.example", "hotel", "at_risk", "invoice", 3),
    (
        "FR",
        "fr",
        "Supermarché Les Aravis",
        "aravis-super.example",
        "supermarket",
        "at_risk",
        "portal",
        3,
    ),
    (
        "IT",
        "it",
        "Ospedale Valtellina Sud",
        "osp-valtsud.example",
        "hospital",
        "at_risk",
        "service_blocked",
        3,
    ),
    (
        "FR",
        "fr",
        "Transports Durandal",
        "durandal-transports.example",
        "logistics",
        "at_risk",
        "invoice",
        4,
    ),
    (
        "CH",
        "it",
        "Funivie Alta Leventina",
        "funivie-leventina.example",
        "ski_lift",
        "at_risk",
        "overbilled",
        4,
    ),
    (
        "IT",
        "it",
        "Scuola Media Dolomiti",
        "scuola-dolomiti.example",
        "school",
        "one_unhappy",
        "portal",
        1,
    ),
    (
        "FR",
        "fr",
        "Clinique du Semnoz",
        "clinique-semnoz.example",
        "clinic",
        "one_unhappy",
        "overbilled",
        1,
    ),
    (
        "AT",
        "de",
        "Baumarkt Zillertal",
        "baumarkt-ziller.example",
        "retail",
        "one_unhappy",
        "invoice",
        1,
    ),
    (
        "ES",
        "es",
        "Hostal Canfranc",
        "hostal-canfranc.example",
        "hotel",
        "one_unhappy",
        "service_blocked",
        1,
    ),
    ("CH", "fr", "Commune de Nendaz", "nendaz-commune.example", "municipality", "mild", None, 0),
    ("IT", "it", "Logistica Adige", "logistica-adige.example", "logistics", "mild", None, 0),
    (
        "UK",
        "en",
        "Cairngorm Outdoor Centre",
        "cairngorm-centre.example",
        "leisure",
        "mild",
        None,
        0,
    ),
    (
        "FR",
        "fr",
        "Résidence Les Gentianes",
        "gentianes-residence.example",
        "care_home",
        "happy",
        None,
        0,
    ),
    ("DE", "de", "Bergbahn Werdenfels", "werdenfels-bahn.example", "ski_lift", "happy", None, 0),
    ("PT", "pt", "Pousada Serra Alta", "serra-alta.example", "hotel", "happy", None, 0),
]
JOBS = [
    "facilities manager",
    "office manager",
    "accounts payable",
    "site manager",
    "operations director",
    "maintenance lead",
    "purchasing",
]
T_B2B_UNHAPPY = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
)


def office(t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        t = (
            (t + timedelta(days=1)).replace(hour=8, minute=f_min(t))
            if t.hour >= 17 or t.weekday() >= 5
            else t.replace(hour=8, minute=f_min(t))
        )
    return t


def f_min(t: datetime) -> int:
    return (t.minute * 7) % 60


def b2b_accounts(f: Fam) -> None:
    for market, lang, company, domain, site, kind, problem, unhappy in COMPANIES:
        acc = f.unique(lambda market=market: f"NVP-{market}-{f.rng.randrange(1000, 10000)}")
        ncont = {
            "at_risk": unhappy + f.rng.randint(1, 2),
            "one_unhappy": 3,
            "mild": f.rng.randint(3, 4),
            "happy": f.rng.randint(3, 4),
        }[kind]
        contacts: list[Cust] = []
        unhappy_keys: list[str] = []
        first0 = ""
        day0 = ""
        ref = ""
        trouble = None
        comp = f.pick(list(COMPS))
        prev = f.start
        for j in range(ncont):
            job = f.pick(JOBS)
            common: dict[str, Any] = {
                "company": company,
                "job_title": job,
                "job": job,
                "lang": lang,
                "market": market,
                "account": acc,
                "domain": domain,
            }
            if kind == "at_risk" and j < unhappy:
                last = j == unhappy - 1
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    expected=("repeat_contact",) if last else ("detractor",),
                    tolerated=T_B2B_UNHAPPY,
                    role="complainer",
                    **common,
                )
                unhappy_keys.append(c.key)
                routine(f, c, f.rng.randint(0, 2))
                if j == 0:
                    t = office(f.start + timedelta(days=2, hours=f.rng.uniform(8, 11)))
                else:
                    t = office(prev + timedelta(hours=f.rng.uniform(8, 28)))
                if j == 0:
                    ref = new_ref(f)
                    first0, trouble = c.first, t
                    text = f.fmt(f.pick(W.B2B_COMPLAINT[str(problem)][lang]), c, job=job)
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        subject=W.COMPLAINT_PREFIX[lang] + W.B2B_TOPIC[str(problem)][lang],
                    )
                    f.add(
                        c,
                        office(t + timedelta(minutes=f.rng.uniform(20, 90))),
                        "email",
                        "message",
                        f.agent_text(W.CASE_OPENED, c, ref=ref).replace(BRAND, PRO),
                        subject=W.CASE_SUBJECT[lang].format(ref=ref),
                        out=True,
                    )
                    day0 = t.strftime("%Y-%m-%d")
                else:
                    day = W.TODAY[lang] if t.strftime("%Y-%m-%d") == day0 else W.WEEKDAY[lang][2]
                    text = f.fmt(
                        f.pick(W.B2B_LATER[lang]),
                        c,
                        ref=ref,
                        first0=first0,
                        day=day,
                        summary=W.B2B_SUMMARY[str(problem)][lang],
                        job=job,
                    )
                    eid = f.add(
                        c, t, "email", "message", text, subject=W.CASE_SUBJECT[lang].format(ref=ref)
                    )
                ids = [eid]
                prev = t
                if not last:
                    v = f.rng.randint(1, 5)
                    c.truth.update(
                        nps_given=True,
                        nps=v,
                        survey_event_id=f.add(
                            c,
                            t + timedelta(hours=f.rng.uniform(1, 3)),
                            "survey",
                            "survey_response",
                            f.pick(W.LOW_NPS[lang]) or None,
                            scores={"nps": v},
                            attrs={"survey": "nps"},
                        ),
                    )
                else:
                    t2 = office(t + timedelta(hours=f.rng.uniform(18, 40)))
                    summ = W.B2B_SUMMARY[str(problem)][lang]
                    if market in ("FR",) and unhappy == 4:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                f.fmt(
                                    W.B2B_LAST_MAIL[lang][0],
                                    c,
                                    ref=ref,
                                    summary=summ,
                                    comp=comp,
                                    job=job,
                                ),
                                subject=W.CASE_SUBJECT[lang].format(ref=ref),
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
                                f.pick(W.CALL_OPEN[lang])
                                + " "
                                + speech(
                                    f.fmt(W.B2B_LAST_CALL[lang][0], c, ref=ref, summary=summ), lang
                                ),
                            )
                        )
                c.truth.update(
                    problem=problem,
                    booking=ref,
                    complaint_event_ids=ids,
                    trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
            elif kind == "one_unhappy" and j == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    expected=("detractor",),
                    tolerated=("sentiment_drop", "high_value_at_risk", "silence"),
                    role="complainer",
                    **common,
                )
                unhappy_keys.append(c.key)
                routine(f, c, f.rng.randint(0, 2))
                t = office(
                    f.start + timedelta(days=f.rng.randint(3, 7), hours=f.rng.uniform(8, 16))
                )
                r = new_ref(f)
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    f.fmt(f.pick(W.B2B_COMPLAINT[str(problem)][lang]), c, job=job),
                    subject=W.COMPLAINT_PREFIX[lang] + W.B2B_TOPIC[str(problem)][lang],
                )
                f.add(
                    c,
                    office(t + timedelta(minutes=f.rng.uniform(20, 90))),
                    "email",
                    "message",
                    f.agent_text(W.CASE_OPENED, c, ref=r).replace(BRAND, PRO),
                    subject=W.CASE_SUBJECT[lang].format(ref=r),
                    out=True,
                )
                v = f.rng.randint(1, 5)
                c.truth.update(
                    problem=problem,
                    booking=r,
                    complaint_event_ids=[eid],
                    nps_given=True,
                    nps=v,
                    trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    survey_event_id=f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        f.pick(W.LOW_NPS[lang]) or None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    ),
                )
            elif kind == "mild" and j < 2:
                c = f.person(
                    "b2b_mild", "suggests", tolerated=("silence",), role="suggests", **common
                )
                routine(f, c, f.rng.randint(0, 2))
                t = office(
                    f.start + timedelta(days=f.rng.randint(2, 9), hours=f.rng.uniform(8, 16))
                )
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.fmt(W.B2B_MILD[lang][j % len(W.B2B_MILD[lang])], c, job=job),
                    attrs={"page": "/pro/suggerimenti"},
                )
                f.add(
                    c,
                    office(t + timedelta(hours=f.rng.uniform(1, 4))),
                    "email",
                    "message",
                    f.agent_text(W.B2B_MILD_ACK, c),
                    subject=PRO,
                    out=True,
                )
                c.truth.update(
                    mild_event_id=mid, trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ")
                )
            else:
                c = f.person("b2b_happy", "contact", role="contact", **common)
                for d in some_days(f, 0, 11, f.rng.randint(3, 6)):
                    t = f.start + timedelta(days=d, hours=f.rng.uniform(8, 16.5))
                    if t.weekday() < 5:
                        happy_act(
                            f,
                            c,
                            t,
                            kind=f.pick(["chat", "chat", "buy", "view", "praise", "survey"]),
                        )
            contacts.append(c)
        f.accounts[acc] = {
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
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble.strftime("%Y-%m-%dT%H:%M:%SZ") if trouble else None,
            "language": lang,
            "country": market,
        }


def routine(f: Fam, c: Cust, n: int) -> None:
    for _ in range(n):
        happy_act(
            f,
            c,
            f.start + timedelta(days=f.rng.randint(0, 1), hours=f.rng.uniform(8, 16)),
            kind=f.pick(["chat", "buy", "view"]),
        )


def topic_spike(f: Fam) -> None:
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in some_days(f, 0, 5, f.rng.randint(1, 4)):
            happy_act(f, c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 20))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        q, a = f.pick(W.SLOW_MAP[c.lang])
        t = f.at(0, 9, 16)
        g = f.add(c, t, "chat", "chat", q)
        f.add(c, t + timedelta(minutes=f.rng.uniform(1, 5)), "chat", "chat", a, out=True)
        c.truth.update(grumble_event_id=g, trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    for lang, hh in (("it", 9 + 40 / 60), ("fr", 16 + 5 / 60)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=("silence",))
        q, a = W.LONE_Q[lang][0]
        t = f.start + timedelta(days=4, hours=hh)
        g = f.add(c, t, "chat", "chat", q)
        f.add(c, t + timedelta(minutes=f.rng.uniform(2, 6)), "chat", "chat", a, out=True)
        c.truth.update(lone_report_event_id=g, trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    s0 = f.start + timedelta(days=5, hours=7, minutes=40)
    langs = ["it"] * 6 + ["fr"] * 6 + ["de", "de", "en", "en", "es", "es", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(0, 45) for _ in range(18)])
    keys, eids, reps = [], [], []
    early = [i for i, o in enumerate(offs) if o <= 25]
    f.rng.shuffle(early)
    repeaters = set(early[:6])
    rest = [i for i in range(20) if i not in repeaters]
    f.rng.shuffle(rest)
    fixed = set(rest[:6])
    for i in range(20):
        lang = langs[i]
        regular = i < 12 or False
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=lang,
            expected=("repeat_contact",) if rep else (),
            tolerated=("silence", "sentiment_drop") if rep else ("silence",),
            in_spike=True,
            regular=regular,
        )
        if regular:
            for d in some_days(f, 2, 4, f.rng.randint(1, 2)):
                happy_act(
                    f, c, f.at(d, 8, 17.5), kind=f.pick(["praise", "buy", "view", "chat", "review"])
                )
        t = s0 + timedelta(minutes=offs[i])
        text = f.fmt(f.pick(W.SPIKE[lang]), c)
        ch = chans[i]
        if ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=f.rng.uniform(1, 4)),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_ANSWER[lang]),
                out=True,
            )
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, subject="Q7:204")
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/aiuto"})
        else:
            eid = f.add(c, t, ch, "post" if ch == "community" else "mention", text)
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            agent_fixed=i in fixed,
        )
        if rep:
            ch2 = f.pick([x for x in ["email", "chat", "community"] if x != ch])
            t2 = t + timedelta(minutes=f.rng.uniform(15, 50))
            text2 = f.pick(W.SPIKE_REPEAT[lang])
            rid = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                text2,
                subject="Re: Q7:204" if ch2 == "email" else None,
            )
            reps.append(rid)
            c.truth["repeat_event_id"] = rid
        if i in fixed:
            local = "10:05" if c.market in ("UK", "IE", "PT") else "11:05"
            credit = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "10 €" if lang != "en" else "€10")
            f.add(
                c,
                s0 + timedelta(hours=2, minutes=f.rng.uniform(50, 60)),
                "email",
                "message",
                f.agent_text(W.WORKS_AGAIN, c, local=local, credit=credit),
                subject=BRAND,
                out=True,
            )
    f.spike = {
        "topic": "snow-clearing app: 'clear now' requests rejected with error Q7:204, no crew dispatched",
        "about": "Saturday morning after overnight snow: app and web requests fail",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


# ------------------------------------------------------------------ write --
FAMILIES: list[tuple[str, str, datetime, int, Any, dict[str, int], str]] = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 1, 5, tzinfo=UTC),
        10,
        happy_writers,
        {},
        "happy day and night writers, survey-only customers",
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 1, 12, tzinfo=UTC),
        12,
        one_bad_day,
        {"detractor": 6},
        "happy customers with one bad day",
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 2, 9, tzinfo=UTC),
        10,
        repeat_contacts,
        {"repeat_contact": 12},
        "open problems raised again",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 2, 2, tzinfo=UTC),
        32,
        slow_churners,
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
        "slides, leavers, steady, grumpy, sarcastic",
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 2, 6, tzinfo=UTC),
        3,
        quiet_hours,
        {},
        "a calm winter weekend with night-owl bursts",
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 2, 16, tzinfo=UTC),
        14,
        bilingual,
        {"repeat_contact": 5, "sentiment_drop": 5},
        "customers writing in two languages",
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 1, 19, tzinfo=UTC),
        14,
        b2b_accounts,
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
        "Nevicla Pro accounts",
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 1, 26, tzinfo=UTC),
        7,
        topic_spike,
        {"topic_spike": 1, "repeat_contact": 6},
        "a calm week and a Saturday-morning spike",
    ),
]


def ident(c: Cust, channel: str, full: bool, rr: random.Random) -> dict[str, str | None]:
    phone = c.phone
    cc = next(p[0] for m, p in PHONE.items() if m == c.market)
    if rr.random() < 0.5:
        phone = cc + " " + phone[len(cc) :]
    if full:
        return {
            "customer_id": c.key,
            "email": c.email,
            "phone": phone,
            "handle": c.handle,
            "account_id": c.account,
        }
    ref: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if channel == "phone":
        ref["phone"] = phone
    elif channel in ("social", "community"):
        if c.handle:
            ref["handle"] = c.handle if rr.random() > 0.2 else c.handle.lstrip("@")
        else:
            ref["email"] = c.email
    elif channel == "email":
        ref["email"] = c.email.upper() if rr.random() < 1 / 12 else c.email
    else:
        ref["customer_id"] = c.key
    return ref


def build(
    n: int, spec: tuple[str, str, datetime, int, Any, dict[str, int], str]
) -> tuple[str, str]:
    name, code, start, days, fn, expected, about = spec
    f = Fam(name, code, n, start, days, about)
    fn(f)
    rows = sorted(f.rows, key=lambda r: (r.t, r.seq))
    seen: set[str] = set()
    lines = []
    for r in rows:
        if r.t >= LAST_DAY or r.t.year != 2026 or r.t < start:
            raise SystemExit(f"{name}: {r.data['event_id']} out of range {r.t}")
        full = r.full
        if r.data["direction"] == "inbound" and r.cust.key not in seen:
            seen.add(r.cust.key)
            full = True
        r.data["customer"] = ident(r.cust, r.data["channel"], full, f.rr)
        d = {
            k: r.data[k]
            for k in (
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
            )
        }
        lines.append(json.dumps(d, ensure_ascii=False))
    missing = [k for k in f.custs if k not in seen]
    if missing:
        raise SystemExit(f"{name}: customers without an inbound touchpoint: {missing}")
    got: Counter[str] = Counter()
    for c in f.custs.values():
        both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        if both:
            raise SystemExit(f"{name}: {c.key} expects and tolerates {both}")
        got.update(c.truth["expected_rules"])
    for a in f.accounts.values():
        got.update(a["expected_rules"])
    if f.spike:
        got["topic_spike"] += 1
    if dict(got) != expected:
        raise SystemExit(f"{name}: expected {expected}, planted {dict(got)}")
    end = max(start + timedelta(days=days), rows[-1].t + timedelta(hours=1))
    truth = {
        "config": {
            "family": name,
            "about": about,
            "business": f"{BRAND}: snow clearing and gritting by app and web, {PLAN} plan, {PRO} for companies",
            "days": days,
            "seed": SEED * 100 + n,
            "written": "blind, heldout268",
            "expected": dict(sorted(expected.items())),
        },
        "start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": {k: c.truth for k, c in sorted(f.custs.items())},
        "accounts": dict(sorted(f.accounts.items())),
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    return "\n".join(lines) + "\n", json.dumps(
        truth, ensure_ascii=False, indent=1, sort_keys=True
    ) + "\n"


def main() -> None:
    USED.clear()
    for n, spec in enumerate(FAMILIES, start=1):
        jl, tr = build(n, spec)
        (HERE / f"{spec[0]}.jsonl").write_text(jl, encoding="utf-8")
        (HERE / f"{spec[0]}.truth.json").write_text(tr, encoding="utf-8")


if __name__ == "__main__":
    main()
