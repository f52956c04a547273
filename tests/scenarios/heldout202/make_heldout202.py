"""Build heldout202/ (Nevasco, mountain gear hire): eight families and their truth.

Standard library only, fixed seed: two runs give the same bytes. Run from anywhere.
Never tune on what this writes (see README.md).
"""

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

import wording as wd  # noqa: E402

SEED = 20261206
CODE = "NVS-583"
LANG_WEIGHTS = {"es": 30, "fr": 30, "en": 10, "de": 10, "it": 10, "pt": 10}
SOURCE = {
    "email": "nevasco-mail",
    "phone": "nevasco-voice",
    "social": "nevasco-social",
    "community": "nevasco-forum",
    "chat": "nevasco-chat",
    "web": "nevasco-web",
    "survey": "nevasco-survey",
}
PHONE = {
    "ES": ("+34", "6", 9),
    "FR": ("+33", "6", 9),
    "BE": ("+32", "47", 9),
    "CH": ("+41", "79", 9),
    "UK": ("+44", "7", 10),
    "IE": ("+353", "87", 9),
    "DE": ("+49", "15", 11),
    "AT": ("+43", "664", 10),
    "IT": ("+39", "3", 10),
    "PT": ("+351", "91", 9),
}
DOMAINS = ("correo.example", "mail.example", "posteo.example", "webmail.example", "inbox.example")
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_CANCEL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_GRUMPY = ["repeat_contact", "silence"]
T_SILENCE = ["silence"]
T_SPIKE_REPEAT = ["silence", "sentiment_drop"]
T_B2B_UNHAPPY = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_name(text: str) -> str:
    flat = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(ch for ch in flat if ch.isascii() and ch.isalnum()).lower()


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append("".join(b for b in base if not unicodedata.combining(b)) or ch)
    return "".join(out)


def speech(text: str) -> str:
    words = []
    for w in text.replace("\n", " ").split():
        w = w.strip(".,:;!?()'\"")
        if not w:
            continue
        words.append(w if any(ch.isdigit() for ch in w) else w.lower())
    return " ".join(words)


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


