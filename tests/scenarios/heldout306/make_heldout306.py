"""Writes the heldout306 families (Cordaro, court booking). Standard library only; seeded."""

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
from wording import B2B, B2B_LAST, B2B_SUGGEST, LONG_CLOSE, LONG_OPEN, PROBLEMS, W  # noqa: E402

SEED = 20261003
LANGS = ["it", "pt", "de", "en", "es", "fr"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKET = {"it": "IT", "pt": "PT", "de": "DE", "en": "UK", "es": "ES", "fr": "FR"}
PREFIX = {
    "it": "+39 3",
    "pt": "+351 9",
    "de": "+49 15",
    "en": "+44 7",
    "es": "+34 6",
    "fr": "+33 6",
}
NAMES = {
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Paolo"],
    "pt": ["Inês", "João", "Rita", "Tiago", "Marta", "Rui"],
    "de": ["Lena", "Jonas"],
    "en": ["Emma", "Oliver"],
    "es": ["Lucía", "Pablo"],
    "fr": ["Chloé", "Hugo"],
}
COMPS = ["Smashly", "Grippa"]
CODE = "G4/207"
NEXT_ID = [0]


@dataclass
class Cust:
    key: str
    lang: str
    name: str
    email: str
    phone: str
    handle: str
    account: str | None = None
    seen: bool = False
    truth: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fam:
    name: str
    code: str
    rng: random.Random
    start: datetime
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0

    def cust(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
    ) -> Cust:
        self.n += 1
        NEXT_ID[0] += 1
        u = NEXT_ID[0]
        lg = lang or self.rng.choices(LANGS, WEIGHTS)[0]
        nm = NAMES[lg][u % len(NAMES[lg])]
        base = unicodedata.normalize("NFKD", nm).encode("ascii", "ignore").decode().lower()
        dom = f"{account.lower()}.example" if account else "mail.example"
        c = Cust(
            f"CD{self.code}{u:04d}",
            lg,
            nm,
            f"{base}.{u}@{dom}",
            f"{PREFIX[lg]}{u:07d}",
            "" if account else f"@{base}_{u}",
            account,
        )
        c.truth = {
            "persona": persona,
            "habit": habit,
            "expected_rules": expected or [],
            "tolerated_rules": tolerated or [],
            "language": lg,
            "country": MARKET[lg],
            "segment": "b2b" if account else "consumer",
            "name": nm,
            "identifiers": {
                "customer_id": c.key,
                "email": c.email,
                "phone": "+" + "".join(ch for ch in c.phone if ch.isdigit()),
                "handle": c.handle or None,
                "account_id": account,
            },
        }
        self.custs.append(c)
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        **attrs: str,
    ) -> str:
        eid = f"cd306-{self.code.lower()}-{len(self.rows) + 1:05d}"
        ref: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if out or not c.seen:
            ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle or None)
            if not out:
                c.seen = True
        elif channel == "phone":
            ref["phone"] = c.phone
        elif channel in ("social", "community"):
            if c.handle:
                ref["handle"] = c.handle
            else:
                ref["email"] = c.email
        elif channel == "email":
            ref["email"] = c.email
        else:
            ref["customer_id"] = c.key
        if text is not None and not out and channel not in ("phone", "survey"):
            text = rough(self.rng, text)
        if channel == "phone" and text is not None and not out:
            text = "".join(ch for ch in text.lower() if ch not in ".,!?;:¿¡")
        a = {"market": MARKET[c.lang]} | attrs
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = ["Sofia", "Bruno", "Anna", "Tom"][len(self.rows) % 4]
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "customer": ref,
                "text": text,
                "subject": subject,
                "scores": scores or {"nps": None, "csat": None, "ces": None},
                "source": f"cordaro-{channel}",
                "attributes": a,
            }
        )
        return eid


def rough(rng: random.Random, s: str) -> str:
    if rng.random() < 0.1:
        s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    if rng.random() < 0.125 and s[:1].isupper():
        s = s[0].lower() + s[1:]
    if rng.random() < 0.14:
        words = [
            i for i, w in enumerate(s.split(" ")) if len(w) > 4 and w.isalpha() and w.islower()
        ]
        if words:
            parts = s.split(" ")
            w = parts[words[0]]
            parts[words[0]] = w[0] + w[2] + w[1] + w[3:]
            s = " ".join(parts)
    return s


