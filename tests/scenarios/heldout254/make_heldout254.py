"""Build heldout254 (Rolvetta): eight hand-written families, standard library only."""

# ruff: noqa: E501
from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import wording as W  # noqa: E402

SEED = 20260254
LANGS = ["it", "fr", "en", "de", "pt", "es"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "it": ["IT", "IT", "CH"],
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "en": ["UK", "IE"],
    "de": ["DE", "AT", "CH"],
    "pt": ["PT"],
    "es": ["ES"],
}
PHONE = {
    "IT": "+39 3",
    "CH": "+41 7",
    "FR": "+33 6",
    "BE": "+32 4",
    "LU": "+352 6",
    "UK": "+44 7",
    "IE": "+353 8",
    "DE": "+49 15",
    "AT": "+43 66",
    "PT": "+351 9",
    "ES": "+34 6",
}
FIRST = {
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Davide", "Sara", "Matteo"],
    "fr": ["Camille", "Julien", "Manon", "Thomas", "Léa", "Nicolas", "Chloé", "Antoine"],
    "en": ["Emma", "James", "Olivia", "Liam"],
    "de": ["Anna", "Jonas", "Lena", "Felix"],
    "pt": ["Inês", "João", "Beatriz", "Tiago"],
    "es": ["Lucía", "Pablo", "Marta", "Diego"],
}
LAST = {
    "it": ["Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Gallo", "Conti", "Marino"],
    "fr": ["Martin", "Bernard", "Dubois", "Laurent", "Moreau", "Girard", "Roux", "Fournier"],
    "en": ["Smith", "Walsh", "Taylor", "Byrne"],
    "de": ["Müller", "Schmidt", "Weber", "Wagner"],
    "pt": ["Silva", "Santos", "Costa", "Pereira"],
    "es": ["García", "López", "Martín", "Ruiz"],
}
COMPETITORS = ["Koffrix", "Malettara"]
AGENTS = ["Elisa", "Margaux", "Ruth", "Tobias", "Rui", "Nuria"]
TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_SLIDE = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_CANCEL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_B2B = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
SOURCE = {
    "email": "rolvetta-mail",
    "phone": "rolvetta-voice",
    "social": "rolvetta-social",
    "community": "rolvetta-forum",
    "chat": "rolvetta-chat",
    "web": "rolvetta-web",
    "survey": "rolvetta-survey",
}
USED: set[str] = set()


def strip_accents(text: str) -> str:
    table = str.maketrans("àáâãäçèéêëìíîïòóôõöùúûüÀÉÈ", "aaaaaceeeeiiiiooooouuuuAEE")
    return text.translate(table)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    email: str
    phone: str
    handle: str
    account: str | None = None
    truth: dict[str, Any] = field(default_factory=dict)