@dataclass
class Row:
    t: datetime
    eid: str
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


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
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    count: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    # ---------------------------------------------------------------- people --
    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def lang(self) -> str:
        return self.rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]

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
        **extra: Any,
    ) -> Cust:
        r = self.rng
        market = market or r.choice(wd.MARKETS[lang])
        first, last = r.choice(wd.FIRST[lang]), r.choice(wd.LAST[lang])
        key = self.unique(lambda: f"NV{self.code}{r.randint(1000, 9999)}")
        if domain:
            while f"{ascii_name(first)}.{ascii_name(last)}@{domain}" in USED:
                first, last = r.choice(wd.FIRST[lang]), r.choice(wd.LAST[lang])
            email = self.unique(lambda: f"{ascii_name(first)}.{ascii_name(last)}@{domain}")
        else:
            email = self.unique(
                lambda: (
                    f"{ascii_name(first)}.{ascii_name(last)}{r.randint(1, 99)}@{r.choice(DOMAINS)}"
                )
            )
        cc, prefix, length = PHONE[market]
        phone = self.unique(
            lambda: cc + prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix)))
        )
        handle = None
        if not account and r.random() < 0.7:
            handle = self.unique(
                lambda: r.choice(
                    [
                        f"@{ascii_name(first)}_{ascii_name(last)}{r.randint(1, 9)}",
                        f"@{ascii_name(first)}{ascii_name(last)[:4]}{r.randint(10, 99)}",
                        f"@{ascii_name(last)}{ascii_name(first)[0]}",
                    ]
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
        truth.update(extra)
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    # ----------------------------------------------------------------- words --
    def say(self, table: str, lang: str, **kw: Any) -> str:
        fields: dict[str, Any] = {
            "brand": wd.BRAND,
            "name": wd.AGENTS[lang],
            "who": "",
            "ref": "",
            "p": "",
            "comp": "",
            "code": CODE,
            "first": "",
            "day": "",
        }
        fields.update(kw)
        return str(self.rng.choice(wd.W[table][lang]).format(**fields))

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        if r.random() < 1 / 8 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 10:
            text = strip_accents(text)
        return text

    def ref(self) -> str:
        return self.unique(lambda: f"NV-{self.rng.randint(100000, 999999)}")

    # ------------------------------------------------------------------ rows --
    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.count += 1
        eid = f"h202-{self.code.lower()}-{self.count:05d}"
        if text is not None and not out:
            if channel not in ("phone", "survey"):
                text = self.roughen(text)
            if channel == "social" and not c.account:
                pos = text.rfind(wd.BRAND)
                text = text[:pos] + "@" + text[pos:] if pos >= 0 else f"@{wd.BRAND} {text}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = wd.AGENTS[c.lang]
        a.update(attrs or {})
        self.rows.append(
            Row(
                t,
                eid,
                c,
                channel,
                kind,
                "outbound" if out else "inbound",
                text,
                subject,
                scores or {},
                a,
            )
        )
        return eid

    def day(self, d: float, lo: float, hi: float) -> datetime:
        h = lo + self.rng.random() * (hi - lo)
        return self.start + timedelta(days=d, hours=h)

    def waking(self, t: datetime, office: bool = False) -> datetime:
        """Moved out of the night (and, for office hours, onto a weekday 08-17)."""
        lo, hi = (8.0, 17.0) if office else (7.0, 22.0)
        hour = t.hour + t.minute / 60
        if hour >= hi:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        elif hour < lo:
            t = t.replace(hour=8, minute=self.rng.randint(0, 59))
        while office and t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def mins(self, t: datetime, lo: float, hi: float) -> datetime:
        return t + timedelta(minutes=lo + self.rng.random() * (hi - lo))

    # ------------------------------------------------------------ happy acts --
    def purchase(self, c: Cust, t: datetime) -> None:
        label, price = self.rng.choice(wd.ITEMS[c.lang])
        cur, value = (
            ("GBP", price * 0.86)
            if c.market == "UK"
            else ("CHF", price * 0.94)
            if c.market == "CH"
            else ("EUR", float(price))
        )
        self.add(c, t, "web", "page_view", attrs={"page": "/alquiler/" + ascii_name(label)[:24]})
        self.add(
            c,
            self.mins(t, 3, 15),
            "web",
            "purchase",
            attrs={
                "order_value": f"{value:.2f}",
                "currency": cur,
                "product": label,
                "page": "/checkout",
            },
        )

    def happy(self, c: Cust, t: datetime, kinds: str = "pqcbvrgaw") -> None:
        k = self.rng.choice(kinds)
        lang = c.lang
        if k == "p":
            ch = self.rng.choice(["social", "community"] if not c.account else ["community"])
            self.add(c, t, ch, "post", self.say("praise", lang))
        elif k == "a":
            self.add(
                c,
                t,
                self.rng.choice(["social", "community"] if not c.account else ["community"]),
                "post",
                self.say("again", lang),
            )
        elif k == "g":
            self.add(
                c,
                t,
                "web",
                "review",
                self.say("gripe", lang),
                attrs={"rating": "4", "page": "/opiniones"},
            )
        elif k == "q":
            self.add(c, t, "chat", "chat", self.say("question", lang))
            t2 = self.mins(t, 1, 6)
            self.add(c, t2, "chat", "chat", self.say("answer", lang), out=True)
            if self.rng.random() < 0.6:
                self.add(c, self.mins(t2, 1, 5), "chat", "chat", self.say("thanks", lang))
        elif k == "c":
            self.add(c, t, "phone", "call", self.say("call_q", lang))
            self.add(
                c,
                self.mins(t, 10, 40),
                "email",
                "message",
                self.say("call_followup", lang),
                out=True,
            )
        elif k == "b":
            self.purchase(c, t)
        elif k == "v":
            self.add(
                c,
                t,
                "web",
                "page_view",
                attrs={"page": self.rng.choice(["/tiendas", "/club", "/packs", "/ayuda"])},
            )
        elif k == "r":
            self.add(
                c,
                t,
                "web",
                "review",
                self.say("review", lang),
                attrs={"rating": "5", "page": "/opiniones"},
            )
        else:
            self.survey(c, t, high=True)

    def survey(
        self, c: Cust, t: datetime, high: bool, nps: int | None = None, csat: int | None = None
    ) -> str:
        r = self.rng
        if high:
            which = r.choice(["nps", "csat", "ces"])
            sc: dict[str, int | None] = (
                {"nps": r.randint(9, 10)}
                if which == "nps"
                else {"csat": r.randint(4, 5)}
                if which == "csat"
                else {"ces": r.randint(6, 7)}
            )
            word = self.say("survey_word", c.lang) or None
        else:
            which = "nps" if nps is not None else "csat"
            sc = {"nps": nps} if nps is not None else {"csat": csat}
            word = None
        return self.add(c, t, "survey", "survey_response", word, scores=sc, attrs={"survey": which})

    def spread(
        self,
        c: Cust,
        n: int,
        days: list[int],
        lo: float = 7.0,
        hi: float = 19.0,
        kinds: str = "pqcbvrgaw",
    ) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.day(d, lo, hi), kinds)

    # --------------------------------------------------------------- writing --
    def write(self, expected: dict[str, int]) -> None:
        for row in self.rows:
            if row.t >= datetime(2026, 11, 15, tzinfo=UTC) or row.t < self.start:
                raise SystemExit(f"{self.name}: {row.eid} out of range")
        for c in self.custs.values():
            both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            if both:
                raise SystemExit(f"{self.name}: {c.key} expects and tolerates {both}")
        self.rows.sort(key=lambda r: (r.t, r.eid))
        got: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        if got != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {got}")
        first_in: set[str] = set()
        lines = []
        for row in self.rows:
            c = row.cust
            full = row.direction == "outbound" or c.key not in first_in
            if row.direction == "inbound":
                first_in.add(c.key)
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            phone = c.phone
            if self.rough.random() < 0.5:
                cc = next(
                    v[0] for k, v in PHONE.items() if c.phone.startswith(v[0]) and k == c.market
                )
                phone = cc + " " + c.phone[len(cc) :]
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=phone, handle=c.handle)
            elif row.channel == "phone":
                ref["phone"] = phone
            elif row.channel in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif row.channel == "email":
                ref["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            lines.append(
                json.dumps(
                    {
                        "event_id": row.eid,
                        "occurred_at": iso(row.t),
                        "channel": row.channel,
                        "kind": row.kind,
                        "direction": row.direction,
                        "customer": ref,
                        "text": row.text,
                        "subject": row.subject,
                        "scores": {
                            "nps": row.scores.get("nps"),
                            "csat": row.scores.get("csat"),
                            "ces": row.scores.get("ces"),
                        },
                        "source": SOURCE[row.channel],
                        "attributes": row.attrs,
                    },
                    ensure_ascii=False,
                )
            )
        end = max(self.start + timedelta(days=self.days), self.rows[-1].t + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Nevasco, mountain gear hire (app and web, Nevasco Club membership, Nevasco Pro on account)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-06",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: self.custs[k].truth for k in sorted(self.custs)},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


# ------------------------------------------------------------------ stories --
def complaint_row(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    ref: str | None,
    long_email: bool = False,
) -> str:
    p = wd.PROBLEM[c.lang][problem]
    if long_email:
        return f.add(
            c,
            t,
            "email",
            "message",
            f.say("long_email", c.lang, p=p, who=c.name.split()[0]),
            subject=f.say("complaint_subject", c.lang, ref=ref),
        )
    if channel == "email":
        return f.add(
            c,
            t,
            "email",
            "message",
            f.say("complaint", c.lang, p=p),
            subject=f.say("complaint_subject", c.lang, ref=ref),
        )
    if channel == "phone":
        return f.add(c, t, "phone", "call", speech(f.say("call_complaint", c.lang, p=p)))
    if channel == "social":
        return f.add(c, t, "social", "mention", f.say("complaint", c.lang, p=p))
    if channel == "web":
        return f.add(
            c, t, "web", "ticket", f.say("complaint", c.lang, p=p), attrs={"page": "/contacto"}
        )
    return f.add(c, t, "chat", "chat", f.say("complaint", c.lang, p=p))


def acknowledge(
    f: Fam, c: Cust, t: datetime, channel: str, ref: str, lead: bool = False
) -> datetime:
    if channel == "chat":
        t2 = f.mins(t, 1, 4)
        f.add(c, t2, "chat", "chat", f.say("chat_case", c.lang, ref=ref), out=True)
        if not lead:
            return t2
    if lead:
        t2 = f.waking(f.mins(t, 90, 150))
        f.add(
            c,
            t2,
            "email",
            "message",
            f.say("quality_lead", c.lang, ref=ref),
            out=True,
            subject=f.say("case_subject", c.lang, ref=ref),
        )
        return t2
    t2 = f.waking(f.mins(t, 10, 40))
    f.add(
        c,
        t2,
        "email",
        "message",
        f.say("case_opened", c.lang, ref=ref),
        out=True,
        subject=f.say("case_subject", c.lang, ref=ref),
    )
    return t2


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        "happy customers only: day writers, night writers, survey answerers",
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        f.spread(c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            t = f.start + timedelta(days=d, hours=22, minutes=12 + f.rng.randint(0, 370))
            if f.rng.random() < 0.5:
                f.add(
                    c, t, f.rng.choice(["social", "community"]), "post", f.say("night_post", c.lang)
                )
            else:
                f.add(c, t, "chat", "chat", f.say("night_q", c.lang))
                t2 = f.mins(t, 1, 5)
                f.add(c, t2, "chat", "chat", f.say("night_a", c.lang), out=True)
                f.add(c, f.mins(t2, 1, 4), "chat", "chat", f.say("thanks", c.lang))
        f.spread(c, f.rng.randint(2, 3), list(range(10)), 9, 18, "pbvr")
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey(c, f.day(d, 8, 20), high=True)
    f.write({})
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry moment, some giving a low score",
    )
    plan = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in wd.PROBLEMS for _ in range(4)]
    f.rng.shuffle(problems)
    cased = [i for i, ch in enumerate(plan) if ch != "social"]
    detract = set(f.rng.sample(cased, 6))
    low_csat = set(f.rng.sample([i for i in cased if i not in detract], 5))
    good = f.rng.sample(cased, 12)
    sorry = set(good[:5])
    long_langs = ["es", "es", "fr", "fr"]
    for i, ch in enumerate(plan):
        lang = long_langs.pop() if ch == "long" else f.lang()
        persona = "bad_day_detractor" if i in detract else "happy_one_bad_day"
        c = f.person(
            lang,
            persona,
            "one bad day",
            ["detractor"] if i in detract else [],
            T_SILENCE,
            problem=problems[i],
            long_email=ch == "long",
            channel="email" if ch == "long" else ch,
        )
        bad = f.rng.randint(2, 9)
        t = f.day(bad, 8, 20)
        ok_days = [d for d in range(12) if d <= bad - 2 or d >= bad + 3]
        f.spread(c, f.rng.randint(1, 5), ok_days, kinds="pqcbvrga")
        ref = f.ref() if ch != "social" else None
        eid = complaint_row(
            f, c, t, "email" if ch == "long" else ch, problems[i], ref, ch == "long"
        )
        c.truth.update(
            bad_day_at=iso(t), bad_day_event_id=eid, booking=ref, trouble_starts_at=iso(t)
        )
        if ref is None:
            continue
        acknowledge(f, c, t, "email" if ch == "long" else ch, ref)
        if i in detract:
            nps = f.rng.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=nps,
                survey_event_id=f.survey(c, f.mins(t, 100, 140), False, nps=nps),
            )
        if i in low_csat:
            cs = f.rng.randint(1, 2)
            c.truth.update(
                csat_given=True,
                csat=cs,
                survey_event_id=f.survey(c, f.mins(t, 40, 80), False, csat=cs),
            )
        if i in good:
            f.add(
                c,
                f.waking(f.mins(t, 60, 240)),
                "email",
                "message",
                f.say("good_news", c.lang, ref=ref),
                out=True,
                subject=f.say("case_subject", c.lang, ref=ref),
            )
            c.truth["agent_fixed"] = True
        if i in sorry:
            ta = f.waking(f.mins(t, 16 * 60, 24 * 60))
            c.truth.update(
                apologised=True,
                apology_at=iso(ta),
                apology_event_id=f.add(
                    c, ta, f.rng.choice(["chat", "email"]), "chat", f.say("apology", c.lang)
                ),
            )
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control")
        f.spread(c, f.rng.randint(4, 7), list(range(12)), kinds="pqcbvrga")
    for r in f.rows:
        if r.kind == "chat" and r.channel == "email":
            r.kind = "message"
    f.write({"detractor": 6})
    return f


