"""Write heldout280 (Cordolo sim-racing lounges): eight families, blind. Standard library only."""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as wd  # noqa: E402

SEED = 20261010
CODE = "LCK4T-09"
H = 3600.0
PHONE = {
    "ES": "+34 6",
    "IT": "+39 3",
    "CH": "+41 7",
    "DE": "+49 15",
    "AT": "+43 66",
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 4",
    "PT": "+351 9",
}
CURRENCY = {"UK": "GBP", "CH": "CHF"}
SOURCE = {
    "email": "cordolo-mail",
    "phone": "cordolo-voice",
    "social": "cordolo-social",
    "community": "cordolo-forum",
    "chat": "cordolo-chat",
    "web": "cordolo-web",
    "survey": "cordolo-survey",
}
AGENTS = ("Noemi", "Pablo", "Greta", "Iker", "Aurelio", "Sofía")
Q = ["silence"]


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    )


def speech(text: str) -> str:
    keep = "".join(
        ch if ch.isalnum() or ch.isspace() or ch in "-'€" else " " for ch in text.lower()
    )
    return " ".join(keep.split())


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    seen: bool = False
    phone_display: str = ""


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[tuple[float, int, dict[str, Any]]] = field(default_factory=list)
    customers: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    serial: int = 0
    refs: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)
        self.t0 = self.start.timestamp()

    def day(self, d: float, h0: float = 8.0, h1: float = 20.0) -> float:
        return self.t0 + d * 24 * H + self.rng.uniform(h0, h1) * H

    def lang(self) -> str:
        return self.rng.choices(wd.LANGS, weights=wd.WEIGHTS)[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
        company_domain: str | None = None,
    ) -> Cust:
        lg = lang or self.lang()
        mk = market or self.rng.choice(wd.MARKETS[lg])
        num = 1000 + len(self.customers) * 37 + self.n * 7
        key = f"CD{self.code}{num}"
        first = self.rng.choice(wd.FIRST[lg])
        last = self.rng.choice(wd.LAST[lg])
        plain = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        email = f"{plain}{num}@{company_domain or 'mail' + str(self.n) + '.example'}"
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        phone = PHONE[mk] + digits
        handle = (
            None
            if account
            else f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{num % 97}"
        )
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
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
        c = Cust(key, lg, mk, ids, truth)
        c.phone_display = phone
        self.customers[key] = c
        return c

    def ref(self) -> str:
        self.refs += 1
        return f"CR-{self.n}{self.refs:04d}-{self.rng.randint(10, 99)}"

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7 and len(text) > 12:
            i = r.randint(3, len(text) - 3)
            if text[i].isalpha() and text[i + 1].isalpha():
                text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        return text

    def add(
        self,
        ts: float,
        c: Cust,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.serial += 1
        eid = f"cd280-{self.code.lower()}-{self.serial:05d}"
        ids = c.ids
        if out or not c.seen:
            cust = {k: ids[k] for k in ("customer_id", "email", "phone", "handle", "account_id")}
            if not out:
                c.seen = True
        elif channel == "email":
            cust = {"email": ids["email"]}
        elif channel == "phone":
            cust = {"phone": c.phone_display}
        elif channel in ("social", "community"):
            cust = {"handle": ids["handle"]} if ids["handle"] else {"email": ids["email"]}
        else:
            cust = {"customer_id": ids["customer_id"]}
        if ids["account_id"]:
            cust["account_id"] = ids["account_id"]
        if text is not None and not out:
            text = speech(text) if channel == "phone" else self.roughen(text)
        a = {"market": c.market}
        if ids["account_id"]:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        row: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(ts),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {k: v for k, v in cust.items() if v},
            "text": text,
            "subject": subject,
            "scores": scores or {},
            "source": SOURCE[channel],
            "attributes": a,
        }
        self.rows.append((ts, self.serial, row))
        return eid

    def w(self, c: Cust, table: str, **kw: str) -> str:
        return self.rng.choice(wd.W[c.lang][table]).format(**kw)

    def happy_act(self, c: Cust, ts: float, allow_survey: bool = True) -> None:
        kinds = ["praise", "question", "purchase", "gripe", "view", "call"] + (
            ["survey"] if allow_survey else []
        )
        k = self.rng.choice(kinds)
        if k == "praise":
            ch = self.rng.choice(("social", "community"))
            self.add(ts, c, ch, "mention" if ch == "social" else "post", self.w(c, "praise"))
        elif k == "question":
            self.add(ts, c, "chat", "chat", self.w(c, "question"))
            self.add(
                ts + self.rng.uniform(60, 300), c, "chat", "chat", self.w(c, "answer"), out=True
            )
            if self.rng.random() < 0.6:
                self.add(ts + self.rng.uniform(360, 600), c, "chat", "chat", self.w(c, "thanks"))
        elif k == "call":
            self.add(ts, c, "phone", "call", self.w(c, "question"))
            self.add(
                ts + self.rng.uniform(900, 2400),
                c,
                "email",
                "message",
                self.w(c, "answer"),
                out=True,
                subject="Cordolo",
            )
        elif k in ("purchase", "view"):
            page = self.rng.choice(wd.PAGES)
            self.add(ts, c, "web", "page_view", attrs={"page": page})
            if k == "purchase":
                prod, price = self.rng.choice(wd.PRODUCTS)
                self.add(
                    ts + self.rng.uniform(120, 600),
                    c,
                    "web",
                    "purchase",
                    attrs={
                        "page": "/book",
                        "product": prod,
                        "order_value": price,
                        "currency": CURRENCY.get(c.market, "EUR"),
                    },
                )
        elif k == "gripe":
            self.add(
                ts,
                c,
                "web",
                "review",
                self.w(c, "gripe"),
                attrs={"rating": "4", "page": "/lounges"},
            )
        else:
            self.survey_happy(c, ts)

    def survey_happy(self, c: Cust, ts: float) -> None:
        s = self.rng.choice(
            (
                {"nps": self.rng.randint(9, 10)},
                {"csat": self.rng.randint(4, 5)},
                {"ces": self.rng.randint(6, 7)},
            )
        )
        word = self.w(c, "survey") or None
        self.add(
            ts, c, "survey", "survey_response", word, scores=s, attrs={"survey": next(iter(s))}
        )

    def happy_days(
        self,
        c: Cust,
        n: int,
        d0: int,
        d1: int,
        survey: bool = True,
        h0: float = 7.0,
        h1: float = 20.0,
    ) -> None:
        for d in self.rng.sample(range(d0, d1), min(n, d1 - d0)):
            self.happy_act(c, self.day(d, h0, h1), survey)

    def nps_low(self, c: Cust, ts: float) -> str:
        v = self.rng.randint(1, 5)
        eid = self.add(
            ts, c, "survey", "survey_response", None, scores={"nps": v}, attrs={"survey": "nps"}
        )
        c.truth.update(nps_given=True, nps=v, survey_event_id=eid)
        c.truth["expected_rules"].append("detractor")
        return eid

    def write(self) -> tuple[int, int]:
        self.rows.sort(key=lambda r: (r[0], r[1]))
        last = self.rows[-1][0]
        end = max(self.t0 + self.days * 24 * H, last + H)
        cust = {k: c.truth for k, c in self.customers.items()}
        for t in cust.values():
            t["expected_rules"] = sorted(set(t["expected_rules"]))
            t["tolerated_rules"] = sorted(set(t["tolerated_rules"]) - set(t["expected_rules"]))
        expected: dict[str, int] = {}
        for t in list(cust.values()) + list(self.accounts.values()):
            for r in t["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        if last >= datetime(2026, 11, 29, tzinfo=UTC).timestamp():
            raise SystemExit(f"{self.name}: too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Cordolo sim-racing lounges (Cordolo Pole membership, Cordolo Grid for companies)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.t0),
            "end": iso(end),
            "customers": cust,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as f:
            for _, _, row in self.rows:
                f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(cust), len(self.rows)


def complaint(f: Fam, c: Cust, ts: float, channel: str, long: bool = False) -> str:
    text = f.w(c, "letter" if long else "complaint")
    kind = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "phone": "call",
    }[channel]
    return f.add(
        ts,
        c,
        channel,
        kind,
        text,
        subject="Cordolo" if channel == "email" else None,
        attrs={"page": "/help"} if channel == "web" else None,
    )


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, 10)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            ts = f.t0 + d * 24 * H + f.rng.uniform(22.2, 28.5) * H
            f.add(ts, c, "community", "post", f.w(c, "night"))
        f.happy_days(c, f.rng.randint(2, 3), 0, 10, False, 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.survey_happy(c, f.day(d))


def one_bad_day(f: Fam) -> None:
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(f.rng.sample(with_case, 6))
    csat = set(f.rng.sample([i for i in with_case if i not in det], 5))
    good = set(f.rng.sample(with_case, 12))
    sorry = set(f.rng.sample(sorted(good), 5))
    for i, ch in enumerate(chans):
        c = f.person("happy_one_bad_day", "one bad day")
        bd = f.rng.randint(2, 9)
        ts = f.day(bd, 8, 18)
        eid = complaint(f, c, ts, "email" if ch == "long" else ch, ch == "long")
        c.truth.update(
            bad_day_at=iso(ts),
            bad_day_event_id=eid,
            trouble_starts_at=iso(ts),
            long_email=ch == "long",
            channel="email" if ch == "long" else ch,
        )
        c.truth["tolerated_rules"] += Q
        for d in f.rng.sample(
            [x for x in range(12) if x < bd - 1 or x > bd + 2], f.rng.randint(1, 5)
        ):
            f.happy_act(c, f.day(d), False)
        if ch == "social":
            c.truth["booking"] = None
            continue
        ref = f.ref()
        c.truth["booking"] = ref
        f.add(
            ts + f.rng.uniform(600, 2400),
            c,
            "chat" if ch == "chat" else "email",
            "chat" if ch == "chat" else "message",
            f.w(c, "case_opened", ref=ref),
            out=True,
        )
        if i in det:
            c.truth["persona"] = "bad_day_detractor"
            f.nps_low(c, ts + f.rng.uniform(100, 140) * 60)
        if i in csat:
            v = f.rng.randint(1, 2)
            e2 = f.add(
                ts + f.rng.uniform(40, 80) * 60,
                c,
                "survey",
                "survey_response",
                None,
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, csat=v, survey_event_id=e2)
        if i in good:
            f.add(
                ts + f.rng.uniform(1, 4) * H,
                c,
                "email",
                "message",
                f.w(c, "good_news", ref=ref),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i in sorry:
                at = ts + f.rng.uniform(16, 24) * H
                ae = f.add(at, c, "chat", "chat", f.w(c, "apology"))
                c.truth.update(apologised=True, apology_at=iso(at), apology_event_id=ae)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), 0, 12)


