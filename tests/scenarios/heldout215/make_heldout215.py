# ruff: noqa: E501
"""Build heldout215 (report only, written blind): every <family>.jsonl and <family>.truth.json.

Standard library only; fixed seed, one random.Random per family. Run from anywhere.
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

SEED = 20261206
MARKETS = {
    "es": ["ES"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
    "pt": ["PT"],
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
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
CODE = "PAY-" + "7" + "26"
USED: set[str] = set()


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
    info: dict[str, Any] = field(default_factory=dict)


@dataclass
class Row:
    hours: float
    seq: int
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]
    eid: str


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

    def uniq(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        r = self.rng
        market = market or r.choice(MARKETS[lang])
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        key = self.uniq(lambda: f"PG{self.code}{r.randint(1000, 9999)}")
        base = strip(f"{first}.{last}".lower()).replace(" ", "")
        email = self.uniq(
            lambda: (
                f"{base}{r.randint(1, 99)}@{domain or r.choice(['correo', 'posteo', 'mailbox', 'webpost'])}.example"
            )
        )
        cc, pre, length = PHONE[market]
        phone = self.uniq(
            lambda: cc + pre + "".join(str(r.randint(0, 9)) for _ in range(length - len(pre) + 1))
        )
        handle = (
            None
            if account
            else self.uniq(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{base.replace('.', '_')}{r.randint(1, 9)}",
                            f"{strip(first).lower()}{r.randint(10, 99)}",
                        ]
                    )
                )
            )
        )
        c = Cust(key, lang, market, first, last, email, phone, handle, account)
        c.info = {
            "persona": persona,
            "habit": habit,
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
        }
        assert not set(expected) & set(tolerated)
        self.custs.append(c)
        return c

    def add(
        self,
        hours: float,
        c: Cust,
        channel: str,
        kind: str,
        text: str | None = None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        eid = f"h215-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if text is not None and direction == "inbound" and channel not in ("phone", "survey"):
            text = roughen(text, self.rough)
        if (
            text is not None
            and channel == "social"
            and direction == "inbound"
            and "@Plagaro" not in text
        ):
            text = text.replace("Plagaro", "@Plagaro") if "Plagaro" in text else "@Plagaro " + text
        a = {"market": c.market} | (attrs or {})
        if c.account:
            a["segment"] = "b2b"
        if direction == "outbound":
            a["agent"] = self.rng.choice(["Ana", "Jonas", "Marie", "Paolo", "Rita", "Tom"])
        self.rows.append(
            Row(
                hours,
                len(self.rows),
                c,
                channel,
                kind,
                direction,
                text,
                subject,
                scores or {},
                a,
                eid,
            )
        )
        return eid

    def at(self, day: int, lo: float, hi: float) -> float:
        return day * 24 + self.rng.uniform(lo, hi)

    def case(self) -> str:
        return self.uniq(lambda: f"PG-{self.rng.randint(100000, 999999)}")

    # ------------------------------------------------------------ happy acts --
    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def happy_act(self, c: Cust, h: float) -> None:
        r, lg = self.rng, c.lang
        what = r.choice(
            ["praise", "again", "gripe", "question", "call", "buy", "buy", "view", "review", "joke"]
        )
        if what in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[what]
            self.add(h, c, r.choice(["social", "community"]), "post", self.pick(table, lg))
        elif what == "joke":
            self.add(h, c, "social", "mention", self.pick(W.JOKE, lg))
        elif what == "question":
            self.add(h, c, "chat", "chat", self.pick(W.QUESTION, lg))
            self.add(
                h + r.uniform(0.02, 0.1), c, "chat", "chat", self.pick(W.ANSWER, lg), "outbound"
            )
            if r.random() < 0.6:
                self.add(h + r.uniform(0.12, 0.3), c, "chat", "chat", self.pick(W.THANKS, lg))
        elif what == "call":
            self.add(h, c, "phone", "call", self.pick(W.CALLQ, lg))
            self.add(
                h + r.uniform(0.2, 1.0), c, "email", "message", self.pick(W.ANSWER, lg), "outbound"
            )
        elif what in ("buy", "view"):
            self.add(
                h,
                c,
                "web",
                "page_view",
                attrs={"page": r.choice(["/plans", "/visits/new", "/wasps", "/mice"])},
            )
            if what == "buy":
                value = r.choice(["89.00", "119.00", "149.00", "39.90"])
                self.add(
                    h + r.uniform(0.05, 0.3),
                    c,
                    "web",
                    "purchase",
                    attrs={
                        "order_value": value,
                        "currency": "CHF"
                        if c.market == "CH"
                        else "GBP"
                        if c.market == "UK"
                        else "EUR",
                        "product": "Home visit / Visita a domicilio",
                        "page": "/checkout",
                    },
                )
        else:
            self.add(
                h,
                c,
                "web",
                "review",
                self.pick(W.REVIEW, lg),
                attrs={"rating": "5", "page": "/reviews"},
            )

    def happy_days(
        self, c: Cust, n: int, days: list[int], lo: float = 7.0, hi: float = 20.0
    ) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy_act(c, self.at(d, lo, hi))

    def survey(self, c: Cust, h: float, kind: str, value: int) -> str:
        text = self.pick(W.SURVEY_WORD, c.lang) if value >= 9 or kind != "nps" else None
        return self.add(
            h,
            c,
            "survey",
            "survey_response",
            text or None,
            scores={kind: value},
            attrs={"survey": kind},
        )


def strip(text: str) -> str:
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", text)
        if unicodedata.category(ch) != "Mn" or ch == "̃"
    )


def roughen(text: str, r: random.Random) -> str:
    if r.random() < 1 / 10:
        text = unicodedata.normalize("NFC", strip(text))
    if r.random() < 1 / 8 and text[:1].isupper() and not text[:3].isupper():
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = text.split(" ")
        spots = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) > 4]
        if spots:
            i = r.choice(spots)
            w = words[i]
            j = r.randint(1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def move_out_of_night(h: float) -> float:
    hod = h % 24
    if hod >= 22:
        return h - hod + 24 + 8 + (hod - 22) / 4
    if hod < 7:
        return h - hod + 8 + hod / 7
    return h


def render(c: Cust, table: dict[str, list[str]], f: Fam, **kw: str) -> str:
    return f.pick(table, c.lang).format(
        first=c.first, name=f"{c.first} {c.last}", comp=f.rng.choice(W.COMPETITORS), code=CODE, **kw
    )


def complaint(f: Fam, c: Cust, problem: str) -> str:
    return f.pick(W.COMPLAINT[problem], c.lang)


# ---------------------------------------------------------------- families --
def langs(f: Fam, n: int, first: tuple[str, ...] = ()) -> list[str]:
    out = list(first)
    while len(out) < n:
        out.append(f.rng.choices(["es", "de", "en", "fr", "it", "pt"], [30, 30, 10, 10, 10, 10])[0])
    return out


def happy_writers(f: Fam) -> None:
    for lg in langs(f, 16):
        c = f.person(lg, "happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    for lg in langs(f, 5, ("es", "de")):
        c = f.person(lg, "happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            h = d * 24 + 22.2 + f.rng.uniform(0, 6.2)
            if f.rng.random() < 0.5:
                f.add(h, c, "social", "post", f.pick(W.NIGHT_POST, lg))
            else:
                f.add(h, c, "chat", "chat", f.pick(W.NIGHT_Q, lg))
                f.add(h + 0.05, c, "chat", "chat", f.pick(W.NIGHT_A, lg), "outbound")
                f.add(h + 0.15, c, "chat", "chat", f.pick(W.THANKS, lg))
        f.happy_days(c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for lg in langs(f, 5, ("de", "es")):
        c = f.person(lg, "happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            k = f.rng.choice(["nps", "csat", "ces"])
            f.survey(
                c,
                f.at(d, 8, 20),
                k,
                {
                    "nps": f.rng.randint(9, 10),
                    "csat": f.rng.randint(4, 5),
                    "ces": f.rng.randint(6, 7),
                }[k],
            )


def bad_moment(
    f: Fam, c: Cust, h: float, channel: str, problem: str, lang: str | None = None
) -> tuple[str, str | None]:
    lg = lang or c.lang
    text = f.pick(W.COMPLAINT[problem], lg)
    case: str | None = f.case()
    subj = f"{W.SUBJECT_COMPLAINT[lg]}: {problem.replace('_', ' ')}"
    if channel == "long":
        eid = f.add(
            h,
            c,
            "email",
            "message",
            f.pick(W.LONG_MAIL, lg).format(complaint=text.rstrip("."), name=f"{c.first} {c.last}"),
            subject=subj,
        )
    elif channel == "email":
        eid = f.add(h, c, "email", "message", text, subject=subj)
    elif channel == "chat":
        eid = f.add(h, c, "chat", "chat", text)
        f.add(
            h + 0.05,
            c,
            "chat",
            "chat",
            f.pick(W.CASE_OPENED, lg).format(first=c.first, case=case),
            "outbound",
        )
        return eid, case
    elif channel == "social":
        return f.add(h, c, "social", "mention", text), None
    elif channel == "web":
        eid = f.add(h, c, "web", "ticket", text, attrs={"page": "/help/contact"})
    else:
        eid = f.add(
            h,
            c,
            "phone",
            "call",
            strip(text).lower().replace(",", "").replace(".", "")
            if lg != "de"
            else text.replace(",", "").replace(".", ""),
        )
    f.add(
        move_out_of_night(h + f.rng.uniform(0.17, 0.67)),
        c,
        "email",
        "message",
        f.pick(W.CASE_OPENED, lg).format(first=c.first, case=case),
        "outbound",
        subject=f"{W.SUBJECT_CASE[lg]} {case}",
    )
    return eid, case


def one_bad_day(f: Fam) -> None:
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    lg_list = ["es", "es", "de", "de", *langs(f, 20)]
    with_case = []
    for i, ch in enumerate(channels):
        c = f.person(lg_list[i], "happy_one_bad_day", "one bad day", tolerated=("silence",))
        day = f.rng.randint(2, 9)
        before = [d for d in range(12) if d <= day - 2 or d >= day + 3]
        f.happy_days(c, f.rng.randint(1, 5), before)
        h = f.at(day, 8, 20)
        problem = W.PROBLEMS[i % 3]
        eid, case = bad_moment(f, c, h, ch, problem)
        c.info.update(
            problem=problem,
            bad_day_at=iso(f, h),
            bad_day_event_id=eid,
            booking=case,
            long_email=ch == "long",
            channel=ch,
            trouble_starts_at=iso(f, h),
        )
        if case:
            with_case.append((c, h, case))
    f.rng.shuffle(with_case)
    for j, (c, h, case) in enumerate(with_case):
        if j < 6:
            c.info["persona"] = "bad_day_detractor"
            c.info["expected_rules"] = ["detractor"]
            nps = f.rng.randint(1, 5)
            c.info.update(
                nps_given=True,
                nps=nps,
                survey_event_id=f.survey(c, h + f.rng.uniform(1.67, 2.33), "nps", nps),
            )
        elif j < 11:
            cs = f.rng.randint(1, 2)
            c.info.update(
                csat_given=True,
                csat=cs,
                survey_event_id=f.survey(c, h + f.rng.uniform(0.67, 1.33), "csat", cs),
            )
        if 3 <= j < 15:
            f.add(
                move_out_of_night(h + f.rng.uniform(1, 4)),
                c,
                "email",
                "message",
                f.pick(W.GOOD_NEWS, c.lang).format(case=case),
                "outbound",
                subject=f"{W.SUBJECT_CASE[c.lang]} {case}",
            )
            c.info["agent_fixed"] = True
            if j < 8:
                ah = move_out_of_night(h + f.rng.uniform(16, 24))
                c.info.update(
                    apologised=True,
                    apology_at=iso(f, ah),
                    apology_event_id=f.add(ah, c, "chat", "chat", f.pick(W.APOLOGY, c.lang)),
                )
    for lg in langs(f, 8):
        c = f.person(lg, "happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)))


def repeat_run(
    f: Fam, c: Cust, start_h: float, times: int, problem: str, lang_cycle: list[str] | None = None
) -> None:
    order = ["email", "chat", "phone", "web", "social"]
    f.rng.shuffle(order)
    first_lang = (lang_cycle or [c.lang])[0]
    first_ch = f.rng.choice(["web", "email", "chat"])
    eid, case = bad_moment(f, c, start_h, first_ch, problem, first_lang)
    ids = [eid]
    escalated = times >= 3
    if escalated:
        f.add(
            start_h + f.rng.uniform(1.5, 2.5),
            c,
            "email",
            "message",
            f.pick(W.ESCALATED, first_lang).format(first=c.first, case=case),
            "outbound",
            subject=f"{W.SUBJECT_CASE[first_lang]} {case}",
        )
    h = start_h
    comp = None
    chans = [x for x in order if x != first_ch]
    for k in range(1, times):
        h = move_out_of_night(h + f.rng.uniform(4, 40))
        lg = (lang_cycle or [c.lang])[k % len(lang_cycle or [c.lang])]
        if k == 2:
            comp = f.rng.choice(W.COMPETITORS)
            text = f.pick(W.THIRD, lg).format(case=case, comp=comp)
        elif k == 3:
            text = f.pick(W.FOURTH, lg).format(case=case)
        else:
            text = f.pick(W.STILL, lg).format(case=case, complaint=f.pick(W.COMPLAINT[problem], lg))
        ch = chans[(k - 1) % len(chans)]
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        if ch == "phone":
            text = text.replace(",", "").replace(".", "").replace(":", "")
            text = text if lg == "de" else text.lower().replace("pg-", "PG-")
        ids.append(
            f.add(
                h,
                c,
                ch,
                kind,
                text,
                subject=f"{W.SUBJECT_CASE[lg]} {case}" if ch == "email" else None,
                attrs={"page": "/help/contact"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            f.add(h + 0.05, c, "chat", "chat", f.pick(W.URGENT, lg).format(case=case), "outbound")
    c.info.update(
        problem=problem,
        booking=case,
        contacts=times,
        problem_event_ids=ids,
        agent_passed_on=escalated,
        competitor=comp,
        trouble_starts_at=iso(f, start_h),
    )


def fixed_run(f: Fam, c: Cust, h: float, problem: str, lang2: str | None = None) -> dict[str, Any]:
    eid, case = bad_moment(f, c, h, "web", problem)
    g = move_out_of_night(h + f.rng.uniform(3, 20))
    f.add(
        g,
        c,
        "email",
        "message",
        f.pick(W.GOOD_NEWS, c.lang).format(case=case),
        "outbound",
        subject=f"{W.SUBJECT_CASE[c.lang]} {case}",
    )
    k = move_out_of_night(g + f.rng.uniform(8, 30))
    ch = f.rng.choice(["email", "chat"])
    lg = lang2 or c.lang
    conf = f.add(
        k,
        c,
        ch,
        "message" if ch == "email" else "chat",
        f.pick(W.CONFIRM, lg).format(case=case),
        subject=f"{W.SUBJECT_CASE[lg]} {case}" if ch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(f, h),
        "fixed_at": iso(f, g),
        "confirmed_at": iso(f, k),
        "problem_event_ids": [eid],
        "confirm_event_id": conf,
        "channel": "web",
        "confirm_channel": ch,
    }


REPEAT_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def repeat_contacts(f: Fam) -> None:
    for i, lg in enumerate(langs(f, 12, ("es", "de", "es", "de"))):
        c = f.person(lg, "repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL)
        f.happy_days(c, f.rng.randint(1, 3), [0], 7, 12)
        repeat_run(f, c, f.at(f.rng.randint(1, 4), 8, 19), 2 + i % 3, W.PROBLEMS[i % 3])
    for lg in langs(f, 5):
        c = f.person(lg, "resolved_between_contacts", "fixed", tolerated=("silence",))
        p = fixed_run(f, c, f.at(f.rng.randint(1, 4), 8, 19), f.rng.choice(W.PROBLEMS))
        c.info.update(problems=[p], trouble_starts_at=p["raised_at"])
    for lg in langs(f, 3):
        c = f.person(lg, "different_problems", "two problems", tolerated=("silence",))
        d = f.rng.randint(1, 2)
        a, b = f.rng.sample(list(W.PROBLEMS), 2)
        ps = [
            fixed_run(f, c, f.at(d, 8, 12), a),
            fixed_run(f, c, f.at(d + f.rng.randint(4, 5), 8, 12), b),
        ]
        c.info.update(problems=ps, trouble_starts_at=ps[0]["raised_at"])
    for lg in langs(f, 7):
        c = f.person(lg, "happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))


def slide(f: Fam, c: Cust, day0: int, span: int, langs2: list[str]) -> list[str]:
    ids, h = [], f.at(day0, 9, 18)
    comp = f.rng.choice(W.COMPETITORS)
    for k in range(6):
        lg = langs2[k % len(langs2)]
        text = W.SLIDE[lg][k].format(comp=comp)
        ch = f.rng.choice(["social", "community", "web"])
        if ch == "web":
            ids.append(
                f.add(
                    h,
                    c,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(h, c, ch, "post", text))
        if k == 3:
            c.info["_fourth"] = h
        h = move_out_of_night(
            max(h + 1, day0 * 24 + (k + 1) * span * 24 / 6 + f.rng.uniform(8, 18))
        )
    c.info.update(slide_event_ids=ids, slide_days=span, competitor=comp)
    return ids


def slow_churners(f: Fam) -> None:
    for i, lg in enumerate(langs(f, 10, ("es", "de"))):
        c = f.person(
            lg,
            "slow_churner",
            "slides",
            ("sentiment_drop",),
            (
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        for d in sorted(f.rng.sample(range(11), f.rng.randint(4, 5))):
            f.add(
                f.at(d, 8, 20),
                c,
                f.rng.choice(["social", "community"]),
                "post",
                f.pick(f.rng.choice([W.PRAISE, W.AGAIN]), lg),
            )
        f.happy_days(c, f.rng.randint(2, 4), list(range(11)))
        d0 = f.rng.randint(12, 16)
        slide(f, c, d0, [3, 5, 5, 5, 5, 5, 9, 9, 9, 9][i], [lg])
        c.info["trouble_starts_at"] = iso(
            f, f.rows[[r.eid for r in f.rows].index(c.info["slide_event_ids"][0])].hours
        )
        fourth = c.info.pop("_fourth")
        if i < 5:
            c.info["expected_rules"] = ["sentiment_drop", "detractor"]
            nps = f.rng.randint(1, 5)
            c.info.update(
                nps_given=True,
                nps=nps,
                survey_event_id=f.survey(
                    c, move_out_of_night(fourth + f.rng.uniform(2.5, 3.5)), "nps", nps
                ),
            )
    for lg in langs(f, 5, ("de", "es")):
        c = f.person(
            lg,
            "slow_churner",
            "asks to cancel",
            ("churn_intent",),
            ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)))
        h = f.at(f.rng.randint(17, 23), 8, 19)
        eid = f.add(h, c, "email", "message", f.pick(W.CANCEL, lg), subject="Plagaro Plus")
        f.add(
            move_out_of_night(h + f.rng.uniform(1, 5)),
            c,
            "email",
            "message",
            f.pick(W.SORRY_GO, lg).format(first=c.first),
            "outbound",
            subject="Plagaro Plus",
        )
        cancel_h = move_out_of_night(h + f.rng.uniform(20, 30))
        cid = f.add(
            cancel_h,
            c,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Plagaro Plus"},
        )
        c.info.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(f, cancel_h),
            trouble_starts_at=iso(f, h),
        )
    for lg in langs(f, 6):
        c = f.person(lg, "happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), list(range(32)))
    for lg in langs(f, 5):
        c = f.person(lg, "steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        d, ids = f.rng.randint(0, 4), []
        for _ in range(f.rng.randint(5, 7)):
            text = f.rng.choice(
                [f.pick(W.GRUMBLE_MILD, lg), f.pick(W.GRIPE, lg), W.SLIDE[lg][f.rng.randint(0, 3)]]
            )
            ch = f.rng.choice(["social", "community", "web"])
            ids.append(
                f.add(
                    f.at(d, 8, 20),
                    c,
                    ch,
                    "review" if ch == "web" else "post",
                    text,
                    attrs={"rating": "3", "page": "/reviews"} if ch == "web" else None,
                )
            )
            d += f.rng.randint(1, 3)
        c.info.update(grumble_event_ids=ids, trouble_starts_at=iso(f, f.rows[-1].hours))
    for lg in langs(f, 5):
        c = f.person(lg, "happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)))
        c.info["sarcasm_event_id"] = f.add(
            f.at(f.rng.randint(17, 28), 9, 20), c, "social", "post", f.pick(W.SARCASM, lg)
        )


def quiet_hours(f: Fam) -> None:
    for lg in langs(f, 16):
        c = f.person(lg, "happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for lg in langs(f, 4):
        c = f.person(lg, "grumbles_once", "grumbles once", tolerated=("silence",))
        h = f.at(f.rng.randint(0, 2), 9, 17)
        f.add(h, c, "web", "page_view", attrs={"page": "/visits"})
        g = h + f.rng.uniform(0.33, 0.5)
        if f.rng.random() < 0.5:
            eid = f.add(g, c, "chat", "chat", f.pick(W.GRUMBLE_MILD, lg))
            f.add(g + 0.05, c, "chat", "chat", f.pick(W.ANSWER, lg), "outbound")
        else:
            eid = f.add(
                g, c, "web", "ticket", f.pick(W.GRUMBLE_MILD, lg), attrs={"page": "/help/contact"}
            )
            f.add(
                g + 0.4, c, "email", "message", f.pick(W.ACK, lg).format(case=f.case()), "outbound"
            )
        c.info.update(grumble_event_id=eid, trouble_starts_at=iso(f, g))
    for night in range(3):
        first = night * 24 + 24 + f.rng.uniform(0.67, 1.08)
        for burst, off in enumerate((0.0, f.rng.uniform(0.47, 0.55), f.rng.uniform(0.92, 1.08))):
            for _ in range(4):
                lg = langs(f, 1)[0]
                c = f.person(lg, "night_owl", f"night {night + 1}, burst {burst + 1}")
                h = first + off + f.rng.uniform(0, 0.16)
                if f.rng.random() < 0.5:
                    eid = f.add(h, c, "social", "post", f.pick(W.NIGHT_POST, lg))
                else:
                    eid = f.add(h, c, "chat", "chat", f.pick(W.NIGHT_Q, lg))
                    f.add(h + 0.04, c, "chat", "chat", f.pick(W.NIGHT_A, lg), "outbound")
                    f.add(h + 0.1, c, "chat", "chat", f.pick(W.THANKS, lg))
                c.info.update(burst_at=iso(f, first + off), night_event_id=eid)
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.at(f.rng.randint(0, 2), 9, 17.5))


PAIRS = [
    ("es", "de"),
    ("de", "es"),
    ("es", "de"),
    ("de", "es"),
    ("es", "en"),
    ("en", "es"),
    ("de", "en"),
    ("de", "fr"),
    ("fr", "de"),
    ("es", "pt"),
    ("pt", "es"),
    ("es", "it"),
    ("it", "de"),
    ("de", "it"),
    ("en", "de"),
    ("fr", "es"),
    ("es", "fr"),
    ("de", "pt"),
    ("pt", "de"),
    ("it", "es"),
    ("es", "de"),
    ("de", "es"),
    ("es", "en"),
    ("de", "fr"),
    ("es", "it"),
    ("de", "es"),
    ("es", "de"),
]


def bilingual(f: Fam) -> None:
    for i, (a, b) in enumerate(PAIRS):

        def who(
            persona: str,
            habit: str,
            exp: tuple[str, ...] = (),
            tol: tuple[str, ...] = (),
            a: str = a,
            b: str = b,
        ) -> Cust:
            c = f.person(a, persona, habit, exp, tol)
            c.info.update(
                languages=[a, b],
                job_second_language=f.rng.choice(
                    ["partner's language", "works abroad", "grew up there"]
                ),
            )
            return c

        if i < 12:
            c = who("happy", "alternates languages")
            for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
                c.lang = (a, b)[k % 2]
                f.happy_act(c, f.at(d, 8, 20))
            c.lang = a
        elif i < 17:
            c = who("repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL)
            f.happy_days(c, f.rng.randint(1, 3), [0, 1])
            repeat_run(
                f,
                c,
                f.at(f.rng.randint(2, 5), 8, 18),
                [2, 2, 3, 3, 4][i - 12],
                f.rng.choice(W.PROBLEMS),
                [a, b],
            )
        elif i < 22:
            c = who(
                "slow_churner",
                "slides",
                ("sentiment_drop",),
                (
                    "repeat_contact",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ),
            )
            for k, d in enumerate(range(6)):
                if k < 5:
                    f.add(f.at(d, 8, 20), c, "social", "post", f.pick(W.PRAISE, (a, b)[k % 2]))
            f.happy_days(c, f.rng.randint(1, 3), list(range(6)))
            ids = slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), [a, b])
            c.info.pop("_fourth")
            c.info["trouble_starts_at"] = iso(
                f, f.rows[[r.eid for r in f.rows].index(ids[0])].hours
            )
        elif i < 25:
            c = who("happy_one_bad_day", "one bad day", tol=("silence",))
            f.happy_days(c, f.rng.randint(2, 4), [0, 1, 2, 9, 10, 11])
            h = f.at(f.rng.randint(5, 6), 9, 18)
            ch = ["long", "email", "chat"][i - 22]
            eid, case = bad_moment(
                f, c, h, ch, f.rng.choice(W.PROBLEMS), "de" if ch == "long" else b
            )
            c.info.update(
                bad_day_at=iso(f, h),
                bad_day_event_id=eid,
                bad_day_language="de" if ch == "long" else b,
                booking=case,
                trouble_starts_at=iso(f, h),
                long_email=ch == "long",
            )
            if ch == "email":
                ah = move_out_of_night(h + f.rng.uniform(18, 24))
                c.info.update(
                    apologised=True,
                    apology_event_id=f.add(ah, c, "chat", "chat", f.pick(W.APOLOGY, b)),
                )
        else:
            c = who("resolved_between_contacts", "fixed", tol=("silence",))
            p = fixed_run(f, c, f.at(f.rng.randint(2, 6), 9, 17), f.rng.choice(W.PROBLEMS), b)
            c.info.update(problems=[p], trouble_starts_at=p["raised_at"])


def b2b_accounts(f: Fam) -> None:
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    alangs = [
        "de",
        "es",
        "de",
        "es",
        "fr",
        "de",
        "es",
        "pt",
        "it",
        "de",
        "en",
        "pt",
        "de",
        "es",
        "de",
    ]
    sites = [
        "facilities",
        "restaurant",
        "municipality",
        "hotel",
        "bakery",
        "school",
        "warehouse",
        "hospital",
        "food plant",
        "office",
        "cinema",
        "supermarket",
        "brewery",
        "hostel",
        "laboratory",
    ]
    for n, (kind, lg) in enumerate(zip(kinds, alangs, strict=True)):
        market = f.rng.choice(MARKETS[lg])
        acct = f.uniq(lambda market=market: f"PGP-{market}-{f.rng.randint(1000, 9999)}")
        company = f"{f.rng.choice(['Nord', 'Sol', 'Alto', 'Rio', 'Berg', 'Mare'])}{f.rng.choice(['tec', 'via', 'hof', 'mar', 'lux'])} {sites[n].title()}"
        dom = strip(company.lower().replace(" ", "-"))
        size = {
            "at_risk": f.rng.randint(4, 6),
            "one_unhappy": 3,
            "mild": f.rng.randint(3, 4),
            "happy": f.rng.randint(3, 4),
        }[kind]
        unhappy = (3 if n < 3 else 4) if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        mild = 2 if kind == "mild" else 0
        problem = ["portal", "invoice"][n % 2]
        contacts, bad = [], []
        firsts: set[str] = set()
        case = f.case()
        for j in range(size):
            if j < unhappy:
                persona, role = (
                    ("b2b_unhappy", "complainer")
                    if kind == "at_risk"
                    else ("b2b_one_unhappy", "complainer")
                )
                tol: tuple[str, ...] = (
                    (
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    )
                    if kind == "at_risk"
                    else ("sentiment_drop", "high_value_at_risk", "silence")
                )
            elif j < unhappy + mild:
                persona, role, tol = "b2b_mild", "suggests", ("silence",)
            else:
                persona, role, tol = "b2b_happy", "contact", ()
            c = f.person(lg, persona, role, (), tol, market, acct, dom + ".example")
            while c.first in firsts:
                c.first = f.rng.choice(W.FIRST[lg])
            firsts.add(c.first)
            c.info.update(
                company=company,
                role=role,
                job_title=f.rng.choice(
                    [
                        "Facilities manager",
                        "Office manager",
                        "Head chef",
                        "Accounts payable",
                        "Operations lead",
                    ]
                ),
            )
            contacts.append(c)
            if role == "contact":
                for d in sorted(f.rng.sample(range(14), f.rng.randint(3, 5))):
                    if d % 7 < 5:
                        f.happy_act(c, f.at(d, 8, 16.5))
                if f.rng.random() < 0.5:
                    f.survey(
                        c, f.at(f.rng.choice([1, 2, 8, 9]), 9, 16), "nps", f.rng.randint(9, 10)
                    )
            else:
                if f.rng.random() < 0.6:
                    f.add(
                        f.at(f.rng.randint(0, 1), 8, 16),
                        c,
                        "web",
                        "page_view",
                        attrs={"page": "/pro/portal"},
                    )
        if kind == "at_risk":
            h = f.at(2, 8, 10)
            for j, c in enumerate(contacts[:unhappy]):
                text = f.pick(W.B2B_COMPLAINT[problem], lg)
                if j:
                    text = f.pick(W.B2B_LATER, lg).format(
                        first=contacts[0].first, day=W.WEEKDAY[lg][2], case=case, complaint=text
                    )
                eid = f.add(
                    h, c, "email", "message", text, subject=f"{W.SUBJECT_COMPLAINT[lg]}: {problem}"
                )
                if j == 0:
                    f.add(
                        h + 0.5,
                        c,
                        "email",
                        "message",
                        f.pick(W.ACK, lg).format(case=case),
                        "outbound",
                        subject=f"{W.SUBJECT_CASE[lg]} {case}",
                    )
                c.info.update(
                    complaint_event_ids=[eid],
                    trouble_starts_at=iso(f, h),
                    problem=problem,
                    booking=case,
                )
                if j < unhappy - 1:
                    c.info["expected_rules"] = ["detractor"]
                    nps = f.rng.randint(1, 5)
                    c.info.update(
                        nps_given=True,
                        nps=nps,
                        survey_event_id=f.survey(c, h + f.rng.uniform(1, 3), "nps", nps),
                    )
                    h = office(h + f.rng.uniform(8, 28))
                else:
                    g = office(h + f.rng.uniform(18, 40))
                    call = n % 5 != 0
                    t = f.pick(W.B2B_LAST, lg).format(case=case, comp=f.rng.choice(W.COMPETITORS))
                    e2 = f.add(
                        g,
                        c,
                        "phone" if call else "email",
                        "call" if call else "message",
                        t.replace(",", "") if call else t,
                    )
                    c.info["complaint_event_ids"].append(e2)
                    c.info["expected_rules"] = ["repeat_contact"]
                bad.append(c.key)
            info: dict[str, Any] = {
                "expected_rules": ["account_risk"],
                "at_risk": True,
                "same_problem": problem,
                "trouble_starts_at": iso(f, f.at(2, 8, 8)),
            }
        elif kind == "one_unhappy":
            c = contacts[0]
            h = f.at(f.rng.randint(3, 4), 9, 16)
            eid = f.add(
                h,
                c,
                "email",
                "message",
                f.pick(W.B2B_COMPLAINT[problem], lg),
                subject=f"{W.SUBJECT_COMPLAINT[lg]}: {problem}",
            )
            f.add(h + 0.5, c, "email", "message", f.pick(W.ACK, lg).format(case=case), "outbound")
            nps = f.rng.randint(1, 5)
            c.info.update(
                expected_rules=["detractor"],
                complaint_event_ids=[eid],
                trouble_starts_at=iso(f, h),
                problem=problem,
                nps_given=True,
                nps=nps,
                survey_event_id=f.survey(c, h + 1.5, "nps", nps),
            )
            bad.append(c.key)
            info = {
                "expected_rules": [],
                "at_risk": False,
                "same_problem": None,
                "trouble_starts_at": None,
            }
        else:
            for c in contacts[unhappy : unhappy + mild]:
                h = f.at(f.rng.randint(2, 4), 9, 15)
                eid = f.add(
                    h,
                    c,
                    "web",
                    "ticket",
                    f.pick(W.B2B_SUGGEST, lg),
                    attrs={"page": "/pro/feedback"},
                )
                f.add(
                    h + 1,
                    c,
                    "email",
                    "message",
                    f.pick(W.ACK, lg).format(case=f.case()),
                    "outbound",
                )
                c.info.update(mild_event_id=eid, trouble_starts_at=iso(f, h))
            info = {
                "expected_rules": [],
                "at_risk": False,
                "same_problem": None,
                "trouble_starts_at": None,
            }
        f.accounts[acct] = info | {
            "company": company,
            "site": sites[n],
            "contacts": size,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(bad),
            "unhappy_contact_keys": bad,
            "tolerated_rules": [],
            "kind": kind,
            "language": lg,
            "country": market,
        }


def office(h: float) -> float:
    h = move_out_of_night(h)
    while (h // 24) % 7 >= 5 or h % 24 > 17:
        h = (h // 24 + 1) * 24 + 8.5
    return h


def topic_spike(f: Fam) -> None:
    for lg in langs(f, 40):
        c = f.person(lg, "happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy_act(c, f.at(d, 12 if d == 5 else 8, 19))
    for lg in ("es", "de"):
        c = f.person(lg, "grumbles_once", "grumbles once", tolerated=("silence",))
        h = f.at(0, 10, 15)
        eid = f.add(h, c, "chat", "chat", f.pick(W.GRUMBLE_MILD, lg))
        f.add(h + 0.05, c, "chat", "chat", f.pick(W.ANSWER, lg), "outbound")
        c.info.update(grumble_event_id=eid, trouble_starts_at=iso(f, h))
    for lg, hh in (("es", 9.67), ("de", 16.08)):
        c = f.person(lg, "grumbles_once", "lone question", tolerated=("silence",))
        q = {
            "es": "ayer pagué la visita en la app y tardó un poco en confirmar, pero salió bien. es normal?",
            "de": "gestern hat die Zahlung in der App kurz gedauert, ging dann aber. ist das normal?",
        }[lg]
        eid = f.add(4 * 24 + hh, c, "chat", "chat", q)
        f.add(
            4 * 24 + hh + 0.05,
            c,
            "chat",
            "chat",
            {
                "es": "Sí, a veces tarda unos segundos, está todo correcto",
                "de": "Ja, das dauert manchmal ein paar Sekunden, alles in Ordnung",
            }[lg],
            "outbound",
        )
        c.info.update(lone_report_event_id=eid, trouble_starts_at=iso(f, 4 * 24 + hh))
    lgs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    base = 5 * 24 + 8 + 10 / 60
    times = sorted([base, base + 0.75] + [base + f.rng.uniform(0.02, 0.73) for _ in range(18)])
    keys, eids, reps = [], [], []
    order = list(range(20))
    f.rng.shuffle(order)
    nrep = 0
    for idx, i in enumerate(order):
        lg, ch, h = lgs[i], chans[idx], times[idx]
        regular = idx % 5 < 3
        c = f.person(lg, "spike_reporter", "regular" if regular else "new", tolerated=("silence",))
        if regular:
            f.happy_act(c, f.at(2, 8, 17.5))
        text = f.pick(W.SPIKE_REPORT, lg).format(code=CODE)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = f.add(h, c, ch, kind, text, attrs={"page": "/help/contact"} if ch == "web" else None)
        if ch == "chat":
            f.add(h + 0.04, c, "chat", "chat", f.pick(W.SPIKE_ANSWER, lg), "outbound")
        c.info.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(f, h),
        )
        keys.append(c.key)
        eids.append(eid)
        if nrep < 6 and h <= base + 25 / 60 and idx % 2 == 0:
            nrep += 1
            other = {
                "social": "email",
                "chat": "community",
                "community": "chat",
                "email": "chat",
                "web": "email",
            }[ch]
            g = h + f.rng.uniform(0.17, 1.0)
            rid = f.add(
                g,
                c,
                other,
                {"email": "message", "chat": "chat", "community": "post"}[other],
                f.pick(W.SPIKE_REPEAT, lg).format(code=CODE),
            )
            c.info.update(
                persona="spike_repeater",
                expected_rules=["repeat_contact"],
                tolerated_rules=["silence", "sentiment_drop"],
                repeat_event_id=rid,
            )
            reps.append(rid)
        elif idx % 3 == 1:
            f.add(
                5 * 24 + 11 + f.rng.uniform(0.1, 0.3),
                c,
                "email",
                "message",
                f.pick(W.SPIKE_FIXED, lg),
                "outbound",
            )
            c.info["agent_fixed"] = True
    assert nrep == 6, nrep
    f.spike = {
        "topic": "pest-control app: paying for a visit fails with an error and the booking disappears",
        "about": "the planted incident",
        "channel": None,
        "start": iso(f, times[0]),
        "end": iso(f, times[-1]),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


# ------------------------------------------------------------------ output --
def iso(f: Fam, hours: float) -> str:
    return (f.start + timedelta(seconds=round(hours * 3600))).strftime("%Y-%m-%dT%H:%M:%SZ")


def ids_for(c: Cust, channel: str, full: bool, r: random.Random) -> dict[str, str | None]:
    ref: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if full:
        ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
    elif channel == "phone":
        ref["phone"] = c.phone
    elif channel in ("social", "community"):
        if c.handle:
            ref["handle"] = c.handle if r.random() > 0.2 else c.handle.lstrip("@")
        else:
            ref["email"] = c.email
    elif channel == "email":
        ref["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
    else:
        ref["customer_id"] = c.key
    return ref


SOURCES = {
    "email": "plagaro-mail",
    "phone": "plagaro-voice",
    "social": "plagaro-social",
    "community": "plagaro-forum",
    "chat": "plagaro-chat",
    "web": "plagaro-web",
    "survey": "plagaro-survey",
}


def write(f: Fam, expected: dict[str, int]) -> tuple[int, int, int]:
    r = random.Random(SEED + len(f.name))
    rows = sorted(f.rows, key=lambda x: (x.hours, x.seq))
    seen: set[str] = set()
    lines = []
    end_limit = datetime(2026, 11, 15, tzinfo=UTC)
    for x in rows:
        full = x.direction == "outbound" or (x.direction == "inbound" and x.cust.key not in seen)
        if x.direction == "inbound":
            seen.add(x.cust.key)
        ts = f.start + timedelta(seconds=round(x.hours * 3600))
        assert f.start <= ts < end_limit, (f.name, ts)
        tp = {
            "event_id": x.eid,
            "occurred_at": iso(f, x.hours),
            "channel": x.channel,
            "kind": x.kind,
            "direction": x.direction,
            "customer": ids_for(x.cust, x.channel, full, r),
            "text": x.text,
            "subject": x.subject,
            "scores": {
                "nps": x.scores.get("nps"),
                "csat": x.scores.get("csat"),
                "ces": x.scores.get("ces"),
            },
            "source": SOURCES[x.channel],
            "attributes": x.attrs,
        }
        lines.append(json.dumps(tp, ensure_ascii=False))
    customers = {}
    for c in f.custs:
        assert c.key in seen, c.key
        info = dict(c.info)
        info.update(
            identifiers={
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            },
            language=c.lang,
            country=c.market,
            segment="b2b" if c.account else "consumer",
            name=f"{c.first} {c.last}",
        )
        customers[c.key] = info
    counts: dict[str, int] = {}
    for info in customers.values():
        for rule in info["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    if f.spike:
        counts["topic_spike"] = 1
    assert counts == expected, (f.name, counts, expected)
    end = max(
        f.start + timedelta(days=f.days),
        f.start + timedelta(seconds=round(rows[-1].hours * 3600) + 3600),
    )
    assert end < end_limit
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Plagaro (pest control; Plagaro Plus membership; Plagaro Pro on account)",
            "days": f.days,
            "seed": SEED,
            "written": "2026-12-06",
            "expected": counts,
        },
        "start": f.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": customers,
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return len(f.custs), len(rows), sum(1 for x in rows if x.direction == "outbound")


FAMILIES: list[tuple[str, str, datetime, int, Any, dict[str, int], str]] = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 16, tzinfo=UTC),
        10,
        happy_writers,
        {},
        "happy day and night writers, survey answerers",
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        one_bad_day,
        {"detractor": 6},
        "happy customers with one bad day",
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        repeat_contacts,
        {"repeat_contact": 12},
        "open problems raised again",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        slow_churners,
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
        "slides, leavers, steady, grumpy, sarcastic",
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        quiet_hours,
        {},
        "a calm weekend with night-owl bursts",
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        bilingual,
        {"repeat_contact": 5, "sentiment_drop": 5},
        "customers writing in two languages",
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        b2b_accounts,
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
        "company accounts",
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        topic_spike,
        {"topic_spike": 1, "repeat_contact": 6},
        "a calm week and the planted incident",
    ),
]


def main() -> None:
    USED.clear()
    total = [0, 0, 0]
    for n, (name, code, start, days, build, expected, about) in enumerate(FAMILIES, 1):
        f = Fam(name, code, start, days, n, about)
        build(f)
        counts = write(f, expected)
        print(name, *counts)
        total = [a + b for a, b in zip(total, counts, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
