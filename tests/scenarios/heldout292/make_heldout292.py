"""Writes the heldout292 families (Andarilo); standard library only, seeded."""
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
from wording import LANGS, WEIGHTS, W  # noqa: E402

SEED = 20260912
MARKET = {"es": "ES", "pt": "PT", "de": "DE", "en": "UK", "fr": "FR", "it": "IT"}
PHONE = {"ES": "+346", "PT": "+3519", "DE": "+4915", "UK": "+447", "FR": "+336", "IT": "+393"}
CUR = {"UK": "GBP"}
FIRST = [
    "Lucia",
    "Joao",
    "Marta",
    "Rui",
    "Anke",
    "Tom",
    "Claire",
    "Paolo",
    "Ines",
    "Diego",
    "Sara",
    "Nuno",
]
LAST = [
    "Ferreira",
    "Lozano",
    "Pires",
    "Vidal",
    "Krause",
    "Hughes",
    "Morel",
    "Ricci",
    "Matos",
    "Serrano",
]
COMPS = ["Ruedalia", "Scootix"]
CODE = "UNLK_2217"
PROBLEMS = ["late", "battery", "deposit", "charge"]
SOURCES = {
    "email": "andarilo-mail",
    "phone": "andarilo-voice",
    "social": "andarilo-social",
    "community": "andarilo-forum",
    "chat": "andarilo-chat",
    "web": "andarilo-web",
    "survey": "andarilo-survey",
}
KIND = {
    "email": "message",
    "phone": "call",
    "social": "mention",
    "community": "post",
    "chat": "chat",
    "web": "ticket",
    "survey": "survey_response",
}


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[tuple[datetime, int, dict[str, Any]]] = []
        self.cust: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seen: set[str] = set()
        self.n = 0
        self.refs = 0

    def lang(self) -> str:
        return self.rng.choices(LANGS, WEIGHTS)[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        exp: list[str] | None = None,
        tol: list[str] | None = None,
        account: str | None = None,
    ) -> dict[str, Any]:
        lang = lang or self.lang()
        market = MARKET[lang]
        i = len(self.cust) + 1
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        cid = f"AN{self.code.upper()}{1000 + i * 7}"
        dom = (
            f"{account.lower()}.example"
            if account
            else self.rng.choice(["correo.example", "mail.example", "posta.example"])
        )
        email = f"{first.lower()}.{last.lower()}{i}{self.code}@{dom}"
        phone = PHONE[market] + f"{(hash_num(self.code, i)):08d}"
        handle = None if account else f"@{last.lower()}_{first.lower()}{i}{self.code}"
        c = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": exp or [],
            "tolerated_rules": tol or [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.cust[cid] = c
        return c

    def ref(self) -> str:
        self.refs += 1
        return f"AD-{self.code.upper()}{4000 + self.refs * 3}"

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        ch: str,
        text: str | None = None,
        out: bool = False,
        kind: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
    ) -> str:
        self.n += 1
        eid = f"an292-{self.code}-{self.n:05d}"
        ids = c["identifiers"]
        cid = ids["customer_id"]
        full = out or cid not in self.seen
        if not out:
            self.seen.add(cid)
        if full:
            ref = dict(ids)
        else:
            ref = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": ids["account_id"],
            }
            if ch == "phone":
                ref["phone"] = ids["phone"]
            elif ch in ("social", "community"):
                ref["handle" if ids["handle"] else "email"] = ids["handle"] or ids["email"]
            elif ch == "email":
                ref["email"] = ids["email"]
            else:
                ref["customer_id"] = cid
        if text is not None and not out:
            text = self.roughen(text, ch)
        a = {"market": c["country"]}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Beatriz", "Helena", "Jonas", "Amelie", "Marco"])
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        row = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": ch,
            "kind": kind or KIND[ch],
            "direction": "outbound" if out else "inbound",
            "customer": ref,
            "text": text,
            "subject": None,
            "scores": sc,
            "source": SOURCES[ch],
            "attributes": a,
        }
        self.rows.append((t, self.n, row))
        return eid

    def roughen(self, text: str, ch: str) -> str:
        r = self.rough
        if ch == "phone":
            text = "".join(
                x for x in text.lower() if x.isalnum() or x.isspace() or x in "'_"
            ).replace("\n", " ")
            return " ".join(text.split())
        if r.random() < 0.1:
            text = "".join(
                x for x in unicodedata.normalize("NFKD", text) if not unicodedata.combining(x)
            )
        if r.random() < 0.125:
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            k = r.randrange(1, max(2, len(text) - 2))
            if text[k].isalpha() and text[k + 1].isalpha():
                text = text[:k] + text[k + 1] + text[k] + text[k + 2 :]
        return text

    def w(self, key: str, lang: str, **kw: str) -> str:
        return self.rng.choice(W[key][lang]).format(**kw)

    def at(self, day: float, h0: float = 8, h1: float = 20) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(h0, h1))

    def happy(self, c: dict[str, Any], t: datetime) -> None:
        lang, r = c["language"], self.rng.random()
        if r < 0.3:
            self.add(c, t, self.rng.choice(["social", "community"]), self.w("praise", lang))
        elif r < 0.45:
            self.add(c, t, "community", self.w("gripe", lang), kind="review", attrs={"rating": "4"})
        elif r < 0.7:
            self.add(c, t, "chat", self.w("question", lang))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 6)),
                "chat",
                self.w("answer", lang),
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=self.rng.randint(7, 12)),
                    "chat",
                    self.w("thanks", lang),
                )
        elif r < 0.9:
            self.add(c, t, "web", None, kind="page_view", attrs={"page": "/alquiler/scooter"})
            v = self.rng.choice(["42.00", "84.00", "126.00"])
            self.add(
                c,
                t + timedelta(minutes=4),
                "web",
                None,
                kind="purchase",
                attrs={
                    "page": "/checkout",
                    "product": "Scooter 3 days / Scooter 3 días",
                    "order_value": v,
                    "currency": CUR.get(c["country"], "EUR"),
                },
            )
        else:
            self.add(
                c,
                t,
                "survey",
                None,
                scores={"nps": self.rng.choice([9, 10]), "csat": 5, "ces": 7},
                attrs={"survey": "nps"},
            )

    def complaint(
        self,
        c: dict[str, Any],
        t: datetime,
        problem: str,
        ch: str,
        lang: str | None = None,
        long: bool = False,
    ) -> str:
        lang = lang or c["language"]
        text = self.w("complaint_" + problem, lang)
        if long:
            text = self.w("long_open", lang) + "\n\n" + text + ".\n\n" + self.w("long_close", lang)
        return self.add(c, t, ch, text)

    def write(self, expected_check: bool = True) -> None:
        self.rows.sort(key=lambda x: (x[0], x[1]))
        exp: dict[str, int] = {}
        for c in self.cust.values():
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"]), c
            for rule in c["expected_rules"]:
                exp[rule] = exp.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                exp[rule] = exp.get(rule, 0) + 1
        if self.spike:
            exp["topic_spike"] = 1
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert last < datetime(2026, 11, 1, tzinfo=UTC)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Andarilo",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": exp,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.cust,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as f:
            for _, _, row in self.rows:
                f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def hash_num(code: str, i: int) -> int:
    return (sum(ord(x) for x in code) * 7919 + i * 104729) % 90000000 + 10000000


