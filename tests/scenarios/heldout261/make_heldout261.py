"""Writes heldout261 (Velisse, dress hire by post), blind. Standard library only, seeded."""

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
from wording import AGENTS, FIRST, LAST, MARKETS, PRODUCTS, TOPIC, W  # noqa: E402

SEED = 20260919
BRAND, PLAN, COMPS, CODE = "Velisse", "Velisse Club", ("Robelia", "Satinko"), "ERR 5-17-Q"
LANG_W = [("fr", 30), ("de", 30), ("en", 10), ("es", 10), ("it", 10), ("pt", 10)]
PROBS = ["no_show", "wrong_size", "deposit", "stain_fee"]
USED: set[str] = set()


@dataclass
class Cust:
    key: str
    lang: str
    first: str
    ids: dict[str, str | None]
    market: str
    b2b: bool = False
    second: str = ""


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    rng: random.Random
    rr: random.Random
    rows: list[dict[str, Any]] = field(default_factory=list)
    cust: dict[str, dict[str, Any]] = field(default_factory=dict)
    people: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0

    def t(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def pick(self, table: str, lang: str, **kw: str) -> str:
        text: str = self.rng.choice(W[table][lang])
        return text.format(brand=BRAND, **kw) if "{" in text else text

    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_W], [w for _, w in LANG_W])[0]

    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def person(
        self,
        persona: str,
        habit: str,
        exp: list[str] | None = None,
        tol: list[str] | None = None,
        lang: str = "",
        account: str | None = None,
        **extra: Any,
    ) -> Cust:
        lang = lang or self.lang()
        first, last = self.rng.choice(FIRST[lang]), self.rng.choice(LAST[lang])
        market, prefix, digits = self.rng.choice(MARKETS[lang])
        key = self.unique(lambda: f"VL{self.code}{self.rng.randint(1000, 9999)}")
        plain = strip(f"{first}.{last}").lower().replace(" ", "")
        domain = (
            "company.example"
            if account
            else self.rng.choice(["mail.example", "post.example", "webmail.example"])
        )
        email = self.unique(lambda: f"{plain}{self.rng.randint(1, 99)}@{domain}")
        phone = self.unique(
            lambda: prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(digits))
        )
        handle = (
            None
            if account
            else self.unique(
                lambda: (
                    "@"
                    + self.rng.choice(
                        [
                            f"{strip(last).lower()}_{strip(first).lower()}{self.rng.randint(1, 9)}",
                            f"{strip(first).lower()}{strip(last).lower()[:3]}{self.rng.randint(10, 99)}",
                        ]
                    )
                )
            )
        )
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        c = Cust(key, lang, first, ids, market, account is not None)
        self.people[key] = c
        canon = dict(ids)
        canon["phone"] = "+" + "".join(ch for ch in phone if ch.isdigit())
        self.cust[key] = {
            "identifiers": canon,
            "expected_rules": sorted(exp or []),
            "tolerated_rules": sorted(tol or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        } | extra
        return c

    def add(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str = "",
    ) -> str:
        self.n += 1
        eid = f"vl261-{self.code.lower()}-{self.n:05d}"
        if text is not None and not out:
            text = speech(text) if channel == "phone" else self.rough(text)
        a = {"market": c.market} | (attrs or {})
        if c.b2b:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
            text = (text or "").replace("{agent}", a["agent"])
        elif text:
            text = text.replace(" {agent}", "")
        src = {
            "email": "mail",
            "phone": "voice",
            "social": "social",
            "community": "forum",
            "chat": "chat",
            "web": "web",
            "survey": "survey",
        }[channel]
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "customer": dict(c.ids),
                "text": text,
                "subject": subject,
                "scores": scores or {"nps": None, "csat": None, "ces": None},
                "source": f"velisse-{src}",
                "attributes": a,
                "_who": c.key,
            }
        )
        return eid

    def rough(self, text: str) -> str:
        r = self.rr.random()
        if r < 0.10:
            text = strip(text)
        if self.rr.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if self.rr.random() < 0.14:
            words = text.split(" ")
            cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
            if cand:
                i = self.rr.choice(cand)
                w = words[i]
                j = self.rr.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    # ---- acts ----
    def reply(self, c: Cust, when: datetime, channel: str, table: str, **kw: str) -> str:
        return self.add(
            c,
            when,
            channel,
            "chat" if channel == "chat" else "message",
            self.pick(table, c.lang, first=c.first, agent="{agent}", **kw),
            out=True,
            subject=self.pick("case_subj", c.lang, case=kw["case"])
            if channel == "email" and "case" in kw
            else None,
        )

    def happy(self, c: Cust, when: datetime, lang: str = "") -> None:
        lang = lang or c.lang
        k = self.rng.choice(
            ["praise", "praise", "gripe", "chat", "mail", "buy", "review", "survey", "phone"]
        )
        m = timedelta(minutes=self.rng.randint(2, 6))
        if k in ("praise", "gripe"):
            ch = self.rng.choice(["social", "community"])
            text = self.pick("praise" if k == "praise" else "gripe_praise", lang)
            if ch == "social" and not c.b2b:
                text = text.replace(BRAND, "@" + BRAND) if BRAND in text else f"@{BRAND} {text}"
            self.add(c, when, ch, "post" if ch == "community" or c.b2b else "mention", text)
        elif k == "chat":
            self.add(c, when, "chat", "chat", self.pick("question", lang))
            self.add(
                c, when + m, "chat", "chat", self.pick("answer", lang, agent="{agent}"), out=True
            )
            if self.rng.random() < 0.6:
                self.add(c, when + 2 * m, "chat", "chat", self.pick("thanks", lang))
        elif k == "mail":
            self.add(c, when, "email", "message", self.pick("question", lang), subject="Question")
            self.add(
                c,
                when + timedelta(hours=2),
                "email",
                "message",
                self.pick("answer", lang, agent="{agent}"),
                out=True,
                subject="Re: Question",
            )
        elif k == "phone":
            self.add(c, when, "phone", "call", self.pick("question", lang))
            self.add(
                c,
                when + timedelta(minutes=20),
                "email",
                "message",
                self.pick("answer", lang, agent="{agent}"),
                out=True,
            )
        elif k == "buy":
            p = self.rng.choice(PRODUCTS)
            self.add(c, when, "web", "page_view", attrs={"page": "/robes"})
            self.add(
                c,
                when + m,
                "web",
                "purchase",
                attrs={
                    "page": "/checkout",
                    "product": p,
                    "order_value": f"{self.rng.randint(39, 149)}.00",
                    "currency": "GBP" if c.market == "UK" else "CHF" if c.market == "CH" else "EUR",
                },
            )
        elif k == "review":
            self.add(
                c,
                when,
                "web",
                "review",
                self.pick("review", lang),
                attrs={"rating": "5", "page": "/avis"},
            )
        else:
            self.survey(c, when, lang)

    def survey(self, c: Cust, when: datetime, lang: str = "") -> str:
        s = self.rng.choice(["nps", "csat", "ces"])
        val = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[s]
        word = self.pick("survey_word", lang or c.lang)
        return self.add(
            c, when, "survey", "survey_response", word or None, scores={s: val}, attrs={"survey": s}
        )

    def happy_days(
        self, c: Cust, n: int, days: list[int], lo: float = 7.5, hi: float = 19.5
    ) -> None:
        for d in self.rng.sample(days, min(n, len(days))):
            self.happy(c, self.t(d, self.rng.uniform(lo, hi)))

    def day_hour(self, d: float) -> datetime:
        return self.t(d, self.rng.uniform(8, 19))


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
        for ch in unicodedata.normalize("NFKD", s)
        if not unicodedata.combining(ch) or ch == "\u0303"
    )


