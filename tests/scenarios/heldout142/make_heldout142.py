"""Generate the heldout142 hand-written alert scenarios (report only, blind).

Standard library only, seeded, deterministic: ``python make_heldout142.py``
rewrites the eight ``<family>.jsonl`` / ``<family>.truth.json`` pairs beside it
and refuses inconsistent truth.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 142
BUSINESS = "Abetello (living potted trees on hire; Abetello Business for companies)"
CODE = "ARV:s7-30"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
COMPETITORS = ("Pinarda", "Tannova")
LANG_WEIGHTS = {"fr": 30, "pt": 30, "en": 10, "de": 10, "it": 10, "es": 10}
MARKETS = {
    "fr": ["FR", "FR", "FR", "BE", "CH", "LU"],
    "pt": ["PT"],
    "en": ["UK", "UK", "IE"],
    "de": ["DE", "DE", "AT", "CH"],
    "it": ["IT", "IT", "CH"],
    "es": ["ES"],
}
LOCAL_OFFSET = {"UK": 0, "IE": 0, "PT": 0}
PHONE_PREFIX = {
    "FR": "+33 6",
    "BE": "+32 47",
    "CH": "+41 79",
    "LU": "+352 621",
    "PT": "+351 91",
    "UK": "+44 7700",
    "IE": "+353 85",
    "DE": "+49 151",
    "AT": "+43 660",
    "IT": "+39 333",
    "ES": "+34 6",
}
FIRST = {
    "fr": [
        "Camille",
        "Léa",
        "Hugo",
        "Manon",
        "Julien",
        "Chloé",
        "Nathalie",
        "Yannick",
        "Sophie",
        "Théo",
    ],
    "pt": [
        "Joana",
        "Tiago",
        "Mariana",
        "Rui",
        "Beatriz",
        "Duarte",
        "Inês",
        "Carla",
        "Nuno",
        "Sofia",
    ],
    "en": ["Emma", "Oliver", "Siobhan", "Harry", "Grace", "Liam"],
    "de": ["Anna", "Lukas", "Katrin", "Felix", "Sabine", "Jonas"],
    "it": ["Chiara", "Luca", "Giulia", "Matteo", "Sara", "Paolo"],
    "es": ["Lucía", "Javier", "Marta", "Pablo", "Elena", "Diego"],
}
LAST = {
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier"],
    "pt": ["Silva", "Santos", "Ferreira", "Costa", "Oliveira", "Rodrigues", "Almeida", "Sousa"],
    "en": ["Smith", "Murphy", "Walsh", "Taylor", "Evans", "Byrne"],
    "de": ["Müller", "Schmidt", "Weber", "Becker", "Hoffmann", "Bauer"],
    "it": ["Rossi", "Bianchi", "Ferrari", "Romano", "Greco", "Conti"],
    "es": ["García", "López", "Martínez", "Sánchez", "Romero", "Navarro"],
}
TREES = [
    "Bruno",
    "Noisette",
    "Pinpin",
    "Flocon",
    "Gaspar",
    "Rosinha",
    "Olga",
    "Tannie",
    "Zeca",
    "Mimosa",
]
PROBLEMS = ("no_show", "dead_plant", "deposit", "double_charge", "wrong_size", "cancel_fee")
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVER_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_COMPLAIN_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def strip_accents(text: str) -> str:
    table = str.maketrans("éèêàâçôöüäóáíúãõñìòß", "eeeaacoouaoaiuaonios")
    return text.translate(table)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    email: str
    phone: str
    handle: str
    tree: str
    account: str | None
    info: dict[str, Any]


@dataclass
class Fam:
    name: str
    short: str
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rows: list[dict[str, Any]] = field(default_factory=list)
    customers: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seen_ids: set[str] = field(default_factory=set)
    n_event: int = 0
    n_case: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(f"{SEED}-{self.name}")

    # -- people -------------------------------------------------------------
    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        lang: str | None = None,
        account: str | None = None,
        segment: str = "consumer",
    ) -> Cust:
        lang = lang or self.lang()
        market = self.rng.choice(MARKETS[lang])
        first = self.rng.choice(FIRST[lang])
        last = self.rng.choice(LAST[lang])
        n = len(self.customers) + 1
        key = f"ab142-{self.short}-{n:03d}"
        local = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        domain = "example.com" if segment == "consumer" else f"{account}.example.net"
        email = f"{local}{n}@{domain}"
        mid = self.rng.randint(100, 999)
        phone = f"{PHONE_PREFIX[market]} {mid} {n:03d} {self.rng.randint(10, 99)}"
        handle = f"@{strip_accents(first).lower()}_{self.short}{n}"
        exp = sorted(expected or [])
        tol = sorted(tolerated or [])
        if set(exp) & set(tol):
            raise SystemExit(f"{key}: a rule both expected and tolerated: {set(exp) & set(tol)}")
        info: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": segment,
            "name": f"{first} {last}",
        }
        c = Cust(
            key,
            lang,
            market,
            f"{first} {last}",
            email,
            phone,
            handle,
            self.rng.choice(TREES),
            account,
            info,
        )
        self.customers[key] = c
        return c

    def case(self) -> str:
        self.n_case += 1
        return f"AB-{self.short.upper()}{self.n_case:04d}"

    # -- touchpoints ----------------------------------------------------------
    def add(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: Mapping[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        if not (self.start <= at < self.end_limit()) or at >= LIMIT:
            raise SystemExit(f"{self.name}: {at.isoformat()} out of window")
        self.n_event += 1
        eid = f"h142-{self.short}-{self.n_event:05d}"
        if eid in self.seen_ids:
            raise SystemExit(f"reused event id {eid}")
        self.seen_ids.add(eid)
        ref: dict[str, Any] = {"customer_id": None, "email": None, "phone": None, "handle": None}
        if channel == "phone" and direction == "inbound":
            ref["phone"] = c.phone
        elif channel in ("social", "community"):
            ref["handle"] = c.handle
            if channel == "community":
                ref["customer_id"] = c.key
        elif channel == "email":
            ref["email"] = c.email
        else:
            ref["customer_id"] = c.key
            ref["email"] = c.email
        ref["account_id"] = c.account
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        if direction == "outbound" and "agent" not in a:
            a["agent"] = "support"
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": channel,
                "kind": kind,
                "direction": direction,
                "customer": ref,
                "text": text,
                "subject": subject,
                "scores": dict(scores) if scores else {"nps": None, "csat": None, "ces": None},
                "source": {
                    "email": "zendesk",
                    "chat": "intercom",
                    "phone": "aircall",
                    "survey": "typeform",
                }.get(channel, "web"),
                "attributes": a,
            }
        )
        return eid

    def end_limit(self) -> datetime:
        return min(self.start + timedelta(days=self.days, hours=12), LIMIT)

    def at(self, day: int, lo: float = 7.0, hi: float = 19.0) -> datetime:
        minutes = self.rng.randint(int(lo * 60), int(hi * 60) - 1)
        return self.start + timedelta(days=day, minutes=minutes)

    def say(self, table: dict[str, list[str]], c: Cust, **kw: str) -> str:
        text = self.rng.choice(table[c.lang]).format(tree=c.tree, code=CODE, **kw)
        return self.roughen(text)

    def roughen(self, text: str) -> str:
        r = self.rng.random()
        if r < 0.12:
            return strip_accents(text)
        if r < 0.2 and len(text) > 20:
            return text[0].lower() + text[1:]
        if r < 0.24:
            i = self.rng.randint(3, len(text) - 3)
            return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        return text

    # -- happy acts ------------------------------------------------------------
    def happy(
        self, c: Cust, day: int, lo: float = 7.0, hi: float = 19.0, survey: bool = True
    ) -> None:
        t = self.at(day, lo, hi)
        kinds = ["praise", "gripe", "question", "call", "purchase", "review", "page", "again"]
        if survey:
            kinds.append("survey")
        k = self.rng.choice(kinds)
        cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
        if k in ("praise", "again"):
            self.add(
                c,
                t,
                self.rng.choice(["community", "social"]),
                self.rng.choice(["post", "mention"]),
                self.say(W.PRAISE, c),
            )
        elif k == "gripe":
            self.add(
                c,
                t,
                "web",
                "review",
                self.say(W.PRAISE_GRIPE, c),
                attrs={"rating": "4", "page": "/avis"},
            )
        elif k == "question":
            self.add(c, t, "chat", "chat", self.say(W.QUESTION, c))
            self.add(
                c,
                t + timedelta(minutes=6),
                "chat",
                "chat",
                self.say(W.ANSWER, c),
                "outbound",
                attrs={"agent": "a-chat"},
            )
            if self.rng.random() < 0.6:
                self.add(c, t + timedelta(minutes=9), "chat", "chat", self.say(W.THANKS, c))
        elif k == "call":
            self.add(c, t, "phone", "call", self.say(W.CALL_QUESTION, c).lower())
            self.add(
                c, t + timedelta(minutes=25), "email", "message", self.say(W.ANSWER, c), "outbound"
            )
        elif k == "purchase":
            self.add(c, t, "web", "page_view", None, attrs={"page": "/arbres/olivier"})
            price = self.rng.choice(["49.00", "79.00", "119.00", "149.00"])
            attrs = {
                "order_value": price,
                "currency": cur,
                "product": "olive-180",
                "page": "/panier",
            }
            self.add(c, t + timedelta(minutes=7), "web", "purchase", None, attrs=attrs)
        elif k == "review":
            self.add(
                c, t, "web", "review", self.say(W.REVIEW, c), attrs={"rating": "5", "page": "/avis"}
            )
        elif k == "page":
            self.add(c, t, "web", "page_view", None, attrs={"page": "/mon-arbre"})
        else:
            sc = {"nps": self.rng.choice([9, 10]), "csat": 5, "ces": self.rng.choice([6, 7])}
            self.add(c, t, "survey", "survey_response", None, scores=sc, attrs={"survey": "nps"})

    def happy_days(
        self, c: Cust, n: int, days: list[int], lo: float = 7.0, hi: float = 19.0
    ) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, d, lo, hi)

    # -- output ------------------------------------------------------------------
    def write(self, expected: dict[str, int], written: str) -> None:
        counts: dict[str, int] = {}
        for c in self.customers.values():
            for rule in c.info["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        if counts != expected:
            raise SystemExit(f"{self.name}: expected {expected}, truth has {counts}")
        ids = {r["event_id"] for r in self.rows}
        owner = {r["event_id"]: r for r in self.rows}
        for c in self.customers.values():
            for k, v in c.info.items():
                vals = v if isinstance(v, list) else [v]
                if k.endswith("event_id") or k.endswith("event_ids"):
                    for e in vals:
                        if e is not None and e not in ids:
                            raise SystemExit(f"{c.key}: unknown event {e}")
                        if e is not None and not _belongs(owner[e], c):
                            raise SystemExit(f"{c.key}: event {e} not theirs")
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        last = datetime.fromisoformat(self.rows[-1]["occurred_at"].replace("Z", "+00:00"))
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        end = min(end, LIMIT - timedelta(seconds=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED,
                "written": written,
                "expected": dict(sorted(expected.items())),
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {k: c.info for k, c in sorted(self.customers.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8", newline="\n") as fh:
            for r in self.rows:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (HERE / f"{self.name}.truth.json").write_text(text, encoding="utf-8")


def _belongs(row: dict[str, Any], c: Cust) -> bool:
    ref = row["customer"]
    return bool(
        ref["customer_id"] == c.key
        or ref["email"] == c.email
        or ref["phone"] == c.phone
        or ref["handle"] == c.handle
    )


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


# ---------------------------------------------------------------------------
def complaint(
    f: Fam, c: Cust, t: datetime, problem: str, case: str, channel: str, long: bool = False
) -> str:
    text = f.say(W.PROBLEM[problem], c, case=case)
    if long:
        text = f.rng.choice(W.LONG_EMAIL[c.lang]).format(problem=text[0].lower() + text[1:])
        channel = "email"
    if channel == "email":
        return f.add(c, t, "email", "message", text, subject=case)
    if channel == "chat":
        return f.add(c, t, "chat", "chat", text)
    if channel == "phone":
        return f.add(
            c, t, "phone", "call", strip_accents(text).lower().replace(".", "").replace("?", "")
        )
    if channel == "social":
        return f.add(c, t, "social", "mention", text)
    return f.add(c, t, "web", "ticket", text, subject=case, attrs={"page": "/contact"})


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "hw",
        d(2026, 3, 9),
        10,
        "happy customers writing often; nothing to warn about",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(7, 10), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for day in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            f.add(c, f.at(day, 22.5, 23.9), "community", "post", f.say(W.NIGHT, c))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for day in sorted(f.rng.sample(range(10), 2)):
            sc = {"nps": f.rng.choice([9, 10]), "csat": 5, "ces": f.rng.choice([6, 7])}
            f.add(
                c, f.at(day), "survey", "survey_response", None, scores=sc, attrs={"survey": "nps"}
            )
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "ob", d(2026, 4, 20), 12, "happy customers with one angry day")
    chans = ["email", "chat", "social", "web", "phone", "long"]
    for i in range(30):
        detr = i < 6
        tol = ["silence"]
        c = f.person(
            "bad_day_detractor" if detr else "happy_one_bad_day",
            "one bad day",
            expected=["detractor"] if detr else [],
            tolerated=tol,
        )
        bad = 2 + i % 8
        before = [x for x in range(12) if x <= bad - 2 or x >= bad + 3]
        f.happy_days(c, f.rng.randint(4, 7), before)
        problem = PROBLEMS[i % 6]
        ch = chans[i % 6]
        case = f.case() if ch != "social" else None
        t = f.at(bad, 8, 20)
        eid = complaint(
            f, c, t, problem, case or "", ch if ch != "long" else "email", long=ch == "long"
        )
        c.info.update(
            {
                "problem": problem,
                "booking": case,
                "bad_day_at": ts(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": ts(t),
            }
        )
        c.info["long_email"] = ch == "long"
        if case:
            reply = "chat" if ch == "chat" else "email"
            f.add(
                c,
                t + timedelta(minutes=40),
                reply,
                "chat" if reply == "chat" else "message",
                f.say(W.CASE_OPENED, c, case=case),
                "outbound",
            )
        if i % 3 == 0 and bad + 1 < 12:
            a = f.add(c, f.at(bad + 1, 8, 12), "email", "message", f.say(W.APOLOGY, c))
            c.info.update({"apologised": True, "apology_event_id": a})
        if detr:
            sc = {"nps": f.rng.randint(1, 5), "csat": f.rng.randint(1, 2), "ces": None}
            s = f.add(
                c,
                t + timedelta(hours=3),
                "survey",
                "survey_response",
                None,
                scores=sc,
                attrs={"survey": "nps"},
            )
            c.info.update({"nps_given": True, "nps": sc["nps"], "survey_event_id": s})
    for _ in range(2):
        c = f.person("happy", "control")
        f.happy_days(c, 4, list(range(12)))
    return f


def repeat_run(f: Fam, c: Cust, day: int, times: int, problem: str) -> None:
    case = f.case()
    t = t0 = f.at(day, 8, 17)
    chans = ["web", "email", "chat", "phone"]
    first = complaint(f, c, t, problem, case, chans[0])
    f.add(
        c,
        t + timedelta(hours=1),
        "email",
        "message",
        f.say(W.CASE_OPENED, c, case=case),
        "outbound",
    )
    ids = [first]
    comp = None
    for k in range(1, times):
        t = t + timedelta(hours=f.rng.randint(18, 40))
        if t.hour < 7 or t.hour > 20:
            t = t.replace(hour=9)
        if k == 1:
            ids.append(
                f.add(c, t, "email", "message", f.say(W.STILL_OPEN, c, case=case), subject=case)
            )
            f.add(
                c,
                t + timedelta(hours=2),
                "email",
                "message",
                f.say(W.ESCALATED, c, case=case),
                "outbound",
            )
        elif k == 2:
            comp = f.rng.choice(COMPETITORS)
            ids.append(f.add(c, t, "chat", "chat", f.say(W.THIRD_TIME, c, case=case, comp=comp)))
        else:
            ids.append(f.add(c, t, "phone", "call", f.say(W.CALL_STILL_OPEN, c, case=case)))
    c.info.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "problem_event_ids": ids,
            "competitor": comp,
        }
    )
    c.info["trouble_starts_at"] = ts(t0)


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "rc",
        d(2026, 6, 1),
        10,
        "the same open problem raised again; look-alikes",
    )
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        f.happy(c, 0, 7, 12)
        f.happy(c, 9, 8, 18)
        repeat_run(f, c, 1 + i % 4, 2 + i % 3, PROBLEMS[i % 6])
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        case = f.case()
        t = f.at(1 + i % 3, 8, 16)
        e1 = complaint(f, c, t, PROBLEMS[(i + 2) % 6], case, "chat")
        f.add(
            c,
            t + timedelta(minutes=10),
            "chat",
            "chat",
            f.say(W.CASE_OPENED, c, case=case),
            "outbound",
        )
        fx = t + timedelta(days=1, hours=2)
        f.add(c, fx, "email", "message", f.say(W.FIXED_AGENT, c, case=case), "outbound")
        e2 = f.add(
            c,
            fx + timedelta(hours=3),
            "email",
            "message",
            f.say(W.CONFIRM, c, case=case),
            subject=case,
        )
        f.happy(c, 8, 8, 18)
        c.info.update(
            {
                "booking": case,
                "problem_event_ids": [e1],
                "confirm_event_id": e2,
                "trouble_starts_at": ts(t),
            }
        )
    for i in range(4):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        evs = []
        for j, day in enumerate((2, 6)):
            case = f.case()
            t = f.at(day, 8, 16)
            evs.append(complaint(f, c, t, PROBLEMS[(i + 3 * j) % 6], case, "web"))
            f.add(
                c,
                t + timedelta(hours=1),
                "email",
                "message",
                f.say(W.CASE_OPENED, c, case=case),
                "outbound",
            )
        c.info.update({"problem_event_ids": evs})
    for _ in range(6):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(7, 9), list(range(10)))
    return f


def slide(f: Fam, c: Cust, start_day: int, lang: str | None = None) -> list[str]:
    comp = f.rng.choice(COMPETITORS)
    ids = []
    for k in range(6):
        day = start_day + k * 2
        chan = ["community", "chat", "email", "social", "web", "community"][k]
        kind = {
            "community": "post",
            "chat": "chat",
            "email": "message",
            "social": "mention",
            "web": "ticket",
        }[chan]
        text = W.SLIDE[lang or c.lang][k]
        ids.append(f.add(c, f.at(day, 8, 19), chan, kind, f.roughen(text.format(comp=comp))))
    c.info.update({"slide_event_ids": ids, "competitor": comp})
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "sc",
        d(2026, 7, 6),
        32,
        "sustained slides from happy; leavers; grumpy; sarcasm",
    )
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i < 5 else [])
        c = f.person("slow_churner", "slides", expected=exp, tolerated=SLIDE_TOL)
        for day in sorted(f.rng.sample(range(11), 4 + i % 2)):
            f.add(c, f.at(day), "community", "post", f.say(W.PRAISE, c))
        for day in sorted(f.rng.sample(range(11), 2 + i % 3)):
            f.happy(c, day, survey=False)
        sd = 12 + i % 5
        slide(f, c, sd)
        c.info.update(
            {
                "trouble_starts_at": f.rows[-6]["occurred_at"],
                "slide_days": [sd + 2 * k for k in range(6)],
            }
        )
        if i < 5:
            sc = {"nps": f.rng.randint(1, 4), "csat": 2, "ces": None}
            s = f.add(
                c,
                f.at(sd + 11, 8, 19),
                "survey",
                "survey_response",
                None,
                scores=sc,
                attrs={"survey": "nps"},
            )
            c.info.update({"nps_given": True, "nps": sc["nps"], "survey_event_id": s})
    for i in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVER_TOL
        )
        f.happy_days(c, 5, list(range(15)))
        t = f.at(18 + i, 8, 18)
        e = f.add(c, t, "email", "message", f.say(W.CANCEL, c), subject="Abetello Plus")
        f.add(c, t + timedelta(hours=2), "email", "message", f.say(W.SORRY_GO, c), "outbound")
        x = f.add(
            c,
            t + timedelta(hours=3),
            "web",
            "cancellation",
            None,
            attrs={"page": "/compte/resilier", "product": "abetello-plus"},
        )
        c.info.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": f.rows[-1]["occurred_at"],
                "trouble_starts_at": ts(t),
            }
        )
    for _ in range(4):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        evs = [
            f.add(c, f.at(day), "community", "post", f.say(W.GRUMBLE, c))
            for day in sorted(f.rng.sample(range(30), 5))
        ]
        c.info.update({"grumble_event_ids": evs})
    for _ in range(3):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, 6, list(range(30)))
        c.info["sarcasm_event_id"] = f.add(
            c, f.at(f.rng.randint(5, 25)), "social", "mention", f.say(W.SARCASM, c)
        )
    for _ in range(9):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(7, 11), list(range(31)))
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours", "qh", d(2026, 8, 28), 3, "a calm weekend with night writers and night owls"
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(2, 3), [0, 1, 2], 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(f.rng.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", None, attrs={"page": "/mon-arbre"})
        g = f.add(c, t + timedelta(minutes=25), "chat", "chat", f.say(W.GRUMBLE, c))
        f.add(c, t + timedelta(minutes=32), "chat", "chat", f.say(W.ANSWER, c), "outbound")
        c.info.update({"grumble_event_id": g, "trouble_starts_at": f.rows[-2]["occurred_at"]})
    for _ in range(20):
        c = f.person("happy", "night writer")
        f.add(c, f.at(f.rng.randint(0, 2), 22.2, 23.9), "community", "post", f.say(W.NIGHT, c))
    for _ in range(16):
        n = f.rng.randint(2, 4)
        c = f.person("night_owl", f"night 1, burst {n}")
        day = f.rng.randint(0, 2)
        t = f.at(day, 0.5, 4.5)
        first = f.add(c, t, "community", "post", f.say(W.NIGHT, c))
        for k in range(1, n):
            f.add(c, t + timedelta(minutes=4 * k), "community", "post", f.say(W.PRAISE, c))
        c.info.update({"burst_at": ts(t), "night_event_id": first})
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "bl", d(2026, 9, 21), 14, "customers writing in two languages")
    pairs = [
        ("fr", "pt"),
        ("pt", "fr"),
        ("fr", "en"),
        ("pt", "en"),
        ("fr", "de"),
        ("pt", "es"),
        ("fr", "it"),
        ("de", "fr"),
        ("es", "pt"),
        ("it", "fr"),
        ("en", "pt"),
        ("pt", "de"),
    ]
    for i in range(27):
        a, b = pairs[i % len(pairs)]
        if i < 12:
            c = f.person("happy", "alternates languages", lang=a)
            for j, day in enumerate(sorted(f.rng.sample(range(14), 8))):
                c.lang = a if j % 2 == 0 else b
                f.happy(c, day)
            c.lang = a
        elif i < 17:
            c = f.person(
                "repeat_contact",
                "repeats",
                expected=["repeat_contact"],
                tolerated=REPEAT_TOL,
                lang=a,
            )
            f.happy(c, 0)
            c.lang = b
            repeat_run(f, c, 2 + i % 4, 3, PROBLEMS[i % 6])
            c.lang = a
        elif i < 22:
            c = f.person(
                "slow_churner", "slides", expected=["sentiment_drop"], tolerated=SLIDE_TOL, lang=a
            )
            for day in [0, 0, 1, 2, 2]:
                f.add(c, f.at(day), "community", "post", f.say(W.PRAISE, c))
            c.lang = b
            slide(f, c, 3)
            c.lang = a
        else:
            c = f.person("happy_one_bad_day", "one bad day", tolerated=["silence"], lang=a)
            f.happy_days(c, 2, [0, 1, 2, 10, 11])
            c.lang = b
            case = f.case()
            t = f.at(6, 9, 18)
            e = complaint(f, c, t, PROBLEMS[i % 6], case, "email")
            f.add(
                c,
                t + timedelta(hours=1),
                "email",
                "message",
                f.say(W.CASE_OPENED, c, case=case),
                "outbound",
            )
            c.lang = a
            c.info.update(
                {"bad_day_at": ts(t), "bad_day_event_id": e, "bad_day_language": b, "booking": case}
            )
        c.info["languages"] = [a, b]
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "bb", d(2026, 10, 12), 14, "company accounts (Abetello Business)")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 3 + ["mild"] * 3 + ["happy"] * 4
    sites = [
        "hotel",
        "office",
        "shop",
        "bank",
        "school",
        "clinic",
        "restaurant",
        "coworking",
        "museum",
        "mall",
        "theatre",
        "airport",
        "hospital",
        "library",
        "spa",
    ]
    for i, kind in enumerate(kinds):
        acc = f"acct-{sites[i]}-{i + 1:02d}"
        lang = f.lang()
        unhappy = (3 + i % 2) if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        n = max(unhappy + 1, 3 + i % 3)
        problem = B2B_PROBLEMS[i % 4] if kind != "happy" else None
        contacts: list[Cust] = []
        case = f.case()
        first_t: datetime | None = None
        t = f.at(2, 8, 11)
        for j in range(n):
            complainer = j < unhappy
            if kind == "at_risk" and complainer:
                exp = ["detractor"] + (["repeat_contact"] if j == unhappy - 1 else [])
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    expected=exp,
                    tolerated=B2B_COMPLAIN_TOL,
                    lang=lang,
                    account=acc,
                    segment="b2b",
                )
            elif kind == "one_unhappy" and complainer:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    tolerated=["sentiment_drop", "high_value_at_risk", "silence"],
                    lang=lang,
                    account=acc,
                    segment="b2b",
                )
            elif kind == "mild" and j == 0:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    tolerated=["silence"],
                    lang=lang,
                    account=acc,
                    segment="b2b",
                )
            else:
                c = f.person("b2b_happy", "contact", lang=lang, account=acc, segment="b2b")
            c.info["company"] = acc
            contacts.append(c)
            if complainer and problem:
                text = f.say(B.B2B_PROBLEM[problem], c, case=case)
                e = f.add(c, t, "email", "message", text, subject=case)
                first_t = first_t or t
                if j == 0:
                    f.add(
                        c,
                        t + timedelta(hours=2),
                        "email",
                        "message",
                        f.say(B.B2B_ACK, c, case=case),
                        "outbound",
                    )
                evs = [e]
                if kind == "at_risk":
                    sc = {"nps": f.rng.randint(1, 5), "csat": None, "ces": None}
                    s = f.add(
                        c,
                        t + timedelta(hours=4),
                        "survey",
                        "survey_response",
                        None,
                        scores=sc,
                        attrs={"survey": "nps"},
                    )
                    c.info.update({"nps_given": True, "nps": sc["nps"], "survey_event_id": s})
                    if j == unhappy - 1:
                        again = t + timedelta(hours=26)
                        comp = f.rng.choice(COMPETITORS)
                        evs.append(
                            f.add(
                                c,
                                again,
                                "email",
                                "message",
                                f.say(B.B2B_STILL, c, case=case, comp=comp),
                                subject=case,
                            )
                        )
                        c.info["competitor"] = comp
                c.info.update(
                    {"role": "complainer", "complaint_event_ids": evs, "trouble_starts_at": ts(t)}
                )
                t = t + timedelta(hours=f.rng.randint(8, 28))
                if t.hour < 8 or t.hour > 18:
                    t = t.replace(hour=10)
            elif kind == "mild" and j == 0:
                c.info["mild_event_id"] = f.add(
                    c, f.at(5, 9, 17), "email", "message", f.say(B.B2B_MILD, c)
                )
                c.info["role"] = "suggests"
            else:
                c.info["role"] = "contact"
                for day in sorted(f.rng.sample(range(13), f.rng.randint(2, 5))):
                    f.add(c, f.at(day, 8, 17), "email", "message", f.say(B.B2B_PRAISE, c))
        at_risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": acc,
            "site": sites[i],
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [c.key for c in contacts[:unhappy]],
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if at_risk else None,
            "trouble_starts_at": ts(first_t) if at_risk and first_t else None,
            "language": lang,
            "country": contacts[0].market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike", "ts", d(2026, 11, 2), 7, "a calm week and one planted spike on the Saturday"
    )
    for _ in range(40):
        c = f.person("happy", "day writer")
        for day in sorted(f.rng.sample(range(6), f.rng.randint(2, 5))):
            f.happy(c, day, 12 if day == 5 else 7, 19)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, 9, 16)
        g = f.add(c, t, "chat", "chat", f.say(W.GRUMBLE, c))
        f.add(c, t + timedelta(minutes=8), "chat", "chat", f.say(W.ANSWER, c), "outbound")
        c.info.update({"grumble_event_id": g, "trouble_starts_at": ts(t)})
    for _ in range(2):
        c = f.person("grumbles_once", "lone question", tolerated=["silence"])
        t = f.at(4, 10, 17)
        c.info.update(
            {
                "lone_report_event_id": f.add(c, t, "chat", "chat", f.say(W.LONE_QUESTION, c)),
                "trouble_starts_at": ts(t),
            }
        )
        f.add(c, t + timedelta(minutes=7), "chat", "chat", f.say(W.ANSWER, c), "outbound")
    s0 = d(2026, 11, 7) + timedelta(hours=9, minutes=5)
    keys, firsts, repeats = [], [], []
    chans = [
        ("social", "mention"),
        ("chat", "chat"),
        ("email", "message"),
        ("community", "post"),
        ("web", "ticket"),
    ]
    for i in range(20):
        rep = i % 10 in (1, 4, 7)
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i % 3 else "new",
            expected=["repeat_contact"] if rep else [],
            tolerated=["sentiment_drop", "silence"] if rep else ["silence"],
        )
        if i % 3:
            f.happy(c, f.rng.randint(0, 3))
        t = (
            s0
            if i == 0
            else (
                s0 + timedelta(minutes=45)
                if i == 19
                else s0 + timedelta(minutes=f.rng.randint(1, 44))
            )
        )
        ch, kind = chans[i % 5]
        e = f.add(c, t, ch, kind, f.say(W.SPIKE, c))
        keys.append(c.key)
        firsts.append(e)
        c.info.update(
            {"in_spike": True, "spike_event_id": e, "spike_channel": ch, "trouble_starts_at": ts(t)}
        )
        if rep:
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(20, 50)),
                "chat",
                "chat",
                f.say(W.SPIKE_AGAIN, c),
            )
            repeats.append(r)
            c.info["repeat_event_id"] = r
        if i % 2 == 0:
            local = s0 + timedelta(hours=2, minutes=40 + LOCAL_OFFSET.get(c.market, 1) * 60)
            f.add(
                c,
                s0 + timedelta(hours=2, minutes=50),
                "email",
                "message",
                f.say(W.SPIKE_FIXED, c, hour=local.strftime("%H:%M")),
                "outbound",
            )
            c.info["agent_fixed"] = True
    f.spike = {
        "topic": (
            "tree-hire app moves every adopted tree out of its family's account to a"
            f" stranger's; reclaiming fails with error {CODE}"
        ),
        "about": "the adopted-tree transfer fault",
        "channel": None,
        "start": ts(s0),
        "end": ts(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": firsts,
        "repeat_event_ids": repeats,
    }
    return f


FAMILIES = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 6}),
    (repeat_contacts, {"repeat_contact": 12}),
    (slow_churners, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 5, "sentiment_drop": 5}),
    (b2b_accounts, {"account_risk": 5, "detractor": 17, "repeat_contact": 5}),
    (topic_spike, {"topic_spike": 1, "repeat_contact": 6}),
]


def main() -> None:
    keys: set[str] = set()
    for make, expected in FAMILIES:
        fam = make()
        if keys & set(fam.customers):
            raise SystemExit(f"{fam.name}: reused customer ids")
        keys |= set(fam.customers)
        fam.write(dict(expected), "2026-12-05, blind")
        print(fam.name, len(fam.customers), len(fam.rows))


if __name__ == "__main__":
    main()