def later_channel(used: list[str], f: Fam) -> str:
    return f.rng.choice(
        [ch for ch in ("email", "chat", "phone", "web", "social") if ch not in used]
    )


def repeat_run(f: Fam, c: Cust, d: float, n: int, escalated: bool) -> None:
    ts = f.day(d, 8, 18)
    first = f.rng.choice(("web", "email", "chat"))
    ref = f.ref()
    eids = [complaint(f, c, ts, first)]
    out_ch = "chat" if first == "chat" else "email"
    f.add(
        ts + f.rng.uniform(600, 2400),
        c,
        out_ch,
        "chat" if out_ch == "chat" else "message",
        f.w(c, "case_opened", ref=ref),
        out=True,
    )
    if escalated:
        f.add(
            ts + f.rng.uniform(1.5, 2.5) * H,
            c,
            "email",
            "message",
            f.w(c, "quality_lead", ref=ref),
            out=True,
        )
    used = [first]
    comp = f.rng.choice(wd.COMPETITORS)
    for k in range(1, n):
        ts += f.rng.uniform(4, 30) * H
        hour = (ts - f.t0) / H % 24
        if hour >= 22 or hour < 7:
            ts += ((31 - hour) % 24 + f.rng.uniform(0, 1)) * H
        ch = later_channel(used, f)
        used.append(ch)
        table = "still_open" if k == 1 else ("third" if k == 2 else "fourth")
        text = f.w(c, table, ref=ref, comp=comp)
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        eids.append(f.add(ts, c, ch, kind, text, attrs={"page": "/help"} if ch == "web" else None))
        if ch == "chat":
            f.add(ts + 200, c, "chat", "chat", f.w(c, "urgent", ref=ref), out=True)
    c.truth.update(
        booking=ref,
        problem_event_ids=eids,
        contacts=n,
        channels=used,
        agent_passed_on=escalated,
        competitor=comp if n >= 3 else None,
    )
    c.truth["trouble_starts_at"] = next(
        r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == eids[0]
    )
    c.truth["expected_rules"].append("repeat_contact")
    c.truth["tolerated_rules"] += [
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
    ]


