"""Generate heldout259 (Voltiera, written blind). Standard library only, seeded."""

# ruff: noqa: E501
from __future__ import annotations

import json
import random
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import wording as W  # noqa: E402

SEED = 259_2026
H = timedelta(hours=1)
M = timedelta(minutes=1)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Fam:
    def __init__(self, name: str, code: str, n: int, start: datetime, days: int) -> None:
        self.name, self.code, self.start, self.days = name, code, start, days
        self.rng = random.Random(SEED * 100 + n)
        self.rows: list[dict[str, Any]] = []
        self.cust: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seen: set[str] = set()
        self.refs = 0

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        exp: list[str] | None = None,
        tol: list[str] | None = None,
        account: str | None = None,
    ) -> dict[str, Any]:
        r = self.rng
        lang = lang or r.choices(W.LANGS, W.WEIGHTS)[0]
        i = len(self.cust)
        cid = f"VT{self.code}{1000 + i * 7 + r.randrange(7)}"
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        plain = (
            unicodedata.normalize("NFKD", f"{first}.{last}")
            .encode("ascii", "ignore")
            .decode()
            .lower()
        )
        c: dict[str, Any] = {
            "key": cid,
            "lang": lang,
            "name": f"{first} {last}",
            "first": first,
            "identifiers": {
                "customer_id": cid,
                "email": f"{plain}{i}@{self.code.lower()}mail.example",
                "phone": f"+{39 if lang == 'it' else 34 if lang == 'es' else 49}31{r.randrange(10**7, 10**8)}{i % 10}",
                "handle": None if account else f"@{plain.replace('.', '_')}{i}",
                "account_id": account,
            },
            "expected_rules": exp or [],
            "tolerated_rules": tol or [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": W.MARKET[lang],
            "segment": "b2b" if account else "consumer",
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
        *,
        out: bool = False,
        subject: str | None = None,
        nps: int | None = None,
        csat: int | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        eid = f"vt259-{self.code.lower()}-{len(self.rows) + 1:05d}"
        ids = c["identifiers"]
        first = not out and c["key"] not in self.seen
        if out or first:
            cust = {k: v for k, v in ids.items() if v}
            if not out:
                self.seen.add(c["key"])
        else:
            key = {
                "phone": "phone",
                "social": "handle",
                "community": "handle",
                "email": "email",
            }.get(channel, "customer_id")
            if ids.get(key) is None:
                key = "email" if c["segment"] == "b2b" else "customer_id"
            cust = {key: ids[key]}
            if ids["account_id"]:
                cust["account_id"] = ids["account_id"]
        if text and not out and channel not in ("phone", "survey"):
            text = self.rough(text)
        a = {"market": c["country"]} | (attrs or {})
        if out:
            a["agent"] = self.rng.choice(["Giada", "Pablo", "Anke", "Tom"])
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "customer": cust,
                "text": text,
                "subject": subject,
                "scores": {"nps": nps, "csat": csat, "ces": None},
                "source": f"voltiera-{channel}",
                "attributes": a,
            }
        )
        return eid

    def rough(self, s: str) -> str:
        r = self.rng
        if r.random() < 0.1:
            s = "".join(
                ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)
            )
        if r.random() < 0.125:
            s = s[:1].lower() + s[1:]
        if r.random() < 1 / 7:
            words = [
                i for i, w in enumerate(s.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = s.split(" ")
                w = parts[words[0]]
                parts[words[0]] = w[0] + w[2] + w[1] + w[3:]
                s = " ".join(parts)
        return s

    def ref(self) -> str:
        self.refs += 1
        return f"VT-{self.code}{self.refs:04d}"

    def day(self, d: int, h0: float = 8, h1: float = 19) -> datetime:
        return self.start + timedelta(days=d, hours=self.rng.uniform(h0, h1))

    def happy(self, c: dict[str, Any], n: int, days: range, h0: float = 8, h1: float = 19) -> None:
        r, L = self.rng, c["lang"]
        for d in sorted(r.sample(list(days), min(n, len(days)))):
            t = self.day(d, h0, h1)
            k = r.randrange(4)
            if k == 0:
                self.add(c, t, "social", "post", r.choice(W.PRAISE[L]))
            elif k == 1:
                self.add(c, t, "chat", "chat", r.choice(W.QUESTION[L]))
                self.add(c, t + r.randint(1, 5) * M, "chat", "chat", W.ANSWER[L], out=True)
                self.add(c, t + r.randint(6, 9) * M, "chat", "chat", r.choice(W.THANKS[L]))
            elif k == 2:
                self.add(c, t, "web", "page_view", attrs={"page": "/shop"})
                p = r.choice(W.PRODUCTS)
                self.add(
                    c,
                    t + 4 * M,
                    "web",
                    "purchase",
                    attrs={
                        "page": "/checkout",
                        "product": p,
                        "order_value": f"{r.randint(20, 900)}.00",
                        "currency": "GBP" if L == "en" else "EUR",
                    },
                )
            else:
                self.add(
                    c,
                    t,
                    "survey",
                    "survey_response",
                    r.choice(W.SURVEY_WORD[L]) or None,
                    nps=r.choice([9, 10]),
                )

    def write(self, about: str, extra_end: datetime | None = None) -> None:
        self.rows.sort(key=lambda x: (x["occurred_at"], x["event_id"]))
        last = datetime.strptime(self.rows[-1]["occurred_at"], "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=UTC
        )
        end = max(self.start + timedelta(days=self.days), last + H)
        exp: dict[str, int] = {}
        for c in self.cust.values():
            for rule in c["expected_rules"]:
                exp[rule] = exp.get(rule, 0) + 1
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"])
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                exp[rule] = exp.get(rule, 0) + 1
        if self.spike:
            exp["topic_spike"] = 1
        customers = {
            k: {kk: vv for kk, vv in v.items() if kk not in ("key", "lang", "first")}
            for k, v in self.cust.items()
        }
        truth = {
            "config": {
                "family": self.name,
                "about": about,
                "business": "Voltiera: home EV wallbox installation and care",
                "days": self.days,
                "seed": SEED,
                "written": "blind",
                "expected": exp,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as f:
            for row in self.rows:
                f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def complain(
    f: Fam, c: dict[str, Any], t: datetime, channel: str, problem: str, long: bool = False
) -> str:
    L, r = c["lang"], f.rng
    text = r.choice(W.COMPLAINT[problem][L])
    subj = W.SUBJECT[L] + W.TOPIC[problem][L]
    if channel == "email":
        if long and L in W.LETTER:
            a, b = W.LETTER[L]
            text = a + text[0].lower() + text[1:] + b + c["name"]
        return f.add(c, t, "email", "message", text, subject=subj)
    if channel == "phone":
        return f.add(c, t, "phone", "call", W.CALL[problem][L])
    if channel == "web":
        return f.add(c, t, "web", "ticket", text, attrs={"page": "/support"})
    if channel == "social":
        return f.add(c, t, "social", "mention", "@Voltiera " + text)
    return f.add(c, t, "chat", "chat", text)


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, d0(2026, 2, 9), 10)
    for _ in range(16):
        f.happy(f.person("happy", "day writer"), f.rng.randint(5, 8), range(10))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), 3):
            f.add(c, f.day(d, 22.2, 23.9), "social", "post", f.rng.choice(W.NIGHT[c["lang"]]))
        f.happy(c, 2, range(10), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), 4):
            f.add(
                c,
                f.day(d),
                "survey",
                "survey_response",
                f.rng.choice(W.SURVEY_WORD[c["lang"]]) or None,
                nps=f.rng.choice([9, 10]),
            )
    f.write("happy day and night writers, survey-only")
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, d0(2026, 3, 16), 12)
    r = f.rng
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    withcase = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(withcase[0:20:3][:6])
    low = set([i for i in withcase if i not in det][:5])
    good = [i for i in withcase if i not in det][5:17]
    for i, ch in enumerate(chans):
        c = f.person(
            "bad_day_detractor" if i in det else "happy_one_bad_day",
            "one bad day",
            lang=("es" if i % 2 else "it") if ch == "long" else None,
            exp=["detractor"] if i in det else [],
            tol=["silence"],
        )
        L = c["lang"]
        bd = r.randint(3, 8)
        f.happy(c, r.randint(1, 4), range(bd + 3, 12) if r.random() < 0.5 else range(0, bd - 1))
        t = f.day(bd, 8, 18)
        prob = W.PROBLEMS[i % 3]
        eid = complain(f, c, t, "email" if ch == "long" else ch, prob, long=ch == "long")
        c.update(
            problem=prob,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            long_email=ch == "long",
            channel=ch,
        )
        if ch == "social":
            continue
        ref = f.ref()
        c["booking"] = ref
        chan = "chat" if ch == "chat" else "email"
        f.add(
            c,
            t + r.randint(10, 40) * M,
            chan,
            "chat" if chan == "chat" else "message",
            W.CASE_OPENED[L].format(name=c["first"], ref=ref),
            out=True,
        )
        if i in det:
            c.update(nps_given=True, nps=r.randint(1, 5))
            c["survey_event_id"] = f.add(
                c,
                t + r.randint(100, 140) * M,
                "survey",
                "survey_response",
                r.choice(W.LOW_WORD[L]) or None,
                nps=c["nps"],
            )
        elif i in low:
            c.update(csat_given=True, csat=r.randint(1, 2))
            c["survey_event_id"] = f.add(
                c, t + r.randint(40, 80) * M, "survey", "survey_response", None, csat=c["csat"]
            )
        if i in good:
            f.add(
                c,
                t + r.randint(60, 240) * M,
                "email",
                "message",
                W.GOOD_NEWS[L].format(ref=ref),
                out=True,
            )
            c["agent_fixed"] = True
            if good.index(i) < 5:
                c["apology_event_id"] = f.add(
                    c, t + r.randint(16, 22) * H, "chat", "chat", r.choice(W.APOLOGY[L])
                )
                c["apologised"] = True
    for _ in range(8):
        f.happy(f.person("happy", "control"), r.randint(4, 7), range(12))
    f.write("one bad day among happy acts")
    return f


