"""Write heldout263: Cavedra (wine cellaring), eight families, blind. Standard library only."""

# ruff: noqa: E501
from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import wording as W  # noqa: E402

SEED = 20261017
COMPETITORS = ("Barrilo", "Kelderum")
NAMES = sorted({n for v in W.FIRST.values() for n in v})


def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def speech(s: str) -> str:
    s = s.replace("€", " euros").replace("£", "pounds ")
    return re.sub(r"\s+", " ", re.sub(r"[.,;:!?¿¡()'\"]", " ", s)).strip().lower()


class Cust:
    def __init__(
        self, key: str, lang: str, market: str, ids: dict[str, str | None], first: str
    ) -> None:
        self.key, self.lang, self.market, self.ids, self.first = key, lang, market, ids, first


class Fam:
    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[tuple[datetime, int, dict[str, Any], Cust]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.cases = 0

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def person(
        self,
        persona: str,
        habit: str,
        exp: list[str],
        tol: list[str],
        lang: str | None = None,
        account: str | None = None,
        market: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Cust:
        lg = lang or self.lang()
        mk = market or self.rng.choice(W.MARKETS[lg])
        n = len(self.customers) + 1
        key = f"CV{self.code}{1000 + n * 7 + self.rng.randrange(5)}"
        first = self.rng.choice(W.FIRST[lg])
        last = self.rng.choice(W.LAST[lg])
        slug = strip_accents(f"{first}.{last}").lower()
        dom = (
            f"{account.lower()}.example"
            if account
            else self.rng.choice(["correo.example", "mail.example", "web.example"])
        )
        email = f"{slug}{n}{self.code.lower()}@{dom}"
        pre = W.PHONE[mk]
        phone = pre + "".join(
            str(self.rng.randrange(10))
            for _ in range(11 - len(pre.replace(" ", "").replace("+", "")) + 1)
        )
        handle = (
            None
            if account
            else f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{n}{self.code.lower()}"
        )
        ids = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        norm_phone = "+" + "".join(ch for ch in phone if ch.isdigit())
        self.customers[key] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": norm_phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        } | (extra or {})
        return Cust(key, lg, mk, ids, first)

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))

    def case(self) -> str:
        self.cases += 1
        return f"CV-{self.code}{self.cases:02d}{self.rng.randrange(1000, 9999)}"

    def roughen(self, s: str) -> str:
        if self.rr.random() < 0.1:
            s = strip_accents(s)
        if self.rr.random() < 0.125 and s:
            s = s[0].lower() + s[1:]
        if self.rr.random() < 1 / 7:
            words = [
                i for i, w in enumerate(s.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = s.split(" ")
                i = self.rr.choice(words)
                w = parts[i]
                j = self.rr.randrange(1, len(w) - 2)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                s = " ".join(parts)
        return s

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"cv263-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out:
            if channel == "phone":
                text = speech(text)
            elif channel != "survey":
                text = self.roughen(text)
            if channel == "social" and "@Cavedra" not in text:
                text = (
                    text.replace("Cavedra", "@Cavedra", 1)
                    if "Cavedra" in text
                    else "@Cavedra " + text
                )
        a = {"market": c.market} | (attrs or {})
        if self.customers[c.key]["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Carmen", "Vasco", "Ines", "Pau"])
        row: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": f"cavedra-{channel}",
            "attributes": a,
        }
        self.rows.append((t, self.seq, row, c))
        return eid

    def finish(self) -> list[dict[str, Any]]:
        self.rows.sort(key=lambda r: (r[0], r[1]))
        seen: set[str] = set()
        out: list[dict[str, Any]] = []
        for _, _, row, c in self.rows:
            ids = dict(c.ids)
            full = row["direction"] == "outbound" or (c.key not in seen)
            if row["direction"] == "inbound":
                seen.add(c.key)
            if not full:
                ch = row["channel"]
                keep = {
                    "phone": "phone",
                    "social": "handle",
                    "community": "handle",
                    "email": "email",
                }.get(ch, "customer_id")
                if keep == "handle" and not ids["handle"]:
                    keep = "email"
                ids = {k: (v if k in (keep, "account_id") else None) for k, v in ids.items()}
            row["customer"] = ids
            out.append(row)
        return out

    # ---- stories -------------------------------------------------------
    def happy_act(self, c: Cust, t: datetime) -> None:
        r = self.rng.random()
        lg = c.lang
        if r < 0.3:
            self.add(
                c,
                t,
                self.rng.choice(["social", "community"]),
                self.rng.choice(["post", "mention"]),
                self.pick(W.PRAISE, lg),
            )
        elif r < 0.55:
            self.add(c, t, "chat", "chat", self.pick(W.QUESTION, lg))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 6)),
                "chat",
                "chat",
                W.ANSWER[lg].format(f=c.first),
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=self.rng.randint(7, 12)),
                    "chat",
                    "chat",
                    self.pick(W.THANKS, lg),
                )
        elif r < 0.75:
            name, val = self.rng.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": "/mi-bodega"})
            self.add(
                c,
                t + timedelta(minutes=4),
                "web",
                "purchase",
                attrs={
                    "page": "/pedido",
                    "product": name,
                    "order_value": val,
                    "currency": "GBP"
                    if c.market in ("UK",)
                    else ("CHF" if c.market == "CH" else "EUR"),
                },
            )
        elif r < 0.88:
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.SMALL_GRIPE, lg)
                if self.rng.random() < 0.3
                else self.pick(W.PRAISE, lg),
                attrs={"rating": "5", "page": "/opiniones"},
            )
        else:
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                self.pick(W.SURVEY_WORD, lg) or None,
                scores={"nps": self.rng.choice([9, 10])},
                attrs={"survey": "nps"},
            )

    def happy_days(
        self, c: Cust, n: int, d0: float, d1: float, h0: float = 7, h1: float = 20
    ) -> None:
        for d in self.rng.sample(range(int(d0), int(d1)), min(n, int(d1 - d0))):
            self.happy_act(c, self.at(d, h0, h1))

    def complain(
        self, c: Cust, t: datetime, problem: str, channel: str, long: bool = False
    ) -> tuple[str, str | None]:
        lg = c.lang
        body = self.rng.choice(W.PROBLEM_TEXT[lg][problem])
        subj = W.COMPLAINT_SUBJ[lg].format(t=W.TOPIC[lg][problem])
        if long:
            body = (
                self.pick(W.LONG_OPEN, lg)
                + body
                + self.pick(W.LONG_CLOSE, lg).format(n=self.customers[c.key]["name"])
            )
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[channel]
        eid = self.add(
            c,
            t,
            channel,
            kind,
            body,
            subj if channel == "email" else None,
            attrs={"page": "/ayuda"} if channel == "web" else None,
        )
        if channel == "social":
            return eid, None
        ref = self.case()
        if channel == "chat":
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(2, 6)),
                "chat",
                "chat",
                W.AG_CASE[lg].format(f=c.first, c=ref),
                out=True,
            )
        else:
            self.add(
                c,
                self.morning(t + timedelta(minutes=self.rng.randint(10, 40))),
                "email",
                "message",
                W.AG_CASE[lg].format(f=c.first, c=ref),
                W.CASE_SUBJ[lg].format(c=ref),
                out=True,
            )
        return eid, ref

    def morning(self, t: datetime) -> datetime:
        if t.hour >= 22:
            return (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randint(0, 50))
        return t


TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def truth(f: Fam, expected: dict[str, int]) -> dict[str, Any]:
    last = max(r[0] for r in f.rows)
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    return {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Cavedra: wine cellaring for households (Cavedra Reserva plan), Cavedra Sala for restaurants on account",
            "days": f.days,
            "seed": SEED,
            "written": "2026-12-07",
            "expected": expected,
        },
        "start": f.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": f.customers,
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }


def count(f: Fam) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in list(f.customers.values()) + list(f.accounts.values()):
        for r in c["expected_rules"]:
            out[r] = out.get(r, 0) + 1
    if f.spike:
        out["topic_spike"] = 1
    return dict(sorted(out.items()))


def d(y: int, m: int, dd: int) -> datetime:
    return datetime(y, m, dd, tzinfo=UTC)


def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        d(2026, 2, 2),
        10,
        "happy day and night writers, survey-only customers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        f.happy_days(c, f.rng.randint(5, 8), 0, 10)
    for _ in range(5):
        c = f.person("happy", "night writer", [], [])
        for dd in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.at(dd, 22.2, 23.9) if f.rng.random() < 0.5 else f.at(dd + 1, 0, 4.5)
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", f.pick(W.NIGHT_POST, c.lang))
            else:
                f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    W.ANSWER[c.lang].format(f=c.first),
                    out=True,
                )
                f.add(c, t + timedelta(minutes=9), "chat", "chat", f.pick(W.THANKS, c.lang))
        f.happy_days(c, f.rng.randint(2, 3), 0, 10, 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys", [], [])
        for dd in f.rng.sample(range(10), f.rng.randint(3, 6)):
            kind = f.rng.choice(["nps", "csat", "ces"])
            sc = {
                "nps": f.rng.choice([9, 10]),
                "csat": f.rng.choice([4, 5]),
                "ces": f.rng.choice([6, 7]),
            }[kind]
            f.add(
                c,
                f.at(dd, 8, 20),
                "survey",
                "survey_response",
                f.pick(W.SURVEY_WORD, c.lang) or None,
                scores={kind: sc},
                attrs={"survey": kind},
            )
    return f


def one_bad_day() -> Fam:
    f = Fam(2, "one_bad_day", "BD", d(2026, 3, 9), 12, "happy customers with one bad day")
    chans = ["long", "email", "chat", "social", "web", "phone"]
    with_case: list[tuple[Cust, datetime, str]] = []
    for i in range(24):
        ch = chans[i % 6]
        lg = ["es", "pt", "es", "pt"][i // 6] if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", [], ["silence"], lang=lg)
        day = f.rng.randint(2, 9)
        t = f.at(day, 8, 20)
        prob = W.PROBLEMS[i % 4]
        for dd in f.rng.sample(
            [x for x in range(12) if x <= day - 2 or x >= day + 3], f.rng.randint(1, 5)
        ):
            r = f.rng.random()
            if r < 0.5:
                f.add(c, f.at(dd, 8, 20), "social", "post", f.pick(W.PRAISE, c.lang))
            else:
                f.add(c, f.at(dd, 8, 20), "chat", "chat", f.pick(W.QUESTION, c.lang))
        eid, ref = f.complain(c, t, prob, "email" if ch == "long" else ch, long=ch == "long")
        f.customers[c.key] |= {
            "problem": prob,
            "channel": ch,
            "booking": ref,
            "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "bad_day_event_id": eid,
            "long_email": ch == "long",
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if ref:
            with_case.append((c, t, ref))
    f.rng.shuffle(with_case)
    for c, t, _ in with_case[:6]:
        s = f.add(
            c,
            t + timedelta(minutes=f.rng.randint(100, 140)),
            "survey",
            "survey_response",
            f.pick(W.LOW_WORD, c.lang) or None,
            scores={"nps": f.rng.randint(1, 5)},
            attrs={"survey": "nps"},
        )
        f.customers[c.key] |= {
            "persona": "bad_day_detractor",
            "expected_rules": ["detractor"],
            "nps_given": True,
            "survey_event_id": s,
        }
    for c, t, _ in with_case[6:11]:
        s = f.add(
            c,
            t + timedelta(minutes=f.rng.randint(40, 80)),
            "survey",
            "survey_response",
            f.pick(W.LOW_WORD, c.lang) or None,
            scores={"csat": f.rng.randint(1, 2)},
            attrs={"survey": "csat"},
        )
        f.customers[c.key] |= {"csat_given": True, "survey_event_id": s}
    f.rng.shuffle(with_case)
    for k, (c, t, ref) in enumerate(with_case[:12]):
        g = f.morning(t + timedelta(hours=f.rng.uniform(1, 4)))
        f.add(
            c,
            g,
            "email",
            "message",
            W.AG_GOOD[c.lang].format(f=c.first, c=ref),
            W.CASE_SUBJ[c.lang].format(c=ref),
            out=True,
        )
        f.customers[c.key]["agent_fixed"] = True
        if k < 5:
            a = f.morning(t + timedelta(hours=f.rng.uniform(16, 24)))
            a = max(a, g + timedelta(minutes=30))
            e = f.add(c, a, "chat", "chat", f.pick(W.APOLOGY, c.lang))
            f.customers[c.key] |= {"apologised": True, "apology_event_id": e}
    for _ in range(8):
        c = f.person("happy", "control", [], [])
        f.happy_days(c, f.rng.randint(4, 7), 0, 12)
    return f


def repeat_run(f: Fam, c: Cust, d0: int, times: int, escalate: bool, chans: list[str]) -> None:
    prob = f.rng.choice(W.PROBLEMS)
    t = f.at(d0, 8, 19)
    ch0 = chans[0]
    eid, ref = f.complain(c, t, prob, ch0)
    assert ref
    ids = [eid]
    if escalate:
        f.add(
            c,
            t + timedelta(hours=f.rng.uniform(1.5, 2.5)),
            "email",
            "message",
            W.AG_ESC[c.lang].format(f=c.first, c=ref),
            W.CASE_SUBJ[c.lang].format(c=ref),
            out=True,
        )
    comp = None
    for k in range(1, times):
        t = f.morning(t + timedelta(hours=f.rng.uniform(4, 40)))
        txt = f.pick(W.STILL_OPEN, c.lang).format(
            c=ref, p=f.rng.choice(W.PROBLEM_TEXT[c.lang][prob])
        )
        if k == 2:
            comp = f.rng.choice(COMPETITORS)
            txt += f.pick(W.THIRD, c.lang).format(k=comp)
        if k == 3:
            txt += W.FOURTH[c.lang]
        ch = chans[k]
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[ch]
        ids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                txt,
                W.CASE_SUBJ[c.lang].format(c=ref) if ch == "email" else None,
                attrs={"page": "/ayuda"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            f.add(c, t + timedelta(minutes=3), "chat", "chat", W.AG_URGENT[c.lang], out=True)
    f.customers[c.key] |= {
        "problem": prob,
        "booking": ref,
        "contacts": times,
        "channels": chans[:times],
        "problem_event_ids": ids,
        "agent_passed_on": escalate,
        "competitor": comp,
        "trouble_starts_at": f.customers[c.key].get("trouble_starts_at")
        or f.rows[-1][0].strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def fixed_run(
    f: Fam, c: Cust, t: datetime, ch: str, prob: str, confirm_ch: str = "email"
) -> dict[str, Any]:
    eid, ref = f.complain(c, t, prob, ch)
    assert ref
    g = f.morning(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(
        c,
        g,
        "email",
        "message",
        W.AG_GOOD[c.lang].format(f=c.first, c=ref),
        W.CASE_SUBJ[c.lang].format(c=ref),
        out=True,
    )
    k = f.morning(g + timedelta(hours=f.rng.uniform(8, 30)))
    ce = f.add(
        c,
        k,
        confirm_ch,
        "message" if confirm_ch == "email" else "chat",
        f.pick(W.CONFIRM, c.lang).format(c=ref),
        W.CASE_SUBJ[c.lang].format(c=ref) if confirm_ch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "confirmed_at": k.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": confirm_ch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        3, "repeat_contacts", "RC", d(2026, 4, 13), 10, "repeat contacts about one open problem"
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        f.happy_days(c, f.rng.randint(1, 3), 0, 1, 7, 12)
        others = [x for x in ["email", "chat", "phone", "web", "social"] if x != firsts[i]]
        f.rng.shuffle(others)
        start = f.rng.randint(1, 4)
        f.customers[c.key]["trouble_starts_at"] = None
        repeat_run(f, c, start, 2 + i % 3, i < 6, [firsts[i], *others])
        ev = f.customers[c.key]["problem_event_ids"][0]
        f.customers[c.key]["trouble_starts_at"] = next(
            r[0] for r in f.rows if r[2]["event_id"] == ev
        ).strftime("%Y-%m-%dT%H:%M:%SZ")
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], ["silence"])
        f.happy_days(c, 1, 0, 2)
        p = fixed_run(
            f,
            c,
            f.at(f.rng.randint(2, 5), 8, 19),
            f.rng.choice(["web", "email", "chat"]),
            f.rng.choice(W.PROBLEMS),
            f.rng.choice(["email", "chat"]),
        )
        f.customers[c.key] |= {"problems": [p], "trouble_starts_at": p["raised_at"]}
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], ["silence"])
        a, b = f.rng.sample(W.PROBLEMS, 2)
        p1 = fixed_run(f, c, f.at(1, 8, 18), "email", a)
        p2 = fixed_run(f, c, f.at(f.rng.randint(5, 6), 8, 18), "web", b, "chat")
        f.customers[c.key] |= {"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]}
    for _ in range(7):
        c = f.person("happy", "frequent writer", [], [])
        f.happy_days(c, f.rng.randint(5, 8), 0, 10)
    return f


def slide(f: Fam, c: Cust, d0: int, span: int) -> list[str]:
    comp = f.rng.choice(COMPETITORS)
    ids: list[str] = []
    t = f.at(d0, 9, 12)
    for k, txt in enumerate(W.SLIDE[c.lang]):
        t = f.morning(t + timedelta(hours=max(1.0, span * 24 / 6 * f.rng.uniform(0.6, 1.0))))
        ch = f.rng.choice(["social", "community", "web"])
        kind = "review" if ch == "web" else "post"
        ids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                txt.format(k=comp),
                attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/opiniones"}
                if ch == "web"
                else None,
            )
        )
    f.customers[c.key] |= {"slide_event_ids": ids, "slide_days": span, "competitor": comp}
    return ids


def slow_churners() -> Fam:
    f = Fam(
        4, "slow_churners", "SC", d(2026, 5, 4), 32, "sliders, leavers, steady, grumpy, sarcastic"
    )
    for i in range(10):
        c = f.person(
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
        for dd in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.add(c, f.at(dd, 8, 20), "social", "post", f.pick(W.PRAISE, c.lang))
        for dd in f.rng.sample(range(11), f.rng.randint(2, 4)):
            f.add(c, f.at(dd, 8, 20), "chat", "chat", f.pick(W.QUESTION, c.lang))
        ids = slide(f, c, f.rng.randint(12, 16), [3, 5, 9][i % 3])
        f.customers[c.key]["trouble_starts_at"] = next(
            r[0] for r in f.rows if r[2]["event_id"] == ids[0]
        ).strftime("%Y-%m-%dT%H:%M:%SZ")
        if i < 5:
            t4 = next(r[0] for r in f.rows if r[2]["event_id"] == ids[3])
            s = f.add(
                c,
                f.morning(t4 + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                f.pick(W.LOW_WORD, c.lang) or None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            f.customers[c.key] |= {
                "expected_rules": ["sentiment_drop", "detractor"],
                "nps_given": True,
                "survey_event_id": s,
            }
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.happy_days(c, f.rng.randint(4, 6), 0, 15)
        t = f.at(f.rng.randint(17, 23), 8, 19)
        e = f.add(
            c,
            t,
            "email",
            "message",
            f.pick(W.CANCEL, c.lang),
            {
                "es": "Baja",
                "pt": "Cancelamento",
                "de": "Kündigung",
                "en": "Cancellation",
                "fr": "Résiliation",
                "it": "Disdetta",
            }[c.lang],
        )
        f.add(
            c,
            f.morning(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            W.AG_BYE[c.lang].format(f=c.first),
            out=True,
        )
        x = f.morning(t + timedelta(hours=f.rng.uniform(20, 30)))
        k = f.add(
            c,
            x,
            "web",
            "cancellation",
            attrs={"page": "/cuenta/baja", "product": "Cavedra Reserva"},
        )
        f.customers[c.key] |= {
            "churn_intent_event_id": e,
            "cancellation_event_id": k,
            "churn_at": x.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    for _ in range(6):
        c = f.person("happy", "steady", [], [])
        f.happy_days(c, f.rng.randint(6, 10), 0, 32)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        dd = f.rng.randint(0, 4)
        g: list[str] = []
        for _k in range(f.rng.randint(5, 7)):
            g.append(
                f.add(
                    c,
                    f.at(dd, 8, 20),
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.pick(W.GRUMBLE, c.lang),
                )
            )
            dd += f.rng.randint(1, 3)
        f.customers[c.key] |= {"grumble_event_ids": g}
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], ["silence"])
        f.happy_days(c, f.rng.randint(3, 5), 0, 16)
        e = f.add(
            c, f.at(f.rng.randint(17, 28), 9, 20), "social", "post", f.pick(W.SARCASM, c.lang)
        )
        f.customers[c.key]["sarcasm_event_id"] = e
    return f


def quiet_hours() -> Fam:
    f = Fam(5, "quiet_hours", "QH", d(2026, 6, 19), 3, "a calm weekend with night-owl bursts")
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        f.happy_days(c, f.rng.randint(1, 3), 0, 3, 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(f.rng.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/almacen"})
        e = f.add(
            c,
            t + timedelta(minutes=f.rng.randint(20, 30)),
            "chat" if i < 2 else "web",
            "chat" if i < 2 else "ticket",
            f.pick(W.MILD, c.lang),
            attrs=None if i < 2 else {"page": "/ayuda"},
        )
        f.add(
            c,
            t + timedelta(minutes=35),
            "chat" if i < 2 else "email",
            "chat" if i < 2 else "message",
            W.ANSWER[c.lang].format(f=c.first),
            out=True,
        )
        f.customers[c.key] |= {"grumble_event_id": e}
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}", [], [])
                t = b0 + timedelta(minutes=off + f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "social", "post", f.pick(W.NIGHT_POST, c.lang))
                else:
                    e = f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        W.ANSWER[c.lang].format(f=c.first),
                        out=True,
                    )
                    f.add(c, t + timedelta(minutes=8), "chat", "chat", f.pick(W.THANKS, c.lang))
                f.customers[c.key] |= {
                    "burst_at": (b0 + timedelta(minutes=off)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "night_event_id": e,
                }
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.at(night, 9, 17.5))
    return f


PAIRS = [
    ("es", "pt"),
    ("pt", "es"),
    ("es", "en"),
    ("pt", "fr"),
    ("es", "de"),
    ("pt", "it"),
    ("es", "fr"),
    ("pt", "en"),
    ("de", "es"),
    ("en", "pt"),
    ("fr", "es"),
    ("it", "pt"),
]


def bilingual() -> Fam:
    f = Fam(6, "bilingual", "BL", d(2026, 7, 6), 14, "customers writing in two languages")
    k = 0

    def pair() -> tuple[str, str]:
        nonlocal k
        k += 1
        return PAIRS[(k - 1) % len(PAIRS)]

    def two(c: Cust, a: str, b: str, i: int) -> None:
        c.lang = a if i % 2 == 0 else b

    for _ in range(12):
        a, b = pair()
        c = f.person("happy", "alternates languages", [], [], lang=a, extra={"languages": [a, b]})
        for i, dd in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            two(c, a, b, i)
            f.happy_act(c, f.at(dd, 8, 20))
    for i in range(5):
        a, b = pair()
        c = f.person(
            "repeat_contact",
            "repeats",
            ["repeat_contact"],
            TOL_REPEAT,
            lang=a,
            extra={"languages": [a, b]},
        )
        f.happy_act(c, f.at(0, 8, 18))
        times = [2, 2, 3, 3, 4][i]
        repeat_run(f, c, f.rng.randint(2, 5), times, times > 2, ["web", "email", "chat", "phone"])
        ev = f.customers[c.key]["problem_event_ids"][0]
        f.customers[c.key]["trouble_starts_at"] = next(
            r[0] for r in f.rows if r[2]["event_id"] == ev
        ).strftime("%Y-%m-%dT%H:%M:%SZ")
    for _ in range(5):
        a, b = pair()
        c = f.person(
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
            lang=a,
            extra={"languages": [a, b]},
        )
        for i, dd in enumerate(range(5)):
            two(c, a, b, i)
            f.add(c, f.at(dd, 8, 20), "social", "post", f.pick(W.PRAISE, c.lang))
        c.lang = b
        ids = slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5))
        f.customers[c.key]["trouble_starts_at"] = next(
            r[0] for r in f.rows if r[2]["event_id"] == ids[0]
        ).strftime("%Y-%m-%dT%H:%M:%SZ")
    for i in range(3):
        a, b = pair()
        c = f.person(
            "happy_one_bad_day",
            "one bad day",
            [],
            ["silence"],
            lang=a,
            extra={"languages": [a, b], "bad_day_language": b},
        )
        f.happy_days(c, 2, 0, 4)
        c.lang = b
        t = f.at(f.rng.randint(6, 10), 9, 18)
        eid, ref = f.complain(c, t, W.PROBLEMS[i], ["email", "email", "chat"][i], long=i == 0)
        f.customers[c.key] |= {
            "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "bad_day_event_id": eid,
            "booking": ref,
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    for _ in range(2):
        a, b = pair()
        c = f.person(
            "resolved_between_contacts",
            "fixed",
            [],
            ["silence"],
            lang=a,
            extra={"languages": [a, b]},
        )
        p = fixed_run(f, c, f.at(f.rng.randint(3, 6), 9, 17), "web", "double_charge")
        f.customers[c.key] |= {"problems": [p], "trouble_starts_at": p["raised_at"]}
    return f


def office(f: Fam, day: int) -> datetime:
    t = f.at(day, 8, 16.5)
    while t.weekday() >= 5:
        t += timedelta(days=1)
    return t


def b2b_accounts() -> Fam:
    f = Fam(7, "b2b_accounts", "BB", d(2026, 9, 7), 14, "Cavedra Sala restaurant accounts")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "es",
        "pt",
        "es",
        "pt",
        "de",
        "es",
        "pt",
        "en",
        "fr",
        "es",
        "pt",
        "it",
        "es",
        "pt",
        "en",
    ]
    for n, (kind, lg) in enumerate(zip(kinds, langs, strict=True)):
        acc = f"CVS-{W.MARKETS[lg][0]}-{4100 + n * 13}"
        contacts: list[Cust] = []
        size = f.rng.randint(4, 6) if kind == "at_risk" else f.rng.randint(3, 4)
        for _ in range(size):
            contacts.append(
                f.person(
                    "b2b_happy",
                    "contact",
                    [],
                    [],
                    lang=lg,
                    account=acc,
                    market=W.MARKETS[lg][0],
                    extra={
                        "company": f"Restaurante {n + 1}",
                        "role": "contact",
                        "job_title": "Sommelier",
                    },
                )
            )
        for c in contacts:
            f.add(c, office(f, f.rng.randint(0, 1)), "chat", "chat", f.pick(W.QUESTION, lg))
        unhappy: list[str] = []
        prob = W.B2B_PROBLEMS[n % 4]
        trouble = None
        if kind == "at_risk":
            nc = 3 if n < 3 else 4
            t = f.start + timedelta(days=2, hours=f.rng.uniform(8, 11))
            ref = f.case()
            first = contacts[0]
            for j, c in enumerate(contacts[:nc]):
                txt = W.B2B_COMPLAINT[lg][prob]
                if j:
                    txt += W.B2B_FOLLOW[lg].format(p=first.first, d=t.strftime("%d/%m"), c=ref)
                e = f.add(c, t, "email", "message", txt, W.COMPLAINT_SUBJ[lg].format(t=prob))
                if j == 0:
                    trouble = t
                    f.add(
                        c,
                        t + timedelta(minutes=30),
                        "email",
                        "message",
                        W.AG_CASE[lg].format(f=c.first, c=ref),
                        W.CASE_SUBJ[lg].format(c=ref),
                        out=True,
                    )
                ids = [e]
                exp = ["repeat_contact"] if j == nc - 1 else []
                if j < nc - 1:
                    ids.append(
                        f.add(
                            c,
                            t + timedelta(hours=f.rng.uniform(1, 3)),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": f.rng.randint(1, 5)},
                            attrs={"survey": "nps"},
                        )
                    )
                    exp = ["detractor"]
                else:
                    t2 = office(f, (t - f.start).days + 1)
                    ids.append(
                        f.add(
                            c,
                            t2,
                            "phone",
                            "call",
                            W.B2B_LAST[lg].format(c=ref, k=f.rng.choice(COMPETITORS)),
                        )
                    )
                f.customers[c.key] |= {
                    "persona": "b2b_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "expected_rules": exp,
                    "tolerated_rules": [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                    "complaint_event_ids": ids,
                    "problem": prob,
                    "booking": ref,
                    "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                }
                unhappy.append(c.key)
                t = office(f, (t - f.start).days + 1)
        elif kind == "one_unhappy":
            c = contacts[0]
            t = office(f, f.rng.randint(3, 7))
            ref = f.case()
            e = f.add(
                c,
                t,
                "email",
                "message",
                W.B2B_COMPLAINT[lg][prob],
                W.COMPLAINT_SUBJ[lg].format(t=prob),
            )
            f.add(
                c,
                t + timedelta(minutes=40),
                "email",
                "message",
                W.AG_CASE[lg].format(f=c.first, c=ref),
                W.CASE_SUBJ[lg].format(c=ref),
                out=True,
            )
            s = f.add(
                c,
                t + timedelta(hours=2),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            f.customers[c.key] |= {
                "persona": "b2b_one_unhappy",
                "habit": "complainer",
                "role": "complainer",
                "expected_rules": ["detractor"],
                "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                "complaint_event_ids": [e, s],
                "problem": prob,
                "booking": ref,
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
            unhappy.append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                t = office(f, f.rng.randint(3, 9))
                e = f.add(
                    c, t, "web", "ticket", f.pick(W.B2B_SUGGEST, lg), attrs={"page": "/sala/ayuda"}
                )
                f.add(
                    c,
                    t + timedelta(minutes=50),
                    "email",
                    "message",
                    W.ANSWER[lg].format(f=c.first),
                    out=True,
                )
                f.customers[c.key] |= {
                    "persona": "b2b_mild",
                    "habit": "suggests",
                    "role": "suggests",
                    "tolerated_rules": ["silence"],
                    "mild_event_id": e,
                }
        for c in contacts:
            if f.customers[c.key]["persona"] == "b2b_happy":
                for _ in range(f.rng.randint(1, 3)):
                    f.add(
                        c,
                        office(f, f.rng.randint(2, 12)),
                        "community",
                        "post",
                        f.pick(W.B2B_HAPPY, lg),
                    )
        exp_acc = ["account_risk"] if kind == "at_risk" else []
        f.accounts[acc] = {
            "company": f"Restaurante {n + 1}",
            "site": "restaurant",
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": exp_acc,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": trouble.strftime("%Y-%m-%dT%H:%M:%SZ") if trouble else None,
            "language": lg,
            "country": W.MARKETS[lg][0],
        }
    return f


def topic_spike() -> Fam:
    f = Fam(8, "topic_spike", "TS", d(2026, 10, 12), 7, "a calm week and a Saturday-morning spike")
    regulars: list[Cust] = []
    for _ in range(40):
        c = f.person("happy", "day writer", [], [])
        for dd in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy_act(c, f.at(dd, 12 if dd == 5 else 8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, 9, 16)
        e = f.add(c, t, "chat", "chat", f.pick(W.MILD, c.lang))
        f.add(
            c,
            t + timedelta(minutes=4),
            "chat",
            "chat",
            W.ANSWER[c.lang].format(f=c.first),
            out=True,
        )
        f.customers[c.key]["grumble_event_id"] = e
    for lg, hh in (("es", 9.6), ("pt", 16.1)):
        c = f.person("grumbles_once", "lone question", [], ["silence"], lang=lg)
        t = f.start + timedelta(days=4, hours=hh)
        e = f.add(c, t, "chat", "chat", W.LONE_Q[lg])
        f.add(c, t + timedelta(minutes=5), "chat", "chat", W.LONE_A[lg].format(f=c.first), out=True)
        f.customers[c.key] |= {"lone_report_event_id": e}
    s0 = f.start + timedelta(days=5, hours=8, minutes=20)
    langs = ["es"] * 6 + ["pt"] * 6 + ["de", "de", "en", "en", "fr", "fr", "it", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.uniform(0, 45) for _ in range(18)])
    keys: list[str] = []
    evs: list[str] = []
    reps: list[str] = []
    order = list(range(20))
    f.rng.shuffle(order)
    for i in range(20):
        lg = langs[order[i]]
        reg = i < 12
        c = f.person(
            "spike_reporter",
            "regular" if reg else "new",
            [],
            ["silence"],
            lang=lg,
            extra={"in_spike": True, "regular": reg},
        )
        if reg:
            regulars.append(c)
            f.happy_act(c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            c,
            t,
            ch,
            kind,
            f.pick(W.SPIKE, lg),
            "CV#0412" if ch == "email" else None,
            attrs={"page": "/ayuda"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", "chat", W.SPIKE_CHAT[lg], out=True)
        keys.append(c.key)
        evs.append(e)
        f.customers[c.key] |= {
            "spike_event_id": e,
            "spike_channel": ch,
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        early = offs[i] <= 25
        if early and len(reps) < 6:
            ch2 = [x for x in ["email", "chat", "community"] if x != ch][len(reps) % 2]
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.uniform(15, 50)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.pick(W.SPIKE_AGAIN, lg),
            )
            reps.append(r)
            f.customers[c.key] |= {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["silence", "sentiment_drop"],
                "repeat_event_id": r,
            }
        elif sum(1 for k in keys if f.customers[k].get("agent_fixed")) < 6 and not early:
            f.add(
                c,
                s0 + timedelta(hours=2, minutes=50 + f.rng.uniform(0, 9)),
                "email",
                "message",
                W.SPIKE_FIXED[lg].format(f=c.first),
                "CV#0412",
                out=True,
            )
            f.customers[c.key]["agent_fixed"] = True
    f.spike = {
        "topic": "wine-cellar app bottle requests fail at checkout: no delivery can be booked, error CV#0412",
        "about": "Saturday morning outage of bottle requests",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": evs,
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
    for build in FAMILIES:
        f = build()
        rows = f.finish()
        for r in rows:
            assert r["occurred_at"] < "2026-11-15", r
        with open(HERE / f"{f.name}.jsonl", "w", encoding="utf-8", newline="\n") as out:
            for r in rows:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
        t = truth(f, count(f))
        (HERE / f"{f.name}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(f.name, len(f.customers), len(rows), t["config"]["expected"])


if __name__ == "__main__":
    main()