def fixed_case(f: Fam, c: Cust, d: float, lang2: str | None = None) -> dict[str, Any]:
    ts = f.day(d, 8, 17)
    ref = f.ref()
    e1 = complaint(f, c, ts, "web")
    f.add(ts + 1200, c, "email", "message", f.w(c, "case_opened", ref=ref), out=True)
    fx = ts + f.rng.uniform(3, 20) * H
    lang1 = c.lang
    if lang2:
        c.lang = lang2
    f.add(fx, c, "email", "message", f.w(c, "good_news", ref=ref), out=True)
    cf = fx + f.rng.uniform(8, 30) * H
    ch = f.rng.choice(("email", "chat"))
    e2 = f.add(cf, c, ch, "message" if ch == "email" else "chat", f.w(c, "confirm", ref=ref))
    c.lang = lang1
    return {
        "problem": "refund",
        "booking": ref,
        "raised_at": iso(ts),
        "fixed_at": iso(fx),
        "confirmed_at": iso(cf),
        "problem_event_ids": [e1],
        "confirm_event_id": e2,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts(f: Fam) -> None:
    counts = [2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4]
    esc = set(f.rng.sample(range(12), 6))
    for i, n in enumerate(counts):
        c = f.person("repeat_contact", "repeats")
        f.happy_days(c, f.rng.randint(1, 3), 0, 1, False, 7, 12)
        repeat_run(f, c, f.rng.randint(1, 4), n, i in esc)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        f.happy_days(c, 1, 0, 1, False)
        c.truth["problems"] = [fixed_case(f, c, f.rng.randint(1, 5))]
        c.truth["tolerated_rules"] += Q
    for _ in range(3):
        c = f.person("different_problems", "two problems")
        c.truth["problems"] = [fixed_case(f, c, 1), fixed_case(f, c, 6)]
        c.truth["tolerated_rules"] += Q
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, 10, False)


