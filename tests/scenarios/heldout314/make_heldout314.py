"""Generate heldout314 (Plantivo, made-to-measure insoles). Written blind; stdlib only."""

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

SEED = 20260919
BRAND = "Plantivo"
COMPS = ("Fussora", "Pisadra")
CODE = "SC.46.7"
LIMIT = datetime(2026, 11, 1, tzinfo=UTC)
NONE: tuple[str, ...] = ()
SIL = ("silence",)
TOL_REPEAT = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
TOL_SLIDER = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
TOL_LEAVER = ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence")
TOL_B2B_RISK = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
)
TOL_B2B_ONE = ("sentiment_drop", "high_value_at_risk", "silence")
PHONE = {
    "DE": ("49", "151", 8),
    "AT": ("43", "664", 7),
    "CH": ("41", "79", 7),
    "ES": ("34", "6", 8),
    "UK": ("44", "7", 9),
    "IE": ("353", "87", 7),
    "FR": ("33", "6", 8),
    "BE": ("32", "47", 7),
    "IT": ("39", "34", 8),
    "PT": ("351", "91", 7),
}
COUNTER = {"n": 0, "case": 0}


def ascii_name(s: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii() and ch.isalpha()
    ).lower()


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
            "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def new_case() -> str:
    COUNTER["case"] += 1
    return f"PV-{418200 + COUNTER['case'] * 7}"


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


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
    b2b: bool
    truth: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    n: int
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    # ---------------------------------------------------------------- people --
    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: tuple[str, ...],
        tolerated: tuple[str, ...],
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        **extra: Any,
    ) -> Cust:
        COUNTER["n"] += 1
        n = COUNTER["n"]
        first = self.rng.choice(W.FIRST[lang])
        last = self.rng.choice(W.LAST[lang])
        market = market or self.rng.choice(W.MARKETS[lang])
        key = f"PV{self.code}{3000 + n}"
        cc, pre, ln = PHONE[market]
        digits = pre + str(1000000 + n * 37).rjust(ln - len(pre), "0")[-(ln - len(pre)) :]
        phone = f"+{cc} {digits}" if n % 2 else f"+{cc}{digits}"
        if domain:
            email = f"{ascii_name(first)}.{ascii_name(last)}{n}@{domain}"
            handle = None
        else:
            email = f"{ascii_name(first)}{ascii_name(last)[:3]}{n}@{('correo', 'posteo', 'mailbox', 'webpost')[n % 4]}.example"
            handle = ("@{}_{}{}", "@{}{}{}")[n % 2].format(ascii_name(last), ascii_name(first), n)
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
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
        truth.update(extra)
        c = Cust(
            key,
            lang,
            market,
            f"{first} {last}",
            email,
            phone,
            handle,
            account,
            account is not None,
            truth,
        )
        self.custs[key] = c
        return c

    # ---------------------------------------------------------------- events --
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
        eid = f"pv314-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c.market}
        if c.b2b:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(("Lena", "Sergio", "Maite", "Jonas", "Carla", "Owen"))
        a.update(attrs or {})
        self.rows.append(
            {
                "t": t,
                "c": c,
                "eid": eid,
                "channel": channel,
                "kind": kind,
                "text": text,
                "subject": subject,
                "out": out,
                "scores": scores or {},
                "attrs": a,
            }
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))

    def daytime(self, t: datetime, office: bool = False) -> datetime:
        """Move a time out of the night (or out of office hours and weekends)."""
        lo, hi = (8, 17) if office else (7, 22)
        if t.hour >= hi:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randrange(0, 59))
        elif t.hour < lo:
            t = t.replace(hour=8, minute=self.rng.randrange(0, 59))
        while office and t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randrange(0, 59))
        return t

    def agent_mail(self, c: Cust, t: datetime, text: str, subject: str | None = None) -> str:
        return self.add(c, self.daytime(t), "email", "message", text, subject, out=True)

    def happy(self, c: Cust, t: datetime) -> str:
        r = self.rng
        lang = c.truth.get("_cur", c.lang)
        k = r.choice(("post", "post", "chat", "buy", "view", "review", "survey", "call"))
        if k == "post":
            text = r.choice(W.PRAISE[lang])
            if c.b2b:
                return self.add(c, t, "community", "post", W.B2B_PRAISE[lang])
            if r.random() < 0.6:
                return self.add(
                    c,
                    t,
                    "social",
                    "mention",
                    text.replace(BRAND, "@" + BRAND) if BRAND in text else "@Plantivo " + text,
                )
            return self.add(c, t, "community", "post", text)
        if k == "chat" or (c.b2b and k in ("call", "review")):
            q = r.choice(W.B2B_Q[lang] if c.b2b else W.QUESTION[lang])
            eid = self.add(c, t, "chat", "chat", q)
            t2 = t + timedelta(minutes=r.randint(1, 6))
            self.add(c, t2, "chat", "chat", W.ANSWER[lang], out=True)
            if r.random() < 0.6:
                self.add(
                    c,
                    t2 + timedelta(minutes=r.randint(1, 4)),
                    "chat",
                    "chat",
                    r.choice(W.THANKS[lang]),
                )
            return eid
        if k == "call":
            eid = self.add(
                c,
                t,
                "phone",
                "call",
                {
                    "de": "hallo ich wollte fragen ob die einlagen auch in laufschuhe passen",
                    "es": "hola queria preguntar si las plantillas valen para zapatillas de correr",
                    "en": "hi just wanted to ask if the insoles fit running shoes",
                    "fr": "bonjour je voulais savoir si les semelles vont dans des baskets",
                    "it": "buongiorno volevo sapere se le solette vanno nelle scarpe da corsa",
                    "pt": "bom dia queria saber se as palmilhas servem nas sapatilhas",
                }[lang],
            )
            self.agent_mail(c, t + timedelta(minutes=r.randint(10, 30)), W.ANSWER[lang])
            return eid
        if k == "buy":
            prod, price = r.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": "/insoles"})
            cur, val = (
                ("GBP", f"{float(price) * 0.86:.2f}")
                if c.market == "UK"
                else (("CHF", f"{float(price) * 0.94:.2f}") if c.market == "CH" else ("EUR", price))
            )
            return self.add(
                c,
                t + timedelta(minutes=r.randint(3, 15)),
                "web",
                "purchase",
                attrs={"page": "/checkout", "product": prod, "order_value": val, "currency": cur},
            )
        if k == "view":
            return self.add(
                c,
                t,
                "web",
                "page_view",
                attrs={"page": r.choice(("/insoles", "/studios", "/club", "/account"))},
            )
        if k == "review":
            return self.add(
                c,
                t,
                "web",
                "review",
                r.choice(W.PRAISE[lang]),
                attrs={"rating": "5", "page": "/reviews"},
            )
        return self.survey_happy(c, t)

    def survey_happy(self, c: Cust, t: datetime) -> str:
        r = self.rng
        s = r.choice(("nps", "csat", "ces"))
        v = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[s]
        word = r.choice(W.SURVEY_HAPPY[c.lang])
        return self.add(
            c, t, "survey", "survey_response", word or None, scores={s: v}, attrs={"survey": s}
        )

    def happy_days(
        self, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 19
    ) -> list[str]:
        picks = self.rng.sample(days, min(n, len(days)))
        return [self.happy(c, self.at(d, h0, h1)) for d in sorted(picks)]

    # ----------------------------------------------------------------- write --
    def write(self, expected: dict[str, int], config_extra: dict[str, Any] | None = None) -> None:
        rows = sorted(self.rows, key=lambda r: (r["t"], r["eid"]))
        seen: set[str] = set()
        lines = []
        for r in rows:
            c: Cust = r["c"]
            t: datetime = r["t"]
            assert self.start <= t < LIMIT, (self.name, t)
            full = r["out"] or c.key not in seen
            if not r["out"]:
                seen.add(c.key)
            cust: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                cust.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif r["channel"] == "phone":
                cust["phone"] = c.phone
            elif r["channel"] in ("social", "community"):
                if c.handle:
                    cust["handle"] = c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
                else:
                    cust["email"] = c.email
            elif r["channel"] == "email":
                cust["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
            else:
                cust["customer_id"] = c.key
            sources = {
                "email": "plantivo-mail",
                "phone": "plantivo-voice",
                "social": "plantivo-social",
                "community": "plantivo-forum",
                "chat": "plantivo-chat",
                "web": "plantivo-web",
                "survey": "plantivo-survey",
            }
            sc = {"nps": None, "csat": None, "ces": None} | r["scores"]
            lines.append(
                json.dumps(
                    {
                        "event_id": r["eid"],
                        "occurred_at": iso(t),
                        "channel": r["channel"],
                        "kind": r["kind"],
                        "direction": "outbound" if r["out"] else "inbound",
                        "customer": cust,
                        "text": r["text"],
                        "subject": r["subject"],
                        "scores": sc,
                        "source": sources[r["channel"]],
                        "attributes": r["attrs"],
                    },
                    ensure_ascii=False,
                )
            )
        for c in self.custs.values():
            assert c.key in seen, c.key
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            c.truth.pop("_cur", None)
        count: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                count[rule] = count.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                count[rule] = count.get(rule, 0) + 1
        if self.spike:
            count["topic_spike"] = 1
        assert count == expected, (self.name, count, expected)
        last = rows[-1]["t"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Plantivo: made-to-measure insoles from a foot scan (app or studio), Plantivo Club membership, Plantivo Work for companies on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind, heldout314",
                "expected": dict(sorted(count.items())),
            }
            | (config_extra or {}),
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.custs.values()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        d0(2026, 1, 12),
        10,
        "happy day and night writers, survey-only customers",
        1,
    )
    r = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer", NONE, NONE)
        f.happy_days(c, r.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer", NONE, NONE)
        for d in sorted(r.sample(range(9), r.randint(2, 4))):
            t = (
                f.start
                + timedelta(days=d, hours=22, minutes=12)
                + timedelta(minutes=r.randint(0, 378))
            )
            if r.random() < 0.5:
                f.add(c, t, "social", "mention", "@" + r.choice(W.NIGHT[c.lang]).replace("@", ""))
            else:
                f.add(c, t, "chat", "chat", r.choice(W.QUESTION[c.lang]))
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(1, 6)),
                    "chat",
                    "chat",
                    W.ANSWER[c.lang],
                    out=True,
                )
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(7, 10)),
                    "chat",
                    "chat",
                    r.choice(W.THANKS[c.lang]),
                )
        f.happy_days(c, r.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys", NONE, NONE)
        for d in sorted(r.sample(range(10), r.randint(3, 6))):
            f.survey_happy(c, f.at(d, 8, 20))
    f.write({})


def one_bad_day() -> None:
    f = Fam(
        "one_bad_day", "BD", d0(2026, 2, 9), 12, "happy customers with one bad day; controls", 2
    )
    r = f.rng
    kinds = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    with_case = [i for i, k in enumerate(kinds) if k != "social"]
    nps_i = set(r.sample(with_case, 6))
    csat_i = set(r.sample([i for i in with_case if i not in nps_i], 5))
    good_i = r.sample(with_case, 12)
    apol_i = set(good_i[:5])
    for i, k in enumerate(kinds):
        lang = ("de", "de", "es", "es")[i] if k == "long" else f.lang()
        prob = W.PROBLEMS[i % 6]
        det = i in nps_i
        c = f.person(
            lang,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ("detractor",) if det else NONE,
            SIL,
            problem=prob,
            long_email=k == "long",
            channel=k,
        )
        bd = r.randint(2, 9)
        t = f.at(bd, 8, 20)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, r.randint(1, 5), days)
        case = new_case() if k != "social" else None
        text = W.COMPLAINT[prob][lang]
        if k == "long":
            eid = f.add(
                c,
                t,
                "email",
                "message",
                r.choice(W.LONG_EMAIL[lang]).format(complaint=text, name=c.name.split()[0]),
                W.SUBJ_COMPLAINT[lang].format(case="").strip(),
            )
        elif k == "email":
            eid = f.add(
                c, t, "email", "message", text, W.SUBJ_COMPLAINT[lang].format(case="").strip()
            )
        elif k == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 5)),
                "chat",
                "chat",
                W.CASE_OPENED[lang].format(case=case),
                out=True,
            )
        elif k == "social":
            eid = f.add(c, t, "social", "mention", "@Plantivo " + text)
        elif k == "web":
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            eid = f.add(
                c,
                t,
                "phone",
                "call",
                W.CALL[lang].format(
                    name=c.name.split()[0].lower(),
                    **{f"problem_{lang}": W.CALL_PROBLEM[prob][lang]},
                ),
            )
        if k in ("long", "email", "web", "phone"):
            f.agent_mail(
                c,
                t + timedelta(minutes=r.randint(10, 40)),
                W.CASE_OPENED[lang].format(case=case),
                W.SUBJ_RE[lang].format(case=case),
            )
        c.truth.update(
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            problem_event_ids=[eid],
        )
        if det:
            nps = r.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(100, 140)),
                "survey",
                "survey_response",
                W.NPS_LOW[lang],
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, nps=nps, survey_event_id=sid)
        if i in csat_i:
            v = r.randint(1, 2)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                r.choice(W.CSAT_WORD[lang]) or None,
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, csat=v, survey_event_id=sid)
        if i in good_i:
            f.agent_mail(
                c,
                t + timedelta(hours=r.uniform(1, 4)),
                W.GOOD_NEWS[lang].format(case=case),
                W.SUBJ_RE[lang].format(case=case),
            )
            c.truth["agent_fixed"] = True
        if i in apol_i:
            ta = f.daytime(t + timedelta(hours=r.uniform(16, 24)))
            aid = (
                f.add(c, ta, "chat", "chat", r.choice(W.APOLOGY[lang]))
                if r.random() < 0.5
                else f.add(
                    c,
                    ta,
                    "email",
                    "message",
                    r.choice(W.APOLOGY[lang]),
                    W.SUBJ_RE[lang].format(case=case),
                )
            )
            c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control", NONE, NONE)
        f.happy_days(c, r.randint(4, 7), list(range(12)))
    f.write({"detractor": 6})