def repeat_run(
    f: Fam, c: Cust, t: datetime, first_ch: str, problem: str, contacts: int, lead: bool
) -> None:
    ref = f.ref()
    comp = f.rng.choice(wd.COMPETITORS)
    eids = [complaint_row(f, c, t, first_ch, problem, ref)]
    acknowledge(f, c, t, first_ch, ref, lead)
    used = [first_ch]
    later = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    f.rng.shuffle(later)
    for k in range(2, contacts + 1):
        ch = later.pop()
        used.append(ch)
        t = f.waking(t + timedelta(hours=4 + f.rng.random() * 36))
        table = "still_open" if k == 2 else "third" if k == 3 else "fourth"
        text = f.say(table, c.lang, ref=ref, p=wd.PROBLEM[c.lang][problem], comp=comp)
        if ch == "phone":
            eids.append(f.add(c, t, "phone", "call", speech(text)))
        elif ch == "email":
            eids.append(
                f.add(
                    c, t, "email", "message", text, subject=f.say("case_subject", c.lang, ref=ref)
                )
            )
        elif ch == "web":
            eids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/contacto"}))
        elif ch == "social":
            eids.append(f.add(c, t, "social", "mention" if wd.BRAND in text else "post", text))
        else:
            eids.append(f.add(c, t, "chat", "chat", text))
            f.add(c, f.mins(t, 1, 4), "chat", "chat", f.say("urgent", c.lang, ref=ref), out=True)
    c.truth.update(
        problem=problem,
        booking=ref,
        contacts=contacts,
        channels=used,
        problem_event_ids=eids,
        agent_passed_on=lead,
        competitor=comp if contacts >= 3 else None,
    )


