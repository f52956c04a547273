# ruff: noqa: E501
"""Generate heldout158 (Declarra, household tax returns): python make_heldout158.py."""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import wording as W  # noqa: E402

SEED = 20261158
LANGS = ["es", "it", "en", "fr", "de", "pt"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKET = {"es": "ES", "it": "IT", "en": "UK", "fr": "FR", "de": "DE", "pt": "PT"}
PHONE = {"es": "+34 6", "it": "+39 3", "en": "+44 7", "fr": "+33 6", "de": "+49 15", "pt": "+351 9"}
FIRST = {
    "es": ["Lucia", "Marta", "Javier", "Pablo", "Nuria", "Sergio", "Elena", "Raul"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Davide", "Elisa", "Paolo"],
    "en": ["Emma", "James", "Olivia", "Tom"],
    "fr": ["Camille", "Hugo", "Léa", "Julien"],
    "de": ["Anna", "Jonas", "Lena", "Felix"],
    "pt": ["Ines", "Rui", "Marta", "Tiago"],
}
LAST = {
    "es": ["Garcia", "Moreno", "Ruiz", "Navarro", "Gil", "Castro"],
    "it": ["Rossi", "Bianchi", "Greco", "Conti", "Marino", "Gallo"],
    "en": ["Smith", "Hughes", "Walsh", "Porter"],
    "fr": ["Martin", "Leroy", "Faure", "Blanc"],
    "de": ["Weber", "Keller", "Brandt", "Vogel"],
    "pt": ["Silva", "Costa", "Santos", "Ramos"],
}
AGENTS = ["Alba", "Teo", "Noa", "Ivo"]
COMPETITORS = ["Fiscabox", "Rendalto"]
SRC = {
    "email": "declarra-mail",
    "phone": "declarra-voice",
    "social": "declarra-social",
    "community": "declarra-forum",
    "chat": "declarra-chat",
    "web": "declarra-web",
    "survey": "declarra-survey",
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
SPIKE_HOUR = {
    "es": "11:40",
    "it": "11:40",
    "fr": "11:40",
    "de": "11:40",
    "en": "10:40",
    "pt": "10:40",
}

USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rows: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.cseq = 0

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        account: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        lang = lang or self.rng.choices(LANGS, WEIGHTS)[0]
        self.cseq += 1
        cid = f"DC{self.code.upper()}{1000 + self.cseq * 7 + self.rng.randrange(7)}"
        first, last = self.rng.choice(FIRST[lang]), self.rng.choice(LAST[lang])
        dom = (
            "empresa.example"
            if account
            else self.rng.choice(["correo.example", "posta.example", "mail.example"])
        )
        email = f"{first.lower().replace('é', 'e')}.{last.lower()}{self.cseq}.{self.code}@{dom}"
        phone = PHONE[lang] + "".join(str(self.rng.randrange(10)) for _ in range(8))
        handle = (
            None
            if account
            else f"@{last.lower()}_{first.lower().replace('é', 'e')}{self.cseq}{self.code}"
        )
        for ident in (cid, email, phone, handle or cid + "-nohandle"):
            assert ident not in USED, ident
            USED.add(ident)
        c: dict[str, Any] = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": expected or [],
            "tolerated_rules": tolerated or [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": MARKET[lang],
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "_phone": phone,
            "_first": True,
        }
        c.update(extra)
        self.customers[cid] = c
        return c

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        text: str | None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        kind: str | None = None,
    ) -> str:
        self.seq += 1
        eid = f"h158-{self.code}-{self.seq:05d}"
        ids = c["identifiers"]
        full = out or c["_first"]
        if not out:
            c["_first"] = False
        cust: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": ids["account_id"],
        }
        if full:
            cust.update(
                customer_id=ids["customer_id"],
                email=ids["email"],
                phone=c["_phone"],
                handle=ids["handle"],
            )
        elif channel == "phone":
            cust["phone"] = c["_phone"]
        elif channel == "email":
            cust["email"] = ids["email"]
        elif channel in ("social", "community") and ids["handle"]:
            cust["handle"] = ids["handle"]
        else:
            cust["customer_id"] = ids["customer_id"]
        a = {"market": c["country"]} | (attrs or {})
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind or KIND[channel],
                "direction": "outbound" if out else "inbound",
                "customer": cust,
                "text": text,
                "subject": subject,
                "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
                "source": SRC[channel],
                "attributes": a,
            }
        )
        return eid

    def day(self, d: float, lo: int = 8, hi: int = 20) -> datetime:
        return self.start + timedelta(days=int(d), minutes=self.rng.randrange(lo * 60, hi * 60))

    def nm(self, c: dict[str, Any]) -> str:
        return str(c["name"]).split()[0]

    def fill(self, tpl: str, c: dict[str, Any], **kw: str) -> str:
        return tpl.format(n=self.nm(c), a=self.rng.choice(AGENTS), **kw)

    def happy(self, c: dict[str, Any], t: datetime) -> None:
        lang = c["language"]
        r = self.rng.randrange(7)
        if r == 0:
            self.add(c, t, "social", self.pick(W.PRAISE, lang))
        elif r == 1:
            self.add(c, t, "community", self.pick(W.GRIPE, lang))
        elif r == 2:
            self.add(c, t, "chat", self.pick(W.QUESTION, lang))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randrange(1, 6)),
                "chat",
                self.fill(self.pick(W.ANSWER, lang), c),
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(c, t + timedelta(minutes=8), "chat", self.pick(W.THANKS, lang))
        elif r == 3:
            self.add(c, t, "phone", self.pick(W.CALL_Q, lang))
            self.add(
                c,
                t + timedelta(minutes=20),
                "email",
                self.fill(self.pick(W.ANSWER, lang), c),
                out=True,
            )
        elif r == 4:
            self.add(c, t, "web", None, kind="page_view", attrs={"page": "/precios"})
            self.add(
                c,
                t + timedelta(minutes=4),
                "web",
                None,
                kind="purchase",
                attrs={
                    "page": "/plus",
                    "product": "Declarra Plus",
                    "order_value": "49.00",
                    "currency": "EUR" if lang != "en" else "GBP",
                },
            )
        elif r == 5:
            self.add(
                c,
                t,
                "web",
                self.pick(W.PRAISE, lang),
                kind="review",
                attrs={"rating": "5", "page": "/opiniones"},
            )
        else:
            self.add(
                c,
                t,
                "survey",
                self.pick(W.SURVEY_WORD, lang) or None,
                scores={"nps": self.rng.choice([9, 10])},
                attrs={"survey": "nps"},
            )

    def case(self) -> str:
        while True:
            ref = f"DCL-{self.rng.randrange(100000, 999999)}"
            if ref not in USED:
                USED.add(ref)
                return ref

    def write(self) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        expected: dict[str, int] = {}
        for c in self.customers.values():
            c.pop("_phone", None)
            c.pop("_first", None)
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"])
            for r in c["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        last = datetime.strptime(self.rows[-1]["occurred_at"], "%Y-%m-%dT%H:%M:%SZ")
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15), self.name
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Declarra (household tax returns by app and web; Declarra Empresa for small firms)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06, blind",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for r in self.rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return (
            len(self.customers),
            len(self.rows),
            sum(r["direction"] == "outbound" for r in self.rows),
        )