def speech(s: str) -> str:
    s = s.lower()
    return " ".join("".join(ch for ch in s if ch.isalnum() or ch in " -'€£").split())


def morning(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=t.minute % 50)
    return t


BASE_TOL = ["silence"]
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


def new_fam(name: str, code: str, n: int, start: datetime, days: int) -> Fam:
    return Fam(
        name, code, start, days, random.Random(SEED * 100 + n), random.Random(SEED * 100 + 50 + n)
    )


def complaint(
    f: Fam,
    c: Cust,
    when: datetime,
    channel: str,
    prob: str,
    lang: str,
    amt: str,
    long: bool = False,
) -> str:
    p = f.rng.choice(W["problem"][lang][prob]).format(amt=amt)
    if long:
        return f.add(
            c,
            when,
            "email",
            "message",
            f.pick("letter", lang, prob=p, name=f.cust[c.key]["name"]),
            subject=f.pick("subject", lang, topic=TOPIC[prob]),
        )
    text = f.pick("complain", lang, prob=p)
    kind = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "phone": "call",
        "community": "post",
    }[channel]
    if channel == "social":
        text = f"@{BRAND} {text}"
    return f.add(
        c,
        when,
        channel,
        kind,
        text,
        subject=f.pick("subject", lang, topic=TOPIC[prob]) if channel == "email" else None,
        attrs={"page": "/contact"} if channel == "web" else None,
    )


def amount(f: Fam, c: Cust) -> str:
    v = f.rng.choice([45, 60, 80, 120])
    return f"£{v - 8}" if c.market == "UK" else f"{v} CHF" if c.market == "CH" else f"{v} €"


def case(f: Fam) -> str:
    return f.unique(lambda: f"VL-{f.rng.randint(100000, 999999)}")