def D(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def happy_writers() -> Fam:
    f = Fam("happy_writers", "hw", 1, D(2026, 2, 2), 10, "happy day and night writers, survey-only")
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(5, 7))):
            f.happy(c, f.at(d, 7, 19))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            f.add(c, f.at(d, 22.2, 28.5), "chat", f.w("night", c["language"]))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), 2)):
            f.add(
                c,
                f.at(d, 9, 18),
                "survey",
                None,
                scores={"nps": f.rng.choice([9, 10]), "csat": 5},
                attrs={"survey": "nps"},
            )
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "bd", 2, D(2026, 3, 2), 12, "happy customers with one bad day")
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    nps_i = set(range(0, 24, 4))
    csat_i = {1, 6, 11, 14, 21}
    news_i = set(range(0, 24, 2))
    apo_i = {2, 8, 10, 16, 20}
    for i, ch in enumerate(chans):
        det = i in nps_i
        lang = "es" if ch == "long" and i < 12 else ("pt" if ch == "long" else None)
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang,
            ["detractor"] if det else [],
            ["silence"],
        )
        bd = f.rng.randint(3, 8)
        for d in sorted(
            f.rng.sample([x for x in range(12) if x < bd - 1 or x > bd + 2], f.rng.randint(1, 4))
        ):
            f.happy(c, f.at(d, 8, 19))
        t = f.at(bd, 8, 19)
        real = "email" if ch == "long" else ch
        eid = f.complaint(c, t, PROBLEMS[i % 4], real, long=ch == "long")
        c.update(
            problem=PROBLEMS[i % 4],
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            long_email=ch == "long",
            trouble_starts_at=iso(t),
        )
        ref = f.ref()
        if ch != "social":
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(3, 50)),
                "chat" if ch == "chat" else "email",
                f.w("ack", c["language"], ref=ref),
                out=True,
            )
            c["booking"] = ref
        if det:
            s = f.add(
                c,
                t + timedelta(hours=2),
                "survey",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.update(survey_event_id=s, nps_given=True)
        elif i in csat_i:
            s = f.add(
                c,
                t + timedelta(hours=2),
                "survey",
                None,
                scores={"csat": f.rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.update(survey_event_id=s, csat_given=True)
        if i in news_i and ch != "social":
            f.add(
                c,
                t + timedelta(hours=20),
                "email",
                f.w("good_news", c["language"], ref=ref),
                out=True,
            )
            c["agent_fixed"] = True
        if i in apo_i:
            a = f.add(c, t + timedelta(hours=22), "chat", f.w("apology", c["language"]))
            c.update(apologised=True, apology_event_id=a)
    for _ in range(8):
        c = f.person("happy", "control")
        for d in sorted(f.rng.sample(range(12), f.rng.randint(2, 5))):
            f.happy(c, f.at(d, 8, 19))
    return f


REP_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]


def repeat_run(
    f: Fam, c: dict[str, Any], n: int, day: int, lang: str | None = None, escalate: bool = False
) -> None:
    lang = lang or c["language"]
    t = f.at(day, 8, 17)
    p = f.rng.choice(PROBLEMS)
    ref = f.ref()
    first = f.complaint(c, t, p, "web", lang)
    f.add(c, t + timedelta(minutes=30), "email", f.w("ack", lang, ref=ref), out=True)
    ids = [first]
    comp = None
    chans = ["email", "chat", "phone", "social"]
    for k in range(1, n):
        t = t + timedelta(hours=f.rng.randint(6, 30))
        if t.hour >= 22 or t.hour < 7:
            t = t.replace(hour=8) + timedelta(days=1 if t.hour >= 22 else 0)
        comp = f.rng.choice(COMPS) if k == 2 else comp
        text = W["later"][lang][min(k - 1, 2)].format(ref=ref, comp=comp or "")
        ids.append(f.add(c, t, chans[(k - 1) % 4], text))
        if escalate and k == n - 1:
            f.add(c, t + timedelta(hours=1), "email", f.w("escalated", lang, ref=ref), out=True)
    c.update(
        problem=p,
        booking=ref,
        problem_event_ids=ids,
        contacts=n,
        trouble_starts_at=iso(f.start + timedelta(days=day)),
        competitor=comp,
        agent_passed_on=escalate,
    )


def fixed_run(f: Fam, c: dict[str, Any], day: int, lang: str, confirm_lang: str) -> None:
    t = f.at(day, 8, 16)
    p = f.rng.choice(PROBLEMS)
    ref = f.ref()
    e1 = f.complaint(c, t, p, "web", lang)
    f.add(c, t + timedelta(minutes=40), "email", f.w("ack", lang, ref=ref), out=True)
    f.add(c, t + timedelta(hours=26), "email", f.w("good_news", confirm_lang, ref=ref), out=True)
    e2 = f.add(c, t + timedelta(hours=28), "chat", f.w("confirm", confirm_lang, ref=ref))
    c.update(
        problem=p,
        booking=ref,
        problem_event_ids=[e1],
        confirm_event_id=e2,
        trouble_starts_at=iso(t),
        confirm_language=confirm_lang,
    )


def repeat_contacts() -> Fam:
    f = Fam("repeat_contacts", "rc", 3, D(2026, 4, 6), 10, "repeat contacts about one open problem")
    for i in range(12):
        c = f.person("repeat_contact", "repeats", exp=["repeat_contact"], tol=REP_TOL)
        f.happy(c, f.at(0, 7, 12))
        repeat_run(f, c, 2 + i % 3, f.rng.randint(1, 4), escalate=i % 2 == 0)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tol=["silence"])
        f.happy(c, f.at(0, 7, 12))
        fixed_run(f, c, f.rng.randint(1, 5), c["language"], c["language"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tol=["silence"])
        ps = f.rng.sample(PROBLEMS, 2)
        ids = []
        for k, p in enumerate(ps):
            t = f.at(1 + k * 4, 9, 17)
            ids.append(f.complaint(c, t, p, ["email", "chat"][k]))
            f.add(
                c,
                t + timedelta(minutes=20),
                "email",
                f.w("ack", c["language"], ref=f.ref()),
                out=True,
            )
        c.update(problems=ps, problem_event_ids=ids)
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in range(0, 10, 1):
            if f.rng.random() < 0.8:
                f.happy(c, f.at(d, 8, 19))
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners", "sc", 4, D(2026, 5, 4), 32, "sliders, leavers, steady, grumpy, sarcastic"
    )
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            exp=["sentiment_drop"] + (["detractor"] if det else []),
            tol=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for d in sorted(f.rng.sample(range(11), 4)):
            f.add(c, f.at(d, 8, 19), "community", f.w("praise", c["language"]))
        for d in sorted(f.rng.sample(range(11), 2)):
            f.happy(c, f.at(d, 8, 19))
        d0 = f.rng.randint(12, 15)
        comp = f.rng.choice(COMPS)
        ids = []
        for k, line in enumerate(W["slide"][c["language"]]):
            ids.append(
                f.add(
                    c,
                    f.at(d0 + k * 2, 9, 19),
                    ["community", "social", "email", "chat", "web", "social"][k],
                    line.format(comp=comp),
                )
            )
        if det:
            s = f.add(
                c,
                f.at(d0 + 11, 9, 19),
                "survey",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c["survey_event_id"] = s
        c.update(
            slide_event_ids=ids,
            competitor=comp,
            trouble_starts_at=f.rows[-7 if det else -6][2]["occurred_at"],
        )
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            exp=["churn_intent"],
            tol=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for d in sorted(f.rng.sample(range(14), 3)):
            f.happy(c, f.at(d, 8, 19))
        t = f.at(f.rng.randint(16, 26), 9, 18)
        e1 = f.add(c, t, "email", f.w("cancel", c["language"]))
        f.add(c, t + timedelta(hours=2), "email", f.w("cancel_ack", c["language"]), out=True)
        e2 = f.add(
            c,
            t + timedelta(hours=3),
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/cuenta/cancelar", "product": "Andarilo Sempre"},
        )
        c.update(
            churn_intent_event_id=e1,
            cancellation_event_id=e2,
            churn_at=iso(t + timedelta(hours=3)),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in sorted(f.rng.sample(range(32), 6)):
            f.happy(c, f.at(d, 8, 19))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tol=["repeat_contact", "silence"])
        ids = [
            f.add(c, f.at(d, 8, 19), "community", f.w("grumpy", c["language"]))
            for d in sorted(f.rng.sample(range(32), 5))
        ]
        c.update(grumble_event_ids=ids)
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tol=["silence"])
        for d in sorted(f.rng.sample(range(32), 4)):
            f.happy(c, f.at(d, 8, 19))
        c["sarcasm_event_id"] = f.add(
            c, f.at(f.rng.randint(5, 25), 9, 18), "social", f.w("sarcasm", c["language"])
        )
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "qh", 5, D(2026, 8, 7), 3, "calm weekend with night owls in bursts")
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(3), f.rng.randint(1, 3))):
            f.happy(c, f.at(d, 7, 17.5))
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tol=["silence"])
        t = f.at(f.rng.randint(0, 2), 9, 17)
        f.add(c, t, "web", None, kind="page_view", attrs={"page": "/hoteles"})
        c["grumble_event_id"] = f.add(
            c, t + timedelta(minutes=25), "chat", f.w("mild", c["language"])
        )
        f.add(c, t + timedelta(minutes=29), "chat", f.w("answer", c["language"]), out=True)
    for night in range(3):
        for burst in range(3):
            b0 = f.start + timedelta(
                days=night + 1, hours=0, minutes=40 + burst * 35 + f.rng.randint(0, 8)
            )
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}")
                t = b0 + timedelta(minutes=f.rng.uniform(0, 10))
                c["night_event_id"] = f.add(c, t, "chat", f.w("night", c["language"]))
                c["burst_at"] = iso(b0)
                f.add(c, t + timedelta(minutes=3), "chat", f.w("answer", c["language"]), out=True)
    return f