CHANS = ("email", "chat", "phone", "web", "social")


def contact(f: Fam, c: Cust, t: datetime, ch: str, text: str, case: str | None, lang: str) -> str:
    if ch == "email":
        return f.add(
            c,
            t,
            "email",
            "message",
            text,
            W.SUBJ_RE[lang].format(case=case)
            if case
            else W.SUBJ_COMPLAINT[lang].format(case="").strip(),
        )
    if ch == "chat":
        return f.add(c, t, "chat", "chat", text)
    if ch == "phone":
        words = "".join(
            ch2 for ch2 in text.lower() if ch2.isalnum() or ch2 in " -'äöüßñáéíóúàèìòùâêôãõç€%"
        )
        return f.add(c, t, "phone", "call", words)
    if ch == "web":
        return f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
    return f.add(c, t, "social", "mention", "@Plantivo " + text)


def repeat_run(
    f: Fam, c: Cust, first_day: float, n: int, escalate: bool, lang_of: list[str] | None = None
) -> None:
    r = f.rng
    prob = r.choice(W.PROBLEMS)
    case = new_case()
    comp = r.choice(COMPS)
    chans = r.sample(CHANS[:4], 1) + r.sample(CHANS, 4)
    chans = [chans[0]] + [x for x in chans[1:] if x != chans[0]]
    t = f.start + timedelta(days=first_day, hours=r.uniform(8, 19))
    eids = []
    for k in range(n):
        lang = lang_of[k % len(lang_of)] if lang_of else c.lang
        if k == 0:
            text = W.COMPLAINT[prob][lang]
        else:
            text = r.choice(W.STILL_OPEN[lang]).format(case=case) + " " + W.COMPLAINT[prob][lang]
            if k == 2:
                text += W.THIRD[lang].format(comp=comp)
            if k == 3:
                text += W.FOURTH[lang]
        eid = contact(f, c, t, chans[k], text, case if k else None, lang)
        eids.append(eid)
        if k == 0:
            if chans[0] == "chat":
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(1, 5)),
                    "chat",
                    "chat",
                    W.CASE_OPENED[lang].format(case=case),
                    out=True,
                )
            if escalate:
                f.agent_mail(
                    c,
                    t + timedelta(hours=r.uniform(1.5, 2.5)),
                    W.ESCALATED[lang].format(case=case),
                    W.SUBJ_RE[lang].format(case=case),
                )
            elif chans[0] != "chat":
                f.agent_mail(
                    c,
                    t + timedelta(minutes=r.randint(10, 40)),
                    W.CASE_OPENED[lang].format(case=case),
                    W.SUBJ_RE[lang].format(case=case),
                )
        elif chans[k] == "chat":
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 5)),
                "chat",
                "chat",
                W.ADDED[lang].format(case=case),
                out=True,
            )
        t = f.daytime(t + timedelta(hours=r.uniform(4, 40)))
        t = t.replace(hour=min(t.hour, 19))
    c.truth.update(
        problem=prob,
        booking=case,
        contacts=n,
        channels=chans[:n],
        channel=chans[0],
        problem_event_ids=eids,
        agent_passed_on=escalate,
        competitor=comp if n >= 3 else None,
        trouble_starts_at=f.rows[[x["eid"] for x in f.rows].index(eids[0])]["t"].strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        ),
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, lang1: str, lang2: str, ch: str = "web"
) -> dict[str, Any]:
    r = f.rng
    prob = r.choice(W.PROBLEMS)
    case = new_case()
    eid = contact(f, c, t, ch, W.COMPLAINT[prob][lang1], None, lang1)
    if ch == "chat":
        f.add(
            c,
            t + timedelta(minutes=3),
            "chat",
            "chat",
            W.CASE_OPENED[lang1].format(case=case),
            out=True,
        )
    else:
        f.agent_mail(
            c,
            t + timedelta(minutes=r.randint(10, 40)),
            W.CASE_OPENED[lang1].format(case=case),
            W.SUBJ_RE[lang1].format(case=case),
        )
    tf = f.daytime(t + timedelta(hours=r.uniform(3, 20)))
    f.agent_mail(c, tf, W.GOOD_NEWS[lang1].format(case=case), W.SUBJ_RE[lang1].format(case=case))
    tc = f.daytime(tf + timedelta(hours=r.uniform(8, 30)))
    cch = r.choice(("email", "chat"))
    cid = f.add(
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        r.choice(W.CONFIRM[lang2]).format(case=case),
        W.SUBJ_RE[lang2].format(case=case) if cch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        d0(2026, 3, 9),
        10,
        "repeat contacts, fixed cases, two problems, frequent writers",
        3,
    )
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    esc = set(r.sample(range(12), 6))
    for i, n in enumerate(counts):
        c = f.person(f.lang(), "repeat_contact", "repeats", ("repeat_contact",), TOL_REPEAT)
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12))
        repeat_run(f, c, r.randint(1, 4), n, i in esc)
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", NONE, SIL)
        f.happy(c, f.at(0, 8, 12))
        p = fixed_case(
            f, c, f.at(r.randint(1, 4), 8, 19), c.lang, c.lang, r.choice(("web", "email", "chat"))
        )
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", NONE, SIL)
        d = r.randint(0, 1)
        p1 = fixed_case(f, c, f.at(d, 8, 18), c.lang, c.lang, "email")
        p2 = fixed_case(f, c, f.at(d + r.randint(4, 5), 8, 18), c.lang, c.lang, "web")
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer", NONE, NONE)
        f.happy_days(c, r.randint(5, 8), list(range(10)))
    f.write({"repeat_contact": 12})