def nightt(f: Fam, d: int) -> datetime:
    return f.start + timedelta(days=d, hours=22, minutes=f.rng.randrange(0, 390))


def happy_writers() -> Fam:
    f = Fam("happy_writers", "hw", 1, datetime(2026, 3, 16), 10, "happy customers writing often")
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(10), f.rng.randrange(5, 9))):
            f.happy(c, f.day(d, 7, 19))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(9), 3)):
            t = nightt(f, d)
            if f.rng.random() < 0.5:
                f.add(c, t, "social", f.pick(W.NIGHT, c["language"]))
            else:
                f.add(c, t, "chat", f.pick(W.NIGHT_Q, c["language"]))
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    f.fill(f.pick(W.NIGHT_A, c["language"]), c),
                    out=True,
                )
        for d in f.rng.sample(range(10), 2):
            f.happy(c, f.day(d, 9, 18))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), 4)):
            f.add(
                c,
                f.day(d),
                "survey",
                f.pick(W.SURVEY_WORD, c["language"]) or None,
                scores={"csat": 5},
                attrs={"survey": "csat"},
            )
    return f


def complaint(
    f: Fam, c: dict[str, Any], t: datetime, prob: int, channel: str, long: bool = False
) -> str:
    lang = c["language"]
    p = W.PROB[lang][prob]
    if long and lang in W.LONG:
        return f.add(
            c,
            t,
            "email",
            W.LONG[lang][0].format(p=p, n=c["name"]),
            subject="Reclamacion" if lang == "es" else "Reclamo",
        )
    if channel == "phone":
        return f.add(c, t, "phone", f.pick(W.CALL_COMPLAIN, lang).format(p=p))
    return f.add(c, t, channel, f.pick(W.COMPLAIN, lang).format(p=p))


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day", "bd", 2, datetime(2026, 4, 13), 12, "happy customers with one angry moment"
    )
    chans = ["email"] * 8 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    for i, ch in enumerate(chans):
        lang = ["es", "it"][i % 2] if i < 4 else None
        c = f.person(
            "happy_one_bad_day",
            "one bad day",
            lang=lang,
            tolerated=["silence"],
            problem=W.PROBLEMS[i % 6],
        )
        bd = 2 + i % 8
        for d in f.rng.sample(
            [x for x in range(12) if x < bd - 1 or x > bd + 2], f.rng.randrange(2, 6)
        ):
            f.happy(c, f.day(d))
        t = f.day(bd, 8, 20)
        eid = complaint(f, c, t, i % 6, ch, long=i < 4)
        c.update(
            bad_day_at=iso(t), bad_day_event_id=eid, trouble_starts_at=iso(t), long_email=i < 4
        )
        if ch != "social":
            ref = f.case()
            c["booking"] = ref
            f.add(
                c,
                t + timedelta(minutes=f.rng.randrange(10, 40)),
                "chat" if ch == "chat" else "email",
                f.fill(f.pick(W.AG_CASE, c["language"]), c, ref=ref),
                out=True,
            )
            if i % 20 < 6:
                c["persona"] = "bad_day_detractor"
                c["expected_rules"] = ["detractor"]
                c["nps"] = f.rng.randrange(1, 6)
                c["survey_event_id"] = f.add(
                    c,
                    t + timedelta(minutes=120),
                    "survey",
                    None,
                    scores={"nps": c["nps"]},
                    attrs={"survey": "nps"},
                )
            if i % 2 == 0:
                f.add(
                    c,
                    t + timedelta(hours=3),
                    "email",
                    f.fill(f.pick(W.AG_GOOD, c["language"]), c, ref=ref),
                    out=True,
                )
                c["agent_fixed"] = True
                if i % 4 == 0:
                    c["apology_event_id"] = f.add(
                        c, t + timedelta(hours=20), "chat", f.pick(W.APOLOGY, c["language"])
                    )
    for _ in range(8):
        c = f.person("happy", "control")
        for d in f.rng.sample(range(12), 5):
            f.happy(c, f.day(d))
    return f