def slide(f: Fam, c: Cust, d0: int, span: int, praise: int, alt: str | None = None) -> list[str]:
    for d in f.rng.sample(range(d0 - 7, d0 - 1), praise):
        ch = f.rng.choice(("social", "community"))
        f.add(f.day(d), c, ch, "mention" if ch == "social" else "post", f.w(c, "praise"))
    ts = f.day(d0, 9, 18)
    eids: list[str] = []
    base = c.lang
    for k in range(6):
        if alt:
            c.lang = alt if k % 2 else base
        ch = f.rng.choice(("social", "community", "web"))
        comp = c.truth.setdefault("competitor", f.rng.choice(wd.COMPETITORS))
        text = wd.W[c.lang]["slide"][k].format(comp=comp)
        if ch == "web":
            eids.append(
                f.add(
                    ts,
                    c,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/lounges"},
                )
            )
        else:
            eids.append(f.add(ts, c, ch, "mention" if ch == "social" else "post", text))
        ts += max(H, span * 24 * H / 6 * f.rng.uniform(0.6, 1.0))
        hour = (ts - f.t0) / H % 24
        if hour >= 21 or hour < 8:
            ts += ((32 - hour) % 24) * H
    c.lang = base
    c.truth.update(
        slide_event_ids=eids,
        slide_days=span,
        trouble_starts_at=next(r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == eids[0]),
    )
    c.truth["expected_rules"].append("sentiment_drop")
    c.truth["tolerated_rules"] += [
        "repeat_contact",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
    ]
    return eids