def happy_writers() -> Fam:
    f = new_fam("happy_writers", "HW", 1, datetime(2026, 2, 2, tzinfo=UTC), 10)
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.t(d, f.rng.uniform(22.2, 28.4))
            if f.rng.random() < 0.5:
                f.add(
                    c,
                    t,
                    "social",
                    "mention",
                    f.pick("night_post", c.lang).replace(BRAND, "@" + BRAND),
                )
            else:
                f.add(c, t, "chat", "chat", f.pick("night_q", c.lang))
                f.add(
                    c,
                    t + timedelta(minutes=4),
                    "chat",
                    "chat",
                    f.pick("night_a", c.lang, agent="{agent}"),
                    out=True,
                )
                f.add(c, t + timedelta(minutes=7), "chat", "chat", f.pick("thanks", c.lang))
        f.happy_days(c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.survey(c, f.day_hour(d))
    return f


def bad_day_story(
    f: Fam, c: Cust, when: datetime, channel: str, lang: str, long: bool = False
) -> dict[str, Any]:
    prob = f.rng.choice(PROBS)
    eid = complaint(f, c, when, channel, prob, lang, amount(f, c), long)
    info: dict[str, Any] = {
        "problem": prob,
        "bad_day_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "bad_day_event_id": eid,
        "trouble_starts_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "channel": "email" if long else channel,
        "long_email": long,
        "booking": None,
    }
    if channel == "social" and not long:
        return info
    ref = case(f)
    info["booking"] = ref
    if channel == "chat":
        f.add(
            c,
            when + timedelta(minutes=3),
            "chat",
            "chat",
            f.pick("case_opened", lang, first=c.first, case=ref, agent="{agent}"),
            out=True,
        )
    else:
        f.add(
            c,
            morning(when + timedelta(minutes=f.rng.randint(10, 40))),
            "email",
            "message",
            f.pick("case_opened", lang, first=c.first, case=ref, agent="{agent}"),
            out=True,
            subject=f.pick("case_subj", lang, case=ref),
        )
    return info


def one_bad_day() -> Fam:
    f = new_fam("one_bad_day", "BD", 2, datetime(2026, 3, 9, tzinfo=UTC), 12)
    chans = [c for c in ["long", "email", "chat", "social", "web", "phone"] for _ in range(4)]
    f.rng.shuffle(chans)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    nps_i = set(f.rng.sample(with_case, 6))
    csat_i = set(f.rng.sample([i for i in with_case if i not in nps_i], 5))
    good_i = f.rng.sample(with_case, 12)
    apol_i = set(good_i[:5])
    for i, ch in enumerate(chans):
        det = i in nps_i
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            BASE_TOL,
        )
        d = f.rng.randint(2, 9)
        when = f.t(d, f.rng.uniform(8, 20))
        info = bad_day_story(f, c, when, "email" if ch == "long" else ch, c.lang, ch == "long")
        f.cust[c.key] |= info
        f.happy_days(c, f.rng.randint(1, 5), [x for x in range(12) if x <= d - 2 or x >= d + 3])
        ref = info["booking"]
        if det:
            f.cust[c.key]["nps"] = n = f.rng.randint(1, 5)
            f.cust[c.key]["nps_given"] = True
            f.cust[c.key]["survey_event_id"] = f.add(
                c,
                when + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": n},
                attrs={"survey": "nps"},
            )
        if i in csat_i:
            f.cust[c.key]["csat"] = n = f.rng.randint(1, 2)
            f.cust[c.key]["csat_given"] = True
            f.cust[c.key]["survey_event_id"] = f.add(
                c,
                when + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                f.rng.choice(["", "nul", "schlecht", "bad"]) or None,
                scores={"csat": n},
                attrs={"survey": "csat"},
            )
        if i in good_i:
            f.add(
                c,
                morning(when + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                "message",
                f.pick("good_news", c.lang, first=c.first, case=ref, agent="{agent}"),
                out=True,
                subject=f.pick("case_subj", c.lang, case=ref),
            )
            f.cust[c.key]["agent_fixed"] = True
            if i in apol_i:
                at = morning(when + timedelta(hours=f.rng.uniform(16, 24)))
                ch2 = f.rng.choice(["chat", "email"])
                f.cust[c.key] |= {
                    "apologised": True,
                    "apology_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "apology_event_id": f.add(
                        c,
                        at,
                        ch2,
                        "chat" if ch2 == "chat" else "message",
                        f.pick("apology", c.lang),
                    ),
                }
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)))
    return f