def still(f: Fam, c: dict[str, Any], t: datetime, ref: str, prob: str, nth: int, ch: str) -> str:
    L = c["lang"]
    text = W.STILL[L].format(ref=ref, topic=W.TOPIC[prob][L])
    if nth == 3:
        comp = f.rng.choice(W.COMPETITORS)
        c["competitor"] = comp
        text += W.THIRD[L].format(comp=comp)
    if nth == 4:
        text += W.FOURTH[L]
    if ch == "phone":
        text = text.lower().replace(".", "").replace(":", "")
        return f.add(c, t, "phone", "call", text)
    if ch == "social":
        return f.add(c, t, "social", "mention", "@Voltiera " + text)
    kind = {"email": "message", "chat": "chat", "web": "ticket"}[ch]
    e = f.add(c, t, ch, kind, text, subject=f"Re: {ref}" if ch == "email" else None)
    if ch == "chat":
        f.add(c, t + 3 * M, "chat", "chat", W.URGENT[L].format(ref=ref), out=True)
    return e


def morning(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=t.minute % 60)
    return t


def repeat_run(f: Fam, c: dict[str, Any], d: int, times: int, escalate: bool) -> None:
    r, L = f.rng, c["lang"]
    prob = r.choice(W.PROBLEMS)
    chans = r.sample(["email", "chat", "phone", "web", "social"], times)
    t = f.day(d, 8, 18)
    t_first = t
    ids = [complain(f, c, t, chans[0] if chans[0] != "social" else "web", prob)]
    ref = f.ref()
    f.add(
        c,
        t + (r.randint(90, 150) if escalate else r.randint(10, 40)) * M,
        "email",
        "message",
        (W.ESCALATED if escalate else W.CASE_OPENED)[L].format(name=c["first"], ref=ref),
        out=True,
    )
    for n in range(2, times + 1):
        t = morning(t + r.randint(4, 40) * H)
        ids.append(still(f, c, t, ref, prob, n, chans[n - 1]))
    c.update(
        problem=prob,
        booking=ref,
        contacts=times,
        channels=chans,
        problem_event_ids=ids,
        agent_passed_on=escalate,
        trouble_starts_at=iso(t_first),
    )


