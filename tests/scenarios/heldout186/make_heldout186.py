# ruff: noqa: E501
"""Build heldout186/ (Brincaldo, children's party entertainers): every family and truth.

Standard library only, fixed seed, one random.Random per family. Run from anywhere.
"""

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

SEED = 20261186
CHANNEL_KIND = {
    "email": "message",
    "phone": "call",
    "chat": "chat",
    "web": "ticket",
    "social": "mention",
    "community": "post",
    "survey": "survey_response",
}
SOURCE = {
    "email": "brincaldo-mail",
    "phone": "brincaldo-voice",
    "chat": "brincaldo-chat",
    "web": "brincaldo-web",
    "social": "brincaldo-social",
    "community": "brincaldo-forum",
    "survey": "brincaldo-survey",
}
CASE_LABEL = {
    "pt": "Processo",
    "fr": "Dossier",
    "en": "Case",
    "de": "Vorgang",
    "it": "Pratica",
    "es": "Incidencia",
}
PROBLEM_LOW = {
    "pt": "o mágico nunca apareceu na festa",
    "fr": "l'animateur n'est jamais venu à la fête",
    "en": "the magician never turned up to the party",
    "de": "der Zauberer nie zur Feier gekommen ist",
    "it": "il mago non è mai arrivato alla festa",
    "es": "el mago nunca llegó a la fiesta",
}
SPIKE_CODE = "ADR-718"


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
    truth: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    rng: Random = field(init=False)
    rough: Random = field(init=False)
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0
    cases: int = 0

    def __post_init__(self) -> None:
        self.rng = Random(SEED * 100 + self.n)
        self.rough = Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def pick(self, table: dict[str, list[str]], lang: str, **slots: str) -> str:
        text = self.rng.choice(table[lang])
        slots.setdefault("brand", W.BRAND)
        for k, v in slots.items():
            text = text.replace("{" + k + "}", v)
        return text

    def case(self) -> str:
        self.cases += 1
        return f"BR-{self.n}{self.cases:04d}{self.rng.randint(10, 99)}"

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        i = len(self.custs) + 1
        key = f"BC{self.code}{i:04d}"
        first = self.rng.choice(W.FIRST[lang])
        last = self.rng.choice(W.LAST[lang])
        base = strip(f"{first}.{last}").lower()
        market, prefix = W.MARKETS[lang]
        email = f"{base}{self.n}{i}@{domain or 'mail' + str(self.rng.randint(1, 4))}.example"
        phone = f"{prefix}{self.rng.randint(10_000_000, 99_999_999)}{self.n}{i:03d}"
        handle = None if account else f"@{base.replace('.', '_')}{self.n}{i}"
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        text: str,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        kind: str | None = None,
    ) -> str:
        self.seq += 1
        eid = f"h186-{self.code.lower()}-{self.seq:05d}"
        if direction == "inbound" and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c.market} | (attrs or {})
        if c.account:
            a["segment"] = "b2b"
        if direction == "outbound":
            a["agent"] = self.rng.choice(["Rita", "Sophie", "Ben", "Anke", "Elisa", "Nuria"])
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": channel,
                "kind": kind or CHANNEL_KIND[channel],
                "direction": direction,
                "_cust": c.key,
                "text": text,
                "subject": subject,
                "scores": scores or {"nps": None, "csat": None, "ces": None},
                "source": SOURCE[channel],
                "attributes": a,
            }
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough.random()
        if r < 0.14:
            words = [w for w in text.split(" ") if len(w) > 4 and w.isalpha() and w.islower()]
            if words:
                w = self.rough.choice(words)
                j = self.rough.randrange(1, len(w) - 2)
                text = text.replace(w, w[:j] + w[j + 1] + w[j] + w[j + 2 :], 1)
        elif r < 0.26 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        elif r < 0.36:
            text = strip(text)
        return text

    # --- common acts -------------------------------------------------------------
    def happy_act(self, c: Cust, t: datetime) -> None:
        r = self.rng.random()
        if r < 0.25:
            self.add(c, t, self.rng.choice(["social", "community"]), self.pick(W.PRAISE, c.lang))
        elif r < 0.4:
            self.add(c, t, "community", self.pick(self.rng.choice([W.AGAIN, W.GRIPE]), c.lang))
        elif r < 0.65:
            self.add(c, t, "chat", self.pick(W.QUESTION, c.lang))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 6)),
                "chat",
                self.pick(W.ANSWER, c.lang),
                "outbound",
            )
            if self.rng.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=self.rng.randint(8, 14)),
                    "chat",
                    self.pick(W.THANKS, c.lang),
                )
        elif r < 0.75:
            self.add(c, t, "phone", self.pick(W.CALL_Q, c.lang))
            self.add(c, t + timedelta(minutes=30), "email", self.pick(W.ANSWER, c.lang), "outbound")
        elif r < 0.92:
            self.add(c, t, "web", "", attrs={"page": "/festas/animadores"}, kind="page_view")
            value = f"{self.rng.randint(90, 320)}.00"
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(4, 20)),
                "web",
                "",
                attrs={
                    "order_value": value,
                    "currency": "GBP" if c.market == "UK" else "EUR",
                    "product": "Magic show 45 min",
                    "page": "/checkout",
                },
                kind="purchase",
            )
        else:
            self.add(
                c,
                t,
                "survey",
                self.pick(W.SURVEY_WORD, c.lang),
                scores={"nps": self.rng.randint(9, 10), "csat": 5, "ces": None},
                attrs={"survey": "nps"},
            )

    def happy_days(
        self, c: Cust, k: int, day0: int, day1: int, h0: float = 8.0, h1: float = 19.0
    ) -> None:
        for d in self.rng.sample(range(day0, day1), min(k, day1 - day0)):
            self.happy_act(c, self.at(d, self.rng.uniform(h0, h1)))

    def expect(self, c: Cust, exp: list[str], tol: list[str]) -> None:
        c.truth["expected_rules"] = exp
        c.truth["tolerated_rules"] = [r for r in tol if r not in exp]

    def repeat_run(
        self,
        c: Cust,
        day: float,
        times: int,
        fix: bool = False,
        passed: bool = False,
        langs: tuple[str, ...] = (),
    ) -> list[str]:
        lang = c.lang
        case = self.case()
        t = self.at(day, self.rng.uniform(8, 18))
        first_ch = self.rng.choice(["web", "email", "chat"])
        problem = self.rng.choice(W.PROBLEMS)
        ids = [self.add(c, t, first_ch, self.pick(W.COMPLAINT[problem], lang))]
        reply_ch = "chat" if first_ch == "chat" else "email"
        self.add(
            c,
            t + timedelta(minutes=self.rng.randint(10, 40)),
            reply_ch,
            self.pick(W.CASE_OPENED, lang, case=case),
            "outbound",
            subject=f"{CASE_LABEL[lang]} {case}",
        )
        if passed:
            self.add(
                c,
                t + timedelta(hours=2),
                "email",
                self.pick(W.ESCALATED, lang, case=case),
                "outbound",
                subject=f"{CASE_LABEL[lang]} {case}",
            )
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "trouble_starts_at": iso(t),
                "agent_passed_on": passed,
            }
        )
        if fix:
            g = t + timedelta(hours=self.rng.uniform(3, 20))
            self.add(
                c,
                morning(g),
                "email",
                self.pick(W.GOODNEWS, lang, case=case),
                "outbound",
                subject=f"{CASE_LABEL[lang]} {case}",
            )
            conf_lang = langs[1] if langs else lang
            cid = self.add(
                c,
                morning(g + timedelta(hours=self.rng.uniform(8, 30))),
                self.rng.choice(["email", "chat"]),
                self.pick(W.CONFIRM, conf_lang, case=case),
            )
            c.truth.update({"confirm_event_id": cid, "problem_event_ids": ids})
            return ids
        chans = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_ch]
        self.rng.shuffle(chans)
        for k in range(1, times):
            t = morning(t + timedelta(hours=self.rng.uniform(4, 40)))
            lg = langs[k % 2] if langs else lang
            table = W.THIRD if k == 2 else W.FOURTH if k == 3 else W.REPEAT
            ch = chans[k - 1]
            text = self.pick(table, lg, case=case, comp=self.rng.choice(W.COMPETITORS))
            if ch == "phone":
                text = strip(text).lower().replace(".", "").replace(",", "").replace(":", "")
            ids.append(
                self.add(
                    c,
                    t,
                    ch,
                    text,
                    subject=f"RE: {CASE_LABEL[lg]} {case}" if ch == "email" else None,
                )
            )
            if ch == "chat":
                self.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    self.pick(W.URGENT, lg, case=case),
                    "outbound",
                )
        c.truth.update({"problem_event_ids": ids, "contacts": times})
        return ids

    def slide(self, c: Cust, day: int, span: int, langs: tuple[str, ...] = ()) -> list[str]:
        ids: list[str] = []
        t = self.at(day, self.rng.uniform(9, 12))
        comp = self.rng.choice(W.COMPETITORS)
        for k in range(6):
            lg = langs[k % 2] if langs else c.lang
            text = W.SLIDE[lg][k].replace("{comp}", comp)
            ch = self.rng.choice(["social", "community"])
            if k >= 2 and self.rng.random() < 0.4:
                ids.append(
                    self.add(
                        c,
                        t,
                        "web",
                        text,
                        attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/avaliacoes"},
                        kind="review",
                    )
                )
            else:
                ids.append(self.add(c, t, ch, self.roughen_brand(text, ch)))
            t = morning(t + timedelta(hours=max(1.0, span * 24 / 6 * self.rng.uniform(0.7, 1.1))))
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": span,
                "competitor": comp,
                "trouble_starts_at": self.rows[-6]["occurred_at"],
            }
        )
        return ids

    def roughen_brand(self, text: str, ch: str) -> str:
        return text if ch != "social" or "Brincaldo" in text else "@Brincaldo " + text

    def write(self, out: Path, about: str, expected: dict[str, int]) -> tuple[int, int, int]:
        rows = sorted(self.rows, key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        lines = []
        for r in rows:
            c = self.custs[r.pop("_cust")]
            full = r["direction"] == "outbound" or c.key not in seen
            if r["direction"] == "inbound":
                seen.add(c.key)
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            ch = r["channel"]
            if full:
                ref |= {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": c.handle,
                }
            elif ch == "phone":
                ref["phone"] = c.phone
            elif ch == "email":
                ref["email"] = c.email
            elif ch in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle
                else:
                    ref["email"] = c.email
            else:
                ref["customer_id"] = c.key
            r["customer"] = ref
            if not r["text"]:
                r["text"] = None
            lines.append(json.dumps(r, ensure_ascii=False, sort_keys=True))
        assert all(r["occurred_at"] < "2026-11-15" for r in rows)
        end = max(
            self.start + timedelta(days=self.days),
            datetime.fromisoformat(rows[-1]["occurred_at"].replace("Z", "+00:00"))
            + timedelta(hours=1),
        )
        counted: dict[str, int] = {}
        for c in self.custs.values():
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            for rule in c.truth["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if self.spike:
            counted["topic_spike"] = counted.get("topic_spike", 0) + 1
        assert counted == expected, (self.name, counted, expected)
        truth = {
            "config": {
                "family": self.name,
                "about": about,
                "business": "Brincaldo, children's party entertainers",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-06",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (out / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (out / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(rows), sum(1 for r in rows if r["direction"] == "outbound")


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def morning(t: datetime) -> datetime:
    """Moves a time out of 22:00-07:00 UTC to 08:00-09:00."""
    if t.hour >= 22:
        return t.replace(hour=8, minute=t.minute % 60) + timedelta(days=1)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def lang_of(f: Fam) -> str:
    return f.rng.choices(W.LANGS, weights=[30, 30, 10, 10, 10, 10])[0]


def happy_writers(f: Fam) -> dict[str, int]:
    for _ in range(16):
        c = f.person(lang_of(f), "happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, 10)
    for _ in range(5):
        c = f.person(lang_of(f), "happy", "night writer")
        for d in f.rng.sample(range(0, 9), 3):
            t = f.at(d, 22.2 + f.rng.uniform(0, 1.5))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", f.roughen_brand(f.pick(W.NIGHT_POST, c.lang), "social"))
            else:
                f.add(c, t, "chat", f.pick(W.NIGHT_Q, c.lang))
                f.add(c, t + timedelta(minutes=4), "chat", f.pick(W.ANSWER, c.lang), "outbound")
                f.add(c, t + timedelta(minutes=9), "chat", f.pick(W.THANKS, c.lang))
        f.happy_days(c, 2, 0, 10, 9, 18)
    for _ in range(5):
        c = f.person(lang_of(f), "happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.add(
                c,
                f.at(d, f.rng.uniform(8, 20)),
                "survey",
                f.pick(W.SURVEY_WORD, c.lang),
                scores={"nps": f.rng.randint(9, 10), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
    return {}


def one_bad_day(f: Fam) -> dict[str, int]:
    channels = (
        ["letter"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    f.rng.shuffle(channels)
    det = 0
    for i, how in enumerate(channels):
        c = f.person(lang_of(f), "happy_one_bad_day", "one bad day")
        day = 2 + i % 8
        f.happy_days(c, f.rng.randint(1, 4), 0, max(1, day - 1))
        t = f.at(day, f.rng.uniform(8, 20))
        problem = W.PROBLEMS[i % 6]
        text = f.pick(W.COMPLAINT[problem], c.lang)
        case = f.case() if how != "social" else None
        ch = "email" if how == "letter" else how
        if how == "letter":
            text = f.pick(W.LETTER, c.lang, problem=text)
        elif how == "phone":
            text = W.CALL_COMPLAINT[c.lang][0].replace("{problem_low}", PROBLEM_LOW[c.lang])
        elif how == "social":
            text = f.roughen_brand(text, "social")
        eid = f.add(
            c,
            t,
            ch,
            text,
            subject=(
                "Reclamação" if c.lang == "pt" else "Réclamation" if c.lang == "fr" else "Complaint"
            )
            if ch == "email"
            else None,
        )
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "booking": case,
                "long_email": how == "letter",
            }
        )
        tol = ["silence"]
        if case:
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "chat" if ch == "chat" else "email",
                f.pick(W.CASE_OPENED, c.lang, case=case),
                "outbound",
            )
            if det < 6:
                det += 1
                nps = f.rng.randint(1, 5)
                sid = f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(100, 140)),
                    "survey",
                    f.pick(W.LOW_WORD, c.lang),
                    scores={"nps": nps, "csat": None, "ces": None},
                    attrs={"survey": "nps"},
                )
                c.truth.update(
                    {
                        "persona": "bad_day_detractor",
                        "nps_given": True,
                        "nps": nps,
                        "survey_event_id": sid,
                    }
                )
                f.expect(c, ["detractor"], tol)
                continue
            if f.rng.random() < 0.6:
                g = morning(t + timedelta(hours=f.rng.uniform(1, 4)))
                f.add(c, g, "email", f.pick(W.GOODNEWS, c.lang, case=case), "outbound")
                if f.rng.random() < 0.5:
                    aid = f.add(
                        c,
                        morning(t + timedelta(hours=f.rng.uniform(16, 24))),
                        "chat",
                        f.pick(W.APOLOGY, c.lang),
                    )
                    c.truth.update({"apologised": True, "apology_event_id": aid})
        f.expect(c, [], tol)
        f.happy_days(c, 1, min(day + 3, 11), 12)
    for _ in range(8):
        c = f.person(lang_of(f), "happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), 0, 12)
    return {"detractor": 6}


REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def repeat_contacts(f: Fam) -> dict[str, int]:
    for i in range(12):
        c = f.person(lang_of(f), "repeat_contact", "repeats")
        f.happy_days(c, f.rng.randint(1, 2), 0, 1, 7, 12)
        f.repeat_run(c, 1 + i % 4, 2 + i % 3, passed=i % 2 == 0)
        f.expect(c, ["repeat_contact"], REPEAT_TOL)
    for _ in range(5):
        c = f.person(lang_of(f), "resolved_between_contacts", "fixed")
        f.happy_days(c, 1, 0, 1)
        f.repeat_run(c, f.rng.randint(1, 4), 1, fix=True)
        f.expect(c, [], ["silence"])
    for _ in range(3):
        c = f.person(lang_of(f), "different_problems", "two problems")
        f.repeat_run(c, 1, 1, fix=True)
        first = dict(c.truth)
        f.repeat_run(c, 6, 1, fix=True)
        c.truth["problems"] = [first.get("booking"), c.truth.get("booking")]
        f.expect(c, [], ["silence"])
    for _ in range(7):
        c = f.person(lang_of(f), "happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, 10)
    return {"repeat_contact": 12}


def slow_churners(f: Fam) -> dict[str, int]:
    for i in range(10):
        c = f.person(lang_of(f), "slow_churner", "slides")
        for d in f.rng.sample(range(0, 11), 4):
            f.add(
                c,
                f.at(d, f.rng.uniform(9, 19)),
                "social",
                f.roughen_brand(f.pick(W.PRAISE, c.lang), "social"),
            )
        f.happy_days(c, 2, 0, 11)
        span = [3, 5, 5, 9, 9, 9, 5, 5, 9, 5][i]
        ids = f.slide(c, 12 + i % 5, span)
        exp = ["sentiment_drop"]
        if i < 5:
            t4 = datetime.fromisoformat(
                next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[3]).replace(
                    "Z", "+00:00"
                )
            )
            nps = f.rng.randint(1, 5)
            sid = f.add(
                c,
                morning(t4 + timedelta(hours=3)),
                "survey",
                f.pick(W.LOW_WORD, c.lang),
                scores={"nps": nps, "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
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
        c = f.person(lang_of(f), "slow_churner", "asks to cancel")
        f.happy_days(c, f.rng.randint(4, 6), 0, 16)
        t = f.at(f.rng.randint(17, 23), f.rng.uniform(9, 17))
        cid = f.add(c, t, "email", f.pick(W.CANCEL, c.lang))
        f.add(
            c,
            t + timedelta(hours=f.rng.uniform(1, 5)),
            "email",
            f.pick(W.SORRY_GO, c.lang),
            "outbound",
        )
        xid = f.add(
            c,
            t + timedelta(hours=f.rng.uniform(20, 30)),
            "web",
            "",
            attrs={"page": "/conta/festa-plus", "product": "Festa+"},
            kind="cancellation",
        )
        c.truth.update(
            {
                "churn_intent_event_id": cid,
                "cancellation_event_id": xid,
                "trouble_starts_at": iso(t),
            }
        )
        f.expect(
            c,
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
    for _ in range(6):
        c = f.person(lang_of(f), "happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), 0, 32)
    for _ in range(5):
        c = f.person(lang_of(f), "steadily_grumpy", "grumbles")
        ids = []
        gd = f.rng.uniform(0, 4)
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            ids.append(
                f.add(
                    c,
                    f.at(gd, f.rng.uniform(9, 19)),
                    ch,
                    f.roughen_brand(f.pick(W.GRUMBLE, c.lang), ch),
                )
            )
            gd += f.rng.uniform(1, 3)
        c.truth["grumble_event_ids"] = ids
        f.expect(c, [], ["repeat_contact", "silence"])
    for _ in range(5):
        c = f.person(lang_of(f), "happy_one_sarcastic_remark", "happy")
        f.happy_days(c, f.rng.randint(4, 6), 0, 16)
        sid = f.add(
            c,
            f.at(f.rng.randint(17, 28), f.rng.uniform(9, 20)),
            "social",
            f.roughen_brand(f.pick(W.SARCASM, c.lang), "social"),
        )
        c.truth["sarcasm_event_id"] = sid
        f.expect(c, [], ["silence"])
    return {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}


def quiet_hours(f: Fam) -> dict[str, int]:
    for _ in range(16):
        c = f.person(lang_of(f), "happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), 0, 3, 7, 17.5)
    for _ in range(4):
        c = f.person(lang_of(f), "grumbles_once", "grumbles once")
        t = f.at(f.rng.randint(0, 2), f.rng.uniform(9, 16))
        f.add(c, t, "web", "", attrs={"page": "/festas"}, kind="page_view")
        gid = f.add(c, t + timedelta(minutes=25), "chat", f.pick(W.GRUMBLE, c.lang))
        f.add(c, t + timedelta(minutes=29), "chat", f.pick(W.ANSWER, c.lang), "outbound")
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
        f.expect(c, [], ["silence"])
    for night in range(3):
        b0 = f.at(night + 1, 0.7 + f.rng.uniform(0, 0.4))
        for burst, gap in enumerate((0, 30, 60)):
            for _ in range(4):
                c = f.person(lang_of(f), "night_owl", f"night {night + 1}, burst {burst + 1}")
                t = b0 + timedelta(minutes=gap + f.rng.uniform(0, 9))
                if f.rng.random() < 0.5:
                    nid = f.add(
                        c, t, "social", f.roughen_brand(f.pick(W.NIGHT_POST, c.lang), "social")
                    )
                else:
                    nid = f.add(c, t, "chat", f.pick(W.NIGHT_Q, c.lang))
                    f.add(c, t + timedelta(minutes=3), "chat", f.pick(W.ANSWER, c.lang), "outbound")
                    f.add(c, t + timedelta(minutes=7), "chat", f.pick(W.THANKS, c.lang))
                c.truth.update(
                    {"burst_at": iso(b0 + timedelta(minutes=gap)), "night_event_id": nid}
                )
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.at(night + 1, f.rng.uniform(9, 17.5)))
    return {}


PAIRS = [
    ("pt", "fr"),
    ("fr", "pt"),
    ("pt", "en"),
    ("fr", "de"),
    ("pt", "es"),
    ("fr", "it"),
    ("de", "fr"),
    ("es", "pt"),
    ("en", "fr"),
    ("it", "pt"),
]


def bilingual(f: Fam) -> dict[str, int]:
    def pair(i: int) -> tuple[str, str]:
        return PAIRS[i % len(PAIRS)]

    n = 0

    def person(persona: str, habit: str) -> tuple[Cust, tuple[str, str]]:
        nonlocal n
        p = pair(n)
        n += 1
        c = f.person(p[0], persona, habit)
        c.truth["languages"] = list(p)
        c.truth["job_second_language"] = "lives across the border and writes in either"
        return c, p

    for _ in range(12):
        c, p = person("happy", "alternates languages")
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = p[k % 2]
            f.happy_act(c, f.at(d, f.rng.uniform(8, 19)))
        c.lang = p[0]
    for i in range(5):
        c, p = person("repeat_contact", "repeats")
        f.happy_days(c, 1, 0, 2)
        f.repeat_run(c, 2 + i % 3, 2 + i % 3, passed=i >= 3, langs=p)
        f.expect(c, ["repeat_contact"], REPEAT_TOL)
    for _ in range(5):
        c, p = person("slow_churner", "slides")
        for k, d in enumerate(range(0, 6)):
            if k < 5:
                f.add(c, f.at(d, f.rng.uniform(9, 19)), "community", f.pick(W.PRAISE, p[k % 2]))
        f.slide(c, 7 + f.rng.randint(0, 1), f.rng.randint(3, 5), langs=p)
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
    for _ in range(3):
        c, p = person("happy_one_bad_day", "one bad day")
        f.happy_days(c, 3, 0, 5)
        t = f.at(f.rng.randint(6, 10), f.rng.uniform(9, 18))
        eid = f.add(c, t, "email", f.pick(W.COMPLAINT["late"], p[1]))
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": p[1],
                "trouble_starts_at": iso(t),
            }
        )
        f.expect(c, [], ["silence"])
    for _ in range(2):
        c, p = person("resolved_between_contacts", "fixed")
        f.repeat_run(c, f.rng.randint(2, 8), 1, fix=True, langs=p)
        f.expect(c, [], ["silence"])
    return {"repeat_contact": 5, "sentiment_drop": 5}


COMPANIES = [
    ("pt", "Logística Tejo", "logistics"),
    ("fr", "Banque Garonne", "bank"),
    ("fr", "Hôpital Saint-Loup", "hospital"),
    ("pt", "Seguros Douro", "insurance"),
    ("de", "Stadtwerke Elbing", "municipality"),
    ("fr", "Cabinet Morel", "law"),
    ("pt", "Hotel Arrábida", "hotel"),
    ("it", "Officine Sereni", "factory"),
    ("es", "Colegio Almenara", "school"),
    ("en", "Harbour Telecom", "telecom"),
    ("fr", "Mairie de Vals", "municipality"),
    ("pt", "Universidade Lis", "university"),
    ("de", "Kanzlei Brandt", "law"),
    ("es", "Hoteles Brisa", "hotel"),
    ("it", "Comune di Aosta", "municipality"),
]
B2B_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def b2b_accounts(f: Fam) -> dict[str, int]:
    det = rep = 0
    risk = 0
    for ai, (lang, company, site) in enumerate(COMPANIES):
        acc = f"BCE-{W.MARKETS[lang][0]}-{4100 + ai * 37}"
        kind = "at_risk" if ai < 5 else "one_unhappy" if ai < 9 else "mild" if ai < 12 else "happy"
        n = f.rng.randint(4, 6) if kind == "at_risk" else 3 if kind != "mild" else 4
        dom = strip(company).lower().replace(" ", "").replace("'", "") + ".example"
        contacts = [f.person(lang, "b2b_happy", "contact", acc, dom) for _ in range(n)]
        unhappy: list[str] = []
        exp: list[str] = []
        problem = "invoice" if ai % 2 == 0 else "portal"
        for c in contacts:
            c.truth.update({"company": company, "role": "contact", "job_title": "Office manager"})
            for d in f.rng.sample([0, 1], f.rng.randint(0, 2)):
                t = f.at(d, f.rng.uniform(8, 16.5))
                f.add(c, t, "chat", f.pick(W.QUESTION, lang))
                f.add(c, t + timedelta(minutes=4), "chat", f.pick(W.ANSWER, lang), "outbound")
        if kind == "at_risk":
            k = 3 if ai < 3 else 4
            case = f.case()
            t = f.at(2, f.rng.uniform(9, 12))
            for j, c in enumerate(contacts[:k]):
                if j == 0:
                    text = f.pick(B2B(problem), lang)
                else:
                    text = f.pick(
                        W.B2B_FOLLOW,
                        lang,
                        who=contacts[0].name.split()[0],
                        day=W.WEEKDAY[lang].replace("Monday", "Wednesday"),
                        case=case,
                    )
                eid = f.add(c, t, "email", text, subject=f"{CASE_LABEL[lang]} {case}")
                if j == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=30),
                        "email",
                        f.pick(W.CASE_OPENED, lang, case=case),
                        "outbound",
                    )
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "role": "complainer",
                        "habit": "complainer",
                        "problem": problem,
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                        "booking": case,
                    }
                )
                e = []
                if j < k - 1:
                    nps = f.rng.randint(1, 5)
                    sid = f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        f.pick(W.LOW_WORD, lang),
                        scores={"nps": nps, "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
                    e.append("detractor")
                    det += 1
                else:
                    lt = office(t + timedelta(hours=f.rng.uniform(18, 40)))
                    text = f.pick(W.B2B_LAST, lang, case=case, comp=f.rng.choice(W.COMPETITORS))
                    lid = f.add(c, lt, "phone", text)
                    c.truth["complaint_event_ids"].append(lid)
                    e.append("repeat_contact")
                    rep += 1
                f.expect(c, e, B2B_TOL)
                unhappy.append(c.key)
                t = office(t + timedelta(hours=f.rng.uniform(8, 28)))
            exp = ["account_risk"]
            risk += 1
        elif kind == "one_unhappy":
            c = contacts[0]
            case = f.case()
            t = f.at(3 + ai % 5, f.rng.uniform(9, 16))
            eid = f.add(
                c, t, "email", f.pick(B2B(problem), lang), subject=f"{CASE_LABEL[lang]} {case}"
            )
            f.add(
                c,
                t + timedelta(minutes=40),
                "email",
                f.pick(W.CASE_OPENED, lang, case=case),
                "outbound",
            )
            nps = f.rng.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(hours=2),
                "survey",
                f.pick(W.LOW_WORD, lang),
                scores={"nps": nps, "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "role": "complainer",
                    "habit": "complainer",
                    "problem": problem,
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                    "trouble_starts_at": iso(t),
                }
            )
            f.expect(c, ["detractor"], ["sentiment_drop", "high_value_at_risk", "silence"])
            det += 1
            unhappy.append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.at(f.rng.randint(3, 9), f.rng.uniform(9, 16))
                mid = f.add(
                    c, t, "web", f.pick(W.B2B_SUGGEST, lang), attrs={"page": "/empresas/portal"}
                )
                f.add(c, t + timedelta(hours=1), "email", f.pick(W.ANSWER, lang), "outbound")
                c.truth.update(
                    {
                        "persona": "b2b_mild",
                        "role": "suggests",
                        "habit": "suggests",
                        "mild_event_id": mid,
                    }
                )
                f.expect(c, [], ["silence"])
        for c in contacts:
            if c.truth["persona"] == "b2b_happy":
                for d in f.rng.sample(range(2, 12), 2):
                    if f.at(d, 0).weekday() < 5:
                        f.add(
                            c,
                            f.at(d, f.rng.uniform(8, 16)),
                            "survey",
                            "",
                            scores={"nps": f.rng.randint(9, 10), "csat": None, "ces": None},
                            attrs={"survey": "nps"},
                        )
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": exp,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": f.custs[unhappy[0]].truth["trouble_starts_at"]
            if kind == "at_risk"
            else None,
            "language": lang,
            "country": W.MARKETS[lang][0],
        }
    return {"account_risk": risk, "detractor": det, "repeat_contact": rep}


def B2B(problem: str) -> dict[str, list[str]]:
    return W.B2B_COMPLAINT[problem]


def office(t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        t = (t + timedelta(days=1)).replace(hour=9) if t.hour >= 8 else t.replace(hour=9)
    return t


def topic_spike(f: Fam) -> dict[str, int]:
    for _ in range(40):
        c = f.person(lang_of(f), "happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 4), 0, 5)
    for _ in range(2):
        c = f.person(lang_of(f), "grumbles_once", "grumbles once")
        t = f.at(0, f.rng.uniform(9, 16))
        gid = f.add(c, t, "chat", f.pick(W.GRUMBLE, c.lang))
        f.add(c, t + timedelta(minutes=4), "chat", f.pick(W.ANSWER, c.lang), "outbound")
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
        f.expect(c, [], ["silence"])
    for lang, hour in (("pt", 9.6), ("fr", 16.1)):
        c = f.person(lang, "grumbles_once", "lone question")
        t = f.at(4, hour)
        lid = f.add(c, t, "chat", f.pick(W.LONE_Q, lang))
        f.add(c, t + timedelta(minutes=5), "chat", f.pick(W.LONE_A, lang), "outbound")
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
        f.expect(c, [], ["silence"])
    langs = ["pt"] * 6 + ["fr"] * 6 + ["en", "en", "de", "de", "it", "it", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    s0 = f.at(5, 9 + 20 / 60)
    keys: list[str] = []
    ids: list[str] = []
    rids: list[str] = []
    times = sorted(f.rng.uniform(0, 44) for _ in langs)
    times[0], times[-1] = 0.0, 44.0
    for i, lang in enumerate(langs):
        regular = i < 12
        c = f.person(lang, "spike_reporter", "regular" if regular else "new")
        if regular:
            f.happy_act(c, f.at(2, f.rng.uniform(8, 17.5)))
        t = s0 + timedelta(minutes=times[i])
        ch = chans[i]
        text = f.pick(W.SPIKE, lang, code=SPIKE_CODE)
        eid = f.add(c, t, ch, f.roughen_brand(text, ch))
        if ch == "chat":
            f.add(c, t + timedelta(minutes=3), "chat", f.pick(W.SPIKE_ANSWER, lang), "outbound")
        keys.append(c.key)
        ids.append(eid)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        tol = ["silence"]
        exp: list[str] = []
        if len(rids) < 6 and times[i] <= 25 and i % 2 == 0:
            ch2 = "email" if ch != "email" else "chat"
            rid = f.add(
                c,
                t + timedelta(minutes=f.rng.uniform(12, 50)),
                ch2,
                f.pick(W.SPIKE_AGAIN, lang, code=SPIKE_CODE),
            )
            rids.append(rid)
            c.truth.update({"persona": "spike_repeater", "repeat_event_id": rid})
            exp = ["repeat_contact"]
            tol.append("sentiment_drop")
        f.expect(c, exp, tol)
    assert len(rids) == 6, len(rids)
    f.spike = {
        "topic": "party-booking app replaced party addresses with the depot address: entertainers sent to the wrong place, error "
        + SPIKE_CODE,
        "about": "the planted incident of heldout186",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=44)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rids,
    }
    return {"repeat_contact": 6, "topic_spike": 1}


FAMILIES = [
    ("happy_writers", "HW", datetime(2026, 3, 9, tzinfo=UTC), 10, happy_writers),
    ("one_bad_day", "BD", datetime(2026, 4, 6, tzinfo=UTC), 12, one_bad_day),
    ("repeat_contacts", "RC", datetime(2026, 5, 18, tzinfo=UTC), 10, repeat_contacts),
    ("slow_churners", "SC", datetime(2026, 6, 22, tzinfo=UTC), 32, slow_churners),
    ("quiet_hours", "QH", datetime(2026, 8, 14, tzinfo=UTC), 3, quiet_hours),
    ("bilingual", "BL", datetime(2026, 9, 7, tzinfo=UTC), 14, bilingual),
    ("b2b_accounts", "BB", datetime(2026, 9, 28, tzinfo=UTC), 14, b2b_accounts),
    ("topic_spike", "TS", datetime(2026, 10, 26, tzinfo=UTC), 7, topic_spike),
]


def main() -> None:
    tot = [0, 0, 0]
    for n, (name, code, start, days, build) in enumerate(FAMILIES, 1):
        f = Fam(name, code, n, start, days)
        expected = build(f)
        row = f.write(HERE, name.replace("_", " "), expected)
        tot = [a + b for a, b in zip(tot, row, strict=True)]
        print(name, *row)
    print("total", *tot)


if __name__ == "__main__":
    main()