def fixed_run(
    f: Fam, c: Cust, t: datetime, ch: str, problem: str, lang: str | None = None
) -> dict[str, Any]:
    ref = f.ref()
    eid = complaint_row(f, c, t, ch, problem, ref)
    acknowledge(f, c, t, ch, ref)
    tf = f.waking(t + timedelta(hours=3 + f.rng.random() * 17))
    saved = c.lang
    c.lang = lang or c.lang
    f.add(
        c,
        tf,
        "email",
        "message",
        f.say("good_news", c.lang, ref=ref),
        out=True,
        subject=f.say("case_subject", c.lang, ref=ref),
    )
    tc = f.waking(tf + timedelta(hours=8 + f.rng.random() * 22))
    cch = f.rng.choice(["email", "chat"])
    ceid = f.add(
        c, tc, cch, "message" if cch == "email" else "chat", f.say("confirm", c.lang, ref=ref)
    )
    c.lang = saved
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "the same open problem raised again, against fixed cases and frequent writers",
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(counts)
    for i in range(12):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], T_REPEAT)
        f.spread(c, f.rng.randint(1, 3), [0], 7, 12, "pbvr")
        t = f.day(1 + f.rng.randint(0, 3), 8, 19)
        c.truth["trouble_starts_at"] = iso(t)
        repeat_run(f, c, t, firsts[i], f.rng.choice(wd.PROBLEMS), counts[i], i % 2 == 0)
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], T_SILENCE)
        f.spread(c, f.rng.randint(1, 2), [0], 7, 12, "pbvr")
        t = f.day(1 + f.rng.randint(0, 4), 8, 19)
        case = fixed_run(f, c, t, f.rng.choice(["web", "email", "chat"]), f.rng.choice(wd.PROBLEMS))
        c.truth.update(problems=[case], trouble_starts_at=case["raised_at"])
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], T_SILENCE)
        p1, p2 = f.rng.sample(wd.PROBLEMS, 2)
        t = f.day(f.rng.randint(0, 1), 8, 17)
        cases = [
            fixed_run(f, c, t, "web", p1),
            fixed_run(f, c, t + timedelta(days=4, hours=f.rng.random() * 20), "email", p2),
        ]
        c.truth.update(problems=cases, trouble_starts_at=cases[0]["raised_at"])
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer")
        f.spread(c, f.rng.randint(5, 8), list(range(10)), kinds="qqqcccpb")
    f.write({"repeat_contact": 12})
    return f


