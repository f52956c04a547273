# ruff: noqa: E501
"""Build heldout205/ (Dolcivo, celebration cakes): every <family>.jsonl and truth.

Standard library only; fixed seed; one random.Random per family. Run from anywhere.
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

import wording as W  # noqa: E402

SEED = 20261031
BRAND = "Dolcivo"
CLUB = "Dolcivo Club"
PRO = "Dolcivo Pro"
COMPS = ("Tortelia", "Backvista")
CODE = "DVC-274"
LANG_W = {"pt": 30, "de": 30, "en": 10, "fr": 10, "it": 10, "es": 10}
MARKETS = {
    "pt": ["PT", "PT", "PT", "LU"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "it": ["IT", "IT", "CH"],
    "es": ["ES"],
}
PHONES = {
    "PT": ("+351", "9", 8),
    "LU": ("+352", "691", 6),
    "DE": ("+49", "151", 8),
    "AT": ("+43", "664", 7),
    "CH": ("+41", "79", 7),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "IT": ("+39", "34", 8),
    "ES": ("+34", "6", 8),
}
CURRENCY = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
DOMAINS = ("mail.example", "correio.example", "post.example", "inbox.example", "web.example")
HAPPY_TOL: list[str] = []
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
B2B_UNHAPPY_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
AGENTS = ("Ana", "Kai", "Rosa", "Ben", "Lina", "Marco")

USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def unique(make: Any) -> str:
    for _ in range(1000):
        value = str(make())
        if value not in USED:
            USED.add(value)
            return value
    raise RuntimeError("no unique value")


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
    truth: dict[str, Any]
    second: str | None = None


@dataclass
class Row:
    at: datetime
    seq: int
    cust: Cust
    data: dict[str, Any]
    inbound: bool


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    # -- people ---------------------------------------------------------------
    def lang(self) -> str:
        return self.rng.choices(list(LANG_W), weights=list(LANG_W.values()))[0]

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        market: str | None = None,
        handle: bool = True,
    ) -> Cust:
        rng = self.rng
        market = market or rng.choice(MARKETS[lang])
        first = rng.choice(W.FIRST[lang])
        last = rng.choice(W.LAST[lang])
        key = unique(lambda: f"DV{self.code}{rng.randint(1000, 9999)}")
        plain = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        email = unique(lambda: f"{plain}{rng.randint(1, 99)}@{rng.choice(DOMAINS)}")
        pre, start, rest = PHONES[market]
        phone = unique(lambda: pre + start + "".join(str(rng.randint(0, 9)) for _ in range(rest)))
        hnd = None
        if handle and account is None:
            base = strip_accents(
                rng.choice(
                    [f"{last}_{first}", f"{first}{last[0]}", f"{first}_{last}{rng.randint(1, 99)}"]
                )
            ).lower()
            hnd = unique(lambda: "@" + base + rng.choice(["", str(rng.randint(1, 9))]))
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": hnd,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lang, market, f"{first} {last}", email, phone, hnd, account, truth)
        self.custs.append(c)
        return c

    # -- time -----------------------------------------------------------------
    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, hours=h0 + self.rng.random() * (h1 - h0))

    @staticmethod
    def daytime(t: datetime) -> datetime:
        if t.hour >= 22:
            t = t.replace(hour=8, minute=t.minute % 60) + timedelta(days=1)
        elif t.hour < 7:
            t = t.replace(hour=8, minute=t.minute % 60)
        return t

    # -- writing --------------------------------------------------------------
    def fill(self, c: Cust, text: str, **kw: str) -> str:
        values = {
            "brand": BRAND,
            "club": CLUB,
            "pro": PRO,
            "comp": COMPS[0],
            "case": "",
            "order": "",
            "name": c.name.split()[0],
            "first": "",
            "day": "",
            "code": CODE,
            "amount": "",
            "what": "",
            "short": "",
            "company": "",
            "job": "",
        }
        values.update(kw)
        return text.format(**values)

    def rough(self, text: str) -> str:
        rr = self.rr
        if rr.random() < 1 / 10:
            text = strip_accents(text)
        if rr.random() < 1 / 8 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if rr.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) >= 5
            ]
            if words:
                parts = text.split(" ")
                i = rr.choice(words)
                w = parts[i]
                j = rr.randint(1, len(w) - 3)
                if w[j] != w[j + 1]:
                    parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        *,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        self.counter += 1
        eid = f"h205-{self.code.lower()}-{self.counter:05d}"
        if text is not None and not out and rough and channel not in ("phone", "survey"):
            text = self.rough(text)
        if text is not None and channel == "social" and not out and not c.account:
            text = (
                text.rsplit(BRAND, 1)[0] + "@" + BRAND + text.rsplit(BRAND, 1)[1]
                if BRAND in text
                else f"@{BRAND} {text}"
            )
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        source = {
            "email": "mail",
            "phone": "voice",
            "social": "social",
            "community": "forum",
            "chat": "chat",
            "web": "web",
            "survey": "survey",
        }[channel]
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": scores or {"nps": None, "csat": None, "ces": None},
            "source": f"dolcivo-{source}",
            "attributes": a,
        }
        self.rows.append(Row(t, self.counter, c, data, not out))
        return eid

    def reply(
        self, c: Cust, t: datetime, channel: str, text: str, subject: str | None = None, **kw: str
    ) -> str:
        kind = "chat" if channel == "chat" else "message"
        return self.add(c, t, channel, kind, self.fill(c, text, **kw), subject=subject, out=True)

    def case(self) -> str:
        return unique(lambda: f"DV-{self.rng.randint(100000, 999999)}")

    def order(self) -> str:
        return unique(lambda: str(self.rng.randint(40000, 99999)))

    def money(self, c: Cust, eur: int) -> tuple[str, str]:
        cur, rate = CURRENCY.get(c.market, ("EUR", 1.0))
        value = round(eur * rate)
        shown = {
            "GBP": f"£{value}",
            "CHF": f"{value} Franken" if c.lang == "de" else f"CHF {value}",
        }.get(cur, f"{value} €")
        return cur, shown

    # -- happy acts -----------------------------------------------------------
    def happy(self, c: Cust, t: datetime, act: str | None = None, b2b: bool = False) -> None:
        rng = self.rng
        lang = c.lang
        act = act or rng.choice(
            ["praise", "again", "gripe", "question", "question", "phone", "buy", "review", "survey"]
        )
        if b2b and act not in ("question", "buy", "view", "praise", "survey"):
            act = "question"
        if act == "praise":
            table = W.B2B_PRAISE if b2b else W.PRAISE
            ch = "community" if b2b else rng.choice(["social", "community"])
            self.add(
                c,
                t,
                ch,
                "mention" if ch == "social" else "post",
                self.fill(c, rng.choice(table[lang])),
            )
        elif act == "again":
            ch = rng.choice(["social", "community"])
            self.add(
                c,
                t,
                ch,
                "mention" if ch == "social" else "post",
                self.fill(c, rng.choice(W.AGAIN[lang])),
            )
        elif act == "gripe":
            self.add(
                c,
                t,
                "web",
                "review",
                self.fill(c, rng.choice(W.GRIPE[lang])),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif act == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.fill(c, rng.choice(W.PRAISE[lang])),
                attrs={"rating": "5", "page": "/reviews"},
            )
        elif act == "question":
            q, a = rng.choice((W.B2B_Q if b2b else W.QUESTION)[lang])
            self.add(c, t, "chat", "chat", self.fill(c, q))
            t2 = t + timedelta(minutes=rng.randint(1, 6))
            self.reply(c, t2, "chat", a)
            if rng.random() < 0.6:
                self.add(
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 4)),
                    "chat",
                    "chat",
                    rng.choice(W.THANKS[lang]),
                )
        elif act == "phone":
            q, a = rng.choice(W.PHONE_Q[lang])
            self.add(c, t, "phone", "call", self.fill(c, q))
            self.reply(c, self.daytime(t + timedelta(minutes=rng.randint(8, 40))), "email", a)
        elif act in ("buy", "view"):
            prod, eur = rng.choice(W.B2B_PRODUCTS if b2b else W.PRODUCTS)
            page = "/pro/catalogue" if b2b else "/cakes"
            self.add(c, t, "web", "page_view", None, attrs={"page": page})
            if act == "buy":
                cur, _ = self.money(c, eur)
                rate = CURRENCY.get(c.market, ("EUR", 1.0))[1]
                self.add(
                    c,
                    t + timedelta(minutes=rng.randint(2, 12)),
                    "web",
                    "purchase",
                    None,
                    attrs={
                        "order_value": f"{eur * rate:.2f}",
                        "currency": cur,
                        "product": prod,
                        "page": "/checkout",
                    },
                )
        elif act == "survey":
            kind = rng.choice(["nps", "csat", "ces"])
            score = {
                "nps": rng.randint(9, 10),
                "csat": rng.randint(4, 5),
                "ces": rng.randint(6, 7),
            }[kind]
            sc: dict[str, int] = {kind: score}
            word = rng.choice(W.SURVEY_GOOD[lang])
            self.add(
                c, t, "survey", "survey_response", word or None, scores=sc, attrs={"survey": kind}
            )

    def happy_days(
        self, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 19, b2b: bool = False
    ) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.at(d, h0, h1), b2b=b2b)

    def night(self, c: Cust, t: datetime) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            ch = rng.choice(["social", "community"])
            return self.add(
                c,
                t,
                ch,
                "mention" if ch == "social" else "post",
                self.fill(c, rng.choice(W.NIGHT_POST[c.lang])),
            )
        q, a = rng.choice(W.NIGHT_Q[c.lang])
        eid = self.add(c, t, "chat", "chat", self.fill(c, q))
        t2 = t + timedelta(minutes=rng.randint(1, 5))
        self.reply(c, t2, "chat", a)
        self.add(
            c,
            t2 + timedelta(minutes=rng.randint(1, 3)),
            "chat",
            "chat",
            rng.choice(W.THANKS[c.lang]),
        )
        return eid

    # -- trouble --------------------------------------------------------------
    def complaint(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        problem: str,
        lang: str | None = None,
        long: bool = False,
    ) -> tuple[str, str]:
        """First report of a problem; returns (event id, order number)."""
        rng = self.rng
        lang = lang or c.lang
        order = self.order()
        _, amount = self.money(c, rng.choice([42, 55, 64, 38]))
        short = self.fill(c, rng.choice(W.SHORT[problem][lang]), order=order, amount=amount)
        what = W.WHAT[problem][lang]
        subj = self.fill(c, W.SUBJ_COMPLAINT[lang], order=order)
        if long:
            text = self.fill(c, rng.choice(W.LONG[lang]), what=what, short=short, name=c.name)
            return self.add(c, t, "email", "message", text, subject=subj), order
        if channel == "email":
            return self.add(c, t, "email", "message", short, subject=subj), order
        if channel == "chat":
            return self.add(c, t, "chat", "chat", short), order
        if channel == "web":
            return self.add(c, t, "web", "ticket", short, attrs={"page": "/help/contact"}), order
        if channel == "phone":
            return self.add(
                c,
                t,
                "phone",
                "call",
                self.fill(c, rng.choice(W.PHONE_COMPLAINT[lang]), what=what, order=order),
            ), order
        text = self.fill(c, rng.choice(W.SOCIAL_COMPLAINT[lang]), what=what)
        kind = "mention" if channel == "social" else "post"
        return self.add(c, t, channel, kind, text), order

    def follow(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        problem: str,
        case: str,
        nth: int,
        lang: str | None = None,
    ) -> str:
        rng = self.rng
        lang = lang or c.lang
        what = W.WHAT[problem][lang]
        if channel == "phone":
            return self.add(
                c,
                t,
                "phone",
                "call",
                self.fill(c, rng.choice(W.PHONE_FOLLOW[lang]), what=what, case=case),
            )
        table = W.THIRD if nth == 3 else W.FOURTH if nth == 4 else W.FOLLOW
        text = self.fill(
            c,
            rng.choice(table[lang]),
            what=what,
            case=case,
            comp=c.truth.get("competitor") or COMPS[0],
        )
        if nth == 4:
            text = text[0].upper() + text[1:]
        if channel == "email":
            return self.add(
                c, t, "email", "message", text, subject=self.fill(c, W.SUBJ_CASE[lang], case=case)
            )
        if channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            self.reply(
                c, t + timedelta(minutes=rng.randint(1, 4)), "chat", W.CHAT_URGENT[lang], case=case
            )
            return eid
        if channel == "web":
            return self.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        return self.add(c, t, "social", "mention", text)

    def ack(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        case: str,
        lang: str | None = None,
        quality: bool = False,
    ) -> None:
        rng = self.rng
        lang = lang or c.lang
        if channel == "chat":
            self.reply(
                c, t + timedelta(minutes=rng.randint(1, 4)), "chat", W.CHAT_CASE[lang], case=case
            )
        elif not quality:
            self.reply(
                c,
                self.daytime(t + timedelta(minutes=rng.randint(10, 40))),
                "email",
                W.CASE_OPENED[lang],
                subject=self.fill(c, W.SUBJ_CASE[lang], case=case),
                case=case,
            )
        if quality:
            self.reply(
                c,
                self.daytime(t + timedelta(minutes=rng.randint(90, 150))),
                "email",
                W.QUALITY[lang],
                subject=self.fill(c, W.SUBJ_CASE[lang], case=case),
                case=case,
            )

    def fixed(
        self, c: Cust, t: datetime, problem: str, channel: str, lang: str, confirm_lang: str
    ) -> dict[str, Any]:
        rng = self.rng
        eid, _ = self.complaint(c, t, channel, problem, lang=lang)
        case = self.case()
        self.ack(c, t, channel, case, lang=lang)
        t_fix = self.daytime(t + timedelta(hours=rng.uniform(3, 20)))
        self.reply(
            c,
            t_fix,
            "email",
            W.GOOD_NEWS[confirm_lang],
            subject=self.fill(c, W.SUBJ_CASE[confirm_lang], case=case),
            case=case,
        )
        t_ok = self.daytime(t_fix + timedelta(hours=rng.uniform(8, 30)))
        cch = rng.choice(["email", "chat"])
        text = self.fill(c, rng.choice(W.CONFIRM[confirm_lang]), case=case)
        if cch == "email":
            ok = self.add(
                c,
                t_ok,
                "email",
                "message",
                text,
                subject=self.fill(c, W.SUBJ_CASE[confirm_lang], case=case),
            )
        else:
            ok = self.add(c, t_ok, "chat", "chat", text)
        return {
            "problem": problem,
            "booking": case,
            "raised_at": iso(t),
            "fixed_at": iso(t_fix),
            "confirmed_at": iso(t_ok),
            "problem_event_ids": [eid],
            "confirm_event_id": ok,
            "channel": channel,
            "confirm_channel": cch,
        }

    def repeat_run(
        self,
        c: Cust,
        t: datetime,
        first_channel: str,
        contacts: int,
        quality: bool,
        langs: list[str] | None = None,
    ) -> None:
        rng = self.rng
        problem = rng.choice(W.PROBLEMS)
        langs = langs or [c.lang]
        if contacts >= 3:
            c.truth["competitor"] = rng.choice(COMPS)
        else:
            c.truth["competitor"] = None
        eid, _ = self.complaint(c, t, first_channel, problem, lang=langs[0])
        case = self.case()
        self.ack(c, t, first_channel, case, lang=langs[0], quality=quality)
        ids = [eid]
        chans = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_channel]
        rng.shuffle(chans)
        for k in range(1, contacts):
            t = self.daytime(t + timedelta(hours=rng.uniform(4, 40)))
            ids.append(
                self.follow(c, t, chans[k - 1], problem, case, k + 1, lang=langs[k % len(langs)])
            )
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "contacts": contacts,
                "channels": [first_channel, *chans[: contacts - 1]],
                "agent_passed_on": quality,
                "problem_event_ids": ids,
                "trouble_starts_at": c.truth.get("trouble_starts_at")
                or self.rows[-1].data["occurred_at"],
            }
        )
        c.truth["trouble_starts_at"] = self.row_time(ids[0])

    def row_time(self, eid: str) -> str:
        for r in self.rows:
            if r.data["event_id"] == eid:
                return str(r.data["occurred_at"])
        raise KeyError(eid)

    def slide(
        self, c: Cust, day0: int, span: int, langs: list[str] | None = None, nps: bool = False
    ) -> None:
        rng = self.rng
        langs = langs or [c.lang]
        comp = rng.choice(COMPS)
        c.truth["competitor"] = comp
        ids: list[str] = []
        t = self.at(day0, 9, 18)
        step_gap = span * 24 / 6
        for i in range(6):
            lang = langs[i % len(langs)]
            text = self.fill(c, W.SLIDE[lang][0][i], comp=comp)
            ch = rng.choice(["social", "community", "review"])
            if ch == "review":
                ids.append(
                    self.add(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                    )
                )
            else:
                ids.append(self.add(c, t, ch, "mention" if ch == "social" else "post", text))
            if i == 3 and nps:
                ts = self.daytime(t + timedelta(hours=rng.uniform(2.5, 3.5)))
                score = rng.randint(1, 5)
                c.truth.update(
                    {
                        "nps_given": True,
                        "nps": score,
                        "survey_event_id": self.add(
                            c,
                            ts,
                            "survey",
                            "survey_response",
                            rng.choice(W.SURVEY_BAD[lang]) or None,
                            scores={"nps": score},
                            attrs={"survey": "nps"},
                        ),
                    }
                )
            t = self.daytime(t + timedelta(hours=max(1.0, step_gap * rng.uniform(0.6, 1.2))))
        c.truth.update(
            {"slide_event_ids": ids, "slide_days": span, "trouble_starts_at": self.row_time(ids[0])}
        )

    # -- output ---------------------------------------------------------------
    def finish(self, expected: dict[str, int]) -> None:
        rows = sorted(self.rows, key=lambda r: (r.at, r.seq))
        seen_first: set[str] = set()
        for r in rows:
            c = r.cust
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            ch = r.data["channel"]
            if not r.inbound or c.key not in seen_first:
                ref = dict(full)
                if r.inbound:
                    seen_first.add(c.key)
            else:
                ref = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c.account,
                }
                if ch == "phone":
                    ref["phone"] = (
                        c.phone[:3] + " " + c.phone[3:] if self.rr.random() < 0.5 else c.phone
                    )
                elif ch in ("social", "community"):
                    if c.handle:
                        ref["handle"] = c.handle if self.rr.random() < 0.8 else c.handle.lstrip("@")
                    else:
                        ref["email"] = c.email
                elif ch == "email":
                    ref["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
                else:
                    ref["customer_id"] = c.key
            r.data["customer"] = ref
            if r.at.year != 2026 or r.at >= datetime(2026, 11, 15, tzinfo=UTC) or r.at < self.start:
                raise ValueError(f"{self.name}: time out of range {r.at}")
        counted: dict[str, int] = {}
        for c in self.custs:
            if c.key not in seen_first:
                raise ValueError(f"{self.name}: {c.key} has no inbound touchpoint")
            for rule in c.truth["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise ValueError(f"{self.name}: {c.key} expects and tolerates")
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if self.spike:
            counted["topic_spike"] = 1
        if counted != expected:
            raise ValueError(f"{self.name}: expected {expected}, planted {counted}")
        end = max(self.start + timedelta(days=self.days), rows[-1].at + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": f"{BRAND}: celebration cakes and patisserie by app and web, {CLUB} membership, {PRO} on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-06",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r.data, ensure_ascii=False, sort_keys=True) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def day_of(start: datetime) -> datetime:
    return start


# ----------------------------------------------------------------- families --
def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        "daytime writers, night writers and survey answerers, all happy",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        f.happy_days(c, rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer")
        for d in sorted(rng.sample(range(9), rng.randint(2, 4))):
            c.truth.setdefault("night_event_ids", []).append(f.night(c, f.at(d, 22.2, 28.5)))
        f.happy_days(c, rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys")
        for d in sorted(rng.sample(range(10), rng.randint(3, 6))):
            f.happy(c, f.at(d, 8, 20), "survey")
    f.finish({})


def one_bad_day() -> None:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry moment, some with a low score",
    )
    rng = f.rng
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    rng.shuffle(chans)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    rng.shuffle(with_case)
    detractors = set(with_case[:6])
    csat = set(with_case[6:11])
    good = set(rng.sample(with_case, 12))
    apologise = set(rng.sample(sorted(good), 5))
    long_langs = ["pt", "pt", "de", "de"]
    expected = 0
    for i, ch in enumerate(chans):
        lang = long_langs.pop() if ch == "long" else f.lang()
        det = i in detractors
        c = f.person(
            lang,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
        )
        d = rng.randint(2, 9)
        t = f.at(d, 8, 20)
        days = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        f.happy_days(c, rng.randint(1, 5), days, 8, 19)
        channel = "email" if ch == "long" else ch
        eid, _ = f.complaint(c, t, channel, problems[i], long=ch == "long")
        c.truth.update(
            {
                "problem": problems[i],
                "channel": channel,
                "long_email": ch == "long",
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "booking": None,
            }
        )
        if ch != "social":
            case = f.case()
            c.truth["booking"] = case
            f.ack(c, t, channel, case)
            if det:
                expected += 1
                score = rng.randint(1, 5)
                c.truth.update(
                    {
                        "nps_given": True,
                        "nps": score,
                        "survey_event_id": f.add(
                            c,
                            t + timedelta(minutes=rng.randint(100, 140)),
                            "survey",
                            "survey_response",
                            rng.choice(W.SURVEY_BAD[lang]) or None,
                            scores={"nps": score},
                            attrs={"survey": "nps"},
                        ),
                    }
                )
            if i in csat:
                score = rng.randint(1, 2)
                c.truth.update(
                    {
                        "csat_given": True,
                        "csat": score,
                        "survey_event_id": f.add(
                            c,
                            t + timedelta(minutes=rng.randint(40, 80)),
                            "survey",
                            "survey_response",
                            rng.choice(W.SURVEY_BAD[lang]) or None,
                            scores={"csat": score},
                            attrs={"survey": "csat"},
                        ),
                    }
                )
            if i in good:
                tg = f.daytime(t + timedelta(hours=rng.uniform(1, 4)))
                f.reply(
                    c,
                    tg,
                    "email",
                    W.GOOD_NEWS[lang],
                    subject=f.fill(c, W.SUBJ_CASE[lang], case=case),
                    case=case,
                )
                c.truth["agent_fixed"] = True
                if i in apologise:
                    ta = f.daytime(t + timedelta(hours=rng.uniform(16, 24)))
                    ach = rng.choice(["chat", "email"])
                    text = f.fill(c, rng.choice(W.APOLOGY[lang]))
                    aid = f.add(
                        c,
                        ta,
                        ach,
                        "chat" if ach == "chat" else "message",
                        text,
                        subject=f.fill(c, W.SUBJ_CASE[lang], case=case) if ach == "email" else None,
                    )
                    c.truth.update(
                        {"apologised": True, "apology_at": iso(ta), "apology_event_id": aid}
                    )
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control")
        f.happy_days(c, rng.randint(4, 7), list(range(12)), 8, 19)
    f.finish({"detractor": expected})


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "problems raised again while open, fixed cases, two problems, frequent writers",
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    quality = set(rng.sample(range(12), 6))
    for i in range(12):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12))
        f.repeat_run(c, f.at(rng.randint(1, 4), 8, 19), firsts[i], counts[i], i in quality)
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], ["silence"])
        f.happy_days(c, rng.randint(1, 3), [0, 8, 9])
        fx = f.fixed(
            c,
            f.at(rng.randint(1, 5), 8, 18),
            rng.choice(W.PROBLEMS),
            rng.choice(["email", "web", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth.update({"problems": [fx], "trouble_starts_at": fx["raised_at"]})
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], ["silence"])
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        d = rng.randint(1, 3)
        fx1 = f.fixed(c, f.at(d, 8, 16), p1, rng.choice(["email", "web"]), c.lang, c.lang)
        fx2 = f.fixed(
            c, f.at(d + rng.randint(4, 5), 8, 14), p2, rng.choice(["chat", "email"]), c.lang, c.lang
        )
        c.truth.update({"problems": [fx1, fx2], "trouble_starts_at": fx1["raised_at"]})
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer")
        for d in sorted(rng.sample(range(10), rng.randint(5, 8))):
            f.happy(
                c, f.at(d, 8, 19), rng.choice(["question", "question", "phone", "buy", "praise"])
            )
    f.finish({"repeat_contact": 12})


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slow slides, leavers, steady, steadily grumpy and sarcastic customers",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps = set(rng.sample(range(10), 5))
    for i in range(10):
        c = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop", "detractor"] if i in nps else ["sentiment_drop"],
            SLIDE_TOL,
        )
        days = sorted(rng.sample(range(11), rng.randint(4, 5)))
        for d in days:
            f.happy(c, f.at(d, 8, 19), rng.choice(["praise", "praise", "again"]))
        f.happy_days(c, rng.randint(2, 4), [x for x in range(11) if x not in days], 8, 19)
        f.slide(c, rng.randint(12, 16), spans[i], nps=i in nps)
    for _ in range(5):
        c = f.person(f.lang(), "slow_churner", "asks to cancel", ["churn_intent"], LEAVER_TOL)
        f.happy_days(c, rng.randint(4, 6), list(range(16)), 8, 19)
        t = f.at(rng.randint(17, 23), 8, 18)
        eid = f.add(
            c, t, "email", "message", f.fill(c, rng.choice(W.CANCEL[c.lang])), subject=f"{CLUB}"
        )
        f.reply(c, f.daytime(t + timedelta(hours=rng.uniform(1, 5))), "email", W.SORRY_GO[c.lang])
        tc = f.daytime(t + timedelta(hours=rng.uniform(20, 30)))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/membership", "product": CLUB},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady")
        f.happy_days(c, rng.randint(6, 10), list(range(32)), 8, 19)
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        gd = float(rng.randint(0, 4))
        ids = []
        for _ in range(rng.randint(5, 7)):
            ch = rng.choice(["social", "community", "web", "review"])
            text = f.fill(c, rng.choice(W.GRUMBLES[c.lang]))
            t = f.at(gd, 8, 20)
            if ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            gd += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.happy(c, f.at(rng.randint(0, 20), 9, 18), "buy")
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": f.row_time(ids[0])})
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        f.happy_days(c, rng.randint(3, 6), list(range(17)), 8, 19)
        ch = rng.choice(["social", "community"])
        c.truth["sarcasm_event_id"] = f.add(
            c,
            f.at(rng.randint(17, 28), 9, 20),
            ch,
            "mention" if ch == "social" else "post",
            f.fill(c, rng.choice(W.SARCASM[c.lang])),
        )
    f.finish({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm weekend with night owls in short bursts",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        for d in sorted(rng.sample(range(3), rng.randint(1, 3))):
            f.happy(c, f.at(d, 7, 17.5))
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(rng.randint(0, 2), 9, 17)
        f.happy(c, t, "view")
        t2 = t + timedelta(minutes=rng.randint(20, 30))
        text = f.fill(c, rng.choice(W.MILD[c.lang]))
        if i < 2:
            gid = f.add(c, t2, "chat", "chat", text)
            f.reply(c, t2 + timedelta(minutes=rng.randint(1, 5)), "chat", W.MILD_ACK[c.lang])
        else:
            gid = f.add(c, t2, "web", "ticket", text, attrs={"page": "/help/contact"})
            f.reply(c, t2 + timedelta(minutes=rng.randint(15, 60)), "email", W.MILD_ACK[c.lang])
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t2)})
    owls = 0
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=40 + rng.randint(0, 25))
        bursts = [
            b0,
            b0 + timedelta(minutes=rng.randint(28, 33)),
            b0 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bt in enumerate(bursts):
            for _ in range(4):
                owls += 1
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {b + 1}")
                t = bt + timedelta(minutes=rng.uniform(0, 9.5))
                c.truth.update({"burst_at": iso(bt), "night_event_id": f.night(c, t)})
                if owls % 2 == 0:
                    f.happy(
                        c, f.at(rng.randint(0, 2), 9, 17.5), rng.choice(["praise", "buy", "review"])
                    )
    f.finish({})


def bilingual() -> None:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    rng = f.rng
    pairs = [("pt", "de")] * 4 + [("de", "pt")] * 4 + [("pt", "en")] * 2 + [("de", "en")] * 2
    pairs += [
        ("en", "pt"),
        ("de", "fr"),
        ("fr", "de"),
        ("pt", "es"),
        ("es", "pt"),
        ("de", "it"),
        ("it", "de"),
        ("pt", "fr"),
        ("fr", "pt"),
        ("en", "de"),
        ("es", "de"),
        ("it", "pt"),
        ("de", "es"),
        ("pt", "it"),
        ("en", "fr"),
    ]
    rng.shuffle(pairs)
    # the long e-mail's writer needs Portuguese or German as second language
    k = next(i for i, p in enumerate(pairs) if p[1] in ("pt", "de"))
    pairs.insert(22, pairs.pop(k))

    def mk(i: int, persona: str, habit: str, exp: list[str], tol: list[str]) -> Cust:
        a, b = pairs[i]
        c = f.person(a, persona, habit, exp, tol, market=rng.choice(MARKETS[a] + MARKETS[b]))
        c.second = b
        c.truth.update(
            {
                "languages": [a, b],
                "job_second_language": rng.choice(
                    [
                        "works abroad",
                        "partner's language",
                        "grew up between two countries",
                        "studies abroad",
                    ]
                ),
            }
        )
        return c

    def alt(c: Cust, n: int, days: list[int], acts: list[str] | None = None) -> None:
        for j, d in enumerate(sorted(rng.sample(days, n))):
            c.lang = c.truth["languages"][j % 2]
            f.happy(c, f.at(d, 8, 19), rng.choice(acts) if acts else None)
        c.lang = c.truth["languages"][0]

    i = 0
    for _ in range(12):
        c = mk(i, "happy", "alternates languages", [], [])
        alt(c, rng.randint(5, 8), list(range(14)))
        i += 1
    for n in [2, 2, 3, 3, 4]:
        c = mk(i, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        alt(c, rng.randint(1, 3), [0, 1])
        f.repeat_run(
            c,
            f.at(rng.randint(2, 5), 8, 18),
            rng.choice(["email", "web", "chat"]),
            n,
            n >= 3,
            langs=c.truth["languages"],
        )
        i += 1
    for _ in range(5):
        c = mk(i, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        alt(c, 5, list(range(6)), ["praise"])
        alt(c, rng.randint(1, 3), [0, 1, 2, 3, 4, 5], ["buy", "question"])
        f.slide(c, rng.randint(7, 8), rng.randint(3, 5), langs=c.truth["languages"])
        i += 1
    for kind in ("long", "email", "chat"):
        c = mk(i, "happy_one_bad_day", "one bad day", [], ["silence"])
        second = c.truth["languages"][1]
        alt(c, rng.randint(3, 4), [0, 1, 2, 3, 10, 11, 12, 13])
        t = f.at(rng.randint(5, 8), 9, 18)
        problem = rng.choice(W.PROBLEMS)
        eid, _ = f.complaint(
            c, t, "chat" if kind == "chat" else "email", problem, lang=second, long=kind == "long"
        )
        case = f.case()
        f.ack(c, t, "chat" if kind == "chat" else "email", case, lang=second)
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": second,
                "long_email": kind == "long",
                "trouble_starts_at": iso(t),
            }
        )
        if kind != "chat":
            f.reply(
                c,
                f.daytime(t + timedelta(hours=rng.uniform(1, 4))),
                "email",
                W.GOOD_NEWS[second],
                subject=f.fill(c, W.SUBJ_CASE[second], case=case),
                case=case,
            )
            c.truth["agent_fixed"] = True
        if kind == "email":
            ta = f.daytime(t + timedelta(hours=rng.uniform(18, 24)))
            c.truth.update(
                {
                    "apologised": True,
                    "apology_at": iso(ta),
                    "apology_event_id": f.add(
                        c, ta, "chat", "chat", f.fill(c, rng.choice(W.APOLOGY[second]))
                    ),
                }
            )
        i += 1
    for _ in range(2):
        c = mk(i, "resolved_between_contacts", "fixed", [], ["silence"])
        alt(c, rng.randint(2, 3), [0, 1, 11, 12])
        a, b = c.truth["languages"]
        fx = f.fixed(c, f.at(rng.randint(3, 7), 9, 16), rng.choice(W.PROBLEMS), "web", a, b)
        c.truth.update(
            {"problems": [fx], "confirm_language": b, "trouble_starts_at": fx["raised_at"]}
        )
        i += 1
    f.finish({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "companies on account: at-risk accounts, one unhappy contact, mild suggestions, happy",
    )
    rng = f.rng
    weekdays = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
    companies = {
        "pt": [
            "Hotel Miradouro Lda",
            "Clínica Sorriso Azul",
            "Escola Básica do Lumiar",
            "Gabinete Pinto & Matos",
            "Teatro da Graça",
        ],
        "de": [
            "Kanzlei Vogel & Partner",
            "Stadtwerke Oberau",
            "Hotel Seeblick GmbH",
            "Praxis am Markt",
            "Agentur Nordlicht",
        ],
        "en": ["Harbourside Dental"],
        "fr": ["Cabinet Lemaire Conseil"],
        "it": ["Studio Galli Architetti"],
        "es": ["Hotel Mirador del Puerto", "Gestoría Ortega"],
    }
    jobs = [
        "Office manager",
        "Head of facilities",
        "Executive assistant",
        "Finance lead",
        "Receptionist",
        "Events coordinator",
    ]
    plan = [
        ("at_risk", "de", 5, 3, "invoice"),
        ("at_risk", "pt", 5, 3, "blocked"),
        ("at_risk", "de", 4, 3, "portal"),
        ("at_risk", "pt", 6, 4, "invoice"),
        ("at_risk", "es", 6, 4, "overbilled"),
        ("one_unhappy", "de", 3, 1, "blocked"),
        ("one_unhappy", "pt", 3, 1, "overbilled"),
        ("one_unhappy", "en", 3, 1, "portal"),
        ("one_unhappy", "fr", 3, 1, "invoice"),
        ("mild", "pt", 4, 0, ""),
        ("mild", "de", 4, 0, ""),
        ("mild", "it", 4, 0, ""),
        ("happy", "de", 3, 0, ""),
        ("happy", "pt", 3, 0, ""),
        ("happy", "es", 3, 0, ""),
    ]
    counts = {"account_risk": 0, "detractor": 0, "repeat_contact": 0}
    for kind, lang, ncont, nbad, problem in plan:
        market = MARKETS[lang][0]
        acc = unique(lambda m=market: f"DVP-{m}-{rng.randint(1000, 9999)}")
        company = companies[lang].pop(0)
        contacts: list[Cust] = []
        for j in range(ncont):
            if kind == "at_risk" and j < nbad:
                last = j == nbad - 1
                persona, habit = "b2b_unhappy", "complainer"
                exp = ["repeat_contact"] if last else ["detractor"]
                tol = B2B_UNHAPPY_TOL
            elif kind == "one_unhappy" and j == 0:
                persona, habit, exp, tol = (
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif kind == "mild" and j < 2:
                persona, habit, exp, tol = "b2b_mild", "suggests", [], ["silence"]
            else:
                persona, habit, exp, tol = "b2b_happy", "contact", [], []
            c = f.person(lang, persona, habit, exp, tol, account=acc, market=market)
            c.truth.update(
                {
                    "company": company,
                    "role": habit,
                    "job_title": jobs[j % len(jobs)],
                    "job": jobs[j % len(jobs)],
                }
            )
            c.email = (
                c.email.split("@")[0]
                + "@"
                + strip_accents(company.split()[0] + company.split()[-1]).lower().replace("&", "")
                + ".example"
            )
            USED.add(c.email)
            c.truth["identifiers"]["email"] = c.email
            for rule in exp:
                counts[rule] += 1
            contacts.append(c)
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in sorted(rng.sample(weekdays, rng.randint(2, 5))):
                    f.happy(
                        c,
                        f.at(d, 8, 16.5),
                        rng.choice(["question", "buy", "view", "praise", "survey"]),
                        b2b=True,
                    )
            else:
                for _ in range(rng.randint(0, 2)):
                    f.happy(
                        c,
                        f.at(rng.randint(0, 1), 8, 16.5),
                        rng.choice(["question", "buy", "view"]),
                        b2b=True,
                    )
        info: dict[str, Any] = {
            "company": company,
            "site": rng.choice(["hotel", "clinic", "school", "law firm", "utility", "agency"]),
            "contacts": ncont,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": nbad,
            "unhappy_contact_keys": [c.key for c in contacts[:nbad]],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            counts["account_risk"] += 1
            t = f.at(2, 8, 12)
            case = f.case()
            first = contacts[0].name.split()[0]
            first_day = t
            for j in range(nbad):
                c = contacts[j]
                what = W.B2B_WHAT[problem][lang]
                if j == 0:
                    text = f.fill(
                        c,
                        rng.choice(W.B2B_FIRST[lang]),
                        what=what[0].upper() + what[1:] if lang != "de" else what,
                        company=company,
                        name=c.name,
                        job=c.truth["job"],
                    )
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        subject=f.fill(c, W.SUBJ_COMPLAINT[lang], order=company),
                    )
                    f.reply(
                        c,
                        t + timedelta(minutes=rng.randint(30, 90)),
                        "email",
                        W.B2B_ACK[lang],
                        subject=f.fill(c, W.SUBJ_CASE[lang], case=case),
                        case=case,
                    )
                    info["trouble_starts_at"] = iso(t)
                else:
                    day = W.WEEKDAY[lang][first_day.weekday()]
                    text = f.fill(
                        c,
                        rng.choice(W.B2B_LATER[lang]),
                        what=what,
                        first=first,
                        day=day,
                        case=case,
                        name=c.name,
                        job=c.truth["job"],
                    )
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        subject=f.fill(c, W.SUBJ_CASE[lang], case=case),
                    )
                ids = [eid]
                if j < nbad - 1:
                    score = rng.randint(1, 5)
                    c.truth.update(
                        {
                            "nps_given": True,
                            "nps": score,
                            "survey_event_id": f.add(
                                c,
                                t + timedelta(hours=rng.uniform(1, 3)),
                                "survey",
                                "survey_response",
                                rng.choice(W.SURVEY_BAD[lang]) or None,
                                scores={"nps": score},
                                attrs={"survey": "nps"},
                            ),
                        }
                    )
                else:
                    t2 = t + timedelta(hours=rng.uniform(18, 40))
                    t2 = office(t2)
                    if kind == "at_risk" and problem == "overbilled":
                        c.truth["competitor"] = COMPS[1]
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                f.fill(
                                    c,
                                    W.B2B_LAST_EMAIL[lang],
                                    case=case,
                                    what=what,
                                    comp=COMPS[1],
                                    name=c.name,
                                ),
                                subject=f.fill(c, W.SUBJ_CASE[lang], case=case),
                            )
                        )
                    else:
                        ids.append(
                            f.add(
                                c, t2, "phone", "call", f.fill(c, W.B2B_LAST_CALL[lang], case=case)
                            )
                        )
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t),
                    }
                )
                t = office(t + timedelta(hours=rng.uniform(8, 28)))
        elif kind == "one_unhappy":
            c = contacts[0]
            t = f.at(rng.choice([3, 4, 7]), 8, 16)
            case = f.case()
            what = W.B2B_WHAT[problem][lang]
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.fill(
                    c,
                    rng.choice(W.B2B_FIRST[lang]),
                    what=what,
                    company=company,
                    name=c.name,
                    job=c.truth["job"],
                ),
                subject=f.fill(c, W.SUBJ_COMPLAINT[lang], order=company),
            )
            f.reply(
                c,
                t + timedelta(minutes=rng.randint(30, 90)),
                "email",
                W.B2B_ACK[lang],
                subject=f.fill(c, W.SUBJ_CASE[lang], case=case),
                case=case,
            )
            score = rng.randint(1, 5)
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(hours=rng.uniform(2, 5)),
                        "survey",
                        "survey_response",
                        rng.choice(W.SURVEY_BAD[lang]) or None,
                        scores={"nps": score},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        elif kind == "mild":
            for j in range(2):
                c = contacts[j]
                t = f.at(rng.choice([3, 4, 7, 8]), 8, 16)
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.fill(c, W.SUGGEST[lang][j % len(W.SUGGEST[lang])]),
                    attrs={"page": "/pro/feedback"},
                )
                f.reply(
                    c, t + timedelta(minutes=rng.randint(30, 120)), "email", W.SUGGEST_ACK[lang]
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        f.accounts[acc] = info
    f.finish({k: v for k, v in counts.items() if v})


def office(t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        if t.hour >= 17 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
        else:
            t = t.replace(hour=8)
    return t


def topic_spike() -> None:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 10, 26, tzinfo=UTC),
        7,
        "a calm week and one planted incident on the Saturday",
    )
    rng = f.rng
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer")
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            f.happy(c, f.at(d, 12, 19) if d == 5 else f.at(d, 8, 19))
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, 9, 17)
        gid = f.add(c, t, "chat", "chat", W.GRUMBLE_ONCE_MON[c.lang])
        f.reply(c, t + timedelta(minutes=rng.randint(1, 5)), "chat", W.GRUMBLE_ONCE_ANSWER[c.lang])
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hour in (("pt", 9 + 40 / 60), ("de", 16 + 5 / 60)):
        c = f.person(lang, "grumbles_once", "lone question", [], ["silence"])
        t = f.start + timedelta(days=4, hours=hour)
        q, a = W.LONE_Q[lang]
        lid = f.add(c, t, "chat", "chat", q)
        f.reply(c, t + timedelta(minutes=rng.randint(2, 6)), "chat", a)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["pt"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    s0 = f.start + timedelta(days=5, hours=8, minutes=20)
    offsets = sorted([0, 45] + [rng.randint(1, 44) for _ in range(16)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    early = [i for i, o in enumerate(offsets) if o <= 25]
    repeaters = set(rng.sample(early, 6))
    rest = [i for i in range(18) if i not in repeaters]
    fixed_mail = set(rng.sample(rest, 6))
    again_chans = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(again_chans)
    for i, off in enumerate(offsets):
        lang = langs[i]
        rep = i in repeaters
        c = f.person(
            lang,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i < 11 else "new",
            ["repeat_contact"] if rep else [],
            ["sentiment_drop", "silence"] if rep else ["silence"],
        )
        if i < 11:
            for _ in range(rng.randint(1, 3)):
                f.happy(c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=off, seconds=rng.randint(0, 50) if 0 < off < 45 else 0)
        ch = chans[i % len(chans)]
        text = f.fill(c, rng.choice(W.SPIKE[lang]))
        if ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.reply(c, t + timedelta(minutes=rng.randint(1, 3)), "chat", W.SPIKE_CHAT[lang])
        elif ch == "email":
            eid = f.add(
                c,
                t,
                "email",
                "message",
                text,
                subject={
                    "pt": "Calendário",
                    "de": "Kalender",
                    "en": "Calendar",
                    "fr": "Calendrier",
                    "it": "Calendario",
                    "es": "Calendario",
                }[lang],
            )
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            eid = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "in_spike": True,
                "regular": i < 11,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if rep:
            ach = next(x for x in again_chans if x != ch)
            again_chans.remove(ach)
            t2 = t + timedelta(minutes=rng.randint(10, 60))
            text2 = f.fill(c, rng.choice(W.SPIKE_AGAIN[lang]))
            if ach == "chat":
                rid = f.add(c, t2, "chat", "chat", text2)
                f.reply(c, t2 + timedelta(minutes=rng.randint(1, 3)), "chat", W.SPIKE_CHAT[lang])
            elif ach == "email":
                rid = f.add(
                    c,
                    t2,
                    "email",
                    "message",
                    text2,
                    subject={
                        "pt": "RE: Calendário",
                        "de": "AW: Kalender",
                        "en": "Re: Calendar",
                        "fr": "RE : Calendrier",
                        "it": "R: Calendario",
                        "es": "RE: Calendario",
                    }[lang],
                )
            else:
                rid = f.add(c, t2, "community", "post", text2)
            reps.append(rid)
            c.truth["repeat_event_id"] = rid
        if i in fixed_mail:
            _, amount = f.money(c, 10)
            f.reply(
                c,
                f.start + timedelta(days=5, hours=11, minutes=rng.randint(8, 17)),
                "email",
                W.WORKS_AGAIN[lang],
                amount=amount,
            )
            c.truth["agent_fixed"] = True
    # two more new reporters
    f.spike = {
        "topic": f"cake-order app and website calendar shows every delivery and pick-up date as sold out: no order can be placed, error {CODE}",
        "about": "the planted incident: reports in several languages and channels within about 45 minutes, some with the error code",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.finish({"topic_spike": 1, "repeat_contact": 6})


FAMILIES = (
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    bilingual,
    b2b_accounts,
    topic_spike,
)


def main() -> None:
    USED.clear()
    for build in FAMILIES:
        build()


if __name__ == "__main__":
    main()
