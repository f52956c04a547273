"""Write heldout266 (Plumaro, wild-bird food by subscription), blind: python make_heldout266.py."""

# ruff: noqa: E501

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

SEED = 20261017
CODE = "PL/5-0813"
FIRST = {
    "en": ["Oliver", "Megan", "Harry", "Siobhan", "Callum", "Rosie", "Declan", "Imogen"],
    "es": ["Lucía", "Javier", "Marta", "Sergio", "Nuria", "Álvaro", "Rocío", "Íñigo"],
    "de": ["Jonas", "Katrin", "Lukas", "Anja", "Felix", "Birgit"],
    "fr": ["Camille", "Julien", "Élodie", "Mathis", "Agathe"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Joana"],
}
LAST = {
    "en": ["Hartley", "Byrne", "Pennington", "Walsh", "Okafor", "Ramsay", "Doyle"],
    "es": ["Ibarra", "Quintana", "Salcedo", "Montero", "Arrieta", "Villalba", "Carrasco"],
    "de": ["Achterberg", "Kessler", "Lindqvist", "Brandauer", "Wiesner"],
    "fr": ["Delorme", "Rousseau", "Chevalier", "Lemaire"],
    "it": ["Bellandi", "Ferraro", "Orsini", "Pagano"],
    "pt": ["Carvalho", "Meireles", "Antunes", "Sequeira"],
}
PHONE = {
    "UK": "+447",
    "IE": "+3538",
    "ES": "+346",
    "DE": "+4915",
    "AT": "+43664",
    "FR": "+336",
    "BE": "+324",
    "IT": "+393",
    "PT": "+3519",
}
EMPTY: list[str] = []


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    seen: bool = False


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
    rows: list[tuple[datetime, int, dict[str, Any]]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in self.used and v not in USED:
                self.used.add(v)
                USED.add(v)
                return v

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> Cust:
        lg = lang or self.lang()
        mk = market or self.rng.choice(W.MARKETS[lg])
        first = self.rng.choice(FIRST[lg])
        last = self.rng.choice(LAST[lg])
        r = self.rng
        cid = self.uniq(lambda: f"PM{self.code}{r.randint(1000, 9999)}")
        plain = (
            unicodedata.normalize("NFKD", f"{first}.{last}")
            .encode("ascii", "ignore")
            .decode()
            .lower()
        )
        dom = (
            "trade.example"
            if account
            else r.choice(["correo.example", "mail.example", "post.example"])
        )
        email = self.uniq(lambda: f"{plain}{r.randint(1, 99)}@{dom}")
        phone = self.uniq(lambda: PHONE[mk] + "".join(str(r.randint(0, 9)) for _ in range(8)))
        handle = (
            None
            if account
            else self.uniq(lambda: "@" + plain.replace(".", "_") + str(r.randint(1, 99)))
        )
        ids: dict[str, str | None] = {
            "customer_id": cid,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": ids,
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(cid, lg, mk, first, ids, truth)
        self.custs[cid] = c
        return c

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = "".join(
                ch
                for ch in unicodedata.normalize("NFKD", text)
                if not unicodedata.combining(ch) or ch == "\u0303"
            )
            text = unicodedata.normalize("NFC", text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
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
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        eid = f"pm266-{self.code.lower()}-{len(self.rows) + 1:05d}"
        full = out or not c.seen
        if not out:
            c.seen = True
        ids = dict(c.ids)
        if not full:
            keep = {
                "phone": ["phone"],
                "social": ["handle"],
                "community": ["handle"],
                "email": ["email"],
            }.get(channel, ["customer_id"])
            if c.ids["account_id"] and channel in ("social", "community"):
                keep = ["email"]
            ids = {k: (v if k in keep or k == "account_id" else None) for k, v in c.ids.items()}
        if text and not out and rough and channel not in ("phone", "survey"):
            text = self.roughen(text)
        at = {"market": c.market}
        if c.ids["account_id"]:
            at["segment"] = "b2b"
        if out:
            at["agent"] = self.rng.choice(["Ana", "Tom", "Lena", "Marco", "Chloé", "Rita"])
        at.update(attrs or {})
        row = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": ids,
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": f"plumaro-{channel}",
            "attributes": at,
        }
        self.rows.append((t, len(self.rows), row))
        return eid

    def at(self, day: float, h0: float = 8, h1: float = 19) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(h0, h1))

    def pick(self, table: dict[str, list[str]], lg: str) -> str:
        return self.rng.choice(table[lg])

    def happy(self, c: Cust, t: datetime) -> None:
        r, lg = self.rng, c.lang
        k = r.randrange(6)
        if k == 0:
            text = self.pick(W.PRAISE, lg)
            self.add(
                c,
                t,
                "social",
                "mention",
                text.replace("Plumaro", "@Plumaro", 1) if "Plumaro" in text else "@Plumaro " + text,
            )
        elif k == 1:
            self.add(c, t, "community", "post", self.pick(W.PRAISE, lg))
        elif k == 2:
            self.add(c, t, "chat", "chat", self.pick(W.QUESTION, lg))
            self.add(
                c,
                t + timedelta(minutes=r.randint(1, 6)),
                "chat",
                "chat",
                self.pick(W.ANSWER, lg),
                out=True,
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(7, 12)),
                    "chat",
                    "chat",
                    self.pick(W.THANKS, lg),
                )
        elif k == 3:
            self.add(c, t, "web", "page_view", attrs={"page": "/box/club"})
            self.add(
                c,
                t + timedelta(minutes=r.randint(3, 20)),
                "web",
                "purchase",
                attrs={
                    "page": "/checkout",
                    "order_value": f"{r.randint(18, 60)}.90",
                    "currency": "GBP" if c.market == "UK" else "EUR",
                    "product": "Club box / Caja Club",
                },
            )
        elif k == 4:
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.PRAISE, lg),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.add(c, t, "phone", "call", W.PHONE_QUESTION[lg])
            self.add(
                c,
                t + timedelta(minutes=r.randint(10, 40)),
                "email",
                "message",
                self.pick(W.ANSWER, lg),
                out=True,
            )

    def survey(
        self,
        c: Cust,
        t: datetime,
        nps: int | None = None,
        csat: int | None = None,
        ces: int | None = None,
    ) -> str:
        sc = {k: v for k, v in (("nps", nps), ("csat", csat), ("ces", ces)) if v is not None}
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            self.pick(W.SURVEY_WORD, c.lang) or None,
            scores=sc,
            attrs={"survey": next(iter(sc))},
        )

    def case(self) -> str:
        r = self.rng
        return self.uniq(lambda: f"PM-{r.randint(100000, 999999)}")

    def expect(self, c: Cust, exp: list[str], tol: list[str]) -> None:
        c.truth["expected_rules"] = sorted(exp)
        c.truth["tolerated_rules"] = sorted(tol)

    def complaint(self, c: Cust, prob: str) -> str:
        return self.rng.choice(W.PROBLEM_TEXT[c.lang][prob])

    def write(self) -> dict[str, int]:
        self.rows.sort(key=lambda x: (x[0], x[1]))
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        exp: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                exp[rule] = exp.get(rule, 0) + 1
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                exp[rule] = exp.get(rule, 0) + 1
        if self.spike:
            exp["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Plumaro",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind",
                "expected": dict(sorted(exp.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        assert last < datetime(2026, 11, 25, tzinfo=UTC)
        with (HERE / f"{self.name}.jsonl").open("w", encoding="utf-8") as f:
            for _, _, row in self.rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return exp


USED: set[str] = set()


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


def open_case(
    f: Fam, c: Cust, t: datetime, channel: str, prob: str, long: bool = False
) -> tuple[str, str]:
    case = f.case()
    lg = c.lang
    text = f.complaint(c, prob)
    if long and lg in W.LETTER:
        eid = f.add(
            c,
            t,
            "email",
            "message",
            W.LETTER[lg].format(problem=text[0].upper() + text[1:], name=c.truth["name"]),
            subject="Plumaro",
            rough=False,
        )
    elif channel == "phone":
        eid = f.add(
            c, t, "phone", "call", W.PHONE_PROBLEM[lg].format(problem=text.lower().rstrip("."))
        )
    elif channel == "chat":
        eid = f.add(c, t, "chat", "chat", text + ". " + f.pick(W.ANGRY_TAIL, lg))
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(1, 5)),
            "chat",
            "chat",
            W.CASE_OPENED[lg].format(first=c.first, case=case),
            out=True,
        )
        return eid, case
    elif channel == "web":
        eid = f.add(
            c,
            t,
            "web",
            "ticket",
            text + ". " + f.pick(W.ANGRY_TAIL, lg),
            attrs={"page": "/help/contact"},
        )
    elif channel == "social":
        eid = f.add(c, t, "social", "mention", "@Plumaro " + text + ". " + f.pick(W.ANGRY_TAIL, lg))
        return eid, ""
    else:
        eid = f.add(
            c,
            t,
            "email",
            "message",
            text + ". " + f.pick(W.ANGRY_TAIL, lg),
            subject="Complaint / Reclamación",
        )
    f.add(
        c,
        t + timedelta(minutes=f.rng.randint(10, 40)),
        "email",
        "message",
        W.CASE_OPENED[lg].format(first=c.first, case=case),
        out=True,
        subject=f"Re: {case}",
    )
    return eid, case


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        d(2026, 2, 9),
        10,
        1,
        "happy day writers, night writers and survey-only customers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(c, f.at(day, 7, 19))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for day in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.start + timedelta(days=day, hours=22.2 + f.rng.uniform(0, 6))
            f.add(c, t, "social", "post", "@Plumaro " + f.pick(W.NIGHT, c.lang))
        for day in f.rng.sample(range(10), 2):
            f.happy(c, f.at(day, 9, 18))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for day in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.survey(
                c,
                f.at(day),
                **f.rng.choice(
                    [
                        {"nps": f.rng.randint(9, 10)},
                        {"csat": f.rng.randint(4, 5)},
                        {"ces": f.rng.randint(6, 7)},
                    ]
                ),
            )
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", d(2026, 3, 16), 12, 2, "happy customers with one bad day")
    chans = ["long", "email", "chat", "social", "web", "phone"]
    plan = [ch for ch in chans for _ in range(4)]
    with_case = [i for i, ch in enumerate(plan) if ch != "social"]
    det = set(f.rng.sample(with_case, 6))
    low = set(f.rng.sample([i for i in with_case if i not in det], 5))
    good = set(f.rng.sample(with_case, 12))
    apol = set(f.rng.sample(sorted(good), 5))
    for i, ch in enumerate(plan):
        lg = ("es" if i % 4 < 2 else "en") if ch == "long" else None
        c = f.person(
            "bad_day_detractor" if i in det else "happy_one_bad_day", "one bad day", lang=lg
        )
        day = f.rng.randint(2, 9)
        for dd in f.rng.sample(
            [x for x in range(12) if x < day - 1 or x > day + 2], f.rng.randint(1, 5)
        ):
            f.happy(c, f.at(dd, 8, 19))
        t = f.at(day, 8, 20)
        prob = W.PROBLEMS[i % 4]
        eid, case = open_case(f, c, t, "email" if ch == "long" else ch, prob, long=ch == "long")
        c.truth.update(
            {
                "problem": prob,
                "channel": ch,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "booking": case or None,
                "long_email": ch == "long",
                "trouble_starts_at": iso(t),
            }
        )
        if i in det:
            n = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": n,
                    "survey_event_id": f.survey(
                        c, t + timedelta(minutes=f.rng.randint(100, 140)), nps=n
                    ),
                }
            )
            f.expect(c, ["detractor"], ["silence"])
        else:
            f.expect(c, [], ["silence"])
        if i in low:
            n = f.rng.randint(1, 2)
            c.truth.update(
                {
                    "csat_given": True,
                    "csat": n,
                    "survey_event_id": f.survey(
                        c, t + timedelta(minutes=f.rng.randint(40, 80)), csat=n
                    ),
                }
            )
        if i in good:
            f.add(
                c,
                t + timedelta(hours=f.rng.uniform(1, 4)),
                "email",
                "message",
                W.GOOD_NEWS[c.lang].format(case=case),
                out=True,
                subject=f"Re: {case}",
            )
            c.truth["agent_fixed"] = True
        if i in apol:
            ta = t + timedelta(hours=f.rng.uniform(16, 24))
            c.truth.update(
                {
                    "apologised": True,
                    "apology_at": iso(ta),
                    "apology_event_id": f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, c.lang)),
                }
            )
    for _ in range(8):
        c = f.person("happy", "control")
        for dd in f.rng.sample(range(12), f.rng.randint(4, 7)):
            f.happy(c, f.at(dd))
    return f


