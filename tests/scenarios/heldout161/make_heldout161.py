# ruff: noqa: E501
"""Build heldout161/: hand-written alert scenarios for Gelvora, written blind (report only).

Standard library only. Run from anywhere: ``python make_heldout161.py``. Fixed seed, one
``random.Random`` per family (and one more per family for roughening), so two runs give
the same bytes.
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

SEED = 20261206
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
WEIGHTS = {"it": 30, "pt": 30, "en": 10, "fr": 10, "de": 10, "es": 10}
SOURCES = {
    "email": "gelvora-mail",
    "phone": "gelvora-voice",
    "social": "gelvora-social",
    "community": "gelvora-forum",
    "chat": "gelvora-chat",
    "web": "gelvora-web",
    "survey": "gelvora-survey",
}
AGENTS = ["Serena", "Rui", "Giada", "Tomás", "Nadia", "Filipe"]
SIL = ["silence"]
TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_SLIDE = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_CANCEL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_GRUMPY = ["repeat_contact", "silence"]
TOL_SPIKE_REPEAT = ["sentiment_drop", "silence"]
TOL_B2B_UNHAPPY = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()


def iso(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def fill(text: str, **kw: str) -> str:
    for key, value in kw.items():
        text = text.replace("{" + key + "}", value)
    return text


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    out = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def spoken(text: str) -> str:
    """A complaint as a speech-to-text transcript: lower case, no punctuation."""
    words = []
    for word in text.replace("€", " euro").replace("£", " pound ").split():
        core = word.strip(".,!?:;'\"()")
        if not core:
            continue
        words.append(core if core.startswith("GV-") else core.lower())
    return " ".join(words)


def out_of_night(ts: datetime, rng: random.Random) -> datetime:
    if ts.hour >= 22:
        nxt = (ts + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        return nxt + timedelta(minutes=rng.randint(0, 59))
    if ts.hour < 7:
        return ts.replace(hour=8, minute=rng.randint(0, 59), second=0)
    return ts


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
class Row:
    ts: datetime
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]
    eid: str


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.start = start
        self.days = days
        self.about = about
        self.custs: list[Cust] = []
        self.rows: list[Row] = []
        self.seq = 0
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    # ------------------------------------------------------------ people --
    def lang(self) -> str:
        langs = list(WEIGHTS)
        return self.rng.choices(langs, weights=[WEIGHTS[x] for x in langs])[0]

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
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        rng = self.rng
        market = market or rng.choice(W.MARKETS[lang])
        first = rng.choice(W.FIRST[lang])
        last = rng.choice(W.SURNAMES[lang])
        key = self.unique(lambda: f"GV{self.code}{rng.randint(1000, 9999)}")
        plain = strip_accents(f"{first}.{last}").lower().replace(" ", "").replace("'", "")
        if domain:
            email = self.unique(
                lambda: (
                    f"{plain}@{domain}"
                    if rng.random() < 0.7
                    else f"{plain}{rng.randint(2, 9)}@{domain}"
                )
            )
            handle = None
        else:
            dom = rng.choice(["posta.example", "correio.example", "mail.example", "inbox.example"])
            email = self.unique(lambda: f"{plain}{rng.randint(1, 99)}@{dom}")
            base = (
                strip_accents(
                    rng.choice([f"{last}_{first}", f"{first}{last}", f"{first}_{last[0]}"])
                )
                .lower()
                .replace(" ", "")
                .replace("'", "")
            )
            handle = "@" + self.unique(lambda: f"{base}{rng.randint(1, 99)}")
        cc, pre, length = W.PHONE_PREFIX[market]
        phone = self.unique(
            lambda: cc + pre + "".join(str(rng.randint(0, 9)) for _ in range(length - len(pre) + 1))
        )
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
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
            "town": rng.choice(W.TOWNS[market]),
        }
        self.custs.append(c)
        return c

    def case(self) -> str:
        return self.unique(lambda: f"GV-{self.rng.randint(100000, 999999)}")

    def t(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour, seconds=self.rng.randint(0, 59))

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    # ----------------------------------------------------------- touchpoints --
    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith("GV"):
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
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"h161-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
            if channel == "social" and c.account is None:
                if W.BRAND in text:
                    pos = text.rfind(W.BRAND)
                    text = text[:pos] + "@" + text[pos:]
                else:
                    text = "@" + W.BRAND + " " + text
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out and channel in ("email", "chat"):
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            Row(ts, c, channel, kind, "outbound" if out else "inbound", text, subject, sc, a, eid)
        )
        return eid

    def reply_email(self, c: Cust, ts: datetime, text: str, subject: str | None = None) -> str:
        return self.add(
            c, out_of_night(ts, self.rng), "email", "message", text, out=True, subject=subject
        )

    def money(self, c: Cust, eur: int) -> tuple[str, str]:
        if c.market == "UK":
            return f"{eur * 0.86:.2f}", "GBP"
        if c.market == "CH":
            return f"{eur * 0.94:.2f}", "CHF"
        return f"{eur:.2f}", "EUR"

    def purchase(self, c: Cust, ts: datetime, b2b: bool = False) -> None:
        product, eur = self.rng.choice(W.B2B_PRODUCTS if b2b else W.PRODUCTS)
        page = self.rng.choice(W.B2B_PAGES[:1] if b2b else W.PAGES[1:4])
        self.add(c, ts, "web", "page_view", attrs={"page": page})
        value, cur = self.money(c, eur * self.rng.randint(1, 3))
        self.add(
            c,
            ts + timedelta(minutes=self.rng.randint(2, 9)),
            "web",
            "purchase",
            attrs={"order_value": value, "currency": cur, "product": product, "page": page},
        )

    # ------------------------------------------------------------ happy acts --
    def happy(self, c: Cust, ts: datetime, kinds: list[str] | None = None) -> None:
        rng = self.rng
        lang = c.lang
        kind = rng.choice(
            kinds
            or [
                "praise",
                "praise",
                "again",
                "gripe",
                "chat",
                "email",
                "phone",
                "buy",
                "buy",
                "view",
                "review",
                "survey",
            ]
        )
        mins = timedelta(minutes=1)
        if kind in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE_PRAISE}[kind]
            channel = rng.choice(["social", "community"])
            self.add(
                c, ts, channel, "mention" if channel == "social" else "post", self.pick(table, lang)
            )
        elif kind in ("chat", "email"):
            q, a = rng.choice(W.QUESTIONS[lang])
            self.add(c, ts, kind, "chat" if kind == "chat" else "message", q)
            if kind == "chat":
                self.add(c, ts + mins * rng.randint(1, 6), "chat", "chat", a, out=True)
                if rng.random() < 0.6:
                    self.add(
                        c, ts + mins * rng.randint(7, 12), "chat", "chat", self.pick(W.THANKS, lang)
                    )
            else:
                self.reply_email(c, ts + mins * rng.randint(30, 180), a)
        elif kind == "phone":
            q, a = rng.choice(W.PHONE_Q[lang])
            self.add(c, ts, "phone", "call", q)
            self.reply_email(c, ts + mins * rng.randint(15, 60), a)
        elif kind == "buy":
            self.purchase(c, ts)
        elif kind == "view":
            self.add(c, ts, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        elif kind == "review":
            self.add(
                c,
                ts,
                "web",
                "review",
                self.pick(W.REVIEWS, lang),
                attrs={"rating": rng.choice(["5", "5", "4"]), "page": "/reviews"},
            )
        else:
            self.survey_happy(c, ts)

    def survey_happy(self, c: Cust, ts: datetime) -> None:
        rng = self.rng
        which = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            which
        ]
        text = self.pick(W.SURVEY_HAPPY, c.lang) or None
        self.add(
            c, ts, "survey", "survey_response", text, scores={which: score}, attrs={"survey": which}
        )

    def low_survey(self, c: Cust, ts: datetime, which: str, lang: str) -> str:
        """A low NPS (1-5) or CSAT (1-2), a word or nothing; noted in the customer's truth."""
        score = self.rng.randint(1, 5) if which == "nps" else self.rng.randint(1, 2)
        table = W.NPS_LOW if which == "nps" else W.CSAT_LOW
        sid = self.add(
            c,
            ts,
            "survey",
            "survey_response",
            self.pick(table, lang) or None,
            scores={which: score},
            attrs={"survey": which},
        )
        c.truth.update({f"{which}_given": True, which: score, "survey_event_id": sid})
        return sid

    def days_apart(self, n: int, lo: int, hi: int) -> list[int]:
        return sorted(self.rng.sample(range(lo, hi + 1), n))

    def day_acts(
        self,
        c: Cust,
        n: int,
        lo: int,
        hi: int,
        h0: float = 7.0,
        h1: float = 19.0,
        kinds: list[str] | None = None,
    ) -> None:
        for d in self.days_apart(n, lo, hi):
            self.happy(c, self.t(d, self.rng.uniform(h0, h1)), kinds)

    # ------------------------------------------------------------ problems --
    def complaint(self, c: Cust, lang: str, problem: str, case: str) -> str:
        return fill(self.pick(W.PROBLEM_TEXT[problem], lang), case=case)

    def raise_problem(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        problem: str,
        case: str,
        lang: str | None = None,
        long: bool = False,
    ) -> str:
        lang = lang or c.lang
        text = self.complaint(c, lang, problem, case)
        subject = fill(self.pick(W.SUBJECT_COMPLAINT, lang), case=case)
        if long:
            return self.add(
                c,
                ts,
                "email",
                "message",
                fill(self.pick(W.LONG_EMAIL, lang), problem=text),
                subject=subject,
            )
        if channel == "email":
            return self.add(c, ts, "email", "message", text, subject=subject)
        if channel == "chat":
            return self.add(c, ts, "chat", "chat", text)
        if channel == "phone":
            return self.add(c, ts, "phone", "call", spoken(text))
        if channel == "social":
            return self.add(c, ts, "social", "mention", text)
        return self.add(c, ts, "web", "ticket", text, attrs={"page": "/help/contact"})

    def acknowledge(
        self, c: Cust, ts: datetime, channel: str, case: str, lang: str | None = None
    ) -> None:
        lang = lang or c.lang
        if channel == "chat":
            self.add(
                c,
                ts + timedelta(minutes=self.rng.randint(1, 4)),
                "chat",
                "chat",
                fill(self.pick(W.CHAT_CASE, lang), case=case),
                out=True,
            )
        elif channel != "social":
            self.reply_email(
                c,
                ts + timedelta(minutes=self.rng.randint(10, 40)),
                fill(self.pick(W.CASE_OPENED, lang), case=case),
                fill(self.pick(W.RE_SUBJECT, lang), case=case),
            )

    def fixed_case(
        self, c: Cust, day: float, problem: str, lang1: str, lang2: str, channel: str | None = None
    ) -> dict[str, Any]:
        rng = self.rng
        case = self.case()
        channel = channel or rng.choice(["web", "email", "chat", "phone"])
        ts = self.t(day, rng.uniform(8, 19))
        e1 = self.raise_problem(c, ts, channel, problem, case, lang=lang1)
        self.acknowledge(c, ts, channel, case, lang1)
        fixed = out_of_night(ts + timedelta(hours=rng.uniform(3, 20)), rng)
        self.reply_email(
            c,
            fixed,
            fill(self.pick(W.GOOD_NEWS, lang2), case=case),
            fill(self.pick(W.RE_SUBJECT, lang2), case=case),
        )
        conf = out_of_night(fixed + timedelta(hours=rng.uniform(8, 30)), rng)
        cch = rng.choice(["email", "chat"])
        e2 = self.add(
            c,
            conf,
            cch,
            "message" if cch == "email" else "chat",
            fill(self.pick(W.CONFIRM, lang2), case=case),
            subject=fill(self.pick(W.RE_SUBJECT, lang2), case=case) if cch == "email" else None,
        )
        return {
            "problem": problem,
            "booking": case,
            "raised_at": iso(ts),
            "fixed_at": iso(fixed),
            "confirmed_at": iso(conf),
            "problem_event_ids": [e1],
            "confirm_event_id": e2,
            "channel": channel,
            "confirm_channel": cch,
        }

    def repeat_run(
        self,
        c: Cust,
        first_ts: datetime,
        first_channel: str,
        contacts: int,
        quality: bool,
        langs: list[str],
    ) -> None:
        rng = self.rng
        problem = rng.choice(W.PROBLEMS)
        case = self.case()
        comp = rng.choice(W.COMPETITORS)
        e = [self.raise_problem(c, first_ts, first_channel, problem, case, lang=langs[0])]
        if first_channel == "chat":
            self.acknowledge(c, first_ts, "chat", case, langs[0])
        if quality:
            self.reply_email(
                c,
                first_ts + timedelta(minutes=rng.randint(90, 150)),
                fill(self.pick(W.QUALITY_LEAD, langs[0]), case=case),
                fill(self.pick(W.RE_SUBJECT, langs[0]), case=case),
            )
        elif first_channel != "chat":
            self.acknowledge(c, first_ts, first_channel, case, langs[0])
        channels = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
        rng.shuffle(channels)
        ts = first_ts
        for k in range(1, contacts):
            lang = langs[k % len(langs)]
            ts = ts + timedelta(hours=rng.uniform(4, 40))
            ts = out_of_night(ts, rng)
            ch = channels[k - 1]
            restated = self.complaint(c, lang, problem, case)
            if k == 1:
                text = fill(self.pick(W.LATER, lang), case=case, problem=restated)
            elif k == 2:
                text = fill(self.pick(W.THIRD, lang), case=case, comp=comp)
            else:
                text = fill(self.pick(W.FOURTH, lang), case=case)
            if ch == "phone":
                e.append(self.add(c, ts, "phone", "call", spoken(text)))
            elif ch == "chat":
                e.append(self.add(c, ts, "chat", "chat", text))
                self.add(
                    c,
                    ts + timedelta(minutes=rng.randint(1, 5)),
                    "chat",
                    "chat",
                    fill(self.pick(W.URGENT_CHAT, lang), case=case),
                    out=True,
                )
            elif ch == "email":
                e.append(
                    self.add(
                        c,
                        ts,
                        "email",
                        "message",
                        text,
                        subject=fill(self.pick(W.RE_SUBJECT, lang), case=case),
                    )
                )
            elif ch == "social":
                e.append(self.add(c, ts, "social", "mention", text))
            else:
                e.append(self.add(c, ts, "web", "ticket", text, attrs={"page": "/help/contact"}))
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "contacts": contacts,
                "channels": [first_channel, *channels[: contacts - 1]],
                "problem_event_ids": e,
                "agent_passed_on": quality,
                "competitor": comp if contacts >= 3 else None,
                "trouble_starts_at": iso(first_ts),
            }
        )

    def slide(self, c: Cust, start: datetime, span: int, langs: list[str], nps: bool) -> None:
        rng = self.rng
        comp = rng.choice(W.COMPETITORS)
        offsets = sorted(rng.uniform(0, span * 24) for _ in range(6))
        ts_prev = start - timedelta(hours=2)
        ids = []
        ratings = ["3", "3", "2", "2", "1", "1"]
        for i in range(6):
            ts = max(
                start + timedelta(hours=offsets[i]),
                ts_prev + timedelta(hours=1, minutes=rng.randint(0, 40)),
            )
            ts = out_of_night(ts, rng)
            if ts.hour >= 21:
                ts = out_of_night(ts + timedelta(hours=1), rng)
            lang = langs[i % len(langs)]
            text = fill(W.SLIDE[lang][i], comp=comp)
            ch = rng.choice(["social", "community", "review"])
            if ch == "review":
                ids.append(
                    self.add(
                        c,
                        ts,
                        "web",
                        "review",
                        text,
                        attrs={"rating": ratings[i], "page": "/reviews"},
                    )
                )
            else:
                ids.append(self.add(c, ts, ch, "mention" if ch == "social" else "post", text))
            if i == 3 and nps:
                sts = out_of_night(ts + timedelta(minutes=rng.randint(150, 210)), rng)
                self.low_survey(c, sts, "nps", lang)
            ts_prev = ts
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": span,
                "competitor": comp,
                "trouble_starts_at": iso(self.rows[[r.eid for r in self.rows].index(ids[0])].ts),
            }
        )

    # ------------------------------------------------------------- output --
    def write(self, expected: dict[str, int]) -> None:
        rows = sorted(self.rows, key=lambda r: (r.ts, r.eid))
        first_in: dict[str, str] = {}
        for r in rows:
            if r.direction == "inbound" and r.cust.key not in first_in:
                first_in[r.cust.key] = r.eid
        lines = []
        for r in rows:
            c = r.cust
            if r.ts >= LIMIT or r.ts < self.start:
                raise SystemExit(f"{self.name}: {r.eid} out of range")
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            full = r.direction == "outbound" or first_in[c.key] == r.eid
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif r.channel == "phone":
                ref["phone"] = (
                    c.phone if self.rough.random() < 0.5 else c.phone[:3] + " " + c.phone[3:]
                )
            elif r.channel in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rough.random() < 0.8 else c.handle[1:]
                else:
                    ref["email"] = c.email
            elif r.channel == "email":
                ref["email"] = c.email if self.rough.random() < 0.92 else c.email.upper()
            else:
                ref["customer_id"] = c.key
            obj = {
                "event_id": r.eid,
                "occurred_at": iso(r.ts),
                "channel": r.channel,
                "kind": r.kind,
                "direction": r.direction,
                "customer": ref,
                "text": r.text,
                "subject": r.subject,
                "scores": r.scores,
                "source": SOURCES[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(obj, ensure_ascii=False))
        for c in self.custs:
            both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            if both or c.key not in first_in:
                raise SystemExit(f"{self.name}: {c.key} bad truth")
        counted: dict[str, int] = {}
        for c in self.custs:
            for rule in c.truth["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if self.spike:
            counted["topic_spike"] = 1
        if counted != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {counted}")
        end = max(self.start + timedelta(days=self.days), rows[-1].ts + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Gelvora (party ice, dry ice, ice sculptures; Gelvora Club; Gelvora Horeca)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06, blind",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def d(month: int, day: int) -> datetime:
    return datetime(2026, month, day, tzinfo=UTC)


# --------------------------------------------------------------- families --
def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d(3, 9),
        10,
        "happy customers by day and night, survey-only answerers",
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        f.day_acts(c, f.rng.randint(5, 8), 0, 9)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer")
        for n in f.days_apart(f.rng.randint(2, 4), 0, 8):
            ts = f.t(n, f.rng.uniform(22.2, 28.5))
            if f.rng.random() < 0.5:
                ch = f.rng.choice(["social", "community"])
                f.add(
                    c, ts, ch, "mention" if ch == "social" else "post", f.pick(W.NIGHT_POST, c.lang)
                )
            else:
                q, a = f.rng.choice(W.NIGHT_CHAT[c.lang])
                f.add(c, ts, "chat", "chat", q)
                f.add(c, ts + timedelta(minutes=f.rng.randint(1, 5)), "chat", "chat", a, out=True)
                f.add(
                    c,
                    ts + timedelta(minutes=f.rng.randint(6, 9)),
                    "chat",
                    "chat",
                    f.pick(W.THANKS, c.lang),
                )
        f.day_acts(c, f.rng.randint(2, 3), 0, 9, 9, 18, ["praise", "buy", "view", "review"])
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys")
        for day in f.days_apart(f.rng.randint(3, 6), 0, 9):
            f.survey_happy(c, f.t(day, f.rng.uniform(8, 20)))
    f.write({})


def one_bad_day() -> None:
    f = Fam("one_bad_day", "BD", 2, d(4, 20), 12, "happy customers with one angry moment")
    rng = f.rng
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    long_langs = ["it", "it", "pt", "pt"]
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    rng.shuffle(with_case)
    nps_idx = set(with_case[:6])
    csat_idx = set(with_case[6:11])
    news_idx = with_case[:12]
    rng.shuffle(news_idx)
    news = set(news_idx)
    apologise = set(news_idx[:5])
    for i, ch in enumerate(channels):
        lang = long_langs.pop() if ch == "long" else f.lang()
        persona = "bad_day_detractor" if i in nps_idx else "happy_one_bad_day"
        c = f.person(lang, persona, "one bad day", ["detractor"] if i in nps_idx else [], SIL)
        bd = rng.randint(2, 9)
        ts = f.t(bd, rng.uniform(8, 20))
        allowed = [x for x in range(12) if x <= bd - 2 or x >= bd + 3]
        for day in sorted(rng.sample(allowed, rng.randint(1, 5))):
            f.happy(
                c,
                f.t(day, rng.uniform(7, 20)),
                ["praise", "again", "gripe", "chat", "buy", "view", "review", "phone"],
            )
        case = f.case()
        eid = f.raise_problem(
            c, ts, "email" if ch == "long" else ch, problems[i], case, long=ch == "long"
        )
        if ch != "social":
            f.acknowledge(c, ts, "email" if ch == "long" else ch, case)
        c.truth.update(
            {
                "problem": problems[i],
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "booking": case if ch != "social" else None,
                "order": case,
                "bad_day_at": iso(ts),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(ts),
            }
        )
        if i in nps_idx:
            f.low_survey(c, ts + timedelta(minutes=rng.randint(100, 140)), "nps", lang)
        if i in csat_idx:
            f.low_survey(c, ts + timedelta(minutes=rng.randint(40, 80)), "csat", lang)
        if i in news:
            f.reply_email(
                c,
                ts + timedelta(hours=rng.uniform(1, 4)),
                fill(f.pick(W.GOOD_NEWS, lang), case=case),
                fill(f.pick(W.RE_SUBJECT, lang), case=case),
            )
            c.truth["agent_fixed"] = True
        if i in apologise:
            ats = out_of_night(ts + timedelta(hours=rng.uniform(16, 24)), rng)
            ach = rng.choice(["chat", "email"])
            aid = f.add(
                c,
                ats,
                ach,
                "chat" if ach == "chat" else "message",
                fill(f.pick(W.APOLOGY, lang), case=case),
            )
            c.truth.update({"apologised": True, "apology_at": iso(ats), "apology_event_id": aid})
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control")
        f.day_acts(c, rng.randint(4, 7), 0, 11)
    f.write({"detractor": 6})


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d(6, 1),
        10,
        "the same open problem raised again, against fixed and separate problems",
    )
    rng = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(firsts)
    rng.shuffle(counts)
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i in range(12):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        for _ in range(rng.randint(1, 3)):
            f.happy(c, f.t(0, rng.uniform(7, 12)), ["praise", "buy", "view", "chat"])
        f.repeat_run(
            c,
            f.t(rng.randint(1, 4), rng.uniform(8, 19)),
            firsts[i],
            counts[i],
            quality[i],
            [c.lang],
        )
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], SIL)
        f.day_acts(c, rng.randint(0, 2), 0, 1)
        fc = f.fixed_case(c, rng.randint(1, 5), rng.choice(W.PROBLEMS), c.lang, c.lang)
        c.truth.update({"problems": [fc], "trouble_starts_at": fc["raised_at"]})
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], SIL)
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        d1 = rng.randint(0, 3)
        fc1 = f.fixed_case(c, d1, p1, c.lang, c.lang)
        fc2 = f.fixed_case(c, d1 + rng.randint(4, 5), p2, c.lang, c.lang)
        c.truth.update({"problems": [fc1, fc2], "trouble_starts_at": fc1["raised_at"]})
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer")
        f.day_acts(
            c, rng.randint(5, 8), 0, 9, kinds=["chat", "chat", "email", "email", "phone", "buy"]
        )
    f.write({"repeat_contact": 12})


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d(7, 6),
        32,
        "slow slides from a happy baseline, leavers, the steadily grumpy",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps = [True] * 5 + [False] * 5
    rng.shuffle(nps)
    for i in range(10):
        c = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop", "detractor"] if nps[i] else ["sentiment_drop"],
            TOL_SLIDE,
        )
        praise_days = f.days_apart(rng.randint(4, 5), 0, 10)
        for day in praise_days:
            f.happy(c, f.t(day, rng.uniform(8, 20)), ["praise", "again"])
        f.day_acts(c, rng.randint(2, 4), 0, 10, kinds=["buy", "view", "chat", "review"])
        f.slide(c, f.t(rng.randint(12, 16), rng.uniform(9, 15)), spans[i], [c.lang], nps[i])
    for _ in range(5):
        c = f.person(f.lang(), "slow_churner", "asks to cancel", ["churn_intent"], TOL_CANCEL)
        f.day_acts(c, rng.randint(4, 6), 0, 15)
        ts = f.t(rng.randint(17, 23), rng.uniform(8, 19))
        eid = f.add(c, ts, "email", "message", f.pick(W.CANCEL_REQ, c.lang), subject=W.CLUB)
        f.reply_email(
            c, ts + timedelta(hours=rng.uniform(1, 5)), f.pick(W.SORRY_GO, c.lang), "Re: " + W.CLUB
        )
        cts = out_of_night(ts + timedelta(hours=rng.uniform(20, 30)), rng)
        cid = f.add(
            c, cts, "web", "cancellation", attrs={"page": "/account/club/cancel", "product": W.CLUB}
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(cts),
                "trouble_starts_at": iso(ts),
            }
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady")
        f.day_acts(c, rng.randint(6, 10), 0, 30)
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], TOL_GRUMPY)
        gday = float(rng.randint(0, 4))
        gids = []
        for text in rng.sample(W.GRUMPY[c.lang], min(len(W.GRUMPY[c.lang]), rng.randint(5, 7))):
            ts = f.t(gday, rng.uniform(8, 20))
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                gids.append(
                    f.add(c, ts, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                gids.append(f.add(c, ts, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                gids.append(f.add(c, ts, ch, "mention" if ch == "social" else "post", text))
            gday += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.purchase(c, f.t(rng.randint(0, 25), rng.uniform(9, 18)))
        c.truth.update(
            {
                "grumble_event_ids": gids,
                "trouble_starts_at": iso(min(r.ts for r in f.rows if r.eid in gids)),
            }
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], SIL)
        f.day_acts(c, rng.randint(3, 6), 0, 16)
        sid = f.add(
            c,
            f.t(rng.randint(17, 28), rng.uniform(9, 20)),
            "social",
            "mention",
            f.pick(W.SARCASM, c.lang),
        )
        c.truth["sarcasm_event_id"] = sid
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", "QH", 5, d(8, 28), 3, "a calm weekend with night owls in bursts")
    rng = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        for day in f.days_apart(rng.randint(1, 3), 0, 2):
            f.happy(
                c,
                f.t(day, rng.uniform(7, 17.5)),
                ["praise", "again", "chat", "buy", "view", "review", "survey"],
            )
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], SIL)
        ts = f.t(rng.randint(0, 2), rng.uniform(8, 17))
        f.add(c, ts, "web", "page_view", attrs={"page": "/app/home"})
        q, a = rng.choice(W.MILD_GRUMBLE[c.lang])
        gts = ts + timedelta(minutes=rng.randint(20, 30))
        if i < 2:
            gid = f.add(c, gts, "chat", "chat", q)
            f.add(c, gts + timedelta(minutes=rng.randint(1, 5)), "chat", "chat", a, out=True)
        else:
            gid = f.add(c, gts, "web", "ticket", q, attrs={"page": "/help/contact"})
            f.reply_email(
                c, gts + timedelta(minutes=rng.randint(20, 90)), f.pick(W.FORM_ACK, c.lang)
            )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(gts)})
    owl = 0
    for night in range(3):
        b1 = f.start + timedelta(days=night + 1, minutes=rng.randint(40, 65))
        for b, start in enumerate(
            [
                b1,
                b1 + timedelta(minutes=rng.randint(28, 33)),
                b1 + timedelta(minutes=rng.randint(55, 65)),
            ]
        ):
            for _ in range(4):
                owl += 1
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {b + 1}")
                ts = start + timedelta(minutes=rng.uniform(0, 10))
                if rng.random() < 0.5:
                    q, a = rng.choice(W.NIGHT_CHAT[c.lang])
                    nid = f.add(c, ts, "chat", "chat", q)
                    f.add(c, ts + timedelta(minutes=rng.randint(1, 4)), "chat", "chat", a, out=True)
                    f.add(
                        c,
                        ts + timedelta(minutes=rng.randint(5, 8)),
                        "chat",
                        "chat",
                        f.pick(W.THANKS, c.lang),
                    )
                else:
                    ch = rng.choice(["social", "community"])
                    nid = f.add(
                        c,
                        ts,
                        ch,
                        "mention" if ch == "social" else "post",
                        f.pick(W.NIGHT_POST, c.lang),
                    )
                if owl % 2 == 0:
                    f.happy(
                        c,
                        f.t(rng.randint(0, 2), rng.uniform(9, 17.5)),
                        ["praise", "buy", "view", "chat"],
                    )
                c.truth.update({"burst_at": iso(start), "night_event_id": nid})
    f.write({})