def slow_churners(f: Fam) -> None:
    for i in range(10):
        c = f.person("slow_churner", "slides")
        f.happy_days(c, f.rng.randint(2, 4), 0, 10, False)
        eids = slide(f, c, f.rng.randint(12, 16), f.rng.choice((3, 5, 9)), f.rng.randint(4, 5))
        if i < 5:
            t4 = next(r[0] for r in f.rows if r[2]["event_id"] == eids[3])
            f.nps_low(c, t4 + f.rng.uniform(2.5, 3.5) * H)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        f.happy_days(c, f.rng.randint(4, 6), 0, 15, False)
        ts = f.day(f.rng.randint(17, 23), 8, 17)
        e1 = f.add(ts, c, "email", "message", f.w(c, "cancel"), subject="Pole")
        f.add(ts + f.rng.uniform(1, 5) * H, c, "email", "message", f.w(c, "sorry_go"), out=True)
        ct = ts + f.rng.uniform(20, 30) * H
        e2 = f.add(
            ct,
            c,
            "web",
            "cancellation",
            attrs={"page": "/account", "product": "Cordolo Pole monthly"},
        )
        c.truth.update(
            churn_intent_event_id=e1,
            cancellation_event_id=e2,
            churn_at=iso(ct),
            trouble_starts_at=iso(ts),
        )
        c.truth["expected_rules"].append("churn_intent")
        c.truth["tolerated_rules"] += [
            "sentiment_drop",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), 0, 30)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        d = f.rng.randint(0, 4)
        eids = []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(("social", "community", "web"))
            eids.append(
                f.add(
                    f.day(d),
                    c,
                    ch,
                    {"social": "mention", "community": "post", "web": "ticket"}[ch],
                    f.w(c, "grumble"),
                    attrs={"page": "/help"} if ch == "web" else None,
                )
            )
            d += f.rng.randint(1, 3)
        c.truth.update(
            grumble_event_ids=eids,
            trouble_starts_at=next(
                r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == eids[0]
            ),
        )
        c.truth["tolerated_rules"] += ["repeat_contact", "silence"]
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        f.happy_days(c, f.rng.randint(4, 6), 0, 30, False)
        ts = f.day(f.rng.randint(5, 25))
        c.truth["sarcasm_event_id"] = f.add(ts, c, "social", "mention", f.w(c, "sarcasm"))
        c.truth["tolerated_rules"] += Q


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), 0, 3, False, 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once")
        ts = f.day(f.rng.randint(0, 2), 9, 17)
        f.add(ts, c, "web", "page_view", attrs={"page": "/lounges"})
        ts += f.rng.uniform(20, 30) * 60
        e = f.add(ts, c, "chat", "chat", f.w(c, "mild"))
        f.add(ts + 240, c, "chat", "chat", f.w(c, "answer"), out=True)
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(ts))
        c.truth["tolerated_rules"] += Q
    for night in range(3):
        b0 = f.t0 + (night + 1) * 24 * H + f.rng.uniform(0.67, 1.08) * H
        for b, off in enumerate((0.0, f.rng.uniform(28, 33) * 60, f.rng.uniform(55, 65) * 60)):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                ts = b0 + off + f.rng.uniform(0, 600)
                if f.rng.random() < 0.5:
                    e = f.add(ts, c, "chat", "chat", f.w(c, "question"))
                    f.add(ts + 180, c, "chat", "chat", f.w(c, "answer"), out=True)
                    f.add(ts + 400, c, "chat", "chat", f.w(c, "thanks"))
                else:
                    e = f.add(ts, c, "community", "post", f.w(c, "night"))
                c.truth.update(burst_at=iso(b0 + off), night_event_id=e)
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.day(night, 9, 17.5), False)