PAIRS = [
    ("es", "pt"),
    ("pt", "es"),
    ("es", "en"),
    ("pt", "fr"),
    ("es", "de"),
    ("pt", "en"),
    ("es", "it"),
    ("pt", "de"),
    ("de", "es"),
    ("en", "pt"),
    ("fr", "es"),
    ("it", "pt"),
]


def bilingual() -> Fam:
    f = Fam("bilingual", "bl", 6, D(2026, 6, 1), 14, "customers alternating two languages")
    k = 0

    def mk(
        persona: str, habit: str, exp: list[str], tol: list[str]
    ) -> tuple[dict[str, Any], str, str]:
        nonlocal k
        a, b = PAIRS[k % len(PAIRS)]
        k += 1
        c = f.person(persona, habit, a, exp, tol)
        c["languages"] = [a, b]
        return c, a, b

    for _ in range(12):
        c, a, b = mk("happy", "alternates languages", [], [])
        for j, d in enumerate(sorted(f.rng.sample(range(14), 5))):
            f.add(c, f.at(d, 8, 19), "community", f.w("praise", [a, b][j % 2]))
    for _ in range(5):
        c, a, b = mk("repeat_contact", "repeats", ["repeat_contact"], REP_TOL)
        f.add(c, f.at(0, 8, 12), "community", f.w("praise", a))
        repeat_run(f, c, 3, f.rng.randint(2, 6), lang=b)
    for _ in range(5):
        c, a, b = mk(
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
        for j in range(5):
            f.add(c, f.at(j, 8, 19), "community", f.w("praise", [a, b][j % 2]))
        comp = f.rng.choice(COMPS)
        ids = [
            f.add(
                c, f.at(7 + j, 9, 19), "community", W["slide"][[a, b][j % 2]][j].format(comp=comp)
            )
            for j in range(6)
        ]
        c.update(
            slide_event_ids=ids, competitor=comp, trouble_starts_at=f.rows[-6][2]["occurred_at"]
        )
    for i in range(3):
        c, a, b = mk("happy_one_bad_day", "one bad day", [], ["silence"])
        for d in (0, 2, 11):
            f.happy(c, f.at(d, 8, 19))
        t = f.at(6, 9, 18)
        p = PROBLEMS[i]
        e = f.complaint(c, t, p, ["email", "email", "chat"][i], b, long=i == 0)
        c.update(
            problem=p,
            bad_day_event_id=e,
            bad_day_at=iso(t),
            bad_day_language=b,
            trouble_starts_at=iso(t),
        )
    for _ in range(2):
        c, a, b = mk("resolved_between_contacts", "fixed", [], ["silence"])
        f.happy(c, f.at(0, 8, 19))
        fixed_run(f, c, 4, a, b)
    return f


B2B_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "bb", 7, D(2026, 9, 7), 14, "Andarilo Frota accounts")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    for n, kind in enumerate(kinds):
        lang = f.lang()
        acc = f"AF-{MARKET[lang]}-{3100 + n * 11}"
        size = 5 if kind == "at_risk" else 3
        unhappy = (3 + n % 2) if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        a: dict[str, Any] = {
            "company": f"Residencia {LAST[n % len(LAST)]}",
            "contacts": size,
            "contact_keys": [],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": "invoice" if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": MARKET[lang],
        }
        f.accounts[acc] = a
        ref = f.ref()
        firstname = ""
        t = f.at(2, 8, 10)
        for j in range(size):
            if j < unhappy:
                last = kind == "at_risk" and j == unhappy - 1
                exp = (
                    (["repeat_contact"] if last else ["detractor"])
                    if kind == "at_risk"
                    else ["detractor"]
                )
                tol = (
                    B2B_TOL
                    if kind == "at_risk"
                    else ["sentiment_drop", "high_value_at_risk", "silence"]
                )
                c = f.person(
                    "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy",
                    "complainer",
                    lang,
                    exp,
                    tol,
                    acc,
                )
                a["unhappy_contact_keys"].append(c["identifiers"]["customer_id"])
                if j == 0:
                    firstname = c["name"].split()[0]
                    e = f.add(c, t, "email", f.w("b2b", lang, n=str(14 + n), m=str(9 + n)))
                    f.add(
                        c, t + timedelta(minutes=45), "email", f.w("ack", lang, ref=ref), out=True
                    )
                    a["trouble_starts_at"] = iso(t) if kind == "at_risk" else None
                else:
                    t = t + timedelta(hours=f.rng.randint(8, 22))
                    if t.hour < 8 or t.hour >= 17:
                        t = t.replace(hour=9) + timedelta(days=1 if t.hour >= 17 else 0)
                    while t.weekday() >= 5:
                        t += timedelta(days=1)
                    e = f.add(c, t, "email", f.w("b2b_later", lang, first=firstname, ref=ref))
                ids = [e]
                if "detractor" in exp:
                    c["survey_event_id"] = f.add(
                        c,
                        t + timedelta(hours=2),
                        "survey",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                if last:
                    t2 = t + timedelta(hours=f.rng.randint(20, 40))
                    t2 = t2.replace(hour=min(max(t2.hour, 9), 16))
                    while t2.weekday() >= 5:
                        t2 += timedelta(days=1)
                    ids.append(
                        f.add(
                            c, t2, "email", f.w("b2b_last", lang, ref=ref, comp=f.rng.choice(COMPS))
                        )
                    )
                c.update(
                    role="complainer",
                    company=a["company"],
                    complaint_event_ids=ids,
                    trouble_starts_at=iso(t),
                    booking=ref,
                )
            elif kind == "mild" and j < 2:
                c = f.person("b2b_mild", "suggests", lang, [], ["silence"], acc)
                tm = f.at(3 + j, 9, 15)
                c["mild_event_id"] = f.add(
                    c, tm, "web", f.w("b2b_mild", lang), attrs={"page": "/frota/portal"}
                )
                f.add(c, tm + timedelta(hours=1), "email", f.w("ack", lang, ref=f.ref()), out=True)
                c.update(role="suggests", company=a["company"])
            else:
                c = f.person("b2b_happy", "contact", lang, [], [], acc)
                c.update(role="contact", company=a["company"])
                for d in (0, 1):
                    f.add(
                        c,
                        f.at(d, 8, 16),
                        "web",
                        None,
                        kind="page_view",
                        attrs={"page": "/frota/portal"},
                    )
            a["contact_keys"].append(c["identifiers"]["customer_id"])
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "ts", 8, D(2026, 10, 5), 7, "calm week and a Saturday-morning spike")
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy(c, f.at(d, 12, 19) if d == 5 else f.at(d, 8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tol=["silence"])
        t = f.at(0, 9, 16)
        c["grumble_event_id"] = f.add(c, t, "chat", f.w("mild", c["language"]))
        f.add(c, t + timedelta(minutes=4), "chat", f.w("answer", c["language"]), out=True)
    for lang, h in (("es", 9.6), ("pt", 16.1)):
        c = f.person("grumbles_once", "lone question", lang, tol=["silence"])
        t = f.start + timedelta(days=4, hours=h)
        c["lone_report_event_id"] = f.add(c, t, "chat", f.w("lone_q", lang))
        f.add(c, t + timedelta(minutes=5), "chat", f.w("lone_a", lang), out=True)
    s0 = f.start + timedelta(days=5, hours=7, minutes=50)
    langs = ["es"] * 6 + ["pt"] * 6 + ["de", "de", "en", "en", "fr", "fr", "it", "it"]
    chans = ["social", "chat", "community", "email", "web"]
    ev: list[str] = []
    rep: list[str] = []
    keys: list[str] = []
    for i, lang in enumerate(langs):
        regular = i % 5 != 4 and len([k for k in keys if f.cust[k]["regular"]]) < 12
        repeat = i in (0, 3, 5, 8, 10, 13)
        c = f.person(
            "spike_repeater" if repeat else "spike_reporter",
            "regular" if regular else "new",
            lang,
            ["repeat_contact"] if repeat else [],
            ["silence", "sentiment_drop"] if repeat else ["silence"],
        )
        c["regular"] = regular
        if regular:
            f.happy(c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=45 * i / 19)
        ch = chans[i % 5]
        e = f.add(c, t, ch, f.w("spike", lang, code=CODE))
        if ch == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", f.w("spike_chat_answer", lang), out=True)
        ev.append(e)
        keys.append(c["identifiers"]["customer_id"])
        c.update(in_spike=True, spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t))
        if repeat:
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(15, 40)),
                "email" if ch != "email" else "chat",
                f.w("spike_again", lang, code=CODE),
            )
            rep.append(r)
            c["repeat_event_id"] = r
        elif i in (1, 2, 6, 9, 14, 17):
            f.add(
                c,
                s0 + timedelta(hours=3, minutes=20 + i),
                "email",
                f.w("works_again", lang, t="11:05" if lang in ("en", "pt") else "12:05"),
                out=True,
            )
            c["agent_fixed"] = True
    f.spike = {
        "topic": f"scooter app remote unlock failing, error {CODE}: hired scooters and chairs cannot be started",
        "about": "unlock",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ev,
        "repeat_event_ids": rep,
    }
    return f


def main() -> None:
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
        build().write()


if __name__ == "__main__":
    main()
