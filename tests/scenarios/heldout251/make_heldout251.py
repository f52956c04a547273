# ruff: noqa: E501
"""Generate heldout251 (Gonfiaro, bouncy-castle hire): python make_heldout251.py."""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261128
BRAND = "Gonfiaro"
COMPETITORS = ["Rimbalzo", "Hopsala"]
LANGS = ["en", "it", "fr", "de", "pt", "es"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "en": ["UK", "IE"],
    "it": ["IT", "CH"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT"],
    "pt": ["PT"],
    "es": ["ES"],
}
PREFIX = {
    "UK": "+447",
    "IE": "+3538",
    "IT": "+393",
    "CH": "+417",
    "FR": "+336",
    "BE": "+324",
    "DE": "+4915",
    "AT": "+43664",
    "PT": "+3519",
    "ES": "+346",
}
FIRST = {
    "en": ["Olivia", "Liam", "Grace", "Connor", "Amelia", "Harry"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Matteo"],
    "fr": ["Camille", "Hugo", "Léa", "Louis"],
    "de": ["Lena", "Jonas", "Mia", "Felix"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui"],
    "es": ["Lucía", "Pablo", "Elena", "Javier"],
}
LAST = {
    "en": ["Walsh", "Hughes", "Patel", "Byrne"],
    "it": ["Rossi", "Bianchi", "Conti", "Gallo", "Greco"],
    "fr": ["Martin", "Lefèvre", "Moreau"],
    "de": ["Becker", "Krause", "Vogel"],
    "pt": ["Silva", "Costa", "Moura"],
    "es": ["García", "Ruiz", "Navarro"],
}
AGENTS = ["Marta", "Tom", "Ilaria", "Paul", "Nadia"]
AMOUNT = {"UK": "£120", "IE": "€140", "CH": "CHF 130"}
CUR = {"UK": "GBP", "CH": "CHF"}
SOURCES = {
    "email": "gonfiaro-mail",
    "phone": "gonfiaro-voice",
    "social": "gonfiaro-social",
    "community": "gonfiaro-forum",
    "chat": "gonfiaro-chat",
    "web": "gonfiaro-web",
    "survey": "gonfiaro-survey",
}
FAMILIES = [
    ("happy_writers", "hw"),
    ("one_bad_day", "bd"),
    ("repeat_contacts", "rc"),
    ("slow_churners", "sc"),
    ("quiet_hours", "qh"),
    ("bilingual", "bl"),
    ("b2b_accounts", "bb"),
    ("topic_spike", "ts"),
]
START = {
    "hw": datetime(2026, 2, 16, tzinfo=UTC),
    "bd": datetime(2026, 3, 9, tzinfo=UTC),
    "rc": datetime(2026, 4, 20, tzinfo=UTC),
    "sc": datetime(2026, 6, 1, tzinfo=UTC),
    "qh": datetime(2026, 7, 17, tzinfo=UTC),
    "bl": datetime(2026, 8, 24, tzinfo=UTC),
    "bb": datetime(2026, 9, 21, tzinfo=UTC),
    "ts": datetime(2026, 11, 23, tzinfo=UTC),
}
DAYS = {"hw": 10, "bd": 12, "rc": 10, "sc": 32, "qh": 3, "bl": 14, "bb": 14, "ts": 7}
USED: set[str] = set()


def fill(text: str, **kw: str) -> str:
    for key, value in kw.items():
        text = text.replace("{" + key + "}", value)
    return text


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Fam:
    def __init__(self, name: str, code: str, n: int) -> None:
        self.name, self.code = name, code
        self.r = random.Random(SEED * 100 + n)
        self.t0 = START[code]
        self.rows: list[dict[str, Any]] = []
        self.cust: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.n = 0

    def pick(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        return fill(self.r.choice(table[lang]), b=BRAND, **kw)

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
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> dict[str, Any]:
        r = self.r
        lang = lang or r.choices(LANGS, WEIGHTS)[0]
        market = r.choice(MARKETS[lang])
        first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
        cid = self.uniq(lambda: f"GF{self.code.upper()}{r.randint(1000, 9999)}")
        base = f"{first}.{last}".lower().encode("ascii", "ignore").decode()
        email = self.uniq(
            lambda: (
                f"{base}{r.randint(1, 999)}@{domain or r.choice(['posta', 'mailbox', 'webmail'])}.example"
            )
        )
        phone = self.uniq(
            lambda: (
                PREFIX[market]
                + "".join(str(r.randint(0, 9)) for _ in range(12 - len(PREFIX[market]) + 1))
            )
        )
        handle = (
            None
            if account
            else self.uniq(
                lambda: (
                    f"@{last.lower().encode('ascii', 'ignore').decode()}_{first.lower().encode('ascii', 'ignore').decode()}{r.randint(1, 99)}"
                )
            )
        )
        c = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": expected or [],
            "tolerated_rules": tolerated or [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.cust[cid] = c
        return c

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        out: bool = False,
    ) -> str:
        self.n += 1
        eid = f"h251-{self.code}-{self.n:05d}"
        a = {"market": c["country"]} | (attrs or {})
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.r.choice(AGENTS)
            text = (text or "").replace("{n}", a["agent"])
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "cust": c,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": SOURCES[channel],
                "attributes": a,
            }
        )
        return eid

    def case(self) -> str:
        return self.uniq(lambda: f"GF/{self.r.randint(10, 99)}-{self.r.randint(1000, 9999)}")

    def day(self, d: int, h0: float = 8, h1: float = 19) -> datetime:
        return self.t0 + timedelta(days=d, hours=self.r.uniform(h0, h1))

    # --- acts ---
    def happy(self, c: dict[str, Any], t: datetime) -> None:
        lang, r = c["language"], self.r
        k = r.choice(["praise", "chat", "buy", "review", "view", "survey", "community"])
        if k == "praise":
            txt = self.pick(W.PRAISE, lang)
            if "@" + BRAND not in txt:
                txt = txt.replace(BRAND, "@" + BRAND) if BRAND in txt else f"@{BRAND} {txt}"
            self.add(c, t, "social", "mention", txt)
        elif k == "community":
            self.add(c, t, "community", "post", self.pick(W.PRAISE, lang))
        elif k == "chat":
            self.add(c, t, "chat", "chat", self.pick(W.QUESTION, lang))
            self.add(
                c,
                t + timedelta(minutes=r.randint(1, 6)),
                "chat",
                "chat",
                self.pick(W.ANSWER, lang),
                out=True,
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(8, 12)),
                    "chat",
                    "chat",
                    self.pick(W.THANKS, lang),
                )
        elif k == "buy":
            p = r.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": "/castles"})
            self.add(
                c,
                t + timedelta(minutes=r.randint(3, 15)),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{r.randint(90, 260)}.00",
                    "currency": CUR.get(c["country"], "EUR"),
                    "product": p,
                    "page": "/checkout",
                },
            )
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.REVIEW, lang),
                attrs={"rating": "5", "page": "/reviews"},
            )
        elif k == "view":
            self.add(
                c,
                t,
                "web",
                "page_view",
                attrs={"page": r.choice(["/castles", "/slides", "/plus", "/faq"])},
            )
        else:
            self.survey_happy(c, t)

    def survey_happy(self, c: dict[str, Any], t: datetime) -> None:
        r = self.r
        s = r.choice(
            [{"nps": r.randint(9, 10)}, {"csat": r.randint(4, 5)}, {"ces": r.randint(6, 7)}]
        )
        self.add(
            c,
            t,
            "survey",
            "survey_response",
            self.pick(W.SURVEY_WORD, c["language"]) or None,
            scores=s,
            attrs={"survey": next(iter(s))},
        )

    def happy_days(
        self, c: dict[str, Any], n: int, days: list[int], h0: float = 8, h1: float = 19
    ) -> None:
        for d in self.r.sample(days, min(n, len(days))):
            self.happy(c, self.day(d, h0, h1))

    def complaint(
        self, c: dict[str, Any], t: datetime, problem: str, channel: str, long: bool = False
    ) -> str:
        lang = c["language"]
        txt = self.pick(W.COMPLAINT[problem], lang, a=AMOUNT.get(c["country"], "120 €"))
        if long:
            txt = self.r.choice(W.LONG_LETTER[lang]).replace("{x}", txt)
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
            "community": "post",
        }[channel]
        subj = (
            self.pick(W.SUBJECT, lang, t=problem.replace("_", " ")) if channel == "email" else None
        )
        if channel == "phone":
            txt = txt.replace("?", "").replace("!", "").replace(".", "").lower()
        if channel == "social":
            txt = f"@{BRAND} {txt}"
        return self.add(
            c, t, channel, kind, txt, subj, attrs={"page": "/help"} if channel == "web" else None
        )

    def reply(
        self,
        who: dict[str, Any],
        t: datetime,
        table: dict[str, list[str]],
        channel: str = "email",
        **kw: str,
    ) -> str:
        while t.hour >= 22 or t.hour < 7:
            t += timedelta(hours=1)
        return self.add(
            who,
            t,
            channel,
            "chat" if channel == "chat" else "message",
            self.pick(table, who["language"], **kw),
            out=True,
        )

    def write(self) -> None:
        self.rows.sort(key=lambda x: (x["occurred_at"], x["event_id"]))
        first: set[str] = set()
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as f:
            for row in self.rows:
                c = row.pop("cust")
                ids = c["identifiers"]
                cid = ids["customer_id"]
                if row["direction"] == "outbound" or cid not in first:
                    ref = dict(ids)
                    if row["direction"] == "inbound":
                        first.add(cid)
                else:
                    ch = row["channel"]
                    key = {
                        "email": "email",
                        "phone": "phone",
                        "social": "handle",
                        "community": "handle",
                    }.get(ch, "customer_id")
                    if key == "handle" and ids["handle"] is None:
                        key = "email"
                    ref = {key: ids[key]}
                    if ids["account_id"]:
                        ref["account_id"] = ids["account_id"]
                row["customer"] = ref
                row["occurred_at"] = iso(row["occurred_at"])
                f.write(
                    json.dumps(
                        {
                            k: row[k]
                            for k in [
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
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
        expected: dict[str, int] = {}
        for c in list(self.cust.values()) + list(self.accounts.values()):
            for rule in c["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        last = max(x["occurred_at"] for x in self.rows)
        end = max(
            self.t0 + timedelta(days=DAYS[self.code]),
            datetime.fromisoformat(last.replace("Z", "+00:00")) + timedelta(hours=1),
        )
        truth = {
            "config": {
                "family": self.name,
                "about": f"heldout251 {self.name}",
                "business": "Gonfiaro, bouncy-castle and party-inflatable hire",
                "days": DAYS[self.code],
                "seed": SEED,
                "written": "2026-12-07",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.t0),
            "end": iso(end),
            "customers": self.cust,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


REP_TOL = ["churn_intent", "competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
SLIDE_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
]
CANCEL_TOL = ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
NIGHTLESS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]


def later(t: datetime, hours: float) -> datetime:
    t = t + timedelta(hours=hours)
    if t.hour >= 22 or t.hour < 7:
        t = (t + timedelta(hours=10)).replace(hour=8, minute=t.minute)
    return t


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        f.happy_days(f.person("happy", "day writer"), f.r.randint(5, 8), NIGHTLESS, 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.r.sample(NIGHTLESS[:-1], f.r.randint(2, 4)):
            f.add(
                c,
                f.day(d, 22.2, 23.9),
                f.r.choice(["social", "community"]),
                "post",
                f.pick(W.NIGHT, c["language"]),
            )
        f.happy_days(c, f.r.randint(2, 3), NIGHTLESS, 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.r.sample(NIGHTLESS, f.r.randint(3, 6)):
            f.survey_happy(c, f.day(d))


def bad_day(
    f: Fam,
    c: dict[str, Any],
    t: datetime,
    problem: str,
    channel: str,
    long: bool,
    detractor: bool,
    csat: bool,
    fixed: bool,
    sorry: bool,
) -> None:
    eid = f.complaint(c, t, problem, channel, long)
    c.update(
        {
            "problem": problem,
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(t),
            "channel": channel,
            "long_email": long,
            "booking": None,
        }
    )
    if channel == "social":
        return
    ref = f.case()
    c["booking"] = ref
    if channel == "chat":
        f.reply(c, t + timedelta(minutes=3), W.CASE_OPENED, "chat", c=ref)
    else:
        f.reply(c, t + timedelta(minutes=f.r.randint(10, 40)), W.CASE_OPENED, c=ref)
    if detractor:
        c["nps"] = f.r.randint(1, 5)
        c["nps_given"] = True
        c["survey_event_id"] = f.add(
            c,
            t + timedelta(minutes=f.r.randint(100, 140)),
            "survey",
            "survey_response",
            f.pick(W.LOW_CSAT, c["language"]) or None,
            scores={"nps": c["nps"]},
            attrs={"survey": "nps"},
        )
    elif csat:
        c["csat"] = f.r.randint(1, 2)
        c["csat_given"] = True
        c["survey_event_id"] = f.add(
            c,
            t + timedelta(minutes=f.r.randint(40, 80)),
            "survey",
            "survey_response",
            f.pick(W.LOW_CSAT, c["language"]) or None,
            scores={"csat": c["csat"]},
            attrs={"survey": "csat"},
        )
    c["agent_fixed"] = fixed
    if fixed:
        f.reply(c, later(t, f.r.uniform(1, 4)), W.GOOD_NEWS, c=ref)
    c["apologised"] = sorry
    if sorry:
        at = later(t, f.r.uniform(16, 24))
        c["apology_at"] = iso(at)
        c["apology_event_id"] = f.add(c, at, "chat", "chat", f.pick(W.APOLOGY, c["language"]))


def one_bad_day(f: Fam) -> None:
    chans = ["email"] * 8 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    longs = {0, 1, 2, 3}
    case_i = 0
    for i, ch in enumerate(chans):
        det = ch != "social" and case_i < 6
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            expected=["detractor"] if det else [],
            tolerated=["silence"],
        )
        bd = f.r.randint(2, 9)
        f.happy_days(c, f.r.randint(1, 5), [d for d in range(12) if d < bd - 1 or d > bd + 2])
        if ch != "social":
            case_i += 1
        bad_day(
            f,
            c,
            f.day(bd, 8, 20),
            PROBLEMS[i % 6],
            ch,
            i in longs,
            det,
            ch != "social" and 6 <= case_i - 1 < 11,
            ch != "social" and case_i % 5 != 0 and case_i <= 15,
            ch != "social" and case_i in (2, 5, 8, 11, 14),
        )
    for _ in range(8):
        f.happy_days(f.person("happy", "control"), f.r.randint(4, 7), list(range(12)))


PROBLEMS = W.PROBLEMS


def repeat_run(f: Fam, c: dict[str, Any], d: int, times: int, problem: str, first_ch: str) -> None:
    t = f.day(d, 8, 19)
    ref = f.case()
    eids = [f.complaint(c, t, problem, first_ch)]
    if first_ch == "chat":
        f.reply(c, t + timedelta(minutes=3), W.CASE_OPENED, "chat", c=ref)
    if times >= 3:
        f.reply(c, later(t, f.r.uniform(1.5, 2.5)), W.QUALITY_LEAD, c=ref)
        c["agent_passed_on"] = True
    elif first_ch != "chat":
        f.reply(c, t + timedelta(minutes=f.r.randint(10, 40)), W.CASE_OPENED, c=ref)
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    f.r.shuffle(chans)
    c["competitor"] = None
    for k in range(1, times):
        t = later(t, f.r.uniform(4, 40))
        ch = chans[k - 1]
        table = W.THIRD if k == 2 else W.FOURTH if k == 3 else W.STILL_OPEN
        comp = f.r.choice(COMPETITORS)
        if k == 2:
            c["competitor"] = comp
        txt = f.pick(table, c["language"], c=ref, k=comp)
        if ch == "phone":
            txt = txt.replace(".", "").replace("?", "").lower().replace(ref.lower(), ref)
        if ch == "social":
            txt = f"@{BRAND} {txt}"
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[ch]
        eids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                txt,
                f"Re: {ref}" if ch == "email" else None,
                attrs={"page": "/help"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=2), W.URGENT, "chat", c=ref)
    c.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": times,
            "problem_event_ids": eids,
            "trouble_starts_at": (eids and c.get("trouble_starts_at"))
            or iso(f.t0 + timedelta(days=d)),
        }
    )


def fixed_case(
    f: Fam, c: dict[str, Any], t: datetime, problem: str, lang2: str | None = None
) -> dict[str, Any]:
    ref = f.case()
    e = f.complaint(c, t, problem, "web")
    f.reply(c, t + timedelta(minutes=f.r.randint(10, 40)), W.CASE_OPENED, c=ref)
    fx = later(t, f.r.uniform(3, 20))
    f.reply(c, fx, W.GOOD_NEWS, c=ref)
    ct = later(fx, f.r.uniform(8, 30))
    lang = lang2 or c["language"]
    ce = f.add(c, ct, "email", "message", fill(f.r.choice(W.CONFIRM[lang]), c=ref), f"Re: {ref}")
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(fx),
        "confirmed_at": iso(ct),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": "email",
    }


def repeat_contacts(f: Fam) -> None:
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REP_TOL)
        f.happy_days(c, f.r.randint(1, 3), [0], 7, 12)
        repeat_run(f, c, f.r.randint(1, 4), 2 + i // 4, PROBLEMS[i % 6], firsts[i])
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        c["problems"] = [fixed_case(f, c, f.day(f.r.randint(1, 4)), PROBLEMS[i])]
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        d = f.r.randint(1, 2)
        c["problems"] = [
            fixed_case(f, c, f.day(d), PROBLEMS[i]),
            fixed_case(f, c, f.day(d + 4), PROBLEMS[i + 3]),
        ]
    for _ in range(7):
        f.happy_days(f.person("happy", "frequent writer"), f.r.randint(5, 8), list(range(10)))


def slide(f: Fam, c: dict[str, Any], d: int, span: int, alt: str | None = None) -> list[str]:
    t = f.day(d, 9, 18)
    eids = []
    comp = f.r.choice(COMPETITORS)
    for k, rating in enumerate([3, 3, 2, 2, 1, 1]):
        lang = alt if alt and k % 2 else c["language"]
        txt = fill(W.SLIDE[lang][k], k=comp)
        ch = f.r.choice(["social", "community", "web"])
        if ch == "social":
            eids.append(f.add(c, t, ch, "mention", f"@{BRAND} {txt}"))
        elif ch == "community":
            eids.append(f.add(c, t, ch, "post", txt))
        else:
            eids.append(
                f.add(c, t, "web", "review", txt, attrs={"rating": str(rating), "page": "/reviews"})
            )
        t = later(t, max(1.0, span * 24 / 6 * f.r.uniform(0.6, 1.0)))
    c.update({"slide_event_ids": eids, "slide_days": span, "competitor": comp})
    c["trouble_starts_at"] = iso(next(x["occurred_at"] for x in f.rows if x["event_id"] == eids[0]))
    return eids


def slow_churners(f: Fam) -> None:
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop", *(["detractor"] if det else [])],
            tolerated=SLIDE_TOL,
        )
        for d in f.r.sample(range(11), f.r.randint(4, 5)):
            f.add(
                c,
                f.day(d),
                "social",
                "mention",
                f"@{BRAND} " + f.r.choice(W.PRAISE[c["language"]]).replace(BRAND, "").strip(),
            )
        f.happy_days(c, f.r.randint(2, 4), list(range(11)))
        eids = slide(f, c, f.r.randint(12, 16), [3, 5, 5, 5, 5, 5, 9, 9, 9, 9][i])
        if det:
            t4 = next(x["occurred_at"] for x in f.rows if x["event_id"] == eids[3])
            c["nps"] = f.r.randint(1, 5)
            c["nps_given"] = True
            c["survey_event_id"] = f.add(
                c,
                later(t4, f.r.uniform(2.5, 3.5)),
                "survey",
                "survey_response",
                None,
                scores={"nps": c["nps"]},
                attrs={"survey": "nps"},
            )
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=CANCEL_TOL
        )
        f.happy_days(c, f.r.randint(4, 6), list(range(16)))
        t = f.day(f.r.randint(17, 23))
        c["churn_intent_event_id"] = f.add(
            c, t, "email", "message", f.pick(W.CANCEL_REQ, c["language"]), "Plus"
        )
        f.reply(c, later(t, f.r.uniform(1, 5)), W.SORRY_GO)
        ct = later(t, f.r.uniform(20, 30))
        c["churn_at"] = iso(ct)
        c["trouble_starts_at"] = iso(t)
        c["cancellation_event_id"] = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/plus", "product": "Gonfiaro Plus"},
        )
    for _ in range(6):
        f.happy_days(f.person("happy", "steady"), f.r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = f.r.randint(0, 4)
        ge = []
        for _k in range(f.r.randint(5, 7)):
            ge.append(
                f.add(
                    c,
                    f.day(d),
                    f.r.choice(["social", "community"]),
                    "post",
                    f.pick(W.GRUMBLE, c["language"]),
                )
            )
            d += f.r.randint(1, 3)
        c["grumble_event_ids"] = ge
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, f.r.randint(3, 6), list(range(17)))
        c["sarcasm_event_id"] = f.add(
            c,
            f.day(f.r.randint(17, 28)),
            "social",
            "mention",
            f.pick(W.SARCASM, c["language"]).replace(BRAND, "@" + BRAND),
        )


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        f.happy_days(f.person("happy", "day writer"), f.r.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.day(f.r.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/depots"})
        t += timedelta(minutes=f.r.randint(20, 30))
        if i < 2:
            c["grumble_event_id"] = f.add(c, t, "chat", "chat", f.pick(W.MILD, c["language"]))
            f.reply(c, t + timedelta(minutes=3), W.ACK, "chat")
        else:
            c["grumble_event_id"] = f.add(
                c, t, "web", "ticket", f.pick(W.MILD, c["language"]), attrs={"page": "/help"}
            )
            f.reply(c, t + timedelta(minutes=25), W.ACK)
    for night in range(3):
        b0 = f.t0 + timedelta(days=night + 1, minutes=f.r.randint(40, 65))
        for burst, off in enumerate([0, f.r.randint(28, 33), f.r.randint(55, 65)]):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}")
                t = bt + timedelta(minutes=f.r.uniform(0, 9.5))
                c["burst_at"] = iso(bt)
                if f.r.random() < 0.5:
                    c["night_event_id"] = f.add(
                        c, t, "chat", "chat", f.pick(W.QUESTION, c["language"])
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        f.pick(W.ANSWER, c["language"]),
                        out=True,
                    )
                    f.add(
                        c, t + timedelta(minutes=6), "chat", "chat", f.pick(W.THANKS, c["language"])
                    )
                else:
                    c["night_event_id"] = f.add(
                        c, t, "community", "post", f.pick(W.NIGHT, c["language"])
                    )
                if f.r.random() < 0.5:
                    f.happy(c, f.day(f.r.randint(0, 2), 9, 17.5))


PAIRS = [
    ("en", "it"),
    ("it", "en"),
    ("it", "fr"),
    ("en", "fr"),
    ("it", "de"),
    ("en", "es"),
    ("it", "pt"),
    ("de", "en"),
    ("es", "it"),
    ("fr", "it"),
    ("pt", "en"),
    ("en", "de"),
    ("it", "es"),
]


def bilingual(f: Fam) -> None:
    def bi(persona: str, habit: str, i: int, **kw: Any) -> tuple[dict[str, Any], str]:
        l1, l2 = PAIRS[i % len(PAIRS)]
        c = f.person(persona, habit, lang=l1, **kw)
        c["languages"] = [l1, l2]
        c["job_second_language"] = "works in the second language's country"
        return c, l2

    for i in range(12):
        c, l2 = bi("happy", "alternates languages", i)
        for k, d in enumerate(sorted(f.r.sample(range(14), f.r.randint(5, 8)))):
            lang = c["language"]
            c["language"] = l2 if k % 2 else lang
            f.happy(c, f.day(d))
            c["language"] = lang
    for i in range(5):
        c, l2 = bi(
            "repeat_contact", "repeats", i + 3, expected=["repeat_contact"], tolerated=REP_TOL
        )
        f.happy_days(c, f.r.randint(1, 3), [0, 1])
        repeat_run(f, c, f.r.randint(2, 5), [2, 2, 3, 3, 4][i], PROBLEMS[i], "email")
    for i in range(5):
        c, l2 = bi(
            "slow_churner", "slides", i + 6, expected=["sentiment_drop"], tolerated=SLIDE_TOL
        )
        for k, d in enumerate(sorted(f.r.sample(range(6), 5))):
            f.add(
                c,
                f.day(d),
                "social",
                "mention",
                f"@{BRAND} "
                + f.r.choice(W.PRAISE[l2 if k % 2 else c["language"]]).replace(BRAND, "").strip(),
            )
        f.happy_days(c, f.r.randint(1, 3), list(range(6)))
        slide(f, c, f.r.randint(7, 8), f.r.randint(3, 5), alt=l2)
    for i in range(3):
        c, l2 = bi("happy_one_bad_day", "one bad day", i + 9, tolerated=["silence"])
        bd = f.r.randint(4, 9)
        f.happy_days(c, 3, [0, 1, 2, 12, 13])
        lang = c["language"]
        c["language"] = l2
        bad_day(
            f,
            c,
            f.day(bd, 9, 18),
            PROBLEMS[i],
            ["email", "email", "chat"][i],
            i == 0,
            False,
            False,
            i < 2,
            i == 1,
        )
        c["bad_day_language"] = l2
        c["language"] = lang
    for i in range(2):
        c, l2 = bi("resolved_between_contacts", "fixed", i + 11, tolerated=["silence"])
        c["problems"] = [fixed_case(f, c, f.day(f.r.randint(2, 6)), PROBLEMS[i + 3], lang2=l2)]
        c["confirm_language"] = l2


WEEKDAY = {
    "en": "Wednesday",
    "it": "mercoledi",
    "fr": "mercredi",
    "de": "Mittwoch",
    "pt": "quarta",
    "es": "miércoles",
}
SITES = [
    "events",
    "school",
    "hotel",
    "municipality",
    "facilities",
    "nursery",
    "campsite",
    "shopping centre",
    "sports club",
    "church",
    "holiday park",
    "caterer",
    "university",
    "festival",
    "leisure centre",
]


def b2b_accounts(f: Fam) -> None:
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    risk_probs = ["portal", "invoice", "service_blocked", "invoice", "overbilled"]
    for a, kind in enumerate(kinds):
        lang = f.r.choices(LANGS, WEIGHTS)[0]
        aid = f.uniq(lambda lang=lang: f"GFE-{MARKETS[lang][0]}-{f.r.randint(1000, 9999)}")
        site = SITES[a]
        company = f"{site.title()} {f.r.choice(LAST[lang])} {a + 1}"
        dom = company.lower().replace(" ", "").encode("ascii", "ignore").decode()
        n = 4 if kind == "at_risk" and a >= 3 else 3
        n_contacts = n + f.r.randint(1, 2) if kind == "at_risk" else f.r.choice([3, 4])
        unhappy = n if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        contacts, bad = [], []
        for k in range(n_contacts):
            if kind == "at_risk" and k < unhappy:
                exp = ["detractor"] if k < unhappy - 1 else ["repeat_contact"]
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lang,
                    expected=exp,
                    tolerated=[*REP_TOL, "account_risk"],
                    account=aid,
                    domain=dom,
                )
                c["role"] = "complainer"
                bad.append(c)
            elif kind == "one_unhappy" and k == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lang,
                    expected=["detractor"],
                    tolerated=["high_value_at_risk", "sentiment_drop", "silence"],
                    account=aid,
                    domain=dom,
                )
                c["role"] = "complainer"
                bad.append(c)
            elif kind == "mild" and k < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang=lang,
                    tolerated=["silence"],
                    account=aid,
                    domain=dom,
                )
                c["role"] = "suggests"
            else:
                c = f.person("b2b_happy", "contact", lang=lang, account=aid, domain=dom)
                c["role"] = "contact"
                for d in f.r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.r.randint(2, 4)):
                    t = f.day(d, 8, 16.5)
                    x = f.r.random()
                    if x < 0.4:
                        f.add(c, t, "chat", "chat", f.pick(W.B2B_QUESTION, lang))
                        f.add(
                            c,
                            t + timedelta(minutes=f.r.randint(1, 6)),
                            "chat",
                            "chat",
                            f.pick(W.B2B_ANSWER, lang),
                            out=True,
                        )
                    elif x < 0.6:
                        f.add(c, t, "community", "post", f.pick(W.B2B_PRAISE, lang))
                    elif x < 0.8:
                        f.add(
                            c,
                            t,
                            "web",
                            "purchase",
                            attrs={
                                "order_value": f"{f.r.randint(400, 1800)}.00",
                                "currency": CUR.get(c["country"], "EUR"),
                                "product": f.r.choice(W.PRODUCTS),
                                "page": "/portal/order",
                            },
                        )
                    else:
                        f.survey_happy(c, t)
            c.update(
                {
                    "company": company,
                    "job_title": f.r.choice(
                        ["Office manager", "Events coordinator", "Facilities lead", "Bursar"]
                    ),
                }
            )
            c["job"] = c["job_title"]
            contacts.append(c)
        acc: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c["identifiers"]["customer_id"] for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [c["identifiers"]["customer_id"] for c in bad],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": contacts[0]["country"],
        }
        if kind == "at_risk":
            prob = risk_probs[a]
            acc["same_problem"] = prob
            t = f.t0 + timedelta(days=2, hours=f.r.uniform(8, 11))
            acc["trouble_starts_at"] = iso(t)
            ref = f.case()
            for k, c in enumerate(bad):
                if k == 0:
                    txt = f.pick(W.B2B_COMPLAINT[prob], lang)
                else:
                    t = t + timedelta(hours=f.r.uniform(8, 28))
                    if t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
                        t = (t + timedelta(days=1 if t.hour >= 17 else 0)).replace(hour=9)
                        while t.weekday() >= 5:
                            t += timedelta(days=1)
                    txt = (
                        f.pick(
                            W.B2B_AGAIN, lang, c=ref, f=bad[0]["name"].split()[0], w=WEEKDAY[lang]
                        )
                        + " "
                        + f.pick(W.B2B_COMPLAINT[prob], lang)
                    )
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    txt,
                    f"{ref}" if k else f.pick(W.SUBJECT, lang, t=prob),
                )
                c.update(
                    {
                        "complaint_event_ids": [e],
                        "trouble_starts_at": iso(t),
                        "problem": prob,
                        "booking": ref,
                    }
                )
                if k == 0:
                    f.reply(c, t + timedelta(minutes=f.r.randint(20, 50)), W.CASE_OPENED, c=ref)
                if k < len(bad) - 1:
                    nps = f.r.randint(1, 5)
                    c.update(
                        {
                            "nps": nps,
                            "nps_given": True,
                            "survey_event_id": f.add(
                                c,
                                t + timedelta(hours=f.r.uniform(1, 3)),
                                "survey",
                                "survey_response",
                                None,
                                scores={"nps": nps},
                                attrs={"survey": "nps"},
                            ),
                        }
                    )
                else:
                    t2 = t + timedelta(hours=f.r.uniform(18, 40))
                    t2 = t2.replace(hour=max(8, min(t2.hour, 16)))
                    while t2.weekday() >= 5:
                        t2 += timedelta(days=1)
                    ch = "email" if a == 0 else "phone"
                    comp = f.r.choice(COMPETITORS)
                    c["competitor"] = comp if ch == "email" else None
                    txt = f.pick(W.B2B_LAST, lang, c=ref, k=comp)
                    if ch == "phone":
                        txt = (
                            txt.replace(".", "").replace(":", "").lower().replace(ref.lower(), ref)
                        )
                    c["complaint_event_ids"].append(
                        f.add(
                            c,
                            t2,
                            ch,
                            "message" if ch == "email" else "call",
                            txt,
                            f"Re: {ref}" if ch == "email" else None,
                        )
                    )
        elif kind == "one_unhappy":
            c = bad[0]
            t = f.t0 + timedelta(days=f.r.randint(3, 7), hours=f.r.uniform(9, 16))
            while t.weekday() >= 5:
                t += timedelta(days=1)
            prob = B2B_PROBS[a % 4]
            ref = f.case()
            e = f.add(
                c,
                t,
                "email",
                "message",
                f.pick(W.B2B_COMPLAINT[prob], lang),
                f.pick(W.SUBJECT, lang, t=prob),
            )
            f.reply(c, t + timedelta(minutes=30), W.CASE_OPENED, c=ref)
            nps = f.r.randint(1, 5)
            c.update(
                {
                    "complaint_event_ids": [e],
                    "trouble_starts_at": iso(t),
                    "problem": prob,
                    "booking": ref,
                    "nps": nps,
                    "nps_given": True,
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(hours=2),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.day(f.r.choice([2, 3, 8, 9]), 8, 16)
                c["mild_event_id"] = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick(W.B2B_SUGGEST, lang),
                    attrs={"page": "/portal/feedback"},
                )
                c["trouble_starts_at"] = iso(t)
                f.reply(c, t + timedelta(minutes=40), W.ACK)
        f.accounts[aid] = acc


B2B_PROBS = W.B2B_PROBLEMS


def topic_spike(f: Fam) -> None:
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.r.sample(range(6), f.r.randint(1, 4)):
            f.happy(c, f.day(d, 12, 19) if d == 5 else f.day(d))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.day(0, 9, 17)
        c["grumble_event_id"] = f.add(c, t, "chat", "chat", f.pick(W.MILD, c["language"]))
        f.reply(c, t + timedelta(minutes=3), W.ACK, "chat")
        c["trouble_starts_at"] = iso(t)
    for lang, h in (("it", 9.6), ("es", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.t0 + timedelta(days=4, hours=h)
        c["lone_report_event_id"] = f.add(c, t, "chat", "chat", f.pick(W.LONE_Q, lang))
        f.reply(c, t + timedelta(minutes=4), W.LONE_A, "chat")
        c["trouble_starts_at"] = iso(t)
    s0 = f.t0 + timedelta(days=5, hours=9, minutes=20)
    langs = ["it"] * 6 + ["en"] * 6 + ["fr", "fr", "de", "de", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.r.shuffle(chans)
    offs = sorted([0, 45] + [f.r.randint(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    n_rep = n_fix = 0
    for i, lang in enumerate(langs):
        regular = i % 5 < 3
        rep = offs[i] <= 35 and n_rep < 6
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=lang,
            expected=["repeat_contact"] if rep else [],
            tolerated=["sentiment_drop", "silence"] if rep else ["silence"],
        )
        if regular:
            f.happy_days(c, f.r.randint(1, 2), [2], 8, 17.5)
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        txt = f.pick(W.SPIKE, lang)
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
            f"@{BRAND} {txt}" if ch == "social" else txt,
            "GFR-846" if ch == "email" else None,
            attrs={"page": "/help"} if ch == "web" else None,
        )
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=2), W.SPIKE_ANSWER, "chat")
        c.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        keys.append(c["identifiers"]["customer_id"])
        eids.append(e)
        if rep:
            n_rep += 1
            ch2 = (
                ["email", "chat", "community"][n_rep % 3]
                if ch != ["email", "chat", "community"][n_rep % 3]
                else "email"
                if ch != "email"
                else "chat"
            )
            t2 = t + timedelta(minutes=f.r.randint(15, 50))
            r2 = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.pick(W.SPIKE_AGAIN, lang),
                "Re: GFR-846" if ch2 == "email" else None,
            )
            c["repeat_event_id"] = r2
            reps.append(r2)
        elif n_fix < 6 and not regular:
            n_fix += 1
            c["agent_fixed"] = True
            f.reply(c, s0 + timedelta(hours=2, minutes=f.r.randint(0, 9)), W.SPIKE_FIXED)
    f.spike = {
        "topic": "party-hire app moves Saturday bookings to the next day, drivers' routes follow it, error GFR-846",
        "about": "wrong-day booking shift",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


def main() -> None:
    for n, (name, code) in enumerate(FAMILIES, start=1):
        f = Fam(name, code, n)
        globals()[name](f)
        f.write()
        print(name, len(f.cust), len(f.rows))


if __name__ == "__main__":
    main()