def repeat_run(
    f: Fam, c: Cust, day0: int, times: int, quality: bool, langs: list[str] | None = None
) -> None:
    prob = f.rng.choice(W.PROBLEMS)
    t = f.at(day0, 8, 19)
    first_ch = f.rng.choice(["web", "email", "chat"])
    eid, case = open_case(f, c, t, first_ch, prob)
    ids = [eid]
    if quality:
        f.add(
            c,
            t + timedelta(hours=f.rng.uniform(1.5, 2.5)),
            "email",
            "message",
            W.QUALITY_LEAD[c.lang].format(first=c.first, case=case),
            out=True,
        )
    chans = f.rng.sample(
        [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch], times - 1
    )
    comp = None
    for k, ch in enumerate(chans, start=2):
        t = t + timedelta(hours=f.rng.uniform(4, 40))
        if t.hour >= 22 or t.hour < 7:
            t = (t + timedelta(days=1 if t.hour >= 22 else 0)).replace(
                hour=8, minute=f.rng.randint(0, 59)
            )
        lg = langs[k % 2] if langs else c.lang
        text = f.rng.choice(W.REPEAT[lg]).format(
            case=case, problem=f.rng.choice(W.PROBLEM_TEXT[lg][prob])
        )
        if k == 3:
            comp = f.rng.choice(W.COMPETITORS)
            text += " " + W.THIRD[lg].format(comp=comp)
        if k == 4:
            text += " " + W.FOURTH[lg]
        if ch == "phone":
            ids.append(
                f.add(
                    c,
                    t,
                    "phone",
                    "call",
                    text.lower().replace(".", "").replace(",", "").replace(case.lower(), case),
                )
            )
        elif ch == "social":
            ids.append(f.add(c, t, "social", "mention", "@Plumaro " + text))
        elif ch == "web":
            ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
        else:
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    "message" if ch == "email" else "chat",
                    text,
                    subject=f"Re: {case}" if ch == "email" else None,
                )
            )
            if ch == "chat":
                f.add(c, t + timedelta(minutes=3), "chat", "chat", W.URGENT[lg], out=True)
    c.truth.update(
        {
            "problem": prob,
            "booking": case,
            "contacts": times,
            "channels": [first_ch, *chans],
            "problem_event_ids": ids,
            "competitor": comp,
            "agent_passed_on": quality,
            "trouble_starts_at": c.truth.get("trouble_starts_at") or (ids and iso(f.start)),
        }
    )
    f.expect(
        c,
        ["repeat_contact"],
        ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"],
    )