@dataclass
class Row:
    at: datetime
    cust: Cust
    channel: str
    kind: str
    text: str | None
    out: bool
    subject: str | None = None
    scores: dict[str, int] = field(default_factory=dict)
    attrs: dict[str, str] = field(default_factory=dict)
    eid: str = ""


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0

    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
    ) -> Cust:
        r = self.rng
        lang = lang or r.choices(LANGS, WEIGHTS)[0]
        market = market or r.choice(MARKETS[lang])
        first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
        key = self.uniq(lambda: f"RV{self.code.upper()}{r.randint(1000, 9999)}")
        base = strip_accents(f"{first}.{last}").lower().replace("ü", "ue")
        email = self.uniq(
            lambda: (
                f"{base}{r.randint(1, 99)}@{r.choice(['posta', 'mail', 'courriel', 'web'])}.example"
            )
        )
        phone = self.uniq(lambda: PHONE[market] + "".join(str(r.randint(0, 9)) for _ in range(8)))
        handle = self.uniq(
            lambda: (
                "@"
                + strip_accents(f"{last}_{first}").lower().replace("ü", "ue")
                + str(r.randint(1, 999))
            )
        )
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": None if account else handle,
                "account_id": account,
            },
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": c.name,
        }
        self.custs.append(c)
        return c

    def say(self, table: W.T, lang: str, **kw: str) -> str:
        text: str = self.rng.choice(table[lang])
        for k, v in kw.items():
            text = text.replace("{" + k + "}", v)
        return text

    def add(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        **attrs: str,
    ) -> Row:
        if text and not out and channel not in ("phone", "survey"):
            x = self.rough.random()
            if x < 0.1:
                text = strip_accents(text)
            elif x < 0.2 and text[:1].isupper():
                text = text[0].lower() + text[1:]
        if out:
            attrs.setdefault("agent", self.rng.choice(AGENTS))
        attrs["market"] = c.market
        if c.account:
            attrs["segment"] = "b2b"
        row = Row(at, c, channel, kind, text, out, subject, scores or {}, attrs)
        self.count += 1
        row.eid = f"h254-{self.code}-{self.count:05d}"
        self.rows.append(row)
        return row

    def day(self, d: float, h0: float = 8, h1: float = 19) -> datetime:
        return self.start + timedelta(days=int(d), hours=self.rng.uniform(h0, h1))

    def ref(self) -> str:
        return self.uniq(lambda: f"RV/{self.rng.randint(10, 99)}-{self.rng.randint(1000, 9999)}")

    def happy_act(self, c: Cust, at: datetime) -> None:
        r, lang = self.rng, c.lang
        k = r.randrange(6)
        if k == 0:
            self.add(
                c,
                at,
                "social",
                "mention",
                "@" + self.say(W.PRAISE, lang).replace("Rolvetta", "Rolvetta", 1)
                if "Rolvetta" not in self.say(W.PRAISE, lang)
                else self.say(W.PRAISE, lang).replace("Rolvetta", "@Rolvetta"),
            )
        elif k == 1:
            self.add(
                c,
                at,
                "community",
                "post",
                self.say(W.GRIPE_PRAISE if r.random() < 0.3 else W.PRAISE, lang),
            )
        elif k == 2:
            self.add(c, at, "chat", "chat", self.say(W.QUESTION, lang))
            self.add(
                c,
                at + timedelta(minutes=r.randint(1, 6)),
                "chat",
                "chat",
                self.say(W.ANSWER, lang, agent=r.choice(AGENTS)),
                out=True,
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    at + timedelta(minutes=r.randint(7, 12)),
                    "chat",
                    "chat",
                    self.say(W.THANKS, lang),
                )
        elif k == 3:
            self.add(c, at, "web", "page_view", page="/repairs")
            self.add(
                c,
                at + timedelta(minutes=r.randint(3, 20)),
                "web",
                "purchase",
                order_value=f"{r.randint(35, 120)}.00",
                currency="GBP" if c.market in ("UK",) else "CHF" if c.market == "CH" else "EUR",
                product=r.choice(
                    [
                        "Wheel replacement / Sostituzione ruota",
                        "Zip repair / Réparation fermeture",
                        "Telescopic handle / Manico telescopico",
                        "Shell crack / Coque fendue",
                    ]
                ),
                page="/checkout",
            )
        elif k == 4:
            self.add(
                c,
                at,
                "web",
                "review",
                self.say(W.PRAISE, lang),
                rating=str(r.choice([4, 5, 5])),
                page="/reviews",
            )
        else:
            self.add(
                c,
                at,
                "survey",
                "survey_response",
                self.say(W.SURVEY_WORD, lang) or None,
                scores=r.choice(
                    [{"nps": r.randint(9, 10)}, {"csat": r.randint(4, 5)}, {"ces": r.randint(6, 7)}]
                ),
                survey="nps",
            )

    def happy_days(self, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 19) -> None:
        for d in self.rng.sample(days, min(n, len(days))):
            self.happy_act(c, self.day(d, h0, h1))

    def complaint(
        self, c: Cust, at: datetime, channel: str, problem: str, long: bool = False
    ) -> Row:
        lang, text = c.lang, self.say(W.PROBLEM[problem], c.lang)
        if long:
            text = self.say(W.LONG, lang, problem=text)
        if channel == "email":
            return self.add(
                c,
                at,
                "email",
                "message",
                text,
                subject=f"{W.COMPLAINT_SUBJECT[lang]}: {problem.replace('_', ' ')}",
            )
        if channel == "phone":
            return self.add(
                c,
                at,
                "phone",
                "call",
                text.lower().replace("?", "").replace("!", "").replace(".", ""),
            )
        if channel == "social":
            return self.add(c, at, "social", "mention", "@Rolvetta " + text)
        if channel == "web":
            return self.add(c, at, "web", "ticket", text, page="/help/contact")
        return self.add(c, at, channel, "chat" if channel == "chat" else "post", text)

    def reply(self, c: Cust, at: datetime, table: W.T, channel: str = "email", **kw: str) -> Row:
        at = morning(at)
        kind = "chat" if channel == "chat" else "message"
        subj = (
            W.REF_SUBJECT[c.lang].replace("{ref}", kw.get("ref", ""))
            if channel == "email"
            else None
        )
        return self.add(
            c,
            at,
            channel,
            kind,
            self.say(table, c.lang, agent=self.rng.choice(AGENTS), **kw),
            out=True,
            subject=subj,
        )

    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r.at, r.eid))
        seen: set[str] = set()
        lines = []
        for row in self.rows:
            c = row.cust
            full = row.out or c.key not in seen
            if not row.out:
                seen.add(c.key)
            if full:
                ref: dict[str, str | None] = {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": None if c.account else c.handle,
                }
            elif row.channel == "phone":
                ref = {"phone": c.phone}
            elif row.channel in ("social", "community"):
                ref = (
                    {"email": c.email}
                    if c.account
                    else {"handle": c.handle if self.rough.random() > 0.2 else c.handle[1:]}
                )
            elif row.channel == "email":
                ref = {"email": c.email.upper() if self.rough.random() < 0.08 else c.email}
            else:
                ref = {"customer_id": c.key}
            ref["account_id"] = c.account
            lines.append(
                json.dumps(
                    {
                        "event_id": row.eid,
                        "occurred_at": row.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "channel": row.channel,
                        "kind": row.kind,
                        "direction": "outbound" if row.out else "inbound",
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
        custs = {c.key: c.truth for c in self.custs}
        got: dict[str, int] = {}
        for c in self.custs:
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{c.key}: expected and tolerated")
            if c.key not in seen:
                raise SystemExit(f"{c.key}: no inbound touchpoint")
            for rule in c.truth["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        if got != expected:
            raise SystemExit(f"{self.name}: expected {expected}, built {got}")
        last = self.rows[-1].at
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= datetime(2026, 11, 15, tzinfo=UTC):
            raise SystemExit("too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Rolvetta: suitcase and luggage repair collected by courier (app and web, Rolvetta Plus; Rolvetta Pro on account)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": custs,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def morning(t: datetime) -> datetime:
    if t.hour >= 22:
        return t.replace(hour=8, minute=t.minute % 50) + timedelta(days=1)
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute % 50)
    return t


def utc(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def happy_writers() -> None:
    f = Fam("happy_writers", "hw", 1, utc(2026, 3, 16), 10, "happy customers only")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.start + timedelta(days=d, hours=22 + f.rng.uniform(0.2, 6))
            if f.rng.random() < 0.5:
                f.add(
                    c, t, "social", "post", W.NIGHT_POST[c.lang][0].replace("Rolvetta", "@Rolvetta")
                )
            else:
                f.add(c, t, "chat", "chat", f.say(W.NIGHT_Q, c.lang))
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    f.say(W.ANSWER, c.lang, agent="Ruth"),
                    out=True,
                )
        f.happy_days(c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.add(
                c,
                f.day(d),
                "survey",
                "survey_response",
                f.say(W.SURVEY_WORD, c.lang) or None,
                scores=f.rng.choice(
                    [
                        {"nps": f.rng.randint(9, 10)},
                        {"csat": f.rng.randint(4, 5)},
                        {"ces": f.rng.randint(6, 7)},
                    ]
                ),
                survey="nps",
            )
    f.write({})


def one_bad_day() -> None:
    f = Fam("one_bad_day", "bd", 2, utc(2026, 4, 13), 12, "happy customers with one bad day")
    chans = ["email"] * 8 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    cased = 0
    for i in range(24):
        c = f.person("happy_one_bad_day", "one bad day")
        bad = 2 + i % 8
        f.happy_days(c, f.rng.randint(1, 5), [d for d in range(12) if d < bad - 1 or d > bad + 2])
        at = f.day(bad, 8, 20)
        ch = chans[i]
        row = f.complaint(c, at, ch, W.PROBLEMS[i % 6], long=i < 4)
        t = c.truth
        t.update(
            problem=W.PROBLEMS[i % 6],
            bad_day_at=iso(at),
            bad_day_event_id=row.eid,
            long_email=i < 4,
            channel=ch,
            tolerated_rules=["silence"],
            trouble_starts_at=iso(at),
            booking=None,
        )
        if ch == "social":
            continue
        ref = f.ref()
        t["booking"] = ref
        f.reply(
            c,
            at + timedelta(minutes=f.rng.randint(10, 40)),
            W.CASE_OPENED,
            "chat" if ch == "chat" else "email",
            ref=ref,
        )
        cased += 1
        if cased <= 6:
            s = f.add(
                c,
                at + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                f.say(W.LOW_WORD, c.lang) or None,
                scores={"nps": f.rng.randint(1, 5)},
                survey="nps",
            )
            t.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                nps_given=True,
                nps=s.scores["nps"],
                survey_event_id=s.eid,
            )
        elif cased <= 11:
            s = f.add(
                c,
                at + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                None,
                scores={"csat": f.rng.randint(1, 2)},
                survey="csat",
            )
            t.update(csat_given=True, csat=s.scores["csat"], survey_event_id=s.eid)
        if cased % 5 != 0:
            f.reply(c, at + timedelta(hours=f.rng.uniform(1, 4)), W.GOOD_NEWS, ref=ref)
            t["agent_fixed"] = True
        if cased % 4 == 1:
            a = f.add(
                c,
                morning(at + timedelta(hours=f.rng.uniform(16, 24))),
                "chat",
                "chat",
                f.say(W.APOLOGY, c.lang),
            )
            t.update(apologised=True, apology_at=iso(a.at), apology_event_id=a.eid)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)))
    f.write({"detractor": 6})


CH_SEQ = ["email", "chat", "phone", "web", "social"]


def contact(f: Fam, c: Cust, at: datetime, ch: str, table: W.T, ref: str, **kw: str) -> Row:
    text = f.say(table, c.lang, ref=ref, **kw)
    if ch == "email":
        return f.add(
            c, at, "email", "message", text, subject=W.REF_SUBJECT[c.lang].replace("{ref}", ref)
        )
    if ch == "phone":
        return f.add(c, at, "phone", "call", text.lower().replace(".", "").replace("?", ""))
    if ch == "social":
        return f.add(c, at, "social", "mention", "@Rolvetta " + text)
    if ch == "web":
        return f.add(c, at, "web", "ticket", text, page="/help/contact")
    return f.add(c, at, "chat", "chat", text)


def repeat_run(
    f: Fam, c: Cust, first_day: int, times: int, quality: bool, alt: Cust | None = None
) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    at = f.day(first_day, 8, 19)
    ch0 = r.choice(["web", "email", "chat", "phone"])
    first = f.complaint(c, at, ch0, problem)
    ref = f.ref()
    f.reply(
        c,
        at + timedelta(minutes=r.randint(10, 40)),
        W.CASE_OPENED,
        "chat" if ch0 == "chat" else "email",
        ref=ref,
    )
    if quality:
        f.reply(c, at + timedelta(hours=r.uniform(1.5, 2.5)), W.QUALITY_LEAD, ref=ref)
    ids = [first.eid]
    others = [x for x in CH_SEQ if x != ch0]
    r.shuffle(others)
    comp = r.choice(COMPETITORS) if times >= 3 else None
    for n in range(2, times + 1):
        at = morning(at + timedelta(hours=r.uniform(4, 40)))
        table = W.FOURTH if n == 4 else W.THIRD if n == 3 else W.STILL_OPEN
        ch = others[n - 2]
        row = contact(f, c, at, ch, table, ref, comp=comp or "")
        ids.append(row.eid)
        if ch == "chat":
            f.reply(c, at + timedelta(minutes=3), W.URGENT, "chat", ref=ref)
    c.truth.update(
        persona="repeat_contact",
        habit="repeats",
        problem=problem,
        booking=ref,
        contacts=times,
        channels=[ch0, *others[: times - 1]],
        problem_event_ids=ids,
        agent_passed_on=quality,
        competitor=comp,
        expected_rules=["repeat_contact"],
        tolerated_rules=TOL_REPEAT,
        trouble_starts_at=iso(first.at),
    )


def fixed_case(f: Fam, c: Cust, d: int, problem: str) -> dict[str, Any]:
    r = f.rng
    at = f.day(d, 8, 18)
    ch = r.choice(["web", "email"])
    first = f.complaint(c, at, ch, problem)
    ref = f.ref()
    f.reply(c, at + timedelta(minutes=r.randint(10, 40)), W.CASE_OPENED, ref=ref)
    fx = f.reply(c, at + timedelta(hours=r.uniform(3, 20)), W.GOOD_NEWS, ref=ref)
    conf_ch = r.choice(["email", "chat"])
    cf = contact(f, c, morning(fx.at + timedelta(hours=r.uniform(8, 30))), conf_ch, W.CONFIRM, ref)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(at),
        "fixed_at": iso(fx.at),
        "confirmed_at": iso(cf.at),
        "problem_event_ids": [first.eid],
        "confirm_event_id": cf.eid,
        "channel": ch,
        "confirm_channel": conf_ch,
    }


