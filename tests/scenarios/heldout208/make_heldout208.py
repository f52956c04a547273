# ruff: noqa: E501
"""Build heldout208/ (report only, written blind): python make_heldout208.py."""

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

import wording as w  # noqa: E402

SEED = 20261024
COMPS = ("Pfotalia", "Caniva")
MARKETS = {
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
    "es": ["ES"],
}
PREFIX = {
    "FR": "+33 6",
    "BE": "+32 47",
    "CH": "+41 79",
    "LU": "+352 621",
    "DE": "+49 151",
    "AT": "+43 664",
    "UK": "+44 7",
    "IE": "+353 87",
    "IT": "+39 33",
    "PT": "+351 91",
    "ES": "+34 6",
}
SOURCE = {
    "email": "petzuro-mail",
    "phone": "petzuro-voice",
    "social": "petzuro-social",
    "community": "petzuro-forum",
    "chat": "petzuro-chat",
    "web": "petzuro-web",
    "survey": "petzuro-survey",
}
FLAT = str.maketrans("àâäéèêëîïôöùûüçáíóúñãõÀÉÈÖÜÄ", "aaaeeeeiioouuucaiounaoAEEOUA")
COUNTER = {"n": 0, "case": 0}


def uniq() -> int:
    COUNTER["n"] += 1
    return COUNTER["n"]


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def spoken(text: str) -> str:
    words = [x.strip(".,:;!?«»\"'()") for x in text.replace("\n", " ").split()]
    return " ".join(x if any(ch.isdigit() for ch in x) else x.lower() for x in words if x)


@dataclass
class Cust:
    key: str
    lang: str
    country: str
    first: str
    last: str
    pet: str
    ids: dict[str, str | None]
    persona: str
    habit: str
    expected: list[str]
    tolerated: list[str]
    segment: str = "consumer"
    lang2: str | None = None
    info: dict[str, Any] = field(default_factory=dict)


@dataclass
class Row:
    ts: datetime
    seq: int
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]
    eid: str = ""