def bilingual() -> None:
    f = Fam("bilingual", "BL", 6, d(9, 21), 14, "customers writing in two languages")
    rng = f.rng
    pairs = (
        [("it", "pt")] * 3
        + [("pt", "it")] * 3
        + [("it", "en")] * 2
        + [("pt", "en")] * 2
        + [("it", "de")] * 2
        + [("pt", "fr")] * 2
        + [("pt", "es")] * 2
        + [("it", "fr")] * 2
    )
    pairs += [
        ("it", "es"),
        ("de", "it"),
        ("fr", "pt"),
        ("es", "pt"),
        ("en", "it"),
        ("en", "pt"),
        ("de", "pt"),
        ("es", "it"),
        ("fr", "it"),
    ]
    rng.shuffle(pairs)
    why = [
        "grew up in the other country",
        "partner's language",
        "works in the other language",
        "studied abroad",
        "parents' language",
    ]

    def mk(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, list[str]]:
        l1, l2 = pairs.pop()
        market = rng.choice(W.MARKETS[l1] + W.MARKETS[l2])
        c = f.person(l1, persona, habit, exp, tol, market=market)
        c.truth.update({"languages": [l1, l2], "job_second_language": rng.choice(why)})
        return c, [l1, l2]

    def alt(c: Cust, langs: list[str], days: list[int], kinds: list[str]) -> None:
        for k, day in enumerate(days):
            c.lang = langs[k % 2]
            f.happy(c, f.t(day, rng.uniform(8, 20)), kinds)
        c.lang = langs[0]

    for _ in range(12):
        c, langs = mk("happy", "alternates languages", [], [])
        alt(
            c,
            langs,
            f.days_apart(rng.randint(5, 8), 0, 13),
            ["praise", "again", "gripe", "chat", "email", "buy", "review", "phone"],
        )
    for n in [2, 2, 3, 3, 4]:
        c, langs = mk("repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        alt(c, langs, f.days_apart(rng.randint(1, 2), 0, 1), ["praise", "buy", "chat"])
        f.repeat_run(
            c,
            f.t(rng.randint(2, 5), rng.uniform(8, 19)),
            rng.choice(["web", "email", "chat"]),
            n,
            n >= 3,
            langs,
        )
    for _ in range(5):
        c, langs = mk("slow_churner", "slides", ["sentiment_drop"], TOL_SLIDE)
        alt(c, langs, f.days_apart(5, 0, 5), ["praise", "again"])
        alt(c, langs, f.days_apart(rng.randint(1, 3), 0, 5), ["buy", "view", "chat"])
        f.slide(c, f.t(rng.randint(7, 8), rng.uniform(9, 14)), rng.randint(3, 5), langs, False)
    for kind in ["long", "email", "chat"]:
        c, langs = mk("happy_one_bad_day", "one bad day", [], SIL)
        bd = rng.randint(4, 9)
        alt(
            c,
            langs,
            sorted(rng.sample([x for x in range(14) if x <= bd - 2 or x >= bd + 3], 4)),
            ["praise", "buy", "chat", "view"],
        )
        case = f.case()
        problem = rng.choice(W.PROBLEMS)
        ts = f.t(bd, rng.uniform(9, 19))
        ch = "email" if kind == "long" else kind
        eid = f.raise_problem(c, ts, ch, problem, case, lang=langs[1], long=kind == "long")
        f.acknowledge(c, ts, ch, case, langs[1])
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "bad_day_at": iso(ts),
                "bad_day_event_id": eid,
                "bad_day_language": langs[1],
                "long_email": kind == "long",
                "trouble_starts_at": iso(ts),
            }
        )
        if kind != "chat":
            f.reply_email(
                c,
                ts + timedelta(hours=rng.uniform(1, 4)),
                fill(f.pick(W.GOOD_NEWS, langs[1]), case=case),
            )
            c.truth["agent_fixed"] = True
        if kind == "email":
            ats = out_of_night(ts + timedelta(hours=rng.uniform(18, 24)), rng)
            aid = f.add(c, ats, "chat", "chat", fill(f.pick(W.APOLOGY, langs[1]), case=case))
            c.truth.update({"apologised": True, "apology_at": iso(ats), "apology_event_id": aid})
    for _ in range(2):
        c, langs = mk("resolved_between_contacts", "fixed", [], SIL)
        alt(c, langs, f.days_apart(2, 0, 3), ["praise", "buy"])
        fc = f.fixed_case(c, rng.randint(4, 8), rng.choice(W.PROBLEMS), langs[0], langs[1], "web")
        c.truth.update(
            {"problems": [fc], "confirm_language": langs[1], "trouble_starts_at": fc["raised_at"]}
        )
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d(10, 12),
        14,
        "Gelvora Horeca accounts: at risk, one unhappy, mild, happy",
    )
    rng = f.rng
    specs: list[tuple[str, str, str, str, int, int, str | None]] = [
        # (kind, language, market, site, contacts, complainers, problem)
        ("at_risk", "it", "IT", "cocktail_bar", 5, 3, "portal"),
        ("at_risk", "pt", "PT", "hotel", 4, 3, "invoice"),
        ("at_risk", "it", "IT", "restaurant", 6, 3, "service_blocked"),
        ("at_risk", "pt", "PT", "fishmonger", 5, 4, "invoice"),
        ("at_risk", "it", "CH", "caterer", 5, 4, "overbilled"),
        ("one_unhappy", "pt", "PT", "beach_club", 3, 1, "service_blocked"),
        ("one_unhappy", "it", "IT", "gelateria", 3, 1, "overbilled"),
        ("one_unhappy", "en", "UK", "events", 3, 1, "portal"),
        ("one_unhappy", "de", "DE", "laboratory", 3, 1, "invoice"),
        ("mild", "it", "IT", "hotel", 3, 2, None),
        ("mild", "fr", "FR", "restaurant", 4, 2, None),
        ("mild", "pt", "PT", "caterer", 3, 2, None),
        ("happy", "es", "ES", "cocktail_bar", 4, 0, None),
        ("happy", "it", "IT", "pub", 4, 0, None),
        ("happy", "pt", "PT", "restaurant", 4, 0, None),
    ]
    names = {
        "it": [
            "Bar Aurora",
            "Trattoria Sole",
            "Banqueting Lario",
            "Hotel Belvedere",
            "Gelateria Nives",
            "Birreria Torre",
        ],
        "pt": [
            "Hotel Atlântico",
            "Peixaria Ribeira",
            "Praia Club Luz",
            "Catering Douro",
            "Tasca do Largo",
        ],
        "en": ["Harbour Events"],
        "de": ["Labor Rheinblick"],
        "fr": ["Bistrot des Halles"],
        "es": ["Coctelería Azahar"],
    }
    first_day = 2  # Wednesday 14 October
    last_calls = ["email", "phone", "phone", "phone", "phone"]
    rng.shuffle(last_calls)
    risk_i = 0

    def office(ts: datetime) -> datetime:
        while ts.weekday() >= 5 or ts.hour >= 17 or ts.hour < 8:
            if ts.hour >= 17 or ts.weekday() >= 5:
                ts = (ts + timedelta(days=1)).replace(hour=8, minute=rng.randint(5, 55))
            else:
                ts = ts.replace(hour=8, minute=rng.randint(5, 55))
        return ts

    def routine(c: Cust, day: int, allow_score: bool) -> None:
        ts = f.t(day, rng.uniform(8, 16.5))
        kind = rng.choice(
            ["chat", "buy", "view", "praise", "survey"] if allow_score else ["chat", "buy", "view"]
        )
        if kind == "chat":
            q, a = rng.choice(W.B2B_CHAT_Q[c.lang])
            f.add(c, ts, "chat", "chat", q)
            f.add(c, ts + timedelta(minutes=rng.randint(1, 6)), "chat", "chat", a, out=True)
            if rng.random() < 0.5:
                f.add(
                    c,
                    ts + timedelta(minutes=rng.randint(7, 10)),
                    "chat",
                    "chat",
                    f.pick(W.THANKS, c.lang),
                )
        elif kind == "buy":
            f.purchase(c, ts, b2b=True)
        elif kind == "view":
            f.add(c, ts, "web", "page_view", attrs={"page": rng.choice(W.B2B_PAGES)})
        elif kind == "praise":
            f.add(c, ts, "community", "post", f.pick(W.B2B_PRAISE, c.lang))
        else:
            f.survey_happy(c, ts)

    for kind, lang, market, site, ncontacts, ncompl, problem in specs:
        company = names[lang].pop(0)
        acc = f.unique(lambda market=market: f"GVH-{market}-{rng.randint(1000, 9999)}")
        domain = strip_accents(company).lower().replace(" ", "") + ".example"
        contacts: list[Cust] = []
        seen_first: set[str] = set()
        for k in range(ncontacts):
            if kind == "at_risk" and k < ncompl:
                exp = ["repeat_contact"] if k == ncompl - 1 else ["detractor"]
                c = f.person(
                    lang,
                    "b2b_unhappy",
                    "complainer",
                    exp,
                    TOL_B2B_UNHAPPY,
                    market=market,
                    account=acc,
                    domain=domain,
                )
                role = "complainer"
            elif kind == "one_unhappy" and k == 0:
                c = f.person(
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    TOL_B2B_ONE,
                    market=market,
                    account=acc,
                    domain=domain,
                )
                role = "complainer"
            elif kind == "mild" and k < 2:
                c = f.person(
                    lang, "b2b_mild", "suggests", [], SIL, market=market, account=acc, domain=domain
                )
                role = "suggests"
            else:
                c = f.person(
                    lang, "b2b_happy", "contact", [], [], market=market, account=acc, domain=domain
                )
                role = "contact"
            fn = c.name.split()[0]
            while fn in seen_first:
                fn = rng.choice(W.FIRST[lang])
                c.name = fn + " " + c.name.split()[-1]
                c.truth["name"] = c.name
            seen_first.add(fn)
            c.truth.update(
                {
                    "company": company,
                    "role": role,
                    "job_title": rng.choice(
                        [
                            "Bar manager",
                            "Owner",
                            "Purchasing",
                            "Head chef",
                            "Operations",
                            "Accounts",
                        ]
                    ),
                }
            )
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
        unhappy: list[str] = []
        trouble: str | None = None
        if kind == "at_risk" and problem:
            case = f.case()
            ts = f.t(first_day, rng.uniform(8.5, 11))
            first_name = contacts[0].name.split()[0]
            weekday = W.WEEKDAY[lang][ts.weekday()]
            for k in range(ncompl):
                c = contacts[k]
                for _ in range(rng.randint(0, 2)):
                    routine(c, rng.randint(0, 1), False)
                if k > 0:
                    ts = office(ts + timedelta(hours=rng.uniform(8, 28)))
                if k == 0:
                    text = W.B2B_COMPLAINT[problem][lang][0]
                    eid = f.add(
                        c,
                        ts,
                        "email",
                        "message",
                        text,
                        subject=f"{company}: " + fill(W.SUBJECT_COMPLAINT[lang][0], case=case),
                    )
                    f.reply_email(
                        c,
                        ts + timedelta(minutes=rng.randint(15, 60)),
                        fill(f.pick(W.B2B_ACK, lang), case=case),
                        fill(W.RE_SUBJECT[lang][0], case=case),
                    )
                    trouble = iso(ts)
                else:
                    text = fill(
                        f.pick(W.B2B_LATER, lang),
                        case=case,
                        first=first_name,
                        day=weekday,
                        problem=W.B2B_COMPLAINT[problem][lang][-1],
                    )
                    eid = f.add(
                        c,
                        ts,
                        "email",
                        "message",
                        text,
                        subject=fill(W.RE_SUBJECT[lang][0], case=case),
                    )
                ids = [eid]
                if k < ncompl - 1:
                    f.low_survey(c, ts + timedelta(hours=rng.uniform(1, 3)), "nps", lang)
                else:
                    lts = office(ts + timedelta(hours=rng.uniform(18, 40)))
                    how = last_calls[risk_i]
                    comp = rng.choice(W.COMPETITORS)
                    if how == "email":
                        ids.append(
                            f.add(
                                c,
                                lts,
                                "email",
                                "message",
                                fill(f.pick(W.B2B_LAST_EMAIL, lang), case=case, comp=comp),
                                subject=fill(W.RE_SUBJECT[lang][0], case=case),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(
                                c,
                                lts,
                                "phone",
                                "call",
                                fill(f.pick(W.B2B_LAST_CALL, lang), case=case),
                            )
                        )
                    risk_i += 1
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(ts),
                    }
                )
                unhappy.append(c.key)
        elif kind == "one_unhappy" and problem:
            c = contacts[0]
            for _ in range(rng.randint(0, 2)):
                routine(c, rng.randint(0, 1), False)
            case = f.case()
            ts = office(f.t(rng.randint(3, 7), rng.uniform(8.5, 16)))
            eid = f.add(
                c,
                ts,
                "email",
                "message",
                W.B2B_COMPLAINT[problem][lang][0],
                subject=f"{company}: " + fill(W.SUBJECT_COMPLAINT[lang][0], case=case),
            )
            f.reply_email(
                c,
                ts + timedelta(minutes=rng.randint(15, 60)),
                fill(f.pick(W.B2B_ACK, lang), case=case),
                fill(W.RE_SUBJECT[lang][0], case=case),
            )
            f.low_survey(c, ts + timedelta(hours=rng.uniform(1, 3)), "nps", lang)
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(ts),
                }
            )
            unhappy.append(c.key)
        elif kind == "mild":
            for k in range(2):
                c = contacts[k]
                for _ in range(rng.randint(0, 2)):
                    routine(c, rng.randint(0, 1), False)
                ts = office(f.t(rng.randint(2, 9), rng.uniform(8, 16)))
                mid = f.add(
                    c,
                    ts,
                    "web",
                    "ticket",
                    W.B2B_SUGGEST[lang][k % len(W.B2B_SUGGEST[lang])],
                    attrs={"page": "/horeca/portal/feedback"},
                )
                f.reply_email(
                    c, ts + timedelta(minutes=rng.randint(30, 180)), f.pick(W.B2B_IDEA_ACK, lang)
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(ts)})
        for c in contacts:
            if c.truth["role"] == "contact":
                for day in f.days_apart(rng.randint(2, 5), 0, 11):
                    if f.t(day, 0).weekday() < 5:
                        routine(c, day, True)
                if not any(r.cust is c for r in f.rows):
                    routine(c, 0, True)
        at_risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if at_risk else None,
            "trouble_starts_at": trouble if at_risk else None,
            "language": lang,
            "country": market,
        }
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam("topic_spike", "TS", 8, d(11, 2), 7, "a calm week and one planted incident")
    rng = f.rng
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer")
        for day in f.days_apart(rng.randint(1, 4), 0, 5):
            h = rng.uniform(12, 19) if day == 5 else rng.uniform(7, 20)
            f.happy(c, f.t(day, h))
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], SIL)
        q, a = rng.choice(W.MILD_GRUMBLE[c.lang])
        ts = f.t(0, rng.uniform(9, 17))
        gid = f.add(c, ts, "chat", "chat", q)
        f.add(c, ts + timedelta(minutes=rng.randint(1, 5)), "chat", "chat", a, out=True)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(ts)})
    for lang, hour in [("it", 9 + 40 / 60), ("pt", 16 + 5 / 60)]:
        c = f.person(lang, "grumbles_once", "lone question", [], SIL)
        q, a = W.LONE_QUESTION[lang][0]
        ts = f.start + timedelta(days=4, hours=hour)
        lid = f.add(c, ts, "chat", "chat", q)
        f.add(c, ts + timedelta(minutes=rng.randint(2, 6)), "chat", "chat", a, out=True)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(ts)})
    langs = ["it"] * 6 + ["pt"] * 6 + ["en", "en", "fr", "fr", "de", "de", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    spike0 = f.start + timedelta(days=5, hours=9, minutes=5)
    offsets = sorted([0.0, 45.0] + [rng.uniform(1, 44) for _ in range(18)])
    reporters: list[tuple[Cust, str, datetime, str]] = []
    used_variant: dict[str, int] = {}
    for i in range(20):
        c = f.person(langs[i], "spike_reporter", "regular" if regular[i] else "new", [], SIL)
        if regular[i]:
            for _ in range(rng.randint(1, 2)):
                f.happy(
                    c, f.t(2, rng.uniform(8, 17.5)), ["praise", "buy", "view", "chat", "review"]
                )
        ts = spike0 + timedelta(minutes=offsets[i])
        k = used_variant.get(c.lang, 0)
        used_variant[c.lang] = k + 1
        text, _ = W.SPIKE_REPORT[c.lang][k % len(W.SPIKE_REPORT[c.lang])]
        ch = chans[i]
        if ch == "chat":
            eid = f.add(c, ts, "chat", "chat", text)
            f.add(
                c,
                ts + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_ANSWER, c.lang),
                out=True,
            )
        elif ch == "email":
            eid = f.add(
                c,
                ts,
                "email",
                "message",
                text,
                subject={"it": "Impossibile ordinare", "pt": "Não consigo encomendar"}.get(
                    c.lang, "Checkout"
                ),
            )
        elif ch == "web":
            eid = f.add(c, ts, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            eid = f.add(c, ts, ch, "mention" if ch == "social" else "post", text)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(ts),
            }
        )
        reporters.append((c, ch, ts, eid))
    early = [r for r in reporters if r[2] <= spike0 + timedelta(minutes=30)]
    repeaters = rng.sample(early, 6)
    again_ch = ["email", "email", "chat", "chat", "community", "community"]
    repeat_ids = []
    for (c, ch, ts, _eid), ch2 in zip(repeaters, again_ch, strict=True):
        if ch2 == ch:
            ch2 = "email" if ch != "email" else "community"
        rts = ts + timedelta(minutes=rng.uniform(10, 60))
        text = f.pick(W.SPIKE_REPEAT, c.lang)
        if ch2 == "email":
            rid = f.add(c, rts, "email", "message", text, subject="SFT-714")
        elif ch2 == "chat":
            rid = f.add(c, rts, "chat", "chat", text)
            f.add(
                c,
                rts + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_ANSWER, c.lang),
                out=True,
            )
        else:
            rid = f.add(c, rts, "community", "post", text)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": sorted(TOL_SPIKE_REPEAT),
                "repeat_event_id": rid,
            }
        )
        repeat_ids.append(rid)
    others = [r for r in reporters if r not in repeaters]
    for c, _ch, _ts, _eid in rng.sample(others, 6):
        f.reply_email(
            c, spike0.replace(hour=11, minute=rng.randint(48, 57)), f.pick(W.SPIKE_FIXED, c.lang)
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "app and web checkout stuck at the dry-ice safety step (tick box clears itself), no order of any kind can be placed, error SFT-714",
        "about": "the planted incident: checkout blocked for every order on a Saturday morning",
        "channel": None,
        "start": iso(min(r[2] for r in reporters)),
        "end": iso(max(r[2] for r in reporters)),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[3] for r in reporters],
        "repeat_event_ids": repeat_ids,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})


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
        build()


if __name__ == "__main__":
    main()