def fixed_run(f: Fam, c: Cust, t: datetime, lang2: str | None = None) -> dict[str, Any]:
    prob = f.rng.choice(W.PROBLEMS)
    eid, case = open_case(f, c, t, "web", prob)
    tf = t + timedelta(hours=f.rng.uniform(3, 20))
    f.add(c, tf, "email", "message", W.GOOD_NEWS[lang2 or c.lang].format(case=case), out=True)
    tc = tf + timedelta(hours=f.rng.uniform(8, 30))
    ce = f.add(
        c,
        tc,
        "email",
        "message",
        f.pick(W.CONFIRM, lang2 or c.lang).format(case=case),
        subject=f"Re: {case}",
    )
    return {
        "problem": prob,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": "email",
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        d(2026, 5, 4),
        10,
        3,
        "repeat contacts, fixed problems, two problems, frequent writers",
    )
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12))
        day0 = f.rng.randint(1, 4)
        repeat_run(f, c, day0, 2 + i % 3, i < 6)
        c.truth["trouble_starts_at"] = c.truth["problem_event_ids"] and next(
            r[2]["occurred_at"]
            for r in f.rows
            if r[2]["event_id"] == c.truth["problem_event_ids"][0]
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        p = fixed_run(f, c, f.at(f.rng.randint(1, 4)))
        c.truth.update({"problems": [p], "trouble_starts_at": p["raised_at"]})
        f.expect(c, [], ["silence"])
    for _ in range(3):
        c = f.person("different_problems", "two problems")
        p1 = fixed_run(f, c, f.at(1))
        p2 = fixed_run(f, c, f.at(f.rng.randint(5, 6)))
        c.truth.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
        f.expect(c, [], ["silence"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for dd in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(c, f.at(dd))
    return f


def slide(f: Fam, c: Cust, day0: int, span: int, langs: list[str] | None = None) -> list[str]:
    comp = f.rng.choice(W.COMPETITORS)
    ids = []
    t = f.at(day0, 9, 12)
    for k in range(6):
        lg = langs[k % 2] if langs else c.lang
        text = W.SLIDE[lg][k].format(comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "social":
            ids.append(f.add(c, t, "social", "mention", "@Plumaro " + text))
        elif ch == "community":
            ids.append(f.add(c, t, "community", "post", text))
        else:
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        t = t + timedelta(hours=max(1.5, span * 24 / 6 * f.rng.uniform(0.7, 1.2)))
        if t.hour >= 22 or t.hour < 7:
            t = t.replace(hour=9) + timedelta(days=1 if t.hour >= 22 else 0)
    c.truth.update(
        {"slide_event_ids": ids, "slide_days": span, "competitor": comp, "habit": "slides"}
    )
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners", "SC", d(2026, 6, 1), 32, 4, "sliders, leavers, steady, grumpy, sarcastic"
    )
    for i in range(10):
        c = f.person("slow_churner", "slides")
        for dd in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.add(c, f.at(dd), "community", "post", f.pick(W.PRAISE, c.lang))
        for dd in f.rng.sample(range(11), f.rng.randint(2, 4)):
            f.happy(c, f.at(dd))
        ids = slide(f, c, f.rng.randint(12, 16), [3, 5, 9][i % 3])
        c.truth["trouble_starts_at"] = next(
            r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == ids[0]
        )
        exp = ["sentiment_drop"]
        if i < 5:
            t4 = datetime.fromisoformat(
                next(r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == ids[3]).replace(
                    "Z", "+00:00"
                )
            )
            n = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": n,
                    "survey_event_id": f.survey(
                        c, t4 + timedelta(hours=f.rng.uniform(2.5, 3.5)), nps=n
                    ),
                }
            )
            exp.append("detractor")
        f.expect(
            c,
            exp,
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        for dd in f.rng.sample(range(16), f.rng.randint(4, 6)):
            f.happy(c, f.at(dd))
        t = f.at(f.rng.randint(17, 23), 8, 17)
        ce = f.add(c, t, "email", "message", f.pick(W.CANCEL, c.lang), subject="Cancel / Baja")
        f.add(
            c,
            t + timedelta(hours=f.rng.uniform(1, 5)),
            "email",
            "message",
            W.SORRY_GO[c.lang].format(first=c.first),
            out=True,
        )
        tc = t + timedelta(hours=f.rng.uniform(20, 30))
        xe = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Plumaro Club"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": ce,
                "cancellation_event_id": xe,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
        f.expect(
            c,
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for dd in f.rng.sample(range(32), f.rng.randint(6, 10)):
            f.happy(c, f.at(dd))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        t = f.at(f.rng.randint(0, 4))
        g = []
        for _ in range(f.rng.randint(5, 7)):
            g.append(
                f.add(
                    c,
                    t,
                    f.rng.choice(["social", "community", "web"]),
                    "post",
                    f.pick(W.GRUMBLE, c.lang),
                )
            )
            t += timedelta(days=f.rng.randint(1, 3))
        c.truth.update(
            {
                "grumble_event_ids": g,
                "trouble_starts_at": next(
                    r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == g[0]
                ),
            }
        )
        f.expect(c, [], ["repeat_contact", "silence"])
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        for dd in f.rng.sample(range(16), f.rng.randint(3, 5)):
            f.happy(c, f.at(dd))
        c.truth["sarcasm_event_id"] = f.add(
            c,
            f.at(f.rng.randint(17, 28)),
            "social",
            "mention",
            "@Plumaro " + f.pick(W.SARCASM, c.lang),
        )
        f.expect(c, [], ["silence"])
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", d(2026, 8, 14), 3, 5, "a calm weekend with night owls")
    for _ in range(16):
        c = f.person("happy", "day writer")
        for dd in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy(c, f.at(dd, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once")
        t = f.at(f.rng.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/depots"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            g = f.add(c, t2, "chat", "chat", f.pick(W.MILD, c.lang))
            f.add(c, t2 + timedelta(minutes=3), "chat", "chat", f.pick(W.ANSWER, c.lang), out=True)
        else:
            g = f.add(
                c, t2, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                t2 + timedelta(minutes=30),
                "email",
                "message",
                f.pick(W.ANSWER, c.lang),
                out=True,
            )
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t2)})
        f.expect(c, [], ["silence"])
    owls = [f.person("night_owl", "") for _ in range(36)]
    for n in range(3):
        base = f.start + timedelta(days=n + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            for j, c in enumerate(owls[n * 12 + b * 4 : n * 12 + b * 4 + 4]):
                t = base + timedelta(minutes=off + f.rng.uniform(0, 10))
                c.truth["habit"] = f"night {n + 1}, burst {b + 1}"
                c.truth["burst_at"] = iso(base + timedelta(minutes=off))
                if j % 2:
                    e = f.add(c, t, "chat", "chat", f.pick(W.QUESTION, c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=4),
                        "chat",
                        "chat",
                        f.pick(W.ANSWER, c.lang),
                        out=True,
                    )
                    f.add(c, t + timedelta(minutes=9), "chat", "chat", f.pick(W.THANKS, c.lang))
                else:
                    e = f.add(c, t, "community", "post", f.pick(W.NIGHT, c.lang))
                c.truth["night_event_id"] = e
                if f.rng.random() < 0.5:
                    f.happy(c, f.at(n + 1, 9, 17.5))
    return f


PAIRS = [
    ("en", "es"),
    ("es", "en"),
    ("en", "es"),
    ("es", "en"),
    ("es", "de"),
    ("en", "fr"),
    ("es", "pt"),
    ("en", "it"),
    ("es", "fr"),
    ("de", "en"),
    ("pt", "es"),
    ("it", "en"),
]
MK2 = {"en": "IE", "es": "ES", "de": "DE", "fr": "BE", "it": "IT", "pt": "PT"}


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", d(2026, 9, 7), 14, 6, "customers who alternate two languages")
    idx = 0

    def pair() -> tuple[str, str]:
        nonlocal idx
        p = PAIRS[idx % len(PAIRS)]
        idx += 1
        return p

    for _ in range(12):
        a, b = pair()
        c = f.person("happy", "alternates languages", lang=a, market=MK2[a])
        c.truth.update({"languages": [a, b], "job_second_language": "works across the border"})
        for k, dd in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = (a, b)[k % 2]
            f.happy(c, f.at(dd))
        c.lang = a
    for i in range(5):
        a, b = pair()
        c = f.person("repeat_contact", "repeats", lang=a, market=MK2[a])
        c.truth["languages"] = [a, b]
        f.happy(c, f.at(0))
        repeat_run(f, c, f.rng.randint(2, 5), [2, 2, 3, 3, 4][i], i >= 2, langs=[a, b])
        c.truth["trouble_starts_at"] = next(
            r[2]["occurred_at"]
            for r in f.rows
            if r[2]["event_id"] == c.truth["problem_event_ids"][0]
        )
    for _ in range(5):
        a, b = pair()
        c = f.person("slow_churner", "slides", lang=a, market=MK2[a])
        c.truth["languages"] = [a, b]
        for k, dd in enumerate(range(6)):
            c.lang = (a, b)[k % 2]
            f.add(c, f.at(dd), "community", "post", f.pick(W.PRAISE, c.lang))
        c.lang = a
        for dd in f.rng.sample(range(6), f.rng.randint(1, 3)):
            f.happy(c, f.at(dd))
        ids = slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), langs=[a, b])
        c.truth["trouble_starts_at"] = next(
            r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == ids[0]
        )
        f.expect(
            c,
            ["sentiment_drop"],
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
    for j in range(3):
        a, b = pair()
        c = f.person("happy_one_bad_day", "one bad day", lang=a, market=MK2[a])
        c.truth["languages"] = [a, b]
        for dd in (0, 1, 12):
            f.happy(c, f.at(dd))
        c.lang = b
        t = f.at(6)
        eid, case = open_case(
            f, c, t, ["email", "email", "chat"][j], f.rng.choice(W.PROBLEMS), long=j == 0
        )
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": b,
                "booking": case,
                "trouble_starts_at": iso(t),
            }
        )
        c.lang = a
        f.expect(c, [], ["silence"])
    for _ in range(2):
        a, b = pair()
        c = f.person("resolved_between_contacts", "fixed", lang=a, market=MK2[a])
        c.truth["languages"] = [a, b]
        p = fixed_run(f, c, f.at(f.rng.randint(2, 6)), lang2=b)
        c.truth.update(
            {"problems": [p], "trouble_starts_at": p["raised_at"], "confirm_language": b}
        )
        f.expect(c, [], ["silence"])
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", d(2026, 10, 5), 14, 7, "Plumaro Trade accounts")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    sites = ["garden centre", "care home", "school", "council", "hotel", "zoo shop"]
    for n, kind in enumerate(kinds):
        lg = ["en", "es", "de"][n % 3]
        mk = {"en": "UK", "es": "ES", "de": "DE"}[lg]
        acc = f.uniq(lambda mk=mk: f"PMT-{mk}-{f.rng.randint(1000, 9999)}")
        size = 4 + n % 3 if kind == "at_risk" else 3
        contacts = [
            f.person("b2b_happy", "contact", lang=lg, account=acc, market=mk) for _ in range(size)
        ]
        company = f"{f.rng.choice(LAST[lg])} {f.rng.choice(['Ltd', 'SL', 'GmbH'])}"
        for c in contacts:
            c.truth.update(
                {"company": company, "role": "contact", "job_title": "Buyer", "job": "Buyer"}
            )
            for dd in f.rng.sample([0, 1], f.rng.randint(0, 2)):
                f.add(c, f.at(dd, 8, 16), "web", "page_view", attrs={"page": "/trade/portal"})
        prob = W.B2B_PROBLEMS[n % 4]
        unhappy: list[str] = []
        acc_exp: list[str] = []
        start: str | None = None
        if kind == "at_risk":
            k = 3 if n < 3 else 4
            t = f.at(2, 8, 12)
            case = f.case()
            for j, c in enumerate(contacts[:k]):
                text = (
                    B2B_FIRST(lg, prob)
                    if j == 0
                    else W.B2B_LATER[lg].format(
                        case=case, first=contacts[0].first, problem=W.B2B_COMPLAINT[lg][prob]
                    )
                )
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=f"Complaint: {prob}" if j == 0 else f"Re: {case}",
                )
                if j == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=30),
                        "email",
                        "message",
                        W.CASE_OPENED[lg].format(first=c.first, case=case),
                        out=True,
                    )
                    start = iso(t)
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "role": "complainer",
                        "habit": "complainer",
                        "complaint_event_ids": [e],
                        "booking": case,
                        "problem": prob,
                        "trouble_starts_at": iso(t),
                    }
                )
                exp = []
                if j < k - 1:
                    nps = f.rng.randint(1, 5)
                    c.truth.update(
                        {
                            "nps_given": True,
                            "nps": nps,
                            "survey_event_id": f.survey(
                                c, t + timedelta(hours=f.rng.uniform(1, 3)), nps=nps
                            ),
                        }
                    )
                    exp.append("detractor")
                else:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 30))
                    if t2.weekday() >= 5:
                        t2 += timedelta(days=7 - t2.weekday())
                    comp = f.rng.choice(W.COMPETITORS)
                    c.truth["complaint_event_ids"].append(
                        f.add(
                            c,
                            t2.replace(hour=10),
                            "phone",
                            "call",
                            W.B2B_LAST[lg].format(case=case, comp=comp),
                        )
                    )
                    c.truth["competitor"] = comp
                    exp.append("repeat_contact")
                f.expect(
                    c,
                    exp,
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                )
                unhappy.append(c.key)
                t = t + timedelta(hours=f.rng.uniform(8, 28))
                if t.hour >= 17 or t.hour < 8:
                    t = t.replace(hour=9) + timedelta(days=1 if t.hour >= 17 else 0)
                if t.weekday() >= 5:
                    t += timedelta(days=7 - t.weekday())
            acc_exp = ["account_risk"]
        elif kind == "one_unhappy":
            c = contacts[0]
            t = f.at(2 + n % 3, 9, 16)
            case = f.case()
            e = f.add(c, t, "email", "message", B2B_FIRST(lg, prob), subject=f"Complaint: {prob}")
            f.add(
                c,
                t + timedelta(minutes=40),
                "email",
                "message",
                W.CASE_OPENED[lg].format(first=c.first, case=case),
                out=True,
            )
            nps = f.rng.randint(1, 5)
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "role": "complainer",
                    "habit": "complainer",
                    "complaint_event_ids": [e],
                    "booking": case,
                    "problem": prob,
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.survey(c, t + timedelta(hours=2), nps=nps),
                }
            )
            f.expect(c, ["detractor"], ["sentiment_drop", "high_value_at_risk", "silence"])
            unhappy.append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.at(f.rng.randint(2, 9), 8, 16)
                e = f.add(c, t, "web", "ticket", W.B2B_MILD[lg], attrs={"page": "/trade/feedback"})
                f.add(c, t + timedelta(hours=1), "email", "message", f.pick(W.ANSWER, lg), out=True)
                c.truth.update(
                    {
                        "persona": "b2b_mild",
                        "role": "suggests",
                        "habit": "suggests",
                        "mild_event_id": e,
                        "trouble_starts_at": iso(t),
                    }
                )
                f.expect(c, [], ["silence"])
        for c in contacts:
            if c.truth["persona"] == "b2b_happy":
                for dd in f.rng.sample(range(2, 12), 3):
                    t = f.at(dd, 8, 16)
                    if t.weekday() < 5:
                        f.add(c, t, "community", "post", W.B2B_PRAISE[lg])
                if f.rng.random() < 0.5:
                    f.survey(c, f.at(8, 9, 15), nps=f.rng.randint(9, 10))
        f.accounts[acc] = {
            "company": company,
            "site": sites[n % len(sites)],
            "contacts": size,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": acc_exp,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": start,
            "language": lg,
            "country": mk,
        }
    return f


