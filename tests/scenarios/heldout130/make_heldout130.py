"""Generate heldout130 (Piscalia, pool care): eight hand-written alert families.

Standard library only, seeded and deterministic. Run ``python make_heldout130.py``.
"""

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

import wording as w  # noqa: E402
import wording_b2b as wb  # noqa: E402

SEED = 20261114
BRAND = "Piscalia"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
MARKETS = {
    "fr": ["FR", "FR", "BE", "CH"],
    "es": ["ES"],
    "en": ["UK", "IE"],
    "de": ["DE", "AT", "CH"],
    "it": ["IT"],
    "pt": ["PT"],
}
PHONE = {
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "CH": ("+41", "79", 7),
    "ES": ("+34", "6", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "87", 7),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
LANG_W = [("fr", 30), ("es", 30), ("en", 10), ("de", 10), ("it", 10), ("pt", 10)]
SOURCE = {
    "email": "piscalia-mail",
    "phone": "piscalia-voice",
    "social": "piscalia-social",
    "community": "piscalia-forum",
    "chat": "piscalia-chat",
    "web": "piscalia-web",
    "survey": "piscalia-survey",
}
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
CANCEL_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_TOL = [*REPEAT_TOL, "account_risk"]
USED: set[str] = set()


def uniq(value: str) -> str:
    if value in USED:
        raise SystemExit(f"identifier reused: {value}")
    USED.add(value)
    return value


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    keep = "ñÑß"
    out = []
    for ch in text:
        if ch in keep:
            out.append(ch)
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            )
    return "".join(out)