def repeat_run(
    f: Fam, c: Cust, d0: int, times: int, chans: list[str], lang_of: Any, quality: bool
) -> dict[str, Any]:
    prob = f.rng.choice(PROBS)
    amt = amount(f, c)
    ref = case(f)
    when = f.t(d0, f.rng.uniform(8, 19))
    first_ch = chans[0]
    ids = [complaint(f, c, when, first_ch, prob, lang_of(0), amt)]
    if first_ch == "chat":
        f.add(
            c,
            when + timedelta(minutes=3),
            "chat",
            "chat",
            f.pick("case_opened", lang_of(0), first=c.first, case=ref, agent="{agent}"),
            out=True,
        )
    if quality:
        f.add(
            c,
            when + timedelta(hours=f.rng.uniform(1.5, 2.5)),
            "email",
            "message",
            f.pick("quality", lang_of(0), first=c.first, case=ref, agent="{agent}"),
            out=True,
            subject=f.pick("case_subj", lang_of(0), case=ref),
        )
    elif first_ch != "chat":
        f.add(
            c,
            when + timedelta(minutes=f.rng.randint(10, 40)),
            "email",
            "message",
            f.pick("case_opened", lang_of(0), first=c.first, case=ref, agent="{agent}"),
            out=True,
            subject=f.pick("case_subj", lang_of(0), case=ref),
        )
    comp = f.rng.choice(COMPS) if times >= 3 else None
    t = when
    for k in range(1, times):
        lg = lang_of(k)
        t = morning(t + timedelta(hours=f.rng.uniform(4, 40)))
        p = f.rng.choice(W["problem"][lg][prob]).format(amt=amt)
        text = f.pick("still_open", lg, case=ref, prob=p)
        if k == 2:
            text += " " + f.pick("third", lg, comp=comp or COMPS[0])
        if k == 3:
            text += " " + f.pick("fourth", lg)
        ch = chans[k]
        if ch == "social":
            text = f"@{BRAND} {text}"
        ids.append(
            f.add(
                c,
                t,
                ch,
                {
                    "email": "message",
                    "chat": "chat",
                    "phone": "call",
                    "web": "ticket",
                    "social": "mention",
                }[ch],
                text,
                subject=f.pick("case_subj", lg, case=ref) if ch == "email" else None,
                attrs={"page": "/contact"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=4),
                "chat",
                "chat",
                f.pick("urgent", lg, case=ref, agent="{agent}"),
                out=True,
            )
    return {
        "problem": prob,
        "booking": ref,
        "contacts": times,
        "channels": chans[:times],
        "problem_event_ids": ids,
        "trouble_starts_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "agent_passed_on": quality,
        "competitor": comp,
    }


def fixed_run(f: Fam, c: Cust, d0: float, lang1: str, lang2: str, ch0: str = "") -> dict[str, Any]:
    prob = f.rng.choice(PROBS)
    ref = case(f)
    when = f.t(d0, f.rng.uniform(8, 17))
    ch = ch0 or f.rng.choice(["email", "web", "chat"])
    eid = complaint(f, c, when, ch, prob, lang1, amount(f, c))
    f.add(
        c,
        when + timedelta(minutes=f.rng.randint(10, 40)),
        "email",
        "message",
        f.pick("case_opened", lang1, first=c.first, case=ref, agent="{agent}"),
        out=True,
        subject=f.pick("case_subj", lang1, case=ref),
    )
    fx = morning(when + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(
        c,
        fx,
        "email",
        "message",
        f.pick("good_news", lang1, first=c.first, case=ref, agent="{agent}"),
        out=True,
        subject=f.pick("case_subj", lang1, case=ref),
    )
    cf = morning(fx + timedelta(hours=f.rng.uniform(8, 30)))
    cch = f.rng.choice(["email", "chat"])
    ce = f.add(
        c,
        cf,
        cch,
        "message" if cch == "email" else "chat",
        f.pick("confirm", lang2, case=ref),
        subject=f.pick("case_subj", lang2, case=ref) if cch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fixed_at": fx.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "confirmed_at": cf.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = new_fam("repeat_contacts", "RC", 3, datetime(2026, 4, 20, tzinfo=UTC), 10)
    times = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(times)
    for i, n in enumerate(times):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.happy_days(c, f.rng.randint(1, 3), [0], 7, 12)
        chans = [f.rng.choice(["web", "email", "chat", "phone"])]
        chans += f.rng.sample(
            [x for x in ["email", "chat", "phone", "web", "social"] if x != chans[0]], 3
        )
        f.cust[c.key] |= repeat_run(
            f, c, f.rng.randint(1, 4), n, chans, lambda k, c=c: c.lang, i < 6
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], BASE_TOL)
        f.happy_days(c, f.rng.randint(1, 2), [0])
        r = fixed_run(f, c, f.rng.randint(1, 4), c.lang, c.lang)
        f.cust[c.key] |= {"problems": [r], "trouble_starts_at": r["raised_at"]}
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], BASE_TOL)
        d = f.rng.randint(1, 3)
        r1 = fixed_run(f, c, d, c.lang, c.lang)
        r2 = fixed_run(f, c, d + f.rng.randint(4, 5), c.lang, c.lang)
        while r2["problem"] == r1["problem"]:
            r2["problem"] = f.rng.choice(PROBS)
        f.cust[c.key] |= {"problems": [r1, r2], "trouble_starts_at": r1["raised_at"]}
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    return f


def slide(f: Fam, c: Cust, d0: int, span: int, lang_of: Any) -> dict[str, Any]:
    comp = f.rng.choice(COMPS)
    t = f.t(d0, f.rng.uniform(8, 18))
    ids = []
    step = span * 24 / 5
    for k in range(6):
        lg = lang_of(k)
        text = f.pick("slide", lg, comp=comp) if k == 5 else W["slide"][lg][k]
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/avis"},
                )
            )
        elif ch == "social":
            ids.append(f.add(c, t, "social", "mention", f"@{BRAND} {text}"))
        else:
            ids.append(f.add(c, t, "community", "post", text))
        if k == 3:
            f.cust[c.key]["_step4"] = t
        t = morning(t + timedelta(hours=max(1.0, step * f.rng.uniform(0.6, 1.2))))
    return {
        "slide_event_ids": ids,
        "slide_days": span,
        "competitor": comp,
        "trouble_starts_at": f.rows[[r["event_id"] for r in f.rows].index(ids[0])]["occurred_at"],
    }