PAIRS = [
    ("es", "it"),
    ("it", "es"),
    ("es", "en"),
    ("it", "de"),
    ("es", "pt"),
    ("it", "fr"),
    ("es", "fr"),
    ("it", "en"),
    ("de", "es"),
    ("fr", "it"),
    ("pt", "es"),
    ("en", "it"),
]


def bilingual(f: Fam) -> None:
    def bil(persona: str, habit: str, i: int) -> tuple[Cust, str]:
        a, b = PAIRS[i % len(PAIRS)]
        c = f.person(persona, habit, lang=a)
        c.truth.update(languages=[a, b], job_second_language="works abroad / family speaks it")
        return c, b

    for i in range(12):
        c, b = bil("happy", "alternates languages", i)
        base = c.lang
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = b if k % 2 else base
            f.happy_act(c, f.day(d), False)
        c.lang = base
    for i in range(5):
        c, b = bil("repeat_contact", "repeats", i + 3)
        f.happy_days(c, f.rng.randint(1, 3), 0, 2, False)
        base = c.lang
        n = (2, 2, 3, 3, 4)[i]
        c.lang = f.rng.choice((base, b))
        repeat_run(f, c, f.rng.randint(2, 5), n, n >= 3)
        c.lang = base
    for i in range(5):
        c, b = bil("slow_churner", "slides", i + 6)
        f.happy_days(c, f.rng.randint(1, 3), 0, 6, False)
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), 5, alt=b)
    for i, ch in enumerate(("long", "email", "chat")):
        c, b = bil("happy_one_bad_day", "one bad day", i + 1)
        base = c.lang
        f.happy_days(c, 3, 0, 4, False)
        c.lang = b
        ts = f.day(f.rng.randint(6, 9), 9, 17)
        e = complaint(f, c, ts, "chat" if ch == "chat" else "email", ch == "long")
        ref = f.ref()
        f.add(
            ts + 1500,
            c,
            "chat" if ch == "chat" else "email",
            "chat" if ch == "chat" else "message",
            f.w(c, "case_opened", ref=ref),
            out=True,
        )
        c.lang = base
        c.truth.update(
            bad_day_at=iso(ts),
            bad_day_event_id=e,
            bad_day_language=b,
            booking=ref,
            trouble_starts_at=iso(ts),
            long_email=ch == "long",
        )
        c.truth["tolerated_rules"] += Q
    for i in range(2):
        c, b = bil("resolved_between_contacts", "fixed", i + 9)
        c.truth["problems"] = [fixed_case(f, c, f.rng.randint(3, 8), lang2=b)]
        c.truth["tolerated_rules"] += Q


