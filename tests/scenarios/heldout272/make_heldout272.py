"""Write heldout272 (Ardoria, firewood delivery): eight families, seeded, standard library."""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wording as W

HERE = Path(__file__).resolve().parent
BUSINESS = (
    "Ardoria: kiln-dried firewood and kindling delivered (Hearth plan; Ardoria Pro on account)"
)
COMPETITORS = ("Lenhix", "Scheitla")
CODE = "T7:4410"
CURRENCY = {"UK": "GBP", "CH": "CHF"}
RT = ("sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence")
Obj = dict[str, Any]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Gen:
    def __init__(self, family: str, seed: int, start: str, days: int, about: str) -> None:
        self.family = family
        self.rng = random.Random(seed)
        self.seed = seed
        self.t0 = datetime.fromisoformat(start + "T00:00:00+00:00").astimezone(UTC)
        self.days = days
        self.about = about
        self.events: list[Obj] = []
        self.customers: dict[str, Obj] = {}
        self.accounts: dict[str, Obj] = {}
        self.spike: Obj = {}
        self.n = 0

    def at(self, day: float, hour: float) -> datetime:
        return self.t0 + timedelta(days=day, hours=hour)

    def day_time(self, day: int, lo: float = 8.0, hi: float = 19.0) -> datetime:
        return self.at(day, self.rng.uniform(lo, hi))

    @staticmethod
    def awake(t: datetime) -> datetime:
        if t.hour >= 22:
            t = t.replace(hour=8, minute=t.minute) + timedelta(days=1)
        elif t.hour < 7:
            t = t.replace(hour=8, minute=t.minute)
        return t

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def cust(self, persona: str, habit: str, lang: str | None = None, **extra: Any) -> Obj:
        lang = lang or self.lang()
        k = len(self.customers) + 1
        key = f"h272-{self.family[:3]}-c{k:03d}"
        first = self.rng.choice(W.FIRST[lang])
        last = self.rng.choice(W.LAST[lang])
        slug = unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore").decode()
        market = self.rng.choice(W.MARKETS[lang])
        ids = {
            "customer_id": key,
            "email": f"{slug.lower()}.{k}{self.seed % 97}@example.com",
            "phone": f"+{30 + len(self.family)}{self.seed % 89:02d}7{k:05d}",
            "handle": f"@{slug.lower().replace('.', '_')}{k}" if self.rng.random() < 0.8 else None,
            "account_id": extra.pop("account_id", None),
        }
        c: Obj = {
            "identifiers": ids,
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if ids["account_id"] else "consumer",
            "name": f"{first} {last}",
        }
        c.update(extra)
        self.customers[key] = c
        return c

    def rough(self, text: str) -> str:
        r = self.rng
        if r.random() < 0.10:
            text = "".join(
                ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
            )
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7 and len(text) > 12:
            i = r.randrange(3, len(text) - 3)
            if text[i].isalpha() and text[i + 1].isalpha():
                text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        return text

    def ev(
        self,
        c: Obj,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        scores: Obj | None = None,
        attrs: Obj | None = None,
        subject: str | None = None,
    ) -> str:
        self.n += 1
        eid = f"h272-{self.family}-{self.n:04d}"
        a: Obj = {"market": c["country"]}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(("Maëlle", "Sergio", "Anke", "Tom", "Chiara", "Joana"))
        a.update(attrs or {})
        if text is not None and not out and channel != "phone":
            text = self.rough(text)
        self.events.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "customer": c,
                "text": text,
                "subject": subject,
                "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
                "source": {"email": "mailbox", "chat": "livechat", "phone": "callcentre"}.get(
                    channel, "web" if channel in ("web", "survey") else channel
                ),
                "attributes": a,
            }
        )
        return eid

    def ref(self, c: Obj) -> str:
        return f"ARD-{self.rng.randrange(10000, 99999)}"

    # ---------------------------------------------------------------- acts --
    def happy_act(self, c: Obj, t: datetime, surveys: bool = False) -> None:
        lang, r = c["language"], self.rng
        pick = r.choice(("praise", "praise", "question", "buy", "phone", "review", "view"))
        if surveys and r.random() < 0.3:
            pick = "survey"
        if pick == "praise":
            self.ev(c, t, r.choice(("community", "social")), "post", r.choice(W.PRAISE[lang]))
        elif pick == "question":
            self.ev(c, t, "chat", "chat", r.choice(W.QUESTION[lang]))
            self.ev(c, t + timedelta(minutes=r.randint(2, 9)), "chat", "chat", W.ANSWER[lang], True)
            if r.random() < 0.6:
                self.ev(
                    c,
                    t + timedelta(minutes=r.randint(10, 14)),
                    "chat",
                    "chat",
                    r.choice(W.THANKS[lang]),
                )
        elif pick == "buy":
            prod = r.choice(W.PRODUCTS)
            self.ev(c, t, "web", "page_view", attrs={"page": "/shop/logs"})
            self.ev(
                c,
                t + timedelta(minutes=r.randint(3, 20)),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{r.randint(35, 180)}.{r.choice(('00', '50', '90'))}",
                    "currency": CURRENCY.get(c["country"], "EUR"),
                    "product": prod,
                    "page": "/checkout",
                },
            )
        elif pick == "phone":
            self.ev(c, t, "phone", "call", W.PHONE_Q[lang])
            self.ev(
                c,
                t + timedelta(minutes=r.randint(20, 60)),
                "email",
                "message",
                W.ANSWER[lang],
                True,
            )
        elif pick == "review":
            self.ev(
                c,
                t,
                "web",
                "review",
                r.choice(W.PRAISE[lang]),
                attrs={"rating": "5", "page": "/reviews"},
            )
        elif pick == "view":
            self.ev(
                c,
                t,
                "web",
                "page_view",
                attrs={"page": r.choice(("/shop/kindling", "/hearth-plan"))},
            )
        else:
            self.survey(c, t)

    def survey(self, c: Obj, t: datetime) -> None:
        r = self.rng
        s = r.choice(
            ({"nps": r.randint(9, 10)}, {"csat": r.randint(4, 5)}, {"ces": r.randint(6, 7)})
        )
        text = r.choice((None, "👍", r.choice(W.THANKS[c["language"]])))
        self.ev(c, t, "survey", "survey_response", text, scores=s, attrs={"survey": next(iter(s))})

    def happy_days(self, c: Obj, days: list[int], lo: float = 8.0, hi: float = 19.0) -> None:
        for d in days:
            self.happy_act(c, self.day_time(d, lo, hi))

    def complaint(self, c: Obj, t: datetime, channel: str, problem: str, long: bool = False) -> str:
        lang, r = c["language"], self.rng
        p = W.PROBLEM[problem][lang]
        if channel == "phone":
            return self.ev(c, t, "phone", "call", W.PHONE_COMPLAINT[lang].format(p=p))
        if long:
            return self.ev(
                c, t, "email", "message", W.LONG_EMAIL[lang].format(p=p), subject="Ardoria"
            )
        text = r.choice(W.COMPLAINT[lang]).format(p=p)
        kind = {"email": "message", "chat": "chat", "social": "mention", "web": "ticket"}[channel]
        attrs = {"page": "/help/contact"} if channel == "web" else None
        return self.ev(c, t, channel, kind, text, attrs=attrs)

    # ------------------------------------------------------------- output --
    def write(self, expected: dict[str, int]) -> None:
        self.events.sort(key=lambda e: (e["occurred_at"], e["event_id"]))
        seen: set[int] = set()
        lines = []
        for e in self.events:
            c = e.pop("customer")
            ids = c["identifiers"]
            full = e["direction"] == "outbound" or id(c) not in seen
            if e["direction"] == "inbound":
                seen.add(id(c))
            if full:
                ref = {k: v for k, v in ids.items() if v}
            else:
                ch = e["channel"]
                want = {
                    "email": ("email",),
                    "phone": ("phone",),
                    "social": ("handle",),
                    "community": ("handle",),
                }.get(ch, ("customer_id", "email"))
                ref = {k: ids[k] for k in want if ids[k]} or {"customer_id": ids["customer_id"]}
                if ids["account_id"]:
                    ref["account_id"] = ids["account_id"]
            e["customer"] = ref
            e["occurred_at"] = iso(e["occurred_at"])
            if e["subject"] is None:
                del e["subject"]
            lines.append(json.dumps(e, ensure_ascii=False, sort_keys=True))
        (HERE / f"{self.family}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        for c in self.customers.values():
            for k in ("expected_rules", "tolerated_rules"):
                c[k] = sorted(set(c[k]))
            for k, v in list(c.items()):
                if isinstance(v, datetime):
                    c[k] = iso(v)
        last = datetime.fromisoformat(self.events[-1]["occurred_at"].replace("Z", "+00:00"))
        end = max(self.t0 + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.family,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": self.seed,
                "written": "blind, heldout272",
                "expected": expected,
            },
            "start": iso(self.t0),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True, default=iso)
        (HERE / f"{self.family}.truth.json").write_text(text + "\n", "utf-8")