def say(rng: random.Random, table: dict[str, list[str]], lang: str, **kw: str) -> str:
    s = rng.choice(table[lang])
    for k, v in kw.items():
        s = s.replace("{" + k + "}", v)
    return s


def by_day(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def at(f: Fam, day: float, h0: float = 8, h1: float = 20) -> datetime:
    return f.start + timedelta(days=int(day), hours=f.rng.uniform(h0, h1))


def happy_act(f: Fam, c: Cust, t: datetime) -> None:
    r, lg = f.rng, c.lang
    k = r.randrange(4)
    if k == 0:
        f.add(c, t, "social", "post", say(r, W["praise"], lg))
    elif k == 1:
        f.add(c, t, "chat", "chat", say(r, W["question"], lg))
        f.add(c, t + timedelta(minutes=3), "chat", "chat", say(r, W["answer"], lg), out=True)
        f.add(c, t + timedelta(minutes=6), "chat", "chat", say(r, W["thanks"], lg))
    elif k == 2:
        f.add(c, t, "web", "page_view", None, page="/courts")
        f.add(
            c,
            t + timedelta(minutes=4),
            "web",
            "purchase",
            None,
            page="/checkout",
            product="Court 1h",
            order_value="24.00",
            currency="EUR",
        )
    else:
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            say(r, W["survey_word"], lg),
            scores={"nps": r.choice([9, 10]), "csat": None, "ces": None},
            survey="nps",
        )


def case(f: Fam) -> str:
    return f"CD-{f.rng.randrange(100000, 999999)}{len(f.rows) % 10}"


def complaint(
    f: Fam, c: Cust, t: datetime, channel: str, prob: str, long: bool = False
) -> tuple[str, str]:
    r, lg = f.rng, c.lang
    text = r.choice(PROBLEMS[prob][lg])
    if long:
        text = LONG_OPEN[lg] + text + "." + LONG_CLOSE[lg]
    kind = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "phone": "call",
    }[channel]
    subj = f"{W['subject_complaint'][lg][0]}: {prob}" if channel == "email" else None
    eid = f.add(c, t, channel, kind, text, subject=subj)
    ref = f"CD-{int(t.timestamp()) % 1000000:06d}{f.n % 10}"
    return eid, ref


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.cust("happy", "day writer")
        for d in f.rng.sample(range(10), 5):
            happy_act(f, c, at(f, d, 7, 19))
    for _ in range(5):
        c = f.cust("happy", "night writer")
        for d in f.rng.sample(range(9), 3):
            f.add(c, at(f, d, 22.2, 23.9), "social", "post", say(f.rng, W["night"], c.lang))
        happy_act(f, c, at(f, 9, 9, 18))
    for _ in range(5):
        c = f.cust("happy", "answers surveys")
        for d in f.rng.sample(range(10), 4):
            f.add(
                c,
                at(f, d),
                "survey",
                "survey_response",
                say(f.rng, W["survey_word"], c.lang),
                scores={"nps": f.rng.choice([9, 10]), "csat": None, "ces": None},
                survey="nps",
            )