class Fam:
    def __init__(
        self, name: str, code: str, start: datetime, days: int, n: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.custs: list[Cust] = []
        self.rows: list[Row] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def daytime(self, t: datetime) -> datetime:
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 55))
        elif t.hour < 7:
            t = t.replace(hour=8, minute=self.rng.randint(0, 55))
        return t

    def office(self, t: datetime) -> datetime:
        while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
            if t.hour >= 17 or t.weekday() >= 5:
                t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
            else:
                t = t.replace(hour=8, minute=self.rng.randint(0, 50))
        return t

    def pick_lang(self) -> str:
        return str(self.rng.choices(w.LANGS, weights=(30, 30, 10, 10, 10, 10))[0])

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        lang: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        country: str | None = None,
    ) -> Cust:
        r = self.rng
        lang = lang or self.pick_lang()
        country = country or r.choice(MARKETS[lang])
        first, last = r.choice(w.FIRST[lang]), r.choice(w.LAST[lang])
        n = uniq()
        a_first, a_last = first.translate(FLAT).lower(), last.translate(FLAT).lower()
        if domain:
            email = f"{a_first}.{a_last}{n}@{domain}"
        else:
            email = f"{a_first}.{a_last}{n}@{r.choice(['mailbox', 'posteo', 'webmail', 'correo', 'inbox'])}.example"
        phone = PREFIX[country] + f"{n:04d}{r.randint(0, 9999):04d}"
        handle = (
            None
            if account or r.random() < 0.25
            else "@"
            + r.choice([f"{a_first}_{a_last}{n}", f"{a_last}{a_first[0]}{n}", f"{a_first}{n}"])
        )
        key = f"PZ{self.code}{1000 + n:04d}"
        c = Cust(
            key,
            lang,
            country,
            first,
            last,
            r.choice(w.PETS),
            {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            persona,
            habit,
            expected or [],
            tolerated or [],
            "b2b" if account else "consumer",
        )
        self.custs.append(c)
        return c

    def say(self, table: dict[str, list[str]], c: Cust, lang: str | None = None, **kw: str) -> str:
        return self.rng.choice(table[lang or c.lang]).format(pet=c.pet, name=c.first, **kw)

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = text.translate(FLAT)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, x in enumerate(words) if len(x) > 4 and x.isalpha() and x.islower()]
            if idx:
                i = r.choice(idx)
                x = words[i]
                j = r.randint(1, len(x) - 3)
                words[i] = x[:j] + x[j + 1] + x[j] + x[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        if text and direction == "inbound" and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text and channel == "phone":
            text = spoken(text)
        if text and channel == "social" and direction == "inbound":
            text = (
                text.replace("Petzuro", "@Petzuro", 1) if "Petzuro" in text else "@Petzuro " + text
            )
        a = {"market": c.country} | (attrs or {})
        if c.segment == "b2b":
            a["segment"] = "b2b"
        if direction == "outbound":
            a["agent"] = self.rng.choice(["Aurélie", "Jens", "Marta", "Kevin", "Sofia"])
        seq = len(self.rows)
        eid = f"h208-{self.code.lower()}-{seq + 1:05d}"
        self.rows.append(
            Row(
                ts,
                seq,
                c,
                channel,
                kind,
                direction,
                text,
                subject,
                dict({"nps": None, "csat": None, "ces": None}, **(scores or {})),
                a,
                eid,
            )
        )
        return eid

    def case(self) -> str:
        COUNTER["case"] += 1
        return f"PZ-{418000 + COUNTER['case'] * 37:06d}"

    def mins(self, a: float, b: float) -> timedelta:
        return timedelta(minutes=self.rng.uniform(a, b))

    # ---------------------------------------------------------------- acts --
    def happy(self, c: Cust, t: datetime, lang: str | None = None, survey: bool = True) -> None:
        r = self.rng
        kinds = ["praise", "again", "gripe", "chat", "phone", "buy", "view", "review"] + (
            ["survey"] if survey else []
        )
        k = r.choice(kinds)
        lg = lang or c.lang
        if k in ("praise", "again", "gripe"):
            ch = r.choice(["social", "community"])
            table = {"praise": w.PRAISE, "again": w.AGAIN_PRAISE, "gripe": w.GRIPE_PRAISE}[k]
            self.add(c, t, ch, "mention" if ch == "social" else "post", self.say(table, c, lg))
        elif k == "chat":
            self.add(c, t, "chat", "chat", self.say(w.QUESTION, c, lg))
            t2 = t + self.mins(1, 6)
            self.reply(c, t2, self.say(w.ANSWER, c, lg))
            if r.random() < 0.6:
                self.add(c, t2 + self.mins(1, 3), "chat", "chat", self.say(w.THANKS, c, lg))
        elif k == "phone":
            self.add(c, t, "phone", "call", self.say(w.PHONE_Q, c, lg))
            self.add(
                c,
                t + self.mins(8, 30),
                "email",
                "message",
                self.say(w.PHONE_FOLLOW, c, lg),
                "outbound",
            )
        elif k == "buy":
            svc, price = r.choice(w.SERVICES)
            self.add(c, t, "web", "page_view", None, attrs={"page": "/boarding/book"})
            cur = {"UK": "GBP", "CH": "CHF"}.get(c.country, "EUR")
            self.add(
                c,
                t + self.mins(3, 15),
                "web",
                "purchase",
                None,
                attrs={"order_value": price, "currency": cur, "product": svc, "page": "/checkout"},
            )
        elif k == "view":
            self.add(c, t, "web", "page_view", None, attrs={"page": r.choice(w.PAGES)})
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.say(w.REVIEW, c, lg),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.happy_survey(c, t, lg)

    def happy_survey(self, c: Cust, t: datetime, lang: str | None = None) -> None:
        r = self.rng
        which = r.choice(["nps", "csat", "ces"])
        val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
        self.add(
            c,
            t,
            "survey",
            "survey_response",
            self.say(w.SURVEY_WORD, c, lang) or None,
            scores={which: val},
            attrs={"survey": which},
        )

    def reply(self, c: Cust, t: datetime, text: str) -> None:
        self.add(c, t, "chat", "chat", text, "outbound")

    def low_score(self, c: Cust, t: datetime, which: str, value: int, word: bool) -> None:
        text = (self.say(w.LOW_WORD, c) or None) if word else None
        eid = self.add(
            c, t, "survey", "survey_response", text, scores={which: value}, attrs={"survey": which}
        )
        c.info |= {f"{which}_given": True, which: value, "survey_event_id": eid}

    def complain(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        long: bool = False,
        lang: str | None = None,
    ) -> tuple[str, str | None]:
        lg = lang or c.lang
        what = w.WHAT[problem][lg]
        topic = w.TOPIC_WORD[problem][lg]
        ref = None if channel == "social" else self.case()
        if channel == "email":
            text = (
                w.LONG_EMAIL[lg][0].format(pet=c.pet, what=what, name=f"{c.first} {c.last}")
                if long
                else self.say(w.COMPLAINT[problem], c, lg)
            )
            eid = self.add(c, t, "email", "message", text, subject=w.COMPLAINT_SUBJ[lg] + topic)
        elif channel == "chat":
            eid = self.add(c, t, "chat", "chat", self.say(w.COMPLAINT[problem], c, lg))
        elif channel == "social":
            eid = self.add(c, t, "social", "mention", self.say(w.COMPLAINT[problem], c, lg))
        elif channel == "web":
            eid = self.add(
                c,
                t,
                "web",
                "ticket",
                self.say(w.COMPLAINT[problem], c, lg),
                subject=w.COMPLAINT_SUBJ[lg] + topic,
                attrs={"page": "/help/contact"},
            )
        else:
            eid = self.add(c, t, "phone", "call", self.say(w.PHONE_COMPLAINT, c, lg, what=what))
        if ref is not None:
            if channel == "chat":
                self.reply(c, t + self.mins(2, 5), self.say(w.CASE_OPENED, c, lg, case=ref))
            else:
                self.add(
                    c,
                    self.daytime(t + self.mins(10, 40)),
                    "email",
                    "message",
                    self.say(w.CASE_OPENED, c, lg, case=ref),
                    "outbound",
                    subject=w.CASE_SUBJ[lg] + ref,
                )
        return eid, ref

    def again(
        self, c: Cust, t: datetime, ref: str, n: int, channel: str, lang: str | None = None
    ) -> str:
        lg = lang or c.lang
        text = self.say(w.STILL_OPEN, c, lg, case=ref)
        if n == 3:
            text += " " + self.say(
                w.THIRD, c, lg, comp=c.info.setdefault("competitor", self.rng.choice(COMPS))
            )
        if n == 4:
            text += " " + self.say(w.FOURTH, c, lg)
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[channel]
        subj = w.CASE_SUBJ[lg] + ref if channel in ("email", "web") else None
        eid = self.add(
            c,
            t,
            channel,
            kind,
            text,
            subject=subj,
            attrs={"page": "/help/contact"} if channel == "web" else None,
        )
        if channel == "chat":
            self.reply(c, t + self.mins(1, 4), self.say(w.URGENT, c, lg, case=ref))
        return eid

    def fix(
        self, c: Cust, t: datetime, ref: str, lang: str | None = None
    ) -> tuple[datetime, str, str]:
        lg = lang or c.lang
        t1 = self.daytime(t + self.mins(180, 1200))
        self.add(
            c,
            t1,
            "email",
            "message",
            self.say(w.GOOD_NEWS, c, lg, case=ref),
            "outbound",
            subject=w.CASE_SUBJ[lg] + ref,
        )
        t2 = self.daytime(t1 + self.mins(480, 1800))
        ch = self.rng.choice(["email", "chat"])
        eid = self.add(
            c,
            t2,
            ch,
            "message" if ch == "email" else "chat",
            self.say(w.CONFIRM, c, lg, case=ref),
            subject=w.CASE_SUBJ[lg] + ref if ch == "email" else None,
        )
        return t2, eid, ch

    # --------------------------------------------------------------- output --
    def write(self) -> tuple[int, int, int]:
        rows = sorted(self.rows, key=lambda x: (x.ts, x.seq))
        seen: set[str] = set()
        out: list[str] = []
        for row in rows:
            c, ids = row.cust, row.cust.ids
            assert row.ts < datetime(2026, 11, 15, tzinfo=UTC) and row.ts >= self.start
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": ids["account_id"],
            }
            if row.direction == "outbound" or (row.direction == "inbound" and c.key not in seen):
                ref |= ids
                if row.direction == "inbound":
                    seen.add(c.key)
            elif row.channel == "phone":
                p = ids["phone"] or ""
                ref["phone"] = p if self.rough.random() < 0.5 else p.replace(" ", "")
            elif row.channel in ("social", "community"):
                h = ids["handle"]
                if h:
                    ref["handle"] = h if self.rough.random() < 0.8 else h.lstrip("@")
                else:
                    ref["email"] = ids["email"]
            elif row.channel == "email":
                e = ids["email"] or ""
                ref["email"] = e.upper() if self.rough.random() < 1 / 12 else e
            else:
                ref["customer_id"] = ids["customer_id"]
            rec = {
                "event_id": row.eid,
                "occurred_at": iso(row.ts),
                "channel": row.channel,
                "kind": row.kind,
                "direction": row.direction,
                "customer": ref,
                "text": row.text,
                "subject": row.subject,
                "scores": row.scores,
                "source": SOURCE[row.channel],
                "attributes": row.attrs,
            }
            out.append(json.dumps(rec, ensure_ascii=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
        customers: dict[str, Any] = {}
        expected: dict[str, int] = {}
        for c in self.custs:
            assert not set(c.expected) & set(c.tolerated), c.key
            assert c.key in seen, c.key
            ids = dict(c.ids)
            ids["phone"] = "+" + "".join(ch for ch in (ids["phone"] or "") if ch.isdigit())
            customers[c.key] = {
                "identifiers": ids,
                "expected_rules": sorted(c.expected),
                "tolerated_rules": sorted(c.tolerated),
                "persona": c.persona,
                "habit": c.habit,
                "language": c.lang,
                "country": c.country,
                "segment": c.segment,
                "name": f"{c.first} {c.last}",
                "pet": c.pet,
            } | c.info
            if c.lang2:
                customers[c.key]["languages"] = [c.lang, c.lang2]
            for rule in c.expected:
                expected[rule] = expected.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        end = max(self.start + timedelta(days=self.days), rows[-1].ts + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Petzuro (pet sitting, dog walking and boarding; Petzuro Work for firms)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(rows), sum(1 for x in rows if x.direction == "outbound")


SILENCE = ["silence"]
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def happy_writers(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in r.sample(range(10), r.randint(5, 8)):
            f.happy(c, f.at(d, r.uniform(7, 19)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in r.sample(range(9), r.randint(2, 4)):
            t = f.at(d, r.uniform(22.2, 28.5))
            if r.random() < 0.5:
                f.add(c, t, "social", "mention", f.say(w.NIGHT_POST, c))
            else:
                f.add(c, t, "chat", "chat", f.say(w.NIGHT_Q, c))
                f.reply(c, t + f.mins(1, 5), f.say(w.NIGHT_A, c))
                f.add(c, t + f.mins(6, 9), "chat", "chat", f.say(w.THANKS, c))
        for d in r.sample(range(10), r.randint(2, 3)):
            f.happy(c, f.at(d, r.uniform(9, 18)), survey=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in r.sample(range(10), r.randint(3, 6)):
            f.happy_survey(c, f.at(d, r.uniform(8, 20)))


def one_bad_day(f: Fam) -> None:
    r = f.rng
    plan = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    with_case = []
    for i, ch in enumerate(plan):
        lang = ("fr", "fr", "de", "de")[i] if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", tolerated=SILENCE, lang=lang)
        bad = r.randint(2, 9)
        t = f.at(bad, r.uniform(8, 20))
        problem = w.PROBLEMS[i % 4]
        eid, ref = f.complain(c, t, problem, "email" if ch == "long" else ch, long=ch == "long")
        c.info |= {
            "problem": problem,
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "channel": ch,
            "booking": ref,
            "long_email": ch == "long",
            "trouble_starts_at": iso(t),
        }
        days = [d for d in range(12) if d <= bad - 2 or d >= bad + 3]
        for d in r.sample(days, min(len(days), r.randint(1, 5))):
            f.happy(c, f.at(d, r.uniform(8, 19)), survey=False)
        if ref:
            with_case.append((c, t, ref))
    r.shuffle(with_case)
    for j, (c, t, _ref) in enumerate(with_case):
        if j < 6:
            c.persona, c.expected = "bad_day_detractor", ["detractor"]
            nps = r.randint(1, 5)
            f.low_score(c, t + f.mins(100, 140), "nps", nps, True)
        elif j < 11:
            cs = r.randint(1, 2)
            f.low_score(c, t + f.mins(40, 80), "csat", cs, True)
    for j, (c, t, ref) in enumerate(sorted(with_case, key=lambda x: x[0].key)[:12]):
        f.add(
            c,
            f.daytime(t + f.mins(60, 240)),
            "email",
            "message",
            f.say(w.GOOD_NEWS, c, case=ref),
            "outbound",
            subject=w.CASE_SUBJ[c.lang] + ref,
        )
        c.info["agent_fixed"] = True
        if j < 5:
            ta = f.daytime(t + f.mins(16 * 60, 24 * 60))
            ch = r.choice(["chat", "email"])
            c.info |= {
                "apologised": True,
                "apology_at": iso(ta),
                "apology_event_id": f.add(
                    c, ta, ch, "chat" if ch == "chat" else "message", f.say(w.APOLOGY, c)
                ),
            }
    for _ in range(8):
        c = f.person("happy", "control")
        for d in r.sample(range(12), r.randint(4, 7)):
            f.happy(c, f.at(d, r.uniform(8, 19)), survey=False)


def repeat_run(
    f: Fam, c: Cust, t: datetime, times: int, first_ch: str, lang2: str | None = None
) -> None:
    r = f.rng
    problem = r.choice(w.PROBLEMS)
    eid, ref = f.complain(c, t, problem, first_ch)
    assert ref
    ids = [eid]
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    r.shuffle(chans)
    if times >= 3:
        f.add(
            c,
            f.daytime(t + f.mins(90, 150)),
            "email",
            "message",
            f.say(w.QUALITY, c, case=ref),
            "outbound",
            subject=w.CASE_SUBJ[c.lang] + ref,
        )
    tt = t
    for n in range(2, times + 1):
        tt = f.daytime(tt + timedelta(hours=r.uniform(4, 40)))
        lg = lang2 if lang2 and n % 2 == 0 else c.lang
        ids.append(f.again(c, tt, ref, n, chans[n - 2], lg))
    c.info |= {
        "problem": problem,
        "booking": ref,
        "contacts": times,
        "problem_event_ids": ids,
        "trouble_starts_at": iso(t),
        "agent_passed_on": times >= 3,
        "competitor": c.info.get("competitor"),
    }


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(0, r.uniform(7, 12)), survey=False)
        repeat_run(f, c, f.at(r.randint(1, 4), r.uniform(8, 19)), (2, 3, 4)[i % 3], firsts[i])
    for i in range(8):
        two = i >= 5
        c = f.person(
            "different_problems" if two else "resolved_between_contacts",
            "two problems" if two else "fixed",
            tolerated=SILENCE,
        )
        probs = []
        for k in range(2 if two else 1):
            t = f.at(1 + k * 4 + r.random(), r.uniform(8, 16))
            problem = w.PROBLEMS[(i + k) % 4]
            ch = r.choice(["email", "web", "chat"])
            eid, ref = f.complain(c, t, problem, ch)
            assert ref
            t2, ceid, cch = f.fix(c, t, ref)
            probs.append(
                {
                    "problem": problem,
                    "booking": ref,
                    "raised_at": iso(t),
                    "confirmed_at": iso(t2),
                    "problem_event_ids": [eid],
                    "confirm_event_id": ceid,
                    "channel": ch,
                    "confirm_channel": cch,
                }
            )
        c.info |= {"problems": probs, "trouble_starts_at": probs[0]["raised_at"]}
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in r.sample(range(10), r.randint(5, 8)):
            f.happy(c, f.at(d, r.uniform(8, 19)))


def slide(
    f: Fam, c: Cust, start_day: int, span: int, lang2: str | None = None, nps: bool = False
) -> None:
    r = f.rng
    t = f.at(start_day, r.uniform(9, 18))
    ids = []
    comp = r.choice(COMPS)
    for k in range(6):
        if k:
            t = f.daytime(t + timedelta(hours=max(1.2, span * 24 / 5 * r.uniform(0.7, 1.2))))
        lg = lang2 if lang2 and k % 2 else c.lang
        text = w.SLIDE[lg][k].format(pet=c.pet, comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
        if k == 3 and nps:
            v = r.randint(1, 5)
            f.low_score(c, f.daytime(t + f.mins(150, 210)), "nps", v, False)
    first = next(x.ts for x in f.rows if x.eid == ids[0])
    c.info |= {
        "slide_event_ids": ids,
        "trouble_starts_at": iso(first),
        "competitor": comp,
        "slide_days": span,
    }


def slow_churners(f: Fam) -> None:
    r = f.rng
    for i in range(10):
        nps = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if nps else []),
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for d in r.sample(range(11), r.randint(4, 5)):
            f.add(
                c,
                f.at(d, r.uniform(8, 20)),
                r.choice(["social", "community"]),
                "post",
                f.say(w.PRAISE, c),
            )
        for d in r.sample(range(11), r.randint(2, 4)):
            f.happy(c, f.at(d, r.uniform(8, 20)), survey=False)
        slide(f, c, r.randint(12, 16), (3, 5, 5, 5, 5, 5, 9, 9, 9, 9)[i], nps=nps)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for d in r.sample(range(16), r.randint(4, 6)):
            f.happy(c, f.at(d, r.uniform(8, 20)), survey=False)
        t = f.at(r.randint(17, 23), r.uniform(8, 19))
        eid = f.add(c, t, "email", "message", f.say(w.CANCEL_REQ, c), subject="Petzuro Club")
        f.add(
            c,
            f.daytime(t + f.mins(60, 300)),
            "email",
            "message",
            f.say(w.SORRY_GO, c),
            "outbound",
            subject="Re: Petzuro Club",
        )
        tc = f.daytime(t + f.mins(1200, 1800))
        c.info |= {
            "churn_intent_event_id": eid,
            "cancellation_event_id": f.add(
                c,
                tc,
                "web",
                "cancellation",
                None,
                attrs={"page": "/club/cancel", "product": "Petzuro Club"},
            ),
            "churn_at": iso(tc),
            "trouble_starts_at": iso(t),
        }
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in r.sample(range(32), r.randint(6, 10)):
            f.happy(c, f.at(d, r.uniform(8, 20)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        gd = r.uniform(0, 4)
        gids = []
        for _k in range(r.randint(5, 7)):
            t = f.daytime(f.at(gd, r.uniform(9, 20)))
            ch = r.choice(["social", "community", "web", "review"])
            text = f.say(w.GRUMBLE, c)
            if ch == "review":
                gids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                gids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                gids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            gd += r.uniform(1, 3)
        c.info |= {
            "grumble_event_ids": gids,
            "trouble_starts_at": iso(min(x.ts for x in f.rows if x.eid in gids)),
        }
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=SILENCE)
        for d in r.sample(range(16), r.randint(4, 6)):
            f.happy(c, f.at(d, r.uniform(8, 20)), survey=False)
        c.info["sarcasm_event_id"] = f.add(
            c, f.at(r.randint(17, 28), r.uniform(9, 20)), "social", "mention", f.say(w.SARCASM, c)
        )


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in r.sample(range(3), r.randint(1, 3)):
            f.happy(c, f.at(d, r.uniform(7, 17.5)))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=SILENCE)
        t = f.at(r.randint(0, 2), r.uniform(9, 16))
        f.add(c, t, "web", "page_view", None, attrs={"page": r.choice(w.PAGES)})
        t2 = t + f.mins(20, 30)
        if i < 2:
            eid = f.add(c, t2, "chat", "chat", f.say(w.MILD, c))
            f.reply(c, t2 + f.mins(1, 5), f.say(w.MILD_ACK, c))
        else:
            eid = f.add(c, t2, "web", "ticket", f.say(w.MILD, c), attrs={"page": "/help/contact"})
            f.add(c, t2 + f.mins(15, 40), "email", "message", f.say(w.MILD_ACK, c), "outbound")
        c.info |= {"grumble_event_id": eid, "trouble_starts_at": iso(t2)}
    for night in range(3):
        first = f.at(night + 1, r.uniform(0.67, 1.08))
        for b, off in enumerate((0.0, r.uniform(28, 33), r.uniform(55, 65))):
            bs = first + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + f.mins(0, 10)
                if r.random() < 0.5:
                    eid = f.add(c, t, "social", "mention", f.say(w.NIGHT_POST, c))
                else:
                    eid = f.add(c, t, "chat", "chat", f.say(w.NIGHT_Q, c))
                    f.reply(c, t + f.mins(1, 4), f.say(w.NIGHT_A, c))
                    f.add(c, t + f.mins(5, 8), "chat", "chat", f.say(w.THANKS, c))
                c.info |= {"burst_at": iso(bs), "night_event_id": eid}
                if r.random() < 0.5:
                    f.happy(c, f.at(r.randint(0, 2), r.uniform(9, 17.5)), survey=False)


PAIRS = [
    ("fr", "de"),
    ("de", "fr"),
    ("fr", "en"),
    ("de", "en"),
    ("fr", "it"),
    ("de", "it"),
    ("fr", "es"),
    ("de", "pt"),
    ("en", "fr"),
    ("it", "de"),
    ("pt", "fr"),
    ("es", "de"),
]


def bilingual(f: Fam) -> None:
    r = f.rng
    k = 0

    def pers(persona: str, habit: str, exp: list[str], tol: list[str]) -> Cust:
        nonlocal k
        a, b = PAIRS[k % len(PAIRS)]
        k += 1
        c = f.person(persona, habit, exp, tol, lang=a)
        c.lang2 = b
        c.info["job_second_language"] = r.choice(
            ["works across the border", "partner's language", "grew up with both", "studied there"]
        )
        return c

    for _ in range(12):
        c = pers("happy", "alternates languages", [], [])
        for j, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            f.happy(c, f.at(d, r.uniform(8, 19)), c.lang2 if j % 2 else c.lang)
    for i in range(5):
        c = pers("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(r.randint(0, 1), r.uniform(8, 12)), survey=False)
        repeat_run(
            f,
            c,
            f.at(r.randint(2, 5), r.uniform(8, 18)),
            (2, 2, 3, 3, 4)[i],
            r.choice(["email", "web", "chat"]),
            c.lang2,
        )
    for _ in range(5):
        c = pers(
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
        )
        for j, d in enumerate(range(6)):
            f.add(
                c,
                f.at(d, r.uniform(8, 20)),
                r.choice(["social", "community"]),
                "post",
                f.say(w.PRAISE, c, c.lang2 if j % 2 else c.lang),
            )
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(r.randint(0, 5), r.uniform(8, 20)), survey=False)
        slide(f, c, r.randint(7, 8), r.randint(3, 5), c.lang2)
    for i in range(3):
        c = pers("happy_one_bad_day", "one bad day", [], SILENCE)
        if i == 0:
            c.lang2 = "de"
        assert c.lang2
        for d in r.sample([0, 1, 2, 9, 10, 11, 12], 3):
            f.happy(c, f.at(d, r.uniform(8, 19)), survey=False)
        t = f.at(5, r.uniform(9, 17))
        problem = w.PROBLEMS[i]
        eid, ref = f.complain(
            c, t, problem, ("email", "email", "chat")[i], long=i == 0, lang=c.lang2
        )
        c.info |= {
            "problem": problem,
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "bad_day_language": c.lang2,
            "booking": ref,
            "trouble_starts_at": iso(t),
        }
        if i < 2 and ref:
            f.add(
                c,
                f.daytime(t + f.mins(60, 240)),
                "email",
                "message",
                f.say(w.GOOD_NEWS, c, c.lang2, case=ref),
                "outbound",
                subject=w.CASE_SUBJ[c.lang2] + ref,
            )
        if i == 1:
            ta = f.daytime(t + f.mins(18 * 60, 24 * 60))
            c.info |= {
                "apologised": True,
                "apology_event_id": f.add(c, ta, "chat", "chat", f.say(w.APOLOGY, c, c.lang2)),
            }
    for _ in range(2):
        c = pers("resolved_between_contacts", "fixed", [], SILENCE)
        t = f.at(r.randint(2, 6), r.uniform(9, 16))
        problem = r.choice(w.PROBLEMS)
        eid, ref = f.complain(c, t, problem, "web")
        assert ref
        t2, ceid, cch = f.fix(c, t, ref, c.lang2)
        c.info |= {
            "problems": [
                {
                    "problem": problem,
                    "booking": ref,
                    "raised_at": iso(t),
                    "confirmed_at": iso(t2),
                    "problem_event_ids": [eid],
                    "confirm_event_id": ceid,
                    "channel": "web",
                    "confirm_channel": cch,
                }
            ],
            "confirm_language": c.lang2,
            "trouble_starts_at": iso(t),
        }


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    plan: list[tuple[str, int, int]] = [
        ("at_risk", 4, 3),
        ("at_risk", 5, 3),
        ("at_risk", 4, 3),
        ("at_risk", 6, 4),
        ("at_risk", 5, 4),
    ]
    plan += (
        [("one_unhappy", 3, 1)] * 4
        + [("mild", 3, 0), ("mild", 4, 0), ("mild", 3, 0)]
        + [("happy", 4, 0), ("happy", 4, 0), ("happy", 5, 0)]
    )
    langs = [
        "fr",
        "de",
        "de",
        "fr",
        "en",
        "de",
        "fr",
        "it",
        "pt",
        "fr",
        "de",
        "es",
        "de",
        "fr",
        "de",
    ]
    sites = [
        "facilities",
        "architecture",
        "software",
        "insurance",
        "university",
        "agency",
        "hotel",
        "bank",
        "logistics",
        "municipality",
        "law firm",
        "studio",
        "clinic",
        "publisher",
        "engineering",
    ]
    for a, (kind, ncont, nunh) in enumerate(plan):
        lang = langs[a]
        country = MARKETS[lang][0]
        acc = f"PZW-{country}-{3100 + a * 17:04d}"
        company = f"{r.choice(['Norda', 'Talvis', 'Brennik', 'Quorel', 'Ostrava', 'Lumet', 'Varsa'])} {sites[a].title()} {a + 1}"
        domain = company.lower().replace(" ", "") + ".example"
        contacts: list[Cust] = []
        for j in range(ncont):
            role = (
                "complainer"
                if j < nunh
                else ("suggests" if kind == "mild" and j < 2 else "contact")
            )
            persona = (
                {"at_risk": "b2b_unhappy", "one_unhappy": "b2b_one_unhappy", "mild": "b2b_mild"}[
                    kind
                ]
                if role != "contact"
                else "b2b_happy"
            )
            tol = []
            if persona == "b2b_unhappy":
                tol = [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ]
            elif persona == "b2b_one_unhappy":
                tol = ["sentiment_drop", "high_value_at_risk", "silence"]
            elif persona == "b2b_mild":
                tol = SILENCE
            c = f.person(
                persona, role, [], tol, lang=lang, account=acc, domain=domain, country=country
            )
            while any(x.first == c.first and x is not c for x in contacts):
                c.first = r.choice(w.FIRST[lang])
            c.info |= {
                "company": company,
                "role": role,
                "job_title": r.choice(
                    [
                        "Office Manager",
                        "HR Partner",
                        "Facilities Lead",
                        "Finance Assistant",
                        "Team Lead",
                    ]
                ),
            }
            contacts.append(c)
            for _ in range(r.randint(0, 2) if role != "contact" else r.randint(3, 5)):
                d = (
                    r.choice([0, 1])
                    if role != "contact"
                    else r.choice([0, 1, 2, 3, 4, 7, 8, 9, 10, 11])
                )
                t = f.at(d, r.uniform(8, 16.5))
                k = r.choice(
                    ["chat", "buy", "view", "praise", "survey"]
                    if role == "contact"
                    else ["chat", "buy", "view"]
                )
                if k == "chat":
                    f.add(c, t, "chat", "chat", f.say(w.B2B_Q, c))
                    f.reply(c, t + f.mins(1, 6), f.say(w.ANSWER, c))
                    if r.random() < 0.5:
                        f.add(c, t + f.mins(7, 9), "chat", "chat", f.say(w.THANKS, c))
                elif k == "buy":
                    svc, price = r.choice(w.B2B_SERVICES)
                    f.add(c, t, "web", "page_view", None, attrs={"page": "/work/portal"})
                    f.add(
                        c,
                        t + f.mins(3, 12),
                        "web",
                        "purchase",
                        None,
                        attrs={
                            "order_value": price,
                            "currency": "CHF"
                            if country == "CH"
                            else ("GBP" if country == "UK" else "EUR"),
                            "product": svc,
                            "page": "/work/checkout",
                        },
                    )
                elif k == "view":
                    f.add(c, t, "web", "page_view", None, attrs={"page": "/work/portal"})
                elif k == "praise":
                    f.add(c, t, "community", "post", f.say(w.B2B_PRAISE, c))
                else:
                    f.happy_survey(c, t)
        unh = [x for x in contacts if x.info["role"] == "complainer"]
        info: dict[str, Any] = {
            "company": company,
            "site": sites[a],
            "contacts": ncont,
            "contact_keys": [x.key for x in contacts],
            "unhappy_contacts": nunh,
            "unhappy_contact_keys": [x.key for x in unh],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": country,
        }
        if kind == "at_risk":
            problem = w.B2B_PROBLEMS[a % 3]
            ref = f.case()
            t = f.at(2, r.uniform(8, 11))
            info |= {"same_problem": problem, "trouble_starts_at": iso(t)}
            for j, c in enumerate(unh):
                more = (
                    ""
                    if j == 0
                    else w.B2B_MORE[lang][0].format(
                        colleague=unh[0].first, when=w.WHEN_WORD[lang], case=ref
                    )
                )
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    w.B2B_COMPLAINT[problem][lang][0].format(more=more),
                    subject=w.COMPLAINT_SUBJ[lang] + "Petzuro Work",
                )
                c.info |= {
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                }
                if j == 0:
                    f.add(
                        c,
                        f.office(t + f.mins(20, 90)),
                        "email",
                        "message",
                        f.say(w.CASE_OPENED, c, case=ref),
                        "outbound",
                        subject=w.CASE_SUBJ[lang] + ref,
                    )
                if j < len(unh) - 1:
                    v = r.randint(1, 5)
                    c.expected = ["detractor"]
                    f.low_score(c, f.office(t + f.mins(60, 180)), "nps", v, False)
                else:
                    c.expected = ["repeat_contact"]
                    t2 = f.office(t + f.mins(18 * 60, 40 * 60))
                    comp = r.choice(COMPS)
                    if a == 0:
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            w.B2B_LAST_MAIL[lang][0].format(case=ref, comp=comp),
                            subject=w.CASE_SUBJ[lang] + ref,
                        )
                        c.info["competitor"] = comp
                    else:
                        e2 = f.add(
                            c, t2, "phone", "call", w.B2B_LAST_CALL[lang][0].format(case=ref)
                        )
                    c.info["complaint_event_ids"].append(e2)
                t = f.office(t + f.mins(8 * 60, 28 * 60))
            for c in contacts:
                if c.info["role"] == "complainer":
                    c.tolerated = [x for x in c.tolerated if x not in c.expected]
        elif kind == "one_unhappy":
            c = unh[0]
            problem = w.B2B_PROBLEMS[a % 3]
            t = f.office(f.at(r.randint(3, 7), r.uniform(8, 16)))
            eid = f.add(
                c,
                t,
                "email",
                "message",
                w.B2B_COMPLAINT[problem][lang][0].format(more=""),
                subject=w.COMPLAINT_SUBJ[lang] + "Petzuro Work",
            )
            ref = f.case()
            f.add(
                c,
                f.office(t + f.mins(20, 90)),
                "email",
                "message",
                f.say(w.CASE_OPENED, c, case=ref),
                "outbound",
                subject=w.CASE_SUBJ[lang] + ref,
            )
            v = r.randint(1, 5)
            c.expected = ["detractor"]
            c.info |= {
                "problem": problem,
                "booking": ref,
                "complaint_event_ids": [eid],
                "trouble_starts_at": iso(t),
                "nps_given": True,
                "nps": v,
                "survey_event_id": f.add(
                    c,
                    f.office(t + f.mins(60, 180)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": v},
                    attrs={"survey": "nps"},
                ),
            }
        elif kind == "mild":
            for c in contacts:
                if c.info["role"] == "suggests":
                    t = f.office(f.at(r.randint(2, 9), r.uniform(8, 16)))
                    eid = f.add(
                        c,
                        t,
                        "web",
                        "ticket",
                        f.say(w.B2B_SUGGEST, c),
                        attrs={"page": "/work/feedback"},
                    )
                    f.add(
                        c,
                        f.office(t + f.mins(30, 120)),
                        "email",
                        "message",
                        f.say(w.MILD_ACK, c),
                        "outbound",
                    )
                    c.info |= {"mild_event_id": eid, "trouble_starts_at": iso(t)}
        f.accounts[acc] = info


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in r.sample(range(6), r.randint(1, 4)):
            f.happy(c, f.at(d, r.uniform(12, 19) if d == 5 else r.uniform(8, 19)), survey=d != 5)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=SILENCE)
        t = f.at(0, r.uniform(9, 16))
        eid = f.add(c, t, "chat", "chat", f.say(w.MILD, c))
        f.reply(c, t + f.mins(1, 5), f.say(w.MILD_ACK, c))
        c.info |= {"grumble_event_id": eid, "trouble_starts_at": iso(t)}
    for lang, hour in (("fr", 9 + 40 / 60), ("de", 16 + 5 / 60)):
        c = f.person("grumbles_once", "lone question", tolerated=SILENCE, lang=lang)
        t = f.at(4, hour)
        eid = f.add(c, t, "chat", "chat", f.say(w.LONE_Q, c))
        f.reply(c, t + f.mins(2, 6), f.say(w.LONE_A, c))
        c.info |= {"lone_report_event_id": eid, "trouble_starts_at": iso(t)}
    langs = ["fr"] * 6 + ["de"] * 6 + ["en", "en", "it", "it", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    offs = sorted([0.0, 45.0] + [r.uniform(1, 44) for _ in range(18)])
    s0 = f.at(5, 7 + 50 / 60)
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        regular = i % 5 < 3
        c = f.person(
            "spike_reporter", "regular" if regular else "new", tolerated=SILENCE, lang=langs[i]
        )
        if regular:
            for _ in range(r.randint(1, 2)):
                f.happy(c, f.at(2, r.uniform(8, 17.5)), survey=False)
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.say(w.SPIKE_REPORT, c)
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
            subject=w.COMPLAINT_SUBJ[c.lang] + "pass animal / pet pass"
            if ch in ("email", "web")
            else None,
        )
        if ch == "chat":
            f.reply(c, t + f.mins(1, 3), f.say(w.SPIKE_CHAT_A, c))
        c.info |= {
            "in_spike": True,
            "regular": regular,
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
        }
        reporters.append((c, t, ch, eid))
    early = [x for x in reporters if x[1] <= s0 + timedelta(minutes=30)]
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    repeaters: list[str] = []
    for c, t, ch, _eid in early:
        if len(repeaters) == 6:
            break
        options = [x for x in rep_chans if x != ch]
        if not options:
            continue
        ch2 = options[0]
        rep_chans.remove(ch2)
        t2 = t + f.mins(10, 60)
        kind = {"chat": "chat", "community": "post", "email": "message"}[ch2]
        e2 = f.add(
            c,
            t2,
            ch2,
            kind,
            f.say(w.SPIKE_AGAIN, c),
            subject=w.COMPLAINT_SUBJ[c.lang] + "IMV-719" if ch2 == "email" else None,
        )
        if ch2 == "chat":
            f.reply(c, t2 + f.mins(1, 3), f.say(w.SPIKE_CHAT_A, c))
        c.persona, c.expected, c.tolerated = (
            "spike_repeater",
            ["repeat_contact"],
            ["silence", "sentiment_drop"],
        )
        c.info |= {"repeat_event_id": e2}
        repeaters.append(e2)
    others = [x for x in reporters if x[0].persona == "spike_reporter"]
    for c, _t, _ch, _e in others[:6]:
        f.add(
            c,
            f.at(5, 10 + r.uniform(5, 15) / 60),
            "email",
            "message",
            f.say(w.SPIKE_FIXED, c),
            "outbound",
            subject="Petzuro pet pass",
        )
        c.info["agent_fixed"] = True
    f.spike = {
        "topic": w.SPIKE_TOPIC,
        "about": "the planted incident of heldout208 (see topic)",
        "channel": None,
        "start": iso(reporters[0][1]),
        "end": iso(reporters[-1][1]),
        "customers": 20,
        "customer_keys": [x[0].key for x in reporters],
        "event_ids": [x[3] for x in reporters],
        "repeat_event_ids": repeaters,
    }


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        happy_writers,
        "happy customers writing by day and night",
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        one_bad_day,
        "happy customers with one bad day",
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 11, tzinfo=UTC),
        10,
        repeat_contacts,
        "open problems raised again",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 8, tzinfo=UTC),
        32,
        slow_churners,
        "slides, leavers, grumpy and sarcastic",
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm weekend with night-owl bursts",
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        bilingual,
        "customers writing in two languages",
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 9, 28, tzinfo=UTC),
        14,
        b2b_accounts,
        "Petzuro Work accounts",
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 10, 19, tzinfo=UTC),
        7,
        topic_spike,
        "a calm week and the planted incident",
    ),
]


def main() -> None:
    tot = [0, 0, 0]
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, 1):
        assert start.weekday() == (4 if name == "quiet_hours" else 0), name
        fam = Fam(name, code, start, days, n, about)
        build(fam)
        counts = fam.write()
        print(name, *counts)
        tot = [a + b for a, b in zip(tot, counts, strict=True)]
    print("total", *tot)


if __name__ == "__main__":
    main()