def slide(f: Fam, c: Cust, d0: int, span: int, langs: list[str] | None = None) -> list[str]:
    comp = f.rng.choice(wd.COMPETITORS)
    eids = []
    t = f.day(d0, 9, 18)
    saved = c.lang
    for k in range(6):
        if k:
            t = f.waking(
                t + timedelta(hours=max(1.0, span * 24 / 5 * (0.6 + f.rng.random() * 0.8)))
            )
        if langs:
            c.lang = langs[k % 2]
        text = wd.W["slide"][c.lang][k].format(comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            eids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/opiniones"},
                )
            )
        else:
            eids.append(f.add(c, t, ch, "post", text))
        if k == 3:
            c.truth["fourth_step_at"] = iso(t)
    c.lang = saved
    c.truth.update(
        slide_event_ids=eids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=f.rows[-6].t.isoformat().replace("+00:00", "Z"),
    )
    return eids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slides from a happy baseline, leavers, steady, grumpy and sarcastic customers",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        det = i < 5
        c = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if det else []),
            T_SLIDE,
        )
        days = sorted(f.rng.sample(range(11), f.rng.randint(6, 9)))
        for j, d in enumerate(days):
            f.happy(c, f.day(d, 8, 20), "p" if j < 5 else "qbvr")
        slide(f, c, f.rng.randint(12, 16), spans[i])
        if det:
            t4 = datetime.fromisoformat(c.truth.pop("fourth_step_at").replace("Z", "+00:00"))
            nps = f.rng.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=nps,
                survey_event_id=f.survey(c, f.waking(f.mins(t4, 150, 210)), False, nps=nps),
            )
        else:
            c.truth.pop("fourth_step_at")
    for _ in range(5):
        c = f.person(f.lang(), "slow_churner", "asks to cancel", ["churn_intent"], T_CANCEL)
        f.spread(c, f.rng.randint(4, 6), list(range(16)), kinds="pqbvr")
        t = f.day(f.rng.randint(17, 23), 8, 19)
        eid = f.add(c, t, "email", "message", f.say("cancel_req", c.lang), subject="Club")
        f.add(
            c,
            f.waking(f.mins(t, 60, 300)),
            "email",
            "message",
            f.say("sorry_go", c.lang),
            out=True,
            subject="RE: Club",
        )
        tc = f.waking(f.mins(t, 20 * 60, 30 * 60))
        cid = f.add(
            c, tc, "web", "cancellation", attrs={"page": "/club/baja", "product": "Nevasco Club"}
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady")
        f.spread(c, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], T_GRUMPY)
        gd = float(f.rng.randint(0, 4))
        eids = []
        for _k in range(f.rng.randint(5, 7)):
            t = f.day(gd, 8, 20)
            ch = f.rng.choice(["social", "community", "web", "review"])
            text = f.say("grumpy", c.lang)
            if ch == "review":
                eids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/opiniones"})
                )
            elif ch == "web":
                eids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/contacto"}))
            else:
                eids.append(f.add(c, t, ch, "post", text))
            gd += f.rng.randint(1, 3)
        c.truth.update(grumble_event_ids=eids, trouble_starts_at=iso(f.rows[-len(eids)].t))
        for _k in range(f.rng.randint(0, 2)):
            f.purchase(c, f.day(f.rng.randint(0, 20), 9, 18))
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], T_SILENCE)
        f.spread(c, f.rng.randint(4, 6), list(range(16)), kinds="pqbvr")
        t = f.day(f.rng.randint(17, 28), 10, 20)
        c.truth.update(
            sarcasm_event_id=f.add(
                c, t, f.rng.choice(["social", "community"]), "post", f.say("sarcasm", c.lang)
            ),
            trouble_starts_at=iso(t),
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm weekend with night-owl bursts and no incident",
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        f.spread(c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5, "pbvrq")
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], T_SILENCE)
        t = f.day(f.rng.randint(0, 2), 9, 17)
        f.purchase(c, t)
        t2 = f.mins(t, 20, 30)
        if i < 2:
            eid = f.add(c, t2, "chat", "chat", f.say("grumble_once", c.lang))
            f.add(c, f.mins(t2, 1, 5), "chat", "chat", f.say("ack_form", c.lang), out=True)
        else:
            eid = f.add(
                c, t2, "web", "ticket", f.say("grumble_once", c.lang), attrs={"page": "/contacto"}
            )
            f.add(c, f.mins(t2, 10, 40), "email", "message", f.say("ack_form", c.lang), out=True)
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(t2))
    n = 0
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=40 + f.rng.randint(0, 25))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                n += 1
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {b + 1}")
                t = f.mins(bt, 0, 10)
                if f.rng.random() < 0.5:
                    eid = f.add(
                        c,
                        t,
                        f.rng.choice(["social", "community"]),
                        "post",
                        f.say("night_post", c.lang),
                    )
                else:
                    eid = f.add(c, t, "chat", "chat", f.say("night_q", c.lang))
                    t2 = f.mins(t, 1, 4)
                    f.add(c, t2, "chat", "chat", f.say("night_a", c.lang), out=True)
                    f.add(c, f.mins(t2, 1, 3), "chat", "chat", f.say("thanks", c.lang))
                c.truth.update(burst_at=iso(bt), night_event_id=eid)
                if n % 2 == 0:
                    f.happy(c, f.day(f.rng.randint(0, 2), 9, 17.5), "pbvr")
    f.write({})
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    pairs = [
        ("es", "fr"),
        ("fr", "es"),
        ("es", "en"),
        ("fr", "en"),
        ("es", "pt"),
        ("pt", "es"),
        ("fr", "de"),
        ("de", "fr"),
        ("fr", "it"),
        ("it", "fr"),
        ("es", "it"),
        ("en", "es"),
        ("es", "de"),
        ("fr", "pt"),
    ]

    def bi(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, list[str]]:
        pair = list(f.rng.choice(pairs))
        c = f.person(
            pair[0],
            persona,
            habit,
            exp,
            tol,
            market=f.rng.choice(wd.MARKETS[pair[0]] + wd.MARKETS[pair[1]]),
            languages=pair,
            job_second_language=f.rng.choice(
                [
                    "works across the border",
                    "partner's language",
                    "studied abroad",
                    "grew up with both",
                ]
            ),
        )
        return c, pair

    for _ in range(12):
        c, pair = bi("happy", "alternates languages", [], [])
        for j, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = pair[j % 2]
            f.happy(c, f.day(d, 8, 20))
        c.lang = pair[0]
    for _k, contacts in enumerate([2, 2, 3, 3, 4]):
        c, pair = bi("repeat_contact", "repeats", ["repeat_contact"], T_REPEAT)
        f.spread(c, f.rng.randint(1, 3), [0, 1], kinds="pbvr")
        t = f.day(2 + f.rng.randint(0, 3), 9, 18)
        c.truth["trouble_starts_at"] = iso(t)
        ref = f.ref()
        problem = f.rng.choice(wd.PROBLEMS)
        eids = [complaint_row(f, c, t, "web", problem, ref)]
        acknowledge(f, c, t, "web", ref, contacts >= 3)
        chans = ["email", "chat", "phone"]
        comp = f.rng.choice(wd.COMPETITORS)
        for j in range(2, contacts + 1):
            c.lang = pair[(j - 1) % 2]
            t = f.waking(t + timedelta(hours=4 + f.rng.random() * 36))
            ch = chans[j - 2]
            table = "still_open" if j == 2 else "third" if j == 3 else "fourth"
            text = f.say(table, c.lang, ref=ref, p=wd.PROBLEM[c.lang][problem], comp=comp)
            if ch == "phone":
                eids.append(f.add(c, t, "phone", "call", speech(text)))
            elif ch == "chat":
                eids.append(f.add(c, t, "chat", "chat", text))
                f.add(
                    c, f.mins(t, 1, 4), "chat", "chat", f.say("urgent", c.lang, ref=ref), out=True
                )
            else:
                eids.append(
                    f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        subject=f.say("case_subject", c.lang, ref=ref),
                    )
                )
        c.lang = pair[0]
        c.truth.update(
            problem=problem,
            booking=ref,
            contacts=contacts,
            problem_event_ids=eids,
            agent_passed_on=contacts >= 3,
            competitor=comp if contacts >= 3 else None,
        )
    for _ in range(5):
        c, pair = bi("slow_churner", "slides", ["sentiment_drop"], T_SLIDE)
        for j, d in enumerate(sorted(f.rng.sample(range(6), 6))):
            c.lang = pair[j % 2]
            f.happy(c, f.day(d, 8, 20), "p" if j < 5 else "bvr")
        c.lang = pair[0]
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), pair)
        c.truth.pop("fourth_step_at")
    for k in range(3):
        c, pair = bi("happy_one_bad_day", "one bad day", [], T_SILENCE)
        if k == 0:
            pair = ["es", "fr"]
            c.truth["languages"] = pair
        f.spread(c, f.rng.randint(2, 4), [0, 1, 2, 9, 10, 11, 12], kinds="pqbvr")
        t = f.day(f.rng.randint(5, 6), 9, 18)
        c.lang = pair[1]
        ref = f.ref()
        ch = ["email", "email", "chat"][k]
        eid = complaint_row(f, c, t, ch, f.rng.choice(wd.PROBLEMS), ref, k == 0)
        acknowledge(f, c, t, ch, ref)
        if k < 2:
            f.add(
                c,
                f.waking(f.mins(t, 60, 240)),
                "email",
                "message",
                f.say("good_news", c.lang, ref=ref),
                out=True,
                subject=f.say("case_subject", c.lang, ref=ref),
            )
        if k == 1:
            ta = f.waking(f.mins(t, 18 * 60, 24 * 60))
            c.truth.update(
                apologised=True,
                apology_event_id=f.add(c, ta, "chat", "chat", f.say("apology", c.lang)),
            )
        c.lang = pair[0]
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=pair[1],
            booking=ref,
            long_email=k == 0,
            trouble_starts_at=iso(t),
        )
    for _ in range(2):
        c, pair = bi("resolved_between_contacts", "fixed", [], T_SILENCE)
        f.spread(c, 2, [0, 1, 2], kinds="pbvr")
        t = f.day(f.rng.randint(4, 8), 9, 17)
        case = fixed_run(f, c, t, "web", f.rng.choice(wd.PROBLEMS), pair[1])
        c.truth.update(
            problems=[case], confirm_language=pair[1], trouble_starts_at=case["raised_at"]
        )
    f.write({"repeat_contact": 5, "sentiment_drop": 5})
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Nevasco Pro: companies hiring on account",
    )
    plan = [
        ("at_risk", 5, 3),
        ("at_risk", 5, 3),
        ("at_risk", 4, 3),
        ("at_risk", 6, 4),
        ("at_risk", 5, 4),
        ("one_unhappy", 3, 1),
        ("one_unhappy", 3, 1),
        ("one_unhappy", 3, 1),
        ("one_unhappy", 3, 1),
        ("mild", 4, 0),
        ("mild", 3, 0),
        ("mild", 4, 0),
        ("happy", 4, 0),
        ("happy", 4, 0),
        ("happy", 3, 0),
    ]
    sites = [
        "ski school",
        "hotel",
        "events",
        "university",
        "municipality",
        "sports club",
        "tour operator",
        "corporate",
        "school",
    ]
    acc_langs = [
        "es",
        "fr",
        "es",
        "fr",
        "de",
        "es",
        "fr",
        "it",
        "pt",
        "en",
        "es",
        "fr",
        "de",
        "it",
        "pt",
    ]
    problems = [
        "invoice",
        "service_blocked",
        "portal",
        "overbilled",
        "invoice",
        "service_blocked",
        "overbilled",
        "portal",
        "invoice",
    ]
    for n, (kind, size, unhappy) in enumerate(plan):
        lang = acc_langs[n]
        market = f.rng.choice(wd.MARKETS[lang])
        acc = f"NVP-{market}-{1000 + f.rng.randint(0, 8999)}"
        company = (
            f.rng.choice(
                [
                    "Alpina",
                    "Cumbre",
                    "Névé",
                    "Bergwerk",
                    "Vetta",
                    "Serra",
                    "Summit",
                    "Cresta",
                    "Glacier",
                    "Pico",
                ]
            )
            + " "
            + f.rng.choice(["Events", "Group", "Tours", "Hotels", "Academy", "Sports"])
            + f" {n + 1}"
        )
        domain = ascii_name(company) + ".example"
        site = sites[n % len(sites)]
        problem = problems[n] if unhappy else None
        keys: list[str] = []
        unhappy_keys: list[str] = []
        comp = f.rng.choice(wd.COMPETITORS)
        ref = f.ref() if unhappy else ""
        complainers: list[Cust] = []
        for i in range(size):
            role = (
                "complainer"
                if i < unhappy
                else "suggests"
                if kind == "mild" and i < 2
                else "contact"
            )
            if role == "complainer":
                persona = "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"
                last = kind == "at_risk" and i == unhappy - 1
                exp = ["repeat_contact"] if last else ["detractor"]
                tol = T_B2B_UNHAPPY if kind == "at_risk" else T_B2B_ONE
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], T_SILENCE
            else:
                persona, exp, tol = "b2b_happy", [], []
            job = f.rng.choice(
                [
                    "Office manager",
                    "Operations lead",
                    "Accounts payable",
                    "Group coordinator",
                    "Head instructor",
                    "Facilities manager",
                ]
            )
            c = f.person(
                lang,
                persona,
                role,
                exp,
                tol,
                market=market,
                account=acc,
                domain=domain,
                company=company,
                role=role,
                job_title=job,
                job=job,
            )
            keys.append(c.key)
            if role == "complainer":
                unhappy_keys.append(c.key)
                complainers.append(c)
                for _k in range(f.rng.randint(0, 2)):
                    f.happy(c, f.day(f.rng.randint(0, 1), 8, 16.5), "bv")
            else:
                for d in sorted(
                    f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 5))
                ):
                    f.happy(c, f.day(d, 8, 16.5), "qbvp" if role == "contact" else "bv")
                    r = f.rows[-1]
                    if r.kind == "chat" and r.direction == "outbound":
                        r.text = f.say("b2b_answer", lang)
                    if r.kind == "chat" and r.direction == "inbound" and r.text and "?" in r.text:
                        r.text = f.say("b2b_question", lang)
                if role == "contact" and f.rng.random() < 0.4:
                    f.survey(c, f.day(f.rng.choice([8, 9, 10]), 9, 16), high=True)
            if role == "suggests":
                t = f.day(f.rng.randint(2, 9), 9, 16)
                t = f.waking(t, office=True)
                eid = f.add(
                    c, t, "web", "ticket", f.say("b2b_suggest", lang), attrs={"page": "/pro/portal"}
                )
                f.add(c, f.mins(t, 20, 90), "email", "message", f.say("ack_form", lang), out=True)
                c.truth.update(mild_event_id=eid, trouble_starts_at=iso(t))
        for r in f.rows:
            if r.cust.account == acc and r.channel == "community":
                r.text = f.say("b2b_praise", lang)
        first_t: datetime | None = None
        for i, c in enumerate(complainers):
            p = wd.B2B_PROBLEM[lang][problem or "invoice"]
            who = c.name.split()[0]
            if kind == "at_risk":
                t = (
                    f.day(2, 8, 11)
                    if i == 0
                    else f.waking(t + timedelta(hours=8 + f.rng.random() * 20), office=True)
                )
            else:
                t = f.waking(f.day(f.rng.randint(3, 7), 8, 16), office=True)
            if i == 0:
                first_t = t
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    f.say("b2b_first", lang, p=p, who=who),
                    subject=f.say("complaint_subject", lang, ref=ref),
                )
                f.add(
                    c,
                    f.waking(f.mins(t, 30, 120), office=True),
                    "email",
                    "message",
                    f.say("case_opened", lang, ref=ref),
                    out=True,
                    subject=f.say("case_subject", lang, ref=ref),
                )
            else:
                assert first_t is not None
                dayname = wd.W["weekday"][lang][first_t.weekday()]
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    f.say(
                        "b2b_later",
                        lang,
                        p=p,
                        who=who,
                        first=complainers[0].name.split()[0],
                        day=dayname,
                        ref=ref,
                    ),
                    subject=f.say("case_subject", lang, ref=ref),
                )
            eids = [eid]
            last = kind == "at_risk" and i == len(complainers) - 1
            if last:
                t2 = f.waking(t + timedelta(hours=18 + f.rng.random() * 22), office=True)
                if n == 0:
                    eids.append(
                        f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            f.say("b2b_last", lang, ref=ref, comp=comp, who=who),
                            subject=f.say("case_subject", lang, ref=ref),
                        )
                    )
                    c.truth["competitor"] = comp
                else:
                    eids.append(
                        f.add(c, t2, "phone", "call", speech(f.say("b2b_last_call", lang, ref=ref)))
                    )
            else:
                nps = f.rng.randint(1, 5)
                c.truth.update(
                    nps_given=True,
                    nps=nps,
                    survey_event_id=f.survey(c, f.mins(t, 60, 180), False, nps=nps),
                )
            c.truth.update(
                problem=problem, booking=ref, complaint_event_ids=eids, trouble_starts_at=iso(t)
            )
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": size,
            "contact_keys": sorted(keys),
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": sorted(unhappy_keys),
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": iso(first_t) if kind == "at_risk" and first_t else None,
            "language": lang,
            "country": market,
        }
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and one planted incident",
    )
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy(c, f.day(d, 12, 19) if d == 5 else f.day(d, 7, 19))
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], T_SILENCE)
        t = f.day(0, 9, 17)
        eid = f.add(c, t, "chat", "chat", f.say("grumble_once", c.lang))
        f.add(c, f.mins(t, 1, 5), "chat", "chat", f.say("ack_form", c.lang), out=True)
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(t))
    for lang, hm in (("es", (9, 40)), ("fr", (16, 5))):
        c = f.person(lang, "grumbles_once", "lone question", [], T_SILENCE)
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        eid = f.add(c, t, "chat", "chat", f.say("lone_q", lang))
        f.add(c, f.mins(t, 2, 6), "chat", "chat", f.say("lone_a", lang), out=True)
        c.truth.update(lone_report_event_id=eid, trouble_starts_at=iso(t))
    langs = ["es"] * 6 + ["fr"] * 6 + ["en", "en", "de", "de", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    s0 = f.start + timedelta(days=5, hours=8, minutes=5)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        regular = i % 5 != 4 and i < 15
        c = f.person(
            langs[i],
            "spike_reporter",
            "regular" if regular else "new",
            [],
            T_SILENCE,
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy(c, f.day(2, 8, 17.5), "pqbvr")
        t = s0 + timedelta(minutes=offs[i], seconds=f.rng.randint(0, 50))
        ch = chans[i]
        text = f.say("spike", c.lang)
        if ch == "email":
            eid = f.add(
                c,
                t,
                "email",
                "message",
                text,
                subject="Contrato / " + CODE if CODE in text else wd.BRAND,
            )
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/contacto"})
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(c, f.mins(t, 1, 3), "chat", "chat", f.say("spike_chat_a", c.lang), out=True)
        else:
            eid = f.add(c, t, ch, "post", text)
        c.truth.update(spike_event_id=eid, spike_channel=ch, trouble_starts_at=iso(t))
        reporters.append((c, t, ch, eid))
    early = [r for r in reporters if r[1] <= s0 + timedelta(minutes=25)]
    again = f.rng.sample(early, 6)
    again_ch = ["email", "email", "chat", "chat", "community", "community"]
    rep_ids = []
    for k, (c, t, ch, _eid) in enumerate(sorted(again, key=lambda r: r[1])):
        ch2 = again_ch[k] if again_ch[k] != ch else "web"
        t2 = f.mins(t, 15, 50)
        text = f.say("spike_again", c.lang)
        if ch2 == "email":
            e2 = f.add(c, t2, "email", "message", text, subject="Contrato / " + CODE)
        elif ch2 == "web":
            e2 = f.add(c, t2, "web", "ticket", text, attrs={"page": "/contacto"})
        elif ch2 == "chat":
            e2 = f.add(c, t2, "chat", "chat", text)
            f.add(c, f.mins(t2, 1, 3), "chat", "chat", f.say("spike_chat_a", c.lang), out=True)
        else:
            e2 = f.add(c, t2, ch2, "post", text)
        c.truth.update(
            persona="spike_repeater",
            expected_rules=["repeat_contact"],
            tolerated_rules=sorted(T_SPIKE_REPEAT),
            repeat_event_id=e2,
        )
        rep_ids.append(e2)
    rest = [r for r in reporters if r not in again]
    for c, _t, _ch, _e in f.rng.sample(rest, 6):
        f.add(
            c,
            s0 + timedelta(hours=3, minutes=3 + f.rng.randint(0, 9)),
            "email",
            "message",
            f.say("spike_fixed", c.lang),
            out=True,
            subject=wd.BRAND,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "signing the hire contract in the app fails (error "
        + CODE
        + "), so resort shops hand out no gear",
        "about": "the planted incident: the app's digital hire-contract signature step fails for everyone for about three hours on a Saturday morning; shops will not hand gear over unsigned",
        "channel": None,
        "start": iso(reporters[0][1]),
        "end": iso(max(r[1] for r in reporters)),
        "customers": 20,
        "customer_keys": sorted(r[0].key for r in reporters),
        "event_ids": [r[3] for r in reporters],
        "repeat_event_ids": rep_ids,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})
    return f


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
        fam = build()
        print(
            f"{fam.name}: {len(fam.custs)} customers, {len(fam.rows)} touchpoints, {sum(r.direction == 'outbound' for r in fam.rows)} replies"
        )


if __name__ == "__main__":
    main()