def repeat_run(
    f: Fam, c: dict[str, Any], t: datetime, n: int, prob: int, lang_of: Any = None
) -> None:
    ref = f.case()
    t0 = t
    chans = ["web", "email", "chat", "phone", "social"]
    f.rng.shuffle(chans)
    ids = []
    for k in range(n):
        lang = lang_of(k) if lang_of else c["language"]
        p = W.PROB[lang][prob]
        ch = chans[k]
        if k == 0:
            ids.append(complaint(f, c, t, prob, ch))
            tpl = W.AG_LEAD if n >= 3 else W.AG_CASE
            f.add(
                c,
                t + timedelta(minutes=30 if n < 3 else 100),
                "email",
                f.fill(f.pick(tpl, lang), c, ref=ref),
                out=True,
            )
        else:
            t = t + timedelta(hours=f.rng.randrange(4, 40))
            if t.hour >= 22 or t.hour < 7:
                t = t.replace(hour=8) + (timedelta(days=1) if t.hour >= 22 else timedelta())
            tpl = {1: W.AGAIN, 2: W.THIRD, 3: W.FOURTH}[k]
            text = f.pick(tpl, lang).format(ref=ref, p=p, c=c.get("competitor") or COMPETITORS[0])
            if ch == "phone":
                text = text.lower().replace(".", "").replace(",", "").replace(":", "")
            ids.append(f.add(c, t, ch, text))
            if ch == "chat":
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    f.fill(f.pick(W.AG_URGENT, lang), c, ref=ref),
                    out=True,
                )
    c.update(booking=ref, problem_event_ids=ids, contacts=n, trouble_starts_at=iso(t0))