def B2B_FIRST(lg: str, prob: str) -> str:
    return W.B2B_COMPLAINT[lg][prob]


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        d(2026, 10, 12),
        7,
        8,
        "a calm week and a planted spike on Saturday 17 October",
    )
    for _ in range(40):
        c = f.person("happy", "day writer")
        for dd in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy(c, f.at(dd, 8, 19) if dd < 5 else f.at(dd, 12, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once")
        t = f.at(0, 9, 16)
        g = f.add(c, t, "chat", "chat", f.pick(W.GRUMBLE, c.lang))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", f.pick(W.ANSWER, c.lang), out=True)
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t)})
        f.expect(c, [], ["silence"])
    for lg, h in (("es", 9.6), ("en", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lg)
        t = f.start + timedelta(days=4, hours=h)
        e = f.add(c, t, "chat", "chat", W.LONE_Q[lg])
        f.add(c, t + timedelta(minutes=3), "chat", "chat", W.LONE_A[lg], out=True)
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
        f.expect(c, [], ["silence"])
    s0 = f.start + timedelta(days=5, hours=8, minutes=15)
    langs = ["en"] * 6 + ["es"] * 6 + ["de", "de", "fr", "fr", "it", "it", "pt", "pt"]
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    ids: list[str] = []
    reps: list[str] = []
    keys: list[str] = []
    for i, lg in enumerate(langs):
        regular = i % 5 < 3
        c = f.person("spike_reporter", "regular" if regular else "new", lang=lg)
        if regular:
            for dd in f.rng.sample(range(2, 5), 2):
                f.happy(c, f.at(dd, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        ch = ["social", "chat", "community", "email", "web"][i % 5]
        text = f.rng.choice(W.SPIKE[lg]).format(code=CODE)
        if ch == "social":
            e = f.add(c, t, "social", "mention", "@Plumaro " + text)
        elif ch == "web":
            e = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        elif ch == "email":
            e = f.add(c, t, "email", "message", text, subject=CODE)
        else:
            e = f.add(c, t, ch, "chat" if ch == "chat" else "post", text)
            if ch == "chat":
                f.add(
                    c, t + timedelta(minutes=2), "chat", "chat", W.SPIKE_CHAT_ANSWER[lg], out=True
                )
        ids.append(e)
        keys.append(c.key)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if offs[i] <= 20 and len(reps) < 6:
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(15, 50)),
                "chat" if ch != "chat" else "email",
                "chat" if ch != "chat" else "message",
                W.SPIKE_REPEAT[lg].format(code=CODE),
            )
            reps.append(r)
            c.truth.update({"persona": "spike_repeater", "repeat_event_id": r})
            f.expect(c, ["repeat_contact"], ["silence", "sentiment_drop"])
        else:
            f.expect(c, [], ["silence"])
            if sum(1 for x in f.custs.values() if x.truth.get("agent_fixed")) < 6 and i % 3 == 1:
                f.add(
                    c,
                    s0 + timedelta(hours=3, minutes=f.rng.randint(0, 9)),
                    "email",
                    "message",
                    W.WORKS_AGAIN[lg],
                    out=True,
                )
                c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"bird-food app checkout fails: no order or Club renewal can be paid, error {CODE}",
        "about": "app payment failure",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": reps,
    }
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
    for make in FAMILIES:
        fam = make()
        print(fam.name, len(fam.custs), len(fam.rows), fam.write())


if __name__ == "__main__":
    main()
