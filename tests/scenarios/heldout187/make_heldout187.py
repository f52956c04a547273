# ruff: noqa: E501
"""Build heldout187/ (Colchavo), the hundred-and-eighty-seventh hand-written alert set.

Standard library only; fixed seed; one random.Random per family. Never tune on its output.
Run: python make_heldout187.py (from anywhere).
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261206
COMPETITORS = ("Dormelio", "Schlafkant")
CODE = "NCH-718"
SOURCES = {
    "email": "colchavo-mail",
    "phone": "colchavo-voice",
    "social": "colchavo-social",
    "community": "colchavo-forum",
    "chat": "colchavo-chat",
    "web": "colchavo-web",
    "survey": "colchavo-survey",
}
USED: set[str] = set()


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
    persona: str
    habit: str
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


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
    scores: dict[str, int]
    attrs: dict[str, str]


def ascii_only(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
    s = s.replace("Ö", "Oe").replace("Ü", "Ue")
    keep = {"ß", "ñ", "Ñ"}
    out = []
    for ch in s:
        if ch in keep:
            out.append(ch)
        else:
            out.append(unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or ch)
    return "".join(c for c in out if not unicodedata.combining(c))


class Fam:
    def __init__(self, name: str, code: str, start: date, n: int) -> None:
        self.name = name
        self.code = code
        self.start = datetime(start.year, start.month, start.day, tzinfo=UTC)
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0
        self.expected: dict[str, int] = {}

    # ------------------------------------------------------------- people --
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
        market: str | None = None,
        account: str | None = None,
        company_domain: str | None = None,
    ) -> Cust:
        r = self.rng
        mk = market or r.choice(W.MARKETS[lang])
        first = r.choice(W.FIRST_NAMES[lang])
        sur = r.choice(W.SURNAMES[lang])
        key = self.unique(lambda: f"CV{self.code}{r.randint(1000, 9999)}")
        f_a = ascii_only(first).lower().replace(" ", "")
        s_a = ascii_only(sur).lower()
        if company_domain:
            email = self.unique(
                lambda: f"{f_a}.{s_a}{r.choice(['', '', str(r.randint(2, 9))])}@{company_domain}"
            )
            handle = None
        else:
            dom = r.choice(["correo", "posteo", "mailbox", "netz", "inbox"])
            email = self.unique(lambda: f"{f_a}.{s_a}{r.randint(1, 99)}@{dom}.example")
            handle = self.unique(
                lambda: r.choice(
                    [f"@{s_a}_{f_a}{r.randint(1, 9)}", f"@{f_a}{s_a}{r.randint(10, 99)}"]
                )
            )
        pre = W.PHONE_PREFIX[mk]
        phone = self.unique(lambda: pre + "".join(str(r.randint(0, 9)) for _ in range(8)))
        c = Cust(key, lang, mk, f"{first} {sur}", email, phone, handle, account, persona, habit)
        self.custs[key] = c
        return c

    # ------------------------------------------------------------- events --
    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = ascii_only(text)
        if r.random() < 1 / 8 and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.count += 1
        eid = f"h187-{self.code.lower()}-{self.count:05d}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        if text is not None and direction == "inbound" and channel not in ("phone", "survey"):
            text = self.roughen(text)
            if channel == "social" and not c.account:
                if "Colchavo" in text:
                    k = text.rfind("Colchavo")
                    text = text[:k] + "@" + text[k:]
                else:
                    text = "@Colchavo " + text
        self.rows.append(Row(t, eid, c, channel, kind, direction, text, subject, scores or {}, a))
        return eid

    def at(self, day: int, hour: float) -> datetime:
        return self.start + timedelta(days=day, seconds=int(hour * 3600))

    def day_time(self, day: int, lo: float = 7.0, hi: float = 21.0) -> datetime:
        return self.at(day, self.rng.uniform(lo, hi))

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def fill(self, s: str, c: Cust, case: str = "", comp: str = "") -> str:
        first = c.name.split(" ")[0]
        return (
            s.replace("CASE", case)
            .replace("NAME", first)
            .replace("COMP", comp)
            .replace("CODE", CODE)
        )

    def case_ref(self) -> str:
        return self.unique(lambda: f"CV-{self.rng.randint(100000, 999999)}")

    # --------------------------------------------------------- happy acts --
    def happy_act(self, c: Cust, t: datetime, surveys: bool = True) -> None:
        r = self.rng
        lang = c.lang
        kinds = ["praise", "gripe", "question", "call", "purchase", "review", "view"]
        if surveys:
            kinds.append("survey")
        k = r.choice(kinds)
        agent = {"agent": r.choice(["Marta", "Jonas", "Hannah"])}
        if k == "praise":
            ch = r.choice(["social", "community"])
            self.add(
                c, t, ch, "post" if ch == "community" else "mention", self.pick(W.PRAISE, lang)
            )
        elif k == "gripe":
            self.add(c, t, "community", "post", self.pick(W.PRAISE_GRIPE, lang))
        elif k == "question":
            self.add(c, t, "chat", "chat", self.pick(W.QUESTION, lang))
            t2 = t + timedelta(minutes=r.randint(1, 6))
            self.add(c, t2, "chat", "chat", self.pick(W.ANSWER, lang), "outbound", attrs=agent)
            if r.random() < 0.6:
                self.add(
                    c,
                    t2 + timedelta(minutes=r.randint(1, 4)),
                    "chat",
                    "chat",
                    self.pick(W.THANKS, lang),
                )
        elif k == "call":
            self.add(c, t, "phone", "call", self.pick(W.CALL_QUESTION, lang))
            t2 = t + timedelta(minutes=r.randint(10, 40))
            self.add(c, t2, "email", "message", self.pick(W.ANSWER, lang), "outbound", attrs=agent)
        elif k in ("purchase", "view"):
            prod, price = r.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": "/producto"})
            if k == "purchase":
                cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
                val = (
                    f"{float(price) * (0.86 if cur == 'GBP' else 0.94 if cur == 'CHF' else 1):.2f}"
                )
                attrs = {"order_value": val, "currency": cur, "product": prod, "page": "/checkout"}
                self.add(c, t + timedelta(minutes=r.randint(3, 20)), "web", "purchase", attrs=attrs)
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.REVIEW, lang),
                attrs={"rating": "5", "page": "/opiniones"},
            )
        else:
            self.survey(c, t, "nps", r.randint(9, 10))

    def survey(self, c: Cust, t: datetime, which: str, value: int, word: str | None = None) -> str:
        text = word if word is not None else self.pick(W.SURVEY_WORD, c.lang)
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            text or None,
            scores={which: value},
            attrs={"survey": which},
        )

    def happy_days(
        self,
        c: Cust,
        n: int,
        days: list[int],
        lo: float = 7.0,
        hi: float = 20.0,
        surveys: bool = True,
    ) -> None:
        for d in self.rng.sample(days, min(n, len(days))):
            self.happy_act(c, self.day_time(d, lo, hi), surveys)

    def morning(self, t: datetime) -> datetime:
        """Out of the night (22-07 UTC) to 08:00-09:00."""
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        elif t.hour < 7:
            t = t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    # ---------------------------------------------------------- troubles --
    def complaint(
        self, c: Cust, t: datetime, problem: str, channel: str, long_mail: bool = False
    ) -> str:
        lang = c.lang
        text = self.pick(W.PROBLEMS[problem], lang)
        subj = None
        if channel == "email":
            subj = W.COMPLAINT_SUBJECT[lang] + W.PROBLEM_TOPIC[problem]
            if long_mail:
                text = (
                    self.pick(W.LONG_EMAIL, lang)
                    .replace("PROBLEM", text.rstrip("."))
                    .replace("NAME", c.name.split(" ")[0])
                )
            return self.add(c, t, "email", "message", text, subject=subj)
        if channel == "phone":
            spoken = (
                text.lower().replace("!", "").replace("?", "").replace(",", "").replace(".", "")
            )
            line = self.pick(W.CALL_COMPLAINT, lang).replace("PROBLEM", spoken)
            return self.add(c, t, "phone", "call", line)
        if channel == "chat":
            return self.add(c, t, "chat", "chat", text)
        if channel == "social":
            return self.add(c, t, "social", "mention", "Colchavo " + text)
        return self.add(c, t, "web", "ticket", text, attrs={"page": "/contacto"})

    def agent(
        self, c: Cust, t: datetime, table: dict[str, list[str]], case: str, channel: str = "email"
    ) -> str:
        text = self.fill(self.pick(table, c.lang), c, case)
        subj = W.RE_SUBJECT[c.lang].replace("CASE", case) if channel == "email" else None
        kind = "chat" if channel == "chat" else "message"
        return self.add(
            c,
            t,
            channel,
            kind,
            text,
            "outbound",
            subj,
            attrs={"agent": "Marta" if c.lang == "es" else "Jonas"},
        )

    # ----------------------------------------------------------- writing --
    def write(self) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r.t, r.eid))
        seen: set[str] = set()
        lines = []
        for r in self.rows:
            c = r.cust
            full = {"customer_id": c.key, "email": c.email, "phone": c.phone, "handle": c.handle}
            ref: dict[str, str | None]
            if r.direction == "outbound" or (c.key not in seen):
                ref = dict(full)
            elif r.channel == "phone":
                ref = {"phone": c.phone}
            elif r.channel in ("social", "community"):
                ref = {"handle": c.handle} if c.handle else {"email": c.email}
            elif r.channel == "email":
                ref = {"email": c.email}
            else:
                ref = {"customer_id": c.key}
            if r.direction == "inbound":
                seen.add(c.key)
            ref["account_id"] = c.account
            out = {k: v for k, v in ref.items() if v is not None}
            rec: dict[str, Any] = {
                "event_id": r.eid,
                "occurred_at": r.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": r.channel,
                "kind": r.kind,
                "direction": r.direction,
                "customer": out,
                "text": r.text,
                "subject": r.subject,
                "scores": r.scores,
                "source": SOURCES[r.channel],
                "attributes": r.attrs,
            }
            assert (
                r.t.year == 2026 and r.t < datetime(2026, 11, 15, tzinfo=UTC) and r.t >= self.start
            )
            lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        last = self.rows[-1].t + timedelta(hours=1)
        customers = {}
        counts: dict[str, int] = {}
        for c in self.custs.values():
            assert not set(c.expected) & set(c.tolerated), c.key
            assert c.key in seen, c.key
            for rule in c.expected:
                counts[rule] = counts.get(rule, 0) + 1
            customers[c.key] = {
                "identifiers": {
                    "customer_id": c.key,
                    "email": c.email.lower(),
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
                "name": c.name,
                **c.extra,
            }
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        assert counts == self.expected, (self.name, counts, self.expected)
        truth = {
            "config": {
                "family": self.name,
                "business": "Colchavo (mattresses and bedding, 100-night trial; Colchavo Hotel on account)",
                "seed": SEED,
                "written": "2026-12-06, blind",
                "expected": counts,
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": last.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (HERE / f"{self.name}.truth.json").write_text(text, encoding="utf-8")
        replies = sum(1 for r in self.rows if r.direction == "outbound")
        return len(self.custs), len(self.rows), replies


def lang_of(r: random.Random) -> str:
    langs: list[str] = list(W.LANGS)
    return r.choices(langs, weights=[30, 30, 10, 10, 10, 10])[0]


TOL_ALL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]


# ------------------------------------------------------------------ families --
def happy_writers(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person(lang_of(r), "happy", "day writer")
        f.happy_days(c, r.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person(lang_of(r), "happy", "night writer")
        for d in r.sample(range(9), r.randint(2, 4)):
            t = f.at(d, r.uniform(22.2, 28.5))
            if r.random() < 0.5:
                f.add(c, t, r.choice(["social", "community"]), "post", f.pick(W.NIGHT_POST, c.lang))
            else:
                f.add(c, t, "chat", "chat", f.pick(W.NIGHT_QUESTION, c.lang))
                t2 = t + timedelta(minutes=r.randint(1, 5))
                f.add(
                    c,
                    t2,
                    "chat",
                    "chat",
                    f.pick(W.NIGHT_ANSWER, c.lang),
                    "outbound",
                    attrs={"agent": "Noa"},
                )
                f.add(c, t2 + timedelta(minutes=2), "chat", "chat", f.pick(W.THANKS, c.lang))
        f.happy_days(c, r.randint(2, 3), list(range(10)), 9, 18, surveys=False)
    for _ in range(5):
        c = f.person(lang_of(r), "happy", "answers surveys")
        for d in r.sample(range(10), r.randint(3, 6)):
            which = r.choice(["nps", "csat", "ces"])
            val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
            f.survey(c, f.day_time(d, 8, 20), which, val)
    f.expected = {}


def one_bad_day(f: Fam) -> None:
    r = f.rng
    problems = list(W.PROBLEMS)
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    long_langs = ["es", "es", "de", "de"]
    with_case: list[tuple[Cust, datetime, str]] = []
    for i, ch in enumerate(chans):
        lang = long_langs.pop() if ch == "long" else lang_of(r)
        c = f.person(lang, "happy_one_bad_day", "one bad day")
        c.tolerated = ["silence"]
        bad_day = r.randint(2, 9)
        t = f.day_time(bad_day, 8, 20)
        problem = problems[i % 6]
        eid = f.complaint(c, t, problem, "email" if ch == "long" else ch, long_mail=ch == "long")
        c.extra.update(
            {
                "problem": problem,
                "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "bad_day_event_id": eid,
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
        days = [d for d in range(12) if d < bad_day - 1 or d > bad_day + 2]
        f.happy_days(c, r.randint(1, 5), days, surveys=False)
        if ch == "social":
            c.extra["booking"] = None
            continue
        case = f.case_ref()
        c.extra["booking"] = case
        if ch == "chat":
            f.agent(c, t + timedelta(minutes=r.randint(2, 6)), W.CASE_OPENED, case, "chat")
        else:
            f.agent(c, t + timedelta(minutes=r.randint(10, 40)), W.CASE_OPENED, case)
        with_case.append((c, t, case))
    r.shuffle(with_case)
    for j, (c, t, case) in enumerate(with_case):
        if j < 6:
            v = r.randint(1, 5)
            c.extra.update(
                {
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": f.survey(
                        c, t + timedelta(minutes=r.randint(100, 140)), "nps", v, ""
                    ),
                }
            )
            c.persona = "bad_day_detractor"
            c.expected = ["detractor"]
        elif j < 11:
            v = r.randint(1, 2)
            c.extra.update(
                {
                    "csat_given": True,
                    "csat": v,
                    "survey_event_id": f.survey(
                        c, t + timedelta(minutes=r.randint(40, 80)), "csat", v
                    ),
                }
            )
        if j % 20 < 12 and j >= 3:
            g = f.morning(t + timedelta(hours=r.uniform(1, 4)))
            f.agent(c, g, W.GOOD_NEWS, case)
            c.extra["agent_fixed"] = True
            if j >= 10:
                a = f.morning(t + timedelta(hours=r.uniform(16, 24)))
                ch = r.choice(["chat", "email"])
                eid = f.add(
                    c, a, ch, "chat" if ch == "chat" else "message", f.pick(W.APOLOGY, c.lang)
                )
                c.extra.update({"apologised": True, "apology_event_id": eid})
    for _ in range(8):
        c = f.person(lang_of(r), "happy", "control")
        f.happy_days(c, r.randint(4, 7), list(range(12)), surveys=False)
    f.expected = {"detractor": 6}


def repeat_run(
    f: Fam,
    c: Cust,
    day: int,
    contacts: int,
    problem: str,
    escalate: bool,
    langs: list[str] | None = None,
) -> None:
    r = f.rng
    t = f.day_time(day, 8, 19)
    chans = ["email", "chat", "phone", "web", "social"]
    first_ch = r.choice(["web", "email", "chat"])
    case = f.case_ref()
    lang0 = c.lang
    first_t = t
    eids = [f.complaint(c, t, problem, first_ch)]
    if first_ch == "chat":
        f.agent(c, t + timedelta(minutes=3), W.CASE_OPENED, case, "chat")
    if escalate:
        f.agent(c, t + timedelta(hours=r.uniform(1.5, 2.5)), W.ESCALATED, case)
    elif first_ch != "chat":
        f.agent(c, t + timedelta(minutes=r.randint(10, 40)), W.CASE_OPENED, case)
    others = [ch for ch in chans if ch != first_ch]
    r.shuffle(others)
    comp = r.choice(COMPETITORS)
    for k in range(2, contacts + 1):
        if langs:
            c.lang = langs[(k - 1) % len(langs)]
        t = f.morning(t + timedelta(hours=r.uniform(4, 40)))
        ch = others[k - 2]
        base = f.pick(W.PROBLEMS[problem], c.lang).rstrip(".")
        text = f.fill(f.pick(W.LATER_CONTACT, c.lang), c, case).replace("PROBLEM", base)
        if k == 3:
            text += f.fill(f.pick(W.THIRD_LINE, c.lang), c, comp=comp)
        if k == 4:
            text += f.pick(W.FOURTH_LINE, c.lang)
        if ch == "phone":
            spoken = (
                text.lower().replace(".", "").replace(",", "").replace(":", "").replace("?", "")
            )
            eids.append(f.add(c, t, "phone", "call", spoken.replace(case.lower(), case)))
        elif ch == "email":
            eids.append(
                f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=W.RE_SUBJECT[c.lang].replace("CASE", case),
                )
            )
        elif ch == "chat":
            eids.append(f.add(c, t, "chat", "chat", text))
            f.agent(c, t + timedelta(minutes=3), W.ADDED_TO_CASE, case, "chat")
        elif ch == "social":
            eids.append(f.add(c, t, "social", "mention", text))
        else:
            eids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/contacto"}))
    c.lang = lang0
    c.extra.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": contacts,
            "agent_passed_on": escalate,
            "problem_event_ids": eids,
            "competitor": comp if contacts >= 3 else None,
            "trouble_starts_at": first_t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    )


def fixed_case(f: Fam, c: Cust, day: int, problem: str, lang2: str | None = None) -> dict[str, Any]:
    r = f.rng
    t = f.day_time(day, 8, 18)
    case = f.case_ref()
    ch = r.choice(["web", "email"])
    eid = f.complaint(c, t, problem, ch)
    f.agent(c, t + timedelta(minutes=r.randint(10, 40)), W.CASE_OPENED, case)
    g = f.morning(t + timedelta(hours=r.uniform(3, 20)))
    f.agent(c, g, W.GOOD_NEWS, case)
    lang0 = c.lang
    if lang2:
        c.lang = lang2
    conf_ch = r.choice(["email", "chat"])
    ct = f.morning(g + timedelta(hours=r.uniform(8, 30)))
    subj = W.RE_SUBJECT[c.lang].replace("CASE", case) if conf_ch == "email" else None
    ceid = f.add(
        c,
        ct,
        conf_ch,
        "message" if conf_ch == "email" else "chat",
        f.fill(f.pick(W.CONFIRM, c.lang), c, case),
        subject=subj,
    )
    c.lang = lang0
    return {
        "problem": problem,
        "booking": case,
        "raised_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "confirmed_at": ct.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": ch,
        "confirm_channel": conf_ch,
    }


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    problems = list(W.PROBLEMS)
    for i, n in enumerate([2] * 4 + [3] * 4 + [4] * 4):
        c = f.person(lang_of(r), "repeat_contact", "repeats")
        c.expected = ["repeat_contact"]
        c.tolerated = list(TOL_ALL)
        for _ in range(r.randint(1, 3)):
            f.happy_act(c, f.day_time(0, 7, 12), surveys=False)
        repeat_run(f, c, r.randint(1, 4), n, problems[i % 6], escalate=i % 2 == 0)
    for i in range(5):
        c = f.person(lang_of(r), "resolved_between_contacts", "fixed")
        c.tolerated = ["silence"]
        c.extra["problems"] = [fixed_case(f, c, r.randint(1, 5), problems[i])]
        f.happy_days(c, 2, [0, 8, 9], surveys=False)
    for i in range(3):
        c = f.person(lang_of(r), "different_problems", "two problems")
        c.tolerated = ["silence"]
        d = r.randint(0, 2)
        c.extra["problems"] = [
            fixed_case(f, c, d, problems[i]),
            fixed_case(f, c, d + r.randint(4, 5), problems[i + 3]),
        ]
    for _ in range(7):
        c = f.person(lang_of(r), "happy", "frequent writer")
        f.happy_days(c, r.randint(5, 8), list(range(10)), surveys=False)
    f.expected = {"repeat_contact": 12}


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str] | None = None) -> list[str]:
    r = f.rng
    comp = r.choice(COMPETITORS)
    eids: list[str] = []
    t = f.day_time(start_day, 9, 18)
    lang0 = c.lang
    for step in range(6):
        if langs:
            c.lang = langs[step % len(langs)]
        if step:
            t = f.morning(
                max(t + timedelta(hours=1), f.day_time(start_day + round(step * span / 5), 9, 20))
            )
        text = f.fill(W.SLIDE[c.lang][step], c, comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            eids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][step]), "page": "/opiniones"},
                )
            )
        else:
            eids.append(
                f.add(
                    c,
                    t,
                    ch,
                    "post" if ch == "community" else "mention",
                    "Colchavo: " + text if ch == "social" else text,
                )
            )
    c.lang = lang0
    c.extra.update({"slide_event_ids": eids, "slide_days": span, "competitor": comp})
    return eids


def slow_churners(f: Fam) -> None:
    r = f.rng
    for i, span in enumerate([3] + [5] * 5 + [9] * 4):
        c = f.person(lang_of(r), "slow_churner", "slides")
        c.expected = ["sentiment_drop"]
        c.tolerated = [
            "repeat_contact",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]
        for d in r.sample(range(11), r.randint(4, 5)):
            f.add(
                c,
                f.day_time(d, 8, 20),
                r.choice(["social", "community"]),
                "post",
                f.pick(W.PRAISE, c.lang),
            )
        f.happy_days(c, r.randint(2, 4), list(range(11)), surveys=False)
        d0 = r.randint(12, 16)
        eids = slide(f, c, d0, span)
        c.extra["trouble_starts_at"] = next(row.t for row in f.rows if row.eid == eids[0]).strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        )
        if i % 2 == 1:
            t4 = next(row.t for row in f.rows if row.eid == eids[3])
            v = r.randint(1, 5)
            c.extra.update(
                {
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": f.survey(
                        c, f.morning(t4 + timedelta(hours=r.uniform(2.5, 3.5))), "nps", v, ""
                    ),
                }
            )
            c.expected.append("detractor")
    for _ in range(5):
        c = f.person(lang_of(r), "slow_churner", "asks to cancel")
        c.expected = ["churn_intent"]
        c.tolerated = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
        f.happy_days(c, r.randint(4, 6), list(range(16)), surveys=False)
        t = f.day_time(r.randint(17, 23), 8, 19)
        e1 = f.add(c, t, "email", "message", f.pick(W.CANCEL, c.lang), subject="Colchavo Plus")
        f.agent(c, f.morning(t + timedelta(hours=r.uniform(1, 5))), W.SORRY_TO_GO, "Colchavo Plus")
        ct = f.morning(t + timedelta(hours=r.uniform(20, 30)))
        e2 = f.add(
            c, ct, "web", "cancellation", attrs={"page": "/cuenta/baja", "product": "Colchavo Plus"}
        )
        c.extra.update(
            {
                "churn_intent_event_id": e1,
                "cancellation_event_id": e2,
                "churn_at": ct.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
    for _ in range(6):
        c = f.person(lang_of(r), "happy", "steady")
        f.happy_days(c, r.randint(6, 10), list(range(32)), surveys=False)
    for _ in range(5):
        c = f.person(lang_of(r), "steadily_grumpy", "grumbles")
        c.tolerated = ["repeat_contact", "silence"]
        d = r.randint(0, 4)
        gids = []
        for _ in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web"])
            txt = f.pick(W.GRUMBLE, c.lang)
            if ch == "web":
                gids.append(
                    f.add(
                        c,
                        f.day_time(d, 8, 20),
                        "web",
                        "review",
                        txt,
                        attrs={"rating": "3", "page": "/opiniones"},
                    )
                )
            else:
                gids.append(
                    f.add(
                        c,
                        f.day_time(d, 8, 20),
                        ch,
                        "post" if ch == "community" else "mention",
                        "Colchavo " + txt if ch == "social" else txt,
                    )
                )
            d += r.randint(1, 3)
        c.extra["grumble_event_ids"] = gids
    for _ in range(5):
        c = f.person(lang_of(r), "happy_one_sarcastic_remark", "happy")
        c.tolerated = ["silence"]
        f.happy_days(c, r.randint(4, 6), list(range(16)), surveys=False)
        c.extra["sarcasm_event_id"] = f.add(
            c, f.day_time(r.randint(17, 28), 9, 20), "social", "mention", f.pick(W.SARCASM, c.lang)
        )
    f.expected = {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person(lang_of(r), "happy", "day writer")
        for d in r.sample(range(3), r.randint(1, 3)):
            f.happy_act(c, f.day_time(d, 7, 17.5), surveys=False)
    for i in range(4):
        c = f.person(lang_of(r), "grumbles_once", "grumbles once")
        c.tolerated = ["silence"]
        t = f.day_time(r.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/tiendas"})
        t2 = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            eid = f.add(c, t2, "chat", "chat", f.pick(W.MILD, c.lang))
            f.agent(c, t2 + timedelta(minutes=3), W.ACK, "", "chat")
        else:
            eid = f.add(c, t2, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/contacto"})
            f.agent(c, t2 + timedelta(minutes=30), W.ACK, "")
        c.extra["grumble_event_id"] = eid
    for night in range(3):
        b0 = f.at(night + 1, r.uniform(0.67, 1.08))
        for b, off in enumerate([0, r.uniform(28, 33), r.uniform(55, 65)]):
            start = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person(lang_of(r), "night_owl", f"night {night + 1}, burst {b + 1}")
                t = start + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    eid = f.add(
                        c,
                        t,
                        r.choice(["social", "community"]),
                        "post",
                        f.pick(W.NIGHT_POST, c.lang),
                    )
                else:
                    eid = f.add(c, t, "chat", "chat", f.pick(W.NIGHT_QUESTION, c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        f.pick(W.NIGHT_ANSWER, c.lang),
                        "outbound",
                        attrs={"agent": "Noa"},
                    )
                    f.add(c, t + timedelta(minutes=6), "chat", "chat", f.pick(W.THANKS, c.lang))
                c.extra.update(
                    {"burst_at": start.strftime("%Y-%m-%dT%H:%M:%SZ"), "night_event_id": eid}
                )
                if r.random() < 0.5:
                    f.happy_act(c, f.day_time(r.randint(0, 2), 9, 17.5), surveys=False)
    f.expected = {}


def bilingual(f: Fam) -> None:
    r = f.rng
    pairs = [
        ("es", "de"),
        ("de", "es"),
        ("es", "en"),
        ("de", "en"),
        ("de", "fr"),
        ("es", "pt"),
        ("es", "it"),
        ("de", "it"),
        ("fr", "es"),
        ("pt", "de"),
    ]

    def pair() -> tuple[str, str]:
        return r.choice(pairs)

    for _ in range(12):
        a, b = pair()
        c = f.person(a, "happy", "alternates languages")
        c.extra["languages"] = [a, b]
        for k, d in enumerate(r.sample(range(14), r.randint(5, 8))):
            c.lang = [a, b][k % 2]
            f.happy_act(c, f.day_time(d, 8, 20), surveys=False)
        c.lang = a
    problems = list(W.PROBLEMS)
    for i, n in enumerate([2, 2, 3, 3, 4]):
        a, b = pair()
        c = f.person(a, "repeat_contact", "repeats")
        c.extra["languages"] = [a, b]
        c.expected = ["repeat_contact"]
        c.tolerated = list(TOL_ALL)
        for _ in range(r.randint(1, 3)):
            f.happy_act(c, f.day_time(r.randint(0, 1), 8, 19), surveys=False)
        repeat_run(f, c, r.randint(2, 5), n, problems[i], escalate=n >= 3, langs=[a, b])
    for _ in range(5):
        a, b = pair()
        c = f.person(a, "slow_churner", "slides")
        c.extra["languages"] = [a, b]
        c.expected = ["sentiment_drop"]
        c.tolerated = [
            "repeat_contact",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]
        for k, d in enumerate(r.sample(range(6), 5)):
            lang = [a, b][k % 2]
            f.add(
                c,
                f.day_time(d, 8, 20),
                r.choice(["social", "community"]),
                "post",
                f.pick(W.PRAISE, lang),
            )
        f.happy_days(c, r.randint(1, 3), list(range(6)), surveys=False)
        slide(f, c, r.randint(7, 8), r.randint(3, 5), langs=[a, b])
    for i in range(3):
        a, b = pair()
        c = f.person(a, "happy_one_bad_day", "one bad day")
        c.extra.update({"languages": [a, b], "bad_day_language": b})
        c.tolerated = ["silence"]
        f.happy_days(c, r.randint(3, 5), [0, 1, 2, 3, 10, 11, 12], surveys=False)
        c.lang = "de" if i == 0 else b
        t = f.day_time(r.randint(5, 8), 9, 18)
        eid = f.complaint(c, t, problems[i + 2], "chat" if i == 2 else "email", long_mail=i == 0)
        case = f.case_ref()
        f.agent(c, t + timedelta(minutes=20), W.CASE_OPENED, case, "chat" if i == 2 else "email")
        if i < 2:
            f.agent(c, f.morning(t + timedelta(hours=r.uniform(1, 4))), W.GOOD_NEWS, case)
        if i == 1:
            f.add(
                c,
                f.morning(t + timedelta(hours=r.uniform(18, 24))),
                "chat",
                "chat",
                f.pick(W.APOLOGY, c.lang),
            )
        c.lang = a
        c.extra.update({"bad_day_event_id": eid, "booking": case})
    for i in range(2):
        a, b = pair()
        c = f.person(a, "resolved_between_contacts", "fixed")
        c.extra["languages"] = [a, b]
        c.tolerated = ["silence"]
        f.happy_days(c, 2, [0, 1, 12, 13], surveys=False)
        c.extra["problems"] = [fixed_case(f, c, r.randint(3, 8), problems[i + 4], lang2=b)]
    f.expected = {"repeat_contact": 5, "sentiment_drop": 5}


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    plan = [
        ("at_risk", "DE", "de", "invoice", 3),
        ("at_risk", "ES", "es", "portal", 3),
        ("at_risk", "DE", "de", "late_batch", 3),
        ("at_risk", "ES", "es", "overbilled", 4),
        ("at_risk", "FR", "fr", "invoice", 4),
        ("one_unhappy", "DE", "de", "portal", 1),
        ("one_unhappy", "ES", "es", "overbilled", 1),
        ("one_unhappy", "PT", "pt", "invoice", 1),
        ("one_unhappy", "IT", "it", "late_batch", 1),
        ("mild", "AT", "de", "", 0),
        ("mild", "ES", "es", "", 0),
        ("mild", "UK", "en", "", 0),
        ("happy", "DE", "de", "", 0),
        ("happy", "ES", "es", "", 0),
        ("happy", "IE", "en", "", 0),
    ]
    sites = ["hotel", "hostel", "residence", "clinic", "boarding_school", "holiday_flats"]
    for kind, mk, lang, problem, unhappy in plan:
        aid = f.unique(lambda mk=mk: f"CVH-{mk}-{r.randint(1000, 9999)}")
        site = r.choice(sites)
        company = f"{r.choice(['Hotel Aurora', 'Haus Lindenhof', 'Hostal Brisa', 'Residencia Olmo', 'Casa Vela', 'Pension Seeblick', 'Albergo Sole', 'The Harbour Inn'])} {r.randint(2, 99)}"
        dom = ascii_only(company).lower().replace(" ", "-") + ".example"
        n = {
            "at_risk": r.randint(max(4, unhappy + 1), 6),
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": r.randint(3, 4),
        }[kind]
        contacts: list[Cust] = []
        used_first: set[str] = set()
        for _ in range(n):
            while True:
                c = f.person(
                    lang, "b2b_happy", "contact", market=mk, account=aid, company_domain=dom
                )
                first = c.name.split(" ")[0]
                if first not in used_first:
                    used_first.add(first)
                    break
                del f.custs[c.key]
            c.extra.update(
                {
                    "company": company,
                    "role": "contact",
                    "job_title": r.choice(
                        [
                            "Front office manager",
                            "Housekeeping lead",
                            "Purchasing",
                            "General manager",
                        ]
                    ),
                }
            )
            contacts.append(c)
        for c in contacts:
            for _ in range(r.randint(0, 2) if c is not contacts[0] or kind == "happy" else 1):
                d = r.randint(0, 1) if kind != "happy" else r.randint(0, 11)
                t = f.at(d, r.uniform(8, 16.5))
                if t.weekday() >= 5:
                    continue
                if r.random() < 0.5:
                    f.add(c, t, "chat", "chat", f.pick(W.B2B_QUESTION, lang))
                    f.agent(c, t + timedelta(minutes=r.randint(1, 6)), W.ANSWER, "", "chat")
                else:
                    f.add(c, t, "web", "page_view", attrs={"page": "/portal/pedidos"})
                if kind == "happy" and r.random() < 0.4:
                    f.add(
                        c, t + timedelta(hours=2), "community", "post", f.pick(W.B2B_PRAISE, lang)
                    )
        unhappy_keys: list[str] = []
        expected: list[str] = []
        trouble = None
        if kind == "at_risk":
            case = f.case_ref()
            t = f.at(2, r.uniform(8.5, 11))
            trouble = t.strftime("%Y-%m-%dT%H:%M:%SZ")
            complainers = contacts[:unhappy]
            first_name = complainers[0].name.split(" ")[0]
            day_word = W.WEEKDAY[lang][t.weekday()]
            for k, c in enumerate(complainers):
                c.persona = "b2b_unhappy"
                c.habit = c.extra["role"] = "complainer"
                c.tolerated = [*TOL_ALL, "account_risk"]
                base = f.pick(B2B(problem), lang)
                text = (
                    base
                    if k == 0
                    else W.B2B_LATER[lang][0]
                    .replace("FIRST", first_name)
                    .replace("DAY", day_word)
                    .replace("CASE", case)
                    .replace("PROBLEM", base)
                )
                eid = f.add(
                    c, t, "email", "message", text, subject=W.COMPLAINT_SUBJECT[lang] + problem
                )
                if k == 0:
                    f.agent(c, t + timedelta(minutes=r.randint(20, 60)), W.CASE_OPENED, case)
                c.extra["complaint_event_ids"] = [eid]
                if k < len(complainers) - 1:
                    v = r.randint(1, 5)
                    c.extra.update(
                        {
                            "nps_given": True,
                            "nps": v,
                            "survey_event_id": f.survey(
                                c, t + timedelta(hours=r.uniform(1, 3)), "nps", v, ""
                            ),
                        }
                    )
                    c.expected = ["detractor"]
                else:
                    t2 = office(t + timedelta(hours=r.uniform(18, 40)))
                    c.extra["complaint_event_ids"].append(
                        f.add(
                            c, t2, "phone", "call", W.B2B_LAST_CALL[lang][0].replace("CASE", case)
                        )
                    )
                    c.expected = ["repeat_contact"]
                unhappy_keys.append(c.key)
                t = office(t + timedelta(hours=r.uniform(8, 28)))
            expected = ["account_risk"]
        elif kind == "one_unhappy":
            c = contacts[0]
            c.persona = "b2b_one_unhappy"
            c.habit = c.extra["role"] = "complainer"
            c.tolerated = ["sentiment_drop", "high_value_at_risk", "silence"]
            t = office(f.at(r.randint(3, 7), r.uniform(8.5, 15)))
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.pick(B2B(problem), lang),
                subject=W.COMPLAINT_SUBJECT[lang] + problem,
            )
            case = f.case_ref()
            f.agent(c, t + timedelta(minutes=r.randint(20, 60)), W.CASE_OPENED, case)
            v = r.randint(1, 5)
            c.extra.update(
                {
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": f.survey(c, t + timedelta(hours=2), "nps", v, ""),
                }
            )
            c.expected = ["detractor"]
            unhappy_keys.append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                c.persona = "b2b_mild"
                c.habit = c.extra["role"] = "suggests"
                c.tolerated = ["silence"]
                t = office(f.at(r.randint(3, 9), r.uniform(8, 16)))
                c.extra["mild_event_id"] = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick(W.B2B_SUGGEST, lang),
                    attrs={"page": "/portal/sugerencias"},
                )
                f.agent(c, t + timedelta(minutes=45), W.ACK, "")
        active = {row.cust.key for row in f.rows}
        for c in contacts:
            if c.key not in active:
                f.add(c, f.at(0, r.uniform(8, 16)), "web", "page_view", attrs={"page": "/portal"})
        f.accounts[aid] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": expected,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": mk,
        }
    f.expected = {"account_risk": 5, "detractor": 16, "repeat_contact": 5}


def B2B(problem: str) -> dict[str, list[str]]:
    table: dict[str, list[str]] = W.B2B_PROBLEMS[problem]
    return table


def office(t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        t = (
            (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
            if t.hour >= 8 or t.weekday() >= 5
            else t.replace(hour=8)
        )
    return t


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = f.person(lang_of(r), "happy", "day writer")
        for d in r.sample(range(6), r.randint(1, 4)):
            f.happy_act(c, f.day_time(d, 12, 19) if d == 5 else f.day_time(d, 8, 20), surveys=False)
    for _ in range(2):
        c = f.person(lang_of(r), "grumbles_once", "grumbles once")
        c.tolerated = ["silence"]
        t = f.day_time(0, 9, 17)
        c.extra["grumble_event_id"] = f.add(c, t, "chat", "chat", W.GRUMBLE[c.lang][-1])
        f.agent(c, t + timedelta(minutes=4), W.ACK, "", "chat")
    for lang, hour in (("es", 9.67), ("de", 16.1)):
        c = f.person(lang, "grumbles_once", "lone question")
        c.tolerated = ["silence"]
        t = f.at(4, hour)
        c.extra["lone_report_event_id"] = f.add(c, t, "chat", "chat", W.LONE_QUESTION[lang][0])
        f.agent(c, t + timedelta(minutes=5), W.LONE_ANSWER, "", "chat")
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 2 + ["web"] * 2
    r.shuffle(chans)
    s0 = f.at(5, 9 + 20 / 60)
    offsets = sorted([0, 45] + [r.randint(1, 44) for _ in range(17)])
    keys, eids, reps = [], [], []
    rep_idx = set(r.sample(range(12), 6))
    for i, (lang, ch, off) in enumerate(zip(langs, chans, offsets, strict=True)):
        regular = i % 3 != 2
        c = f.person(lang, "spike_reporter", "regular" if regular else "new")
        c.tolerated = ["silence"]
        if regular:
            f.happy_act(c, f.day_time(2, 8, 17.5), surveys=False)
        t = s0 + timedelta(minutes=off, seconds=r.randint(0, 50))
        text = f.fill(W.SPIKE[lang][i % len(W.SPIKE[lang])], c)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = f.add(
            c,
            t,
            ch,
            kind,
            "Colchavo " + text if ch == "social" else text,
            subject="App" if ch == "email" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                W.SPIKE_ANSWER[lang][0],
                "outbound",
                attrs={"agent": "Noa"},
            )
        keys.append(c.key)
        eids.append(eid)
        c.extra.update(
            {"in_spike": True, "regular": regular, "spike_event_id": eid, "spike_channel": ch}
        )
        if i in rep_idx:
            c.persona = "spike_repeater"
            c.expected = ["repeat_contact"]
            c.tolerated = ["silence", "sentiment_drop"]
            ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + timedelta(minutes=r.randint(10, 60))
            text2 = f.fill(f.pick(W.SPIKE_AGAIN, lang), c)
            rid = f.add(
                c, t2, ch2, {"email": "message", "chat": "chat", "community": "post"}[ch2], text2
            )
            reps.append(rid)
            c.extra["repeat_event_id"] = rid
        elif i % 4 == 1:
            local = "11:40" if c.market not in ("UK", "IE", "PT") else "10:40"
            txt = f.fill(W.SPIKE_FIXED[lang][0], c).replace("TIME", local)
            f.add(
                c,
                f.at(5, 11.2 + r.random() / 6),
                "email",
                "message",
                txt,
                "outbound",
                subject="App Colchavo",
                attrs={"agent": "Noa"},
            )
            c.extra["agent_fixed"] = True
    first_times = sorted(row.t for row in f.rows if row.eid in set(eids))
    f.spike = {
        "topic": f"mattress app shows every 100-night trial as expired, return button blocked, error {CODE}",
        "about": "the planted incident of heldout187",
        "channel": None,
        "start": first_times[0].strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": first_times[-1].strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.expected = {"topic_spike": 1, "repeat_contact": len(reps)}


FAMILIES = [
    ("happy_writers", "HW", date(2026, 3, 16), happy_writers),
    ("one_bad_day", "BD", date(2026, 4, 13), one_bad_day),
    ("repeat_contacts", "RC", date(2026, 5, 25), repeat_contacts),
    ("slow_churners", "SC", date(2026, 6, 29), slow_churners),
    ("quiet_hours", "QH", date(2026, 8, 21), quiet_hours),
    ("bilingual", "BL", date(2026, 9, 14), bilingual),
    ("b2b_accounts", "BB", date(2026, 10, 5), b2b_accounts),
    ("topic_spike", "TS", date(2026, 11, 2), topic_spike),
]


def main() -> None:
    totals = [0, 0, 0]
    for n, (name, code, start, build) in enumerate(FAMILIES, 1):
        assert start.weekday() == (4 if name == "quiet_hours" else 0), name
        f = Fam(name, code, start, n)
        build(f)
        got = f.write()
        print(name, *got)
        totals = [a + b for a, b in zip(totals, got, strict=True)]
    print("total", *totals)


if __name__ == "__main__":
    main()