def fixed(
    f: Fam, c: dict[str, Any], t: datetime, prob: int, lang2: str | None = None
) -> dict[str, Any]:
    ref = f.case()
    e = complaint(f, c, t, prob, "web")
    lang = lang2 or c["language"]
    f.add(
        c,
        t + timedelta(minutes=25),
        "email",
        f.fill(f.pick(W.AG_CASE, c["language"]), c, ref=ref),
        out=True,
    )
    f.add(
        c, t + timedelta(hours=10), "email", f.fill(f.pick(W.AG_GOOD, lang), c, ref=ref), out=True
    )
    ce = f.add(c, t + timedelta(hours=26), "chat", f.pick(W.CONFIRM, lang).format(ref=ref))
    return {
        "problem": W.PROBLEMS[prob],
        "booking": ref,
        "raised_at": iso(t),
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
    f = Fam(
        "repeat_contacts", "rc", 3, datetime(2026, 5, 25), 10, "the same open problem raised again"
    )
    for i in range(12):
        n = [2, 3, 4][i % 3]
        c = f.person(
            "repeat_contact",
            "repeats",
            lang="es" if i % 3 == 0 else ("it" if i % 3 == 1 else None),
            expected=["repeat_contact"],
            tolerated=REPEAT_TOL,
            problem=W.PROBLEMS[i % 6],
            competitor=COMPETITORS[i % 2] if n >= 3 else None,
        )
        f.happy(c, f.day(0, 7, 12))
        t0 = f.day(1 + i % 4, 8, 19)
        c["trouble_starts_at"] = iso(t0)
        repeat_run(f, c, t0, n, i % 6)
        c["trouble_starts_at"] = iso(t0)
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy(c, f.day(0))
        c["problems"] = [fixed(f, c, f.day(1 + i, 9, 15), i)]
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        c["problems"] = [fixed(f, c, f.day(1, 9, 15), i), fixed(f, c, f.day(6, 9, 15), i + 3)]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in sorted(f.rng.sample(range(10), 7)):
            f.happy(c, f.day(d))
    return f


def slide(
    f: Fam, c: dict[str, Any], d0: int, span: int, langs: list[str] | None = None, nps: bool = False
) -> None:
    ids = []
    comp = COMPETITORS[f.cseq % 2]
    seq = f.rng.choice(W.SLIDE[c["language"]])
    t = f.day(d0, 9, 19)
    for k in range(6):
        lang = langs[k % 2] if langs else c["language"]
        steps = seq if lang == c["language"] else f.rng.choice(W.SLIDE[lang])
        if k:
            t = t + timedelta(hours=max(1, span * 24 // 6) + f.rng.randrange(0, 3))
            if t.hour >= 22 or t.hour < 8:
                t = t.replace(hour=9) + (timedelta(days=1) if t.hour >= 22 else timedelta())
        ch = ["social", "community", "web"][k % 3]
        text = steps[k].format(c=comp)
        ids.append(
            f.add(
                c,
                t,
                ch,
                text,
                kind="review" if ch == "web" else None,
                attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/opiniones"}
                if ch == "web"
                else None,
            )
        )
        if k == 3 and nps:
            c["nps"] = f.rng.randrange(1, 6)
            c["survey_event_id"] = f.add(
                c,
                t + timedelta(hours=3),
                "survey",
                None,
                scores={"nps": c["nps"]},
                attrs={"survey": "nps"},
            )
            c["expected_rules"].append("detractor")
    c.update(
        slide_event_ids=ids,
        competitor=comp,
        trouble_starts_at=f.rows[[r["event_id"] for r in f.rows].index(ids[0])]["occurred_at"],
    )


SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners", "sc", 4, datetime(2026, 6, 29), 32, "slides from a happy baseline, leavers"
    )
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            lang="es" if i < 3 else ("it" if i < 6 else None),
            expected=["sentiment_drop"],
            tolerated=list(SLIDE_TOL),
        )
        for d in sorted(f.rng.sample(range(11), 5)):
            f.add(c, f.day(d), "social", f.pick(W.PRAISE, c["language"]))
        for d in f.rng.sample(range(11), 3):
            f.happy(c, f.day(d))
        slide(f, c, 12 + i % 5, [3, 5, 9][i % 3], nps=i % 2 == 0)
    for i in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            lang=["es", "it", None, "es", "it"][i],
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for d in f.rng.sample(range(16), 4):
            f.happy(c, f.day(d))
        t = f.day(17 + i, 9, 17)
        c["churn_intent_event_id"] = f.add(
            c, t, "email", f.pick(W.CANCEL, c["language"]), subject="Baja / cancel"
        )
        f.add(
            c,
            t + timedelta(hours=2),
            "email",
            f.fill(f.pick(W.AG_SORRY, c["language"]), c),
            out=True,
        )
        tc = t + timedelta(hours=24)
        c["cancellation_event_id"] = f.add(
            c,
            tc,
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/perfil/suscripcion", "product": "Declarra Plus"},
        )
        c.update(churn_at=iso(tc), trouble_starts_at=iso(t))
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in sorted(f.rng.sample(range(32), 8)):
            f.happy(c, f.day(d))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        ids = []
        for k in range(6):
            ids.append(
                f.add(
                    c,
                    f.day(k * 2 + f.rng.randrange(2)),
                    f.rng.choice(["social", "community", "web"]),
                    f.pick(W.GRUMBLE, c["language"]),
                )
            )
        c["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        for d in f.rng.sample(range(16), 4):
            f.happy(c, f.day(d))
        c["sarcasm_event_id"] = f.add(
            c, f.day(17 + f.rng.randrange(11)), "social", f.pick(W.SARCASM, c["language"])
        )
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "qh", 5, datetime(2026, 8, 21), 3, "a calm weekend with night owls")
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(3), f.rng.randrange(2, 4)):
            f.happy(c, f.day(d, 7, 17))
    for i in range(4):
        c = f.person(
            "grumbles_once",
            "grumbles once",
            lang=["es", "it", "es", None][i],
            tolerated=["silence"],
        )
        t = f.day(i % 3, 9, 16)
        f.add(c, t, "web", None, kind="page_view", attrs={"page": "/borrador"})
        ch = "chat" if i < 2 else "web"
        c["grumble_event_id"] = f.add(
            c, t + timedelta(minutes=25), ch, f.pick(W.MILD, c["language"])
        )
        f.add(
            c,
            t + timedelta(minutes=30),
            ch if ch == "chat" else "email",
            f.fill(f.pick(W.ANSWER, c["language"]), c),
            out=True,
        )
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randrange(40, 65))
        for b, off in enumerate([0, 30, 60]):
            for k in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = b0 + timedelta(minutes=off + f.rng.randrange(10))
                c["burst_at"] = iso(b0 + timedelta(minutes=off))
                if k % 2:
                    c["night_event_id"] = f.add(c, t, "social", f.pick(W.NIGHT, c["language"]))
                else:
                    c["night_event_id"] = f.add(c, t, "chat", f.pick(W.NIGHT_Q, c["language"]))
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        f.fill(f.pick(W.NIGHT_A, c["language"]), c),
                        out=True,
                    )
                    f.add(c, t + timedelta(minutes=7), "chat", f.pick(W.THANKS, c["language"]))
                if k == 0 and night < 2:
                    f.happy(c, f.day(night + 1, 9, 17))
    return f


