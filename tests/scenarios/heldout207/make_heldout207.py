# ruff: noqa: E501
"""Build heldout207/: the two-hundred-and-seventh hand-written alert set (report only).

Standard library only; fixed seed; one random.Random per family (and one more per
family for roughening). Run from anywhere: python make_heldout207.py
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261031
BRAND = "Abissea"
COMPS = ("Profundix", "Buzomar")
WRITTEN = "2026-12-06"
MARKETS = {
    "es": ["ES"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE", "CH"],
    "it": ["IT", "CH"],
    "pt": ["PT"],
}
PHONES = {
    "ES": ("+34", "6", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "7", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
CURRENCY = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
CET_MARKETS = {"ES", "DE", "AT", "CH", "FR", "BE", "IT"}
SOURCE = {
    "email": "abissea-mail",
    "phone": "abissea-voice",
    "social": "abissea-social",
    "community": "abissea-forum",
    "chat": "abissea-chat",
    "web": "abissea-web",
    "survey": "abissea-survey",
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
B2B_COMPLAINER_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]
USED: set[str] = set()


def ascii_fold(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def iso(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


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
    account: str | None = None
    company: str | None = None

    def ids(self) -> dict[str, str | None]:
        return {
            "customer_id": self.key,
            "email": self.email,
            "phone": self.phone,
            "handle": self.handle,
            "account_id": self.account,
        }


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.n, self.start, self.days, self.about = (
            name,
            code,
            n,
            start,
            days,
            about,
        )
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.cust: dict[str, Cust] = {}
        self.truth: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    # ---------------------------------------------------------------- people --
    def uniq(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, weights=(30, 30, 10, 10, 10, 10))[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        company: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        rng = self.rng
        lg = lang or self.lang()
        mk = market or rng.choice(MARKETS[lg])
        first, last = rng.choice(W.FIRST[lg]), rng.choice(W.LAST[lg])
        key = self.uniq(lambda: f"AB{self.code}{rng.randint(1000, 9999)}")
        base = ascii_fold(f"{first}.{last}").lower().replace(" ", "").replace("'", "")
        dom = domain or rng.choice(
            [
                "correo.example",
                "mailbox.example",
                "posteo.example",
                "webmail.example",
                "inbox.example",
            ]
        )
        email = self.uniq(lambda: f"{base}{rng.randint(1, 99)}@{dom}")
        cc, pre, length = PHONES[mk]
        phone = self.uniq(
            lambda: cc + pre + "".join(str(rng.randint(0, 9)) for _ in range(length - len(pre) + 1))
        )
        handle = None
        if account is None:
            stem = ascii_fold(
                rng.choice(
                    [
                        f"{last}_{first}",
                        f"{first}{last[:1]}",
                        f"{first}_{last}",
                        f"{last}{first[:1]}",
                    ]
                )
            ).lower()
            handle = self.uniq(lambda: f"@{stem}{rng.randint(1, 99)}")
        c = Cust(key, lg, mk, first, last, email, phone, handle, account, company)
        self.cust[key] = c
        self.truth[key] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": list(expected or []),
            "tolerated_rules": list(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": None,
            "town": rng.choice(W.TOWNS[mk]),
        }
        return c

    # ----------------------------------------------------------------- times --
    def t(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def day_time(self, ts: datetime) -> datetime:
        """Moved out of 22:00-07:00 UTC (to 08:00-09:00)."""
        h = ts.hour + ts.minute / 60
        if h >= 22:
            return (ts + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        if h < 7:
            return ts.replace(hour=8, minute=self.rng.randint(0, 59))
        return ts

    def office(self, ts: datetime) -> datetime:
        while True:
            h = ts.hour + ts.minute / 60
            if ts.weekday() >= 5 or h >= 17:
                ts = (ts + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
                continue
            if h < 8:
                ts = ts.replace(hour=8, minute=self.rng.randint(0, 50))
            return ts

    # ------------------------------------------------------------------ rows --
    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 1 / 10:
            for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
                text = text.replace(a, b)
            text = "".join(ch if ch in "ñß" else ascii_fold(ch) for ch in text)
        if r.random() < 1 / 8 and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if spots:
                i = r.choice(spots)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        out: bool = False,
        subject: str | None = None,
        nps: int | None = None,
        csat: int | None = None,
        ces: int | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"h207-{self.code.lower()}-{self.seq:05d}"
        if out:
            ref = c.ids()
        else:
            ref = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if channel == "phone":
                ref["phone"] = (
                    c.phone if self.rough.random() < 0.5 else c.phone[:3] + " " + c.phone[3:]
                )
            elif channel in ("social", "community") and c.handle:
                ref["handle"] = c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
            elif channel in ("email", "social", "community"):
                ref["email"] = c.email if self.rough.random() < 0.92 else c.email.upper()
            else:
                ref["customer_id"] = c.key
            if text and channel not in ("phone", "survey"):
                text = self.roughen(text)
        if text and channel == "social" and not out and "@" + BRAND not in text:
            text = text.replace(BRAND, "@" + BRAND, 1) if BRAND in text else f"@{BRAND} {text}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Noa", "Jan", "Rita", "Marc", "Elif", "Tomás"])
        a.update(attrs or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": ts,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "customer": ref,
                "text": text,
                "subject": subject,
                "scores": {"nps": nps, "csat": csat, "ces": ces},
                "source": SOURCE[channel],
                "attributes": a,
                "_key": c.key,
            }
        )
        return eid

    # ------------------------------------------------------------ happy acts --
    def ctx(self, c: Cust, **kw: str) -> dict[str, str]:
        return {"first": c.first, "name": f"{c.first} {c.last}", "company": c.company or "", **kw}

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def purchase(self, c: Cust, ts: datetime, b2b: bool = False) -> None:
        prod, value = self.rng.choice(W.B2B_PRODUCTS if b2b else W.PRODUCTS)
        page = self.rng.choice(W.PAGES)
        self.add(c, ts, "web", "page_view", attrs={"page": page})
        cur, rate = CURRENCY.get(c.market, ("EUR", 1.0))
        self.add(
            c,
            ts + timedelta(minutes=self.rng.randint(3, 15)),
            "web",
            "purchase",
            attrs={
                "order_value": f"{float(value) * rate:.2f}",
                "currency": cur,
                "product": prod,
                "page": page,
            },
        )

    def survey(self, c: Cust, ts: datetime, lang: str) -> None:
        k = self.rng.choice(["nps", "csat", "ces"])
        word = self.pick(W.SURVEY_WORD, lang) or None
        if k == "nps":
            self.add(
                c,
                ts,
                "survey",
                "survey_response",
                word,
                nps=self.rng.randint(9, 10),
                attrs={"survey": "nps"},
            )
        elif k == "csat":
            self.add(
                c,
                ts,
                "survey",
                "survey_response",
                word,
                csat=self.rng.randint(4, 5),
                attrs={"survey": "csat"},
            )
        else:
            self.add(
                c,
                ts,
                "survey",
                "survey_response",
                word,
                ces=self.rng.randint(6, 7),
                attrs={"survey": "ces"},
            )

    def happy(self, c: Cust, ts: datetime, lang: str | None = None, surveys: bool = True) -> None:
        lg = lang or c.lang
        rng = self.rng
        kinds = [
            "praise",
            "again",
            "gripe",
            "question",
            "phone",
            "purchase",
            "view",
            "review",
            "joke",
        ] + (["survey"] if surveys else [])
        k = rng.choice(kinds)
        if k in ("praise", "again", "gripe", "joke"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE, "joke": W.JOKE}[k]
            if rng.random() < 0.5:
                self.add(c, ts, "social", "mention", self.pick(table, lg))
            else:
                self.add(c, ts, "community", "post", self.pick(table, lg))
        elif k == "question":
            self.add(c, ts, "chat", "chat", self.pick(W.QUESTION, lg))
            t2 = ts + timedelta(minutes=rng.randint(1, 6))
            self.add(c, t2, "chat", "chat", W.ANSWER[lg].format(**self.ctx(c)), out=True)
            if rng.random() < 0.6:
                self.add(
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 4)),
                    "chat",
                    "chat",
                    self.pick(W.THANKS, lg),
                )
        elif k == "phone":
            self.add(c, ts, "phone", "call", self.pick(W.PHONE_Q, lg))
            self.add(
                c,
                ts + timedelta(minutes=rng.randint(10, 40)),
                "email",
                "message",
                W.PHONE_FOLLOW[lg].format(**self.ctx(c)),
                out=True,
                subject="Abissea",
            )
        elif k == "purchase":
            self.purchase(c, ts)
        elif k == "view":
            self.add(c, ts, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        elif k == "review":
            self.add(
                c,
                ts,
                "web",
                "review",
                self.pick(W.REVIEW, lg),
                attrs={"rating": str(rng.randint(4, 5)), "page": "/opiniones"},
            )
        else:
            self.survey(c, ts, lg)

    def happy_days(
        self,
        c: Cust,
        n: int,
        days: list[int],
        h0: float = 7.0,
        h1: float = 19.0,
        surveys: bool = True,
        lang: str | None = None,
    ) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.t(d, self.rng.uniform(h0, h1)), lang, surveys)

    # ------------------------------------------------------------- trouble --
    def case(self) -> str:
        return self.uniq(lambda: f"AB-{self.rng.randint(100000, 999999)}")

    def complain(
        self,
        c: Cust,
        ts: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        long: bool = False,
    ) -> tuple[str, str | None]:
        """The first contact about a problem and the agent's answer; returns (event id, case)."""
        lg = lang or c.lang
        rng = self.rng
        desc = W.DESC[lg][problem]
        subj = W.COMPLAINT_SUBJ[lg].format(topic=W.TOPIC[lg][problem])
        cs: str | None = self.case()
        if long:
            eid = self.add(
                c,
                ts,
                "email",
                "message",
                rng.choice(W.LONG_EMAIL[lg]).format(
                    desc=desc[:1].upper() + desc[1:], name=f"{c.first} {c.last}"
                ),
                subject=subj,
            )
        elif channel == "email":
            eid = self.add(
                c, ts, "email", "message", self.pick(W.SHORT, lg).format(desc=desc), subject=subj
            )
        elif channel == "web":
            eid = self.add(
                c,
                ts,
                "web",
                "ticket",
                self.pick(W.SHORT, lg).format(desc=desc),
                subject=subj,
                attrs={"page": "/ayuda/contacto"},
            )
        elif channel == "phone":
            eid = self.add(
                c, ts, "phone", "call", self.pick(W.PHONE_COMPLAINT, lg).format(desc=desc.lower())
            )
        elif channel == "chat":
            eid = self.add(c, ts, "chat", "chat", self.pick(W.SHORT, lg).format(desc=desc))
            self.add(
                c,
                ts + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                W.CHAT_CASE[lg].format(**self.ctx(c, case=str(cs))),
                out=True,
            )
            return eid, cs
        else:
            eid = self.add(
                c, ts, "social", "mention", self.pick(W.SOCIAL_ANGRY, lg).format(desc=desc)
            )
            return eid, None
        self.add(
            c,
            ts + timedelta(minutes=rng.randint(10, 40)),
            "email",
            "message",
            W.CASE_OPENED[lg].format(**self.ctx(c, case=str(cs))),
            out=True,
            subject=W.RE_SUBJ[lg].format(case=cs),
        )
        return eid, cs

    def good_news(self, c: Cust, ts: datetime, cs: str, lang: str) -> str:
        return self.add(
            c,
            self.day_time(ts),
            "email",
            "message",
            W.GOOD_NEWS[lang].format(**self.ctx(c, case=cs)),
            out=True,
            subject=W.RE_SUBJ[lang].format(case=cs),
        )

    def confirm(self, c: Cust, ts: datetime, cs: str, lang: str) -> tuple[str, str]:
        ch = self.rng.choice(["email", "chat"])
        text = self.pick(W.CONFIRM, lang).format(case=cs)
        if ch == "email":
            return self.add(
                c,
                self.day_time(ts),
                "email",
                "message",
                text,
                subject=W.RE_SUBJ[lang].format(case=cs),
            ), ch
        return self.add(c, self.day_time(ts), "chat", "chat", text), ch

    def fixed_case(
        self, c: Cust, ts: datetime, problem: str, channel: str, lang: str, confirm_lang: str
    ) -> dict[str, Any]:
        eid, cs = self.complain(c, ts, problem, channel, lang)
        assert cs
        fixed = self.day_time(ts + timedelta(hours=self.rng.uniform(3, 20)))
        self.good_news(c, fixed, cs, confirm_lang)
        conf_at = self.day_time(fixed + timedelta(hours=self.rng.uniform(8, 30)))
        ceid, cch = self.confirm(c, conf_at, cs, confirm_lang)
        return {
            "problem": problem,
            "booking": cs,
            "raised_at": iso(ts),
            "fixed_at": iso(fixed),
            "confirmed_at": iso(conf_at),
            "problem_event_ids": [eid],
            "confirm_event_id": ceid,
            "channel": channel,
            "confirm_channel": cch,
        }

    def repeat_run(
        self,
        c: Cust,
        ts: datetime,
        problem: str,
        first_ch: str,
        times: int,
        langs: list[str],
        quality: bool,
    ) -> None:
        rng = self.rng
        eid, cs = self.complain(c, ts, problem, first_ch, langs[0])
        assert cs
        if quality:
            lg = langs[0]
            self.add(
                c,
                ts + timedelta(hours=rng.uniform(1.5, 2.5)),
                "email",
                "message",
                W.QUALITY_LEAD[lg].format(**self.ctx(c, case=cs)),
                out=True,
                subject=W.RE_SUBJ[lg].format(case=cs),
            )
        chans = [ch for ch in ["email", "chat", "web", "social"] if ch != first_ch]
        rng.shuffle(chans)
        ids, used, at = [eid], [first_ch], ts
        comp = rng.choice(COMPS) if times >= 3 else None
        for i in range(1, times):
            lg = langs[i % len(langs)]
            at = self.day_time(at + timedelta(hours=rng.uniform(4, 40)))
            ch = chans[i - 1]
            desc = W.DESC[lg][problem]
            if i == 1:
                text = self.pick(W.STILL, lg).format(case=cs, desc=desc)
            elif i == 2:
                text = self.pick(W.THIRD, lg).format(case=cs, comp=comp or "")
            else:
                text = W.FOURTH[lg].format(case=cs, desc=desc[:1].upper() + desc[1:])
            kind = {"email": "message", "chat": "chat", "web": "ticket", "social": "mention"}[ch]
            subj = W.RE_SUBJ[lg].format(case=cs) if ch in ("email", "web") else None
            ids.append(
                self.add(
                    c,
                    at,
                    ch,
                    kind,
                    text,
                    subject=subj,
                    attrs={"page": "/ayuda/contacto"} if ch == "web" else None,
                )
            )
            used.append(ch)
            if ch == "chat":
                self.add(
                    c,
                    at + timedelta(minutes=rng.randint(1, 4)),
                    "chat",
                    "chat",
                    W.ADDED_URGENT[lg].format(**self.ctx(c, case=cs)),
                    out=True,
                )
        self.truth[c.key].update(
            {
                "problem": problem,
                "booking": cs,
                "contacts": times,
                "channels": used,
                "channel": first_ch,
                "agent_passed_on": quality,
                "problem_event_ids": ids,
                "competitor": comp,
                "trouble_starts_at": iso(ts),
            }
        )

    def slide(self, c: Cust, start_day: float, span: float, langs: list[str], nps: bool) -> None:
        rng = self.rng
        comp = rng.choice(COMPS)
        ids: list[str] = []
        at = self.t(start_day, rng.uniform(9, 18))
        first_at = at
        for i in range(6):
            if i:
                at = self.day_time(
                    at + timedelta(hours=max(1.0, span * 24 / 5 + rng.uniform(-3, 3)))
                )
            lg = langs[i % len(langs)]
            text = W.SLIDE[lg][i].format(comp=comp)
            ch = rng.choice(["social", "community", "review"])
            if ch == "review":
                ids.append(
                    self.add(
                        c,
                        at,
                        "web",
                        "review",
                        text,
                        attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/opiniones"},
                    )
                )
            else:
                ids.append(self.add(c, at, ch, "mention" if ch == "social" else "post", text))
            if i == 3 and nps:
                st = self.day_time(at + timedelta(hours=rng.uniform(2.5, 3.5)))
                sid = self.add(
                    c,
                    st,
                    "survey",
                    "survey_response",
                    self.pick(W.LOW_WORD, lg) or None,
                    nps=rng.randint(1, 5),
                    attrs={"survey": "nps"},
                )
                self.truth[c.key].update(
                    {
                        "nps_given": True,
                        "nps": self.rows[-1]["scores"]["nps"],
                        "survey_event_id": sid,
                    }
                )
        self.truth[c.key].update(
            {
                "slide_event_ids": ids,
                "slide_days": span,
                "competitor": comp,
                "trouble_starts_at": iso(first_at),
            }
        )

    # ---------------------------------------------------------------- write --
    def write(self) -> tuple[int, int, int]:
        rows = sorted(self.rows, key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        for r in rows:
            k = r.pop("_key")
            if r["direction"] == "inbound" and k not in seen:
                r["customer"] = self.cust[k].ids()
            if r["direction"] == "inbound":
                seen.add(k)
            r["occurred_at"] = iso(r["occurred_at"])
        for k, cst in self.truth.items():
            assert k in seen, k
            assert not set(cst["expected_rules"]) & set(cst["tolerated_rules"]), k
        last = max(datetime.fromisoformat(r["occurred_at"].replace("Z", "+00:00")) for r in rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        expected: dict[str, int] = {}
        for cst in self.truth.values():
            for rule in cst["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Abissea: dive school, boat dives and dive-gear hire by app and web, Abissea Club membership; Abissea Pro for companies on account. Competitors Profundix and Buzomar.",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.truth,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.truth), len(rows), sum(1 for r in rows if r["direction"] == "outbound")


def monday(y: int, m: int, d: int, weekday: int = 0) -> datetime:
    ts = datetime(y, m, d, tzinfo=UTC)
    assert ts.weekday() == weekday, ts
    return ts


# --------------------------------------------------------------- families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        monday(2026, 3, 9),
        10,
        "happy customers writing by day, by night and in surveys",
    )
    days = list(range(10))
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), days)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(days[:9], f.rng.randint(2, 4))):
            at = f.t(d, f.rng.uniform(22.2, 28.5))
            if f.rng.random() < 0.5:
                f.add(c, at, "social", "mention", f.pick(W.NIGHT_POST, c.lang))
            else:
                f.add(c, at, "chat", "chat", f.pick(W.NIGHT_CHAT, c.lang))
                f.add(
                    c,
                    at + timedelta(minutes=f.rng.randint(2, 6)),
                    "chat",
                    "chat",
                    W.NIGHT_ANSWER[c.lang].format(**f.ctx(c)),
                    out=True,
                )
                f.add(
                    c,
                    at + timedelta(minutes=f.rng.randint(7, 10)),
                    "chat",
                    "chat",
                    f.pick(W.THANKS, c.lang),
                )
        f.happy_days(c, f.rng.randint(2, 3), days, 9, 18, surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(days, f.rng.randint(3, 6))):
            f.survey(c, f.t(d, f.rng.uniform(8, 20)), c.lang)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        monday(2026, 4, 20),
        12,
        "happy customers with one angry day, some with a low score",
    )
    rng = f.rng
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = PROBLEMS * 4
    rng.shuffle(probs)
    plans = []
    for i, ch in enumerate(chans):
        lang = ["es", "es", "de", "de"][i] if ch == "long" else None
        plans.append((ch, probs[i], lang))
    with_case = [i for i, p in enumerate(plans) if p[0] != "social"]
    nps_set = set(rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in nps_set]
    csat_set = set(rng.sample(rest, 5))
    news_set = set(rng.sample(with_case, 12))
    apol_set = set(rng.sample(sorted(news_set), 5))
    for i, (ch, prob, lang) in enumerate(plans):
        det = i in nps_set
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang,
            ["detractor"] if det else [],
            ["silence"],
        )
        d = rng.randint(2, 9)
        at = f.t(d, rng.uniform(8, 20))
        ok = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        f.happy_days(c, rng.randint(1, 5), ok, surveys=False)
        eid, cs = f.complain(c, at, prob, "email" if ch == "long" else ch, long=ch == "long")
        tr = f.truth[c.key]
        tr.update(
            {
                "problem": prob,
                "channel": "email" if ch == "long" else ch,
                "booking": cs,
                "bad_day_at": iso(at),
                "bad_day_event_id": eid,
                "long_email": ch == "long",
                "trouble_starts_at": iso(at),
                "agent_fixed": False,
                "apologised": False,
                "nps_given": det,
                "csat_given": i in csat_set,
            }
        )
        if det:
            tr["survey_event_id"] = f.add(
                c,
                at + timedelta(minutes=rng.randint(100, 140)),
                "survey",
                "survey_response",
                f.pick(W.LOW_WORD, c.lang) or None,
                nps=rng.randint(1, 5),
                attrs={"survey": "nps"},
            )
            tr["nps"] = f.rows[-1]["scores"]["nps"]
        if i in csat_set:
            tr["survey_event_id"] = f.add(
                c,
                at + timedelta(minutes=rng.randint(40, 80)),
                "survey",
                "survey_response",
                f.pick(W.LOW_WORD, c.lang) or None,
                csat=rng.randint(1, 2),
                attrs={"survey": "csat"},
            )
            tr["csat"] = f.rows[-1]["scores"]["csat"]
        if i in news_set and cs:
            f.good_news(c, at + timedelta(hours=rng.uniform(1, 4)), cs, c.lang)
            tr["agent_fixed"] = True
        if i in apol_set:
            ap = f.day_time(at + timedelta(hours=rng.uniform(16, 24)))
            chn = rng.choice(["chat", "email"])
            tr.update(
                {
                    "apologised": True,
                    "apology_at": iso(ap),
                    "apology_event_id": f.add(
                        c,
                        ap,
                        chn,
                        "chat" if chn == "chat" else "message",
                        f.pick(W.APOLOGY, c.lang),
                    ),
                }
            )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, rng.randint(4, 7), list(range(12)))
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        monday(2026, 6, 1),
        10,
        "problems raised again while still open, next to fixed ones and frequent writers",
    )
    rng = f.rng
    times = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", None, ["repeat_contact"], REPEAT_TOL)
        f.happy_days(c, rng.randint(1, 3), [0], 7, 12, surveys=False)
        f.repeat_run(
            c,
            f.t(rng.randint(1, 4), rng.uniform(8, 19)),
            rng.choice(PROBLEMS),
            firsts[i],
            times[i],
            [c.lang],
            quality[i],
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", None, [], ["silence"])
        f.happy_days(c, rng.randint(1, 2), [0], 7, 12, surveys=False)
        at = f.t(rng.randint(1, 5), rng.uniform(8, 19))
        fc = f.fixed_case(
            c,
            at,
            rng.choice(PROBLEMS),
            rng.choice(["web", "email", "chat", "phone"]),
            c.lang,
            c.lang,
        )
        f.truth[c.key].update({"problems": [fc], "trouble_starts_at": fc["raised_at"]})
    for _ in range(3):
        c = f.person("different_problems", "two problems", None, [], ["silence"])
        p1, p2 = rng.sample(PROBLEMS, 2)
        d1 = rng.randint(0, 1)
        a = f.fixed_case(
            c, f.t(d1, rng.uniform(9, 18)), p1, rng.choice(["web", "email", "chat"]), c.lang, c.lang
        )
        b = f.fixed_case(
            c,
            f.t(d1 + rng.randint(4, 5), rng.uniform(9, 18)),
            p2,
            rng.choice(["web", "email", "chat"]),
            c.lang,
            c.lang,
        )
        f.truth[c.key].update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in sorted(rng.sample(range(10), rng.randint(5, 8))):
            at = f.t(d, rng.uniform(8, 19))
            if rng.random() < 0.7:
                f.add(c, at, "chat", "chat", f.pick(W.QUESTION, c.lang))
                f.add(
                    c,
                    at + timedelta(minutes=rng.randint(1, 6)),
                    "chat",
                    "chat",
                    W.ANSWER[c.lang].format(**f.ctx(c)),
                    out=True,
                )
            else:
                f.add(c, at, "phone", "call", f.pick(W.PHONE_Q, c.lang))
                f.add(
                    c,
                    at + timedelta(minutes=rng.randint(10, 40)),
                    "email",
                    "message",
                    W.PHONE_FOLLOW[c.lang].format(**f.ctx(c)),
                    out=True,
                    subject="Abissea",
                )
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        monday(2026, 7, 6),
        32,
        "sliding customers, leavers, steady, steadily grumpy and sarcastic customers",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps = [True] * 5 + [False] * 5
    rng.shuffle(nps)
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            None,
            ["sentiment_drop", "detractor"] if nps[i] else ["sentiment_drop"],
            SLIDE_TOL,
        )
        for d in sorted(rng.sample(range(11), rng.randint(4, 5))):
            tbl = rng.choice([W.PRAISE, W.AGAIN])
            f.add(
                c,
                f.t(d, rng.uniform(8, 20)),
                rng.choice(["social", "community"]),
                "post",
                f.pick(tbl, c.lang),
            )
        f.happy_days(c, rng.randint(2, 4), list(range(11)), surveys=False)
        f.slide(c, rng.randint(12, 16), spans[i], [c.lang], nps[i])
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", None, ["churn_intent"], CANCEL_TOL)
        f.happy_days(c, rng.randint(4, 6), list(range(16)), surveys=False)
        at = f.t(rng.randint(17, 23), rng.uniform(8, 20))
        eid = f.add(
            c,
            at,
            "email",
            "message",
            f.pick(W.CANCEL_REQ, c.lang),
            subject={
                "es": "Baja",
                "de": "Kündigung",
                "en": "Cancel",
                "fr": "Résiliation",
                "it": "Disdetta",
                "pt": "Cancelamento",
            }[c.lang],
        )
        f.add(
            c,
            f.day_time(at + timedelta(hours=rng.uniform(1, 5))),
            "email",
            "message",
            W.SORRY_GO[c.lang].format(**f.ctx(c)),
            out=True,
            subject="Abissea Club",
        )
        ct = f.day_time(at + timedelta(hours=rng.uniform(20, 30)))
        cid = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/cuenta/club/baja", "product": "Club membership / Cuota Club"},
        )
        f.truth[c.key].update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(at),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", None, [], ["repeat_contact", "silence"])
        gd = rng.uniform(0, 4)
        ids = []
        for _ in range(rng.randint(5, 7)):
            at = f.t(gd, rng.uniform(8, 20))
            ch = rng.choice(["social", "community", "web", "review"])
            text = f.pick(W.GRUMBLE, c.lang)
            if ch == "review":
                ids.append(
                    f.add(c, at, "web", "review", text, attrs={"rating": "3", "page": "/opiniones"})
                )
            elif ch == "web":
                ids.append(f.add(c, at, "web", "ticket", text, attrs={"page": "/ayuda/contacto"}))
            else:
                ids.append(f.add(c, at, ch, "mention" if ch == "social" else "post", text))
            gd += rng.uniform(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.purchase(c, f.t(rng.randint(0, 20), rng.uniform(9, 19)))
        f.truth[c.key].update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": iso(
                    min(r["occurred_at"] for r in f.rows if r["event_id"] in ids)
                ),
            }
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", None, [], ["silence"])
        f.happy_days(c, rng.randint(4, 6), list(range(17)), surveys=False)
        at = f.t(rng.randint(17, 28), rng.uniform(9, 20))
        sid = f.add(c, at, "social", "mention", f.pick(W.SARCASM, c.lang))
        f.truth[c.key].update({"sarcasm_event_id": sid, "trouble_starts_at": iso(at)})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        monday(2026, 8, 28, 4),
        3,
        "a calm weekend with night owls in three short bursts each night",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", None, [], ["silence"])
        at = f.t(rng.randint(0, 2), rng.uniform(9, 16))
        f.add(c, at, "web", "page_view", attrs={"page": "/centros"})
        gt = at + timedelta(minutes=rng.randint(20, 30))
        text = f.pick(W.MILD, c.lang)
        if i < 2:
            gid = f.add(c, gt, "chat", "chat", text)
            f.add(
                c,
                gt + timedelta(minutes=rng.randint(1, 5)),
                "chat",
                "chat",
                W.MILD_ANSWER[c.lang].format(**f.ctx(c)),
                out=True,
            )
        else:
            gid = f.add(c, gt, "web", "ticket", text, attrs={"page": "/ayuda/contacto"})
            f.add(
                c,
                gt + timedelta(minutes=rng.randint(15, 40)),
                "email",
                "message",
                W.MILD_ANSWER[c.lang].format(**f.ctx(c)),
                out=True,
                subject="Abissea",
            )
        f.truth[c.key].update({"grumble_event_id": gid, "trouble_starts_at": iso(gt)})
    owls = 0
    for night in (1, 2, 3):
        b0 = f.t(night, rng.uniform(0.67, 1.08))
        for burst, off in enumerate((0.0, rng.uniform(28, 33), rng.uniform(55, 65)), start=1):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                owls += 1
                c = f.person("night_owl", f"night {night}, burst {burst}")
                at = bt + timedelta(minutes=rng.uniform(0, 9.5))
                if rng.random() < 0.5:
                    nid = f.add(c, at, "chat", "chat", f.pick(W.NIGHT_CHAT, c.lang))
                    f.add(
                        c,
                        at + timedelta(minutes=rng.randint(2, 5)),
                        "chat",
                        "chat",
                        W.NIGHT_ANSWER[c.lang].format(**f.ctx(c)),
                        out=True,
                    )
                    f.add(
                        c,
                        at + timedelta(minutes=rng.randint(6, 9)),
                        "chat",
                        "chat",
                        f.pick(W.THANKS, c.lang),
                    )
                else:
                    nid = f.add(c, at, "social", "mention", f.pick(W.NIGHT_POST, c.lang))
                f.truth[c.key].update({"burst_at": iso(bt), "night_event_id": nid})
                if owls % 2 == 0:
                    f.happy(c, f.t(rng.randint(0, 2), rng.uniform(9, 17.5)))
    return f