def count(g: Gen) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in g.customers.values():
        for rule in c["expected_rules"]:
            out[rule] = out.get(rule, 0) + 1
    for a in g.accounts.values():
        for rule in a["expected_rules"]:
            out[rule] = out.get(rule, 0) + 1
    if g.spike:
        out["topic_spike"] = 1
    return out


def happy_writers() -> None:
    g = Gen("happy_writers", 27201, "2026-02-02", 10, "happy day and night writers")
    r = g.rng
    for _ in range(16):
        c = g.cust("happy", "day writer")
        g.happy_days(c, sorted(r.sample(range(10), r.randint(5, 8))), 7, 19)
    for _ in range(5):
        c = g.cust("happy", "night writer")
        for d in r.sample(range(9), r.randint(2, 4)):
            t = g.at(d, r.uniform(22.2, 28.4))
            if r.random() < 0.5:
                g.ev(c, t, "community", "post", r.choice(W.NIGHT[c["language"]]))
            else:
                g.ev(c, t, "chat", "chat", r.choice(W.QUESTION[c["language"]]))
                g.ev(c, t + timedelta(minutes=5), "chat", "chat", W.ANSWER[c["language"]], True)
                g.ev(
                    c, t + timedelta(minutes=11), "chat", "chat", r.choice(W.THANKS[c["language"]])
                )
        g.happy_days(c, r.sample(range(10), r.randint(2, 3)), 9, 18)
    for _ in range(5):
        c = g.cust("happy", "answers surveys")
        for d in r.sample(range(10), r.randint(3, 6)):
            g.survey(c, g.day_time(d))
    g.write(count(g))