def fixed_run(f: Fam, c: dict[str, Any], d: int) -> dict[str, Any]:
    r, L = f.rng, c["lang"]
    prob = r.choice(W.PROBLEMS)
    t = f.day(d, 8, 18)
    e = complain(f, c, t, "web", prob)
    ref = f.ref()
    f.add(
        c,
        t + 20 * M,
        "email",
        "message",
        W.CASE_OPENED[L].format(name=c["first"], ref=ref),
        out=True,
    )
    t2 = morning(t + r.randint(3, 20) * H)
    f.add(c, t2, "email", "message", W.GOOD_NEWS[L].format(ref=ref), out=True)
    t3 = morning(t2 + r.randint(8, 30) * H)
    ce = f.add(
        c, t3, "email", "message", r.choice(W.CONFIRM[L]).format(ref=ref), subject=f"Re: {ref}"
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(t2),
        "confirmed_at": iso(t3),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
    }


REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def repeat_contacts() -> Fam:
    f = Fam("repeat_contacts", "RC", 3, d0(2026, 4, 20), 10)
    r = f.rng
    for i in range(12):
        c = f.person("repeat_contact", "repeats", exp=["repeat_contact"], tol=REPEAT_TOL)
        f.happy(c, 2, range(0, 1), 7, 12)
        repeat_run(f, c, r.randint(1, 4), 2 + i % 3, i < 6)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tol=["silence"])
        f.happy(c, 1, range(0, 1))
        c["problems"] = [fixed_run(f, c, r.randint(1, 4))]
    for _ in range(3):
        c = f.person("different_problems", "two problems", tol=["silence"])
        c["problems"] = [fixed_run(f, c, 1), fixed_run(f, c, 6)]
    for _ in range(7):
        f.happy(f.person("happy", "frequent writer"), r.randint(5, 8), range(10))
    f.write("repeat contacts against fixed and frequent writers")
    return f