def one_bad_day(f: Fam) -> None:
    chans = ["email_long", "email", "chat", "social", "web", "phone"] * 4
    probs = list(PROBLEMS)
    for i, ch in enumerate(chans):
        c = f.cust("happy_one_bad_day", "one bad day", tolerated=["silence"])
        bd = 4 + i % 6
        happy_act(f, c, at(f, 0))
        happy_act(f, c, at(f, 12))
        t = at(f, bd, 9, 17)
        real = "email" if ch == "email_long" else ch
        eid, ref = complaint(f, c, t, real, probs[i % 3], long=ch == "email_long")
        c.truth.update(
            bad_day_at=t.isoformat().replace("+00:00", "Z"),
            bad_day_event_id=eid,
            problem=probs[i % 3],
            long_email=ch == "email_long",
            channel=real,
        )
        if real == "social":
            continue
        f.add(
            c,
            t + timedelta(minutes=20),
            "email",
            "message",
            say(f.rng, W["case_opened"], c.lang, case=ref),
            out=True,
            subject=say(f.rng, W["subject_case"], c.lang, case=ref),
        )
        if i < 7 and i != 3:
            s = f.add(
                c,
                t + timedelta(minutes=120),
                "survey",
                "survey_response",
                say(f.rng, W["low_word"], c.lang),
                scores={"nps": 1 + i % 5, "csat": None, "ces": None},
                survey="nps",
            )
            c.truth.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                nps_given=True,
                nps=1 + i % 5,
                survey_event_id=s,
            )
        elif 7 <= i < 13:
            s = f.add(
                c,
                t + timedelta(minutes=60),
                "survey",
                "survey_response",
                say(f.rng, W["low_word"], c.lang),
                scores={"nps": None, "csat": 1 + i % 2, "ces": None},
                survey="csat",
            )
            c.truth.update(csat_given=True, csat=1 + i % 2, survey_event_id=s)
        if i % 20 < 12 and i >= 4:
            f.add(
                c,
                t + timedelta(hours=3),
                "email",
                "message",
                say(f.rng, W["good_news"], c.lang, case=ref),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i < 9:
                a = f.add(
                    c,
                    by_day(t + timedelta(hours=20)),
                    "chat",
                    "chat",
                    say(f.rng, W["apology"], c.lang),
                )
                c.truth.update(apologised=True, apology_event_id=a)
    for _ in range(8):
        c = f.cust("happy", "control")
        for d in f.rng.sample(range(12), 5):
            happy_act(f, c, at(f, d))


REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def repeat_run(
    f: Fam, c: Cust, day: float, times: int, passed: bool, lang2: str | None = None
) -> None:
    r = f.rng
    chans = ["web", "email", "chat", "phone", "social"]
    r.shuffle(chans)
    t = at(f, day, 9, 16)
    prob = r.choice(list(PROBLEMS))
    eids = []
    eid, ref = complaint(f, c, t, chans[0], prob)
    eids.append(eid)
    f.add(
        c,
        t + timedelta(minutes=30 if not passed else 120),
        "email",
        "message",
        say(r, W["passed_on" if passed else "case_opened"], c.lang, case=ref),
        out=True,
        subject=say(r, W["subject_case"], c.lang, case=ref),
    )
    for k in range(1, times):
        t = by_day(t + timedelta(hours=r.uniform(20, 26)))
        lg = lang2 if lang2 and k % 2 == 1 else c.lang
        text = say(r, W["still_open"], lg, case=ref) + " " + r.choice(PROBLEMS[prob][lg])
        if k == 2:
            text += " " + say(r, W["third"], lg, comp=COMPS[f.n % 2])
            c.truth["competitor"] = COMPS[f.n % 2]
        if k == 3:
            text += " " + say(r, W["fourth"], lg)
        ch = chans[k]
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "post",
            "web": "ticket",
            "phone": "call",
        }[ch]
        eids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                text,
                subject=say(r, W["subject_case"], lg, case=ref) if ch == "email" else None,
            )
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                say(r, W["urgent"], lg, case=ref),
                out=True,
            )
    c.truth.update(
        problem=prob,
        booking=ref,
        contacts=times,
        problem_event_ids=eids,
        agent_passed_on=passed,
        channels=chans[:times],
    )
    c.truth["trouble_starts_at"] = next(
        x["occurred_at"] for x in f.rows if x["event_id"] == eids[0]
    )