def repeat_contacts() -> None:
    f = Fam("repeat_contacts", "rc", 3, utc(2026, 5, 25), 10, "repeat contacts and controls")
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        f.happy_days(c, f.rng.randint(1, 3), [0], 7, 12)
        repeat_run(f, c, 1 + i % 4, 2 + i % 3, quality=i % 2 == 0)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        case = fixed_case(f, c, f.rng.randint(1, 4), f.rng.choice(W.PROBLEMS))
        c.truth.update(
            problems=[case], tolerated_rules=["silence"], trouble_starts_at=case["raised_at"]
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems")
        p1, p2 = f.rng.sample(W.PROBLEMS, 2)
        a = fixed_case(f, c, 1, p1)
        b = fixed_case(f, c, 5 + f.rng.randint(0, 1), p2)
        c.truth.update(
            problems=[a, b], tolerated_rules=["silence"], trouble_starts_at=a["raised_at"]
        )
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    f.write({"repeat_contact": 12})


def slide(f: Fam, c: Cust, d0: int, span: int, langs: list[str] | None = None) -> list[Row]:
    comp = f.rng.choice(COMPETITORS)
    rows = []
    at = f.day(d0, 9, 12)
    for i in range(6):
        lang = langs[i % 2] if langs else c.lang
        text = W.SLIDE[lang][i].replace("{comp}", comp)
        at = morning(
            max(
                at + timedelta(hours=1),
                f.start + timedelta(days=d0 + span * i / 5, hours=f.rng.uniform(9, 20)),
            )
        )
        ch = f.rng.choice(["social", "community", "web"])
        if ch == "social":
            rows.append(f.add(c, at, "social", "post", "@Rolvetta " + text))
        elif ch == "community":
            rows.append(f.add(c, at, "community", "post", text))
        else:
            rows.append(
                f.add(
                    c, at, "web", "review", text, rating=str([3, 3, 2, 2, 1, 1][i]), page="/reviews"
                )
            )
    c.truth.update(
        persona="slow_churner",
        habit="slides",
        slide_event_ids=[r.eid for r in rows],
        slide_days=span,
        competitor=comp,
        expected_rules=["sentiment_drop"],
        tolerated_rules=TOL_SLIDE,
        trouble_starts_at=iso(rows[0].at),
    )
    return rows


def praise_posts(f: Fam, c: Cust, n: int, days: int, langs: list[str] | None = None) -> None:
    for i, d in enumerate(sorted(f.rng.sample(range(days), n))):
        lang = langs[i % 2] if langs else c.lang
        f.add(c, f.day(d, 8, 20), "community", "post", f.say(W.PRAISE, lang))


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "sc",
        4,
        utc(2026, 6, 29),
        32,
        "slow churners, leavers, steady and grumpy customers",
    )
    for i in range(10):
        c = f.person("slow_churner", "slides")
        praise_posts(f, c, f.rng.randint(4, 5), 11)
        f.happy_days(c, f.rng.randint(2, 4), list(range(11)))
        rows = slide(f, c, 12 + i % 5, [3, 5, 5, 5, 5, 5, 9, 9, 9, 9][i])
        if i % 2 == 0:
            s = f.add(
                c,
                morning(rows[3].at + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                survey="nps",
            )
            c.truth.update(
                nps_given=True,
                nps=s.scores["nps"],
                survey_event_id=s.eid,
                expected_rules=["sentiment_drop", "detractor"],
            )
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)))
        at = f.day(f.rng.randint(17, 23), 9, 18)
        q = f.add(c, at, "email", "message", f.say(W.CANCEL, c.lang), subject="Rolvetta Plus")
        f.reply(c, at + timedelta(hours=f.rng.uniform(1, 5)), W.SORRY_GO)
        x = f.add(
            c,
            at + timedelta(hours=f.rng.uniform(20, 30)),
            "web",
            "cancellation",
            None,
            page="/account/plus",
            product="Rolvetta Plus",
        )
        c.truth.update(
            churn_intent_event_id=q.eid,
            cancellation_event_id=x.eid,
            churn_at=iso(x.at),
            expected_rules=["churn_intent"],
            tolerated_rules=TOL_CANCEL,
            trouble_starts_at=iso(at),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        d = f.rng.randint(0, 4)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    c,
                    f.day(d, 9, 20),
                    f.rng.choice(["social", "community", "web"]),
                    "post",
                    f.say(W.GRUMBLE, c.lang),
                ).eid
            )
            d += f.rng.randint(1, 3)
        for row in f.rows:
            if row.eid in ids and row.channel == "web":
                row.kind, row.attrs["page"] = "ticket", "/help/contact"
        c.truth.update(grumble_event_ids=ids, tolerated_rules=["repeat_contact", "silence"])
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)))
        s = f.add(
            c,
            f.day(f.rng.randint(17, 28), 9, 20),
            "social",
            "post",
            "@Rolvetta " + f.say(W.SARCASM, c.lang),
        )
        c.truth.update(sarcasm_event_id=s.eid, tolerated_rules=["silence"])
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", "qh", 5, utc(2026, 8, 21), 3, "a calm weekend with night owls")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once")
        at = f.day(f.rng.randint(0, 2), 8, 16)
        f.add(c, at, "web", "page_view", page="/drop-off")
        t = at + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            g = f.add(c, t, "chat", "chat", f.say(W.MILD, c.lang))
            f.add(
                c,
                t + timedelta(minutes=4),
                "chat",
                "chat",
                f.say(W.ANSWER, c.lang, agent="Elisa"),
                out=True,
            )
        else:
            g = f.add(c, t, "web", "ticket", f.say(W.MILD, c.lang), page="/help/contact")
            f.reply(c, t + timedelta(minutes=30), W.B2B_ACK, ref=f.ref())
        c.truth.update(
            grumble_event_id=g.eid, tolerated_rules=["silence"], trouble_starts_at=iso(t)
        )
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for burst, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}")
                at = b0 + timedelta(minutes=off + f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    n = f.add(
                        c,
                        at,
                        "social",
                        "post",
                        W.NIGHT_POST[c.lang][-1].replace("Rolvetta", "@Rolvetta"),
                    )
                else:
                    n = f.add(c, at, "chat", "chat", f.say(W.NIGHT_Q, c.lang))
                    f.add(
                        c,
                        at + timedelta(minutes=3),
                        "chat",
                        "chat",
                        f.say(W.ANSWER, c.lang, agent="Tobias"),
                        out=True,
                    )
                    f.add(c, at + timedelta(minutes=6), "chat", "chat", f.say(W.THANKS, c.lang))
                c.truth.update(burst_at=iso(at), night_event_id=n.eid)
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.day(f.rng.randint(0, 2), 9, 17.5))
    f.write({})