def ascii_id(text: str) -> str:
    return strip_accents(text).replace("ñ", "n").replace("Ñ", "N").replace("ß", "ss").lower()


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
    about: str
    n: int
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[tuple[datetime, int, dict[str, Any]]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    expected: dict[str, int] = field(default_factory=dict)
    count: int = 0
    owner: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table.get(lang) or table["en"])

    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_W], [y for _, y in LANG_W])[0]

    def day(self, d: float, h0: float = 8, h1: float = 19) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=d, minutes=minutes)

    def case(self) -> str:
        while True:
            c = f"PC-{self.rng.randint(100000, 999999)}"
            if c not in USED:
                return uniq(c)

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        market: str | None = None,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.rng.choice(MARKETS[lang])
        first = self.rng.choice(w.FIRST[lang])
        while domain and f"{ascii_id(first)}@{domain}" in USED:
            first = self.rng.choice(w.FIRST[lang])
        last = self.rng.choice(w.LAST[lang])
        while True:
            key = f"PC{self.code}{self.rng.randint(1000, 9999)}"
            if key not in USED:
                break
        uniq(key)
        plain = ascii_id(f"{first}.{last}").replace(" ", "").replace("'", "")
        if domain:
            email = f"{ascii_id(first)}@{domain}"
        else:
            host = self.rng.choice(["correo", "mail", "poste", "webpost"])
            email = f"{plain}{self.rng.randint(1, 99)}@{host}.example"
        cc, pre, n = PHONE[market]
        phone = cc + pre + "".join(str(self.rng.randint(0, 9)) for _ in range(n))
        handle = (
            None if domain else "@" + ascii_id(f"{last}_{first}") + str(self.rng.randint(1, 99))
        )
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": uniq(email),
            "phone": uniq(phone),
            "handle": uniq(handle) if handle else None,
            "account_id": account,
        }
        exp = sorted(expected or [])
        tol = sorted(tolerated or [])
        if set(exp) & set(tol):
            raise SystemExit(f"{key}: rule both expected and tolerated")
        truth: dict[str, Any] = {
            "identifiers": ids,
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": self.rng.choice(w.JOB[lang]),
            "town": self.rng.choice(w.TOWN[lang]),
        }
        c = Cust(key, lang, market, first, ids, truth)
        self.custs[key] = c
        return c

    def rough_text(self, text: str) -> str:
        r = self.rough.random()
        if r < 0.1:
            text = strip_accents(text)
        if self.rough.random() < 0.12 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if self.rough.random() < 0.14:
            words = [
                i
                for i, x in enumerate(text.split(" "))
                if len(x) > 4 and x.isalpha() and x.islower()
            ]
            if words:
                parts = text.split(" ")
                i = self.rough.choice(words)
                s = parts[i]
                j = self.rough.randint(1, len(s) - 2)
                parts[i] = s[:j] + s[j + 1] + s[j] + s[j + 2 :]
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
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        if not (self.start <= t < LIMIT):
            raise SystemExit(f"{self.name}: time out of window {t}")
        self.count += 1
        eid = uniq(f"pc130-{self.code.lower()}-{self.count:05d}")
        if out or not c.seen:
            ref = {k: v for k, v in c.ids.items()}
        else:
            ref = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.ids["account_id"],
            }
            if channel == "phone":
                ref["phone"] = c.ids["phone"]
            elif channel in ("social", "community"):
                if c.ids["handle"]:
                    h = c.ids["handle"]
                    ref["handle"] = h[1:] if self.rough.random() < 0.2 else h
                else:
                    ref["email"] = c.ids["email"]
            elif channel == "email":
                e = c.ids["email"] or ""
                ref["email"] = e.upper() if self.rough.random() < 0.08 else e
            else:
                ref["customer_id"] = c.key
        if not out:
            c.seen = True
        if text is not None:
            text = text.replace("{b}", BRAND)
            if rough and not out and channel not in ("phone", "survey"):
                text = self.rough_text(text)
            if channel == "social" and not out and "@" + BRAND not in text:
                text = text.replace(BRAND, "@" + BRAND, 1) if BRAND in text else f"@{BRAND} {text}"
        a = {"market": c.market}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Léa", "Sara", "Tom", "Aitana", "Bruno", "Mélanie"])
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        row = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": ref,
            "text": text,
            "subject": subject,
            "scores": sc,
            "source": SOURCE[channel],
            "attributes": a,
        }
        self.owner[eid] = c.key
        self.rows.append((t, self.count, row))
        return eid

    def write(self) -> None:
        counts: dict[str, int] = {}
        for c in self.custs.values():
            if not any(
                r[2]["customer"].get("customer_id") == c.key and r[2]["direction"] == "inbound"
                for r in self.rows
            ):
                raise SystemExit(f"{c.key}: no inbound touchpoint")
            for r in c.truth["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        if counts != self.expected:
            raise SystemExit(f"{self.name}: expected {self.expected}, planted {counts}")
        self.rows.sort(key=lambda x: (x[0], x[1]))
        firsts: set[str] = set()
        for _, _, r in self.rows:
            k = self.owner[r["event_id"]]
            if r["direction"] == "inbound" and k not in firsts:
                firsts.add(k)
                r["customer"] = dict(self.custs[k].ids)
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            end = LIMIT - timedelta(minutes=1)
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for _, _, r in self.rows)
        (HERE / f"{self.name}.jsonl").write_text(lines, "utf-8")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BRAND,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-05",
                "expected": dict(sorted(self.expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def buy(f: Fam, c: Cust, t: datetime) -> None:
    name, price, page = f.rng.choice(w.PRODUCTS)
    cur = "GBP" if c.market in ("UK",) else "CHF" if c.market == "CH" else "EUR"
    value = float(price) * (0.86 if cur == "GBP" else 0.94 if cur == "CHF" else 1.0)
    f.add(c, t, "web", "page_view", attrs={"page": "/shop/" + page})
    f.add(
        c,
        t + timedelta(minutes=f.rng.randint(2, 9)),
        "web",
        "purchase",
        attrs={
            "order_value": f"{value:.2f}",
            "currency": cur,
            "product": name,
            "page": "/shop/" + page,
        },
    )


def happy_act(f: Fam, c: Cust, t: datetime, surveys: bool = True) -> None:
    kinds = ["praise", "again", "gripe", "question", "call", "buy", "view", "review"]
    if surveys:
        kinds.append("survey")
    k = f.rng.choice(kinds)
    L = c.lang
    if k in ("praise", "again"):
        ch = f.rng.choice(["social", "community"])
        f.add(
            c,
            t,
            ch,
            "mention" if ch == "social" else "post",
            f.pick(w.PRAISE if k == "praise" else w.AGAIN, L),
        )
    elif k == "gripe":
        f.add(c, t, "community", "post", f.pick(w.GRIPE, L))
    elif k == "question":
        ch = f.rng.choice(["chat", "email"])
        f.add(c, t, ch, "chat" if ch == "chat" else "message", f.pick(w.QUESTION, L))
        t2 = t + timedelta(minutes=f.rng.randint(2, 6) if ch == "chat" else f.rng.randint(40, 180))
        f.add(c, t2, ch, "chat" if ch == "chat" else "message", f.pick(w.ANSWER, L), out=True)
        if f.rng.random() < 0.6:
            f.add(
                c,
                t2 + timedelta(minutes=f.rng.randint(1, 20)),
                ch,
                "chat" if ch == "chat" else "message",
                f.pick(w.THANKS, L),
            )
    elif k == "call":
        f.add(c, t, "phone", "call", f.pick(w.CALL_Q, L))
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(20, 90)),
            "email",
            "message",
            f.pick(w.CALL_FOLLOW, L),
            out=True,
        )
    elif k == "buy":
        buy(f, c, t)
    elif k == "view":
        f.add(c, t, "web", "page_view", attrs={"page": f.rng.choice(w.PAGES)})
    elif k == "review":
        f.add(c, t, "web", "review", f.pick(w.REVIEW, L), attrs={"rating": "5", "page": "/reviews"})
    else:
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            f.pick(w.SURVEY_HAPPY, L) or None,
            scores={
                "nps": f.rng.choice([9, 10]),
                "csat": f.rng.choice([4, 5]),
                "ces": f.rng.choice([6, 7]),
            },
            attrs={"survey": "nps"},
        )