def slide(
    f: Fam, c: dict[str, Any], start: int, span: int, langs: list[str] | None = None
) -> list[str]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    ids = []
    t = f.day(start, 9, 12)
    for k in range(6):
        L = langs[k % 2] if langs else c["lang"]
        text = W.SLIDE[L][k].format(comp=comp)
        ids.append(
            f.add(c, t, r.choice(["social", "community"]), "post", text)
            if k % 3
            else f.add(
                c,
                t,
                "web",
                "review",
                text,
                attrs={"page": "/reviews", "rating": str([3, 3, 2, 2, 1, 1][k])},
            )
        )
        t = morning(t + timedelta(hours=span * 24 / 6 + r.randint(1, 3)))
    c.update(slide_event_ids=ids, competitor=comp)
    return ids


def slow_churners() -> Fam:
    f = Fam("slow_churners", "SC", 4, d0(2026, 6, 1), 32)
    r = f.rng
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            exp=["sentiment_drop"] + (["detractor"] if i < 5 else []),
            tol=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for d in r.sample(range(11), 5):
            f.add(c, f.day(d), "social", "post", r.choice(W.PRAISE[c["lang"]]))
        f.happy(c, 2, range(11))
        st = r.randint(12, 16)
        ids = slide(f, c, st, [3, 5, 9][i % 3])
        c["trouble_starts_at"] = next(x["occurred_at"] for x in f.rows if x["event_id"] == ids[0])
        if i < 5:
            t4 = datetime.strptime(
                next(x["occurred_at"] for x in f.rows if x["event_id"] == ids[3]),
                "%Y-%m-%dT%H:%M:%SZ",
            ).replace(tzinfo=UTC)
            c.update(nps_given=True, nps=r.randint(1, 5))
            c["survey_event_id"] = f.add(
                c, morning(t4 + 3 * H), "survey", "survey_response", None, nps=c["nps"]
            )
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            exp=["churn_intent"],
            tol=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        L = c["lang"]
        f.happy(c, r.randint(4, 6), range(16))
        t = f.day(r.randint(17, 23), 9, 16)
        c["churn_intent_event_id"] = f.add(
            c, t, "email", "message", W.CANCEL[L], subject="Voltiera Smart"
        )
        f.add(c, t + r.randint(1, 5) * H, "email", "message", W.SORRY_GO[L], out=True)
        t2 = morning(t + r.randint(20, 30) * H)
        c["cancellation_event_id"] = f.add(
            c,
            t2,
            "web",
            "cancellation",
            attrs={"page": "/account/plan", "product": "Voltiera Smart, monthly"},
        )
        c.update(churn_at=iso(t2), trouble_starts_at=iso(t))
    for _ in range(6):
        f.happy(f.person("happy", "steady"), r.randint(6, 10), range(32))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tol=["repeat_contact", "silence"])
        d, ids = r.randint(0, 4), []
        for _k in range(r.randint(5, 7)):
            ids.append(
                f.add(
                    c,
                    f.day(d),
                    r.choice(["social", "community"]),
                    "post",
                    r.choice(W.GRUMBLE[c["lang"]]),
                )
            )
            d += r.randint(1, 3)
        c["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tol=["silence"])
        f.happy(c, 4, range(16))
        c["sarcasm_event_id"] = f.add(
            c, f.day(r.randint(17, 28)), "social", "post", W.SARCASM[c["lang"]]
        )
    f.write("sliders, leavers, steady, grumpy, sarcastic")
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, d0(2026, 7, 17), 3)
    r = f.rng
    for _ in range(16):
        f.happy(f.person("happy", "day writer"), r.randint(1, 3), range(3), 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tol=["silence"])
        t = f.day(r.randint(0, 2), 9, 16)
        f.add(c, t, "web", "page_view", attrs={"page": "/app/history"})
        c["grumble_event_id"] = f.add(c, t + 25 * M, "chat", "chat", W.MILD[c["lang"]])
        f.add(c, t + 28 * M, "chat", "chat", W.ACK[c["lang"]], out=True)
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, hours=0, minutes=r.randint(40, 65))
        for burst, off in enumerate([0, r.randint(28, 33), r.randint(55, 65)]):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}")
                t = b0 + (off + r.randint(0, 9)) * M
                c.update(burst_at=iso(b0 + off * M))
                c["night_event_id"] = f.add(c, t, "social", "post", r.choice(W.NIGHT[c["lang"]]))
    f.write("calm weekend with night bursts, no spike")
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d0(2026, 8, 10), 14)
    r = f.rng
    pairs = [
        ("it", "es"),
        ("es", "it"),
        ("it", "en"),
        ("es", "en"),
        ("it", "de"),
        ("es", "fr"),
        ("it", "fr"),
        ("es", "pt"),
        ("de", "it"),
        ("fr", "es"),
        ("pt", "es"),
        ("en", "it"),
    ]

    def mk(
        persona: str, habit: str, k: int, exp: list[str] | None = None, tol: list[str] | None = None
    ) -> dict[str, Any]:
        a, b = pairs[k % len(pairs)]
        c = f.person(persona, habit, lang=a, exp=exp, tol=tol)
        c.update(languages=[a, b], job_second_language="works across the border")
        return c

    for k in range(12):
        c = mk("happy", "alternates languages", k)
        a, b = c["languages"]
        for j, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            f.add(c, f.day(d), "social", "post", r.choice(W.PRAISE[a if j % 2 == 0 else b]))
    for k in range(5):
        c = mk("repeat_contact", "repeats", k + 3, exp=["repeat_contact"], tol=REPEAT_TOL)
        f.happy(c, 1, range(2))
        repeat_run(f, c, r.randint(2, 5), 2 + k % 3, k % 3 > 0)
    for k in range(5):
        c = mk(
            "slow_churner",
            "slides",
            k + 5,
            exp=["sentiment_drop"],
            tol=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        a, b = c["languages"]
        for j, d in enumerate(range(0, 6)[:5]):
            f.add(c, f.day(d), "social", "post", r.choice(W.PRAISE[a if j % 2 == 0 else b]))
        ids = slide(f, c, r.randint(7, 8), r.randint(3, 5), [a, b])
        c["trouble_starts_at"] = next(x["occurred_at"] for x in f.rows if x["event_id"] == ids[0])
    for k in range(3):
        c = mk("happy_one_bad_day", "one bad day", k + 1, tol=["silence"])
        a, b = c["languages"]
        f.happy(c, 2, range(0, 4))
        t = f.day(r.randint(6, 10), 9, 17)
        prob = r.choice(W.PROBLEMS)
        c["lang"] = b
        eid = complain(f, c, t, ["email", "email", "chat"][k], prob, long=k == 0)
        c["lang"] = a
        c.update(problem=prob, bad_day_at=iso(t), bad_day_event_id=eid, bad_day_language=b)
    for k in range(2):
        c = mk("resolved_between_contacts", "fixed", k + 7, tol=["silence"])
        c["problems"] = [fixed_run(f, c, r.randint(2, 8))]
    f.write("customers writing in two languages")
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, d0(2026, 9, 7), 14)
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    for n, kind in enumerate(kinds):
        lang = r.choices(W.LANGS, W.WEIGHTS)[0]
        acc = f"VTF-{W.MARKET[lang]}-{3100 + n * 13}"
        size = 4 if kind == "at_risk" else 3
        ncomp = (
            (3 + n % 2)
            if kind == "at_risk"
            else 1
            if kind == "one_unhappy"
            else 2
            if kind == "mild"
            else 0
        )
        keys, unhappy = [], []
        first_name, ref = "", ""
        t = d0(2026, 9, 9) + timedelta(hours=9 + n % 5)
        for j in range(max(size, ncomp + 1)):
            if kind == "at_risk" and j < ncomp:
                exp = ["detractor"] if j < ncomp - 1 else ["repeat_contact"]
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lang,
                    exp=exp,
                    tol=[
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                    account=acc,
                )
            elif kind == "one_unhappy" and j == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lang,
                    exp=["detractor"],
                    tol=["sentiment_drop", "high_value_at_risk", "silence"],
                    account=acc,
                )
            elif kind == "mild" and j < 2:
                c = f.person("b2b_mild", "suggests", lang=lang, tol=["silence"], account=acc)
            else:
                c = f.person("b2b_happy", "contact", lang=lang, account=acc)
            keys.append(c["key"])
            B = W.B2B[lang]
            if c["persona"] == "b2b_happy":
                for d in r.sample(range(10), 2):
                    tt = f.start + timedelta(days=d - d % 7 + min(d % 7, 4), hours=r.uniform(8, 16))
                    f.add(c, tt, "chat", "chat", r.choice(W.QUESTION[lang]))
                    f.add(c, tt + 3 * M, "chat", "chat", W.ANSWER[lang], out=True)
            elif c["persona"] == "b2b_mild":
                tt = d0(2026, 9, 10) + timedelta(hours=10 + j)
                c["mild_event_id"] = f.add(
                    c, tt, "web", "ticket", B[3], attrs={"page": "/fleet/feedback"}
                )
                f.add(c, tt + 40 * M, "email", "message", W.ACK[lang], out=True)
            else:
                unhappy.append(c["key"])
                if j == 0:
                    ref = f.ref()
                    first_name = c["first"]
                    text = B[0]
                    if kind == "one_unhappy":
                        t = d0(2026, 9, 11) + timedelta(hours=9 + n % 6)
                else:
                    t = t + timedelta(hours=r.randint(8, 28))
                    if t.weekday() >= 5:
                        t += timedelta(days=7 - t.weekday())
                    t = t.replace(hour=min(max(t.hour, 8), 16))
                    text = B[1].format(first=first_name, ref=ref)
                e = f.add(c, t, "email", "message", text, subject=W.SUBJECT[lang] + ref)
                c["complaint_event_ids"] = [e]
                c["booking"] = ref
                c["trouble_starts_at"] = iso(t)
                if j == 0:
                    f.add(
                        c,
                        t + 30 * M,
                        "email",
                        "message",
                        W.CASE_OPENED[lang].format(name=c["first"], ref=ref),
                        out=True,
                    )
                if "detractor" in c["expected_rules"]:
                    c.update(nps_given=True, nps=r.randint(1, 5))
                    c["survey_event_id"] = f.add(
                        c, t + r.randint(1, 3) * H, "survey", "survey_response", None, nps=c["nps"]
                    )
                if "repeat_contact" in c["expected_rules"]:
                    t2 = t + timedelta(hours=r.randint(18, 40))
                    if t2.weekday() >= 5:
                        t2 += timedelta(days=7 - t2.weekday())
                    t2 = t2.replace(hour=min(max(t2.hour, 8), 16))
                    comp = r.choice(W.COMPETITORS)
                    c["competitor"] = comp
                    c["complaint_event_ids"].append(
                        f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            B[2].format(ref=ref, comp=comp),
                            subject="Re: " + ref,
                        )
                    )
            c.update(company=f"Firma {acc}", role=c["habit"], job_title="fleet manager")
        f.accounts[acc] = {
            "company": f"Firma {acc}",
            "site": "offices",
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy) if kind != "mild" else 0,
            "unhappy_contact_keys": unhappy if kind != "mild" else [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": "invoice" if kind == "at_risk" else None,
            "trouble_starts_at": f.cust[unhappy[0]]["trouble_starts_at"]
            if kind == "at_risk"
            else None,
            "language": lang,
            "country": W.MARKET[lang],
        }
    f.write("Voltiera Flotte company accounts")
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, d0(2026, 10, 5), 7)
    r = f.rng
    regulars = []
    for i in range(40):
        c = f.person("happy", "day writer")
        f.happy(c, r.randint(1, 3), range(5))
        if i < 12:
            regulars.append(c)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tol=["silence"])
        t = f.day(0, 9, 16)
        c["grumble_event_id"] = f.add(c, t, "chat", "chat", W.MILD[c["lang"]])
        f.add(c, t + 4 * M, "chat", "chat", W.ACK[c["lang"]], out=True)
    for L, h in (("it", 9.6), ("es", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=L, tol=["silence"])
        t = f.start + timedelta(days=4, hours=h)
        c["lone_report_event_id"] = f.add(c, t, "chat", "chat", W.LONE_Q[L])
        f.add(c, t + 3 * M, "chat", "chat", W.LONE_A[L], out=True)
    s0 = d0(2026, 10, 10) + timedelta(hours=7, minutes=20)
    reporters = []
    for i in range(20):
        if i < 12:
            c = regulars[i]
            c.update(
                persona="spike_reporter", habit="regular", regular=True, tolerated_rules=["silence"]
            )
        else:
            c = f.person("spike_reporter", "new", tol=["silence"])
            c["regular"] = False
        reporters.append(c)
        t = s0 + timedelta(minutes=round(i * 45 / 19))
        ch = ["social", "chat", "community", "email", "web"][i % 5]
        L = c["lang"]
        text = r.choice(W.SPIKE[L])
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        if ch == "social":
            text = "@Voltiera " + text
        c["spike_event_id"] = f.add(c, t, ch, kind, text)
        c.update(in_spike=True, spike_channel=ch, trouble_starts_at=iso(t))
        if ch == "chat":
            f.add(c, t + 2 * M, "chat", "chat", W.SPIKE_CHAT[L], out=True)
        if i < 6:
            c.update(
                persona="spike_repeater",
                expected_rules=["repeat_contact"],
                tolerated_rules=["silence", "sentiment_drop"],
            )
            ch2 = "email" if ch != "email" else "chat"
            c["repeat_event_id"] = f.add(
                c,
                t + r.randint(15, 40) * M,
                ch2,
                "message" if ch2 == "email" else "chat",
                W.SPIKE_AGAIN[L],
            )
        elif i < 12:
            c["agent_fixed"] = True
            f.add(
                c,
                d0(2026, 10, 10) + timedelta(hours=10, minutes=8 + i),
                "email",
                "message",
                W.SPIKE_FIXED[L],
                out=True,
            )
    f.spike = {
        "topic": "wallbox app cannot start a charge, chargers flash red, error WB:7E2",
        "about": "Saturday morning outage of remote charge start",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + 45 * M),
        "customers": 20,
        "customer_keys": [c["key"] for c in reporters],
        "event_ids": [c["spike_event_id"] for c in reporters],
        "repeat_event_ids": [c["repeat_event_id"] for c in reporters[:6]],
    }
    f.write("calm week, Saturday morning spike")
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
        build()


if __name__ == "__main__":
    main()