PAIRS = [
    ("it", "fr"),
    ("fr", "it"),
    ("it", "de"),
    ("fr", "en"),
    ("it", "en"),
    ("fr", "de"),
    ("pt", "fr"),
    ("es", "it"),
    ("de", "fr"),
    ("en", "it"),
]
PAIR_MARKET = {
    ("it", "fr"): "CH",
    ("fr", "it"): "CH",
    ("it", "de"): "CH",
    ("fr", "en"): "BE",
    ("it", "en"): "IT",
    ("fr", "de"): "LU",
    ("pt", "fr"): "FR",
    ("es", "it"): "IT",
    ("de", "fr"): "CH",
    ("en", "it"): "UK",
}


def bilingual() -> None:
    f = Fam("bilingual", "bl", 6, utc(2026, 9, 14), 14, "customers writing in two languages")
    k = 0

    def mk(persona: str, habit: str) -> tuple[Cust, tuple[str, str]]:
        nonlocal k
        pair = PAIRS[k % len(PAIRS)]
        k += 1
        c = f.person(persona, habit, pair[0], PAIR_MARKET[pair])
        c.truth.update(languages=list(pair), job_second_language="works across the border")
        return c, pair

    for _ in range(12):
        c, pair = mk("happy", "alternates languages")
        for i, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = pair[i % 2]
            f.happy_act(c, f.day(d))
        c.lang = pair[0]
    for i in range(5):
        c, pair = mk("repeat_contact", "repeats")
        f.happy_days(c, f.rng.randint(1, 3), [0, 1])
        times = [2, 2, 3, 3, 4][i]
        c.lang = pair[0]
        repeat_run(f, c, 2 + i % 4, times, quality=times >= 3)
    for _ in range(5):
        c, pair = mk("slow_churner", "slides")
        praise_posts(f, c, 5, 6, list(pair))
        f.happy_days(c, f.rng.randint(1, 3), list(range(6)))
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), list(pair))
    for i in range(3):
        c, pair = mk("happy_one_bad_day", "one bad day")
        f.happy_days(c, 3, [0, 1, 2, 10, 11, 12])
        c.lang = pair[1]
        at = f.day(6, 9, 18)
        row = f.complaint(
            c, at, ["email", "email", "chat"][i], f.rng.choice(W.PROBLEMS), long=i == 0
        )
        ref = f.ref()
        f.reply(
            c, at + timedelta(minutes=20), W.CASE_OPENED, "chat" if i == 2 else "email", ref=ref
        )
        if i < 2:
            f.reply(c, at + timedelta(hours=2), W.GOOD_NEWS, ref=ref)
        c.truth.update(
            bad_day_at=iso(at),
            bad_day_event_id=row.eid,
            bad_day_language=pair[1],
            booking=ref,
            tolerated_rules=["silence"],
            trouble_starts_at=iso(at),
        )
        c.lang = pair[0]
    for _ in range(2):
        c, pair = mk("resolved_between_contacts", "fixed")
        case = fixed_case(f, c, f.rng.randint(2, 6), f.rng.choice(W.PROBLEMS))
        c.truth.update(
            problems=[case],
            confirm_language=pair[1],
            tolerated_rules=["silence"],
            trouble_starts_at=case["raised_at"],
        )
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