def happy(
    f: Fam, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 19, surveys: bool = True
) -> None:
    for d in sorted(f.rng.sample(days, min(n, len(days)))):
        happy_act(f, c, f.day(d, h0, h1), surveys)


def complain(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, long: bool = False
) -> tuple[str, str | None]:
    L = c.lang
    text = f.pick(w.PROBLEM[problem], L)
    subj = w.COMPLAINT_SUBJ[L].format(t=w.TOPIC[problem][L])
    if long and L in w.LONG:
        body = f.pick(w.LONG, L).format(p=text + ".", e=f.pick(w.ANGRY_END, L), n=c.truth["name"])
        eid = f.add(c, t, "email", "message", body, subject=subj)
        c.truth["long_email"] = True
        channel = "email"
    elif channel == "email":
        eid = f.add(c, t, "email", "message", text + ". " + f.pick(w.ANGRY_END, L), subject=subj)
    elif channel == "chat":
        eid = f.add(c, t, "chat", "chat", text)
    elif channel == "social":
        eid = f.add(c, t, "social", "mention", text + " " + f.pick(w.ANGRY_END, L))
        return eid, None
    elif channel == "phone":
        eid = f.add(c, t, "phone", "call", strip_accents(text).lower())
    else:
        eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/contact"})
    case = f.case()
    ch = "chat" if channel == "chat" else "email"
    f.add(
        c,
        t + timedelta(minutes=f.rng.randint(3, 8) if ch == "chat" else f.rng.randint(45, 200)),
        ch,
        "chat" if ch == "chat" else "message",
        f.pick(w.REPLY_CASE, L).format(f=c.first, c=case, b=BRAND),
        out=True,
        subject=None if ch == "chat" else w.RE_SUBJ[L].format(c=case),
    )
    return eid, case


def out_of_night(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=t.minute % 60)
    return t


# ---------------------------------------------------------------- families


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy(f, c, f.rng.randint(7, 10), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 380))
            if f.rng.random() < 0.6:
                f.add(c, t, f.rng.choice(["social", "community"]), "post", f.pick(w.NIGHT, c.lang))
            else:
                f.add(c, t, "chat", "chat", f.pick(w.NIGHT_Q, c.lang))
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(2, 6)),
                    "chat",
                    "chat",
                    f.pick(w.NIGHT_A, c.lang),
                    out=True,
                )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), 2)):
            f.add(
                c,
                f.day(d),
                "survey",
                "survey_response",
                f.pick(w.SURVEY_HAPPY, c.lang) or None,
                scores={"nps": f.rng.choice([9, 10]), "csat": 5, "ces": f.rng.choice([6, 7])},
                attrs={"survey": "nps"},
            )


def one_bad_day(f: Fam) -> None:
    problems = list(w.PROBLEM)
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    f.rng.shuffle(chans)
    for i in range(24):
        det = i < 6
        ch = chans[i]
        lang = ("fr" if i % 2 else "es") if ch == "long" else None
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang,
            ["detractor"] if det else [],
            ["silence"],
        )
        bad = f.rng.randint(2, 9)
        before = [d for d in range(12) if d <= bad - 2 or d >= bad + 3]
        happy(f, c, f.rng.randint(1, 5), before, surveys=False)
        problem = problems[i % 6]
        t = f.day(bad, 8, 20)
        eid, case = complain(f, c, t, problem, "email" if ch == "long" else ch, long=ch == "long")
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "booking": case,
                "trouble_starts_at": iso(t),
                "channel": ch,
            }
        )
        if f.rng.random() < 0.5 and ch != "social":
            a = f.add(
                c,
                t + timedelta(hours=f.rng.randint(18, 26)),
                "email",
                "message",
                f.pick(w.APOLOGY, c.lang),
            )
            c.truth.update({"apologised": True, "apology_event_id": a})
        if det or f.rng.random() < 0.3:
            nps = f.rng.randint(1, 5) if det else None
            s = f.add(
                c,
                t + timedelta(hours=f.rng.randint(2, 5)),
                "survey",
                "survey_response",
                f.pick(w.LOW_CSAT, c.lang),
                scores={"nps": nps, "csat": f.rng.randint(1, 2)}
                if nps
                else {"csat": f.rng.randint(1, 2)},
                attrs={"survey": "nps" if nps else "csat"},
            )
            c.truth.update({"survey_event_id": s, "nps_given": bool(nps), "nps": nps})
    for _ in range(8):
        c = f.person("happy", "control")
        happy(f, c, f.rng.randint(3, 6), list(range(12)), surveys=False)