PAIRS = [
    ("es", "it"),
    ("it", "es"),
    ("es", "en"),
    ("it", "fr"),
    ("es", "pt"),
    ("it", "de"),
    ("en", "es"),
    ("fr", "it"),
    ("de", "es"),
    ("pt", "it"),
]


def bilingual() -> Fam:
    f = Fam("bilingual", "bl", 6, datetime(2026, 9, 14), 14, "customers writing in two languages")
    for i in range(12):
        a, b = PAIRS[i % len(PAIRS)]
        c = f.person("happy", "alternates languages", lang=a, languages=[a, b])
        for k, d in enumerate(sorted(f.rng.sample(range(14), 6))):
            c["language"] = (a, b)[k % 2]
            f.happy(c, f.day(d))
        c["language"] = a
    for i in range(5):
        a, b = PAIRS[i]
        c = f.person(
            "repeat_contact",
            "repeats",
            lang=a,
            languages=[a, b],
            expected=["repeat_contact"],
            tolerated=REPEAT_TOL,
            competitor=COMPETITORS[i % 2],
        )
        f.happy(c, f.day(0))
        repeat_run(
            f, c, f.day(2 + i % 3, 9, 18), [2, 2, 3, 3, 4][i], i, lambda k, a=a, b=b: (a, b)[k % 2]
        )
    for i in range(5):
        a, b = PAIRS[i + 5]
        c = f.person(
            "slow_churner",
            "slides",
            lang=a,
            languages=[a, b],
            expected=["sentiment_drop"],
            tolerated=list(SLIDE_TOL),
        )
        for k, d in enumerate(range(6)):
            f.add(c, f.day(d), "social", f.pick(W.PRAISE, (a, b)[k % 2]))
        slide(f, c, 7 + i % 2, [3, 4, 5, 3, 4][i], langs=[a, b])
    for i in range(3):
        a, b = PAIRS[i]
        c = f.person(
            "happy_one_bad_day",
            "one bad day",
            lang=a,
            languages=[a, b],
            tolerated=["silence"],
            bad_day_language=b,
        )
        f.happy(c, f.day(1))
        c["language"] = b
        t = f.day(6, 9, 18)
        c["bad_day_event_id"] = complaint(f, c, t, i, ["email", "email", "chat"][i])
        f.add(
            c,
            t + timedelta(minutes=20),
            "email",
            f.fill(f.pick(W.AG_CASE, b), c, ref=f.case()),
            out=True,
        )
        c["language"] = a
        c.update(bad_day_at=iso(t), trouble_starts_at=iso(t))
        f.happy(c, f.day(11))
    for i in range(2):
        a, b = PAIRS[i + 2]
        c = f.person(
            "resolved_between_contacts", "fixed", lang=a, languages=[a, b], tolerated=["silence"]
        )
        c["problems"] = [fixed(f, c, f.day(3 + i, 9, 15), i + 2, lang2=b)]
    return f