def slide(f: Fam, c: Cust, d_start: int, span: int, langs: list[str], nps: bool) -> None:
    r = f.rng
    comp = r.choice(COMPS)
    t = f.at(d_start, 9, 18)
    step = timedelta(days=span / 5)
    eids: list[str] = []
    for k in range(6):
        lang = langs[k % len(langs)]
        text = W.SLIDE[lang][k].format(comp=comp)
        ts = f.daytime(t + step * k + timedelta(hours=r.uniform(0, 2)))
        if eids:
            prev = f.rows[-1]["t"]
            ts = max(ts, prev + timedelta(hours=1))
            ts = f.daytime(ts)
        ch = r.choice(("social", "community", "review"))
        if ch == "social":
            eid = f.add(
                c,
                ts,
                "social",
                "mention",
                "@" + text if BRAND not in text else text.replace(BRAND, "@" + BRAND),
            )
        elif ch == "community":
            eid = f.add(c, ts, "community", "post", text)
        else:
            eid = f.add(
                c,
                ts,
                "web",
                "review",
                text,
                attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/reviews"},
            )
        eids.append(eid)
        if k == 3 and nps:
            v = r.randint(1, 5)
            sid = f.add(
                c,
                f.daytime(ts + timedelta(hours=r.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                W.NPS_LOW[lang],
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, nps=v, survey_event_id=sid)
    first_t = next(x["t"] for x in f.rows if x["eid"] == eids[0])
    c.truth.update(
        slide_event_ids=eids, slide_days=span, competitor=comp, trouble_starts_at=iso(first_t)
    )


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        d0(2026, 4, 13),
        32,
        "slow slides, leavers, steady, grumpy, sarcastic",
        4,
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    nps_i = set(r.sample(range(10), 5))
    for i in range(10):
        det = i in nps_i
        c = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            ("sentiment_drop", "detractor") if det else ("sentiment_drop",),
            TOL_SLIDER,
        )
        for d in sorted(r.sample(range(11), r.randint(4, 5))):
            txt = r.choice(W.PRAISE[c.lang])
            f.add(c, f.at(d, 8, 20), "community", "post", txt)
        f.happy_days(c, r.randint(2, 4), list(range(11)))
        slide(f, c, r.randint(12, 16), spans[i], [c.lang], det)
    for _ in range(5):
        c = f.person(f.lang(), "slow_churner", "asks to cancel", ("churn_intent",), TOL_LEAVER)
        f.happy_days(c, r.randint(4, 6), list(range(16)))
        t = f.at(r.randint(17, 23), 8, 19)
        eid = f.add(c, t, "email", "message", W.CANCEL[c.lang], "Plantivo Club")
        f.agent_mail(
            c, t + timedelta(hours=r.uniform(1, 5)), W.SORRY_GO[c.lang], "RE: Plantivo Club"
        )
        tc = f.daytime(t + timedelta(hours=r.uniform(20, 30)))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/club/cancel", "product": "Plantivo Club"},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady", NONE, NONE)
        f.happy_days(c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", NONE, ("repeat_contact", "silence"))
        dg = float(r.randint(0, 4))
        gids = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(("social", "community", "web", "review"))
            txt = r.choice(W.GRUMBLE[c.lang])
            t = f.at(dg, 8, 20)
            if ch == "social":
                gids.append(f.add(c, t, "social", "mention", "@Plantivo " + txt))
            elif ch == "community":
                gids.append(f.add(c, t, "community", "post", txt))
            elif ch == "web":
                gids.append(f.add(c, t, "web", "ticket", txt, attrs={"page": "/help/contact"}))
            else:
                gids.append(
                    f.add(c, t, "web", "review", txt, attrs={"rating": "3", "page": "/reviews"})
                )
            dg += r.randint(1, 3)
        c.truth.update(
            grumble_event_ids=gids,
            trouble_starts_at=iso(next(x["t"] for x in f.rows if x["eid"] == gids[0])),
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", NONE, SIL)
        f.happy_days(c, r.randint(3, 6), list(range(16)))
        t = f.at(r.randint(17, 28), 9, 20)
        sid = f.add(c, t, "social", "mention", "@Plantivo " + W.SARCASM[c.lang])
        c.truth.update(sarcasm_event_id=sid)
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", "QH", d0(2026, 6, 5), 3, "a calm weekend with night-owl bursts", 5)
    r = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer", NONE, NONE)
        for d in sorted(r.sample(range(3), r.randint(1, 3))):
            f.happy(c, f.at(d, 7, 17.5))
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", NONE, SIL)
        t = f.at(r.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/studios"})
        t2 = t + timedelta(minutes=r.randint(20, 30))
        txt = r.choice(W.MILD[c.lang])
        if i < 2:
            g = f.add(c, t2, "chat", "chat", txt)
            f.add(
                c,
                t2 + timedelta(minutes=r.randint(1, 5)),
                "chat",
                "chat",
                W.ANSWER[c.lang],
                out=True,
            )
        else:
            g = f.add(c, t2, "web", "ticket", txt, attrs={"page": "/help/contact"})
            case = new_case()
            f.agent_mail(
                c,
                t2 + timedelta(minutes=r.randint(10, 40)),
                W.CASE_OPENED[c.lang].format(case=case),
                W.SUBJ_RE[c.lang].format(case=case),
            )
        c.truth.update(grumble_event_id=g, trouble_starts_at=iso(t2))
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=r.randint(28, 33)),
            b0 + timedelta(minutes=r.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {b + 1}", NONE, NONE)
                t = bs + timedelta(minutes=r.randint(0, 9), seconds=r.randint(0, 59))
                if r.random() < 0.5:
                    nid = f.add(c, t, "chat", "chat", r.choice(W.QUESTION[c.lang]))
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(1, 4)),
                        "chat",
                        "chat",
                        W.ANSWER[c.lang],
                        out=True,
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(5, 8)),
                        "chat",
                        "chat",
                        r.choice(W.THANKS[c.lang]),
                    )
                else:
                    nid = f.add(c, t, "community", "post", r.choice(W.NIGHT[c.lang]))
                c.truth.update(burst_at=iso(bs), night_event_id=nid)
                if r.random() < 0.5:
                    f.happy(c, f.at(r.randint(0, 2), 9, 17.5))
    f.write({})