def repeat_run(f: Fam, c: Cust, problem: str, d: int, times: int, with_comp: bool) -> None:
    L = c.lang
    t = f.day(d, 8, 19)
    first_ch = f.rng.choice(["web", "email", "chat", "phone"])
    eid, case = complain(f, c, t, problem, first_ch)
    ids = [eid]
    comp = None
    chans = ["email", "chat", "phone", "web", "community"]
    for k in range(2, times + 1):
        t = out_of_night(t + timedelta(hours=f.rng.randint(4, 40)))
        ch = f.rng.choice([x for x in chans if x != first_ch])
        pb = f.pick(w.PROBLEM[problem], L)
        if k == 3 and with_comp:
            comp = f.rng.choice(w.COMPETITORS)
            text = f.pick(w.THIRD, L).format(c=case, x=comp)
        elif k == 4:
            text = f.pick(w.FOURTH, L).format(c=case)
        else:
            text = f.pick(w.STILL, L).format(c=case, p=pb)
        if ch == "phone":
            text = f.pick(w.CALL_STILL, L).format(c=case)
            ids.append(f.add(c, t, "phone", "call", text))
        elif ch == "email":
            ids.append(f.add(c, t, "email", "message", text, subject=w.RE_SUBJ[L].format(c=case)))
        elif ch == "community":
            ids.append(f.add(c, t, "community", "post", text))
        elif ch == "web":
            ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/contact"}))
        else:
            ids.append(f.add(c, t, "chat", "chat", text))
        if k == 2:
            f.add(
                c,
                t + timedelta(hours=2),
                "email",
                "message",
                f.pick(w.ESCALATE, L).format(f=c.first, c=case, b=BRAND),
                out=True,
                subject=w.RE_SUBJ[L].format(c=case),
            )
            c.truth["agent_passed_on"] = True
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "problem_event_ids": ids,
            "contacts": times,
            "competitor": comp,
            "trouble_starts_at": iso(
                datetime.fromisoformat(
                    f.rows[[r[2]["event_id"] for r in f.rows].index(ids[0])][2][
                        "occurred_at"
                    ].replace("Z", "+00:00")
                )
            ),
        }
    )


def fixed_case(f: Fam, c: Cust, problem: str, d: int) -> dict[str, Any]:
    t = f.day(d, 8, 17)
    eid, case = complain(f, c, t, problem, f.rng.choice(["web", "email", "chat"]))
    assert case
    tf = t + timedelta(hours=f.rng.randint(20, 30))
    f.add(
        c,
        out_of_night(tf),
        "email",
        "message",
        f.pick(w.FIXED_MAIL, c.lang).format(f=c.first, c=case, b=BRAND),
        out=True,
        subject=w.RE_SUBJ[c.lang].format(c=case),
    )
    tc = out_of_night(tf + timedelta(hours=f.rng.randint(2, 10)))
    ch = f.rng.choice(["email", "chat"])
    ce = f.add(
        c, tc, ch, "message" if ch == "email" else "chat", f.pick(w.CONFIRM, c.lang).format(c=case)
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(out_of_night(tf)),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
        "confirm_channel": ch,
    }


def repeat_contacts(f: Fam) -> None:
    times = [2] * 4 + [3] * 4 + [4] * 4
    probs = list(w.PROBLEM) * 2
    for i in range(12):
        c = f.person("repeat_contact", "repeats", None, ["repeat_contact"], REPEAT_TOL)
        happy(f, c, f.rng.randint(1, 3), [0], h0=7, h1=12, surveys=False)
        repeat_run(f, c, probs[i], f.rng.randint(1, 4), times[i], times[i] >= 3)
    for _ in range(4):
        c = f.person("resolved_between_contacts", "fixed", None, [], ["silence"])
        happy(f, c, 1, [0], surveys=False)
        p1 = fixed_case(f, c, f.rng.choice(list(w.PROBLEM)), 1)
        p2 = fixed_case(f, c, p1["problem"], 5)
        c.truth.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
    for _ in range(3):
        c = f.person("different_problems", "two problems", None, [], ["silence"])
        a, b = f.rng.sample(list(w.PROBLEM), 2)
        p1 = fixed_case(f, c, a, 1)
        p2 = fixed_case(f, c, b, 6)
        c.truth.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
    for _ in range(8):
        c = f.person("happy", "frequent writer")
        happy(f, c, f.rng.randint(7, 10), list(range(10)))