def one_bad_day() -> None:
    g = Gen("one_bad_day", 27202, "2026-03-09", 12, "happy customers with one bad day")
    r = g.rng
    problems = list(W.PROBLEM)
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    dets = set(r.sample(with_case, 6))
    csat = set(r.sample([i for i in with_case if i not in dets], 5))
    good = r.sample(with_case, 12)
    sorry = set(good[:5])
    for i, ch in enumerate(chans):
        c = g.cust("happy_one_bad_day", "one bad day", tolerated_rules=["silence"])
        bd = r.randint(2, 9)
        t = g.day_time(bd, 8, 20)
        prob = problems[i % 6]
        eid = g.complaint(c, t, "email" if ch == "long" else ch, prob, ch == "long")
        c.update(
            problem=prob, bad_day_at=t, bad_day_event_id=eid, channel=ch, long_email=ch == "long"
        )
        c["trouble_starts_at"] = t
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        g.happy_days(c, r.sample(days, r.randint(1, min(5, len(days)))))
        if ch == "social":
            continue
        ref = g.ref(c)
        c["booking"] = ref
        lang = c["language"]
        if ch == "chat":
            g.ev(
                c, t + timedelta(minutes=4), "chat", "chat", W.CASE_OPENED[lang].format(r=ref), True
            )
        else:
            g.ev(
                c,
                t + timedelta(minutes=r.randint(10, 40)),
                "email",
                "message",
                W.CASE_OPENED[lang].format(r=ref),
                True,
            )
        if i in dets:
            c["persona"] = "bad_day_detractor"
            c["expected_rules"] = ["detractor"]
            n = r.randint(1, 5)
            c["nps"] = n
            c["nps_given"] = True
            c["survey_event_id"] = g.ev(
                c,
                t + timedelta(minutes=r.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": n},
                attrs={"survey": "nps"},
            )
        elif i in csat:
            n = r.randint(1, 2)
            c["csat"] = n
            c["csat_given"] = True
            c["survey_event_id"] = g.ev(
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                r.choice((None, "bof", "mal")),
                scores={"csat": n},
                attrs={"survey": "csat"},
            )
        if i in good:
            c["agent_fixed"] = True
            g.ev(
                c,
                g.awake(t + timedelta(hours=r.uniform(1, 4))),
                "email",
                "message",
                W.GOOD_NEWS[lang].format(r=ref),
                True,
            )
        if i in sorry:
            at = g.awake(t + timedelta(hours=r.uniform(16, 24)))
            c["apologised"] = True
            c["apology_event_id"] = g.ev(c, at, "chat", "chat", W.APOLOGY[lang])
    for _ in range(8):
        c = g.cust("happy", "control")
        g.happy_days(c, sorted(r.sample(range(12), r.randint(4, 7))))
    g.write(count(g))


def repeat_contacts() -> None:
    g = Gen("repeat_contacts", 27203, "2026-04-13", 10, "one open problem raised again")
    r = g.rng
    chans = ["web", "email", "chat", "phone", "social"]
    for i in range(12):
        c = g.cust(
            "repeat_contact", "repeats", expected_rules=["repeat_contact"], tolerated_rules=list(RT)
        )
        lang = c["language"]
        g.happy_days(c, [0] * r.randint(1, 3), 7, 12)
        times = 2 + i % 3
        prob = r.choice(list(W.PROBLEM))
        ref = g.ref(c)
        order = r.sample(chans, times)
        t = g.day_time(r.randint(1, 4), 8, 19)
        ids = []
        comp = r.choice(COMPETITORS) if times >= 3 else None
        c.update(
            problem=prob,
            booking=ref,
            contacts=times,
            channels=order,
            competitor=comp,
            trouble_starts_at=t,
        )
        for n, ch in enumerate(order):
            if n == 0:
                ids.append(g.complaint(c, t, ch, prob))
                if i % 2:
                    g.ev(
                        c,
                        t + timedelta(hours=r.uniform(1.5, 2.5)),
                        "email",
                        "message",
                        W.QUALITY_LEAD[lang].format(r=ref),
                        True,
                    )
                    c["agent_passed_on"] = True
                else:
                    g.ev(
                        c,
                        t + timedelta(minutes=r.randint(10, 40)),
                        "email",
                        "message",
                        W.CASE_OPENED[lang].format(r=ref),
                        True,
                    )
                continue
            t = g.awake(t + timedelta(hours=r.uniform(4, 40)))
            if n == 2:
                text = W.THIRD[lang].format(r=ref, c=comp)
            elif n == 3:
                text = W.FOURTH[lang].format(r=ref)
            else:
                text = r.choice(W.REPEAT[lang]).format(r=ref, p=W.PROBLEM[prob][lang])
            if ch == "phone":
                text = text.lower().replace(".", "").replace(",", "").replace(":", "")
            kind = {
                "email": "message",
                "chat": "chat",
                "phone": "call",
                "web": "ticket",
                "social": "mention",
            }[ch]
            ids.append(g.ev(c, t, ch, kind, text))
            if ch == "chat":
                g.ev(
                    c, t + timedelta(minutes=3), "chat", "chat", W.URGENT[lang].format(r=ref), True
                )
        c["problem_event_ids"] = ids
    for k in range(8):
        two = k >= 5
        c = g.cust(
            "different_problems" if two else "resolved_between_contacts",
            "two problems" if two else "fixed",
            tolerated_rules=["silence"],
        )
        lang = c["language"]
        probs = r.sample(list(W.PROBLEM), 2 if two else 1)
        start = r.randint(1, 2)
        recs = []
        for j, prob in enumerate(probs):
            ref = g.ref(c)
            t = g.day_time(start + 4 * j + r.randint(0, 1))
            pe = g.complaint(c, t, r.choice(("web", "email", "chat")), prob)
            g.ev(
                c,
                t + timedelta(minutes=20),
                "email",
                "message",
                W.CASE_OPENED[lang].format(r=ref),
                True,
            )
            tf = g.awake(t + timedelta(hours=r.uniform(3, 20)))
            g.ev(c, tf, "email", "message", W.GOOD_NEWS[lang].format(r=ref), True)
            tc = g.awake(tf + timedelta(hours=r.uniform(8, 30)))
            ce = g.ev(c, tc, "email", "message", W.CONFIRM[lang].format(r=ref))
            recs.append(
                {
                    "problem": prob,
                    "booking": ref,
                    "raised_at": iso(t),
                    "problem_event_ids": [pe],
                    "confirm_event_id": ce,
                }
            )
        c["problems"] = recs
        c["trouble_starts_at"] = recs[0]["raised_at"]
    for _ in range(7):
        c = g.cust("happy", "frequent writer")
        for d in sorted(r.sample(range(10), r.randint(5, 8))):
            t = g.day_time(d)
            g.ev(c, t, "chat", "chat", r.choice(W.QUESTION[c["language"]]))
            g.ev(c, t + timedelta(minutes=6), "chat", "chat", W.ANSWER[c["language"]], True)
    g.write(count(g))


def slow_churners() -> None:
    g = Gen("slow_churners", 27204, "2026-06-08", 32, "slides, leavers, steady, grumpy, sarcastic")
    r = g.rng
    for i in range(10):
        c = g.cust(
            "slow_churner",
            "slides",
            expected_rules=["sentiment_drop"],
            tolerated_rules=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        lang = c["language"]
        for d in sorted(r.sample(range(11), r.randint(4, 5))):
            g.ev(
                c,
                g.day_time(d),
                r.choice(("community", "social")),
                "post",
                r.choice(W.PRAISE[lang]),
            )
        g.happy_days(c, r.sample(range(11), r.randint(2, 4)))
        comp = r.choice(COMPETITORS)
        span = (3, 5, 9)[i % 3]
        t = g.day_time(r.randint(12, 16))
        slide = []
        for s, line in enumerate(W.SLIDE[lang]):
            if s:
                t = g.awake(t + timedelta(hours=max(1.0, span * 24 / 5 * r.uniform(0.7, 1.2))))
            ch = r.choice(("social", "community", "web"))
            attrs = (
                {"rating": str((3, 3, 2, 2, 1, 1)[s]), "page": "/reviews"} if ch == "web" else None
            )
            slide.append(
                g.ev(
                    c, t, ch, "review" if ch == "web" else "post", line.format(c=comp), attrs=attrs
                )
            )
            if s == 3 and i < 5:
                n = r.randint(1, 5)
                c["expected_rules"].append("detractor")
                c["nps"] = n
                c["survey_event_id"] = g.ev(
                    c,
                    g.awake(t + timedelta(hours=r.uniform(2.5, 3.5))),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                )
        c.update(slide_event_ids=slide, competitor=comp, slide_days=span)
    for _ in range(5):
        c = g.cust(
            "slow_churner",
            "asks to cancel",
            expected_rules=["churn_intent"],
            tolerated_rules=[
                "sentiment_drop",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        lang = c["language"]
        g.happy_days(c, r.sample(range(16), r.randint(4, 6)))
        t = g.day_time(r.randint(17, 23))
        c["churn_intent_event_id"] = g.ev(
            c, t, "email", "message", W.CANCEL[lang], subject="Ardoria"
        )
        g.ev(c, t + timedelta(hours=r.uniform(1, 5)), "email", "message", W.SORRY_GO[lang], True)
        tc = g.awake(t + timedelta(hours=r.uniform(20, 30)))
        c["cancellation_event_id"] = g.ev(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Hearth plan"},
        )
        c.update(churn_at=tc, trouble_starts_at=t)
    for _ in range(6):
        c = g.cust("happy", "steady")
        g.happy_days(c, r.sample(range(32), r.randint(6, 10)))
    for _ in range(5):
        c = g.cust("steadily_grumpy", "grumbles", tolerated_rules=["repeat_contact", "silence"])
        d = r.randint(0, 4)
        ge = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(("social", "community", "web"))
            ge.append(
                g.ev(
                    c,
                    g.day_time(d),
                    ch,
                    "ticket" if ch == "web" else "post",
                    r.choice(W.GRUMBLE[c["language"]]),
                    attrs={"page": "/help"} if ch == "web" else None,
                )
            )
            d += r.randint(1, 3)
        c["grumble_event_ids"] = ge
    for _ in range(5):
        c = g.cust("happy_one_sarcastic_remark", "happy", tolerated_rules=["silence"])
        g.happy_days(c, r.sample(range(16), r.randint(3, 5)))
        c["sarcasm_event_id"] = g.ev(
            c, g.day_time(r.randint(17, 28)), "social", "post", W.SARCASM[c["language"]]
        )
    for c in g.customers.values():
        if c.get("slide_event_ids"):
            c["trouble_starts_at"] = next(
                iso(e["occurred_at"]) for e in g.events if e["event_id"] == c["slide_event_ids"][0]
            )
    g.write(count(g))


def quiet_hours() -> None:
    g = Gen("quiet_hours", 27205, "2026-07-10", 3, "a calm summer weekend with night owls")
    r = g.rng
    for _ in range(16):
        c = g.cust("happy", "day writer")
        g.happy_days(c, r.sample(range(3), r.randint(1, 3)), 7, 17.5)
    for _ in range(4):
        c = g.cust("grumbles_once", "grumbles once", tolerated_rules=["silence"])
        t = g.day_time(r.randint(0, 2), 9, 17)
        g.ev(c, t, "web", "page_view", attrs={"page": "/shop/logs"})
        c["grumble_event_id"] = g.ev(
            c, t + timedelta(minutes=25), "chat", "chat", r.choice(W.GRUMBLE[c["language"]])
        )
        g.ev(c, t + timedelta(minutes=31), "chat", "chat", W.ANSWER[c["language"]], True)
    for night in range(3):
        base = g.at(night, 24 + r.uniform(0.67, 1.08))
        for b, gap in enumerate((0, r.uniform(28, 33), r.uniform(55, 65))):
            for _ in range(4):
                c = g.cust("night_owl", f"night {night}, burst {b}")
                t = base + timedelta(minutes=gap + r.uniform(0, 9))
                c["burst_at"] = iso(base + timedelta(minutes=gap))
                c["night_event_id"] = g.ev(
                    c, t, "community", "post", r.choice(W.NIGHT[c["language"]])
                )
                if r.random() < 0.5:
                    g.happy_act(c, g.day_time(r.randint(0, 2), 9, 17.5))
    g.write(count(g))


def bilingual() -> None:
    g = Gen("bilingual", 27206, "2026-09-07", 14, "customers who alternate two languages")
    r = g.rng

    def pair() -> tuple[str, str]:
        a = g.lang()
        b = r.choice([x for x in W.LANGS if x != a])
        return a, b

    def mk(persona: str, habit: str, **kw: Any) -> tuple[Obj, tuple[str, str]]:
        a, b = pair()
        c = g.cust(
            persona,
            habit,
            a,
            languages=[a, b],
            job_second_language="partner's or work language",
            **kw,
        )
        return c, (a, b)

    def as_lang(c: Obj, lang: str) -> Obj:
        c["language_now"] = lang
        return c

    for _ in range(12):
        c, (a, b) = mk("happy", "alternates languages")
        for n, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            c["language"] = (a, b)[n % 2]
            g.happy_act(c, g.day_time(d))
        c["language"] = a
    for i in range(5):
        c, (a, b) = mk(
            "repeat_contact", "repeats", expected_rules=["repeat_contact"], tolerated_rules=list(RT)
        )
        prob = r.choice(list(W.PROBLEM))
        ref = g.ref(c)
        t = g.day_time(r.randint(2, 5))
        ids = [g.complaint(c, t, "email", prob)]
        g.ev(c, t + timedelta(minutes=25), "email", "message", W.CASE_OPENED[a].format(r=ref), True)
        for n in range(1, 2 + i % 3):
            t = g.awake(t + timedelta(hours=r.uniform(4, 40)))
            lang = (a, b)[n % 2]
            ids.append(
                g.ev(
                    c,
                    t,
                    "chat",
                    "chat",
                    r.choice(W.REPEAT[lang]).format(r=ref, p=W.PROBLEM[prob][lang]),
                )
            )
            g.ev(c, t + timedelta(minutes=3), "chat", "chat", W.URGENT[lang].format(r=ref), True)
        c.update(
            problem=prob, booking=ref, problem_event_ids=ids, trouble_starts_at=iso(g.at(0, 0))
        )
        c["trouble_starts_at"] = next(
            iso(e["occurred_at"]) for e in g.events if e["event_id"] == ids[0]
        )
    for _ in range(5):
        c, (a, b) = mk(
            "slow_churner",
            "slides",
            expected_rules=["sentiment_drop"],
            tolerated_rules=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for n, d in enumerate(range(5)):
            g.ev(c, g.day_time(d), "community", "post", r.choice(W.PRAISE[(a, b)[n % 2]]))
        comp = r.choice(COMPETITORS)
        t = g.day_time(r.randint(7, 8))
        slide = []
        for s in range(6):
            if s:
                t = g.awake(t + timedelta(hours=r.uniform(12, 20)))
            slide.append(g.ev(c, t, "social", "post", W.SLIDE[(a, b)[s % 2]][s].format(c=comp)))
        c.update(slide_event_ids=slide, competitor=comp)
    for k in range(3):
        c, (a, b) = mk("happy_one_bad_day", "one bad day", tolerated_rules=["silence"])
        g.happy_days(c, [0, 1, 11])
        t = g.day_time(6)
        c["language"] = b
        eid = g.complaint(c, t, ("email", "email", "chat")[k], r.choice(list(W.PROBLEM)), k == 0)
        c["language"] = a
        c.update(bad_day_event_id=eid, bad_day_language=b)
    for _ in range(2):
        c, (a, b) = mk("resolved_between_contacts", "fixed", tolerated_rules=["silence"])
        ref = g.ref(c)
        t = g.day_time(3)
        c["language"] = a
        pe = g.complaint(c, t, "web", "refund")
        g.ev(c, t + timedelta(minutes=30), "email", "message", W.CASE_OPENED[a].format(r=ref), True)
        g.ev(c, t + timedelta(hours=20), "email", "message", W.GOOD_NEWS[b].format(r=ref), True)
        ce = g.ev(c, t + timedelta(hours=30), "email", "message", W.CONFIRM[b].format(r=ref))
        c.update(problem_event_ids=[pe], confirm_event_id=ce, booking=ref)
    for c in g.customers.values():
        c.pop("language_now", None)
    g.write(count(g))


def b2b_accounts() -> None:
    g = Gen(
        "b2b_accounts",
        27207,
        "2026-10-12",
        14,
        "Ardoria Pro accounts: restaurants, hotels, bakeries",
    )
    r = g.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    sites = ("pizzeria", "hotel", "bakery", "restaurant", "ski lodge", "campsite")
    for n, kind in enumerate(kinds):
        aid = f"ardpro-{n + 1:02d}"
        lang = g.lang()
        size = r.randint(4, 6) if kind == "at_risk" else 3
        contacts = [
            g.cust(
                "b2b_happy",
                "contact",
                lang,
                account_id=aid,
                company=f"{r.choice(W.LAST[lang])} {r.choice(sites)}",
                role="contact",
            )
            for _ in range(size)
        ]
        acc: Obj = {
            "company": contacts[0]["company"],
            "site": r.choice(sites),
            "contacts": size,
            "contact_keys": [c["identifiers"]["customer_id"] for c in contacts],
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": contacts[0]["country"],
        }
        for c in contacts:
            c["country"] = acc["country"]
            for d in r.sample([0, 1], r.randint(0, 2)):
                g.happy_act(c, g.day_time(d, 9, 17))
        g.accounts[aid] = acc
        prob = r.choice(list(W.B2B_PROBLEM))
        if kind == "at_risk":
            acc.update(same_problem=prob, expected_rules=["account_risk"])
            k = 3 + n % 2
            acc["unhappy_contacts"] = k
            ref = g.ref(contacts[0])
            t = g.at(2, r.uniform(9, 11))
            first_day = t.weekday()
            acc["trouble_starts_at"] = iso(t)
            for j, c in enumerate(contacts[:k]):
                c.update(
                    persona="b2b_unhappy",
                    habit="complainer",
                    role="complainer",
                    problem=prob,
                    booking=ref,
                )
                c["tolerated_rules"] = [*RT, "account_risk"]
                c["expected_rules"] = []
                acc["unhappy_contact_keys"].append(c["identifiers"]["customer_id"])
                p = W.B2B_PROBLEM[prob][lang]
                if j == 0:
                    text = W.B2B_COMPLAINT[lang].format(a=aid, p=p)
                else:
                    t = t + timedelta(hours=r.uniform(8, 28))
                    t = t.replace(hour=min(max(t.hour, 8), 17))
                    day = W.DAYS[lang][first_day]
                    text = W.B2B_FOLLOW[lang].format(n=contacts[0]["name"], d=day, r=ref, p=p)
                e = g.ev(c, t, "email", "message", text, subject=aid)
                c["complaint_event_ids"] = [e]
                c["trouble_starts_at"] = iso(t)
                if j == 0:
                    g.ev(
                        c,
                        t + timedelta(minutes=30),
                        "email",
                        "message",
                        W.CASE_OPENED[lang].format(r=ref),
                        True,
                    )
                if j < k - 1:
                    nps = r.randint(1, 5)
                    c["expected_rules"].append("detractor")
                    c["nps"] = nps
                    c["survey_event_id"] = g.ev(
                        c,
                        t + timedelta(hours=r.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    )
                else:
                    t2 = g.awake(t + timedelta(hours=r.uniform(18, 40)))
                    comp = r.choice(COMPETITORS)
                    c["complaint_event_ids"].append(
                        g.ev(c, t2, "phone", "call", W.B2B_LAST[lang].format(r=ref, c=comp))
                    )
                    c["expected_rules"].append("repeat_contact")
                    c["competitor"] = comp
        elif kind == "one_unhappy":
            c = contacts[0]
            ref = g.ref(c)
            t = g.day_time(r.randint(3, 7), 9, 16)
            c.update(
                persona="b2b_one_unhappy",
                habit="complainer",
                role="complainer",
                problem=prob,
                booking=ref,
                trouble_starts_at=iso(t),
            )
            c["tolerated_rules"] = ["sentiment_drop", "high_value_at_risk", "silence"]
            e = g.ev(
                c,
                t,
                "email",
                "message",
                W.B2B_COMPLAINT[lang].format(a=aid, p=W.B2B_PROBLEM[prob][lang]),
                subject=aid,
            )
            g.ev(
                c,
                t + timedelta(minutes=40),
                "email",
                "message",
                W.CASE_OPENED[lang].format(r=ref),
                True,
            )
            nps = r.randint(1, 5)
            c["expected_rules"] = ["detractor"]
            c["nps"] = nps
            c["survey_event_id"] = g.ev(
                c,
                t + timedelta(hours=2),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c["complaint_event_ids"] = [e]
            acc["unhappy_contacts"] = 1
            acc["unhappy_contact_keys"] = [c["identifiers"]["customer_id"]]
        elif kind == "mild":
            for c in contacts[:2]:
                t = g.day_time(r.randint(3, 9), 9, 16)
                c.update(
                    persona="b2b_mild",
                    habit="suggests",
                    role="suggests",
                    tolerated_rules=["silence"],
                )
                c["mild_event_id"] = g.ev(
                    c, t, "web", "ticket", W.MILD[lang], attrs={"page": "/pro/feedback"}
                )
                g.ev(c, t + timedelta(hours=1), "email", "message", W.ANSWER[lang], True)
        for c in contacts:
            if c["persona"] == "b2b_happy":
                c["habit"] = "contact"
                for d in r.sample(range(2, 12), r.randint(1, 3)):
                    g.happy_act(c, g.day_time(d, 9, 17))
    g.write(count(g))


def topic_spike() -> None:
    g = Gen("topic_spike", 27208, "2026-10-12", 7, "calm week, then a Saturday morning spike")
    r = g.rng
    for _ in range(40):
        c = g.cust("happy", "day writer")
        for d in r.sample(range(6), r.randint(1, 4)):
            g.happy_act(c, g.day_time(d, 12, 19) if d == 5 else g.day_time(d))
    for _ in range(2):
        c = g.cust("grumbles_once", "grumbles once", tolerated_rules=["silence"])
        t = g.day_time(0, 10, 15)
        c["grumble_event_id"] = g.ev(c, t, "chat", "chat", W.GRUMBLE[c["language"]][0])
        g.ev(c, t + timedelta(minutes=5), "chat", "chat", W.ANSWER[c["language"]], True)
    for lang, hour in (("fr", 9.6), ("es", 16.1)):
        c = g.cust("grumbles_once", "lone question", lang, tolerated_rules=["silence"])
        t = g.at(4, hour)
        c["lone_report_event_id"] = g.ev(c, t, "chat", "chat", W.LONE_Q[lang])
        g.ev(c, t + timedelta(minutes=6), "chat", "chat", W.LONE_A[lang], True)
    start = g.at(5, 8.0 + 25 / 60)
    langs = ["fr"] * 6 + ["es"] * 6 + ["de", "de", "en", "en", "it", "pt", "pt", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    offs = sorted([0, 45] + [r.uniform(1, 44) for _ in range(18)])
    firsts, repeats, keys = [], [], []
    rep_idx = set(r.sample([i for i in range(20) if offs[i] <= 25], 6))
    for i in range(20):
        regular = i < 12
        lang = langs[i]
        persona = "spike_repeater" if i in rep_idx else "spike_reporter"
        tol = ["silence", "sentiment_drop"] if persona == "spike_repeater" else ["silence"]
        c = g.cust(
            persona,
            "regular" if regular else "new",
            lang,
            tolerated_rules=tol,
            in_spike=True,
            regular=regular,
        )
        if regular:
            g.happy_act(c, g.day_time(2, 8, 17.5))
        t = start + timedelta(minutes=offs[i])
        ch = chans[i]
        text = r.choice(W.SPIKE[lang]).format(e=CODE)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = g.ev(c, t, ch, kind, text, attrs={"page": "/app/slots"} if ch == "web" else None)
        firsts.append(e)
        keys.append(c["identifiers"]["customer_id"])
        c.update(spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t))
        if ch == "chat":
            g.ev(c, t + timedelta(minutes=3), "chat", "chat", W.SPIKE_CHAT[lang], True)
        if persona == "spike_repeater":
            c["expected_rules"] = ["repeat_contact"]
            ch2 = "chat" if ch != "chat" else "email"
            t2 = t + timedelta(minutes=r.uniform(15, 40))
            re = g.ev(
                c,
                t2,
                ch2,
                "chat" if ch2 == "chat" else "message",
                W.SPIKE_AGAIN[lang].format(e=CODE),
            )
            c["repeat_event_id"] = re
            repeats.append(re)
        elif i % 3 == 1 and sum(1 for x in g.customers.values() if x.get("agent_fixed")) < 6:
            c["agent_fixed"] = True
            g.ev(
                c,
                start + timedelta(hours=3, minutes=r.uniform(0, 9)),
                "email",
                "message",
                W.SPIKE_FIXED[lang].format(t="11:05 UTC"),
                True,
            )
    g.spike = {
        "topic": f"app delivery-slot booking fails, no firewood order confirmed, error {CODE}",
        "about": "Saturday morning: the app's delivery-slot step fails",
        "channel": None,
        "start": iso(start),
        "end": iso(start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": firsts,
        "repeat_event_ids": repeats,
    }
    g.write(count(g))


def main() -> None:
    for make in (
        happy_writers,
        one_bad_day,
        repeat_contacts,
        slow_churners,
        quiet_hours,
        bilingual,
        b2b_accounts,
        topic_spike,
    ):
        make()


if __name__ == "__main__":
    main()