def slow_churners() -> Fam:
    f = new_fam("slow_churners", "SC", 4, datetime(2026, 5, 25, tzinfo=UTC), 32)
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner", "slides", ["sentiment_drop"] + (["detractor"] if det else []), SLIDE_TOL
        )
        for d in f.rng.sample(range(11), f.rng.randint(4, 5)):
            ch = f.rng.choice(["social", "community"])
            text = f.pick("praise", c.lang)
            f.add(
                c,
                f.t(d, f.rng.uniform(8, 20)),
                ch,
                "mention" if ch == "social" else "post",
                (text.replace(BRAND, "@" + BRAND) if BRAND in text else f"@{BRAND} {text}")
                if ch == "social"
                else text,
            )
        for d in f.rng.sample(range(11), f.rng.randint(2, 4)):
            k = f.rng.choice(["chat", "buy"])
            t = f.t(d, f.rng.uniform(8, 19))
            if k == "chat":
                f.add(c, t, "chat", "chat", f.pick("question", c.lang))
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    f.pick("answer", c.lang, agent="{agent}"),
                    out=True,
                )
            else:
                f.add(
                    c,
                    t,
                    "web",
                    "purchase",
                    attrs={
                        "page": "/checkout",
                        "product": f.rng.choice(PRODUCTS),
                        "order_value": "79.00",
                        "currency": "GBP"
                        if c.market == "UK"
                        else "CHF"
                        if c.market == "CH"
                        else "EUR",
                    },
                )
        f.cust[c.key] |= slide(
            f, c, f.rng.randint(12, 16), f.rng.choice([3, 5, 5, 9]), lambda k, c=c: c.lang
        )
        s4 = f.cust[c.key].pop("_step4")
        if det:
            n = f.rng.randint(1, 5)
            f.cust[c.key] |= {
                "nps": n,
                "nps_given": True,
                "survey_event_id": f.add(
                    c,
                    morning(s4 + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            }
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)))
        t = f.t(f.rng.randint(17, 23), f.rng.uniform(8, 19))
        e1 = f.add(c, t, "email", "message", f.pick("cancel", c.lang, plan=PLAN), subject=PLAN)
        f.add(
            c,
            morning(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            f.pick("sorry_go", c.lang, first=c.first, agent="{agent}"),
            out=True,
            subject="Re: " + PLAN,
        )
        ct = morning(t + timedelta(hours=f.rng.uniform(20, 30)))
        e2 = f.add(
            c, ct, "web", "cancellation", attrs={"page": "/compte/resiliation", "product": PLAN}
        )
        f.cust[c.key] |= {
            "churn_intent_event_id": e1,
            "cancellation_event_id": e2,
            "churn_at": ct.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), list(range(30)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids: list[str] = []
        first_t = f.t(d, 8)
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            text = f.pick("grumble", c.lang)
            t = f.t(d, f.rng.uniform(8, 20))
            first_t = t if not ids else first_t
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    {"social": "mention", "community": "post", "web": "review"}[ch],
                    f"@{BRAND} {text}" if ch == "social" else text,
                    attrs={"rating": "3", "page": "/avis"} if ch == "web" else None,
                )
            )
            d += f.rng.randint(1, 3)
        f.cust[c.key] |= {
            "grumble_event_ids": ids,
            "trouble_starts_at": first_t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], BASE_TOL)
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)))
        f.cust[c.key]["sarcasm_event_id"] = f.add(
            c,
            f.t(f.rng.randint(17, 28), f.rng.uniform(9, 19)),
            "social",
            "mention",
            f"@{BRAND} " + f.pick("sarcasm", c.lang),
        )
    return f