def slide(f: Fam, c: Cust, first_day: int) -> None:
    for d in sorted(f.rng.sample(range(11), f.rng.randint(4, 5))):
        f.add(c, f.day(d), f.rng.choice(["social", "community"]), "post", f.pick(w.PRAISE, c.lang))
    for d in sorted(f.rng.sample(range(11), f.rng.randint(2, 4))):
        happy_act(f, c, f.day(d), surveys=False)
    comp = f.rng.choice(w.COMPETITORS)
    ids = []
    d = first_day
    for step in w.SLIDE.get(c.lang, w.SLIDE["en"]):
        ch = f.rng.choice(["community", "social", "chat", "web"])
        text = step.format(x=comp)
        kind = {"community": "post", "social": "mention", "chat": "chat", "web": "review"}[ch]
        ids.append(
            f.add(
                c,
                f.day(d),
                ch,
                kind,
                text,
                attrs={"rating": "2", "page": "/reviews"} if ch == "web" else None,
            )
        )
        d += f.rng.randint(2, 3)
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": d - first_day,
            "competitor": comp,
            "trouble_starts_at": f.rows[-6][2]["occurred_at"] if False else None,
        }
    )
    c.truth["trouble_starts_at"] = next(
        r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == ids[0]
    )


def slow_churners(f: Fam) -> None:
    for _ in range(10):
        c = f.person("slow_churner", "slides", None, ["sentiment_drop"], SLIDE_TOL)
        slide(f, c, f.rng.randint(12, 16))
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", None, ["churn_intent", "detractor"], CANCEL_TOL
        )
        happy(f, c, f.rng.randint(2, 4), list(range(15)), surveys=False)
        t = f.day(f.rng.randint(18, 26), 9, 18)
        ch = f.rng.choice(["email", "chat"])
        ce = f.add(c, t, ch, "message" if ch == "email" else "chat", f.pick(w.CANCEL, c.lang))
        f.add(
            c,
            t + timedelta(minutes=30),
            "email",
            "message",
            f.pick(w.GOODBYE, c.lang).format(f=c.first, b=BRAND),
            out=True,
        )
        tw = t + timedelta(hours=f.rng.randint(1, 4))
        ca = f.add(
            c, tw, "web", "cancellation", attrs={"page": "/account/cancel", "product": "Azur"}
        )
        s = f.add(
            c,
            tw + timedelta(hours=2),
            "survey",
            "survey_response",
            f.pick(w.LOW_CSAT, c.lang),
            scores={"nps": f.rng.randint(1, 5)},
            attrs={"survey": "nps"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": ce,
                "cancellation_event_id": ca,
                "churn_at": iso(tw),
                "survey_event_id": s,
                "nps_given": True,
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(4):
        c = f.person("steadily_grumpy", "grumbles", None, [], ["repeat_contact", "silence"])
        ids = [
            f.add(
                c,
                f.day(d),
                f.rng.choice(["community", "chat", "social"]),
                "post",
                f.pick(w.GRUMPY, c.lang),
            )
            for d in sorted(f.rng.sample(range(30), f.rng.randint(4, 6)))
        ]
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": next(
                    r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == ids[0]
                ),
            }
        )
    for _ in range(3):
        c = f.person("happy_one_sarcastic_remark", "happy", None, [], ["silence"])
        happy(f, c, f.rng.randint(3, 5), list(range(30)), surveys=False)
        s = f.add(c, f.day(f.rng.randint(5, 25)), "social", "mention", f.pick(w.SARCASM, c.lang))
        c.truth["sarcasm_event_id"] = s
    for _ in range(9):
        c = f.person("happy", "steady")
        happy(f, c, f.rng.randint(7, 11), list(range(32)))


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy(f, c, 3, [0, 1, 2], h0=7, h1=17.5, surveys=False)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", None, [], ["silence"])
        t = f.day(f.rng.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/app/water"})
        g = f.add(c, t + timedelta(minutes=25), "chat", "chat", f.pick(w.MILD, c.lang))
        f.add(c, t + timedelta(minutes=29), "chat", "chat", f.pick(w.MILD_A, c.lang), out=True)
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t + timedelta(minutes=25))})
    for _ in range(24):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(3), f.rng.randint(1, 2))):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 380))
            f.add(c, t, f.rng.choice(["social", "community"]), "post", f.pick(w.NIGHT, c.lang))
    bursts = [
        f.start + timedelta(days=d, hours=24, minutes=m) for d, m in ((0, 47), (1, 58), (2, 63))
    ]
    for i in range(12):
        c = f.person("night_owl", "")
        b = bursts[i % 3]
        t = b + timedelta(minutes=f.rng.randint(0, 10))
        if i % 2:
            n = f.add(c, t, "chat", "chat", f.pick(w.NIGHT_Q, c.lang))
            f.add(c, t + timedelta(minutes=3), "chat", "chat", f.pick(w.NIGHT_A, c.lang), out=True)
        else:
            n = f.add(c, t, "community", "post", f.pick(w.NIGHT, c.lang))
        c.truth.update(
            {"habit": f"night {i % 3}, burst {i % 3}", "burst_at": iso(b), "night_event_id": n}
        )