WEEKDAYS = {
    "es": "el miercoles",
    "it": "mercoledi",
    "en": "Wednesday",
    "fr": "mercredi",
    "de": "Mittwoch",
    "pt": "quarta",
}
JOBS = ["office manager", "HR lead", "finance assistant", "owner", "bookkeeper"]
FIRMS = [
    ("Talleres Ruiz", "es"),
    ("Panificio Conti", "it"),
    ("Clinica Dental Sol", "es"),
    ("Studio Greco Architetti", "it"),
    ("Keller Elektro", "de"),
    ("Costa & Filhos", "pt"),
    ("Porter Joinery", "en"),
    ("Boulangerie Faure", "fr"),
    ("Ferreteria Gil", "es"),
    ("Osteria Marino", "it"),
    ("Vogel Gartenbau", "de"),
    ("Agencia Navarro", "es"),
    ("Gallo Trasporti", "it"),
    ("Café Leroy", "fr"),
    ("Santos Digital", "pt"),
]


def office(f: Fam, t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
        t = (
            (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randrange(60))
            if t.hour >= 17 or t.weekday() >= 5
            else t.replace(hour=8)
        )
    return t


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "bb", 7, datetime(2026, 10, 5), 14, "Declarra Empresa accounts")
    b2b_tol = [
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    ]
    for ai, (co, lang) in enumerate(FIRMS):
        acc = f"DCE-{MARKET[lang]}-{4100 + ai * 13}"
        kind = (
            "at_risk" if ai < 5 else ("one_unhappy" if ai < 9 else ("mild" if ai < 12 else "happy"))
        )
        n = [5, 4, 4, 5, 4][ai] if ai < 5 else (3 if ai < 12 else 4)
        unhappy = [4, 3, 3, 4, 3][ai] if ai < 5 else (1 if ai < 9 else 0)
        prob = ai % 4
        a: dict[str, Any] = {
            "company": co,
            "site": "small firm",
            "contacts": n,
            "contact_keys": [],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": W.B2B_PROB[prob] if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": MARKET[lang],
        }
        f.accounts[acc] = a
        t = datetime(2026, 10, 7, 9, 0) + timedelta(minutes=ai * 17)
        ref = f.case()
        first_name = ""
        for k in range(n):
            if k < unhappy and kind == "at_risk":
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lang,
                    account=acc,
                    expected=["detractor"],
                    tolerated=b2b_tol,
                    company=co,
                    role="complainer",
                    job_title=JOBS[k % 5],
                    problem=W.B2B_PROB[prob],
                )
            elif k < unhappy:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lang,
                    account=acc,
                    expected=["detractor"],
                    tolerated=["sentiment_drop", "high_value_at_risk", "silence"],
                    company=co,
                    role="complainer",
                    job_title=JOBS[k % 5],
                    problem=W.B2B_PROB[prob],
                )
            elif kind == "mild" and k < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang=lang,
                    account=acc,
                    tolerated=["silence"],
                    company=co,
                    role="suggests",
                    job_title=JOBS[k % 5],
                )
            else:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    lang=lang,
                    account=acc,
                    company=co,
                    role="contact",
                    job_title=JOBS[k % 5],
                )
            c["job"] = c["job_title"]
            a["contact_keys"].append(c["identifiers"]["customer_id"])
            p = W.B2B_P[lang][prob]
            if c["role"] == "complainer":
                a["unhappy_contact_keys"].append(c["identifiers"]["customer_id"])
                f.add(
                    c,
                    office(f, datetime(2026, 10, 5, 10) + timedelta(minutes=k * 41 + ai * 7)),
                    "chat",
                    f.pick(W.B2B_ROUTINE_Q, lang),
                )
                if kind == "at_risk":
                    tk = office(f, t + timedelta(hours=k * f.rng.randrange(8, 28)))
                    if k == 0:
                        e = f.add(
                            c,
                            tk,
                            "email",
                            f.fill(f.pick(W.B2B_FIRST, lang), c, p=p, co=co, j=c["job_title"]),
                            subject=co,
                        )
                        f.add(
                            c,
                            tk + timedelta(minutes=30),
                            "email",
                            f.fill(f.pick(W.AG_CASE, lang), c, ref=ref),
                            out=True,
                        )
                        first_name = f.nm(c)
                        a["trouble_starts_at"] = iso(tk)
                    else:
                        e = f.add(
                            c,
                            tk,
                            "email",
                            f.fill(
                                f.pick(W.B2B_LATER, lang),
                                c,
                                p=p,
                                co=co,
                                f=first_name,
                                d=WEEKDAYS[lang],
                                ref=ref,
                            ),
                        )
                    ids = [e]
                    c["nps"] = f.rng.randrange(1, 6)
                    c["survey_event_id"] = f.add(
                        c,
                        tk + timedelta(hours=2),
                        "survey",
                        None,
                        scores={"nps": c["nps"]},
                        attrs={"survey": "nps"},
                    )
                    if k == unhappy - 1:
                        tl = office(f, tk + timedelta(hours=f.rng.randrange(18, 40)))
                        if ai == 0:
                            ids.append(
                                f.add(
                                    c,
                                    tl,
                                    "email",
                                    W.B2B_LAST_MAIL[lang][0].format(ref=ref, c=COMPETITORS[0]),
                                )
                            )
                        else:
                            ids.append(
                                f.add(c, tl, "phone", W.B2B_LAST_CALL[lang][0].format(ref=ref))
                            )
                        c["expected_rules"].append("repeat_contact")
                    c.update(complaint_event_ids=ids, trouble_starts_at=iso(tk))
                else:
                    tk = office(f, datetime(2026, 10, 8 + ai - 5, 10, 15))
                    e = f.add(
                        c,
                        tk,
                        "email",
                        f.fill(f.pick(W.B2B_FIRST, lang), c, p=p, co=co, j=c["job_title"]),
                        subject=co,
                    )
                    f.add(
                        c,
                        tk + timedelta(minutes=40),
                        "email",
                        f.fill(f.pick(W.AG_CASE, lang), c, ref=f.case()),
                        out=True,
                    )
                    c["nps"] = f.rng.randrange(1, 6)
                    c["survey_event_id"] = f.add(
                        c,
                        tk + timedelta(hours=2),
                        "survey",
                        None,
                        scores={"nps": c["nps"]},
                        attrs={"survey": "nps"},
                    )
                    c.update(complaint_event_ids=[e], trouble_starts_at=iso(tk))
            elif c["role"] == "suggests":
                tk = office(f, datetime(2026, 10, 9, 11) + timedelta(days=k * 3, minutes=ai * 9))
                c["mild_event_id"] = f.add(
                    c,
                    tk,
                    "web",
                    f.pick(W.B2B_SUGGEST, lang),
                    attrs={"page": "/empresa/sugerencias"},
                )
                f.add(
                    c,
                    tk + timedelta(minutes=50),
                    "email",
                    f.fill(f.pick(W.ANSWER, lang), c),
                    out=True,
                )
            else:
                for d in sorted(f.rng.sample(range(14), 4)):
                    tt = office(f, f.day(d, 8, 16))
                    r = f.rng.randrange(3)
                    if r == 0:
                        f.add(c, tt, "chat", f.pick(W.B2B_ROUTINE_Q, lang))
                        f.add(
                            c,
                            tt + timedelta(minutes=4),
                            "chat",
                            f.fill(f.pick(W.ANSWER, lang), c),
                            out=True,
                        )
                    elif r == 1:
                        f.add(c, tt, "community", f.pick(W.B2B_PRAISE, lang))
                    else:
                        f.add(c, tt, "survey", None, scores={"csat": 5}, attrs={"survey": "csat"})
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike", "ts", 8, datetime(2026, 11, 2), 7, "a calm week and one planted incident"
    )
    for _ in range(44):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(6), f.rng.randrange(2, 6)):
            f.happy(c, f.day(d, 8, 19))
    for lang in ("es", "it"):
        c = f.person("grumbles_once", "grumbles once", lang=lang, tolerated=["silence"])
        t = f.day(0, 9, 16)
        c["grumble_event_id"] = f.add(c, t, "chat", W.SPIKE_SLOW[lang][0])
        f.add(c, t + timedelta(minutes=4), "chat", f.fill(f.pick(W.ANSWER, lang), c), out=True)
    for lang, h in (("es", 9), ("it", 16)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = datetime(2026, 11, 6, h, 5)
        c["lone_report_event_id"] = f.add(c, t, "chat", W.LONE_Q[lang][0])
        f.add(c, t + timedelta(minutes=5), "chat", f.fill(W.LONE_A[lang][0], c), out=True)
        c["trouble_starts_at"] = iso(t)
    langs = ["es"] * 6 + ["it"] * 6 + ["en", "en", "fr", "fr", "de", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    s0 = datetime(2026, 11, 7, 7, 50)
    keys, eids, reps = [], [], []
    for i, lang in enumerate(langs):
        t = s0 + timedelta(minutes=round(i * 45 / 19))
        rep = i in (0, 2, 4, 6, 8, 10)
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i % 3 else "new",
            lang=lang,
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
            in_spike=True,
        )
        if i % 3:
            f.happy(c, f.day(2, 8, 17))
        ch = chans[i]
        e = f.add(c, t, ch, f.pick(W.SPIKE, lang))
        c.update(spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t))
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                f.fill(f.pick(W.SPIKE_CHAT_A, lang), c),
                out=True,
            )
        if rep:
            ch2 = "email" if ch != "email" else "community"
            r = f.add(
                c, t + timedelta(minutes=15 + f.rng.randrange(30)), ch2, f.pick(W.SPIKE_AGAIN, lang)
            )
            c["repeat_event_id"] = r
            reps.append(r)
        elif i % 2 and len([k for k in f.customers.values() if k.get("agent_fixed")]) < 6:
            c["agent_fixed"] = True
            f.add(
                c,
                datetime(2026, 11, 7, 11, 5 + i // 2),
                "email",
                f.fill(f.pick(W.SPIKE_FIXED, lang), c, h=SPIKE_HOUR[lang]),
                out=True,
            )
        keys.append(c["identifiers"]["customer_id"])
        eids.append(e)
    f.spike = {
        "topic": "tax-return drafts in the app and web suddenly show a large amount owed instead of the refund shown the day before",
        "about": "Declarra's own fault: a wrong sign in the draft calculation; customers quote the amounts, no error code",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
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
    tot = [0, 0, 0]
    for build in FAMILIES:
        f = build()
        counts = f.write()
        print(f.name, *counts)
        tot = [a + b for a, b in zip(tot, counts, strict=True)]
    print("total", *tot)


if __name__ == "__main__":
    main()
