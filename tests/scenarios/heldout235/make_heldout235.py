"""Build heldout235 (Remarea, kayak and paddleboard hire): report only, never tune on it.

Run: python make_heldout235.py (standard library only; the same bytes every run).
"""

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

import wording as w  # noqa: E402

SEED = 20261207
LANG_WEIGHTS = {"es": 30, "it": 30, "en": 10, "fr": 10, "de": 10, "pt": 10}
SOURCES = {
    "email": "remarea-mail",
    "phone": "remarea-voice",
    "social": "remarea-social",
    "community": "remarea-forum",
    "chat": "remarea-chat",
    "web": "remarea-web",
    "survey": "remarea-survey",
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
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(b for b in base if unicodedata.category(b) != "Mn"))
    return "".join(out)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    persona: str
    habit: str
    expected: list[str]
    tolerated: list[str]
    info: dict[str, Any] = field(default_factory=dict)


@dataclass
class Row:
    t: datetime
    eid: str
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.custs: list[Cust] = []
        self.rows: list[Row] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0

    # ----------------------------------------------------------------- people --
    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]

    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        market: str | None = None,
    ) -> Cust:
        rng = self.rng
        first = rng.choice(w.FIRST[lang])
        last = rng.choice(w.LAST[lang])
        mk, prefix = rng.choice(w.MARKETS[lang])
        if market is not None:
            mk = market
            prefix = next(
                (p for m, p in [x for v in w.MARKETS.values() for x in v] if m == mk), prefix
            )
        key = self.unique(lambda: f"RM{self.code}{rng.randint(1000, 9999)}")
        plain = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        if domain:
            email = self.unique(
                lambda: f"{strip_accents(first).lower()}.{rng.randint(1, 99)}@{domain}"
            )
        else:
            email = self.unique(
                lambda: (
                    f"{plain}{rng.randint(1, 999)}@{rng.choice(['correo', 'posta', 'mail', 'inbox'])}.example"
                )
            )
        digits = 9 if not prefix.startswith("+49") else 8
        phone = self.unique(lambda: prefix + "".join(str(rng.randint(0, 9)) for _ in range(digits)))
        handle = None
        if account is None:
            handle = self.unique(
                lambda: "@" + strip_accents(f"{last}_{first}").lower() + str(rng.randint(1, 99))
            )
        c = Cust(
            key,
            lang,
            mk,
            first,
            last,
            email,
            phone,
            handle,
            account,
            persona,
            habit,
            list(expected or []),
            list(tolerated or []),
        )
        self.custs.append(c)
        return c

    # ----------------------------------------------------------------- events --
    def pick(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        return self.rng.choice(table[lang]).format(**kw)

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.count += 1
        eid = f"h235-{self.code.lower()}-{self.count:05d}"
        if text is not None and direction == "inbound" and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if (
            channel == "social"
            and c.account is None
            and text is not None
            and direction == "inbound"
            and "@Remarea" not in text
        ):
            text = (
                text.replace("Remarea", "@Remarea", 1) if "Remarea" in text else "@Remarea " + text
            )
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        if direction == "outbound":
            a.setdefault("agent", self.rng.choice(["Noa", "Bruno", "Alba", "Kai", "Sofia"]))
        self.rows.append(
            Row(
                t,
                eid,
                c,
                channel,
                kind,
                direction,
                text,
                subject,
                scores or {"nps": None, "csat": None, "ces": None},
                a,
            )
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, x in enumerate(words) if x.isalpha() and x.islower() and len(x) > 4]
            if idx:
                i = r.choice(idx)
                s = words[i]
                j = r.randint(1, len(s) - 3)
                words[i] = s[:j] + s[j + 1] + s[j] + s[j + 2 :]
                text = " ".join(words)
        if r.random() < 1 / 8 and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 10:
            text = strip_accents(text)
        return text

    def case(self) -> str:
        return self.unique(lambda: f"RM-{self.rng.randint(100000, 999999)}")

    # ---------------------------------------------------------- happy acts --
    def happy_act(self, c: Cust, t: datetime, surveys: bool = True) -> None:
        rng = self.rng
        lg = c.lang
        item = rng.choice(w.ITEMS[lg])
        kinds = ["praise", "again", "gripe", "chat", "call", "buy", "view", "review"] + (
            ["survey"] if surveys else []
        )
        if c.account:
            kinds = ["chat", "buy", "view"] + (["survey"] if surveys else [])
        k = rng.choice(kinds)
        if k == "praise":
            ch = rng.choice(["social", "community"]) if c.handle else "community"
            self.add(
                c,
                t,
                ch,
                "post" if ch == "community" else "mention",
                self.pick(w.PRAISE, lg, item=item),
            )
        elif k == "again":
            self.add(
                c, t, rng.choice(["social", "community"]), "post", self.pick(w.PRAISE_AGAIN, lg)
            )
        elif k == "gripe":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(w.PRAISE_GRIPE, lg),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif k == "chat":
            q = self.pick(w.B2B_Q if c.account else w.QUESTION, lg)
            self.add(c, t, "chat", "chat", q)
            self.add(
                c,
                t + timedelta(minutes=rng.randint(1, 6)),
                "chat",
                "chat",
                self.pick(w.B2B_A if c.account else w.ANSWER, lg),
                direction="outbound",
            )
            if rng.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=rng.randint(7, 12)),
                    "chat",
                    "chat",
                    self.pick(w.THANKS, lg),
                )
        elif k == "call":
            self.add(c, t, "phone", "call", self.pick(w.CALL_Q, lg))
            self.add(
                c,
                t + timedelta(minutes=rng.randint(20, 50)),
                "email",
                "message",
                self.pick(w.ANSWER, lg),
                direction="outbound",
                subject="Remarea",
            )
        elif k == "buy":
            self.add(c, t, "web", "page_view", None, attrs={"page": "/book"})
            value = (
                f"{rng.randint(25, 140)}.00" if not c.account else f"{rng.randint(300, 1400)}.00"
            )
            cur = "GBP" if c.market == "UK" else "CHF" if c.market == "CH" else "EUR"
            self.add(
                c,
                t + timedelta(minutes=rng.randint(3, 15)),
                "web",
                "purchase",
                None,
                attrs={
                    "order_value": value,
                    "currency": cur,
                    "product": "Kayak hire / Alquiler de kayak",
                    "page": "/checkout",
                },
            )
        elif k == "view":
            self.add(
                c,
                t,
                "web",
                "page_view",
                None,
                attrs={
                    "page": rng.choice(
                        ["/jetties", "/club", "/prices", "/portal" if c.account else "/faq"]
                    )
                },
            )
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(w.PRAISE, lg, item=item),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.happy_survey(c, t)

    def happy_survey(self, c: Cust, t: datetime) -> None:
        rng = self.rng
        which = rng.choice(["nps", "csat", "ces"])
        val = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            which
        ]
        scores: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        scores[which] = val
        txt = rng.choice(w.SURVEY_WORD[c.lang]) or None
        self.add(c, t, "survey", "survey_response", txt, scores=scores, attrs={"survey": which})

    def happy_days(
        self,
        c: Cust,
        n: int,
        d0: int,
        d1: int,
        h0: float = 7,
        h1: float = 19,
        surveys: bool = True,
        avoid: set[int] | None = None,
    ) -> None:
        days = [d for d in range(d0, d1 + 1) if not avoid or d not in avoid]
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy_act(c, self.at(d, h0, h1), surveys)

    def day_time(self, t: datetime, h0: int = 8, h1: int = 19) -> datetime:
        """Move a time out of the night (to the next morning)."""
        if t.hour >= 22 or t.hour < 7:
            base = t if t.hour < 7 else t + timedelta(days=1)
            t = base.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    # ------------------------------------------------------------ stories --
    def complaint(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        case: str | None,
        long_mail: bool = False,
    ) -> str:
        lg = c.lang
        subj = w.PROBLEM_SUBJECT[problem][lg]
        text = self.rng.choice(w.COMPLAINT[problem][lg])
        if channel == "phone":
            return self.add(
                c, t, "phone", "call", self.pick(w.CALL, lg, subj=subj, case=case or "")
            )
        if long_mail:
            body = self.pick(
                w.LONG_EMAIL,
                lg,
                complaint=text,
                complaint_lc=text[0].lower() + text[1:],
                name=f"{c.first} {c.last}",
            )
            return self.add(c, t, "email", "message", body, subject=w.COMPLAINT_SUBJECT[lg] + subj)
        if channel == "email":
            return self.add(c, t, "email", "message", text, subject=w.COMPLAINT_SUBJECT[lg] + subj)
        if channel == "chat":
            return self.add(c, t, "chat", "chat", text)
        if channel == "social":
            return self.add(c, t, "social", "mention", text)
        if channel == "community":
            return self.add(c, t, "community", "post", text)
        return self.add(c, t, "web", "ticket", text, subject=subj, attrs={"page": "/help/contact"})

    def reply(
        self,
        c: Cust,
        t: datetime,
        table: dict[str, list[str]],
        channel: str = "email",
        case: str = "",
    ) -> str:
        subj = (
            (w.CASE_SUBJECT[c.lang] + case)
            if channel == "email" and case
            else ("Remarea" if channel == "email" else None)
        )
        return self.add(
            c,
            t,
            channel,
            "message" if channel == "email" else "chat",
            self.pick(table, c.lang, first=c.first, case=case),
            direction="outbound",
            subject=subj,
        )

    def repeat_run(
        self,
        c: Cust,
        d0: int,
        times: int,
        channels: list[str],
        comp: str | None,
        quality: bool,
        langs: tuple[str, str] | None = None,
    ) -> None:
        rng = self.rng
        problem = rng.choice(w.PROBLEMS)
        case = self.case()
        t = self.at(d0, 8, 19)
        first_ch = channels[0]
        ids = [self.complaint(c, t, problem, first_ch, case if first_ch == "phone" else None)]
        if first_ch == "chat":
            self.reply(c, t + timedelta(minutes=rng.randint(2, 6)), w.CASE_OPENED, "chat", case)
        if quality:
            self.reply(
                c,
                self.day_time(t + timedelta(minutes=rng.randint(90, 150))),
                w.QUALITY_LEAD,
                "email",
                case,
            )
        elif first_ch != "chat":
            self.reply(c, t + timedelta(minutes=rng.randint(10, 40)), w.CASE_OPENED, "email", case)
        subj = w.PROBLEM_SUBJECT[problem][c.lang]
        for n in range(1, times):
            if langs:
                c.lang = langs[n % 2]
                subj = w.PROBLEM_SUBJECT[problem][c.lang]
            t = self.day_time(t + timedelta(hours=rng.uniform(4, 40)))
            ch = channels[n]
            text = self.pick(w.STILL_OPEN, c.lang, case=case, subj=subj)
            if n == 2 and comp:
                text += " " + self.pick(w.THIRD, c.lang, comp=comp)
            if n == 3:
                text += " " + self.pick(w.FOURTH, c.lang, case=case)
            if ch == "phone":
                text = text.lower().replace(".", "").replace(",", "").replace(":", "")
                ids.append(self.add(c, t, "phone", "call", text))
            elif ch == "email":
                ids.append(
                    self.add(c, t, "email", "message", text, subject=w.CASE_SUBJECT[c.lang] + case)
                )
            elif ch == "chat":
                ids.append(self.add(c, t, "chat", "chat", text))
                self.reply(c, t + timedelta(minutes=rng.randint(2, 6)), w.URGENT, "chat", case)
            elif ch == "social":
                ids.append(self.add(c, t, "social", "mention", text))
            else:
                ids.append(
                    self.add(
                        c, t, "web", "ticket", text, subject=case, attrs={"page": "/help/contact"}
                    )
                )
        if langs:
            c.lang = langs[0]
        c.info.update(
            {
                "problem": problem,
                "booking": case,
                "contacts": times,
                "channels": channels[:times],
                "problem_event_ids": ids,
                "competitor": comp,
                "agent_passed_on": quality,
                "trouble_starts_at": iso(self.row_time(ids[0])),
            }
        )

    def fixed_run(
        self, c: Cust, d0: int, problem: str | None = None, langs: tuple[str, str] | None = None
    ) -> dict[str, Any]:
        rng = self.rng
        problem = problem or rng.choice(w.PROBLEMS)
        case = self.case()
        t = self.at(d0, 8, 18)
        ch = rng.choice(["web", "email", "chat"])
        eid = self.complaint(c, t, problem, ch, None)
        self.reply(
            c,
            t + timedelta(minutes=rng.randint(10, 40)),
            w.CASE_OPENED,
            "chat" if ch == "chat" else "email",
            case,
        )
        if langs:
            c.lang = langs[1]
        t2 = self.day_time(t + timedelta(hours=rng.uniform(3, 20)))
        self.reply(c, t2, w.GOOD_NEWS, "email", case)
        t3 = self.day_time(t2 + timedelta(hours=rng.uniform(8, 30)))
        cch = rng.choice(["email", "chat"])
        conf = self.add(
            c,
            t3,
            cch,
            "message" if cch == "email" else "chat",
            self.pick(w.CONFIRM, c.lang, case=case),
            subject=(w.CASE_SUBJECT[c.lang] + case) if cch == "email" else None,
        )
        if langs:
            c.lang = langs[0]
        return {
            "problem": problem,
            "booking": case,
            "raised_at": iso(t),
            "fixed_at": iso(t2),
            "confirmed_at": iso(t3),
            "problem_event_ids": [eid],
            "confirm_event_id": conf,
            "channel": ch,
            "confirm_channel": cch,
        }

    def slide(
        self,
        c: Cust,
        d0: int,
        span: int,
        comp: str,
        nps: bool,
        langs: tuple[str, str] | None = None,
    ) -> None:
        rng = self.rng
        steps = []
        t = self.at(d0, 8, 19)
        gaps = sorted(rng.uniform(0, span * 24) for _ in range(5))
        times = [t] + [t + timedelta(hours=g) for g in gaps]
        prev = times[0]
        ratings = ["3", "3", "2", "2", "1", "1"]
        for i, tt in enumerate(times):
            tt = self.day_time(max(tt, prev + timedelta(hours=1)))
            prev = tt
            lg = langs[i % 2] if langs else c.lang
            text = self.rng.choice(w.SLIDE[lg][i : i + 1]).format(comp=comp)
            ch = rng.choice(["social", "community", "review"])
            if ch == "review":
                steps.append(
                    self.add(
                        c,
                        tt,
                        "web",
                        "review",
                        text,
                        attrs={"rating": ratings[i], "page": "/reviews"},
                    )
                )
            else:
                steps.append(self.add(c, tt, ch, "mention" if ch == "social" else "post", text))
            if i == 3 and nps:
                ts = self.day_time(tt + timedelta(hours=rng.uniform(2.5, 3.5)))
                v = rng.randint(1, 5)
                sid = self.add(
                    c,
                    ts,
                    "survey",
                    "survey_response",
                    rng.choice(w.LOW_WORD[c.lang]) or None,
                    scores={"nps": v, "csat": None, "ces": None},
                    attrs={"survey": "nps"},
                )
                c.info.update({"nps_given": True, "nps": v, "survey_event_id": sid})
                prev = max(prev, ts)
        c.info.update(
            {
                "slide_event_ids": steps,
                "slide_days": span,
                "competitor": comp,
                "trouble_starts_at": iso(self.row_time(steps[0])),
            }
        )

    def row_time(self, eid: str) -> datetime:
        return next(r.t for r in self.rows if r.eid == eid)

    # ------------------------------------------------------------- output --
    def ids_for(self, r: Row, full: bool) -> dict[str, str | None]:
        c = r.cust
        d: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full or r.direction == "outbound":
            d.update({"customer_id": c.key, "email": c.email, "phone": c.phone, "handle": c.handle})
        elif r.channel == "phone":
            d["phone"] = c.phone
        elif r.channel in ("social", "community"):
            if c.handle:
                d["handle"] = c.handle if self.rough.random() > 0.2 else c.handle.lstrip("@")
            else:
                d["email"] = c.email
        elif r.channel == "email":
            d["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
        else:
            d["customer_id"] = c.key
        return d

    def write(self) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r.t, r.eid))
        seen: set[str] = set()
        lines = []
        for r in self.rows:
            full = r.direction == "inbound" and r.cust.key not in seen
            if full:
                seen.add(r.cust.key)
            if r.t.year != 2026 or r.t >= datetime(2026, 11, 15, tzinfo=UTC) or r.t < self.start:
                raise SystemExit(f"{self.name}: time out of range {r.t}")
            tp = {
                "event_id": r.eid,
                "occurred_at": iso(r.t),
                "channel": r.channel,
                "kind": r.kind,
                "direction": r.direction,
                "customer": self.ids_for(r, full),
                "text": r.text,
                "subject": r.subject,
                "scores": r.scores,
                "source": SOURCES[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(tp, ensure_ascii=False, sort_keys=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        expected: dict[str, int] = {}
        customers: dict[str, Any] = {}
        for c in self.custs:
            if set(c.expected) & set(c.tolerated):
                raise SystemExit(f"{c.key}: expected and tolerated")
            if c.key not in seen:
                raise SystemExit(f"{c.key}: no inbound touchpoint")
            for rule in c.expected:
                expected[rule] = expected.get(rule, 0) + 1
            customers[c.key] = {
                "identifiers": {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": "+" + "".join(ch for ch in c.phone if ch.isdigit()),
                    "handle": c.handle,
                    "account_id": c.account,
                },
                "expected_rules": sorted(c.expected),
                "tolerated_rules": sorted(c.tolerated),
                "persona": c.persona,
                "habit": c.habit,
                "language": c.lang,
                "country": c.market,
                "segment": "b2b" if c.account else "consumer",
                "name": f"{c.first} {c.last}",
            } | c.info
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        last = max(r.t for r in self.rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= datetime(2026, 11, 15, tzinfo=UTC):
            raise SystemExit(f"{self.name}: end too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Remarea (kayak and paddleboard hire)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return (
            len(self.custs),
            len(self.rows),
            sum(1 for r in self.rows if r.direction == "outbound"),
        )


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


# ------------------------------------------------------------------ families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d(2026, 3, 16),
        10,
        "happy customers: day writers, night writers, survey answerers",
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, 9)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer")
        for day in sorted(f.rng.sample(range(0, 9), f.rng.randint(2, 4))):
            t = f.at(day, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.add(
                    c,
                    t,
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.pick(w.NIGHT_POST, c.lang),
                )
            else:
                f.add(c, t, "chat", "chat", f.pick(w.NIGHT_Q, c.lang))
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(1, 5)),
                    "chat",
                    "chat",
                    f.pick(w.NIGHT_A, c.lang),
                    direction="outbound",
                )
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(6, 10)),
                    "chat",
                    "chat",
                    f.pick(w.THANKS, c.lang),
                )
        f.happy_days(c, f.rng.randint(2, 3), 0, 9, 9, 18, surveys=False)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys")
        for day in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.happy_survey(c, f.at(day, 8, 19))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        d(2026, 4, 13),
        12,
        "happy customers with one angry message on one day",
    )
    rng = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in w.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    bad = []
    for i, ch in enumerate(channels):
        lg = rng.choice(["es", "it"]) if ch == "long" else f.lang()
        c = f.person(lg, "happy_one_bad_day", "one bad day", tolerated=["silence"])
        day = rng.randint(2, 9)
        t = f.at(day, 8, 20)
        case = None if ch == "social" else f.case()
        eid = f.complaint(
            c, t, problems[i], "email" if ch == "long" else ch, case, long_mail=ch == "long"
        )
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=rng.randint(2, 6)), w.CASE_OPENED, "chat", case or "")
        elif ch != "social":
            f.reply(
                c,
                f.day_time(t + timedelta(minutes=rng.randint(10, 40))),
                w.CASE_OPENED,
                "email",
                case or "",
            )
        f.happy_days(
            c, rng.randint(1, 5), 0, 11, surveys=False, avoid={day - 1, day, day + 1, day + 2}
        )
        c.info.update(
            {
                "problem": problems[i],
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "long_email": ch == "long",
                "channel": "email" if ch == "long" else ch,
                "trouble_starts_at": iso(t),
            }
        )
        if case:
            bad.append((c, t, case))
    rng.shuffle(bad)
    for c, t, _ in bad[:6]:
        v = rng.randint(1, 5)
        sid = f.add(
            c,
            t + timedelta(minutes=rng.randint(100, 140)),
            "survey",
            "survey_response",
            rng.choice(w.LOW_WORD[c.lang]) or None,
            scores={"nps": v, "csat": None, "ces": None},
            attrs={"survey": "nps"},
        )
        c.persona = "bad_day_detractor"
        c.expected = ["detractor"]
        c.info.update({"nps_given": True, "nps": v, "survey_event_id": sid})
    for c, t, _ in bad[6:11]:
        v = rng.randint(1, 2)
        sid = f.add(
            c,
            t + timedelta(minutes=rng.randint(40, 80)),
            "survey",
            "survey_response",
            rng.choice(w.LOW_WORD[c.lang]) or None,
            scores={"nps": None, "csat": v, "ces": None},
            attrs={"survey": "csat"},
        )
        c.info.update({"csat_given": True, "csat": v, "survey_event_id": sid})
    for i, (c, t, case) in enumerate(bad[:12]):
        f.reply(c, f.day_time(t + timedelta(hours=rng.uniform(1, 4))), w.GOOD_NEWS, "email", case)
        c.info["agent_fixed"] = True
        if i < 5:
            ta = f.day_time(t + timedelta(hours=rng.uniform(16, 24)))
            ch = rng.choice(["chat", "email"])
            aid = f.add(
                c,
                ta,
                ch,
                "chat" if ch == "chat" else "message",
                f.pick(w.APOLOGY, c.lang),
                subject=(w.CASE_SUBJECT[c.lang] + case) if ch == "email" else None,
            )
            c.info.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control")
        f.happy_days(c, rng.randint(4, 7), 0, 11)
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d(2026, 5, 25),
        10,
        "customers who raise one problem again while it is open",
    )
    rng = f.rng
    chans = ["email", "chat", "phone", "web", "social"]
    for i, times in enumerate([2] * 4 + [3] * 4 + [4] * 4):
        c = f.person(
            f.lang(), "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL
        )
        f.happy_days(c, rng.randint(1, 3), 0, 0, 7, 12, surveys=False)
        order = rng.sample(chans, 4)
        if order[0] == "social":
            order[0], order[1] = order[1], order[0]
        comp = w.COMPETITORS[i % 2] if times >= 3 else None
        f.repeat_run(c, rng.randint(1, 4), times, order, comp, quality=i % 2 == 0)
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy_days(c, rng.randint(1, 2), 0, 0, 7, 12, surveys=False)
        p = f.fixed_run(c, rng.randint(1, 5))
        c.info.update({"problems": [p], "trouble_starts_at": p["raised_at"]})
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", tolerated=["silence"])
        a, b = rng.sample(list(w.PROBLEMS), 2)
        d0 = rng.randint(0, 2)
        p1 = f.fixed_run(c, d0, a)
        p2 = f.fixed_run(c, d0 + rng.randint(4, 5), b)
        c.info.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer")
        f.happy_days(c, rng.randint(5, 8), 0, 9)
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d(2026, 6, 29),
        32,
        "sliding churners, leavers, steady, steadily grumpy and sarcastic customers",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i, span in enumerate(spans):
        nps = i % 2 == 1
        c = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if nps else []),
            tolerated=SLIDE_TOL,
        )
        for day in sorted(rng.sample(range(0, 11), rng.randint(4, 5))):
            f.add(
                c,
                f.at(day, 8, 19),
                rng.choice(["social", "community"]),
                "post",
                f.pick(w.PRAISE, c.lang, item=rng.choice(w.ITEMS[c.lang])),
            )
        f.happy_days(c, rng.randint(2, 4), 0, 10, surveys=False)
        f.slide(c, rng.randint(12, 16), span, w.COMPETITORS[i % 2], nps)
    for _ in range(5):
        c = f.person(
            f.lang(),
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=CANCEL_TOL,
        )
        f.happy_days(c, rng.randint(4, 6), 0, 15, surveys=False)
        t = f.at(rng.randint(17, 23), 8, 19)
        cid = f.add(c, t, "email", "message", f.pick(w.CANCEL, c.lang), subject="Remarea Club")
        f.reply(c, f.day_time(t + timedelta(hours=rng.uniform(1, 5))), w.SORRY_GO, "email")
        tc = f.day_time(t + timedelta(hours=rng.uniform(20, 30)))
        kid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/club", "product": "Remarea Club"},
        )
        c.info.update(
            {
                "churn_intent_event_id": cid,
                "cancellation_event_id": kid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady")
        f.happy_days(c, rng.randint(6, 10), 0, 31)
    for _ in range(5):
        c = f.person(
            f.lang(), "steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"]
        )
        t = f.at(rng.randint(0, 4), 8, 19)
        gids = []
        for _ in range(rng.randint(5, 7)):
            ch = rng.choice(["social", "community", "web", "review"])
            text = f.pick(w.GRUMBLE, c.lang)
            if ch == "review":
                gids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                gids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                gids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            t = f.day_time(t + timedelta(days=rng.uniform(1, 3)))
        c.info.update({"grumble_event_ids": gids, "trouble_starts_at": iso(f.row_time(gids[0]))})
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, rng.randint(4, 6), 0, 16)
        t = f.at(rng.randint(17, 28), 9, 20)
        sid = f.add(c, t, "social", "mention", f.pick(w.SARCASM, c.lang))
        c.info.update({"sarcasm_event_id": sid, "trouble_starts_at": iso(t)})
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, d(2026, 8, 21), 3, "a calm weekend with night-owl bursts")
    rng = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        for day in sorted(rng.sample(range(3), rng.randint(1, 3))):
            f.happy_act(c, f.at(day, 7, 17.5))
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(rng.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", None, attrs={"page": "/jetties"})
        t2 = t + timedelta(minutes=rng.randint(20, 30))
        if i < 2:
            gid = f.add(c, t2, "chat", "chat", f.pick(w.MILD, c.lang))
            f.reply(c, t2 + timedelta(minutes=rng.randint(2, 5)), w.MILD_A, "chat")
        else:
            gid = f.add(
                c, t2, "web", "ticket", f.pick(w.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.reply(c, t2 + timedelta(minutes=rng.randint(15, 40)), w.MILD_A, "email")
        c.info.update({"grumble_event_id": gid, "trouble_starts_at": iso(t2)})
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=rng.randint(40, 65))
        for burst, off in enumerate([0, rng.randint(28, 33), rng.randint(55, 65)]):
            for _ in range(4):
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {burst + 1}")
                t = b0 + timedelta(minutes=off + rng.uniform(0, 10))
                if rng.random() < 0.5:
                    nid = f.add(c, t, "chat", "chat", f.pick(w.NIGHT_Q, c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=rng.randint(1, 4)),
                        "chat",
                        "chat",
                        f.pick(w.NIGHT_A, c.lang),
                        direction="outbound",
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=rng.randint(5, 9)),
                        "chat",
                        "chat",
                        f.pick(w.THANKS, c.lang),
                    )
                else:
                    nid = f.add(
                        c,
                        t,
                        rng.choice(["social", "community"]),
                        "post",
                        f.pick(w.NIGHT_POST, c.lang),
                    )
                c.info.update({"burst_at": iso(b0 + timedelta(minutes=off)), "night_event_id": nid})
                if rng.random() < 0.5:
                    f.happy_act(c, f.at(rng.randint(0, 2), 9, 17.5), surveys=False)
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d(2026, 9, 14), 14, "customers who write in two languages")
    rng = f.rng
    pairs = [
        ("es", "it"),
        ("it", "es"),
        ("es", "en"),
        ("it", "fr"),
        ("es", "pt"),
        ("it", "de"),
        ("fr", "es"),
        ("de", "it"),
        ("en", "es"),
        ("pt", "it"),
        ("es", "fr"),
        ("it", "en"),
    ]

    def pair(i: int) -> tuple[str, str]:
        return pairs[i % len(pairs)]

    n = 0
    for _ in range(12):
        a, b = pair(n)
        n += 1
        c = f.person(a, "happy", "alternates languages")
        c.info.update({"languages": [a, b], "job_second_language": "works across the border"})
        for k, day in enumerate(sorted(rng.sample(range(14), rng.randint(5, 8)))):
            c.lang = a if k % 2 == 0 else b
            f.happy_act(c, f.at(day, 8, 19))
        c.lang = a
    for i, times in enumerate([2, 2, 3, 3, 4]):
        a, b = pair(n)
        n += 1
        c = f.person(
            a, "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL
        )
        c.info.update({"languages": [a, b], "job_second_language": "partner's language at home"})
        f.happy_days(c, rng.randint(1, 3), 0, 1, surveys=False)
        order = rng.sample(["email", "chat", "phone", "web"], 4)
        comp = w.COMPETITORS[i % 2] if times >= 3 else None
        f.repeat_run(c, rng.randint(2, 5), times, order, comp, quality=times >= 3, langs=(a, b))
        c.lang = a
    for i in range(5):
        a, b = pair(n)
        n += 1
        c = f.person(a, "slow_churner", "slides", expected=["sentiment_drop"], tolerated=SLIDE_TOL)
        c.info.update({"languages": [a, b], "job_second_language": "studied abroad"})
        for k, day in enumerate(sorted(rng.sample(range(0, 6), 5))):
            lg = a if k % 2 == 0 else b
            f.add(
                c,
                f.at(day, 8, 19),
                rng.choice(["social", "community"]),
                "post",
                f.pick(w.PRAISE, lg, item=rng.choice(w.ITEMS[lg])),
            )
        f.happy_days(c, rng.randint(1, 3), 0, 5, surveys=False)
        f.slide(c, rng.randint(7, 8), rng.randint(3, 5), w.COMPETITORS[i % 2], False, langs=(a, b))
    for i in range(3):
        a, b = pair(n)
        n += 1
        c = f.person(a, "happy_one_bad_day", "one bad day", tolerated=["silence"])
        c.info.update({"languages": [a, b], "bad_day_language": b})
        day = rng.randint(4, 10)
        f.happy_days(
            c, rng.randint(2, 4), 0, 13, surveys=False, avoid={day - 1, day, day + 1, day + 2}
        )
        t = f.at(day, 9, 19)
        c.lang = b
        case = f.case()
        ch = ["email", "email", "chat"][i]
        eid = f.complaint(c, t, rng.choice(w.PROBLEMS), ch, case, long_mail=i == 0)
        f.reply(
            c,
            t + timedelta(minutes=rng.randint(5, 30)),
            w.CASE_OPENED,
            "chat" if ch == "chat" else "email",
            case,
        )
        c.info.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "booking": case,
                "long_email": i == 0,
                "trouble_starts_at": iso(t),
            }
        )
        c.lang = a
    for _ in range(2):
        a, b = pair(n)
        n += 1
        c = f.person(a, "resolved_between_contacts", "fixed", tolerated=["silence"])
        c.info.update({"languages": [a, b], "confirm_language": b})
        f.happy_days(c, rng.randint(1, 2), 0, 1, surveys=False)
        p = f.fixed_run(c, rng.randint(2, 8), langs=(a, b))
        c.info.update({"problems": [p], "trouble_starts_at": p["raised_at"]})
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts", "BB", 7, d(2026, 10, 5), 14, "Remarea Teams: company accounts on invoice"
    )
    rng = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "es",
        "it",
        "es",
        "it",
        "de",
        "es",
        "it",
        "fr",
        "pt",
        "it",
        "es",
        "en",
        "es",
        "it",
        "pt",
    ]
    risk_problems = ["invoice", "blocked", "portal", "overbilled", "invoice"]
    for i, kind in enumerate(kinds):
        lg = langs[i]
        acc = f.unique(lambda: f"RMT-{rng.randint(1000, 9999)}")
        company = w.COMPANIES[i]
        domain = strip_accents(company.lower().replace(" ", "").replace("'", "")) + ".example"
        mk = w.MARKETS[lg][0][0]
        n = (
            rng.randint(4, 6)
            if kind == "at_risk"
            else 3
            if kind in ("one_unhappy", "mild")
            else rng.randint(3, 4)
        )
        contacts = []
        for _ in range(n):
            c = f.person(lg, "b2b_happy", "contact", account=acc, domain=domain, market=mk)
            c.info.update(
                {
                    "company": company,
                    "role": "contact",
                    "job_title": rng.choice(
                        ["Office manager", "HR lead", "Team assistant", "People partner"]
                    ),
                }
            )
            contacts.append(c)
        unhappy: list[Cust] = []
        acc_exp: list[str] = []
        trouble = None
        if kind == "at_risk":
            k = 4 if i in (3, 4) else 3
            problem = risk_problems[i]
            unhappy = contacts[:k]
            case = f.case()
            t = d(2026, 10, 7) + timedelta(hours=rng.uniform(8, 11))
            trouble = iso(t)
            first = unhappy[0]
            for j, c in enumerate(unhappy):
                c.persona, c.habit = "b2b_unhappy", "complainer"
                c.info["role"] = "complainer"
                c.expected = ["detractor"] if j < k - 1 else ["repeat_contact"]
                c.tolerated = list(B2B_RISK_TOL)
                ptxt = rng.choice(w.B2B_COMPLAINT[problem][lg])
                f.happy_days(c, rng.randint(0, 2), 0, 1, 9, 16, surveys=False)
                if j == 0:
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        ptxt,
                        subject=w.COMPLAINT_SUBJECT[lg] + "Remarea Teams",
                    )
                    f.reply(c, t + timedelta(minutes=rng.randint(20, 60)), w.B2B_ACK, "email", case)
                else:
                    t = t + timedelta(hours=rng.uniform(8, 28))
                    t = office(t)
                    txt = f.pick(
                        w.B2B_LATER,
                        lg,
                        case=case,
                        colleague=first.first,
                        day=w.WEEKDAY[lg][2],
                        problem=ptxt,
                    )
                    eid = f.add(c, t, "email", "message", txt, subject=w.CASE_SUBJECT[lg] + case)
                ids = [eid]
                if j < k - 1:
                    v = rng.randint(1, 5)
                    sid = f.add(
                        c,
                        office(t + timedelta(hours=rng.uniform(1, 3))),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": v, "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    )
                    c.info.update({"nps_given": True, "nps": v, "survey_event_id": sid})
                else:
                    t2 = office(t + timedelta(hours=rng.uniform(18, 40)))
                    ids.append(
                        f.add(c, t2, "phone", "call", f.pick(w.B2B_LAST_CALL, lg, case=case))
                    )
                c.info.update(
                    {
                        "complaint_event_ids": ids,
                        "problem": problem,
                        "booking": case,
                        "trouble_starts_at": iso(f.row_time(eid)),
                    }
                )
            acc_exp = ["account_risk"]
        elif kind == "one_unhappy":
            c = contacts[0]
            unhappy = [c]
            c.persona, c.habit, c.expected, c.tolerated = (
                "b2b_one_unhappy",
                "complainer",
                ["detractor"],
                ["sentiment_drop", "high_value_at_risk", "silence"],
            )
            c.info["role"] = "complainer"
            problem = rng.choice(w.B2B_PROBLEMS)
            case = f.case()
            t = office(f.at(rng.randint(3, 7), 8, 16))
            eid = f.add(
                c,
                t,
                "email",
                "message",
                rng.choice(w.B2B_COMPLAINT[problem][lg]),
                subject=w.COMPLAINT_SUBJECT[lg] + "Remarea Teams",
            )
            f.reply(c, t + timedelta(minutes=rng.randint(20, 60)), w.B2B_ACK, "email", case)
            v = rng.randint(1, 5)
            sid = f.add(
                c,
                office(t + timedelta(hours=rng.uniform(1, 3))),
                "survey",
                "survey_response",
                None,
                scores={"nps": v, "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c.info.update(
                {
                    "complaint_event_ids": [eid],
                    "problem": problem,
                    "booking": case,
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": sid,
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            for c in contacts[:2]:
                c.persona, c.habit, c.tolerated = "b2b_mild", "suggests", ["silence"]
                c.info["role"] = "suggests"
                t = office(f.at(rng.randint(2, 9), 8, 16))
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick(w.B2B_MILD, lg),
                    attrs={"page": "/portal/feedback"},
                )
                f.reply(c, t + timedelta(minutes=rng.randint(30, 90)), w.MILD_A, "email")
                c.info.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        for c in contacts:
            if c.persona == "b2b_happy":
                for day in sorted(rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], rng.randint(2, 5))):
                    f.happy_act(c, f.at(day, 8, 16.5))
        f.accounts[acc] = {
            "company": company,
            "site": rng.choice(
                ["consulting", "hotel", "school", "pharmacy", "logistics", "municipality"]
            ),
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": acc_exp,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": risk_problems[i] if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lg,
            "country": mk,
        }
    return f