def quiet_hours() -> Fam:
    f = new_fam("quiet_hours", "QH", 5, datetime(2026, 7, 17, tzinfo=UTC), 3)
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", [], BASE_TOL)
        t = f.t(f.rng.randint(0, 2), f.rng.uniform(9, 17))
        f.add(c, t, "web", "page_view", attrs={"page": "/robes"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if f.rng.random() < 0.5:
            e = f.add(c, t2, "chat", "chat", f.pick("mild", c.lang))
            f.add(
                c,
                t2 + timedelta(minutes=3),
                "chat",
                "chat",
                f.pick("mild_ack", c.lang, agent="{agent}"),
                out=True,
            )
        else:
            e = f.add(c, t2, "web", "ticket", f.pick("mild", c.lang), attrs={"page": "/contact"})
            f.add(
                c,
                t2 + timedelta(minutes=30),
                "email",
                "message",
                f.pick("mild_ack", c.lang, agent="{agent}"),
                out=True,
            )
        f.cust[c.key] |= {
            "grumble_event_id": e,
            "trouble_starts_at": t2.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    for night in range(3):
        b0 = f.t(night + 1, f.rng.uniform(0.67, 1.08))
        for b, off in enumerate([0, f.rng.uniform(28, 33), f.rng.uniform(55, 65)]):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person(
                    "night_owl",
                    f"night {night + 1}, burst {b + 1}",
                    burst_at=bt.strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
                t = bt + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(
                        c,
                        t,
                        "social",
                        "mention",
                        f.pick("night_post", c.lang).replace(BRAND, "@" + BRAND),
                    )
                else:
                    e = f.add(c, t, "chat", "chat", f.pick("night_q", c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        f.pick("night_a", c.lang, agent="{agent}"),
                        out=True,
                    )
                    f.add(c, t + timedelta(minutes=5), "chat", "chat", f.pick("thanks", c.lang))
                f.cust[c.key]["night_event_id"] = e
                if f.rng.random() < 0.5:
                    f.happy(c, f.t(f.rng.randint(0, 2), f.rng.uniform(9, 17.5)))
    return f


PAIRS = [
    ("fr", "de"),
    ("de", "fr"),
    ("fr", "en"),
    ("de", "en"),
    ("fr", "es"),
    ("de", "it"),
    ("en", "fr"),
    ("es", "de"),
    ("it", "fr"),
    ("pt", "fr"),
    ("de", "pt"),
    ("fr", "it"),
]


def bilingual() -> Fam:
    f = new_fam("bilingual", "BL", 6, datetime(2026, 8, 10, tzinfo=UTC), 14)
    pairs = [PAIRS[i % len(PAIRS)] for i in range(27)]
    f.rng.shuffle(pairs)
    it = iter(pairs)

    def mk(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, str, str]:
        a, b = next(it)
        c = f.person(
            persona,
            habit,
            exp,
            tol,
            lang=a,
            languages=[a, b],
            job_second_language=f.rng.choice(
                ["works across the border", "partner's family", "studied abroad"]
            ),
        )
        return c, a, b

    for _ in range(12):
        c, a, b = mk("happy", "alternates languages", [], [])
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            f.happy(c, f.t(d, f.rng.uniform(8, 19)), a if k % 2 == 0 else b)
    for n in [2, 2, 3, 3, 4]:
        c, a, b = mk("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.happy_days(c, f.rng.randint(1, 3), [0, 1])
        chans = f.rng.sample(["email", "chat", "phone", "web"], 4)
        f.cust[c.key] |= repeat_run(
            f, c, f.rng.randint(2, 5), n, chans, lambda k, a=a, b=b: a if k % 2 == 0 else b, n >= 3
        )
    for _ in range(5):
        c, a, b = mk("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        for k, d in enumerate(sorted(f.rng.sample(range(6), 5))):
            lg = a if k % 2 == 0 else b
            f.add(c, f.t(d, f.rng.uniform(8, 19)), "community", "post", f.pick("praise", lg))
        for d in f.rng.sample(range(6), f.rng.randint(1, 3)):
            f.happy(c, f.t(d, f.rng.uniform(8, 19)))
        f.cust[c.key] |= slide(
            f,
            c,
            f.rng.randint(7, 8),
            f.rng.choice([3, 5]),
            lambda k, a=a, b=b: a if k % 2 == 0 else b,
        )
        f.cust[c.key].pop("_step4")
    for ch in ["long", "email", "chat"]:
        c, a, b = mk("happy_one_bad_day", "one bad day", [], BASE_TOL)
        d = f.rng.randint(5, 9)
        f.happy_days(c, 3, [0, 1, 2, 3, 12, 13])
        when = f.t(d, f.rng.uniform(9, 18))
        info = bad_day_story(f, c, when, "email" if ch == "long" else ch, b, ch == "long")
        f.cust[c.key] |= info | {"bad_day_language": b}
        if ch != "chat":
            f.add(
                c,
                when + timedelta(hours=2),
                "email",
                "message",
                f.pick("good_news", b, first=c.first, case=info["booking"], agent="{agent}"),
                out=True,
                subject=f.pick("case_subj", b, case=info["booking"]),
            )
            f.cust[c.key]["agent_fixed"] = True
        if ch == "email":
            at = morning(when + timedelta(hours=f.rng.uniform(18, 24)))
            f.cust[c.key] |= {
                "apologised": True,
                "apology_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "apology_event_id": f.add(c, at, "chat", "chat", f.pick("apology", b)),
            }
    for _ in range(2):
        c, a, b = mk("resolved_between_contacts", "fixed", [], BASE_TOL)
        r = fixed_run(f, c, f.rng.randint(3, 9), a, b, "web")
        f.cust[c.key] |= {
            "problems": [r],
            "trouble_starts_at": r["raised_at"],
            "confirm_language": b,
        }
    return f


def office(f: Fam, day: int) -> datetime:
    return f.t(day, f.rng.uniform(8, 16.5))


def b2b_accounts() -> Fam:
    f = new_fam("b2b_accounts", "BB", 7, datetime(2026, 10, 5, tzinfo=UTC), 14)  # Monday
    plan = [
        ("at_risk", 3),
        ("at_risk", 3),
        ("at_risk", 4),
        ("at_risk", 3),
        ("at_risk", 4),
        ("one", 1),
        ("one", 1),
        ("one", 1),
        ("one", 1),
        ("mild", 2),
        ("mild", 2),
        ("mild", 2),
        ("happy", 0),
        ("happy", 0),
        ("happy", 0),
    ]
    sites = [
        "theatre",
        "photo studio",
        "events agency",
        "film production",
        "hotel",
        "cruise line",
        "gala venue",
        "dance school",
        "tv studio",
        "museum",
        "bridal fair",
        "fashion school",
        "casino",
        "opera",
        "agency",
    ]
    langs = [
        "de",
        "fr",
        "de",
        "fr",
        "en",
        "de",
        "fr",
        "es",
        "it",
        "de",
        "fr",
        "pt",
        "de",
        "fr",
        "en",
    ]
    for ai, (kind, unhappy) in enumerate(plan):
        lang = langs[ai]
        market = MARKETS[lang][0][0]
        acct = f.unique(lambda market=market: f"VLS-{market}-{f.rng.randint(1000, 9999)}")
        company = f"{sites[ai].title()} {LAST[lang][ai % len(LAST[lang])]}"
        ncont = (
            max(unhappy + 1, f.rng.randint(3, 5))
            if kind == "at_risk"
            else 3 + (ai % 2 if kind != "one" else 0)
        )
        prob = f.rng.choice(["invoice", "blocked", "overbilled"])
        keys, unhappy_keys = [], []
        people = []
        firsts = f.rng.sample(FIRST[lang], ncont)
        for k in range(ncont):
            if kind == "at_risk" and k < unhappy:
                persona, role, exp, tol = (
                    "b2b_unhappy",
                    "complainer",
                    ["repeat_contact"] if k == unhappy - 1 else [],
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                )
            elif kind == "one" and k == 0:
                persona, role, exp, tol = (
                    "b2b_one_unhappy",
                    "complainer",
                    [],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif kind == "mild" and k < 2:
                persona, role, exp, tol = "b2b_mild", "suggests", [], ["silence"]
            else:
                persona, role, exp, tol = "b2b_happy", "contact", [], []
            c = f.person(
                persona,
                role,
                exp,
                tol,
                lang=lang,
                account=acct,
                company=company,
                role=role,
                job_title=f.rng.choice(
                    ["Wardrobe lead", "Office manager", "Producer", "Buyer", "Accounts payable"]
                ),
            )
            c.first = firsts[k]
            c.market = market
            f.cust[c.key]["country"] = market
            f.cust[c.key]["name"] = f"{firsts[k]} {f.cust[c.key]['name'].split(' ', 1)[1]}"
            keys.append(c.key)
            people.append((c, persona))
        ref = case(f)
        t = office(f, 2)
        prev = ""
        for k, (c, persona) in enumerate(people):
            if persona == "b2b_happy":
                for d in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4)):
                    f.happy(c, office(f, d))
                continue
            if persona == "b2b_mild":
                t2 = office(f, f.rng.randint(2, 8))
                e = f.add(
                    c,
                    t2,
                    "web",
                    "ticket",
                    f.pick("b2b_suggest", lang),
                    attrs={"page": "/pro/contact"},
                )
                f.add(
                    c,
                    t2 + timedelta(minutes=40),
                    "email",
                    "message",
                    f.pick("mild_ack", lang, agent="{agent}"),
                    out=True,
                )
                f.cust[c.key] |= {
                    "mild_event_id": e,
                    "trouble_starts_at": t2.strftime("%Y-%m-%dT%H:%M:%SZ"),
                }
                continue
            if persona == "b2b_one_unhappy":
                t = office(f, f.rng.randint(3, 7))
            elif k > 0:
                t = t + timedelta(hours=f.rng.uniform(8, 28))
                if t.weekday() >= 5:
                    t += timedelta(days=7 - t.weekday())
                if t.hour < 8 or t.hour >= 17:
                    t = (t + timedelta(days=1 if t.hour >= 17 else 0)).replace(
                        hour=8, minute=f.rng.randint(5, 55)
                    )
                    if t.weekday() >= 5:
                        t += timedelta(days=7 - t.weekday())
            p = f.rng.choice(W["b2b_problem"][lang][prob])
            text = (
                f.pick("b2b_first", lang, acct=acct, prob=p)
                if k == 0
                else f.pick(
                    "b2b_more",
                    lang,
                    prev=prev,
                    when=f.rng.choice(W["when"][lang]),
                    case=ref,
                    prob=p,
                )
            )
            ids = [f.add(c, t, "email", "message", text, subject=f"{acct}")]
            if k == 0:
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(20, 50)),
                    "email",
                    "message",
                    f.pick("case_opened", lang, first=c.first, case=ref, agent="{agent}"),
                    out=True,
                    subject=f.pick("case_subj", lang, case=ref),
                )
            last = persona == "b2b_unhappy" and k == unhappy - 1
            n = f.rng.randint(1, 5)
            f.cust[c.key] |= {
                "problem": prob,
                "booking": ref,
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
            if not last:
                f.cust[c.key] |= {
                    "nps": n,
                    "nps_given": True,
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": n},
                        attrs={"survey": "nps"},
                    ),
                }
                f.cust[c.key]["expected_rules"] = sorted(
                    {*f.cust[c.key]["expected_rules"], "detractor"}
                )
            else:
                t3 = t + timedelta(hours=f.rng.uniform(18, 40))
                if t3.weekday() >= 5:
                    t3 += timedelta(days=7 - t3.weekday())
                t3 = t3.replace(hour=f.rng.randint(8, 16))
                ids.append(f.add(c, t3, "phone", "call", f.pick("b2b_last", lang, case=ref)))
            f.cust[c.key]["complaint_event_ids"] = ids
            unhappy_keys.append(c.key)
            prev = c.first
        f.accounts[acct] = {
            "company": company,
            "site": sites[ai],
            "contacts": ncont,
            "contact_keys": keys,
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": unhappy_keys if kind in ("at_risk", "one") else [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": f.cust[unhappy_keys[0]]["trouble_starts_at"]
            if kind == "at_risk"
            else None,
            "language": lang,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = new_fam(
        "topic_spike", "TS", 8, datetime(2026, 9, 14, tzinfo=UTC), 7
    )  # Monday; spike Saturday 19
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy(c, f.t(d, f.rng.uniform(12, 19) if d == 5 else f.rng.uniform(8, 19)))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], BASE_TOL)
        t = f.t(0, f.rng.uniform(9, 17))
        e = f.add(c, t, "chat", "chat", f.pick("mild", c.lang))
        f.add(
            c,
            t + timedelta(minutes=3),
            "chat",
            "chat",
            f.pick("mild_ack", c.lang, agent="{agent}"),
            out=True,
        )
        f.cust[c.key] |= {
            "grumble_event_id": e,
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    for lg, h in [("fr", 9.6), ("de", 16.1)]:
        c = f.person("grumbles_once", "lone question", [], BASE_TOL, lang=lg)
        t = f.t(4, h)
        e = f.add(c, t, "chat", "chat", f.pick("lone", lg))
        f.add(
            c,
            t + timedelta(minutes=4),
            "chat",
            "chat",
            f.pick("lone_a", lg, agent="{agent}"),
            out=True,
        )
        f.cust[c.key] |= {
            "lone_report_event_id": e,
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    s0 = datetime(2026, 9, 19, 8, 20, tzinfo=UTC)
    langs = ["fr"] * 6 + ["de"] * 6 + ["en", "en", "es", "es", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(0, 45) for _ in range(18)])
    keys, eids, reps = [], [], []
    order = list(range(20))
    early = [i for i in order if offs[i] <= 15]
    rep_i = set(f.rng.sample(early, min(6, len(early))))
    works_i = set(f.rng.sample([i for i in order if i not in rep_i], 6))
    for i in order:
        reg = i < 12
        rep = i in rep_i
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if reg else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else BASE_TOL,
            lang=langs[i],
            in_spike=True,
            regular=reg,
        )
        if reg:
            f.happy_days(c, f.rng.randint(1, 3), [2], 8, 17.5)
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.pick("spike", c.lang, code=CODE)
        if ch == "social":
            text = text.replace(BRAND, "@" + BRAND) if BRAND in text else f"@{BRAND} {text}"
        e = f.add(
            c,
            t,
            ch,
            {
                "social": "mention",
                "chat": "chat",
                "community": "post",
                "email": "message",
                "web": "ticket",
            }[ch],
            text,
            subject="App" if ch == "email" else None,
            attrs={"page": "/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                f.pick("spike_chat", c.lang, agent="{agent}"),
                out=True,
            )
        f.cust[c.key] |= {
            "spike_event_id": e,
            "spike_channel": ch,
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        keys.append(c.key)
        eids.append(e)
        if rep:
            ch2 = f.rng.choice([x for x in ["email", "chat", "community"] if x != ch])
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.uniform(15, 45)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.pick("spike_again", c.lang, code=CODE),
                subject="App" if ch2 == "email" else None,
            )
            f.cust[c.key]["repeat_event_id"] = r
            reps.append(r)
        if i in works_i:
            f.add(
                c,
                datetime(2026, 9, 19, 11, f.rng.randint(8, 17), tzinfo=UTC),
                "email",
                "message",
                f.pick("works", c.lang, first=c.first, agent="{agent}"),
                out=True,
                subject=BRAND,
            )
            f.cust[c.key]["agent_fixed"] = True
    f.spike = {
        "topic": f"dress-hire app checkout: payment fails for every card, error {CODE}, no hire can be booked",
        "about": "payments",
        "channel": None,
        "start": "2026-09-19T08:20:00Z",
        "end": "2026-09-19T09:05:00Z",
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


def finish(f: Fam) -> None:
    f.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
    seen: set[str] = set()
    for r in f.rows:
        c = f.people[r.pop("_who")]
        full = {k: v for k, v in c.ids.items()}
        if r["direction"] == "outbound" or (r["direction"] == "inbound" and c.key not in seen):
            r["customer"] = full
            if r["direction"] == "inbound":
                seen.add(c.key)
            continue
        ch = r["channel"]
        ref: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.ids["account_id"],
        }
        if ch == "phone":
            ref["phone"] = c.ids["phone"]
        elif ch == "email":
            ref["email"] = c.ids["email"]
        elif ch in ("social", "community"):
            if c.b2b:
                ref["email"] = c.ids["email"]
            else:
                ref["handle"] = c.ids["handle"]
        else:
            ref["customer_id"] = c.ids["customer_id"]
        r["customer"] = ref
    for info in f.cust.values():
        if info.get("trouble_starts_at") is None:
            info.pop("trouble_starts_at", None)
    expected: dict[str, int] = {}
    for info in f.cust.values():
        for rule in info["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    last = datetime.fromisoformat(f.rows[-1]["occurred_at"].replace("Z", "+00:00"))
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    assert end < datetime(2026, 11, 1, tzinfo=UTC)
    truth = {
        "config": {
            "family": f.name,
            "business": f"{BRAND}: evening and wedding-guest dress hire by post, {PLAN} membership, Velisse Studio for companies on account",
            "days": f.days,
            "seed": SEED,
            "written": "blind",
            "expected": dict(sorted(expected.items())),
        },
        "start": f.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": f.cust,
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    with (HERE / f"{f.name}.jsonl").open("w", encoding="utf-8") as out:
        for r in f.rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def main() -> None:
    for build in (
        happy_writers,
        one_bad_day,
        repeat_contacts,
        slow_churners,
        quiet_hours,
        bilingual,
        b2b_accounts,
        topic_spike,
    ):
        finish(build())


if __name__ == "__main__":
    main()