def fixed_run(f: Fam, c: Cust, day: float, lang2: str | None = None) -> None:
    r = f.rng
    t = at(f, day, 9, 15)
    prob = r.choice(list(PROBLEMS))
    eid, ref = complaint(f, c, t, "web", prob)
    f.add(
        c,
        t + timedelta(minutes=25),
        "email",
        "message",
        say(r, W["case_opened"], c.lang, case=ref),
        out=True,
    )
    f.add(
        c,
        by_day(t + timedelta(hours=5)),
        "email",
        "message",
        say(r, W["good_news"], lang2 or c.lang, case=ref),
        out=True,
    )
    cf = f.add(
        c,
        by_day(t + timedelta(hours=22)),
        "email",
        "message",
        say(r, W["confirm"], lang2 or c.lang, case=ref),
        subject=say(r, W["subject_case"], lang2 or c.lang, case=ref),
    )
    c.truth.setdefault("problems", []).append(
        {"problem": prob, "booking": ref, "problem_event_ids": [eid], "confirm_event_id": cf}
    )


def repeat_contacts(f: Fam) -> None:
    for i in range(12):
        c = f.cust("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        happy_act(f, c, at(f, 0, 7, 12))
        repeat_run(f, c, 1 + i % 4, 2 + i % 3, passed=i < 6)
    for _ in range(5):
        c = f.cust("resolved_between_contacts", "fixed", tolerated=["silence"])
        happy_act(f, c, at(f, 0))
        fixed_run(f, c, 2)
    for _ in range(3):
        c = f.cust("different_problems", "two problems", tolerated=["silence"])
        fixed_run(f, c, 1)
        fixed_run(f, c, 6)
    for _ in range(7):
        c = f.cust("happy", "frequent writer")
        for d in f.rng.sample(range(10), 6):
            happy_act(f, c, at(f, d))


def slow_churners(f: Fam) -> None:
    r = f.rng
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i < 5 else [])
        c = f.cust(
            "slow_churner",
            "slides",
            expected=exp,
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for d in r.sample(range(11), 5):
            f.add(c, at(f, d), "social", "post", say(r, W["praise"], c.lang))
        happy_act(f, c, at(f, 11))
        s0 = 12 + i % 5
        gap = [0.6, 1.0, 1.8][i % 3]
        ids = []
        for k, txt in enumerate(W["slide"][c.lang]):
            t = at(f, s0 + k * gap, 9, 19)
            txt = txt.replace("{comp}", COMPS[i % 2])
            ch = ["social", "community", "web"][k % 3]
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    "review" if ch == "web" else "post",
                    txt,
                    rating=str([3, 3, 2, 2, 1, 1][k]),
                    page="/reviews",
                )
            )
            if k == 3 and i < 5:
                sv = f.add(
                    c,
                    t + timedelta(hours=3),
                    "survey",
                    "survey_response",
                    say(r, W["low_word"], c.lang),
                    scores={"nps": 1 + i, "csat": None, "ces": None},
                    survey="nps",
                )
                c.truth.update(nps_given=True, nps=1 + i, survey_event_id=sv)
        c.truth.update(
            slide_event_ids=ids,
            competitor=COMPS[i % 2],
            trouble_starts_at=f.rows[-1]["occurred_at"],
        )
        c.truth["trouble_starts_at"] = next(
            x["occurred_at"] for x in f.rows if x["event_id"] == ids[0]
        )
    for _ in range(5):
        c = f.cust(
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for d in r.sample(range(14), 4):
            happy_act(f, c, at(f, d))
        t = at(f, 18, 9, 16)
        ci = f.add(c, t, "email", "message", say(r, W["cancel"], c.lang), subject="Cordaro Club")
        f.add(
            c, t + timedelta(hours=2), "email", "message", say(r, W["sorry_go"], c.lang), out=True
        )
        cx = f.add(
            c,
            t + timedelta(hours=24),
            "web",
            "cancellation",
            None,
            page="/account/cancel",
            product="Cordaro Club",
        )
        c.truth.update(
            churn_intent_event_id=ci, cancellation_event_id=cx, churn_at=f.rows[-1]["occurred_at"]
        )
    for _ in range(6):
        c = f.cust("happy", "steady")
        for d in r.sample(range(30), 7):
            happy_act(f, c, at(f, d))
    for _ in range(5):
        c = f.cust("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        c.truth["grumble_event_ids"] = [
            f.add(c, at(f, d), "community", "post", say(r, W["grumble"], c.lang))
            for d in range(1, 16, 3)
        ]
    for _ in range(5):
        c = f.cust("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        for d in r.sample(range(16), 4):
            happy_act(f, c, at(f, d))
        c.truth["sarcasm_event_id"] = f.add(
            c, at(f, 20), "social", "post", say(r, W["sarcasm"], c.lang)
        )


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.cust("happy", "day writer")
        for d in r.sample(range(3), 2):
            happy_act(f, c, at(f, d, 7, 17.5))
    for _ in range(4):
        c = f.cust("grumbles_once", "grumbles once", tolerated=["silence"])
        t = at(f, 1, 9, 17)
        f.add(c, t, "web", "page_view", None, page="/clubs")
        c.truth["grumble_event_id"] = f.add(
            c, t + timedelta(minutes=25), "chat", "chat", say(r, W["grumble"], c.lang)
        )
        f.add(c, t + timedelta(minutes=29), "chat", "chat", say(r, W["answer"], c.lang), out=True)
    for night in range(3):
        base = f.start + timedelta(days=night + 1, minutes=r.uniform(40, 65))
        for burst, off in enumerate([0, 30, 60]):
            for _ in range(4):
                c = f.cust("night_owl", f"night {night + 1}, burst {burst + 1}")
                t = base + timedelta(minutes=off + r.uniform(0, 9))
                c.truth["night_event_id"] = f.add(
                    c, t, "social", "post", say(r, W["night"], c.lang)
                )
                c.truth["burst_at"] = (base + timedelta(minutes=off)).strftime("%Y-%m-%dT%H:%M:%SZ")


def bilingual(f: Fam) -> None:
    r = f.rng
    pairs = [
        ("it", "pt"),
        ("pt", "it"),
        ("it", "en"),
        ("pt", "es"),
        ("it", "de"),
        ("pt", "fr"),
        ("it", "fr"),
        ("pt", "en"),
    ]
    for i in range(12):
        a, b = pairs[i % 8]
        c = f.cust("happy", "alternates languages", lang=a)
        c.truth["languages"] = [a, b]
        for k, d in enumerate(r.sample(range(14), 6)):
            c.lang = [a, b][k % 2]
            happy_act(f, c, at(f, d))
        c.lang = a
    for i in range(5):
        a, b = pairs[i % 8]
        c = f.cust(
            "repeat_contact", "repeats", lang=a, expected=["repeat_contact"], tolerated=REPEAT_TOL
        )
        c.truth["languages"] = [a, b]
        happy_act(f, c, at(f, 0))
        repeat_run(f, c, 2 + i % 3, 2 + i % 3, passed=i % 3 > 0, lang2=b)
    for i in range(5):
        a, b = pairs[(i + 3) % 8]
        c = f.cust(
            "slow_churner",
            "slides",
            lang=a,
            expected=["sentiment_drop"],
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        c.truth["languages"] = [a, b]
        for k, d in enumerate(range(0, 6)):
            f.add(c, at(f, d), "social", "post", say(r, W["praise"], [a, b][k % 2]))
        ids = []
        for k in range(6):
            lg = [a, b][k % 2]
            ids.append(
                f.add(
                    c,
                    at(f, 7 + k * 0.8, 9, 19),
                    "social",
                    "post",
                    W["slide"][lg][k].replace("{comp}", COMPS[i % 2]),
                )
            )
        c.truth.update(slide_event_ids=ids, competitor=COMPS[i % 2])
    for i in range(3):
        a, b = pairs[i % 8]
        c = f.cust("happy_one_bad_day", "one bad day", lang=a, tolerated=["silence"])
        c.truth["languages"] = [a, b]
        happy_act(f, c, at(f, 1))
        c.lang = b
        eid, ref = complaint(
            f, c, at(f, 6, 9, 17), ["email", "email", "chat"][i], "no_court", long=i == 0
        )
        f.add(
            c, at(f, 6, 18, 19), "email", "message", say(r, W["case_opened"], b, case=ref), out=True
        )
        c.lang = a
        c.truth.update(bad_day_event_id=eid, bad_day_language=b)
    for i in range(2):
        a, b = pairs[i % 8]
        c = f.cust("resolved_between_contacts", "fixed", lang=a, tolerated=["silence"])
        c.truth["languages"] = [a, b]
        fixed_run(f, c, 3, lang2=b)


B2B_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    for n, kind in enumerate(kinds):
        lg = r.choices(LANGS, WEIGHTS)[0]
        acc = f"CDC-{MARKET[lg]}-{1000 + n}"
        ncont = 4 if kind == "at_risk" else 3
        nbad = (3 + n % 2) if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        if kind == "at_risk":
            ncont = nbad + 1
        prob = ["invoice", "blocked"][n % 2]
        contacts: list[Cust] = []
        bad: list[str] = []
        for k in range(ncont):
            if k < nbad:
                p, h, e, t_ = (
                    (
                        "b2b_unhappy",
                        "complainer",
                        ["repeat_contact"] if (kind == "at_risk" and k == nbad - 1) else [],
                        B2B_TOL,
                    )
                    if kind == "at_risk"
                    else (
                        "b2b_one_unhappy",
                        "complainer",
                        [],
                        ["sentiment_drop", "high_value_at_risk", "silence"],
                    )
                )
            elif kind == "mild" and k < 2:
                p, h, e, t_ = "b2b_mild", "suggests", [], ["silence"]
            else:
                p, h, e, t_ = "b2b_happy", "contact", [], []
            c = f.cust(p, h, lang=lg, expected=list(e), tolerated=list(t_), account=acc)
            c.truth.update(company=f"Company {n + 1}", role=h)
            contacts.append(c)
            t = f.start + timedelta(days=int(r.uniform(0, 2)), hours=r.uniform(8, 16))
            f.add(c, t, "chat", "chat", say(r, W["question"], lg))
            f.add(c, t + timedelta(minutes=3), "chat", "chat", say(r, W["answer"], lg), out=True)
        ref = f"CD-{700000 + n * 17}"
        first = None
        for k in range(nbad):
            c = contacts[k]
            t = f.start + timedelta(days=2 + k, hours=r.uniform(9, 15))
            eid = f.add(
                c,
                t,
                "email",
                "message",
                r.choice(B2B[prob][lg]),
                subject=f"{W['subject_complaint'][lg][0]}: {prob}",
            )
            first = first or t
            f.add(
                c,
                t + timedelta(minutes=40),
                "email",
                "message",
                say(r, W["case_opened"], lg, case=ref),
                out=True,
            )
            ids = [eid]
            if kind == "one_unhappy" or k < nbad - 1:
                sv = f.add(
                    c,
                    t + timedelta(hours=2),
                    "survey",
                    "survey_response",
                    say(r, W["low_word"], lg),
                    scores={"nps": 2 + k, "csat": None, "ces": None},
                    survey="nps",
                )
                c.truth.update(nps_given=True, nps=2 + k, survey_event_id=sv)
                c.truth["expected_rules"] = sorted(set(c.truth["expected_rules"]) | {"detractor"})
            else:
                ids.append(
                    f.add(
                        c, t + timedelta(hours=24), "phone", "call", say(r, B2B_LAST, lg, case=ref)
                    )
                )
            c.truth.update(complaint_event_ids=ids, problem=prob, booking=ref)
            bad.append(c.key)
        if kind == "mild":
            for c in contacts[:2]:
                c.truth["mild_event_id"] = f.add(
                    c,
                    f.start + timedelta(days=3, hours=r.uniform(9, 15)),
                    "web",
                    "ticket",
                    say(r, B2B_SUGGEST, lg),
                    page="/corporate/feedback",
                )
        for c in contacts:
            c.truth["expected_rules"] = sorted(
                set(c.truth["expected_rules"]) - set(c.truth["tolerated_rules"])
            )
        f.accounts[acc] = {
            "company": f"Company {n + 1}",
            "contacts": ncont,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": nbad,
            "unhappy_contact_keys": bad,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": first.strftime("%Y-%m-%dT%H:%M:%SZ")
            if first and kind == "at_risk"
            else None,
            "language": lg,
            "country": MARKET[lg],
        }


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = f.cust("happy", "day writer")
        for d in r.sample(range(5), 2):
            happy_act(f, c, at(f, d, 8, 18))
    for _ in range(2):
        c = f.cust("grumbles_once", "grumbles once", tolerated=["silence"])
        c.truth["grumble_event_id"] = f.add(
            c, at(f, 0, 9, 16), "chat", "chat", say(r, W["grumble"], c.lang)
        )
    for lg in ("it", "pt"):
        c = f.cust("grumbles_once", "lone question", lang=lg, tolerated=["silence"])
        t = at(f, 4, 9, 16)
        c.truth["lone_report_event_id"] = f.add(c, t, "chat", "chat", say(r, W["lone"], lg))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", say(r, W["lone_answer"], lg), out=True)
    s0 = f.start + timedelta(days=5, hours=8, minutes=5)
    langs = ["it"] * 6 + ["pt"] * 6 + ["de", "de", "en", "en", "es", "es", "fr", "fr"]
    keys, eids, reps = [], [], []
    for i, lg in enumerate(langs):
        rep = i % 10 < 3
        c = f.cust(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i < 12 else "new",
            lang=lg,
            expected=["repeat_contact"] if rep else [],
            tolerated=["sentiment_drop", "silence"] if rep else ["silence"],
        )
        if i < 12:
            happy_act(f, c, at(f, 2, 8, 17.5))
        t = s0 + timedelta(minutes=i * 45 / 19)
        ch = ["social", "chat", "community", "email", "web"][i % 5]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(c, t, ch, kind, say(r, W["spike"], lg, code=CODE))
        if ch == "chat":
            f.add(
                c, t + timedelta(minutes=2), "chat", "chat", say(r, W["spike_chat"], lg), out=True
            )
        keys.append(c.key)
        eids.append(e)
        c.truth.update(in_spike=True, spike_event_id=e, spike_channel=ch, regular=i < 12)
        if rep:
            c.truth["repeat_event_id"] = f.add(
                c,
                t + timedelta(minutes=20),
                "email" if ch != "email" else "chat",
                "message" if ch != "email" else "chat",
                say(r, W["spike_again"], lg, code=CODE),
            )
            reps.append(c.truth["repeat_event_id"])
        elif i % 10 in (4, 5, 6):
            f.add(
                c,
                s0 + timedelta(hours=3, minutes=i),
                "email",
                "message",
                say(r, W["works_again"], lg),
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"court booking app: gate access codes refused at club gates, error {CODE}",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


FAMILIES = [
    ("happy_writers", "HW", happy_writers, "2026-02-09", 12),
    ("one_bad_day", "BD", one_bad_day, "2026-03-16", 14),
    ("repeat_contacts", "RC", repeat_contacts, "2026-04-20", 12),
    ("slow_churners", "SC", slow_churners, "2026-05-18", 32),
    ("quiet_hours", "QH", quiet_hours, "2026-07-10", 4),
    ("bilingual", "BL", bilingual, "2026-08-17", 14),
    ("b2b_accounts", "BB", b2b_accounts, "2026-09-07", 10),
    ("topic_spike", "TS", topic_spike, "2026-09-28", 7),
]


def main() -> None:
    for n, (name, code, build, start, days) in enumerate(FAMILIES, 1):
        t0 = datetime.fromisoformat(start).replace(tzinfo=UTC)
        f = Fam(name, code, random.Random(SEED * 100 + n), t0)
        build(f)
        f.rows.sort(key=lambda x: (x["occurred_at"], x["event_id"]))
        end = max(
            t0 + timedelta(days=days),
            datetime.fromisoformat(f.rows[-1]["occurred_at"]) + timedelta(hours=1),
        )
        expected: dict[str, int] = {}
        for c in f.custs:
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        for a in f.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if f.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": name,
                "business": "Cordaro (tennis and padel court booking)",
                "days": days,
                "seed": SEED * 100 + n,
                "written": "blind",
                "expected": expected,
            },
            "start": t0.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {c.key: c.truth for c in f.custs},
            "accounts": f.accounts,
            "spike": f.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in f.rows), "utf-8"
        )
        (HERE / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


if __name__ == "__main__":
    main()