def office(t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
        t = (
            (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
            if t.hour >= 17 or t.weekday() >= 5
            else t.replace(hour=8)
        )
    return t


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, d(2026, 11, 2), 7, "a calm week and one planted incident")
    rng = f.rng
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer")
        for day in sorted(rng.sample(range(6), rng.randint(2, 5))):
            f.happy_act(c, f.at(day, 12, 19) if day == 5 else f.at(day, 7, 19))
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, 9, 17)
        gid = f.add(c, t, "chat", "chat", f.pick(w.GRUMBLE, c.lang))
        f.reply(c, t + timedelta(minutes=rng.randint(2, 5)), w.MILD_A, "chat")
        c.info.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lg, hh in (("es", 9.6), ("it", 16.1)):
        c = f.person(lg, "grumbles_once", "lone question", tolerated=["silence"])
        t = f.start + timedelta(days=4, hours=hh)
        lid = f.add(c, t, "chat", "chat", f.pick(w.LONE_Q, lg))
        f.reply(c, t + timedelta(minutes=3), w.LONE_A, "chat")
        c.info.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    s0 = f.start + timedelta(days=5, hours=9, minutes=5)
    langs = ["es"] * 6 + ["it"] * 6 + ["en", "en", "fr", "fr", "de", "de", "pt", "pt"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(channels)
    offsets = sorted([0, 45] + [rng.randint(1, 44) for _ in range(18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    reporters = []
    for i, lg in enumerate(langs):
        regular = i % 3 != 2
        c = f.person(lg, "spike_reporter", "regular" if regular else "new", tolerated=["silence"])
        if regular:
            f.happy_act(c, f.at(2, 8, 17.5), surveys=False)
        t = s0 + timedelta(minutes=offsets[i], seconds=rng.randint(0, 50))
        ch = channels[i]
        text = f.pick(w.SPIKE_REPORT, lg)
        if ch == "email":
            eid = f.add(c, t, "email", "message", text, subject=w.COMPLAINT_SUBJECT[lg] + "app")
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.reply(c, t + timedelta(minutes=rng.randint(1, 3)), w.SPIKE_CHAT_A, "chat")
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            eid = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        keys.append(c.key)
        eids.append(eid)
        reporters.append((c, t, ch))
        c.info.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
    early = [r for r in reporters if r[1] <= s0 + timedelta(minutes=28)]
    for c, t, ch in early[:6]:
        other = [x for x in ("email", "chat", "community") if x != ch]
        ch2 = other[len(reps) % len(other)]
        t2 = t + timedelta(minutes=rng.randint(10, 60))
        text = f.pick(w.SPIKE_AGAIN, c.lang)
        if ch2 == "email":
            rid = f.add(
                c, t2, "email", "message", text, subject=w.COMPLAINT_SUBJECT[c.lang] + "app"
            )
        elif ch2 == "chat":
            rid = f.add(c, t2, "chat", "chat", text)
        else:
            rid = f.add(c, t2, "community", "post", text)
        reps.append(rid)
        c.persona = "spike_repeater"
        c.expected = ["repeat_contact"]
        c.tolerated = ["silence", "sentiment_drop"]
        c.info["repeat_event_id"] = rid
    for c, _t, _ in [r for r in reporters if r[0].persona == "spike_reporter"][:6]:
        f.reply(c, s0 + timedelta(hours=3, minutes=rng.randint(10, 20)), w.SPIKE_FIXED, "email")
        c.info["agent_fixed"] = True
    f.spike = {
        "topic": "kayak-hire app: the safety waiver cannot be signed, so jetty staff hand out no boats (error "
        + w.SPIKE_CODE
        + ")",
        "about": "customers at jetties cannot sign the waiver in the app and cannot take their boats out",
        "channel": None,
        "start": iso(min(r[1] for r in reporters)),
        "end": iso(max(r[1] for r in reporters)),
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
    total = [0, 0, 0]
    for make in FAMILIES:
        fam = make()
        n = fam.write()
        print(fam.name, *n)
        total = [a + b for a, b in zip(total, n, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