SITES = [
    "hotel",
    "airline crew",
    "tour operator",
    "film",
    "orchestra",
    "university",
    "events",
    "sports club",
]


def b2b_accounts() -> None:
    f = Fam("b2b_accounts", "bb", 7, utc(2026, 10, 5), 14, "company accounts on Rolvetta Pro")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    for n, kind in enumerate(kinds):
        lang = f.rng.choices(LANGS, WEIGHTS)[0]
        market = f.rng.choice(MARKETS[lang])
        acc = f.uniq(lambda market=market: f"RVP-{market}-{f.rng.randint(1000, 9999)}")
        size = {
            "at_risk": f.rng.randint(4, 6),
            "one_unhappy": 3,
            "mild": f.rng.randint(3, 4),
            "happy": f.rng.randint(3, 5),
        }[kind]
        company = f"{f.rng.choice(['Alba', 'Nordic', 'Lumen', 'Vela', 'Orion', 'Delta', 'Aurora'])} {SITES[n % len(SITES)].title()} {n}"
        cs = [f.person("b2b_happy", "contact", lang, market, acc) for _ in range(size)]
        for c in cs:
            c.email = c.email.split("@")[0] + "@" + company.split()[0].lower() + str(n) + ".example"
            c.truth["identifiers"]["email"] = c.email
            c.truth.update(
                company=company, role="contact", job_title="Operations", job="Operations"
            )
        unhappy: list[Cust] = []
        same = None
        start = None
        if kind == "at_risk":
            same = W.B2B_PROBLEMS[n % 4]
            unhappy = cs[: 3 if n < 3 else 4]
            ref = f.ref()
            at = utc(2026, 10, 7) + timedelta(hours=f.rng.uniform(8, 11))
            start = at
            first = unhappy[0]
            for i, c in enumerate(unhappy):
                prob = f.say(W.B2B[same], lang)
                if i == 0:
                    row = f.add(c, at, "email", "message", prob, subject=W.COMPLAINT_SUBJECT[lang])
                    f.reply(c, at + timedelta(minutes=40), W.B2B_ACK, ref=ref)
                else:
                    at = office(at + timedelta(hours=f.rng.uniform(8, 28)))
                    row = f.add(
                        c,
                        at,
                        "email",
                        "message",
                        f.say(
                            W.B2B_LATER,
                            lang,
                            first=first.name.split()[0],
                            day="mercoledì"
                            if lang == "it"
                            else "mercredi"
                            if lang == "fr"
                            else "Wednesday"
                            if lang == "en"
                            else "Mittwoch"
                            if lang == "de"
                            else "quarta"
                            if lang == "pt"
                            else "el miércoles",
                            ref=ref,
                            problem=prob,
                        ),
                        subject=W.REF_SUBJECT[lang].replace("{ref}", ref),
                    )
                ids = [row.eid]
                if i < len(unhappy) - 1:
                    s = f.add(
                        c,
                        at + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        survey="nps",
                    )
                    c.truth.update(
                        expected_rules=["detractor"],
                        nps_given=True,
                        nps=s.scores["nps"],
                        survey_event_id=s.eid,
                    )
                else:
                    comp = f.rng.choice(COMPETITORS)
                    last = f.add(
                        c,
                        office(at + timedelta(hours=f.rng.uniform(18, 40))),
                        "email",
                        "message",
                        f.say(W.B2B_LAST, lang, ref=ref, comp=comp),
                        subject=W.REF_SUBJECT[lang].replace("{ref}", ref),
                    )
                    ids.append(last.eid)
                    c.truth.update(expected_rules=["repeat_contact"], competitor=comp)
                c.truth.update(
                    persona="b2b_unhappy",
                    role="complainer",
                    habit="complainer",
                    complaint_event_ids=ids,
                    booking=ref,
                    problem=same,
                    tolerated_rules=[x for x in TOL_B2B if x not in c.truth["expected_rules"]],
                    trouble_starts_at=iso(row.at),
                )
        elif kind == "one_unhappy":
            c = cs[0]
            unhappy = [c]
            prob = W.B2B_PROBLEMS[n % 4]
            at = office(utc(2026, 10, 8 + n % 5) + timedelta(hours=f.rng.uniform(8, 15)))
            row = f.add(
                c,
                at,
                "email",
                "message",
                f.say(W.B2B[prob], lang),
                subject=W.COMPLAINT_SUBJECT[lang],
            )
            ref = f.ref()
            f.reply(c, at + timedelta(minutes=45), W.B2B_ACK, ref=ref)
            s = f.add(
                c,
                at + timedelta(hours=2),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                survey="nps",
            )
            c.truth.update(
                persona="b2b_one_unhappy",
                role="complainer",
                habit="complainer",
                problem=prob,
                booking=ref,
                complaint_event_ids=[row.eid],
                expected_rules=["detractor"],
                tolerated_rules=["sentiment_drop", "high_value_at_risk", "silence"],
                nps_given=True,
                nps=s.scores["nps"],
                survey_event_id=s.eid,
                trouble_starts_at=iso(at),
            )
        elif kind == "mild":
            for c in cs[:2]:
                at = office(
                    utc(2026, 10, 7 + f.rng.randint(0, 6)) + timedelta(hours=f.rng.uniform(8, 16))
                )
                m = f.add(c, at, "web", "ticket", f.say(W.B2B_SUGGEST, lang), page="/pro/feedback")
                f.reply(c, at + timedelta(minutes=50), W.B2B_ACK, ref=f.ref())
                c.truth.update(
                    persona="b2b_mild",
                    role="suggests",
                    habit="suggests",
                    mild_event_id=m.eid,
                    tolerated_rules=["silence"],
                    trouble_starts_at=iso(at),
                )
        for c in cs:
            routine_days = (
                [0, 1] if c.truth["role"] != "contact" else [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
            )
            for d in f.rng.sample(
                routine_days,
                f.rng.randint(
                    0 if c.truth["role"] != "contact" else 2,
                    2 if c.truth["role"] != "contact" else 4,
                ),
            ):
                at = f.start + timedelta(days=d, hours=f.rng.uniform(8, 16.5))
                x = f.rng.randrange(3)
                if x == 0:
                    f.add(c, at, "chat", "chat", f.say(W.B2B_Q, lang))
                    f.add(
                        c,
                        at + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        "chat",
                        f.say(W.ANSWER, lang, agent="Margaux"),
                        out=True,
                    )
                elif x == 1:
                    f.add(c, at, "web", "page_view", page="/pro/portal")
                elif c.truth["role"] == "contact":
                    f.add(
                        c,
                        at,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(9, 10)},
                        survey="nps",
                    )
                else:
                    f.add(c, at, "web", "page_view", page="/pro/invoices")
        f.accounts[acc] = {
            "company": company,
            "site": SITES[n % len(SITES)],
            "contacts": size,
            "contact_keys": [c.key for c in cs],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": same,
            "trouble_starts_at": iso(start) if start else None,
            "language": lang,
            "country": market,
        }
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def office(t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        t = (
            (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50)
            if t.hour >= 8
            else t.replace(hour=8, minute=t.minute % 50)
        )
    return t


def topic_spike() -> None:
    f = Fam("topic_spike", "ts", 8, utc(2026, 11, 2), 7, "a calm week and one planted incident")
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy_act(c, f.day(d, 8, 19) if d != 5 else f.day(d, 12, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once")
        at = f.day(0, 9, 16)
        g = f.add(c, at, "chat", "chat", f.say(W.GRUMBLE, c.lang))
        f.add(
            c,
            at + timedelta(minutes=4),
            "chat",
            "chat",
            f.say(W.ANSWER, c.lang, agent="Rui"),
            out=True,
        )
        c.truth.update(
            grumble_event_id=g.eid, tolerated_rules=["silence"], trouble_starts_at=iso(at)
        )
    for lang, hh in (("it", 9.67), ("fr", 16.08)):
        c = f.person("grumbles_once", "lone question", lang)
        at = f.start + timedelta(days=4, hours=hh)
        q = f.add(c, at, "chat", "chat", f.say(W.LONE_Q, lang))
        f.add(
            c,
            at + timedelta(minutes=5),
            "chat",
            "chat",
            f.say(W.LONE_A, lang, agent="Elisa"),
            out=True,
        )
        c.truth.update(
            lone_report_event_id=q.eid, tolerated_rules=["silence"], trouble_starts_at=iso(at)
        )
    s0 = utc(2026, 11, 7) + timedelta(hours=9, minutes=20)
    langs = ["it"] * 7 + ["fr"] * 7 + ["en", "en", "de", "de", "pt", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    firsts: list[str] = []
    repeats: list[str] = []
    keys: list[str] = []
    for i in range(20):
        regular = i < 12
        c = f.person("spike_reporter", "regular" if regular else "new", langs[i])
        if regular:
            f.happy_act(c, f.day(2, 8, 17.5))
        at = s0 + timedelta(minutes=0 if i == 0 else 45 if i == 19 else f.rng.randint(1, 44))
        ch = chans[i]
        text = f.say(W.SPIKE, c.lang)
        if ch == "social":
            row = f.add(
                c, at, "social", "mention", text if "@Rolvetta" in text else "@Rolvetta " + text
            )
        elif ch == "email":
            row = f.add(c, at, "email", "message", text, subject="QTE-586")
        elif ch == "web":
            row = f.add(c, at, "web", "ticket", text, page="/help/contact")
        else:
            row = f.add(
                c, at, ch, "chat" if ch == "chat" else "post", text.replace("@Rolvetta", "Rolvetta")
            )
        if ch == "chat":
            f.add(
                c,
                at + timedelta(minutes=2),
                "chat",
                "chat",
                f.say(W.SPIKE_ANSWER, c.lang, agent="Nuria"),
                out=True,
            )
        firsts.append(row.eid)
        keys.append(c.key)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=row.eid,
            spike_channel=ch,
            tolerated_rules=["silence"],
            trouble_starts_at=iso(at),
        )
        if len(repeats) < 6 and at < s0 + timedelta(minutes=25) and i > 0:
            ch2 = [x for x in ["email", "chat", "community"] if x != ch][len(repeats) % 2]
            r2 = contact(
                f, c, at + timedelta(minutes=f.rng.randint(15, 50)), ch2, W.SPIKE_REPEAT, "QTE-586"
            )
            repeats.append(r2.eid)
            c.truth.update(
                persona="spike_repeater",
                repeat_event_id=r2.eid,
                expected_rules=["repeat_contact"],
                tolerated_rules=["silence", "sentiment_drop"],
            )
        elif i % 3 == 0:
            f.reply(
                c,
                utc(2026, 11, 7) + timedelta(hours=12, minutes=f.rng.randint(5, 15)),
                W.SPIKE_FIXED,
                ref="QTE-586",
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "repair-quote acceptance failing in app and web: no repair can be approved, error QTE-586",
        "about": "the accept button of every repair quote fails",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": firsts,
        "repeat_event_ids": repeats,
    }
    f.write({"topic_spike": 1, "repeat_contact": len(repeats)})


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
        build()


if __name__ == "__main__":
    main()