def bilingual(f: Fam) -> None:
    pairs = [
        ("fr", "es"),
        ("es", "fr"),
        ("es", "en"),
        ("fr", "en"),
        ("es", "pt"),
        ("fr", "de"),
        ("es", "it"),
        ("fr", "it"),
        ("de", "fr"),
        ("pt", "es"),
        ("en", "fr"),
        ("it", "fr"),
    ]
    for i in range(27):
        a, b2 = pairs[i % len(pairs)]
        if i < 12:
            c = f.person("happy", "alternates languages", a)
            for d in sorted(f.rng.sample(range(14), f.rng.randint(5, 8))):
                c.lang = f.rng.choice([a, b2])
                happy_act(f, c, f.day(d))
            c.lang = a
        elif i < 17:
            c = f.person("repeat_contact", "repeats", a, ["repeat_contact"], REPEAT_TOL)
            happy(f, c, 2, [0, 1], surveys=False)
            c.lang = b2
            repeat_run(
                f, c, f.rng.choice(list(w.PROBLEM)), f.rng.randint(3, 6), f.rng.choice([2, 3]), True
            )
            c.lang = a
        elif i < 22:
            c = f.person("slow_churner", "slides", a, ["sentiment_drop"], SLIDE_TOL)
            c.lang = b2
            slide(f, c, 4)
            c.lang = a
        else:
            c = f.person("happy_one_bad_day", "one bad day", a, [], ["silence"])
            happy(f, c, 2, [0, 1, 2], surveys=False)
            c.lang = b2
            t = f.day(f.rng.randint(6, 10))
            eid, _case = complain(
                f, c, t, f.rng.choice(list(w.PROBLEM)), f.rng.choice(["chat", "email"])
            )
            c.lang = a
            c.truth.update(
                {
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": b2,
                    "trouble_starts_at": iso(t),
                }
            )
        c.truth.update({"languages": [a, b2], "job_second_language": "clients and family abroad"})