PAIRS = (
    [("es", "de")] * 4
    + [("de", "es")] * 4
    + [
        ("es", "en"),
        ("en", "es"),
        ("de", "en"),
        ("de", "en"),
        ("de", "fr"),
        ("fr", "de"),
        ("es", "pt"),
        ("pt", "es"),
        ("es", "it"),
        ("it", "es"),
        ("de", "it"),
        ("en", "de"),
        ("fr", "es"),
        ("it", "de"),
        ("pt", "de"),
        ("es", "fr"),
        ("de", "pt"),
        ("es", "en"),
        ("fr", "de"),
    ]
)
PAIR_MARKET = {"es": "ES", "de": "DE", "en": "IE", "fr": "BE", "it": "IT", "pt": "PT"}
COUNTRY_NAME = {
    "es": "España",
    "de": "Deutschland",
    "en": "Ireland",
    "fr": "Belgique",
    "it": "Italia",
    "pt": "Portugal",
}


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, monday(2026, 9, 21), 14, "customers who write in two languages")
    rng = f.rng
    pairs = list(PAIRS)
    rng.shuffle(pairs)
    # the long German e-mail needs German as the second language
    pairs.remove(("es", "de"))
    pairs.insert(22, ("es", "de"))

    def bi(
        i: int, persona: str, habit: str, expected: list[str], tolerated: list[str]
    ) -> tuple[Cust, list[str]]:
        a, b = pairs[i]
        c = f.person(
            persona, habit, a, expected, tolerated, rng.choice([PAIR_MARKET[a], PAIR_MARKET[b]])
        )
        f.truth[c.key].update(
            {
                "languages": [a, b],
                "job_second_language": W.BILINGUAL_WHY[a].format(other=COUNTRY_NAME[b]),
            }
        )
        return c, [a, b]

    i = 0
    for _ in range(12):
        c, lg = bi(i, "happy", "alternates languages", [], [])
        i += 1
        for j, d in enumerate(sorted(rng.sample(range(14), rng.randint(5, 8)))):
            f.happy(c, f.t(d, rng.uniform(8, 19)), lg[j % 2])
    for n in (2, 2, 3, 3, 4):
        c, lg = bi(i, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        i += 1
        f.happy(c, f.t(rng.randint(0, 1), rng.uniform(8, 12)), lg[0], surveys=False)
        f.repeat_run(
            c,
            f.t(rng.randint(2, 5), rng.uniform(9, 18)),
            rng.choice(PROBLEMS),
            rng.choice(["web", "email", "chat"]),
            n,
            lg,
            n >= 3,
        )
    for _ in range(5):
        c, lg = bi(i, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        i += 1
        for j, d in enumerate(range(6) if True else []):
            if j < 5:
                f.add(
                    c,
                    f.t(d, rng.uniform(8, 20)),
                    rng.choice(["social", "community"]),
                    "post",
                    f.pick(rng.choice([W.PRAISE, W.AGAIN]), lg[j % 2]),
                )
        for j in range(rng.randint(1, 3)):
            f.happy(c, f.t(rng.randint(0, 5), rng.uniform(8, 20)), lg[j % 2], surveys=False)
        f.slide(c, rng.randint(7, 8), rng.randint(3, 5), lg, False)
    for k in range(3):
        c, lg = bi(i, "happy_one_bad_day", "one bad day", [], ["silence"])
        i += 1
        for j, d in enumerate(sorted(rng.sample(range(0, 4), 2) + rng.sample(range(10, 14), 2))):
            f.happy(c, f.t(d, rng.uniform(8, 19)), lg[j % 2], surveys=False)
        at = f.t(rng.randint(6, 7), rng.uniform(9, 18))
        if k == 0:
            assert lg[1] == "de"
        prob = rng.choice(PROBLEMS)
        ch = ["email", "email", "chat"][k]
        eid, cs = f.complain(c, at, prob, ch, lg[1], long=k == 0)
        tr = f.truth[c.key]
        tr.update(
            {
                "problem": prob,
                "channel": ch,
                "booking": cs,
                "bad_day_at": iso(at),
                "bad_day_event_id": eid,
                "bad_day_language": lg[1],
                "long_email": k == 0,
                "trouble_starts_at": iso(at),
                "agent_fixed": k < 2,
                "apologised": k == 1,
            }
        )
        if k < 2 and cs:
            f.good_news(c, at + timedelta(hours=rng.uniform(1, 4)), cs, lg[1])
        if k == 1:
            ap = f.day_time(at + timedelta(hours=rng.uniform(18, 24)))
            tr.update(
                {
                    "apology_at": iso(ap),
                    "apology_event_id": f.add(c, ap, "chat", "chat", f.pick(W.APOLOGY, lg[1])),
                }
            )
    for _ in range(2):
        c, lg = bi(i, "resolved_between_contacts", "fixed", [], ["silence"])
        i += 1
        f.happy(c, f.t(rng.randint(0, 2), rng.uniform(8, 19)), lg[0], surveys=False)
        fc = f.fixed_case(
            c, f.t(rng.randint(3, 6), rng.uniform(9, 17)), rng.choice(PROBLEMS), "web", lg[0], lg[1]
        )
        f.truth[c.key].update(
            {"problems": [fc], "confirm_language": lg[1], "trouble_starts_at": fc["raised_at"]}
        )
    return f


ACCOUNTS = [
    # (kind, lang, market, site, company, contacts, complainers, problem)
    ("at_risk", "de", "DE", "facilities", "Nordhafen Facility GmbH", 5, 3, "portal"),
    ("at_risk", "de", "DE", "municipality", "Stadtwerke Kielbrook", 6, 4, "invoice"),
    ("at_risk", "es", "ES", "hotel", "Hotel Cala Serena S.L.", 4, 3, "service_blocked"),
    ("at_risk", "es", "ES", "school", "Colegio Mar Azul", 6, 4, "overbilled"),
    ("at_risk", "fr", "FR", "events", "Évasion Séminaires SARL", 5, 3, "invoice"),
    ("one_unhappy", "de", "AT", "university", "Hochschule Donaublick", 3, 1, "overbilled"),
    ("one_unhappy", "es", "ES", "construction", "Obras Levante S.A.", 3, 1, "service_blocked"),
    ("one_unhappy", "pt", "PT", "hotel", "Hotel Arrábida Mar", 3, 1, "portal"),
    ("one_unhappy", "it", "IT", "film", "Riviera Film Srl", 3, 1, "invoice"),
    ("mild", "de", "DE", "cleaning", "Blitzblank Dienste GmbH", 3, 0, ""),
    ("mild", "en", "IE", "plumbing", "Shannon Plumbing Ltd", 4, 0, ""),
    ("mild", "es", "ES", "landscaping", "Jardines del Turia S.L.", 4, 0, ""),
    ("happy", "de", "CH", "events", "Seeblick Events AG", 3, 0, ""),
    ("happy", "pt", "PT", "shopfitting", "Lojas Tejo Lda", 4, 0, ""),
    ("happy", "en", "UK", "construction", "Harbourside Builders Ltd", 3, 0, ""),
]


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        monday(2026, 10, 12),
        14,
        "Abissea Pro accounts: at risk, one unhappy contact, mild suggestions, happy",
    )
    rng = f.rng
    for kind, lg, mk, site, company, n, bad, problem in ACCOUNTS:
        acc = f.uniq(lambda mk=mk: f"ABP-{mk}-{rng.randint(1000, 9999)}")
        dom = (
            ascii_fold(company.split()[0] + company.split()[1]).lower().replace("'", "")
            + ".example"
        )
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for j in range(n):
            while True:
                c = f.person("b2b_happy", "contact", lg, [], [], mk, acc, company, dom)
                if c.first not in firsts:
                    break
                del f.cust[c.key], f.truth[c.key]
            firsts.add(c.first)
            title = W.TITLES[j % len(W.TITLES)]
            f.truth[c.key].update(
                {"company": company, "role": "contact", "job_title": title, "job": title}
            )
            contacts.append(c)
        unhappy: list[str] = []
        trouble = None
        if kind == "at_risk":
            cs = f.case()
            comps = contacts[:bad]
            at = f.office(f.t(2, rng.uniform(8.5, 15)))
            trouble = at
            for j, c in enumerate(comps):
                tr = f.truth[c.key]
                last = j == bad - 1
                tr.update(
                    {
                        "persona": "b2b_unhappy",
                        "habit": "complainer",
                        "role": "complainer",
                        "expected_rules": ["repeat_contact"] if last else ["detractor"],
                        "tolerated_rules": list(B2B_COMPLAINER_TOL),
                        "problem": problem,
                        "booking": cs,
                        "trouble_starts_at": iso(at),
                    }
                )
                unhappy.append(c.key)
                title = tr["job_title"]
                desc = W.B2B_DESC[lg][problem]
                subj = W.COMPLAINT_SUBJ[lg].format(topic=company)
                if j == 0:
                    e1 = f.add(
                        c,
                        at,
                        "email",
                        "message",
                        W.B2B_FIRST[lg].format(
                            company=company, desc=desc, name=f"{c.first} {c.last}", title=title
                        ),
                        subject=subj,
                    )
                    f.add(
                        c,
                        f.office(at + timedelta(minutes=rng.randint(20, 90))),
                        "email",
                        "message",
                        W.B2B_ACK[lg].format(first=c.first, case=cs, company=company),
                        out=True,
                        subject=W.RE_SUBJ[lg].format(case=cs),
                    )
                    day0 = W.WEEKDAY[lg][at.weekday()]
                else:
                    e1 = f.add(
                        c,
                        at,
                        "email",
                        "message",
                        W.B2B_LATER[lg].format(
                            colleague=contacts[0].first,
                            day=day0,
                            case=cs,
                            desc=desc,
                            name=f"{c.first} {c.last}",
                            title=title,
                        ),
                        subject=W.RE_SUBJ[lg].format(case=cs),
                    )
                ids = [e1]
                if not last:
                    st = f.office(at + timedelta(hours=rng.uniform(1, 3)))
                    sid = f.add(
                        c,
                        st,
                        "survey",
                        "survey_response",
                        None,
                        nps=rng.randint(1, 5),
                        attrs={"survey": "nps"},
                    )
                    tr.update(
                        {
                            "nps_given": True,
                            "nps": f.rows[-1]["scores"]["nps"],
                            "survey_event_id": sid,
                        }
                    )
                else:
                    again = f.office(at + timedelta(hours=rng.uniform(18, 40)))
                    if problem == "invoice" and lg == "de":
                        comp = rng.choice(COMPS)
                        ids.append(
                            f.add(
                                c,
                                again,
                                "email",
                                "message",
                                W.B2B_LAST_MAIL[lg].format(
                                    case=cs, comp=comp, name=f"{c.first} {c.last}", title=title
                                ),
                                subject=W.RE_SUBJ[lg].format(case=cs),
                            )
                        )
                        tr["competitor"] = comp
                    else:
                        ids.append(
                            f.add(
                                c,
                                again,
                                "phone",
                                "call",
                                W.B2B_LAST_CALL[lg].format(company=company, case=cs),
                            )
                        )
                tr["complaint_event_ids"] = ids
                at = f.office(at + timedelta(hours=rng.uniform(8, 28)))
        elif kind == "one_unhappy":
            c = contacts[0]
            cs = f.case()
            at = f.office(f.t(rng.choice([3, 4, 7]), rng.uniform(8.5, 16)))
            trouble = None
            tr = f.truth[c.key]
            e1 = f.add(
                c,
                at,
                "email",
                "message",
                W.B2B_FIRST[lg].format(
                    company=company,
                    desc=W.B2B_DESC[lg][problem],
                    name=f"{c.first} {c.last}",
                    title=tr["job_title"],
                ),
                subject=W.COMPLAINT_SUBJ[lg].format(topic=company),
            )
            f.add(
                c,
                f.office(at + timedelta(minutes=rng.randint(20, 90))),
                "email",
                "message",
                W.B2B_ACK[lg].format(first=c.first, case=cs, company=company),
                out=True,
                subject=W.RE_SUBJ[lg].format(case=cs),
            )
            sid = f.add(
                c,
                f.office(at + timedelta(hours=rng.uniform(1, 3))),
                "survey",
                "survey_response",
                None,
                nps=rng.randint(1, 5),
                attrs={"survey": "nps"},
            )
            tr.update(
                {
                    "persona": "b2b_one_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "expected_rules": ["detractor"],
                    "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                    "problem": problem,
                    "booking": cs,
                    "complaint_event_ids": [e1],
                    "nps_given": True,
                    "nps": f.rows[-1]["scores"]["nps"],
                    "survey_event_id": sid,
                    "trouble_starts_at": iso(at),
                }
            )
            unhappy.append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                at = f.office(f.t(rng.randint(2, 9), rng.uniform(8, 16)))
                mid = f.add(
                    c,
                    at,
                    "web",
                    "ticket",
                    f.pick(W.B2B_SUGGEST, lg),
                    attrs={"page": "/pro/portal/sugerencias"},
                )
                f.add(
                    c,
                    f.office(at + timedelta(minutes=rng.randint(30, 120))),
                    "email",
                    "message",
                    W.B2B_ACK[lg].format(first=c.first, case=f.case(), company=company),
                    out=True,
                    subject="Abissea Pro",
                )
                f.truth[c.key].update(
                    {
                        "persona": "b2b_mild",
                        "habit": "suggests",
                        "role": "suggests",
                        "tolerated_rules": ["silence"],
                        "mild_event_id": mid,
                        "trouble_starts_at": iso(at),
                    }
                )
        for c in contacts:
            tr = f.truth[c.key]
            quiet = tr["role"] != "contact"
            n_acts = rng.randint(0, 2) if quiet else rng.randint(2, 5)
            days = (
                [0, 1]
                if quiet
                else [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
            )
            for d in sorted(rng.sample(days, min(n_acts, len(days)))):
                at = f.t(d, rng.uniform(8, 16.5))
                k = rng.choice(
                    ["chat", "buy", "view"]
                    if quiet
                    else ["chat", "buy", "view", "praise", "survey"]
                )
                if k == "chat":
                    f.add(c, at, "chat", "chat", f.pick(W.B2B_Q, lg))
                    f.add(
                        c,
                        at + timedelta(minutes=rng.randint(1, 6)),
                        "chat",
                        "chat",
                        W.B2B_A[lg].format(first=c.first),
                        out=True,
                    )
                    if rng.random() < 0.5:
                        f.add(
                            c,
                            at + timedelta(minutes=rng.randint(7, 12)),
                            "chat",
                            "chat",
                            f.pick(W.THANKS, lg),
                        )
                elif k == "buy":
                    f.purchase(c, at, b2b=True)
                elif k == "view":
                    f.add(c, at, "web", "page_view", attrs={"page": "/pro/portal"})
                elif k == "praise":
                    f.add(c, at, "community", "post", f.pick(W.B2B_PRAISE, lg))
                else:
                    f.survey(c, at, lg)
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": iso(trouble) if trouble else None,
            "language": lg,
            "country": mk,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        monday(2026, 10, 26),
        7,
        "a calm week and one planted incident on the Saturday",
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            f.happy(c, f.t(d, rng.uniform(12, 19) if d == 5 else rng.uniform(8, 19)))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", None, [], ["silence"])
        at = f.t(0, rng.uniform(9, 17))
        gid = f.add(c, at, "chat", "chat", f.pick(W.MILD, c.lang))
        f.add(
            c,
            at + timedelta(minutes=rng.randint(1, 5)),
            "chat",
            "chat",
            W.MILD_ANSWER[c.lang].format(**f.ctx(c)),
            out=True,
        )
        f.truth[c.key].update({"grumble_event_id": gid, "trouble_starts_at": iso(at)})
    for lg, hour in (("es", 9 + 40 / 60), ("de", 16 + 5 / 60)):
        c = f.person("grumbles_once", "lone question", lg, [], ["silence"])
        at = f.t(4, hour)
        lid = f.add(c, at, "chat", "chat", W.LONE_Q[lg])
        f.add(
            c,
            at + timedelta(minutes=rng.randint(2, 5)),
            "chat",
            "chat",
            W.LONE_A[lg].format(**f.ctx(c)),
            out=True,
        )
        f.truth[c.key].update({"lone_report_event_id": lid, "trouble_starts_at": iso(at)})
    code = "ABY-" + "".join(rng.choice("0123456789") for _ in range(3))
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    s0 = f.t(5, 8 + 5 / 60)
    offs = [0.0, 45.0] + [rng.uniform(1, 44) for _ in range(18)]
    offs.sort()
    regular = set(rng.sample(range(20), 12))
    early = [i for i in range(20) if offs[i] <= 25]
    repeaters = set(rng.sample(early, 6))
    fixed = set(rng.sample([i for i in range(20) if i not in repeaters], 6))
    again_chans = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(again_chans)
    keys, eids, reps = [], [], []
    for i in range(20):
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i in regular else "new",
            langs[i],
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if i in regular:
            for _ in range(rng.randint(1, 2)):
                f.happy(c, f.t(2, rng.uniform(8, 17.5)))
        at = s0 + timedelta(minutes=offs[i])
        lg = c.lang
        text = rng.choice(W.SPIKE[lg]).format(code=code)
        ch = chans[i]
        if ch == "chat":
            eid = f.add(c, at, "chat", "chat", text)
            f.add(
                c,
                at + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lg].format(**f.ctx(c)),
                out=True,
            )
        elif ch == "email":
            eid = f.add(
                c,
                at,
                "email",
                "message",
                text,
                subject={
                    "es": "No puedo embarcar",
                    "de": "Kein Zutritt aufs Boot",
                    "en": "Turned away",
                    "fr": "Refusé au bateau",
                    "it": "Imbarco negato",
                    "pt": "Embarque recusado",
                }[lg],
            )
        elif ch == "web":
            eid = f.add(c, at, "web", "ticket", text, attrs={"page": "/ayuda/contacto"})
        else:
            eid = f.add(c, at, ch, "mention" if ch == "social" else "post", text)
        tr = f.truth[c.key]
        tr.update(
            {
                "in_spike": True,
                "regular": i in regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(at),
                "agent_fixed": i in fixed,
            }
        )
        keys.append(c.key)
        eids.append(eid)
        if rep:
            ach = again_chans.pop()
            if ach == ch:
                ach = "email" if ch != "email" else "chat"
            at2 = at + timedelta(minutes=rng.uniform(10, 50))
            t2 = f.pick(W.SPIKE_AGAIN, lg).format(code=code)
            if ach == "chat":
                rid = f.add(c, at2, "chat", "chat", t2)
                f.add(
                    c,
                    at2 + timedelta(minutes=rng.randint(1, 4)),
                    "chat",
                    "chat",
                    W.SPIKE_CHAT_ANSWER[lg].format(**f.ctx(c)),
                    out=True,
                )
            elif ach == "email":
                rid = f.add(c, at2, "email", "message", t2, subject="Re")
            else:
                rid = f.add(c, at2, "community", "post", t2)
            tr["repeat_event_id"] = rid
            reps.append(rid)
        if i in fixed:
            local = "11:40" if c.market in CET_MARKETS else "10:40"
            f.add(
                c,
                f.t(5, 11 + rng.uniform(5, 15) / 60),
                "email",
                "message",
                W.SPIKE_FIXED[lg].format(time=local, **f.ctx(c)),
                out=True,
                subject="Abissea",
            )
    first_reports = sorted(
        zip(
            [f.rows[[r["event_id"] for r in f.rows].index(e)]["occurred_at"] for e in eids],
            eids,
            strict=True,
        )
    )
    f.spike = {
        "topic": f"dive app certification cards show every diver as not certified: turned away at boats and gear-hire counters, error {code}",
        "about": "the planted incident",
        "channel": None,
        "start": iso(first_reports[0][0]),
        "end": iso(first_reports[-1][0]),
        "customers": 20,
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
    totals = [0, 0, 0]
    for build in FAMILIES:
        fam = build()
        counts = fam.write()
        print(fam.name, *counts)
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
    print("total", *totals)


if __name__ == "__main__":
    main()
