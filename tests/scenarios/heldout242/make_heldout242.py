"""Build heldout242 (Flexuvo): every <family>.jsonl and <family>.truth.json. Stdlib only."""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from wording import COMPANIES, FIRST, LAST, MARKETS, PAGES, PRODUCTS, W  # noqa: E402

SEED = 20261207
COMPS = ("Zenrapa", "Matvello")
CODE = "LVS-208"
SRC = {
    "email": "flexuvo-mail",
    "phone": "flexuvo-voice",
    "social": "flexuvo-social",
    "community": "flexuvo-forum",
    "chat": "flexuvo-chat",
    "web": "flexuvo-web",
    "survey": "flexuvo-survey",
}
ACC = str.maketrans("äöüéèêàâçíóúñãõìòù", "aoueeeaaciounaoiou")


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.cust: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.cases = 0

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> dict[str, Any]:
        r = self.rng
        key = f"FX{self.code}{len(self.cust) + 1:04d}"
        mk = [m for m in MARKETS[lang] if market is None or m[0] == market] or MARKETS[lang]
        country, prefix = r.choice(mk)
        first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
        slug = f"{first}.{last}".lower().translate(ACC).replace("ç", "c")
        n = len(self.cust) + 1
        dom = (
            f"{account.lower()}.example"
            if account
            else r.choice(["mailbox.example", "post.example", "webmail.example"])
        )
        phone = prefix + "".join(str(r.randrange(10)) for _ in range(12 - len(prefix) + 1))
        ident = {
            "customer_id": key,
            "email": f"{slug}{self.code.lower()}{n}@{dom}",
            "phone": phone,
            "handle": None if account else f"@{slug.replace('.', '_')}{self.code.lower()}{n}",
            "account_id": account,
        }
        c: dict[str, Any] = {
            "identifiers": ident,
            "expected_rules": expected or [],
            "tolerated_rules": tolerated or [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": country,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.cust[key] = c
        return c

    def case(self) -> str:
        self.cases += 1
        return f"FX-{self.code}{self.cases:04d}"

    def text(self, c: dict[str, Any], table: str, lang: str | None = None, **kw: str) -> str:
        lg = lang or c["language"]
        t = self.rng.choice(W[lg][table])
        first = c["name"].split()[0]
        return t.format(name=first, code=CODE, **kw)

    def roughen(self, t: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            t = t.translate(ACC)
        if r.random() < 0.125 and t[:1].isupper():
            t = t[0].lower() + t[1:]
        if r.random() < 1 / 7:
            words = [
                i for i, w in enumerate(t.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = t.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randrange(1, len(w) - 2)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                t = " ".join(parts)
        return t

    def add(
        self,
        c: dict[str, Any],
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"h242-{self.code.lower()}-{self.seq:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text and channel == "social" and not out and "@Flexuvo" not in text:
            text = (
                "@Flexuvo " + text
                if "Flexuvo" not in text
                else text.replace("Flexuvo", "@Flexuvo", 1)
            )
        a = {"market": c["country"]}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Mara", "Ben", "Inés", "Luca", "Zoé", "Nuno"])
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": at,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "_c": c,
                "text": text,
                "subject": subject,
                "scores": sc,
                "source": SRC[channel],
                "attributes": a,
            }
        )
        return eid

    def day(self, d: float, h0: float = 8.0, h1: float = 20.0) -> datetime:
        return self.start + timedelta(days=d, hours=self.rng.uniform(h0, h1))

    def happy_act(self, c: dict[str, Any], at: datetime, lang: str | None = None) -> None:
        r = self.rng
        k = r.randrange(7)
        lg = lang or c["language"]
        if k == 0:
            self.add(c, at, "social", "mention", self.text(c, "praise", lg))
        elif k == 1:
            self.add(
                c, at, "community", "post", self.text(c, r.choice(["praise", "gripe_praise"]), lg)
            )
        elif k == 2:
            self.add(c, at, "chat", "chat", self.text(c, "question", lg))
            self.add(
                c,
                at + timedelta(minutes=r.randint(1, 6)),
                "chat",
                "chat",
                self.text(c, "answer", lg),
                out=True,
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    at + timedelta(minutes=r.randint(8, 12)),
                    "chat",
                    "chat",
                    self.text(c, "thanks", lg),
                )
        elif k == 3:
            self.add(c, at, "web", "page_view", attrs={"page": r.choice(PAGES)})
            p = r.choice(PRODUCTS)
            self.add(
                c,
                at + timedelta(minutes=r.randint(3, 15)),
                "web",
                "purchase",
                attrs={
                    "page": "/checkout",
                    "product": p,
                    "order_value": f"{r.choice([29, 49, 59, 119])}.00",
                    "currency": "GBP"
                    if c["country"] == "UK"
                    else "CHF"
                    if c["country"] == "CH"
                    else "EUR",
                },
            )
        elif k == 4:
            self.add(c, at, "phone", "call", self.text(c, "call_q", lg))
            self.add(
                c,
                at + timedelta(minutes=r.randint(20, 50)),
                "email",
                "message",
                self.text(c, "answer", lg),
                out=True,
            )
        elif k == 5:
            self.add(
                c,
                at,
                "web",
                "review",
                self.text(c, "praise", lg),
                attrs={"rating": "5", "page": "/studios"},
            )
        else:
            self.add(
                c,
                at,
                "survey",
                "survey_response",
                r.choice(W[lg]["survey_word"]) or None,
                scores={"nps": r.choice([9, 10])},
                attrs={"survey": "nps"},
            )

    def happy_days(self, c: dict[str, Any], n: int, d0: float, d1: float) -> None:
        for d in sorted(self.rng.sample(range(int(d0), int(d1)), n)):
            self.happy_act(c, self.day(d))

    def complaint(
        self,
        c: dict[str, Any],
        at: datetime,
        channel: str,
        problem: str,
        long: bool = False,
        lang: str | None = None,
    ) -> tuple[str, str | None]:
        cs = self.case()
        if long:
            eid = self.add(
                c, at, "email", "message", self.text(c, "long", lang), subject="Flexuvo Plus"
            )
        elif channel == "phone":
            eid = self.add(c, at, "phone", "call", self.text(c, "call_problem", lang))
        elif channel == "chat":
            eid = self.add(c, at, "chat", "chat", self.text(c, "problem_" + problem, lang))
            self.add(
                c,
                at + timedelta(minutes=3),
                "chat",
                "chat",
                self.text(c, "case_opened", lang, case=cs),
                out=True,
            )
            return eid, cs
        elif channel == "social":
            return self.add(
                c, at, "social", "mention", self.text(c, "problem_" + problem, lang)
            ), None
        elif channel == "web":
            eid = self.add(
                c,
                at,
                "web",
                "ticket",
                self.text(c, "problem_" + problem, lang),
                attrs={"page": "/contact"},
            )
        else:
            eid = self.add(c, at, "email", "message", self.text(c, "problem_" + problem, lang))
        self.add(
            c,
            at + timedelta(minutes=self.rng.randint(10, 40)),
            "email",
            "message",
            self.text(c, "case_opened", lang, case=cs),
            out=True,
            subject=cs,
        )
        return eid, cs

    def write(self, expected: dict[str, int]) -> tuple[int, int, int]:
        rows = sorted(self.rows, key=lambda x: (x["occurred_at"], x["event_id"]))
        firsts: set[str] = set()
        lines = []
        for row in rows:
            c = row.pop("_c")
            ids = dict(c["identifiers"])
            key = ids["customer_id"]
            assert row["occurred_at"] < datetime(2026, 11, 15, tzinfo=UTC)
            if row["direction"] == "outbound" or key not in firsts:
                if row["direction"] == "inbound":
                    firsts.add(key)
                cust = ids
            else:
                ch = row["channel"]
                cust = {k: None for k in ids}
                if ch == "phone":
                    cust["phone"] = ids["phone"]
                elif ch in ("social", "community"):
                    cust["handle" if ids["handle"] else "email"] = ids["handle"] or ids["email"]
                elif ch == "email":
                    cust["email"] = ids["email"]
                else:
                    cust["customer_id"] = key
                cust["account_id"] = ids["account_id"]
            row["customer"] = cust
            row["occurred_at"] = row["occurred_at"].strftime("%Y-%m-%dT%H:%M:%SZ")
            lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
        for c in self.cust.values():
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"])
        got: dict[str, int] = {}
        for c in list(self.cust.values()) + list(self.accounts.values()):
            for rule in c["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        assert got == expected, (self.name, got, expected)
        end = self.start + timedelta(days=self.days)
        lastrow = rows[-1]["occurred_at"]
        end_s = max(end.strftime("%Y-%m-%dT%H:%M:%SZ"), lastrow)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Flexuvo (yoga and pilates studios, Flexuvo Plus, Flexuvo Business)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": expected,
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end_s,
            "customers": self.cust,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.cust), len(rows), sum(1 for r in rows if r["direction"] == "outbound")


def lang(r: random.Random) -> str:
    return r.choices(["de", "en", "fr", "it", "pt", "es"], [30, 30, 10, 10, 10, 10])[0]


def t0(y: int, m: int, d: int, wd: int) -> datetime:
    s = datetime(2026, m, d, tzinfo=UTC)
    assert s.weekday() == wd
    return s


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, t0(2026, 3, 9, 0), 10, "happy writers, day and night")
    for _ in range(20):
        f.happy_days(f.person(lang(f.rng), "happy", "day writer"), f.rng.randint(5, 8), 0, 10)
    for _ in range(6):
        c = f.person(lang(f.rng), "happy", "night writer")
        for d in f.rng.sample(range(9), 3):
            at = f.start + timedelta(days=d, hours=22.2 + f.rng.uniform(0, 6))
            if f.rng.random() < 0.5:
                f.add(c, at, "social", "post", f.text(c, "night"))
            else:
                f.add(c, at, "chat", "chat", f.text(c, "night_q"))
                f.add(c, at + timedelta(minutes=3), "chat", "chat", f.text(c, "answer"), out=True)
        f.happy_days(c, 2, 0, 10)
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, t0(2026, 4, 13, 0), 12, "happy customers with one bad day")
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    for i, ch in enumerate(chans):
        det = i % 4 == 0 and ch != "social"
        lg = ("de" if i % 2 else "en") if ch == "long" else lang(f.rng)
        c = f.person(
            lg,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
        )
        bd = 2 + i % 8
        at = f.day(bd, 8, 20)
        for d in f.rng.sample(
            [x for x in range(12) if x < bd - 1 or x > bd + 2], f.rng.randint(2, 4)
        ):
            f.happy_act(c, f.day(d)) if not det else f.add(
                c, f.day(d), "community", "post", f.text(c, "praise")
            )
        prob = ["double_charge", "no_refund", "cancelled"][i % 3]
        eid, cs = f.complaint(c, at, "email" if ch == "long" else ch, prob, long=ch == "long")
        c.update(
            problem=prob,
            bad_day_at=at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            bad_day_event_id=eid,
            booking=cs,
            long_email=ch == "long",
        )
        if det:
            c["survey_event_id"] = f.add(
                c,
                at + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
        elif cs and i % 3 == 1:
            f.add(
                c,
                at + timedelta(hours=f.rng.uniform(1, 4)),
                "email",
                "message",
                f.text(c, "good_news", case=cs),
                out=True,
                subject=cs,
            )
            c["apology_event_id"] = f.add(
                c, at + timedelta(hours=f.rng.uniform(16, 24)), "chat", "chat", f.text(c, "apology")
            )
    for _ in range(8):
        f.happy_days(f.person(lang(f.rng), "happy", "control"), f.rng.randint(4, 7), 0, 12)
    return f


def repeat_run(f: Fam, c: dict[str, Any], d: float, n: int, lang_seq: list[str]) -> None:
    r = f.rng
    at = f.day(d, 8, 18)
    chans = ["web", "email", "chat", "phone", "social"]
    first = r.choice(chans[:3])
    prob = r.choice(["double_charge", "no_refund", "cancelled"])
    eid, cs = f.complaint(c, at, first, prob, lang=lang_seq[0])
    start = at
    ids = [eid]
    later = [x for x in chans if x != first]
    r.shuffle(later)
    comp = r.choice(COMPS)
    if n >= 3:
        f.add(
            c,
            at + timedelta(hours=2),
            "email",
            "message",
            f.text(c, "quality_lead", lang_seq[0], case=cs or ""),
            out=True,
            subject=cs,
        )
    for k in range(1, n):
        at = at + timedelta(hours=r.uniform(4, 40))
        if at.hour >= 22 or at.hour < 7:
            at = at.replace(hour=8, minute=r.randint(0, 59)) + (
                timedelta(days=1) if at.hour >= 22 else timedelta()
            )
        lg = lang_seq[k % len(lang_seq)]
        tab = "repeat" if k == 1 else "repeat3" if k == 2 else "repeat4"
        ch = later[k - 1]
        kind = {
            "web": "ticket",
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "social": "mention",
        }[ch]
        txt = f.text(c, tab, lg, case=cs or "", comp=comp)
        if ch == "phone":
            txt = txt.lower().replace(".", "").replace(",", "").replace(":", "")
        ids.append(f.add(c, at, ch, kind, txt, attrs={"page": "/contact"} if ch == "web" else None))
        if ch == "chat":
            f.add(
                c,
                at + timedelta(minutes=2),
                "chat",
                "chat",
                f.text(c, "urgent", lg, case=cs or ""),
                out=True,
            )
    c.update(
        problem=prob,
        booking=cs,
        contacts=n,
        problem_event_ids=ids,
        competitor=comp if n >= 3 else None,
        trouble_starts_at=start.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )


def fixed_run(f: Fam, c: dict[str, Any], d: float, lang2: str | None = None) -> None:
    at = f.day(d, 8, 17)
    prob = f.rng.choice(["double_charge", "no_refund", "cancelled"])
    eid, cs = f.complaint(c, at, "web", prob)
    g = at + timedelta(hours=f.rng.uniform(3, 20))
    f.add(
        c, g, "email", "message", f.text(c, "good_news", lang2, case=cs or ""), out=True, subject=cs
    )
    conf = f.add(
        c,
        g + timedelta(hours=f.rng.uniform(8, 30)),
        "chat",
        "chat",
        f.text(c, "confirm", lang2, case=cs or ""),
    )
    c.setdefault("problems", []).append(
        {"problem": prob, "booking": cs, "problem_event_ids": [eid], "confirm_event_id": conf}
    )


REP_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        t0(2026, 5, 18, 0),
        10,
        "repeat contacts, fixed cases, frequent writers",
    )
    for i in range(12):
        c = f.person(lang(f.rng), "repeat_contact", "repeats", ["repeat_contact"], REP_TOL)
        f.happy_act(c, f.day(0, 7, 12))
        repeat_run(f, c, 1 + i % 4, 2 + i % 3, [c["language"]])
    for _ in range(5):
        c = f.person(lang(f.rng), "resolved_between_contacts", "fixed", [], ["silence"])
        f.happy_act(c, f.day(0))
        fixed_run(f, c, f.rng.randint(1, 4))
    for _ in range(3):
        c = f.person(lang(f.rng), "different_problems", "two problems", [], ["silence"])
        fixed_run(f, c, 1)
        fixed_run(f, c, 5)
    for _ in range(7):
        f.happy_days(f.person(lang(f.rng), "happy", "frequent writer"), f.rng.randint(5, 8), 0, 10)
    return f


def slide(f: Fam, c: dict[str, Any], d0: int, span: int, langs: list[str]) -> list[str]:
    comp = f.rng.choice(COMPS)
    ids = []
    for k in range(6):
        at = f.day(d0 + span * k / 6, 9, 20)
        lg = langs[k % len(langs)]
        txt = W[lg]["slide"][k].format(comp=comp)
        ch = ["social", "community", "web"][k % 3]
        ids.append(
            f.add(
                c,
                at,
                ch,
                "review" if ch == "web" else "post",
                txt,
                attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/studios"}
                if ch == "web"
                else None,
            )
        )
    c.update(
        slide_event_ids=ids,
        competitor=comp,
        trouble_starts_at=f.rows[-6]["occurred_at"].strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        t0(2026, 6, 22, 0),
        32,
        "slow churners, leavers, steady, grumpy, sarcastic",
    )
    for i in range(10):
        det = i < 5
        c = f.person(
            lang(f.rng),
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if det else []),
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for d in f.rng.sample(range(11), 6):
            f.add(c, f.day(d), "social", "post", f.text(c, "praise")) if d % 2 else f.happy_act(
                c, f.day(d)
            )
        ids = slide(f, c, 12 + i % 5, [3, 5, 9][i % 3], [c["language"]])
        if det:
            at = next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[3])
            c["survey_event_id"] = f.add(
                c,
                at + timedelta(hours=3),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
    for i in range(5):
        c = f.person(
            lang(f.rng),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.happy_days(c, 4, 0, 15)
        at = f.day(17 + i, 9, 16)
        c["churn_intent_event_id"] = f.add(c, at, "email", "message", f.text(c, "churn"))
        f.add(c, at + timedelta(hours=2), "email", "message", f.text(c, "sorry_go"), out=True)
        c["cancellation_event_id"] = f.add(
            c,
            at + timedelta(hours=24),
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Flexuvo Plus monthly"},
        )
    for _ in range(6):
        f.happy_days(f.person(lang(f.rng), "happy", "steady"), f.rng.randint(6, 9), 0, 32)
    for _ in range(5):
        c = f.person(lang(f.rng), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        c["grumble_event_ids"] = [
            f.add(c, f.day(d), "community", "post", f.text(c, "grumble")) for d in range(2, 20, 3)
        ]
    for _ in range(5):
        c = f.person(lang(f.rng), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        f.happy_days(c, 4, 0, 16)
        c["sarcasm_event_id"] = f.add(
            c, f.day(f.rng.randint(17, 28)), "social", "post", f.text(c, "sarcasm")
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours", "QH", 5, t0(2026, 8, 14, 4), 3, "a calm weekend with night owls in bursts"
    )
    for _ in range(16):
        c = f.person(lang(f.rng), "happy", "day writer")
        for d in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy_act(c, f.day(d, 7, 17.5))
    for i in range(4):
        c = f.person(lang(f.rng), "grumbles_once", "grumbles once", [], ["silence"])
        at = f.day(i % 3, 9, 16)
        f.add(c, at, "web", "page_view", attrs={"page": "/timetable"})
        c["grumble_event_id"] = f.add(
            c, at + timedelta(minutes=25), "chat", "chat", f.text(c, "grumble")
        )
        f.add(c, at + timedelta(minutes=28), "chat", "chat", f.text(c, "answer"), out=True)
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            for _ in range(4):
                c = f.person(lang(f.rng), "night_owl", f"night {night + 1}, burst {b + 1}")
                at = b0 + timedelta(minutes=off + f.rng.uniform(0, 9))
                if f.rng.random() < 0.5:
                    c["night_event_id"] = f.add(c, at, "social", "post", f.text(c, "night"))
                else:
                    c["night_event_id"] = f.add(c, at, "chat", "chat", f.text(c, "night_q"))
                    f.add(
                        c, at + timedelta(minutes=3), "chat", "chat", f.text(c, "answer"), out=True
                    )
                    f.add(c, at + timedelta(minutes=6), "chat", "chat", f.text(c, "thanks"))
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.day(f.rng.randint(0, 2), 9, 17.5))
    return f


PAIRS = [
    ("de", "en"),
    ("en", "de"),
    ("de", "fr"),
    ("es", "en"),
    ("it", "de"),
    ("pt", "en"),
    ("en", "es"),
    ("fr", "en"),
    ("de", "it"),
    ("en", "pt"),
]


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, t0(2026, 9, 7, 0), 14, "customers writing in two languages")
    pairs = [PAIRS[i % len(PAIRS)] for i in range(27)]
    k = 0
    for _ in range(12):
        a, b = pairs[k]
        k += 1
        c = f.person(a, "happy", "alternates languages")
        c["languages"] = [a, b]
        for j, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            f.happy_act(c, f.day(d), [a, b][j % 2])
    for i in range(5):
        a, b = pairs[k]
        k += 1
        c = f.person(a, "repeat_contact", "repeats", ["repeat_contact"], REP_TOL)
        c["languages"] = [a, b]
        f.happy_act(c, f.day(0))
        repeat_run(f, c, 2 + i % 3, 2 + i % 3, [a, b])
    for _ in range(5):
        a, b = pairs[k]
        k += 1
        c = f.person(
            a,
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
        c["languages"] = [a, b]
        for j in range(5):
            f.add(c, f.day(j), "social", "post", f.text(c, "praise", [a, b][j % 2]))
        slide(f, c, 7, 4, [a, b])
    for i in range(3):
        a, b = pairs[k]
        k += 1
        c = f.person(a, "happy_one_bad_day", "one bad day", [], ["silence"])
        c["languages"] = [a, b]
        f.happy_days(c, 3, 0, 5)
        eid, cs = f.complaint(
            c, f.day(8), ["email", "email", "chat"][i], "double_charge", long=i == 0, lang=b
        )
        c.update(bad_day_event_id=eid, bad_day_language=b, booking=cs)
    for _ in range(2):
        a, b = pairs[k]
        k += 1
        c = f.person(a, "resolved_between_contacts", "fixed", [], ["silence"])
        c["languages"] = [a, b]
        fixed_run(f, c, 3, b)
    return f


B2B_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
DAYNAME = {
    "de": "gestern",
    "en": "yesterday",
    "fr": "hier",
    "it": "ieri",
    "pt": "ontem",
    "es": "ayer",
}


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts", "BB", 7, t0(2026, 10, 12, 0), 14, "company accounts of Flexuvo Business"
    )
    sizes = [4, 4, 4, 5, 5, 4, 4, 4, 4, 3, 3, 3, 3, 3, 2]
    langs = [
        "de",
        "de",
        "en",
        "de",
        "en",
        "de",
        "en",
        "fr",
        "es",
        "it",
        "pt",
        "de",
        "en",
        "de",
        "en",
    ]
    for a, (size, lg) in enumerate(zip(sizes, langs, strict=True)):
        acc = f"FXB-{a + 1:04d}"
        kind = "at_risk" if a < 5 else "one_unhappy" if a < 9 else "mild" if a < 12 else "happy"
        keys, unhappy = [], []
        comp = f.rng.choice(COMPS)
        cs = ""
        first = ""
        for j in range(size):
            complainer = (kind == "at_risk" and j < 3) or (kind == "one_unhappy" and j == 0)
            last = kind == "at_risk" and j == 2
            persona = (
                "b2b_unhappy"
                if kind == "at_risk" and complainer
                else "b2b_one_unhappy"
                if complainer
                else "b2b_mild"
                if kind == "mild" and j < 2
                else "b2b_happy"
            )
            exp = ["detractor"] if complainer and not last else []
            if last:
                exp = ["repeat_contact"]
            tol = (
                B2B_TOL
                if kind == "at_risk" and complainer
                else ["sentiment_drop", "high_value_at_risk", "silence"]
                if complainer
                else ["silence"]
                if persona == "b2b_mild"
                else []
            )
            c = f.person(
                lg,
                persona,
                "complainer" if complainer else "suggests" if persona == "b2b_mild" else "contact",
                exp,
                [t for t in tol if t not in exp],
                account=acc,
            )
            c.update(company=COMPANIES[a], role=c["habit"])
            keys.append(c["identifiers"]["customer_id"])
            f.add(
                c,
                t0(2026, 10, 12, 0) + timedelta(days=j % 2, hours=f.rng.uniform(8, 16.5)),
                "chat",
                "chat",
                f.text(c, "b2b_routine"),
            )
            f.add(
                c,
                f.rows[-1]["occurred_at"] + timedelta(minutes=4),
                "chat",
                "chat",
                f.text(c, "answer"),
                out=True,
            )
            if complainer:
                unhappy.append(keys[-1])
                at = f.start + timedelta(
                    days=2 + j if kind == "at_risk" else 3 + a % 4, hours=f.rng.uniform(8.5, 15)
                )
                if j == 0:
                    eid = f.add(
                        c, at, "email", "message", f.text(c, "b2b_complaint"), subject="Invoice"
                    )
                    cs = f.case()
                    first = c["name"].split()[0]
                    f.add(
                        c,
                        at + timedelta(minutes=30),
                        "email",
                        "message",
                        f.text(c, "case_opened", case=cs),
                        out=True,
                        subject=cs,
                    )
                else:
                    eid = f.add(
                        c,
                        at,
                        "email",
                        "message",
                        f.text(c, "b2b_again", first=first, day=DAYNAME[lg], case=cs),
                        subject=cs,
                    )
                ids = [eid]
                if not last:
                    c["survey_event_id"] = f.add(
                        c,
                        at + timedelta(hours=2),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                else:
                    at2 = at + timedelta(hours=24)
                    if a % 2:
                        ids.append(
                            f.add(
                                c,
                                at2,
                                "email",
                                "message",
                                f.text(c, "b2b_last", case=cs, comp=comp),
                                subject=cs,
                            )
                        )
                    else:
                        ids.append(
                            f.add(c, at2, "phone", "call", f.text(c, "b2b_call_last", case=cs))
                        )
                c.update(problem="invoice", booking=cs, complaint_event_ids=ids)
            elif persona == "b2b_mild":
                c["mild_event_id"] = f.add(
                    c,
                    f.day(4 + j, 9, 15),
                    "web",
                    "ticket",
                    f.text(c, "b2b_suggest"),
                    attrs={"page": "/business/contact"},
                )
                f.add(
                    c,
                    f.rows[-1]["occurred_at"] + timedelta(minutes=40),
                    "email",
                    "message",
                    f.text(c, "form_ack"),
                    out=True,
                )
            else:
                for d in (3, 7, 10):
                    f.add(
                        c,
                        f.day(d, 8, 16),
                        "survey",
                        "survey_response",
                        None,
                        scores={"csat": f.rng.choice([4, 5])},
                        attrs={"survey": "csat"},
                    )
        f.accounts[acc] = {
            "company": COMPANIES[a],
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": "invoice" if kind == "at_risk" else None,
            "language": lg,
            "country": f.cust[keys[0]]["country"],
        }
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, t0(2026, 11, 2, 0), 7, "a calm week and the planted incident")
    for _ in range(40):
        c = f.person(lang(f.rng), "happy", "day writer")
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy_act(c, f.day(d, 8, 19) if d != 5 else f.day(d, 12, 19))
    for _ in range(2):
        c = f.person(lang(f.rng), "grumbles_once", "grumbles once", [], ["silence"])
        c["grumble_event_id"] = f.add(c, f.day(0, 9, 16), "chat", "chat", f.text(c, "grumble"))
        f.add(
            c,
            f.rows[-1]["occurred_at"] + timedelta(minutes=3),
            "chat",
            "chat",
            f.text(c, "answer"),
            out=True,
        )
    for lg, h in (("en", 9.6), ("de", 16.1)):
        c = f.person(lg, "grumbles_once", "lone question", [], ["silence"])
        c["lone_report_event_id"] = f.add(
            c, f.start + timedelta(days=4, hours=h), "chat", "chat", f.text(c, "lone_q")
        )
        f.add(
            c,
            f.start + timedelta(days=4, hours=h, minutes=4),
            "chat",
            "chat",
            f.text(c, "lone_a"),
            out=True,
        )
    s0 = f.start + timedelta(days=5, hours=8, minutes=5)
    langs = ["de"] * 6 + ["en"] * 6 + ["fr", "fr", "it", "it", "pt", "es", "es", "pt"]
    chans = ["social", "chat", "community", "email", "web"] * 4
    keys, eids, reps = [], [], []
    for i, lg in enumerate(langs):
        rep = i < 6
        c = f.person(
            lg,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i % 2 else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if i % 2:
            f.happy_act(c, f.day(2, 8, 17.5))
        at = s0 + timedelta(
            minutes=0 if i == 0 else 45 if i == 19 else 2 * i + f.rng.uniform(0, 1.5)
        )
        ch = chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = f.add(
            c, at, ch, kind, f.text(c, "spike"), attrs={"page": "/live"} if ch == "web" else None
        )
        if ch == "chat":
            f.add(c, at + timedelta(minutes=2), "chat", "chat", f.text(c, "spike_agent"), out=True)
        keys.append(c["identifiers"]["customer_id"])
        eids.append(eid)
        c.update(in_spike=True, spike_event_id=eid, spike_channel=ch, regular=bool(i % 2))
        if rep:
            ch2 = {
                "social": "email",
                "chat": "community",
                "community": "chat",
                "email": "chat",
                "web": "email",
            }[ch]
            r2 = f.add(
                c,
                at + timedelta(minutes=f.rng.randint(15, 50)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.text(c, "spike_again"),
            )
            reps.append(r2)
            c["repeat_event_id"] = r2
        elif i in (7, 9, 11, 13, 15, 17):
            f.add(
                c,
                s0 + timedelta(hours=3, minutes=40 + i),
                "email",
                "message",
                f.text(
                    c,
                    "spike_fixed",
                    time="12:40" if c["country"] not in ("UK", "IE", "PT") else "11:40",
                ),
                out=True,
            )
            c["agent_fixed"] = True
    f.spike = {
        "topic": f"yoga studio live-stream classes fail to start for every member, error {CODE}",
        "about": "the planted incident",
        "channel": None,
        "start": "2026-11-07T08:05:00Z",
        "end": "2026-11-07T08:50:00Z",
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


EXPECTED = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 5},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 14, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}


def main() -> None:
    tot = [0, 0, 0]
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
        f = build()
        n = f.write(EXPECTED[f.name])
        print(f.name, *n)
        tot = [a + b for a, b in zip(tot, n, strict=True)]
    print("total", *tot)


if __name__ == "__main__":
    main()