def b2b_accounts(f: Fam) -> None:
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    probs = ["invoice", "service_blocked", "portal", "overbilled", "invoice"]
    unhappy_n = [3, 3, 3, 4, 4]
    for i, kind in enumerate(kinds):
        lang = f.lang()
        market = f.rng.choice(MARKETS[lang])
        acct = uniq(f"PCP-{market}-{f.rng.randint(1000, 9999)}")
        site = f.rng.choice(wb.SITE)
        company = f"{f.rng.choice(w.LAST[lang])} {site.title()}"
        domain = uniq(ascii_id(company).replace(" ", "-") + ".example")
        ncont = (
            f.rng.randint(4, 6)
            if kind == "at_risk"
            else 3
            if kind != "happy"
            else f.rng.randint(3, 4)
        )
        unh = unhappy_n[i] if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        keys, ukeys = [], []
        first_name = ""
        case = ""
        first_t = None
        for j in range(ncont):
            compl = j < unh
            if kind == "at_risk" and compl:
                last = j == unh - 1
                exp = ["detractor"] if not last else ["repeat_contact"]
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang,
                    exp,
                    [r for r in B2B_TOL if r not in exp],
                    acct,
                    domain,
                    market,
                )
            elif compl:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang,
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    acct,
                    domain,
                    market,
                )
            elif kind == "mild" and j < 2:
                c = f.person("b2b_mild", "suggests", lang, [], ["silence"], acct, domain, market)
            else:
                c = f.person("b2b_happy", "contact", lang, [], [], acct, domain, market)
            c.ids["handle"] = None
            title = f.rng.choice(wb.JOB_TITLE)
            c.truth.update(
                {"company": company, "role": c.truth["habit"], "job_title": title, "job": title}
            )
            keys.append(c.key)
            for d in sorted(f.rng.sample([0, 1], f.rng.randint(0 if compl else 1, 2))):
                t = f.day(d, 8, 16.5)
                if f.rng.random() < 0.5:
                    f.add(c, t, "chat", "chat", f.pick(wb.B2B_Q, lang))
                    f.add(
                        c,
                        t + timedelta(minutes=4),
                        "chat",
                        "chat",
                        f.pick(w.ANSWER, lang),
                        out=True,
                    )
                else:
                    name, price, page = f.rng.choice(wb.PRO_PRODUCTS)
                    f.add(
                        c,
                        t,
                        "web",
                        "purchase",
                        attrs={
                            "order_value": price,
                            "currency": "CHF"
                            if market == "CH"
                            else "GBP"
                            if market == "UK"
                            else "EUR",
                            "product": name,
                            "page": "/pro/" + page,
                        },
                    )
            if not compl and c.truth["persona"] == "b2b_happy":
                for d in sorted(f.rng.sample(range(3, 13), f.rng.randint(3, 5))):
                    if f.rng.random() < 0.5:
                        f.add(
                            c,
                            f.day(d if d % 7 < 5 else d - 2, 8, 16),
                            "community",
                            "post",
                            f.pick(wb.B2B_PRAISE, lang),
                        )
                    else:
                        f.add(
                            c,
                            f.day(d if d % 7 < 5 else d - 2, 8, 16),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": f.rng.choice([9, 10]), "csat": 5, "ces": 7},
                            attrs={"survey": "nps"},
                        )
            if c.truth["persona"] == "b2b_mild":
                t = f.day(f.rng.choice([3, 4, 7, 8]), 8, 16)
                m = f.add(
                    c, t, "web", "ticket", f.pick(wb.B2B_MILD, lang), attrs={"page": "/pro/contact"}
                )
                f.add(
                    c,
                    t + timedelta(hours=1),
                    "email",
                    "message",
                    f.pick(wb.B2B_ACK, lang).format(f=c.first, c=f.case(), b=BRAND),
                    out=True,
                )
                c.truth.update({"mild_event_id": m, "trouble_starts_at": iso(t)})
            if compl:
                ukeys.append(c.key)
                problem = probs[i] if kind == "at_risk" else f.rng.choice(list(wb.B2B_PROBLEM))
                text = f.pick(wb.B2B_PROBLEM[problem], lang)
                if kind == "at_risk":
                    t = f.start + timedelta(days=2, hours=9 + j * 2, minutes=f.rng.randint(0, 50))
                    if j == 0:
                        first_t = t
                        first_name = c.first
                        case = f.case()
                        e1 = f.add(
                            c,
                            t,
                            "email",
                            "message",
                            text,
                            subject=w.COMPLAINT_SUBJ[lang].format(t=problem),
                        )
                        f.add(
                            c,
                            t + timedelta(hours=1),
                            "email",
                            "message",
                            f.pick(wb.B2B_ACK, lang).format(f=c.first, c=case, b=BRAND),
                            out=True,
                        )
                    else:
                        t = t + timedelta(days=j - 1 if j < 3 else 2)
                        e1 = f.add(
                            c,
                            t,
                            "email",
                            "message",
                            f.pick(wb.B2B_AGAIN, lang).format(o=first_name, c=case, p=text),
                        )
                    ids = [e1]
                    if j == unh - 1:
                        comp = f.rng.choice(w.COMPETITORS)
                        t2 = t + timedelta(hours=f.rng.randint(18, 40))
                        while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                            t2 = (
                                (t2 + timedelta(days=1)).replace(hour=9)
                                if t2.hour >= 17 or t2.weekday() >= 5
                                else t2.replace(hour=9)
                            )
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                f.pick(wb.B2B_LAST, lang).format(c=case, x=comp),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        s = f.add(
                            c,
                            t + timedelta(hours=2),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": f.rng.randint(1, 5)},
                            attrs={"survey": "nps"},
                        )
                        c.truth["survey_event_id"] = s
                else:
                    t = f.day(f.rng.choice([3, 4, 7, 8]), 8, 16)
                    case1 = f.case()
                    e1 = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        subject=w.COMPLAINT_SUBJ[lang].format(t=problem),
                    )
                    f.add(
                        c,
                        t + timedelta(hours=1),
                        "email",
                        "message",
                        f.pick(wb.B2B_ACK, lang).format(f=c.first, c=case1, b=BRAND),
                        out=True,
                    )
                    s = f.add(
                        c,
                        t + timedelta(hours=3),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    ids = [e1]
                    c.truth["survey_event_id"] = s
                c.truth.update(
                    {"problem": problem, "complaint_event_ids": ids, "trouble_starts_at": iso(t)}
                )
        f.accounts[acct] = {
            "company": company,
            "site": site,
            "contacts": ncont,
            "contact_keys": keys,
            "unhappy_contacts": unh,
            "unhappy_contact_keys": ukeys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": probs[i] if kind == "at_risk" else None,
            "trouble_starts_at": iso(first_t) if first_t else None,
            "language": lang,
            "country": market,
        }


def topic_spike(f: Fam) -> None:
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(3, 6))):
            happy_act(f, c, f.day(d, 12 if d == 5 else 7, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", None, [], ["silence"])
        t = f.day(0, 9, 17)
        g = f.add(c, t, "chat", "chat", f.pick(w.MILD, c.lang))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", f.pick(w.MILD_A, c.lang), out=True)
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t)})
    for lang, h in (("es", 9.5), ("fr", 16.2)):
        c = f.person("grumbles_once", "lone question", lang, [], ["silence"])
        t = f.start + timedelta(days=4, hours=h)
        g = f.add(c, t, "chat", "chat", f.pick(wb.LONE_Q, lang))
        f.add(c, t + timedelta(minutes=5), "chat", "chat", f.pick(wb.LONE_A, lang), out=True)
        c.truth.update({"lone_report_event_id": g, "trouble_starts_at": iso(t)})
    s0 = f.start + timedelta(days=5, hours=8, minutes=15)
    langs = ["fr"] * 6 + ["es"] * 6 + ["en", "en", "de", "de", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0] + [f.rng.randint(1, 20) for _ in range(11)])
    offs += sorted([45] + [f.rng.randint(21, 44) for _ in range(7)])
    keys, events, reps = [], [], []
    for i in range(20):
        t = s0 + timedelta(minutes=offs[i])
        repeater = i % 2 == 0 and i < 12
        c = f.person(
            "spike_repeater" if repeater else "spike_reporter",
            "regular" if i % 5 < 3 else "new",
            langs[i],
            ["repeat_contact"] if repeater else [],
            ["silence", "sentiment_drop"] if repeater else ["silence"],
        )
        if c.truth["habit"] == "regular":
            for d in sorted(f.rng.sample(range(2, 5), f.rng.randint(1, 2))):
                happy_act(f, c, f.day(d, 8, 17.5))
        ch = chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        text = f.pick(wb.SPIKE, langs[i]).format(k=wb.CODE, b=BRAND)
        e = f.add(c, t, ch, kind, text, attrs={"page": "/contact"} if ch == "web" else None)
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                f.pick(wb.SPIKE_CHAT_A, langs[i]),
                out=True,
            )
        keys.append(c.key)
        events.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "regular": c.truth["habit"] == "regular",
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if repeater:
            ch2 = f.rng.choice([x for x in ("email", "chat", "community") if x != ch])
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(15, 50)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.pick(wb.SPIKE_AGAIN, langs[i]).format(k=wb.CODE),
            )
            reps.append(r)
            c.truth["repeat_event_id"] = r
        elif len(events) % 3 == 2:
            local = "11:40" if c.market in ("FR", "BE", "CH", "ES", "DE", "AT", "IT") else "10:40"
            f.add(
                c,
                s0 + timedelta(hours=3, minutes=f.rng.randint(0, 9)),
                "email",
                "message",
                f.pick(wb.SPIKE_FIXED, langs[i]).format(f=c.first, t=local, b=BRAND),
                out=True,
            )
            c.truth["agent_fixed"] = True
    if len(reps) != 6:
        raise SystemExit(f"spike repeaters: {len(reps)}")
    f.spike = {
        "topic": "connected dosing units injecting acid non-stop after a firmware update, "
        f"error {wb.CODE}",
        "about": "pool water acidified, dosers cannot be stopped from the app",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": events,
        "repeat_event_ids": reps,
    }


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 16, tzinfo=UTC),
        10,
        "happy customers only",
        happy_writers,
        {},
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "one angry day among happy ones",
        one_bad_day,
        {"detractor": 6},
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        "open problems raised again",
        repeat_contacts,
        {"repeat_contact": 12},
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        "slides and leavers",
        slow_churners,
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        "a calm summer weekend with night writers",
        quiet_hours,
        {},
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers writing in two languages",
        bilingual,
        {"repeat_contact": 5, "sentiment_drop": 5},
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        "Piscalia Pro company accounts",
        b2b_accounts,
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        6,
        "a calm week and one planted spike",
        topic_spike,
        {"topic_spike": 1, "repeat_contact": 6},
    ),
]


def main() -> None:
    for n, (name, code, start, days, about, build, expected) in enumerate(FAMILIES, 1):
        f = Fam(name, code, start, days, about, n)
        f.expected = expected
        build(f)
        f.write()
        print(name, len(f.custs), len(f.rows))


if __name__ == "__main__":
    main()
