# ruff: noqa: E501
"""Write the heldout305 families (Puttora, indoor mini golf), written blind.

Standard library only; seeded; two runs give the same bytes.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import wording as W  # noqa: E402

SEED = 20260305
COMPS = ("Lochwerk", "Greenolo")
PHONE = {
    "DE": "+49 15",
    "AT": "+43 66",
    "CH": "+41 79",
    "FR": "+33 6",
    "BE": "+32 47",
    "UK": "+44 7",
    "IE": "+353 8",
    "ES": "+34 6",
    "IT": "+39 3",
    "PT": "+351 9",
}
NUM = [0]
Row = dict[str, Any]


def ascii_only(s: str) -> str:
    return (
        "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
        .lower()
        .replace("'", "")
    )


def strip_accents(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", s)
        if not unicodedata.combining(ch) or ch == "\u0303"
    )


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[tuple[datetime, int, Row, dict[str, Any]]] = []
        self.cust: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        market: str | None = None,
    ) -> dict[str, Any]:
        lang = lang or self.lang()
        NUM[0] += 1
        k = NUM[0]
        first, last = self.rng.choice(W.FIRST[lang]), self.rng.choice(W.LAST[lang])
        market = market or self.rng.choice(W.MARKETS[lang])
        cid = f"PT{self.code}{4000 + k}"
        domain = (
            f"{ascii_only(account.split('-')[-1])}.biz.example"
            if account
            else self.rng.choice(("mail.example", "post.example", "web.example"))
        )
        email = f"{ascii_only(first)}.{ascii_only(last)}{k}@{domain}"
        phone = f"{PHONE[market]}{k:04d}{self.rng.randrange(1000, 9999)}"
        handle = None if account else f"@{ascii_only(last)}_{ascii_only(first)}{k}"
        c = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "_phone": phone,
        }
        self.cust[cid] = c
        return c

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def add(
        self,
        c: dict[str, Any],
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
        eid = f"pt305-{self.code.lower()}-{self.seq:05d}"
        a = {"market": c["country"]}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(("Sabine", "Karim", "Élodie", "Marco", "Ana"))
        a.update(attrs or {})
        row: Row = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": scores or {},
            "source": f"puttora-{channel}",
            "attributes": a,
        }
        self.rows.append((t, self.seq, row, c))
        return eid

    # ---- common acts
    def happy_act(self, c: dict[str, Any], t: datetime) -> None:
        lg = c["language"]
        r = self.rng.randrange(6)
        if r == 0:
            self.add(c, t, "social", "post", self.rng.choice(W.PRAISE[lg]))
        elif r == 1:
            self.add(c, t, "chat", "chat", self.rng.choice(W.QUESTION[lg]))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 5)),
                "chat",
                "chat",
                W.ANSWER[lg],
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(c, t + timedelta(minutes=8), "chat", "chat", self.rng.choice(W.THANKS[lg]))
        elif r == 2:
            name, price = self.rng.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": "/book"})
            cur = "GBP" if c["country"] == "UK" else "CHF" if c["country"] == "CH" else "EUR"
            self.add(
                c,
                t + timedelta(minutes=4),
                "web",
                "purchase",
                attrs={
                    "page": "/checkout",
                    "product": name,
                    "order_value": f"{price}.00",
                    "currency": cur,
                },
            )
        elif r == 3:
            self.add(
                c,
                t,
                "web",
                "review",
                self.rng.choice(W.PRAISE[lg]),
                attrs={"rating": "5", "page": "/reviews"},
            )
        elif r == 4:
            self.add(c, t, "phone", "call", W.CALL_Q[lg])
        else:
            self.add(c, t, "community", "post", self.rng.choice(W.PRAISE[lg]))

    def happy_days(self, c: dict[str, Any], days: list[int], h0: float = 8, h1: float = 19) -> None:
        for d in days:
            self.happy_act(c, self.at(d, self.rng.uniform(h0, h1)))

    def survey(
        self, c: dict[str, Any], t: datetime, nps: int | None = None, csat: int | None = None
    ) -> str:
        lg = c["language"]
        if nps is not None and nps <= 6:
            txt = self.rng.choice(W.NPS_LOW[lg])
        elif csat is not None and csat <= 2:
            txt = self.rng.choice(W.CSAT_WORD[lg])
        else:
            txt = self.rng.choice(W.SURVEY_HAPPY[lg])
        sc = {"nps": nps} if nps is not None else {"csat": csat} if csat is not None else {"ces": 7}
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            txt or None,
            scores=sc,
            attrs={"survey": next(iter(sc))},
        )

    def case(self) -> str:
        NUM[0] += 1
        return f"PT-{700000 + NUM[0] * 7}"

    def complaint(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        problem: str,
        case: str,
        long: bool = False,
    ) -> str:
        lg = c["language"]
        p = W.PROBLEM[lg][problem]
        end = self.rng.choice(W.ANGRY_END[lg])
        if channel == "phone":
            return self.add(
                c, t, "phone", "call", W.CALL[lg].format(name=c["name"], p=p.rstrip(".").lower())
            )
        if long:
            return self.add(
                c,
                t,
                "email",
                "message",
                self.rng.choice(W.LETTER[lg]).format(p=p, name=c["name"]),
                subject=f"{W.SUBJ_COMPLAINT[lg]}: Puttora",
            )
        kind = {"email": "message", "chat": "chat", "social": "mention", "web": "ticket"}[channel]
        text = f"{p} {end}"
        if channel == "social":
            text = f"@Puttora {text}"
        return self.add(
            c,
            t,
            channel,
            kind,
            text,
            subject=f"{W.SUBJ_COMPLAINT[lg]}: {problem.replace('_', ' ')}"
            if channel == "email"
            else None,
            attrs={"page": "/contact"} if channel == "web" else None,
        )

    def reply(
        self,
        c: dict[str, Any],
        t: datetime,
        table: dict[str, str],
        case: str,
        channel: str = "email",
    ) -> str:
        lg = c["language"]
        kind = "chat" if channel == "chat" else "message"
        return self.add(
            c,
            t,
            channel,
            kind,
            table[lg].format(first=c["name"].split()[0], case=case),
            subject=f"{W.SUBJ_RE[lg]} {case}" if channel == "email" else None,
            out=True,
        )

    # ---- output
    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith("@"):
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            cand = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) > 4]
            if cand:
                i = cand[r.randrange(len(cand))]
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def write(self, expected: Counter[str]) -> tuple[int, int]:
        self.rows.sort(key=lambda x: (x[0], x[1]))
        seen: set[str] = set()
        lines = []
        for _t, _s, row, c in self.rows:
            ids = c["identifiers"]
            full = {
                "customer_id": ids["customer_id"],
                "email": ids["email"],
                "phone": c["_phone"],
                "handle": ids["handle"],
                "account_id": ids["account_id"],
            }
            inbound = row["direction"] == "inbound"
            if not inbound or ids["customer_id"] not in seen:
                cust = full
            else:
                ch = row["channel"]
                cust = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": ids["account_id"],
                }
                if ch == "phone":
                    cust["phone"] = c["_phone"]
                elif ch in ("social", "community"):
                    if ids["handle"]:
                        cust["handle"] = ids["handle"]
                    else:
                        cust["email"] = ids["email"]
                elif ch == "email":
                    cust["email"] = ids["email"]
                else:
                    cust["customer_id"] = ids["customer_id"]
            if inbound:
                seen.add(ids["customer_id"])
                if row["text"] and row["channel"] not in ("phone", "survey"):
                    row["text"] = self.roughen(row["text"])
            row["customer"] = cust
            lines.append(
                json.dumps(
                    {
                        k: row[k]
                        for k in (
                            "event_id",
                            "occurred_at",
                            "channel",
                            "kind",
                            "direction",
                            "customer",
                            "text",
                            "subject",
                            "scores",
                            "source",
                            "attributes",
                        )
                    },
                    ensure_ascii=False,
                )
            )
        last = self.rows[-1][0]
        end = max(self.at(self.days, 0), last + timedelta(hours=1))
        for c in self.cust.values():
            c.pop("_phone", None)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Puttora",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": dict(sorted(expected.items())),
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
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
        return len(self.cust), len(lines)


def count(f: Fam) -> Counter[str]:
    n: Counter[str] = Counter()
    for c in f.cust.values():
        n.update(c["expected_rules"])
    for a in f.accounts.values():
        n.update(a["expected_rules"])
    if f.spike:
        n["topic_spike"] += 1
    return n


def day(d: datetime) -> datetime:
    return d


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, sorted(f.rng.sample(range(10), f.rng.randint(5, 8))), 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer")
        lg = c["language"]
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.at(d, 22.2 + f.rng.uniform(0, 6))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", f.rng.choice(W.NIGHT_POST[lg]))
            else:
                f.add(c, t, "chat", "chat", f.rng.choice(W.NIGHT_Q[lg]))
                f.add(c, t + timedelta(minutes=3), "chat", "chat", W.ANSWER[lg], out=True)
                f.add(c, t + timedelta(minutes=7), "chat", "chat", f.rng.choice(W.THANKS[lg]))
        f.happy_days(c, f.rng.sample(range(10), f.rng.randint(2, 3)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            t = f.at(d, f.rng.uniform(9, 19))
            r = f.rng.randrange(3)
            f.survey(
                c,
                t,
                nps=f.rng.choice((9, 10)) if r == 0 else None,
                csat=f.rng.choice((4, 5)) if r == 1 else None,
            )


def one_bad_day(f: Fam) -> None:
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    bad: list[dict[str, Any]] = []
    for i, ch in enumerate(chans):
        lg = f.rng.choice(("de", "fr")) if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lg, tolerated=("silence",))
        bd = 2 + i % 8
        t = f.at(bd, f.rng.uniform(8, 20))
        f.happy_days(
            c, [d for d in f.rng.sample(range(12), 4) if d < bd - 1 or d > bd + 2][:3] or [0]
        )
        prob = W.PROBLEMS[i % 6]
        case = f.case() if ch != "social" else None
        eid = f.complaint(
            c, t, "email" if ch == "long" else ch, prob, case or "", long=ch == "long"
        )
        c.update(
            {
                "problem": prob,
                "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "bad_day_event_id": eid,
                "booking": case,
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
        if case:
            if ch == "chat":
                f.reply(c, t + timedelta(minutes=3), W.CASE_OPENED, case, "chat")
            else:
                f.reply(c, t + timedelta(minutes=f.rng.randint(10, 40)), W.CASE_OPENED, case)
            bad.append(c)
            c["_t"] = t
    for j, c in enumerate(bad):
        t = c.pop("_t")
        if j < 6:
            c["persona"] = "bad_day_detractor"
            c["expected_rules"] = ["detractor"]
            nps = f.rng.randint(1, 5)
            c.update(
                {
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.survey(
                        c, t + timedelta(minutes=f.rng.randint(100, 140)), nps=nps
                    ),
                }
            )
        elif j < 11:
            cs = f.rng.randint(1, 2)
            c.update(
                {
                    "csat_given": True,
                    "csat": cs,
                    "survey_event_id": f.survey(
                        c, t + timedelta(minutes=f.rng.randint(40, 80)), csat=cs
                    ),
                }
            )
        if j >= 6 and j < 18:
            g = t + timedelta(hours=f.rng.uniform(1, 4))
            if g.hour >= 21 or g.hour < 7:
                g = g.replace(hour=8) + timedelta(days=1 if g.hour >= 21 else 0)
            f.reply(c, g, W.GOOD_NEWS, c["booking"])
            c["agent_fixed"] = True
            if j < 11:
                a = t + timedelta(hours=f.rng.uniform(16, 24))
                if a.hour >= 21 or a.hour < 7:
                    a = a.replace(hour=9)
                c.update(
                    {
                        "apologised": True,
                        "apology_at": a.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "apology_event_id": f.add(
                            c, a, "chat", "chat", f.rng.choice(W.APOLOGY[c["language"]])
                        ),
                    }
                )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, sorted(f.rng.sample(range(12), f.rng.randint(4, 7))))
    for c in bad:
        c.pop("_t", None)


def later(t: datetime, hours: float) -> datetime:
    n = t + timedelta(hours=hours)
    if n.hour >= 22 or n.hour < 7:
        n = (n + timedelta(days=1 if n.hour >= 22 else 0)).replace(hour=8, minute=n.minute)
    return n


REPEAT_TOL = (
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
)


def repeat_run(
    f: Fam,
    c: dict[str, Any],
    d0: float,
    times: int,
    escalate: bool,
    langs: tuple[str, ...] | None = None,
) -> None:
    prob = f.rng.choice(W.PROBLEMS)
    case = f.case()
    chans = ["web", "email", "chat", "phone"]
    f.rng.shuffle(chans)
    t = f.at(d0, f.rng.uniform(8, 19))
    eids = []
    lg0 = c["language"]
    for i in range(times):
        if langs:
            c["language"] = langs[i % 2]
        lg = c["language"]
        ch = chans[i % 4] if i < 4 else "social"
        if i == 0:
            eids.append(f.complaint(c, t, ch, prob, case))
            if ch == "chat":
                f.reply(c, t + timedelta(minutes=3), W.CASE_OPENED, case, "chat")
            if escalate:
                f.reply(c, t + timedelta(hours=f.rng.uniform(1.5, 2.5)), W.ESCALATED, case)
            elif ch != "chat":
                f.reply(c, t + timedelta(minutes=f.rng.randint(10, 40)), W.CASE_OPENED, case)
        else:
            t = later(t, f.rng.uniform(4, 40))
            text = f.rng.choice(W.STILL_OPEN[lg]).format(case=case, p=W.PROBLEM[lg][prob])
            if i == 2:
                comp = f.rng.choice(COMPS)
                c["competitor"] = comp
                text += " " + W.THIRD[lg].format(comp=comp)
            if i == 3:
                text += " " + W.FOURTH[lg]
            if ch == "phone":
                eids.append(
                    f.add(c, t, "phone", "call", text.lower().replace(".", "").replace(",", ""))
                )
            else:
                eids.append(
                    f.add(
                        c,
                        t,
                        ch,
                        {"email": "message", "chat": "chat", "web": "ticket"}[ch],
                        text,
                        subject=f"{W.SUBJ_RE[lg]} {case}" if ch == "email" else None,
                    )
                )
            if ch == "chat":
                f.reply(c, t + timedelta(minutes=2), W.URGENT, case, "chat")
    c["language"] = lg0
    c.update(
        {
            "problem": prob,
            "booking": case,
            "contacts": times,
            "agent_passed_on": escalate,
            "problem_event_ids": eids,
            "trouble_starts_at": f.rows[-1][0].strftime("%Y-%m-%dT%H:%M:%SZ") if False else None,
        }
    )
    c["trouble_starts_at"] = next(r[0] for r in f.rows if r[2]["event_id"] == eids[0]).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    c.setdefault("competitor", None)


def fixed_run(
    f: Fam, c: dict[str, Any], d0: float, langs: tuple[str, str] | None = None
) -> dict[str, Any]:
    prob = f.rng.choice(W.PROBLEMS)
    case = f.case()
    t = f.at(d0, f.rng.uniform(8, 17))
    lg0 = c["language"]
    e = f.complaint(c, t, "web", prob, case)
    f.reply(c, t + timedelta(minutes=20), W.CASE_OPENED, case)
    if langs:
        c["language"] = langs[1]
    g = later(t, f.rng.uniform(3, 20))
    f.reply(c, g, W.GOOD_NEWS, case)
    k = later(g, f.rng.uniform(8, 30))
    ce = f.add(
        c,
        k,
        "email",
        "message",
        f.rng.choice(W.CONFIRM[c["language"]]).format(case=case),
        subject=f"{W.SUBJ_RE[c['language']]} {case}",
    )
    c["language"] = lg0
    return {
        "problem": prob,
        "booking": case,
        "raised_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fixed_at": g.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "confirmed_at": k.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": "email",
    }


def repeat_contacts(f: Fam) -> None:
    for i in range(12):
        c = f.person(
            "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=REPEAT_TOL
        )
        f.happy_days(c, [0] * f.rng.randint(1, 3), 7, 12)
        repeat_run(f, c, 1 + i % 4, 2 + i % 3, i < 6)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=("silence",))
        c["problems"] = [fixed_run(f, c, f.rng.randint(1, 4))]
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=("silence",))
        c["problems"] = [fixed_run(f, c, 1), fixed_run(f, c, f.rng.choice((5, 6)))]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, sorted(f.rng.sample(range(10), f.rng.randint(5, 8))))


def slide(
    f: Fam, c: dict[str, Any], d0: int, span: int, langs: tuple[str, str] | None = None
) -> None:
    comp = f.rng.choice(COMPS)
    eids = []
    t = f.at(d0, 9)
    for i in range(6):
        lg = langs[i % 2] if langs else c["language"]
        t = (
            later(f.at(d0 + i * span / 5, f.rng.uniform(9, 19)), 0)
            if i
            else f.at(d0, f.rng.uniform(9, 19))
        )
        text = W.SLIDE[lg][i].format(comp=comp)
        if i % 3 == 2:
            eids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[i]), "page": "/reviews"},
                )
            )
        else:
            eids.append(
                f.add(
                    c,
                    t,
                    "social" if i % 2 == 0 else "community",
                    "post",
                    ("@Puttora " + text) if i % 2 == 0 else text,
                )
            )
        if i == 3:
            c["_t4"] = t
    c.update(
        {
            "slide_event_ids": eids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": f.at(d0, 0).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    )
    c["trouble_starts_at"] = next(r[0] for r in f.rows if r[2]["event_id"] == eids[0]).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )


SLIDE_TOL = (
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
)


def slow_churners(f: Fam) -> None:
    for i in range(10):
        c = f.person("slow_churner", "slides", expected=("sentiment_drop",), tolerated=SLIDE_TOL)
        for d in sorted(f.rng.sample(range(11), 5)):
            f.add(
                c,
                f.at(d, f.rng.uniform(9, 19)),
                "social",
                "post",
                f.rng.choice(W.PRAISE[c["language"]]),
            )
        f.happy_days(c, f.rng.sample(range(11), f.rng.randint(2, 4)))
        slide(f, c, 12 + i % 5, (3, 5, 9)[i % 3])
        t4 = c.pop("_t4")
        if i < 5:
            nps = f.rng.randint(1, 5)
            c["expected_rules"] = ["detractor", "sentiment_drop"]
            c.update(
                {
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.survey(c, later(t4, f.rng.uniform(2.5, 3.5)), nps=nps),
                }
            )
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=("competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"),
        )
        f.happy_days(c, f.rng.sample(range(14), f.rng.randint(4, 6)))
        t = f.at(f.rng.randint(17, 23), f.rng.uniform(9, 18))
        lg = c["language"]
        e = f.add(c, t, "email", "message", f.rng.choice(W.CANCEL[lg]), subject="Puttora Club")
        f.reply(c, later(t, f.rng.uniform(1, 5)), W.SORRY_GO, "")
        k = later(t, f.rng.uniform(20, 30))
        ce = f.add(
            c,
            k,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Puttora Club membership, monthly"},
        )
        c.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": ce,
                "churn_at": k.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, sorted(f.rng.sample(range(32), f.rng.randint(6, 10))))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        d = f.rng.randint(0, 4)
        ge = []
        for _k in range(f.rng.randint(5, 7)):
            t = f.at(d, f.rng.uniform(9, 19))
            ch = f.rng.choice(("social", "community", "web"))
            ge.append(
                f.add(
                    c,
                    t,
                    ch,
                    "post" if ch != "web" else "review",
                    f.rng.choice(W.GRUMBLE[c["language"]]),
                    attrs={"rating": "3", "page": "/reviews"} if ch == "web" else None,
                )
            )
            d += f.rng.randint(1, 3)
        c.update({"grumble_event_ids": ge})
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        f.happy_days(c, f.rng.sample(range(16), 4))
        c["sarcasm_event_id"] = f.add(
            c,
            f.at(f.rng.randint(17, 28), f.rng.uniform(10, 19)),
            "social",
            "post",
            "@Puttora " + f.rng.choice(W.SARCASM[c["language"]]),
        )


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.sample(range(3), f.rng.randint(1, 3)), 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.at(i % 3, f.rng.uniform(9, 16))
        f.add(c, t, "web", "page_view", attrs={"page": "/venues"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            c["grumble_event_id"] = f.add(
                c, t2, "chat", "chat", f.rng.choice(W.MILD[c["language"]])
            )
            f.add(c, t2 + timedelta(minutes=3), "chat", "chat", W.ANSWER[c["language"]], out=True)
        else:
            c["grumble_event_id"] = f.add(
                c,
                t2,
                "web",
                "ticket",
                f.rng.choice(W.MILD[c["language"]]),
                attrs={"page": "/contact"},
            )
            f.add(c, t2 + timedelta(minutes=25), "email", "message", W.ACK[c["language"]], out=True)
    for night in range(3):
        b0 = f.at(night + 1, 0.75 + f.rng.uniform(0, 0.3))
        for b, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                lg = c["language"]
                t = b0 + timedelta(minutes=off + f.rng.uniform(0, 9.5))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", f.rng.choice(W.NIGHT_Q[lg]))
                    f.add(c, t + timedelta(minutes=2), "chat", "chat", W.ANSWER[lg], out=True)
                    f.add(c, t + timedelta(minutes=5), "chat", "chat", f.rng.choice(W.THANKS[lg]))
                else:
                    e = f.add(c, t, "social", "post", f.rng.choice(W.NIGHT_POST[lg]))
                c.update({"burst_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "night_event_id": e})
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.at(night + 1, f.rng.uniform(9, 17.5)))


PAIRS = (
    ("de", "fr"),
    ("fr", "de"),
    ("de", "en"),
    ("fr", "en"),
    ("de", "es"),
    ("fr", "it"),
    ("de", "it"),
    ("fr", "pt"),
    ("en", "de"),
    ("es", "fr"),
    ("it", "de"),
    ("pt", "fr"),
)


def bilingual(f: Fam) -> None:
    def bl(persona: str, habit: str, i: int, **kw: Any) -> dict[str, Any]:
        pair = PAIRS[i % len(PAIRS)]
        c = f.person(persona, habit, lang=pair[0], **kw)
        c["languages"] = list(pair)
        c["job_second_language"] = "works across the border"
        return c

    for i in range(12):
        c = bl("happy", "alternates languages", i)
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c["language"] = c["languages"][k % 2]
            f.happy_act(c, f.at(d, f.rng.uniform(8, 19)))
        c["language"] = c["languages"][0]
    for i in range(5):
        c = bl(
            "repeat_contact", "repeats", i + 3, expected=("repeat_contact",), tolerated=REPEAT_TOL
        )
        f.happy_act(c, f.at(0, 10))
        repeat_run(f, c, 2 + i % 4, (2, 2, 3, 3, 4)[i], i >= 2, langs=tuple(c["languages"]))
    for i in range(5):
        c = bl("slow_churner", "slides", i + 6, expected=("sentiment_drop",), tolerated=SLIDE_TOL)
        for k, d in enumerate(range(6)):
            lg = c["languages"][k % 2]
            f.add(c, f.at(d, f.rng.uniform(9, 19)), "social", "post", f.rng.choice(W.PRAISE[lg]))
        slide(f, c, 7 + i % 2, (3, 5)[i % 2], langs=tuple(c["languages"]))
        c.pop("_t4")
    for i in range(3):
        c = bl("happy_one_bad_day", "one bad day", i, tolerated=("silence",))
        f.happy_days(c, [0, 1])
        c["language"] = c["languages"][1]
        t = f.at(6 + i, f.rng.uniform(9, 17))
        case = f.case()
        ch = ("email", "email", "chat")[i]
        e = f.complaint(c, t, ch, W.PROBLEMS[i], case, long=i == 0 and c["language"] in W.LETTER)
        f.reply(c, t + timedelta(minutes=5 if ch == "chat" else 25), W.CASE_OPENED, case, ch)
        c.update(
            {
                "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "bad_day_event_id": e,
                "bad_day_language": c["language"],
                "booking": case,
                "problem": W.PROBLEMS[i],
            }
        )
        c["language"] = c["languages"][0]
    for i in range(2):
        c = bl("resolved_between_contacts", "fixed", i + 1, tolerated=("silence",))
        c["problems"] = [fixed_run(f, c, 3 + i, langs=tuple(c["languages"]))]


B2B_TOL = (
    "account_risk",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
)


def b2b_accounts(f: Fam) -> None:
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = (
        "de",
        "fr",
        "de",
        "fr",
        "en",
        "de",
        "fr",
        "es",
        "it",
        "de",
        "fr",
        "pt",
        "de",
        "fr",
        "es",
    )
    for n, kind in enumerate(kinds):
        lg = langs[n]
        market = W.MARKETS[lg][0]
        acc = f"PTE-{market}-{3100 + n}-firm{n}"
        company = f"{('Nordlicht', 'Atelier Bleu', 'Kesselhaus', 'Groupe Vasseur', 'Harbour & Finch', 'Weber Logistik', 'Cabinet Roux', 'Grupo Alba', 'Studio Verdi', 'Stadtwerke Ost', 'Lycée Pasteur', 'Tecnoporto', 'Rheinblick Hotel', 'Maison Delorme', 'Clínica Sol')[n]}"
        size = 4 if kind == "at_risk" and n % 2 else (5 if kind == "at_risk" else 3)
        cs = [
            f.person("b2b_happy", "contact", lang=lg, account=acc, market=market)
            for _ in range(size)
        ]
        keys = [c["identifiers"]["customer_id"] for c in cs]
        prob = W.B2B_PROBLEMS[n % 4]
        unhappy: list[str] = []
        exp: list[str] = []
        trouble = None
        for c in cs:
            c["company"] = company
            c["job_title"] = c["job"] = f.rng.choice(
                ("Office manager", "HR lead", "Team assistant", "Controller")
            )
            c["role"] = "contact"
            f.rng.seed(f.rng.random())
        for c in cs:
            t = f.at(f.rng.choice((0, 1)), f.rng.uniform(8, 16.5))
            f.happy_act(c, t) if kind == "happy" or c is cs[-1] else f.add(
                c, t, "web", "page_view", attrs={"page": "/company/portal"}
            )
        if kind == "at_risk":
            nc = 3 if n % 2 == 0 else 4
            case = f.case()
            t = f.at(2, f.rng.uniform(8, 12))
            first = cs[0]["name"].split()[0]
            for k, c in enumerate(cs[:nc]):
                c.update(
                    {
                        "persona": "b2b_unhappy",
                        "habit": "complainer",
                        "role": "complainer",
                        "expected_rules": ["detractor"],
                        "tolerated_rules": sorted(B2B_TOL),
                        "problem": prob,
                        "booking": case,
                    }
                )
                text = (
                    W.B2B[lg][prob]
                    if k == 0
                    else W.B2B_SAME[lg].format(
                        first=first, day=W.WEEKDAY[lg], case=case, p=W.B2B[lg][prob]
                    )
                )
                e = f.add(
                    c, t, "email", "message", text, subject=f"{W.SUBJ_COMPLAINT[lg]}: {company}"
                )
                if k == 0:
                    f.reply(c, t + timedelta(minutes=30), W.CASE_OPENED, case)
                    trouble = t.strftime("%Y-%m-%dT%H:%M:%SZ")
                nps = f.rng.randint(1, 5)
                c.update(
                    {
                        "complaint_event_ids": [e],
                        "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "nps_given": True,
                        "nps": nps,
                    }
                )
                if k < nc - 1:
                    c["survey_event_id"] = f.survey(
                        c, t + timedelta(hours=f.rng.uniform(1, 3)), nps=nps
                    )
                else:
                    c["expected_rules"] = ["detractor", "repeat_contact"]
                    c["survey_event_id"] = f.survey(
                        c, t + timedelta(hours=f.rng.uniform(1, 3)), nps=nps
                    )
                    t2 = later(t, f.rng.uniform(18, 40))
                    while t2.weekday() >= 5 or t2.hour >= 17:
                        t2 = (t2 + timedelta(days=1)).replace(hour=9)
                    c["complaint_event_ids"].append(
                        f.add(c, t2, "phone", "call", W.B2B_LAST[lg].format(case=case))
                    )
                t = later(t, f.rng.uniform(8, 28))
                while t.weekday() >= 5 or t.hour >= 17:
                    t = (t + timedelta(days=1)).replace(hour=9)
                unhappy.append(c["identifiers"]["customer_id"])
            exp = ["account_risk"]
        elif kind == "one_unhappy":
            c = cs[0]
            case = f.case()
            t = f.at(3 + n % 5, f.rng.uniform(8, 16))
            while t.weekday() >= 5:
                t += timedelta(days=1)
            e = f.add(
                c,
                t,
                "email",
                "message",
                W.B2B[lg][prob],
                subject=f"{W.SUBJ_COMPLAINT[lg]}: {company}",
            )
            f.reply(c, t + timedelta(minutes=40), W.CASE_OPENED, case)
            nps = f.rng.randint(1, 5)
            c.update(
                {
                    "persona": "b2b_one_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "expected_rules": ["detractor"],
                    "tolerated_rules": ["high_value_at_risk", "sentiment_drop", "silence"],
                    "problem": prob,
                    "booking": case,
                    "complaint_event_ids": [e],
                    "nps_given": True,
                    "nps": nps,
                    "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                }
            )
            c["survey_event_id"] = f.survey(c, t + timedelta(hours=2), nps=nps)
            unhappy.append(c["identifiers"]["customer_id"])
        elif kind == "mild":
            for c in cs[:2]:
                t = f.at(f.rng.choice((2, 3, 4)), f.rng.uniform(8, 16))
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.rng.choice(W.B2B_MILD[lg]),
                    attrs={"page": "/company/feedback"},
                )
                f.add(c, t + timedelta(minutes=50), "email", "message", W.ACK[lg], out=True)
                c.update(
                    {
                        "persona": "b2b_mild",
                        "habit": "suggests",
                        "role": "suggests",
                        "tolerated_rules": ["silence"],
                        "mild_event_id": e,
                    }
                )
        else:
            for c in cs:
                f.survey(
                    c,
                    f.at(f.rng.choice((2, 3, 4)), f.rng.uniform(9, 16)),
                    nps=f.rng.choice((9, 10)),
                )
        f.accounts[acc] = {
            "company": company,
            "contacts": len(cs),
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": exp,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lg,
            "country": market,
        }


def topic_spike(f: Fam) -> None:
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy_act(c, f.at(d, f.rng.uniform(12, 19) if d == 5 else f.rng.uniform(8, 19)))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.at(0, f.rng.uniform(9, 16))
        c["grumble_event_id"] = f.add(c, t, "chat", "chat", f.rng.choice(W.MILD[c["language"]]))
        f.add(c, t + timedelta(minutes=3), "chat", "chat", W.ANSWER[c["language"]], out=True)
    for lg, h in (("de", 9.6), ("fr", 15.1)):
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=("silence",))
        t = f.at(4, h)
        c["lone_report_event_id"] = f.add(c, t, "chat", "chat", W.LONE_Q[lg][0])
        f.add(c, t + timedelta(minutes=3), "chat", "chat", W.LONE_A[lg], out=True)
    s0 = f.at(5, 9 + 5 / 60)
    langs = ["de"] * 6 + ["fr"] * 6 + ["en", "en", "es", "es", "it", "it", "pt", "pt"]
    f.rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    keys, eids, reps = [], [], []
    for i in range(20):
        regular = i < 12
        c = f.person(
            "spike_reporter", "regular" if regular else "new", lang=langs[i], tolerated=("silence",)
        )
        if regular:
            f.happy_act(c, f.at(2, f.rng.uniform(8, 17.5)))
        t = s0 + timedelta(minutes=45 * i / 19)
        lg, ch = c["language"], chans[i]
        text = f.rng.choice(W.SPIKE[lg])
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
            "@Puttora " + text if ch == "social" else text,
            subject="Puttora app" if ch == "email" else None,
            attrs={"page": "/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", "chat", W.SPIKE_CHAT[lg], out=True)
        c.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
        keys.append(c["identifiers"]["customer_id"])
        eids.append(e)
        if i in (0, 3, 5, 8, 10, 12):
            c["persona"] = "spike_repeater"
            c["expected_rules"] = ["repeat_contact"]
            c["tolerated_rules"] = ["sentiment_drop", "silence"]
            ch2 = {
                "social": "email",
                "chat": "community",
                "community": "chat",
                "email": "chat",
                "web": "email",
            }[ch]
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(15, 50)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                W.SPIKE_AGAIN[lg],
                subject="Puttora app" if ch2 == "email" else None,
            )
            c["repeat_event_id"] = r
            reps.append(r)
        elif i in (1, 6, 9, 14, 16, 18):
            f.add(
                c,
                f.at(5, 11.1 + i / 100),
                "email",
                "message",
                W.SPIKE_FIXED[lg],
                subject="Puttora",
                out=True,
            )
            c["agent_fixed"] = True
    f.spike = {
        "topic": "mini-golf booking payments fail in the app and on the web, no course can be booked, error "
        + W.CODE,
        "about": "booking payment outage",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


FAMILIES = (
    ("happy_writers", "HW", datetime(2026, 2, 9, tzinfo=UTC), 10, happy_writers),
    ("one_bad_day", "BD", datetime(2026, 3, 16, tzinfo=UTC), 12, one_bad_day),
    ("repeat_contacts", "RC", datetime(2026, 4, 20, tzinfo=UTC), 12, repeat_contacts),
    ("slow_churners", "SC", datetime(2026, 5, 25, tzinfo=UTC), 32, slow_churners),
    ("quiet_hours", "QH", datetime(2026, 7, 10, tzinfo=UTC), 3, quiet_hours),
    ("bilingual", "BL", datetime(2026, 8, 3, tzinfo=UTC), 14, bilingual),
    ("b2b_accounts", "BB", datetime(2026, 9, 7, tzinfo=UTC), 14, b2b_accounts),
    ("topic_spike", "TS", datetime(2026, 10, 5, tzinfo=UTC), 7, topic_spike),
)


def main() -> None:
    NUM[0] = 0
    for n, (name, code, start, days, build) in enumerate(FAMILIES, 1):
        f = Fam(name, code, n, start, days, name.replace("_", " "))
        build(f)
        for c in f.cust.values():
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"]), c
        print(name, *f.write(count(f)), dict(count(f)))


if __name__ == "__main__":
    main()
