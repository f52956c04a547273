# ruff: noqa: E501
"""Build heldout177 (report only, written blind): python make_heldout177.py."""

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261206
OK = "silence"
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
CANCEL_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_RISK_TOL = [*REPEAT_TOL, "account_risk"]
USED: set[str] = set()


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
    c: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]
    eid: str


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: Random = field(init=False)
    rough: Random = field(init=False)
    custs: list[Cust] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    cases: int = 0

    def __post_init__(self) -> None:
        self.rng = Random(SEED * 100 + self.n)
        self.rough = Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def ref(self) -> str:
        self.cases += 1
        return f"LC-{self.n}{self.cases:03d}{self.rng.randint(10, 99)}"

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> Cust:
        r = self.rng
        while True:
            first = r.choice(W.FIRST[lang])
            last = r.choice(W.LAST[lang])
            num = r.randint(1, 99)
            key = f"LU{self.code}{r.randint(1000, 9999)}"
            base = strip(f"{first}.{last}").lower().replace(" ", "")
            email = f"{base}{num}@{'fleet-' + account.lower() if account else r.choice(['mail', 'post', 'correo', 'web'])}.example"
            mk = market or r.choice(W.MARKETS[lang])
            phone = W.PREFIX[mk] + "".join(str(r.randint(0, 9)) for _ in range(8))
            handle = None if account else "@" + strip(f"{last}_{first}{num}").lower()
            ids = [key, email, phone, handle or ""]
            if not any(i in USED for i in ids if i):
                USED.update(i for i in ids if i)
                break
        c = Cust(key, lang, mk, f"{first} {last}", email, phone, handle, account, {})
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": list(expected or []),
            "tolerated_rules": list(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.custs.append(c)
        return c

    def add(
        self,
        t: datetime,
        c: Cust,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        eid = f"h177-{self.code.lower()}-{len(self.rows) + 1:05d}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        if direction == "outbound":
            a.setdefault("agent", "Lucidora support")
        if text and direction == "inbound" and channel not in ("phone", "survey"):
            text = self.roughen(text)
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(Row(t, c, channel, kind, direction, text, subject, sc, a, eid))
        return eid

    def roughen(self, text: str) -> str:
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
                j = r.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        if r.random() < 1 / 8 and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 10:
            text = strip(text)
        return text

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    # ---- acts --------------------------------------------------------------
    def happy(self, c: Cust, t: datetime, allow_survey: bool = True) -> None:
        r = self.rng
        lang = c.lang
        kinds = ["praise", "gripe", "chat", "call", "buy", "review", "view"] + (
            ["survey"] if allow_survey else []
        )
        k = r.choice(kinds)
        if k == "praise":
            ch = r.choice(["social", "community"])
            text = self.pick(W.PRAISE, lang)
            if ch == "social" and "Lucidora" in text:
                text = text.replace("Lucidora", "@Lucidora")
            elif ch == "social":
                text = "@Lucidora " + text
            self.add(t, c, ch, "post" if ch == "community" else "mention", text)
        elif k == "gripe":
            self.add(t, c, "community", "post", self.pick(W.GRIPE_PRAISE, lang))
        elif k == "chat":
            self.add(t, c, "chat", "chat", self.pick(W.QUESTION, lang))
            self.add(
                t + timedelta(minutes=r.randint(1, 6)),
                c,
                "chat",
                "chat",
                W.ANSWER[lang],
                "outbound",
            )
            if r.random() < 0.6:
                self.add(
                    t + timedelta(minutes=r.randint(7, 12)),
                    c,
                    "chat",
                    "chat",
                    self.pick(W.THANKS, lang),
                )
        elif k == "call":
            self.add(t, c, "phone", "call", W.CALL_Q[lang])
            self.add(
                t + timedelta(minutes=r.randint(15, 40)),
                c,
                "email",
                "message",
                W.ANSWER[lang],
                "outbound",
            )
        elif k == "buy":
            prod, price = r.choice(W.PRODUCTS)
            self.add(t, c, "web", "page_view", None, attrs={"page": "/book"})
            cur = "GBP" if c.market == "UK" else "CHF" if c.market == "CH" else "EUR"
            self.add(
                t + timedelta(minutes=r.randint(2, 9)),
                c,
                "web",
                "purchase",
                None,
                attrs={"order_value": price, "currency": cur, "product": prod, "page": "/checkout"},
            )
        elif k == "review":
            self.add(
                t, c, "web", "review", W.REVIEW[lang], attrs={"rating": "5", "page": "/reviews"}
            )
        elif k == "view":
            self.add(
                t,
                c,
                "web",
                "page_view",
                None,
                attrs={"page": r.choice(["/club", "/prices", "/zones"])},
            )
        else:
            self.survey_good(c, t)

    def survey_good(self, c: Cust, t: datetime) -> None:
        r = self.rng
        which = r.choice(["nps", "csat", "ces"])
        val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
        self.add(
            t,
            c,
            "survey",
            "survey_response",
            self.pick(W.SURVEY_WORD, c.lang) or None,
            scores={which: val},
            attrs={"survey": which},
        )

    def day_time(self, day: int, lo: float = 7.0, hi: float = 19.0) -> datetime:
        return self.at(day, self.rng.uniform(lo, hi))

    def happy_days(self, c: Cust, n: int, days: list[int], allow_survey: bool = True) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.day_time(d), allow_survey)

    def complain(self, c: Cust, t: datetime, p: str, channel: str, long: bool = False) -> str:
        lang = c.lang
        words = W.PROBLEM[lang][p]
        subj = f"{W.SUBJ_COMPLAINT[lang]}: {words[:40]}"
        if channel == "email":
            text = (
                W.COMPLAINT_LONG[lang].format(p=words)
                if long
                else self.pick(W.COMPLAINT_SHORT, lang).format(p=words)
            )
            return self.add(t, c, "email", "message", text, subject=subj)
        if channel == "phone":
            return self.add(
                t,
                c,
                "phone",
                "call",
                strip(W.CALL[lang].format(p=words)).lower()
                if lang != "de"
                else W.CALL[lang].format(p=words),
            )
        if channel == "social":
            return self.add(
                t,
                c,
                "social",
                "mention",
                "@Lucidora " + self.pick(W.COMPLAINT_SHORT, lang).format(p=words),
            )
        if channel == "web":
            return self.add(
                t,
                c,
                "web",
                "ticket",
                self.pick(W.COMPLAINT_SHORT, lang).format(p=words),
                attrs={"page": "/help"},
            )
        return self.add(t, c, "chat", "chat", self.pick(W.COMPLAINT_SHORT, lang).format(p=words))

    def reply(self, c: Cust, t: datetime, channel: str, text: str) -> str:
        if channel == "chat":
            return self.add(t, c, "chat", "chat", text, "outbound")
        return self.add(morning(t), c, "email", "message", text, "outbound")


def strip(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.category(ch) != "Mn":
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).replace("ß", "ss")


def morning(t: datetime) -> datetime:
    if t.hour >= 21:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def langs(rng: Random, n: int) -> list[str]:
    return rng.choices(W.LANGS, weights=[30, 30, 10, 10, 10, 10], k=n)


# ---- families ----------------------------------------------------------------
def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, datetime(2026, 3, 2, tzinfo=UTC), 10, "happy customers only")
    for lang in langs(f.rng, 16):
        c = f.person(lang, "happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    for lang in langs(f.rng, 5):
        c = f.person(lang, "happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            t = f.at(d, f.rng.uniform(22.2, 28.5))
            if f.rng.random() < 0.5:
                f.add(t, c, "community", "post", f.pick(W.NIGHT_POST, lang))
            else:
                f.add(t, c, "chat", "chat", f.pick(W.NIGHT_Q, lang))
                f.add(t + timedelta(minutes=3), c, "chat", "chat", W.NIGHT_A[lang], "outbound")
                f.add(t + timedelta(minutes=6), c, "chat", "chat", f.pick(W.THANKS, lang))
        f.happy_days(c, f.rng.randint(2, 3), list(range(10)), allow_survey=False)
    for lang in langs(f.rng, 5):
        c = f.person(lang, "happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey_good(c, f.day_time(d))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 6, tzinfo=UTC),
        12,
        "happy customers with one bad day",
    )
    chans = (
        ["email_long"] * 4
        + ["email"] * 4
        + ["chat"] * 4
        + ["social"] * 4
        + ["web"] * 4
        + ["phone"] * 4
    )
    with_case = list(range(24))
    with_case = [i for i in with_case if chans[i] != "social"]
    det = set(f.rng.sample(with_case, 6))
    csat = set(f.rng.sample([i for i in with_case if i not in det], 5))
    good = set(f.rng.sample(with_case, 12))
    apol = set(f.rng.sample(sorted(good), 5))
    for i, ch in enumerate(chans):
        lang = ["es", "fr"][i % 2] if ch == "email_long" else langs(f.rng, 1)[0]
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = f.person(lang, persona, "one bad day", ["detractor"] if i in det else [], [OK])
        bd = f.rng.randint(2, 9)
        t = f.day_time(bd, 8, 20)
        p = W.PROBLEMS[i % 6]
        f.happy_days(
            c,
            f.rng.randint(1, 5),
            [d for d in range(12) if d <= bd - 2 or d >= bd + 3],
            allow_survey=False,
        )
        channel = "email" if ch == "email_long" else ch
        e = f.complain(c, t, p, channel, long=ch == "email_long")
        c.truth.update(
            problem=p,
            bad_day_at=iso(t),
            bad_day_event_id=e,
            channel=channel,
            long_email=ch == "email_long",
            trouble_starts_at=iso(t),
            booking=None,
        )
        if ch != "social":
            ref = f.ref()
            c.truth["booking"] = ref
            f.reply(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40) if channel != "chat" else 3),
                channel,
                W.CASE_OPENED[lang].format(ref=ref),
            )
            if i in det:
                s = f.add(
                    t + timedelta(minutes=f.rng.randint(100, 140)),
                    c,
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                c.truth.update(nps_given=True, survey_event_id=s)
            elif i in csat:
                s = f.add(
                    t + timedelta(minutes=f.rng.randint(40, 80)),
                    c,
                    "survey",
                    "survey_response",
                    None,
                    scores={"csat": f.rng.randint(1, 2)},
                    attrs={"survey": "csat"},
                )
                c.truth.update(csat_given=True, survey_event_id=s)
            if i in good:
                g = morning(t + timedelta(hours=f.rng.uniform(1, 4)))
                f.add(g, c, "email", "message", W.GOOD_NEWS[lang].format(ref=ref), "outbound")
                c.truth["agent_fixed"] = True
                if i in apol:
                    a = morning(t + timedelta(hours=f.rng.uniform(16, 24)))
                    e2 = f.add(a, c, "chat", "chat", f.pick(W.APOLOGY, lang))
                    c.truth.update(apologised=True, apology_event_id=e2)
    for lang in langs(f.rng, 8):
        c = f.person(lang, "happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)))
    return f


def repeat_run(f: Fam, c: Cust, first_day: int, times: int, first_ch: str, quality: bool) -> None:
    r = f.rng
    p = r.choice(W.PROBLEMS)
    lang = c.lang
    t = f.day_time(first_day, 8, 19)
    ref = f.ref()
    e = f.complain(c, t, p, first_ch)
    ids = [e]
    f.reply(
        c,
        t + timedelta(minutes=3 if first_ch == "chat" else r.randint(10, 40)),
        first_ch,
        W.CASE_OPENED[lang].format(ref=ref),
    )
    if quality:
        f.add(
            morning(t + timedelta(hours=r.uniform(1.5, 2.5))),
            c,
            "email",
            "message",
            W.QUALITY_LEAD[lang].format(ref=ref),
            "outbound",
        )
    chans = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    r.shuffle(chans)
    comp = r.choice(W.COMPETITORS)
    for k in range(1, times):
        t = morning(t + timedelta(hours=r.uniform(4, 40)))
        words = W.PROBLEM[lang][p]
        ch = chans[k - 1]
        if k == 2:
            text = W.THIRD[lang].format(ref=ref, comp=comp)
        elif k == 3:
            text = W.FOURTH[lang].format(ref=ref)
        else:
            text = f.pick(W.AGAIN, lang).format(ref=ref, p=words)
        if ch == "phone":
            text = text.replace(".", "").replace(",", "").replace(":", "")
            text = text if lang == "de" else text.lower().replace("lc-", "LC-")
            ids.append(f.add(t, c, "phone", "call", text))
        elif ch == "social":
            ids.append(f.add(t, c, "social", "mention", "@Lucidora " + text))
        elif ch == "web":
            ids.append(f.add(t, c, "web", "ticket", text, attrs={"page": "/help"}))
        elif ch == "email":
            ids.append(f.add(t, c, "email", "message", text, subject=f"RE: {ref}"))
        else:
            ids.append(f.add(t, c, "chat", "chat", text))
            f.add(
                t + timedelta(minutes=2),
                c,
                "chat",
                "chat",
                W.URGENT[lang].format(ref=ref),
                "outbound",
            )
    c.truth.update(
        problem=p,
        booking=ref,
        contacts=times,
        problem_event_ids=ids,
        agent_passed_on=quality,
        competitor=comp if times >= 3 else None,
        channel=first_ch,
        trouble_starts_at=f.rows[[x.eid for x in f.rows].index(ids[0])]
        .t.isoformat()
        .replace("+00:00", "Z"),
    )


def fixed_run(f: Fam, c: Cust, day: int, ch: str) -> dict[str, Any]:
    r = f.rng
    p = r.choice(W.PROBLEMS)
    t = f.day_time(day, 8, 18)
    ref = f.ref()
    e = f.complain(c, t, p, ch)
    f.reply(
        c,
        t + timedelta(minutes=3 if ch == "chat" else r.randint(10, 40)),
        ch,
        W.CASE_OPENED[c.lang].format(ref=ref),
    )
    g = morning(t + timedelta(hours=r.uniform(3, 20)))
    f.add(g, c, "email", "message", W.GOOD_NEWS[c.lang].format(ref=ref), "outbound")
    k = morning(g + timedelta(hours=r.uniform(8, 30)))
    cch = r.choice(["email", "chat"])
    ce = f.add(
        k,
        c,
        cch,
        "message" if cch == "email" else "chat",
        f.pick(W.CONFIRM, c.lang).format(ref=ref),
    )
    return {
        "problem": p,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(k),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 5, 11, tzinfo=UTC),
        10,
        "repeat contacts and look-alikes",
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    times = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(times)
    for i in range(12):
        c = f.person(
            langs(f.rng, 1)[0], "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL
        )
        f.happy_days(c, 1, [0], allow_survey=False)
        repeat_run(f, c, f.rng.randint(1, 4), times[i], firsts[i], i % 2 == 0)
    for lang in langs(f.rng, 5):
        c = f.person(lang, "resolved_between_contacts", "fixed", [], [OK])
        c.truth["problems"] = [
            fixed_run(f, c, f.rng.randint(1, 4), f.rng.choice(["web", "email", "chat"]))
        ]
    for lang in langs(f.rng, 3):
        c = f.person(lang, "different_problems", "two problems", [], [OK])
        c.truth["problems"] = [fixed_run(f, c, 1, "web"), fixed_run(f, c, 6, "email")]
    for lang in langs(f.rng, 7):
        c = f.person(lang, "happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    return f


def slide(
    f: Fam, c: Cust, start_day: int, span: int, comp: str, nps: bool, alt: str | None = None
) -> None:
    r = f.rng
    ids = []
    t = f.day_time(start_day, 8, 12)
    for k in range(6):
        lang = alt if alt and k % 2 else c.lang
        text = W.SLIDE[lang][k].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "social":
            text = "@" + text if text.startswith("Lucidora") else "@Lucidora " + text
            ids.append(f.add(t, c, "social", "mention", text))
        elif ch == "community":
            ids.append(f.add(t, c, "community", "post", text))
        else:
            ids.append(
                f.add(
                    t,
                    c,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        if k == 3 and nps:
            s = f.add(
                morning(t + timedelta(hours=r.uniform(2.5, 3.5))),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, survey_event_id=s)
        t = morning(t + timedelta(hours=max(1.0, span * 24 / 6 * r.uniform(0.6, 1.2))))
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
    )
    first = next(x.t for x in f.rows if x.eid == ids[0])
    c.truth["trouble_starts_at"] = iso(first)


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 8, tzinfo=UTC),
        32,
        "slow churners and look-alikes",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        nps = i < 5
        c = f.person(
            langs(f.rng, 1)[0],
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if nps else []),
            SLIDE_TOL,
        )
        for d in sorted(f.rng.sample(range(11), f.rng.randint(4, 5))):
            f.add(f.day_time(d), c, "community", "post", f.pick(W.PRAISE, c.lang))
        f.happy_days(c, f.rng.randint(2, 4), list(range(11)), allow_survey=False)
        slide(f, c, f.rng.randint(12, 16), spans[i], f.rng.choice(W.COMPETITORS), nps)
    for lang in langs(f.rng, 5):
        c = f.person(lang, "slow_churner", "asks to cancel", ["churn_intent"], CANCEL_TOL)
        f.happy_days(c, f.rng.randint(4, 6), list(range(15)), allow_survey=False)
        t = f.day_time(f.rng.randint(17, 23), 8, 18)
        e = f.add(t, c, "email", "message", W.CANCEL_REQ[lang], subject="Club")
        f.reply(c, t + timedelta(hours=f.rng.uniform(1, 5)), "email", W.SORRY_GO[lang])
        ct = morning(t + timedelta(hours=f.rng.uniform(20, 30)))
        x = f.add(
            ct,
            c,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/cancel", "product": "Lucidora Club"},
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=iso(ct),
            trouble_starts_at=iso(t),
        )
    for lang in langs(f.rng, 6):
        c = f.person(lang, "happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), list(range(32)))
    for lang in langs(f.rng, 5):
        c = f.person(lang, "steadily_grumpy", "grumbles", [], ["repeat_contact", OK])
        d = f.rng.randint(0, 4)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    f.day_time(d, 8, 20),
                    c,
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.pick(W.GRUMBLE, lang),
                )
            )
            d += f.rng.randint(1, 3)
        c.truth.update(grumble_event_ids=ids)
    for lang in langs(f.rng, 5):
        c = f.person(lang, "happy_one_sarcastic_remark", "happy", [], [OK])
        f.happy_days(c, f.rng.randint(4, 6), list(range(17)), allow_survey=False)
        c.truth["sarcasm_event_id"] = f.add(
            f.day_time(f.rng.randint(17, 28)),
            c,
            "social",
            "mention",
            "@Lucidora " + f.pick(W.SARCASM, lang),
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "a calm weekend with night owls",
    )
    for lang in langs(f.rng, 16):
        c = f.person(lang, "happy", "day writer")
        for d in sorted(f.rng.sample(range(3), f.rng.randint(1, 3))):
            f.happy(c, f.day_time(d, 7, 17.5), False)
    for i, lang in enumerate(langs(f.rng, 4)):
        c = f.person(lang, "grumbles_once", "grumbles once", [], [OK])
        t = f.day_time(f.rng.randint(0, 2), 9, 16)
        f.add(t, c, "web", "page_view", None, attrs={"page": "/zones"})
        g = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            e = f.add(g, c, "chat", "chat", W.MILD[lang])
            f.add(g + timedelta(minutes=3), c, "chat", "chat", W.MILD_ACK[lang], "outbound")
        else:
            e = f.add(g, c, "web", "ticket", W.MILD[lang], attrs={"page": "/help"})
            f.add(g + timedelta(minutes=25), c, "email", "message", W.MILD_ACK[lang], "outbound")
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(g))
    for night in range(3):
        s = f.at(night + 1, f.rng.uniform(0.67, 1.08))
        for b, off in enumerate([0, f.rng.uniform(28, 33), f.rng.uniform(55, 65)]):
            bs = s + timedelta(minutes=off)
            for _ in range(4):
                lang = langs(f.rng, 1)[0]
                c = f.person(lang, "night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(t, c, "chat", "chat", f.pick(W.NIGHT_Q, lang))
                    f.add(t + timedelta(minutes=4), c, "chat", "chat", W.NIGHT_A[lang], "outbound")
                    f.add(t + timedelta(minutes=8), c, "chat", "chat", f.pick(W.THANKS, lang))
                else:
                    e = f.add(t, c, "community", "post", f.pick(W.NIGHT_POST, lang))
                c.truth.update(burst_at=iso(bs), night_event_id=e)
                if f.rng.random() < 0.5:
                    f.happy(c, f.day_time(f.rng.randint(0, 2), 9, 17.5), False)
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, datetime(2026, 9, 7, tzinfo=UTC), 14, "bilingual customers")
    pairs = [
        ("fr", "es"),
        ("es", "fr"),
        ("fr", "de"),
        ("es", "en"),
        ("fr", "en"),
        ("es", "pt"),
        ("fr", "it"),
        ("es", "it"),
        ("de", "fr"),
        ("pt", "es"),
        ("it", "fr"),
        ("en", "es"),
    ]

    def pair(i: int) -> tuple[str, str]:
        return pairs[i % len(pairs)]

    def mk(i: int, persona: str, habit: str, exp: list[str], tol: list[str]) -> Cust:
        a, b = pair(i)
        c = f.person(a, persona, habit, exp, tol)
        c.truth.update(
            languages=[a, b],
            job_second_language="works across the border"
            if i % 2
            else "partner's language at home",
        )
        return c

    def alt_happy(c: Cust, days: list[int], n: int) -> None:
        a, b = c.truth["languages"]
        for k, d in enumerate(sorted(f.rng.sample(days, n))):
            c.lang = b if k % 2 else a
            f.happy(c, f.day_time(d), False)
        c.lang = a

    for i in range(12):
        c = mk(i, "happy", "alternates languages", [], [])
        alt_happy(c, list(range(14)), f.rng.randint(5, 8))
    for i in range(5):
        c = mk(i + 3, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        alt_happy(c, [0, 1], f.rng.randint(1, 2))
        c.lang = c.truth["languages"][1] if i % 2 else c.lang
        repeat_run(
            f,
            c,
            f.rng.randint(2, 5),
            [2, 2, 3, 3, 4][i],
            ["web", "email", "chat", "web", "email"][i],
            i >= 2,
        )
        c.lang = c.truth["languages"][0]
    for i in range(5):
        c = mk(i + 6, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        a, b = c.truth["languages"]
        for k, d in enumerate(sorted(f.rng.sample(range(6), 5))):
            f.add(f.day_time(d), c, "community", "post", f.pick(W.PRAISE, b if k % 2 else a))
        alt_happy(c, list(range(6)), f.rng.randint(1, 3))
        slide(
            f,
            c,
            f.rng.randint(7, 8),
            f.rng.randint(3, 5),
            f.rng.choice(W.COMPETITORS),
            False,
            alt=b,
        )
    for i in range(3):
        c = mk(i + 1, "happy_one_bad_day", "one bad day", [], [OK])
        alt_happy(c, list(range(5)), 2)
        b = c.truth["languages"][1]
        c.lang = b
        t = f.day_time(f.rng.randint(8, 10), 9, 18)
        p = f.rng.choice(W.PROBLEMS)
        ch = ["email", "email", "chat"][i]
        e = f.complain(c, t, p, ch, long=i == 0)
        ref = f.ref()
        f.reply(
            c,
            t + timedelta(minutes=3 if ch == "chat" else 25),
            ch,
            W.CASE_OPENED[b].format(ref=ref),
        )
        if i < 2:
            f.add(
                morning(t + timedelta(hours=3)),
                c,
                "email",
                "message",
                W.GOOD_NEWS[b].format(ref=ref),
                "outbound",
            )
        if i == 1:
            f.add(
                morning(t + timedelta(hours=f.rng.uniform(18, 24))),
                c,
                "chat",
                "chat",
                f.pick(W.APOLOGY, b),
            )
        c.lang = c.truth["languages"][0]
        c.truth.update(
            problem=p,
            booking=ref,
            bad_day_at=iso(t),
            bad_day_event_id=e,
            bad_day_language=b,
            trouble_starts_at=iso(t),
        )
    for i in range(2):
        c = mk(i + 4, "resolved_between_contacts", "fixed", [], [OK])
        alt_happy(c, [0, 1, 2], 2)
        c.truth["problems"] = [fixed_run(f, c, f.rng.randint(3, 8), "web")]
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, datetime(2026, 10, 5, tzinfo=UTC), 14, "company accounts")
    plan = [
        ("at_risk", 6, 4, "invoice"),
        ("at_risk", 5, 4, "overbilled"),
        ("at_risk", 5, 3, "portal"),
        ("at_risk", 5, 3, "invoice"),
        ("at_risk", 5, 3, "overbilled"),
    ]
    plan += [("one_unhappy", 3, 1, p) for p in ("invoice", "portal", "overbilled", "portal")]
    plan += [("mild", 4, 0, "")] * 3 + [("happy", 3, 0, "")] * 3
    alangs = [
        "fr",
        "es",
        "fr",
        "es",
        "de",
        "es",
        "fr",
        "it",
        "pt",
        "fr",
        "es",
        "en",
        "fr",
        "es",
        "de",
    ]
    for n, (kind, size, unhappy, prob) in enumerate(plan):
        lang = alangs[n]
        mk = W.MARKETS[lang][0]
        acc = f"LCF-{mk}-{1000 + n * 37}"
        company = f"{W.LAST[lang][n % len(W.LAST[lang])]} {['Logistique', 'Servicios', 'Transport', 'Facility', 'Costruzioni', 'Obras'][n % 6]}"
        contacts: list[Cust] = []
        for k in range(size):
            if kind == "at_risk" and k < unhappy:
                c = f.person(
                    lang, "b2b_unhappy", "complainer", [], B2B_RISK_TOL, account=acc, market=mk
                )
            elif kind == "one_unhappy" and k == 0:
                c = f.person(
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", OK],
                    account=acc,
                    market=mk,
                )
            elif kind == "mild" and k < 2:
                c = f.person(lang, "b2b_mild", "suggests", [], [OK], account=acc, market=mk)
            else:
                c = f.person(lang, "b2b_happy", "contact", [], [], account=acc, market=mk)
            c.truth.update(
                company=company,
                job_title="fleet manager" if k == 0 else "office manager",
                role=c.truth["habit"],
            )
            contacts.append(c)
        for c in contacts:
            routine_days = [0, 1] if c.truth["habit"] != "contact" else list(range(12))
            for d in sorted(
                f.rng.sample(
                    routine_days,
                    f.rng.randint(0, 2) if c.truth["habit"] != "contact" else f.rng.randint(2, 4),
                )
            ):
                d = d + 2 if d % 7 in (5, 6) else d
                t = f.day_time(d, 8, 16.5)
                x = f.rng.random()
                if x < 0.4:
                    f.add(t, c, "chat", "chat", W.B2B_Q[lang])
                    f.add(
                        t + timedelta(minutes=f.rng.randint(1, 6)),
                        c,
                        "chat",
                        "chat",
                        W.B2B_A[lang],
                        "outbound",
                    )
                elif x < 0.6:
                    f.add(t, c, "web", "page_view", None, attrs={"page": "/fleet/portal"})
                elif x < 0.8 and c.truth["habit"] == "contact":
                    f.add(t, c, "community", "post", W.B2B_PRAISE[lang])
                elif c.truth["habit"] == "contact":
                    f.survey_good(c, t)
                else:
                    f.add(t, c, "web", "page_view", None, attrs={"page": "/fleet/invoices"})
        risk: dict[str, Any] = {
            "company": company,
            "site": ["logistics", "facilities", "construction"][n % 3],
            "contacts": size,
            "contact_keys": [c.key for c in contacts],
            "language": lang,
            "country": mk,
            "kind": kind,
            "tolerated_rules": [],
            "same_problem": None,
            "trouble_starts_at": None,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
        }
        unhappy_keys: list[str] = []
        if kind == "at_risk":
            ref = f.ref()
            t = f.at(2, f.rng.uniform(8.5, 10))
            first = contacts[0]
            words = W.B2B_COMPLAINT[lang][prob]
            for k in range(unhappy):
                c = contacts[k]
                text = (
                    words
                    if k == 0
                    else W.B2B_LATER[lang].format(who=first.name.split()[0], ref=ref, p=words)
                )
                e = f.add(
                    t,
                    c,
                    "email",
                    "message",
                    text,
                    subject=f"{W.SUBJ_COMPLAINT[lang]}: Fleet" if k == 0 else f"RE: {ref}",
                )
                if k == 0:
                    f.add(
                        t + timedelta(minutes=30),
                        c,
                        "email",
                        "message",
                        W.CASE_OPENED[lang].format(ref=ref),
                        "outbound",
                    )
                    risk["trouble_starts_at"] = iso(t)
                c.truth.update(
                    complaint_event_ids=[e], problem=prob, booking=ref, trouble_starts_at=iso(t)
                )
                unhappy_keys.append(c.key)
                if k < unhappy - 1:
                    s = f.add(
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        c,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(
                        nps_given=True,
                        survey_event_id=s,
                        expected_rules=["detractor"],
                        tolerated_rules=[r for r in B2B_RISK_TOL],
                    )
                else:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    t2 = t2.replace(hour=max(8, min(t2.hour, 16)))
                    e2 = f.add(
                        t2,
                        c,
                        "phone",
                        "call",
                        W.B2B_LAST[lang].format(ref=ref).replace("LC-", "LC-"),
                    )
                    c.truth["complaint_event_ids"].append(e2)
                    c.truth["expected_rules"] = ["repeat_contact"]
                t = t + timedelta(hours=f.rng.uniform(8, 28))
                t = t.replace(hour=max(8, min(t.hour, 16)))
                if t.weekday() >= 5:
                    t = t + timedelta(days=7 - t.weekday())
            risk["same_problem"] = prob
        elif kind == "one_unhappy":
            c = contacts[0]
            t = f.at(f.rng.randint(3, 4), f.rng.uniform(8.5, 15))
            ref = f.ref()
            e = f.add(
                t,
                c,
                "email",
                "message",
                W.B2B_COMPLAINT[lang][prob],
                subject=f"{W.SUBJ_COMPLAINT[lang]}: Fleet",
            )
            f.add(
                t + timedelta(minutes=40),
                c,
                "email",
                "message",
                W.CASE_OPENED[lang].format(ref=ref),
                "outbound",
            )
            s = f.add(
                t + timedelta(hours=2),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                complaint_event_ids=[e],
                problem=prob,
                booking=ref,
                nps_given=True,
                survey_event_id=s,
                trouble_starts_at=iso(t),
            )
            unhappy_keys.append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.at(f.rng.randint(2, 4), f.rng.uniform(8.5, 15.5))
                e = f.add(
                    t, c, "web", "ticket", W.B2B_SUGGEST[lang], attrs={"page": "/fleet/feedback"}
                )
                f.add(
                    t + timedelta(minutes=50), c, "email", "message", W.MILD_ACK[lang], "outbound"
                )
                c.truth.update(mild_event_id=e, trouble_starts_at=iso(t))
        risk.update(unhappy_contacts=len(unhappy_keys), unhappy_contact_keys=unhappy_keys)
        f.accounts[acc] = risk
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and the planted incident",
    )
    for lang in langs(f.rng, 40):
        c = f.person(lang, "happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy(c, f.day_time(d, 12, 19) if d == 5 else f.day_time(d), False)
    for lang in ("fr", "es"):
        c = f.person(lang, "grumbles_once", "grumbles once", [], [OK])
        t = f.day_time(0, 9, 17)
        e = f.add(t, c, "chat", "chat", W.MILD[lang])
        f.add(t + timedelta(minutes=3), c, "chat", "chat", W.MILD_ACK[lang], "outbound")
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t))
    for lang, h in (("es", 9.6), ("fr", 16.1)):
        c = f.person(lang, "grumbles_once", "lone question", [], [OK])
        t = f.at(4, h)
        e = f.add(t, c, "chat", "chat", W.LONE_Q[lang])
        f.add(t + timedelta(minutes=4), c, "chat", "chat", W.LONE_A[lang], "outbound")
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    start = f.at(5, 9 + 20 / 60)
    slangs = ["fr"] * 6 + ["es"] * 6 + ["en", "en", "de", "de", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(slangs)
    f.rng.shuffle(chans)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(0, 45) for _ in range(18)])
    rep = set(f.rng.sample([i for i in range(20) if offs[i] <= 30], 6))
    fixed = set(f.rng.sample([i for i in range(20) if i not in rep], 6))
    keys: list[str] = []
    ids: list[str] = []
    rids: list[str] = []
    for i in range(20):
        lang = slangs[i]
        regular = i < 12
        c = f.person(
            lang,
            "spike_repeater" if i in rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if i in rep else [],
            ["sentiment_drop", OK] if i in rep else [OK],
        )
        if regular:
            f.happy(c, f.day_time(2, 8, 17.5), False)
        t = start + timedelta(minutes=offs[i])
        text = f.pick(W.SPIKE_REPORT, lang)
        ch = chans[i]
        if ch == "social":
            e = f.add(t, c, "social", "mention", "@Lucidora " + text)
        elif ch == "chat":
            e = f.add(t, c, "chat", "chat", text)
            f.add(t + timedelta(minutes=2), c, "chat", "chat", W.SPIKE_CHAT_A[lang], "outbound")
        elif ch == "community":
            e = f.add(t, c, "community", "post", text)
        elif ch == "email":
            e = f.add(t, c, "email", "message", text, subject=W.SUBJ_COMPLAINT[lang])
        else:
            e = f.add(t, c, "web", "ticket", text, attrs={"page": "/help"})
        keys.append(c.key)
        ids.append(e)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        if i in rep:
            ch2 = "email" if ch != "email" else "chat"
            ch2 = "community" if ch2 == ch else ch2
            t2 = t + timedelta(minutes=f.rng.uniform(10, 60))
            if ch2 == "email":
                r2 = f.add(
                    t2, c, "email", "message", W.SPIKE_AGAIN[lang], subject=W.SUBJ_COMPLAINT[lang]
                )
            elif ch2 == "chat":
                r2 = f.add(t2, c, "chat", "chat", W.SPIKE_AGAIN[lang])
            else:
                r2 = f.add(t2, c, "community", "post", W.SPIKE_AGAIN[lang])
            rids.append(r2)
            c.truth["repeat_event_id"] = r2
        if i in fixed:
            f.add(f.at(5, 11.2 + i / 100), c, "email", "message", W.SPIKE_FIXED[lang], "outbound")
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "car-wash app sending valeters to wrong addresses: washes marked no access and charged",
        "about": "the planted incident (see README)",
        "channel": None,
        "start": iso(start),
        "end": iso(start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rids,
    }
    return f


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def write(f: Fam) -> tuple[int, int, int]:
    rows = sorted(f.rows, key=lambda x: (x.t, x.eid))
    first: dict[str, str] = {}
    for r in rows:
        if r.direction == "inbound" and r.c.key not in first:
            first[r.c.key] = r.eid
    lines = []
    for r in rows:
        c = r.c
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        if r.direction == "outbound" or first.get(c.key) == r.eid:
            cust = full
        else:
            cust = {k: None for k in full}
            cust["account_id"] = c.account
            if r.channel == "phone":
                cust["phone"] = c.phone
            elif r.channel in ("social", "community"):
                if c.handle:
                    cust["handle"] = c.handle
                else:
                    cust["email"] = c.email
            elif r.channel == "email":
                cust["email"] = c.email
            else:
                cust["customer_id"] = c.key
        src = {
            "email": "mail",
            "phone": "voice",
            "social": "social",
            "community": "forum",
            "chat": "chat",
            "web": "web",
            "survey": "survey",
        }[r.channel]
        rec = {
            "event_id": r.eid,
            "occurred_at": iso(r.t),
            "channel": r.channel,
            "kind": r.kind,
            "direction": r.direction,
            "customer": cust,
            "text": r.text,
            "subject": r.subject,
            "scores": r.scores,
            "source": f"lucidora-{src}",
            "attributes": r.attrs,
        }
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
    end = max(f.start + timedelta(days=f.days), rows[-1].t + timedelta(hours=1))
    customers = {}
    expected: dict[str, int] = {}
    for c in f.custs:
        assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        c.truth["identifiers"]["email"] = c.email.lower()
        customers[c.key] = c.truth
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
            "business": "Lucidora (mobile car wash and valeting)",
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": "2026-12-06",
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": customers,
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    assert iso(end) < "2026-11-15", f.name
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return len(f.custs), len(rows), sum(r.direction == "outbound" for r in rows)


def main() -> None:
    total = [0, 0, 0]
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
        n = write(build())
        print(build.__name__, *n)
        total = [a + b for a, b in zip(total, n, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
