# ruff: noqa: E501
"""Build heldout181/ (Ludovra, written blind): every <family>.jsonl and <family>.truth.json."""

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

from wording import COMPS, FIRST, LAST, MARKET, PHONE, SPIKE_CODE, W  # noqa: E402

SEED = 20261206
HAPPY_SET = ("praise", "gripe", "question", "call", "buy", "view", "review", "survey")
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]


@dataclass
class Cust:
    key: str
    lang: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    langs: tuple[str, ...] = ()


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    n: int
    about: str
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    count: int = 0
    used: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)


def strip_accents(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    )


def roughen(f: Fam, text: str) -> str:
    r = f.rough
    if r.random() < 0.1:
        text = strip_accents(text)
    if r.random() < 0.14:
        words = [
            i for i, w in enumerate(text.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
        ]
        if words:
            parts = text.split(" ")
            i = r.choice(words)
            w = parts[i]
            j = r.randrange(1, len(w) - 2)
            parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(parts)
    if r.random() < 0.12 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    return text


def uniq(f: Fam, value: str) -> str:
    while value in f.used or value in USED:
        value = value + str(f.rng.randrange(10))
    f.used.add(value)
    USED.add(value)
    return value


USED: set[str] = set()


def uniq_mail(f: Fam, value: str) -> str:
    user, dom = value.split("@")
    while value in USED:
        user += str(f.rng.randrange(10))
        value = f"{user}@{dom}"
    return uniq(f, value)


def person(
    f: Fam,
    lang: str,
    persona: str,
    habit: str,
    expected: list[str],
    tolerated: list[str],
    account: str | None = None,
    market: str | None = None,
) -> Cust:
    r = f.rng
    key = uniq(f, f"LV{f.code}{r.randrange(1000, 9999)}")
    first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
    mk = market or r.choice(MARKET[lang])
    plain = strip_accents(f"{first}.{last}").lower()
    if account:
        email = uniq_mail(f, f"{strip_accents(first).lower()}@{account.lower()}.example")
    else:
        email = uniq_mail(
            f,
            f"{plain}{r.randrange(1, 99)}@{r.choice(['mailo', 'correio', 'posteo', 'webmail'])}.example",
        )
    phone = uniq(
        f, PHONE[mk] + "".join(str(r.randrange(10)) for _ in range(12 - len(PHONE[mk]) + 1))
    )
    handle = (
        None
        if account or r.random() < 0.3
        else uniq(f, "@" + strip_accents(f"{last}_{first}").lower() + str(r.randrange(1, 99)))
    )
    ids: dict[str, str | None] = {
        "customer_id": key,
        "email": email,
        "phone": phone,
        "handle": handle,
        "account_id": account,
    }
    truth: dict[str, Any] = {
        "identifiers": dict(ids),
        "expected_rules": sorted(expected),
        "tolerated_rules": sorted(tolerated),
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": mk,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
    }
    c = Cust(key, lang, ids, truth)
    f.custs[key] = c
    return c


def add(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    out: bool = False,
    subject: str | None = None,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    f.count += 1
    eid = f"h181-{f.code.lower()}-{f.count:05d}"
    if text and not out and channel not in ("phone", "survey"):
        text = roughen(f, text)
    a = {"market": c.truth["country"]} | (attrs or {})
    if c.ids["account_id"]:
        a["segment"] = "b2b"
    if out:
        a["agent"] = f.rng.choice(["Sofia", "Yann", "Amelie", "Nuno", "Carla"])
    f.rows.append(
        {
            "event_id": eid,
            "occurred_at": t,
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "key": c.key,
            "text": text,
            "subject": subject,
            "scores": scores or {},
            "source": f"ludovra-{channel}",
            "attributes": a,
        }
    )
    return eid


def pick(f: Fam, lang: str, table: str, **kw: str) -> str:
    text: str = f.rng.choice(W[lang][table])
    for k, v in kw.items():
        text = text.replace("{" + k + "}", v)
    return text


def happy(
    f: Fam, c: Cust, t: datetime, lang: str | None = None, kinds: tuple[str, ...] = HAPPY_SET
) -> None:
    lg = lang or c.lang
    k = f.rng.choice(kinds)
    m = timedelta(minutes=1)
    if k in ("praise", "gripe"):
        ch = f.rng.choice(["social", "community"]) if c.ids["handle"] else "community"
        add(f, c, t, ch, "mention" if ch == "social" else "post", pick(f, lg, k))
    elif k == "question":
        add(f, c, t, "chat", "chat", pick(f, lg, "question"))
        add(f, c, t + m * f.rng.randint(1, 6), "chat", "chat", pick(f, lg, "answer"), out=True)
        if f.rng.random() < 0.6:
            add(f, c, t + m * f.rng.randint(8, 15), "chat", "chat", pick(f, lg, "thanks"))
    elif k == "call":
        add(f, c, t, "phone", "call", pick(f, lg, "call"))
        add(
            f, c, t + m * f.rng.randint(10, 30), "email", "message", pick(f, lg, "answer"), out=True
        )
    elif k == "buy":
        add(f, c, t, "web", "page_view", attrs={"page": "/games"})
        add(
            f,
            c,
            t + m * f.rng.randint(3, 12),
            "web",
            "purchase",
            attrs={
                "order_value": f"{f.rng.randint(8, 30)}.00",
                "currency": "GBP" if c.truth["country"] in ("UK",) else "EUR",
                "product": "Weekend rental / Aluguer fim de semana",
                "page": "/checkout",
            },
        )
    elif k == "view":
        add(f, c, t, "web", "page_view", attrs={"page": "/account"})
    elif k == "review":
        add(
            f,
            c,
            t,
            "web",
            "review",
            pick(f, lg, "praise"),
            attrs={"rating": "5", "page": "/reviews"},
        )
    else:
        add(
            f,
            c,
            t,
            "survey",
            "survey_response",
            scores={"nps": f.rng.randint(9, 10)},
            attrs={"survey": "nps"},
        )


def day_hour(f: Fam, lo: float = 8, hi: float = 20) -> float:
    return round(f.rng.uniform(lo, hi), 2)


def happy_days(
    f: Fam, c: Cust, n: int, d0: int, d1: int, lo: float = 8, hi: float = 20, alt: bool = False
) -> None:
    days = f.rng.sample(range(d0, d1 + 1), min(n, d1 - d0 + 1))
    for i, d in enumerate(sorted(days)):
        lang = c.langs[i % 2] if alt and c.langs else None
        happy(f, c, f.at(d, day_hour(f, lo, hi)), lang)


def day_time(t: datetime) -> datetime:
    if t.hour >= 21:
        return t.replace(hour=8, minute=15) + timedelta(days=1)
    if t.hour < 8:
        return t.replace(hour=8, minute=20)
    return t


PROBLEMS = ("missing_pieces", "double_deposit", "damaged", "refund", "wrong_price", "cancel_fee")


def case_ref(f: Fam) -> str:
    return uniq(f, f"LV-{f.rng.randint(100000, 999999)}")


def first_contact(
    f: Fam, c: Cust, t: datetime, ch: str, lang: str, long: bool = False
) -> tuple[str, str | None]:
    text = pick(f, lang, "long" if long else "complaint")
    kind = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "phone": "call",
    }[ch]
    if ch == "phone":
        text = (
            text.lower()
            .replace(".", "")
            .replace(",", "")
            .replace(":", "")
            .replace("!", "")
            .replace("\n", " ")
        )
    eid = add(
        f,
        c,
        t,
        ch,
        kind,
        text,
        subject="Ludovra" if ch == "email" else None,
        attrs={"page": "/help"} if ch == "web" else None,
    )
    if ch == "social":
        return eid, None
    ref = case_ref(f)
    dt = timedelta(minutes=f.rng.randint(1, 5) if ch == "chat" else f.rng.randint(10, 40))
    add(
        f,
        c,
        t + dt,
        "chat" if ch == "chat" else "email",
        "chat" if ch == "chat" else "message",
        pick(f, lang, "case", case=ref),
        out=True,
    )
    return eid, ref


def langs_for(f: Fam, n: int) -> list[str]:
    pool = ["pt"] * 30 + ["fr"] * 30 + ["en"] * 10 + ["de"] * 10 + ["it"] * 10 + ["es"] * 10
    out = ["pt", "fr", "en", "de", "it", "es"] if n >= 6 else []
    out += [f.rng.choice(pool) for _ in range(n - len(out))]
    f.rng.shuffle(out)
    return out


def fam_happy(f: Fam) -> None:
    for i, lg in enumerate(langs_for(f, 26)):
        if i < 16:
            c = person(f, lg, "happy", "day writer", [], [])
            happy_days(f, c, f.rng.randint(5, 8), 0, 9, 7, 19)
        elif i < 21:
            c = person(f, lg, "happy", "night writer", [], [])
            for d in f.rng.sample(range(0, 9), f.rng.randint(2, 4)):
                t = f.at(d, 22.2 + f.rng.uniform(0, 6))
                if f.rng.random() < 0.5 and c.ids["handle"]:
                    add(f, c, t, "social", "mention", pick(f, lg, "night"))
                else:
                    add(f, c, t, "chat", "chat", pick(f, lg, "question"))
                    add(
                        f,
                        c,
                        t + timedelta(minutes=4),
                        "chat",
                        "chat",
                        pick(f, lg, "answer"),
                        out=True,
                    )
                    add(f, c, t + timedelta(minutes=11), "chat", "chat", pick(f, lg, "thanks"))
            happy_days(f, c, f.rng.randint(2, 3), 0, 9, 9, 18)
        else:
            c = person(f, lg, "happy", "answers surveys", [], [])
            for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
                add(
                    f,
                    c,
                    f.at(d, day_hour(f)),
                    "survey",
                    "survey_response",
                    scores={"nps": f.rng.randint(9, 10)},
                    attrs={"survey": "nps"},
                )


def fam_bad(f: Fam) -> None:
    chans = ["email", "email", "chat", "social", "web", "phone"]
    langs = langs_for(f, 32)
    for i, lg in enumerate(langs):
        if i >= 24:
            c = person(f, lg, "happy", "control", [], [])
            happy_days(f, c, f.rng.randint(4, 7), 0, 11)
            continue
        det = i < 6
        c = person(
            f,
            lg,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
        )
        bd = 2 + i % 8
        happy_days(f, c, f.rng.randint(1, 4), 0, bd - 2)
        ch = chans[i % 6] if not det else ["email", "chat", "web", "phone", "email", "chat"][i]
        long = ch == "email" and i % 12 == 0
        t = f.at(bd, day_hour(f, 8, 19))
        eid, ref = first_contact(f, c, t, ch, lg, long)
        c.truth.update(
            {
                "problem": PROBLEMS[i % 6],
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "booking": ref,
                "long_email": long,
            }
        )
        if det:
            s = add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "survey_event_id": s})
        elif ref and i < 11:
            s = add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                scores={"csat": f.rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "survey_event_id": s})
        if ref and i % 2 == 0:
            add(
                f,
                c,
                day_time(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                "message",
                pick(f, lg, "good", case=ref),
                out=True,
            )
            if i % 4 == 0:
                a = add(
                    f,
                    c,
                    day_time(t + timedelta(hours=f.rng.uniform(16, 24))),
                    "chat",
                    "chat",
                    pick(f, lg, "apology"),
                )
                c.truth.update({"apologised": True, "apology_event_id": a})
        happy_days(f, c, f.rng.randint(0, 2), min(bd + 3, 11), 11)


def repeat_run(
    f: Fam, c: Cust, t: datetime, times: int, langs: tuple[str, ...], d_first: str
) -> None:
    lg = langs[0]
    t_first = t
    eid, ref = first_contact(f, c, t, d_first, lg)
    ref = ref or case_ref(f)
    ids = [eid]
    chans = [
        x
        for x in ("email", "chat", "phone", "web", "social")
        if x != d_first and (x != "social" or c.ids["handle"])
    ]
    f.rng.shuffle(chans)
    comp = None
    for k in range(1, times):
        lg = langs[k % len(langs)]
        t = day_time(t + timedelta(hours=f.rng.uniform(4, 40)))
        table = "still" if k == 1 else "third" if k == 2 else "fourth"
        comp = f.rng.choice(COMPS) if k == 2 else comp
        text = pick(f, lg, table, case=ref, comp=comp or "")
        ch = chans[k - 1]
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[ch]
        if ch == "phone":
            text = text.lower().replace(".", "").replace(",", "").replace(":", "")
        ids.append(add(f, c, t, ch, kind, text, subject=f"RE: {ref}" if ch == "email" else None))
    c.truth.update(
        {
            "booking": ref,
            "contacts": times,
            "problem_event_ids": ids,
            "competitor": comp,
            "trouble_starts_at": iso(t_first),
        }
    )


def fixed_run(f: Fam, c: Cust, t: datetime, lg: str, lg2: str) -> dict[str, Any]:
    eid, ref = first_contact(f, c, t, "web", lg)
    assert ref
    g = day_time(t + timedelta(hours=f.rng.uniform(3, 20)))
    add(f, c, g, "email", "message", pick(f, lg2, "good", case=ref), out=True)
    cf = add(
        f,
        c,
        day_time(g + timedelta(hours=f.rng.uniform(8, 30))),
        "email",
        "message",
        pick(f, lg2, "confirm", case=ref),
        subject=f"RE: {ref}",
    )
    return {"booking": ref, "raised_at": iso(t), "problem_event_ids": [eid], "confirm_event_id": cf}


def fam_repeat(f: Fam) -> None:
    for i, lg in enumerate(langs_for(f, 27)):
        if i < 12:
            c = person(f, lg, "repeat_contact", "repeats", ["repeat_contact"], T_REPEAT)
            happy(f, c, f.at(0, day_hour(f, 7, 12)))
            repeat_run(
                f,
                c,
                f.at(1 + i % 4, day_hour(f, 8, 19)),
                2 + i % 3,
                (lg,),
                ["web", "email", "chat", "phone"][i % 4],
            )
        elif i < 17:
            c = person(f, lg, "resolved_between_contacts", "fixed", [], ["silence"])
            happy(f, c, f.at(0, day_hour(f)))
            c.truth["problems"] = [fixed_run(f, c, f.at(1 + i % 3, day_hour(f, 8, 18)), lg, lg)]
        elif i < 20:
            c = person(f, lg, "different_problems", "two problems", [], ["silence"])
            c.truth["problems"] = [
                fixed_run(f, c, f.at(1, day_hour(f, 8, 18)), lg, lg),
                fixed_run(f, c, f.at(5, day_hour(f, 8, 18)), lg, lg),
            ]
        else:
            c = person(f, lg, "happy", "frequent writer", [], [])
            happy_days(f, c, f.rng.randint(7, 10), 0, 9)


def slide(f: Fam, c: Cust, d0: int, span: int, langs: tuple[str, ...]) -> list[str]:
    comp = f.rng.choice(COMPS)
    ids: list[str] = []
    t = f.at(d0, day_hour(f, 9, 12))
    for k in range(6):
        lg = langs[k % len(langs)]
        text = W[lg]["slide"][k].replace("{comp}", comp)
        if k == 0 or k % 2 == 1 or not c.ids["handle"]:
            ids.append(
                add(
                    f,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(add(f, c, t, "social", "mention", text))
        t = day_time(t + timedelta(hours=max(1.0, span * 24 / 6 + f.rng.uniform(-2, 2))))
    c.truth.update({"slide_event_ids": ids, "slide_days": span, "competitor": comp})
    return ids


def fam_slow(f: Fam) -> None:
    for i, lg in enumerate(langs_for(f, 31)):
        if i < 10:
            c = person(
                f,
                lg,
                "slow_churner",
                "slides",
                ["sentiment_drop"] + (["detractor"] if i < 5 else []),
                T_SLIDE,
            )
            for d in f.rng.sample(range(11), 5):
                happy(f, c, f.at(d, day_hour(f)), kinds=("praise",))
            happy_days(f, c, f.rng.randint(2, 4), 0, 10)
            slide(f, c, 12 + i % 5, (3, 5, 9)[i % 3], (lg,))
            if i < 5:
                s = add(
                    f,
                    c,
                    day_time(f.rows[-3]["occurred_at"] + timedelta(hours=3)),
                    "survey",
                    "survey_response",
                    scores={"nps": f.rng.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                c.truth.update({"nps_given": True, "survey_event_id": s})
            c.truth["trouble_starts_at"] = (
                iso(f.rows[-6]["occurred_at"]) if i >= 5 else iso(f.rows[-7]["occurred_at"])
            )
        elif i < 15:
            c = person(f, lg, "slow_churner", "asks to cancel", ["churn_intent"], T_LEAVE)
            happy_days(f, c, f.rng.randint(4, 6), 0, 15)
            t = f.at(17 + i % 6, day_hour(f, 9, 17))
            e = add(f, c, t, "email", "message", pick(f, lg, "cancel"), subject="Ludovra Plus")
            add(
                f,
                c,
                day_time(t + timedelta(hours=f.rng.uniform(1, 5))),
                "email",
                "message",
                pick(f, lg, "bye"),
                out=True,
            )
            x = add(
                f,
                c,
                day_time(t + timedelta(hours=f.rng.uniform(20, 30))),
                "web",
                "cancellation",
                attrs={"page": "/account/cancel", "product": "Ludovra Plus"},
            )
            c.truth.update({"churn_intent_event_id": e, "cancellation_event_id": x})
        elif i < 21:
            c = person(f, lg, "happy", "steady", [], [])
            happy_days(f, c, f.rng.randint(6, 10), 0, 31)
        elif i < 26:
            c = person(f, lg, "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
            d = f.rng.randint(0, 4)
            g = []
            for _ in range(f.rng.randint(5, 7)):
                g.append(
                    add(f, c, f.at(d, day_hour(f)), "community", "post", pick(f, lg, "grumble"))
                )
                d += f.rng.randint(1, 3)
            c.truth["grumble_event_ids"] = g
        else:
            c = person(f, lg, "happy_one_sarcastic_remark", "happy", [], ["silence"])
            happy_days(f, c, f.rng.randint(4, 6), 0, 16)
            c.truth["sarcasm_event_id"] = add(
                f, c, f.at(17 + i % 10, day_hour(f)), "community", "post", pick(f, lg, "sarcasm")
            )


def fam_quiet(f: Fam) -> None:
    langs = langs_for(f, 56)
    for i in range(20):
        lg = langs[i]
        if i < 16:
            c = person(f, lg, "happy", "day writer", [], [])
            happy_days(f, c, f.rng.randint(1, 3), 0, 2, 7, 17.5)
        else:
            c = person(f, lg, "grumbles_once", "grumbles once", [], ["silence"])
            t = f.at(i % 3, day_hour(f, 9, 17))
            add(f, c, t, "web", "page_view", attrs={"page": "/map"})
            g = add(f, c, t + timedelta(minutes=25), "chat", "chat", pick(f, lg, "mild"))
            add(f, c, t + timedelta(minutes=29), "chat", "chat", pick(f, lg, "answer"), out=True)
            c.truth["grumble_event_id"] = g
    k = 20
    for night in range(3):
        b0 = 24 * (night + 1) + f.rng.uniform(0.67, 1.08)
        for burst, off in enumerate((0.0, 0.5, 1.0)):
            for _ in range(4):
                lg = langs[k]
                k += 1
                c = person(f, lg, "night_owl", f"night {night + 1}, burst {burst + 1}", [], [])
                t = f.start + timedelta(hours=b0 + off + f.rng.uniform(0, 0.16))
                if c.ids["handle"] and f.rng.random() < 0.5:
                    e = add(f, c, t, "social", "mention", pick(f, lg, "night"))
                else:
                    e = add(f, c, t, "chat", "chat", pick(f, lg, "question"))
                    add(
                        f,
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        pick(f, lg, "answer"),
                        out=True,
                    )
                    add(f, c, t + timedelta(minutes=9), "chat", "chat", pick(f, lg, "thanks"))
                c.truth.update({"burst_at": iso(t), "night_event_id": e})
                if f.rng.random() < 0.5:
                    happy(f, c, f.at(f.rng.randint(0, 2), day_hour(f, 9, 17.5)))


def fam_bilingual(f: Fam) -> None:
    pairs = [
        ("pt", "fr"),
        ("fr", "pt"),
        ("pt", "en"),
        ("fr", "en"),
        ("pt", "es"),
        ("fr", "de"),
        ("fr", "it"),
        ("pt", "de"),
        ("en", "fr"),
    ]
    for i in range(27):
        a, b = pairs[i % len(pairs)]
        if i < 12:
            c = person(f, a, "happy", "alternates languages", [], [])
            c.langs = (a, b)
            happy_days(f, c, f.rng.randint(7, 10), 0, 13, alt=True)
        elif i < 17:
            c = person(f, a, "repeat_contact", "repeats", ["repeat_contact"], T_REPEAT)
            c.langs = (a, b)
            happy(f, c, f.at(0, day_hour(f)))
            repeat_run(f, c, f.at(2 + i % 4, day_hour(f, 8, 18)), 2 + i % 3, (a, b), "email")
        elif i < 22:
            c = person(f, a, "slow_churner", "slides", ["sentiment_drop"], T_SLIDE)
            c.langs = (a, b)
            for j, d in enumerate(range(6)):
                happy(f, c, f.at(d, day_hour(f)), (a, b)[j % 2], kinds=("praise",))
            slide(f, c, 7 + i % 2, 3 + i % 3, (a, b))
            c.truth["trouble_starts_at"] = iso(f.rows[-6]["occurred_at"])
        elif i < 25:
            c = person(f, a, "happy_one_bad_day", "one bad day", [], ["silence"])
            c.langs = (a, b)
            happy_days(f, c, 3, 0, 4, alt=True)
            eid, ref = first_contact(f, c, f.at(7, day_hour(f, 9, 17)), "email", b, long=i == 22)
            c.truth.update({"bad_day_event_id": eid, "booking": ref, "bad_day_language": b})
        else:
            c = person(f, a, "resolved_between_contacts", "fixed", [], ["silence"])
            c.langs = (a, b)
            c.truth["problems"] = [fixed_run(f, c, f.at(3, day_hour(f, 9, 17)), a, b)]
        c.truth["languages"] = list(c.langs)


def fam_b2b(f: Fam) -> None:
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    names = [
        "Atelier Lumen",
        "Café Tabuleiro",
        "Hotel Miradouro",
        "Escola Nova",
        "Bureau Volta",
        "Ludoteca Sol",
        "Kita Sonnenhof",
        "Studio Pixel",
        "Mairie Ouest",
        "Cowork Ribeira",
        "Ostello Blu",
        "Casa Joven",
        "Pub Corner",
        "Lycée Arago",
        "Biblioteca Norte",
    ]
    langs = [
        "pt",
        "fr",
        "pt",
        "fr",
        "de",
        "pt",
        "de",
        "fr",
        "fr",
        "pt",
        "it",
        "es",
        "en",
        "fr",
        "pt",
    ]
    for a, (kind, name, lg) in enumerate(zip(kinds, names, langs, strict=True)):
        acc = uniq(f, f"LVB-{MARKET[lg][0]}-{f.rng.randint(1000, 9999)}")
        n = (
            (6 if a == 0 else 5)
            if kind == "at_risk"
            else 3
            if kind in ("one_unhappy", "mild")
            else 4
        )
        bad = (
            (4 if a < 2 else 3)
            if kind == "at_risk"
            else 1
            if kind == "one_unhappy"
            else 2
            if kind == "mild"
            else 0
        )
        keys, unhappy = [], []
        t0 = f.at(2, 9.1 + a * 0.3)
        ref = case_ref(f)
        first_name = ""
        for j in range(n):
            complains = j < bad
            if kind == "at_risk" and complains:
                c = person(
                    f,
                    lg,
                    "b2b_unhappy",
                    "complainer",
                    ["repeat_contact"] if j == bad - 1 else [],
                    [*T_REPEAT, "account_risk"],
                    acc,
                    MARKET[lg][0],
                )
            elif kind == "one_unhappy" and complains:
                c = person(
                    f,
                    lg,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    acc,
                    MARKET[lg][0],
                )
            elif kind == "mild" and complains:
                c = person(f, lg, "b2b_mild", "suggests", [], ["silence"], acc, MARKET[lg][0])
            else:
                c = person(f, lg, "b2b_happy", "contact", [], [], acc, MARKET[lg][0])
            c.truth.update(
                {
                    "company": name,
                    "role": c.truth["habit"],
                    "job_title": "Office manager",
                    "job": "Office manager",
                }
            )
            keys.append(c.key)
            for d in f.rng.sample([0, 1], f.rng.randint(0, 2)):
                happy(f, c, f.at(d, day_hour(f, 8, 16.5)), kinds=("question", "buy", "view"))
            if not complains:
                happy_days(f, c, f.rng.randint(1, 3), 2, 11, 8, 16.5)
                continue
            if kind != "mild":
                unhappy.append(c.key)
            if kind == "mild":
                t = f.at(3 + j, day_hour(f, 9, 15))
                c.truth["mild_event_id"] = add(
                    f,
                    c,
                    t,
                    "web",
                    "ticket",
                    pick(f, lg, "suggest"),
                    attrs={"page": "/portal/feedback"},
                )
                add(
                    f,
                    c,
                    t + timedelta(minutes=30),
                    "email",
                    "message",
                    pick(f, lg, "case", case=case_ref(f)),
                    out=True,
                )
                continue
            if kind == "one_unhappy":
                t = f.at(3 + a % 5, day_hour(f, 9, 15))
                e = add(
                    f, c, t, "email", "message", pick(f, lg, "b2b_complaint"), subject="Ludovra Pro"
                )
                add(
                    f,
                    c,
                    t + timedelta(minutes=30),
                    "email",
                    "message",
                    pick(f, lg, "case", case=ref),
                    out=True,
                )
            else:
                t = t0 + timedelta(hours=(0, 22, 26, 48)[j])
                t = day_time(t)
                text = (
                    pick(f, lg, "b2b_complaint")
                    if j == 0
                    else pick(f, lg, "b2b_again", case=ref, first=first_name)
                )
                e = add(f, c, t, "email", "message", text, subject=f"Ludovra Pro {ref}")
                if j == 0:
                    first_name = c.truth["name"].split()[0]
                    add(
                        f,
                        c,
                        t + timedelta(minutes=40),
                        "email",
                        "message",
                        pick(f, lg, "case", case=ref),
                        out=True,
                    )
                if j == bad - 1:
                    t2 = day_time(t + timedelta(hours=f.rng.uniform(18, 30)))
                    t2 = t2 if t2.weekday() < 5 else t2 + timedelta(days=7 - t2.weekday())
                    e2 = add(f, c, t2, "phone", "call", pick(f, lg, "b2b_threat", case=ref))
                    c.truth["complaint_event_ids"] = [e, e2]
                    continue
            c.truth["complaint_event_ids"] = [e]
            s = add(
                f,
                c,
                t + timedelta(hours=f.rng.uniform(1, 3)),
                "survey",
                "survey_response",
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "nps_given": True,
                    "survey_event_id": s,
                    "expected_rules": sorted({*c.truth["expected_rules"], "detractor"}),
                }
            )
            c.truth["tolerated_rules"] = sorted(set(c.truth["tolerated_rules"]) - {"detractor"})
        f.accounts[acc] = {
            "company": name,
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": "invoice" if kind == "at_risk" else None,
            "trouble_starts_at": iso(day_time(t0)) if kind == "at_risk" else None,
            "language": lg,
            "country": MARKET[lg][0],
        }


def fam_spike(f: Fam) -> None:
    langs = langs_for(f, 64)
    for i in range(44):
        lg = langs[i]
        if i < 40:
            c = person(f, lg, "happy", "day writer", [], [])
            for d in f.rng.sample(range(6), f.rng.randint(2, 5)):
                happy(f, c, f.at(d, day_hour(f, 12, 19) if d == 5 else day_hour(f)))
        else:
            c = person(f, lg, "grumbles_once", "grumbles once", [], ["silence"])
            t = f.at(i % 2, day_hour(f, 9, 16))
            c.truth["grumble_event_id"] = add(f, c, t, "chat", "chat", pick(f, lg, "mild"))
            add(f, c, t + timedelta(minutes=3), "chat", "chat", pick(f, lg, "answer"), out=True)
    s0 = f.at(5, 9 + 20 / 60)
    chans = ["social", "chat", "community", "email", "web"] * 4
    keys, eids, reps = [], [], []
    for j in range(20):
        lg = langs[44 + j]
        rep = j < 6
        c = person(
            f,
            lg,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if j % 3 else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if j % 3:
            happy(f, c, f.at(2, day_hour(f, 8, 17.5)))
        t = s0 + timedelta(minutes=round(45 * j / 19))
        ch = chans[j] if c.ids["handle"] or chans[j] != "social" else "community"
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "community": "post",
        }[ch]
        text = pick(f, lg, "spike", code=SPIKE_CODE)
        e = add(
            f,
            c,
            t,
            ch,
            kind,
            text,
            subject="Ludovra" if ch == "email" else None,
            attrs={"page": "/help"} if ch == "web" else None,
        )
        if ch == "chat":
            add(f, c, t + timedelta(minutes=2), "chat", "chat", pick(f, lg, "spike_ans"), out=True)
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if rep:
            ch2 = "email" if ch != "email" else "chat"
            r = add(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(10, 60)),
                ch2,
                "message" if ch2 == "email" else "chat",
                pick(f, lg, "spike2", code=SPIKE_CODE),
            )
            reps.append(r)
            c.truth["repeat_event_id"] = r
        elif j < 12:
            add(
                f,
                c,
                f.at(5, 12.2 + j * 0.02),
                "email",
                "message",
                pick(f, lg, "spike_fix"),
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "console-game rental activation codes rejected by the console: no rented game can be played",
        "about": "the planted incident",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


def iso(t: Any) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ") if isinstance(t, datetime) else str(t)


def finish(f: Fam) -> None:
    rows = sorted(f.rows, key=lambda r: (r["occurred_at"], r["event_id"]))
    seen: set[str] = set()
    out = []
    for r in rows:
        c = f.custs[r.pop("key")]
        ids = c.ids
        if r["direction"] == "outbound" or c.key not in seen:
            cust: dict[str, str | None] = dict(ids)
            if r["direction"] == "inbound":
                seen.add(c.key)
        else:
            ch = r["channel"]
            one = {
                "phone": "phone",
                "email": "email",
                "social": "handle",
                "community": "handle",
            }.get(ch, "customer_id")
            if one == "handle" and not ids["handle"]:
                one = "email"
            blank: dict[str, str | None] = dict.fromkeys(ids)
            cust = blank | {
                one: ids[one],
                "account_id": ids["account_id"],
            }
        r["customer"] = cust
        assert r["occurred_at"] < datetime(2026, 11, 15, tzinfo=UTC)
        r["occurred_at"] = iso(r["occurred_at"])
        r["scores"] = {"nps": None, "csat": None, "ces": None} | r["scores"]
        out.append(json.dumps(r, ensure_ascii=False))
    (HERE / f"{f.name}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    expected: dict[str, int] = {}
    for c in f.custs.values():
        assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    last = datetime.fromisoformat(rows[-1]["occurred_at"].replace("Z", "+00:00"))
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Ludovra (board-game and console-game rental)",
            "days": f.days,
            "seed": SEED,
            "written": "2026-12-06",
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {k: c.truth for k, c in sorted(f.custs.items())},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


FAMILIES = [
    ("happy_writers", "HW", datetime(2026, 3, 9, tzinfo=UTC), 10, fam_happy, "happy writers"),
    ("one_bad_day", "BD", datetime(2026, 4, 6, tzinfo=UTC), 12, fam_bad, "one bad day"),
    ("repeat_contacts", "RC", datetime(2026, 5, 11, tzinfo=UTC), 10, fam_repeat, "repeat contacts"),
    ("slow_churners", "SC", datetime(2026, 6, 8, tzinfo=UTC), 32, fam_slow, "slow churners"),
    ("quiet_hours", "QH", datetime(2026, 8, 14, tzinfo=UTC), 3, fam_quiet, "quiet hours"),
    ("bilingual", "BL", datetime(2026, 9, 7, tzinfo=UTC), 14, fam_bilingual, "bilingual"),
    ("b2b_accounts", "BB", datetime(2026, 10, 5, tzinfo=UTC), 14, fam_b2b, "company accounts"),
    ("topic_spike", "TS", datetime(2026, 11, 2, tzinfo=UTC), 7, fam_spike, "topic spike"),
]


def main() -> None:
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, 1):
        assert start.weekday() == (4 if name == "quiet_hours" else 0), name
        f = Fam(name, code, start, days, n, about)
        build(f)
        finish(f)


if __name__ == "__main__":
    main()