def b2b_accounts(f: Fam) -> None:
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    for i, kind in enumerate(kinds):
        lg = f.lang()
        mk = wd.MARKETS[lg][0]
        acc = f"CDG-{mk}-{4100 + i * 13}"
        dom = f"firma{i + 1}-{mk.lower()}.example"
        n = 3 if kind in ("one_unhappy", "mild", "happy") else f.rng.randint(4, 6)
        cs = [
            f.person("b2b_happy", "contact", lang=lg, market=mk, account=acc, company_domain=dom)
            for _ in range(n)
        ]
        for c in cs:
            c.truth.update(
                company=f"Grid client {i + 1}",
                role="contact",
                job_title="events coordinator",
                job="events coordinator",
            )
            for d in f.rng.sample([0, 1], f.rng.randint(0, 2)):
                f.happy_act(c, f.day(d, 8, 16.5), False)
        unhappy: list[str] = []
        rec: dict[str, Any] = {
            "company": f"Grid client {i + 1}",
            "site": "office",
            "contacts": n,
            "contact_keys": [c.key for c in cs],
            "at_risk": kind == "at_risk",
            "expected_rules": [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": "invoice" if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lg,
            "country": mk,
        }
        if kind == "at_risk":
            k = f.rng.choice((3, 4))
            ref = f.ref()
            ts = f.day(2, 8, 11)
            rec["trouble_starts_at"] = iso(ts)
            for j, c in enumerate(cs[:k]):
                c.truth.update(
                    persona="b2b_unhappy",
                    habit="complainer",
                    role="complainer",
                    problem="invoice",
                    booking=ref,
                )
                e = f.add(
                    ts,
                    c,
                    "email",
                    "message",
                    f.w(c, "b2b_complaint", n=str(j + 1), ref=ref),
                    subject="Factura / invoice",
                )
                if j == 0:
                    f.add(
                        ts + 1800, c, "email", "message", f.w(c, "case_opened", ref=ref), out=True
                    )
                c.truth.update(complaint_event_ids=[e], trouble_starts_at=iso(ts))
                c.truth["tolerated_rules"] += [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ]
                if j < k - 1:
                    f.nps_low(c, ts + f.rng.uniform(1, 3) * H)
                else:
                    t2 = ts + f.rng.uniform(20, 30) * H
                    comp = f.rng.choice(wd.COMPETITORS)
                    e2 = f.add(t2, c, "email", "message", f.w(c, "b2b_last", ref=ref, comp=comp))
                    c.truth["complaint_event_ids"].append(e2)
                    c.truth["competitor"] = comp
                    c.truth["expected_rules"].append("repeat_contact")
                unhappy.append(c.key)
                ts += f.rng.uniform(8, 20) * H
                hour = (ts - f.t0) / H % 24
                if hour >= 17 or hour < 8:
                    ts += ((32 - hour) % 24 + f.rng.uniform(0, 2)) * H
            rec["expected_rules"] = ["account_risk"]
        elif kind == "one_unhappy":
            c = cs[0]
            ref = f.ref()
            ts = f.day(f.rng.randint(3, 4), 9, 16)
            c.truth.update(
                persona="b2b_one_unhappy",
                habit="complainer",
                role="complainer",
                problem="invoice",
                booking=ref,
                trouble_starts_at=iso(ts),
            )
            e = f.add(ts, c, "email", "message", f.w(c, "b2b_complaint", n="1", ref=ref))
            f.add(ts + 2400, c, "email", "message", f.w(c, "case_opened", ref=ref), out=True)
            c.truth["complaint_event_ids"] = [e]
            f.nps_low(c, ts + 2 * H)
            c.truth["tolerated_rules"] += ["sentiment_drop", "high_value_at_risk", "silence"]
            unhappy.append(c.key)
        elif kind == "mild":
            for c in cs[:2]:
                ts = f.day(f.rng.randint(2, 8), 8, 16)
                c.truth.update(
                    persona="b2b_mild",
                    habit="suggests",
                    role="suggests",
                    mild_event_id=f.add(
                        ts, c, "web", "ticket", f.w(c, "b2b_mild"), attrs={"page": "/grid"}
                    ),
                    trouble_starts_at=iso(ts),
                )
                f.add(ts + 3000, c, "email", "message", f.w(c, "answer"), out=True)
                c.truth["tolerated_rules"] += Q
        rec["unhappy_contacts"] = len(unhappy)
        rec["unhappy_contact_keys"] = unhappy
        f.accounts[acc] = rec


def topic_spike(f: Fam) -> None:
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy_act(c, f.day(d, 12, 19) if d == 5 else f.day(d), False)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once")
        ts = f.day(0, 9, 16)
        e = f.add(ts, c, "chat", "chat", f.w(c, "grumble"))
        f.add(ts + 200, c, "chat", "chat", f.w(c, "answer"), out=True)
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(ts))
        c.truth["tolerated_rules"] += Q
    for lg, hh in (("es", 9.6), ("it", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lg)
        ts = f.t0 + 4 * 24 * H + hh * H
        e = f.add(ts, c, "chat", "chat", f.w(c, "lone"))
        f.add(ts + 240, c, "chat", "chat", f.w(c, "lone_answer"), out=True)
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(ts))
        c.truth["tolerated_rules"] += Q
    s0 = f.t0 + 5 * 24 * H + 8 * H + 20 * 60
    langs = ["es"] * 6 + ["it"] * 6 + ["de", "de", "en", "en", "fr", "fr", "pt", "pt"]
    f.rng.shuffle(langs)
    offsets = sorted([0.0, 45.0] + [f.rng.uniform(1, 44) for _ in range(18)])
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    keys: list[str] = []
    firsts: list[str] = []
    repeats: list[str] = []
    for i, (lg, off, ch) in enumerate(zip(langs, offsets, chans, strict=True)):
        regular = i < 12
        c = f.person("spike_reporter", "regular" if regular else "new", lang=lg)
        if regular:
            f.happy_act(c, f.day(2, 8, 17.5), False)
        ts = s0 + off * 60
        text = f.w(c, "spike", code=CODE)
        if ch != "social":
            text = text.replace("@Cordolo ", "")
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(ts, c, ch, kind, text, attrs={"page": "/help"} if ch == "web" else None)
        if ch == "chat":
            f.add(ts + 150, c, "chat", "chat", f.w(c, "spike_chat"), out=True)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(ts),
        )
        c.truth["tolerated_rules"] += Q
        keys.append(c.key)
        firsts.append(e)
        if (off <= 15 and len(repeats) < 6) or (len(repeats) < 6 and off <= 25 and i >= 14):
            ch2 = f.rng.choice([x for x in ("email", "chat", "community") if x != ch])
            r = f.add(
                ts + f.rng.uniform(15, 40) * 60,
                c,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.w(c, "spike_again", code=CODE),
            )
            repeats.append(r)
            c.truth.update(persona="spike_repeater", repeat_event_id=r)
            c.truth["expected_rules"].append("repeat_contact")
            c.truth["tolerated_rules"].append("sentiment_drop")
        elif (
            sum(1 for k in keys if f.customers[k].truth.get("agent_fixed")) < 6
            and c.truth["persona"] == "spike_reporter"
        ):
            local = "10:40" if c.market in ("UK", "IE", "PT") else "11:40"
            f.add(
                s0 + f.rng.uniform(2.8, 3.0) * H,
                c,
                "email",
                "message",
                f.w(c, "spike_fixed", time=local),
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"sim-racing lounge rigs refuse to unlock from the app QR: nobody can start a booked session, error {CODE}",
        "about": "rig unlock outage",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + 45 * 60),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": firsts,
        "repeat_event_ids": repeats,
    }


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 1, 12, tzinfo=UTC),
        10,
        happy_writers,
        "happy day and night writers and survey-only customers",
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 2, 9, tzinfo=UTC),
        12,
        one_bad_day,
        "happy customers with one bad day",
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        repeat_contacts,
        "one open problem raised again; fixed ones; frequent writers",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 4, 13, tzinfo=UTC),
        32,
        slow_churners,
        "sliders, leavers, steady, grumpy, sarcastic",
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 6, 5, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm weekend with night-owl bursts",
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 7, 6, tzinfo=UTC),
        14,
        bilingual,
        "customers who alternate two languages",
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        b2b_accounts,
        "Cordolo Grid company accounts",
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 10, 5, tzinfo=UTC),
        7,
        topic_spike,
        "a calm week and a Saturday-morning incident",
    ),
]


def main() -> None:
    total = [0, 0]
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, 1):
        f = Fam(name, code, n, start, days, about)
        build(f)
        cs, ts = f.write()
        total[0] += cs
        total[1] += ts
        print(name, cs, ts)
    print("total", *total)


if __name__ == "__main__":
    main()