PAIRS = (
    [("es", "de"), ("de", "es")] * 4
    + [("es", "en"), ("en", "es"), ("de", "en")] * 2
    + [
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


def bilingual() -> None:
    f = Fam("bilingual", "BL", d0(2026, 7, 6), 14, "customers alternating two languages", 6)
    r = f.rng
    pairs = list(PAIRS)
    r.shuffle(pairs)
    reserved = pairs.pop(pairs.index(("es", "de")))

    def who(
        persona: str, habit: str, exp: tuple[str, ...], tol: tuple[str, ...]
    ) -> tuple[Cust, list[str]]:
        a, b = pairs.pop()
        c = f.person(
            a,
            persona,
            habit,
            exp,
            tol,
            market=r.choice(W.MARKETS[a] + W.MARKETS[b]),
            languages=[a, b],
            job_second_language=r.choice(
                ("partner's language", "grew up there", "works across the border", "studied there")
            ),
        )
        return c, [a, b]

    def alt(c: Cust, langs: list[str], n: int, days: list[int]) -> None:
        for k, d in enumerate(sorted(r.choice(days) for _ in range(n))):
            c.truth["_cur"] = langs[k % 2]
            f.happy(c, f.at(d, 8, 19))
        c.truth["_cur"] = langs[0]

    for _ in range(12):
        c, ls = who("happy", "alternates languages", NONE, NONE)
        alt(c, ls, r.randint(5, 8), list(range(14)))
    for n in (2, 2, 3, 3, 4):
        c, ls = who("repeat_contact", "repeats", ("repeat_contact",), TOL_REPEAT)
        alt(c, ls, r.randint(1, 3), [0, 1])
        repeat_run(f, c, r.randint(2, 5), n, n >= 3, ls)
    for _ in range(5):
        c, ls = who("slow_churner", "slides", ("sentiment_drop",), TOL_SLIDER)
        for k, d in enumerate(sorted(r.sample(range(6), 5))):
            f.add(c, f.at(d, 8, 20), "community", "post", r.choice(W.PRAISE[ls[k % 2]]))
        alt(c, ls, r.randint(1, 3), list(range(6)))
        slide(f, c, r.randint(7, 8), r.randint(3, 5), ls, False)
    for k in range(3):
        if k == 0:
            pairs.append(reserved)
        c, ls = who("happy_one_bad_day", "one bad day", NONE, SIL)
        alt(c, ls, r.randint(2, 4), [0, 1, 2, 10, 11, 12, 13])
        lang = ls[1]
        prob = r.choice(W.PROBLEMS)
        case = new_case()
        t = f.at(r.randint(5, 7), 9, 18)
        if k == 0:
            eid = f.add(
                c,
                t,
                "email",
                "message",
                r.choice(W.LONG_EMAIL["de"]).format(
                    complaint=W.COMPLAINT[prob]["de"], name=c.name.split()[0]
                ),
                W.SUBJ_COMPLAINT["de"].format(case="").strip(),
            )
        elif k == 1:
            eid = f.add(
                c,
                t,
                "email",
                "message",
                W.COMPLAINT[prob][lang],
                W.SUBJ_COMPLAINT[lang].format(case="").strip(),
            )
        else:
            eid = f.add(c, t, "chat", "chat", W.COMPLAINT[prob][lang])
            f.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                W.CASE_OPENED[lang].format(case=case),
                out=True,
            )
        if k < 2:
            f.agent_mail(
                c,
                t + timedelta(minutes=r.randint(10, 40)),
                W.CASE_OPENED[lang].format(case=case),
                W.SUBJ_RE[lang].format(case=case),
            )
            f.agent_mail(
                c,
                t + timedelta(hours=r.uniform(1, 4)),
                W.GOOD_NEWS[lang].format(case=case),
                W.SUBJ_RE[lang].format(case=case),
            )
        if k == 1:
            ta = f.daytime(t + timedelta(hours=r.uniform(18, 24)))
            aid = f.add(c, ta, "chat", "chat", r.choice(W.APOLOGY[lang]))
            c.truth.update(apologised=True, apology_event_id=aid, apology_at=iso(ta))
        c.truth.update(
            problem=prob,
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=lang,
            long_email=k == 0,
            trouble_starts_at=iso(t),
        )
    for _ in range(2):
        c, ls = who("resolved_between_contacts", "fixed", NONE, SIL)
        alt(c, ls, 2, [0, 1, 2])
        p = fixed_case(f, c, f.at(r.randint(4, 8), 9, 17), ls[0], ls[1], "web")
        c.truth.update(problems=[p], confirm_language=ls[1], trouble_starts_at=p["raised_at"])
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


COMPANIES = [
    ("Logistik Brandl GmbH", "warehouse", "de", "DE"),
    ("Klinikum Seewald", "hospital", "de", "DE"),
    ("Transportes Ibarra SL", "haulage", "es", "ES"),
    ("Hotel Miramar Gijón", "hotel", "es", "ES"),
    ("Bauhof Stadt Weilheim", "municipality", "de", "DE"),
    ("Limpiezas Arce", "cleaning", "es", "ES"),
    ("Postverteilzentrum Linz", "parcel hub", "de", "AT"),
    ("Ashworth Catering Ltd", "catering", "en", "UK"),
    ("Boulangeries Morel", "bakery", "fr", "FR"),
    ("Ferri Costruzioni", "construction", "it", "IT"),
    ("Pinheiro & Filhos", "warehouse", "pt", "PT"),
    ("Seidl Gastro AG", "catering", "de", "CH"),
    ("Residencia Villar", "care home", "es", "ES"),
    ("Supermercados Quiroga", "retail", "es", "ES"),
    ("Doyle Builders", "construction", "en", "IE"),
]
JOBS = (
    "HR manager",
    "Health and safety officer",
    "Office manager",
    "Shift lead",
    "Purchasing",
    "Site manager",
)


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        "BB",
        d0(2026, 8, 3),
        14,
        "Plantivo Work accounts: at risk, one unhappy, mild, happy",
        7,
    )
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    risk_n = [3, 3, 3, 4, 4]
    risk_prob = ["portal", "late_batch", "invoice", "invoice", "overbilled"]
    for a_i, kind in enumerate(kinds):
        comp, site, lang, market = COMPANIES[a_i]
        acc = f"PVW-{market}-{4100 + a_i * 13}"
        domain = ascii_name(comp.split()[0] + comp.split()[1]) + ".example"
        n_cont = {
            "at_risk": r.randint(4, 6),
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": r.randint(3, 4),
        }[kind]
        n_bad = risk_n[a_i] if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        n_mild = 2 if kind == "mild" else 0
        contacts: list[Cust] = []
        unhappy: list[str] = []
        firsts: set[str] = set()
        tol: tuple[str, ...]
        for j in range(n_cont):
            role = "complainer" if j < n_bad else ("suggests" if j < n_mild else "contact")
            if kind == "at_risk" and role == "complainer":
                exp: tuple[str, ...] = ("repeat_contact",) if j == n_bad - 1 else ("detractor",)
                persona, tol = "b2b_unhappy", TOL_B2B_RISK
            elif role == "complainer":
                exp, persona, tol = ("detractor",), "b2b_one_unhappy", TOL_B2B_ONE
            elif role == "suggests":
                exp, persona, tol = NONE, "b2b_mild", SIL
            else:
                exp, persona, tol = NONE, "b2b_happy", NONE
            c = f.person(
                lang,
                persona,
                role,
                exp,
                tol,
                market=market,
                account=acc,
                domain=domain,
                company=comp,
                role=role,
                job_title=JOBS[j % len(JOBS)],
                job=JOBS[j % len(JOBS)],
            )
            fn = c.name.split()[0]
            if fn in firsts:
                c.truth["name"] = c.name = (
                    f"{W.FIRST[lang][(W.FIRST[lang].index(fn) + j) % len(W.FIRST[lang])]} {c.name.split()[1]}"
                )
            firsts.add(c.name.split()[0])
            contacts.append(c)
            if role == "complainer":
                unhappy.append(c.key)
            # routine acts
            if role == "contact":
                for d in sorted(r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 4))):
                    f.happy(c, f.at(d, 8, 16.5))
                if r.random() < 0.5:
                    s = r.choice(("nps", "csat", "ces"))
                    f.add(
                        c,
                        f.at(r.choice([4, 9, 10]), 9, 16),
                        "survey",
                        "survey_response",
                        None,
                        scores={s: {"nps": 10, "csat": 5, "ces": 7}[s]},
                        attrs={"survey": s},
                    )
            else:
                for _ in range(r.randint(0, 2)):
                    d = r.choice([0, 1])
                    f.add(c, f.at(d, 8, 16), "web", "page_view", attrs={"page": "/work/portal"})
        acct: dict[str, Any] = {
            "company": comp,
            "site": site,
            "contacts": n_cont,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": n_bad,
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": risk_prob[a_i] if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            prob = risk_prob[a_i]
            case = new_case()
            t = f.start + timedelta(days=2, hours=r.uniform(8, 11))
            acct["trouble_starts_at"] = iso(t)
            first = contacts[0]
            first_t = t
            for j in range(n_bad):
                c = contacts[j]
                text = W.B2B_COMPLAINT[prob][lang]
                if j:
                    text = (
                        W.B2B_FOLLOW[lang].format(
                            first=first.name.split()[0],
                            day=W.WEEKDAY[lang][first_t.weekday()],
                            case=case,
                        )
                        + text
                    )
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    W.SUBJ_RE[lang].format(case=case)
                    if j
                    else W.SUBJ_COMPLAINT[lang].format(case="").strip(),
                )
                if j == 0:
                    f.agent_mail(
                        c,
                        t + timedelta(minutes=r.randint(15, 50)),
                        W.CASE_OPENED[lang].format(case=case),
                        W.SUBJ_RE[lang].format(case=case),
                    )
                eids = [eid]
                if j < n_bad - 1:
                    v = r.randint(1, 5)
                    sid = f.add(
                        c,
                        t + timedelta(hours=r.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(nps_given=True, nps=v, survey_event_id=sid)
                else:
                    t2 = f.daytime(t + timedelta(hours=r.uniform(18, 40)), office=True)
                    if a_i == 0 and lang in W.B2B_LAST_MAIL:
                        comp_name = r.choice(COMPS)
                        eids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                W.B2B_LAST_MAIL[lang].format(case=case, comp=comp_name),
                                W.SUBJ_RE[lang].format(case=case),
                            )
                        )
                        c.truth["competitor"] = comp_name
                    else:
                        eids.append(
                            f.add(c, t2, "phone", "call", W.B2B_LAST_CALL[lang].format(case=case))
                        )
                c.truth.update(
                    complaint_event_ids=eids, booking=case, problem=prob, trouble_starts_at=iso(t)
                )
                t = f.daytime(t + timedelta(hours=r.uniform(8, 28)), office=True)
        elif kind == "one_unhappy":
            c = contacts[0]
            prob = r.choice(W.B2B_PROBLEMS)
            case = new_case()
            t = f.daytime(f.at(r.randint(3, 7), 8, 16), office=True)
            eid = f.add(
                c,
                t,
                "email",
                "message",
                W.B2B_COMPLAINT[prob][lang],
                W.SUBJ_COMPLAINT[lang].format(case="").strip(),
            )
            f.agent_mail(
                c,
                t + timedelta(minutes=r.randint(15, 50)),
                W.CASE_OPENED[lang].format(case=case),
                W.SUBJ_RE[lang].format(case=case),
            )
            v = r.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(hours=r.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                complaint_event_ids=[eid],
                booking=case,
                problem=prob,
                nps_given=True,
                nps=v,
                survey_event_id=sid,
                trouble_starts_at=iso(t),
            )
        elif kind == "mild":
            for j in range(2):
                c = contacts[j]
                t = f.daytime(f.at(r.randint(2, 9), 8, 16), office=True)
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    r.choice(W.B2B_MILD[lang]),
                    attrs={"page": "/work/feedback"},
                )
                case = new_case()
                f.agent_mail(
                    c,
                    t + timedelta(minutes=r.randint(20, 90)),
                    W.CASE_OPENED[lang].format(case=case),
                    W.SUBJ_RE[lang].format(case=case),
                )
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
        f.accounts[acc] = acct
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam("topic_spike", "TS", d0(2026, 9, 14), 7, "a calm week and a Saturday-morning spike", 8)
    r = f.rng
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer", NONE, NONE)
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            f.happy(c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 19))
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", NONE, SIL)
        t = f.at(0, 9, 17)
        g = f.add(c, t, "chat", "chat", r.choice(W.GRUMBLE[c.lang]))
        f.add(c, t + timedelta(minutes=3), "chat", "chat", W.ANSWER[c.lang], out=True)
        c.truth.update(grumble_event_id=g, trouble_starts_at=iso(t))
    for lang, hm in (("es", (9, 40)), ("de", (16, 5))):
        c = f.person(lang, "grumbles_once", "lone question", NONE, SIL)
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        g = f.add(c, t, "chat", "chat", W.LONE_Q[lang])
        f.add(c, t + timedelta(minutes=4), "chat", "chat", W.LONE_A[lang], out=True)
        c.truth.update(lone_report_event_id=g, trouble_starts_at=iso(t))
    s0 = f.start + timedelta(days=5, hours=8, minutes=20)
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    offs = [0, 45, *sorted(r.randint(1, 44) for _ in range(18))]
    offs.sort()
    early = [i for i, o in enumerate(offs) if o <= 25]
    rep = set(r.sample(early, 6))
    rest = [i for i in range(20) if i not in rep]
    fixed = set(r.sample(rest, 6))
    again_ch = ["email", "email", "chat", "chat", "community", "community"]
    keys, eids, reps = [], [], []
    for i in range(20):
        lang = langs[i]
        regular = i < 12
        c = f.person(
            lang,
            "spike_repeater" if i in rep else "spike_reporter",
            "regular" if regular else "new",
            ("repeat_contact",) if i in rep else NONE,
            ("silence", "sentiment_drop") if i in rep else SIL,
            market="UK" if lang == "en" else None,
            in_spike=True,
            regular=regular,
        )
        if regular:
            for _ in range(r.randint(1, 2)):
                f.happy(c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i], seconds=0 if offs[i] in (0, 45) else r.randint(0, 59))
        txt = r.choice(W.SPIKE[lang]).format(code=CODE)
        ch = chans[i]
        if ch == "social":
            eid = f.add(c, t, "social", "mention", "@Plantivo " + txt)
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", txt)
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 3)),
                "chat",
                "chat",
                W.SPIKE_CHAT[lang],
                out=True,
            )
        elif ch == "community":
            eid = f.add(c, t, "community", "post", txt)
        elif ch == "email":
            eid = f.add(
                c,
                t,
                "email",
                "message",
                txt,
                {
                    "de": "Scan Fehler",
                    "es": "Error escaneo",
                    "en": "Scan error",
                    "fr": "Erreur scan",
                    "it": "Errore scansione",
                    "pt": "Erro scan",
                }[lang],
            )
        else:
            eid = f.add(c, t, "web", "ticket", txt, attrs={"page": "/help/contact"})
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(spike_event_id=eid, spike_channel=ch, trouble_starts_at=iso(t))
        if i in rep:
            ch2 = next(x for x in again_ch if x != ch)
            again_ch.remove(ch2)
            t2 = t + timedelta(minutes=r.randint(15, 50))
            t2 = min(t2, s0 + timedelta(minutes=44))
            t2 = max(t2, t + timedelta(minutes=15))
            rid = (
                contact(f, c, t2, ch2, W.SPIKE_AGAIN[lang].format(code=CODE), None, lang)
                if ch2 != "community"
                else f.add(c, t2, "community", "post", W.SPIKE_AGAIN[lang].format(code=CODE))
            )
            if ch2 == "chat":
                f.add(c, t2 + timedelta(minutes=2), "chat", "chat", W.SPIKE_CHAT[lang], out=True)
            reps.append(rid)
            c.truth["repeat_event_id"] = rid
        if i in fixed:
            f.add(
                c,
                s0.replace(hour=11, minute=8) + timedelta(minutes=r.randint(0, 9)),
                "email",
                "message",
                W.SPIKE_FIXED[lang],
                {
                    "de": "Scan funktioniert wieder",
                    "es": "El escaneo ya funciona",
                    "en": "Scans are working again",
                    "fr": "Le scan refonctionne",
                    "it": "La scansione funziona",
                    "pt": "O scan já funciona",
                }[lang],
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"insole app foot-scan upload fails at 99 % in the app and at studio scanners: no order can be placed, error {CODE}",
        "about": "scan upload outage",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})


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
    for fam in FAMILIES:
        fam()


if __name__ == "__main__":
    main()
