"""Build heldout182 (Archetta, instrument hire), written blind. Standard library only.

Run: python make_heldout182.py (from anywhere). Writes <family>.jsonl and <family>.truth.json.
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

import wording as W  # noqa: E402

SEED = 20261031
LANG_WEIGHTS = (30, 30, 10, 10, 10, 10)
SOURCE = {
    "email": "archetta-mail",
    "phone": "archetta-voice",
    "social": "archetta-social",
    "community": "archetta-forum",
    "chat": "archetta-chat",
    "web": "archetta-web",
    "survey": "archetta-survey",
}
DOMAIN = {
    "de": "postfach",
    "it": "posta",
    "en": "mailbox",
    "fr": "courriel",
    "pt": "correio",
    "es": "correo",
}
USED: set[str] = set()
HAPPY_TOL: tuple[str, ...] = ()
REPEAT_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
SLIDE_TOL = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
CANCEL_TOL = ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence")


def plain(text: str) -> str:
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    )


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


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
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    eid: str
    cust: Cust
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]


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
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    expected: dict[str, int] = field(default_factory=dict)
    count: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float, minute: float = 0.0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        return options[self.rng.randrange(len(options))]

    def lang(self) -> str:
        return str(self.rng.choices(W.LANGS, weights=LANG_WEIGHTS)[0])

    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        domain: str | None = None,
        **extra: Any,
    ) -> Cust:
        lg = lang or self.lang()
        market = self.pick(W.MARKETS[lg])
        first, last = self.pick(W.FIRST[lg]), self.pick(W.LAST[lg])
        key = self.unique(lambda: f"AR{self.code}{self.rng.randrange(1000, 10000)}")
        base = plain(f"{first}.{last}").lower().replace(" ", "")
        if domain:
            email = self.unique(
                lambda: f"{plain(first).lower()}.{self.rng.randrange(10, 99)}@{domain}"
            )
        else:
            email = self.unique(lambda: f"{base}{self.rng.randrange(1, 99)}@{DOMAIN[lg]}.example")
        cc, prefix, digits = W.PHONE[market]
        phone = self.unique(
            lambda: cc + prefix + "".join(str(self.rng.randrange(10)) for _ in range(digits))
        )
        handle = None
        if account is None and self.rng.random() < 0.7:
            handle = self.unique(
                lambda: "@" + plain(f"{last}_{first}").lower() + str(self.rng.randrange(1, 9))
            )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        truth.update(extra)
        c = Cust(key, lg, market, first, last, email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.count += 1
        eid = f"h182-{self.code.lower()}-{self.count:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.pick(W.AGENTS)
        a.update(attrs or {})
        self.rows.append(Row(t, eid, c, channel, kind, out, text, subject, scores or {}, a))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = plain(text)
        if r.random() < 0.125 and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if spots:
                i = spots[r.randrange(len(spots))]
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def agent(self, c: Cust, t: datetime, channel: str, template: str, **kw: str) -> str:
        text = template.format(agent=self.pick(W.AGENTS), first=c.first, **kw)
        kind = "chat" if channel == "chat" else "message"
        return self.add(c, t, channel, kind, text, out=True)

    def ref(self, c: Cust, row: Row, full: bool) -> dict[str, str | None]:
        ids: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            ids.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
        elif row.channel == "phone":
            ids["phone"] = (
                c.phone[: len(c.phone) - 9] + " " + c.phone[len(c.phone) - 9 :]
                if self.rough.random() < 0.5
                else c.phone
            )
        elif row.channel in ("social", "community"):
            if c.handle:
                ids["handle"] = c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
            else:
                ids["email"] = c.email
        elif row.channel == "email":
            ids["email"] = c.email.upper() if self.rough.random() < 0.08 else c.email
        else:
            ids["customer_id"] = c.key
        return ids

    def write(self) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r.t, r.eid))
        seen: set[str] = set()
        lines = []
        for row in self.rows:
            c = row.cust
            full = row.out or (c.key not in seen)
            if not row.out:
                seen.add(c.key)
            assert row.t < datetime(2026, 11, 15, tzinfo=UTC) and row.t >= self.start
            record: dict[str, Any] = {
                "event_id": row.eid,
                "occurred_at": iso(row.t),
                "channel": row.channel,
                "kind": row.kind,
                "direction": "outbound" if row.out else "inbound",
                "customer": self.ref(c, row, full),
                "text": row.text,
                "subject": row.subject,
                "scores": {
                    "nps": row.scores.get("nps"),
                    "csat": row.scores.get("csat"),
                    "ces": row.scores.get("ces"),
                },
                "source": SOURCE[row.channel],
                "attributes": row.attrs,
            }
            lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
        for key, c in self.custs.items():
            assert key in seen, key
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), key
        counted: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if self.spike:
            counted["topic_spike"] = 1
        assert counted == self.expected, (self.name, counted, self.expected)
        end = max(self.start + timedelta(days=self.days), self.rows[-1].t + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Archetta (instrument hire)",
                "days": self.days,
                "seed": SEED,
                "written": "blind",
                "expected": self.expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(self.rows), sum(1 for r in self.rows if r.out)


def case(f: Fam) -> str:
    return f.unique(lambda: f"AR-{f.rng.randrange(100000, 1000000)}")


def happy_act(f: Fam, c: Cust, t: datetime, surveys: bool = True) -> None:
    """One happy act (1-3 touchpoints)."""
    lg = c.lang
    choice = f.rng.randrange(10 if surveys else 9)
    if choice == 0:
        f.add(c, t, f.pick(("social", "community")), "post", f.pick(W.PRAISE[lg]))
    elif choice == 1:
        f.add(c, t, "social", "mention", f.pick(W.AGAIN[lg]))
    elif choice == 2:
        f.add(
            c,
            t,
            "web",
            "review",
            f.pick(W.GRIPE[lg]),
            attrs={"rating": "4", "page": "/bewertungen"},
        )
    elif choice in (3, 4):
        f.add(c, t, "chat", "chat", f.pick(W.QUESTION[lg]))
        f.agent(c, t + timedelta(minutes=f.rng.randint(1, 6)), "chat", W.ANSWER[lg])
        if f.rng.random() < 0.6:
            f.add(
                c, t + timedelta(minutes=f.rng.randint(7, 12)), "chat", "chat", f.pick(W.THANKS[lg])
            )
    elif choice == 5:
        f.add(c, t, "phone", "call", f.pick(W.PHONE_Q[lg]))
        f.agent(c, t + timedelta(minutes=f.rng.randint(15, 50)), "email", W.PHONE_FOLLOW[lg])
    elif choice == 6:
        name, price = W.PRODUCTS[f.rng.randrange(len(W.PRODUCTS))]
        page = f.pick(W.PAGES)
        f.add(c, t, "web", "page_view", attrs={"page": page})
        cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(3, 20)),
            "web",
            "purchase",
            attrs={"order_value": price, "currency": cur, "product": name, "page": page},
        )
    elif choice == 7:
        f.add(c, t, "web", "page_view", attrs={"page": f.pick(W.PAGES)})
    elif choice == 8:
        f.add(
            c,
            t,
            "web",
            "review",
            f.pick(W.REVIEW[lg]),
            attrs={"rating": "5", "page": "/bewertungen"},
        )
    else:
        happy_survey(f, c, t)


def happy_survey(f: Fam, c: Cust, t: datetime) -> None:
    which = f.rng.randrange(3)
    scores = [
        {"nps": f.rng.randint(9, 10)},
        {"csat": f.rng.randint(4, 5)},
        {"ces": f.rng.randint(6, 7)},
    ][which]
    word = f.pick(W.SURVEY_WORD[c.lang]) or None
    f.add(
        c,
        t,
        "survey",
        "survey_response",
        word,
        scores=scores,
        attrs={"survey": ("nps", "csat", "ces")[which]},
    )


def day_time(f: Fam, day: int, lo: float = 7.0, hi: float = 19.0) -> datetime:
    return f.at(day, f.rng.uniform(lo, hi))


def happy_days(
    f: Fam,
    c: Cust,
    n: int,
    days: list[int],
    lo: float = 7.0,
    hi: float = 19.0,
    surveys: bool = True,
) -> None:
    for d in f.rng.sample(days, min(n, len(days))):
        happy_act(f, c, day_time(f, d, lo, hi), surveys)


def problem_text(lg: str, problem: str) -> str:
    return str(W.PROBLEM_SHORT[lg][problem])


def contact(
    f: Fam, c: Cust, t: datetime, channel: str, text: str, subject: str | None = None
) -> str:
    kind = {
        "email": "message",
        "chat": "chat",
        "phone": "call",
        "social": "mention",
        "web": "ticket",
        "community": "post",
    }[channel]
    attrs = {"page": "/kontakt"} if channel == "web" else None
    return f.add(c, t, channel, kind, text, subject=subject, attrs=attrs)


def spoken(text: str) -> str:
    out = "".join(ch for ch in text if ch not in '.,!?:;"')
    return out[0].lower() + out[1:]


def bad_moment_text(f: Fam, c: Cust, problem: str, channel: str, long_mail: bool) -> str:
    body = problem_text(c.lang, problem)
    if long_mail:
        return f.pick(W.LETTER[c.lang]).format(problem=body, name=c.first)
    if channel == "phone":
        return spoken(body)
    return body


def family_happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        "happy customers writing praise, questions, reviews and surveys",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.at(d, 22.2 + f.rng.uniform(0, 6.2))
            if f.rng.random() < 0.5:
                f.add(c, t, f.pick(("social", "community")), "post", f.pick(W.NIGHT_POST[c.lang]))
            else:
                f.add(c, t, "chat", "chat", f.pick(W.NIGHT_CHAT[c.lang]))
                f.agent(
                    c, t + timedelta(minutes=f.rng.randint(2, 8)), "chat", W.NIGHT_ANSWER[c.lang]
                )
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(9, 14)),
                    "chat",
                    "chat",
                    f.pick(W.THANKS[c.lang]),
                )
        happy_days(f, c, f.rng.randint(2, 3), list(range(10)), 9, 18, surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            happy_survey(f, c, day_time(f, d))
    f.expected = {}
    return f


def family_one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry moment",
    )
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    f.rng.shuffle(problems)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_idx = set(f.rng.sample(with_case, 6))
    csat_idx = set(f.rng.sample([i for i in with_case if i not in nps_idx], 5))
    fixed_idx = set(f.rng.sample(with_case, 12))
    apology_idx = set(f.rng.sample(sorted(fixed_idx), 5))
    f.expected = {"detractor": 6}
    for i, ch in enumerate(channels):
        long_mail = ch == "long"
        channel = "email" if long_mail else ch
        lang = ("de", "de", "it", "it")[i] if long_mail else None
        det = i in nps_idx
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang,
            ("detractor",) if det else (),
            ("silence",),
            problem=problems[i],
            long_email=long_mail,
        )
        day = f.rng.randint(2, 9)
        t = day_time(f, day, 8, 20)
        subject = W.COMPLAINT_SUBJECT[c.lang] if channel == "email" else None
        eid = contact(
            f, c, t, channel, bad_moment_text(f, c, problems[i], channel, long_mail), subject
        )
        c.truth.update(
            bad_day_at=iso(t), bad_day_event_id=eid, trouble_starts_at=iso(t), channel=channel
        )
        away = [d for d in range(12) if d <= day - 2 or d >= day + 3]
        happy_days(f, c, f.rng.randint(1, 5), away, surveys=False)
        if channel == "social":
            c.truth["booking"] = None
            continue
        ref = case(f)
        c.truth["booking"] = ref
        reply_channel = "chat" if channel == "chat" else "email"
        f.agent(
            c,
            t
            + timedelta(
                minutes=f.rng.randint(10, 40) if channel != "chat" else f.rng.randint(1, 5)
            ),
            reply_channel,
            W.CASE_OPENED[c.lang],
            case=ref,
        )
        if det:
            nps = f.rng.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, nps=nps, survey_event_id=sid)
        elif i in csat_idx:
            cs = f.rng.randint(1, 2)
            sid = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, csat=cs, survey_event_id=sid)
        if i in fixed_idx:
            tg = t + timedelta(hours=f.rng.uniform(1, 4))
            if tg.hour >= 21:
                tg = tg.replace(hour=8) + timedelta(days=1)
            f.agent(c, tg, "email", W.GOOD_NEWS[c.lang], case=ref)
            c.truth["agent_fixed"] = True
            if i in apology_idx:
                ta = t + timedelta(hours=f.rng.uniform(16, 24))
                if ta.hour < 7 or ta.hour >= 22:
                    ta = ta.replace(hour=9)
                aid = f.add(c, ta, f.pick(("chat", "email")), "message", f.pick(W.APOLOGY[c.lang]))
                c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
    for _ in range(8):
        c = f.person("happy", "control")
        happy_days(f, c, f.rng.randint(4, 7), list(range(12)), surveys=False)
    return f


def morning(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def repeat_run(
    f: Fam, c: Cust, first_day: int, times: int, quality: bool, langs: list[str] | None = None
) -> None:
    problem = f.pick(W.PROBLEMS)
    ref = case(f)
    chans = ["web", "email", "chat", "phone", "social"]
    first_ch = f.pick(("web", "web", "email", "chat", "phone"))
    rest = [ch for ch in chans if ch != first_ch]
    f.rng.shuffle(rest)
    used = [first_ch, *rest[: times - 1]]
    t = day_time(f, first_day, 8, 19)
    ids = []
    comp = f.pick(W.COMPETITORS)
    for k, ch in enumerate(used):
        lg = langs[k % len(langs)] if langs else c.lang
        body = problem_text(lg, problem)
        if k == 0:
            text = spoken(body) if ch == "phone" else body
        else:
            text = f.pick(W.STILL_OPEN[lg]).format(case=ref, problem=body)
            if k == 2:
                text += " " + W.THIRD[lg].format(comp=comp)
            if k == 3:
                text += " " + W.FOURTH[lg]
            if ch == "phone":
                text = spoken(text)
        subject = (
            (
                f"AW: Vorgang {ref}"
                if lg == "de"
                else f"R: Pratica {ref}"
                if lg == "it"
                else f"Re: {ref}"
            )
            if ch == "email" and k
            else (W.COMPLAINT_SUBJECT[lg] if ch == "email" else None)
        )
        ids.append(contact(f, c, t, ch, text, subject))
        if k == 0:
            if ch == "chat":
                f.agent(
                    c,
                    t + timedelta(minutes=f.rng.randint(1, 5)),
                    "chat",
                    W.CASE_OPENED[lg],
                    case=ref,
                )
            if quality:
                f.agent(
                    c,
                    morning(t + timedelta(hours=f.rng.uniform(1.5, 2.5))),
                    "email",
                    W.QUALITY_LEAD[lg],
                    case=ref,
                )
            elif ch != "chat":
                f.agent(
                    c,
                    t + timedelta(minutes=f.rng.randint(10, 40)),
                    "email",
                    W.CASE_OPENED[lg],
                    case=ref,
                )
        elif ch == "chat":
            f.agent(c, t + timedelta(minutes=f.rng.randint(1, 5)), "chat", W.URGENT[lg], case=ref)
        t = morning(t + timedelta(hours=f.rng.uniform(4, 40)))
    c.truth.update(
        problem=problem,
        booking=ref,
        contacts=times,
        channels=used,
        problem_event_ids=ids,
        agent_passed_on=quality,
        competitor=comp if times >= 3 else None,
        trouble_starts_at=iso(min(r.t for r in f.rows if r.eid in ids)),
    )


def fixed_run(f: Fam, c: Cust, day: int, langs: tuple[str, str] | None = None) -> dict[str, Any]:
    problem = f.pick(W.PROBLEMS)
    ref = case(f)
    lg1, lg2 = langs or (c.lang, c.lang)
    t = day_time(f, day, 8, 18)
    ch = "web" if langs else f.pick(("web", "email", "chat"))
    eid = contact(f, c, t, ch, problem_text(lg1, problem))
    if ch == "chat":
        f.agent(c, t + timedelta(minutes=3), "chat", W.CASE_OPENED[lg1], case=ref)
    else:
        f.agent(
            c, t + timedelta(minutes=f.rng.randint(10, 40)), "email", W.CASE_OPENED[lg1], case=ref
        )
    tf = morning(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.agent(c, tf, "email", W.GOOD_NEWS[lg2], case=ref)
    tc = morning(tf + timedelta(hours=f.rng.uniform(8, 30)))
    cch = f.pick(("email", "chat"))
    cid = f.add(
        c, tc, cch, "message" if cch == "email" else "chat", f.pick(W.CONFIRM[lg2]).format(case=ref)
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def family_repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "customers whose one problem stays open, against fixed ones and frequent writers",
    )
    counts = [2] * 4 + [3] * 4 + [4] * 4
    quality = set(f.rng.sample(range(12), 6))
    for i, n in enumerate(counts):
        c = f.person("repeat_contact", "repeats", None, ("repeat_contact",), REPEAT_TOL)
        for _ in range(f.rng.randint(1, 3)):
            happy_act(f, c, f.at(0, f.rng.uniform(7, 12)), surveys=False)
        repeat_run(f, c, f.rng.randint(1, 4), n, i in quality)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", None, (), ("silence",))
        c.truth["problems"] = [fixed_run(f, c, f.rng.randint(1, 5))]
        happy_days(f, c, f.rng.randint(1, 2), [0, 8, 9], surveys=False)
    for _ in range(3):
        c = f.person("different_problems", "two problems", None, (), ("silence",))
        d = f.rng.randint(0, 2)
        c.truth["problems"] = [fixed_run(f, c, d), fixed_run(f, c, d + f.rng.randint(4, 5))]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            t = day_time(f, d)
            if f.rng.random() < 0.7:
                ch = f.pick(("chat", "email"))
                f.add(c, t, ch, "chat" if ch == "chat" else "message", f.pick(W.QUESTION[c.lang]))
                f.agent(c, t + timedelta(minutes=f.rng.randint(2, 30)), ch, W.ANSWER[c.lang])
            else:
                happy_act(f, c, t, surveys=False)
    f.expected = {"repeat_contact": 12}
    return f


def slide(f: Fam, c: Cust, first_day: int, span: int, langs: list[str] | None = None) -> list[str]:
    comp = f.pick(W.COMPETITORS)
    ids = []
    step_days = (
        sorted(f.rng.sample(range(span + 1), 6))
        if span >= 5
        else sorted(f.rng.choices(range(span + 1), k=6))
    )
    last: datetime | None = None
    for k in range(6):
        lg = langs[k % len(langs)] if langs else c.lang
        t = day_time(f, first_day + step_days[k], 8, 20)
        if last and t < last + timedelta(hours=1):
            t = morning(last + timedelta(hours=f.rng.uniform(1, 3)))
        last = t
        text = W.SLIDE[lg][k].format(comp=comp)
        ch = f.pick(("social", "community", "review"))
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/bewertungen"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=iso(min(r.t for r in f.rows if r.eid in ids)),
    )
    return ids


def family_slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slides from a happy baseline, leavers, steady and grumpy customers",
    )
    spans = [3] + [5] * 5 + [9] * 4
    det = set(f.rng.sample(range(10), 5))
    for i in range(10):
        exp = ("sentiment_drop", "detractor") if i in det else ("sentiment_drop",)
        c = f.person("slow_churner", "slides", None, exp, SLIDE_TOL)
        for d in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.add(
                c, day_time(f, d), f.pick(("social", "community")), "post", f.pick(W.PRAISE[c.lang])
            )
        happy_days(f, c, f.rng.randint(2, 4), list(range(11)), surveys=False)
        ids = slide(f, c, f.rng.randint(12, 16), spans[i])
        if i in det:
            t4 = next(r.t for r in f.rows if r.eid == ids[3])
            nps = f.rng.randint(1, 5)
            sid = f.add(
                c,
                morning(t4 + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, nps=nps, survey_event_id=sid)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", None, ("churn_intent",), CANCEL_TOL)
        happy_days(f, c, f.rng.randint(4, 6), list(range(16)), surveys=False)
        t = day_time(f, f.rng.randint(17, 23), 8, 18)
        eid = f.add(c, t, "email", "message", f.pick(W.CANCEL[c.lang]), subject="Archetta Plus")
        f.agent(c, morning(t + timedelta(hours=f.rng.uniform(1, 5))), "email", W.SORRY_GO[c.lang])
        tc = morning(t + timedelta(hours=f.rng.uniform(20, 30)))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/plus/kuendigen", "product": "Archetta Plus"},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        happy_days(f, c, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", None, (), ("repeat_contact", "silence"))
        d = f.rng.randint(0, 4)
        gids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.pick(("social", "community", "web", "review"))
            text = f.pick(W.GRUMBLE[c.lang])
            t = day_time(f, d)
            if ch == "review":
                gids.append(
                    f.add(
                        c, t, "web", "review", text, attrs={"rating": "3", "page": "/bewertungen"}
                    )
                )
            elif ch == "web":
                gids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/kontakt"}))
            else:
                gids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
            d += f.rng.randint(1, 3)
        c.truth.update(
            grumble_event_ids=gids, trouble_starts_at=iso(min(r.t for r in f.rows if r.eid in gids))
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", None, (), ("silence",))
        happy_days(f, c, f.rng.randint(3, 6), list(range(16)), surveys=False)
        sid = f.add(
            c,
            day_time(f, f.rng.randint(17, 28), 9, 20),
            "social",
            "mention",
            f.pick(W.SARCASM[c.lang]),
        )
        c.truth["sarcasm_event_id"] = sid
    f.expected = {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}
    return f


def family_quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm weekend with night-owl bursts",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5, surveys=False)
    for k in range(4):
        c = f.person("grumbles_once", "grumbles once", None, (), ("silence",))
        t = day_time(f, f.rng.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", attrs={"page": f.pick(W.PAGES)})
        tg = t + timedelta(minutes=f.rng.randint(20, 30))
        if k < 2:
            gid = f.add(c, tg, "chat", "chat", f.pick(W.MILD[c.lang]))
            f.agent(c, tg + timedelta(minutes=f.rng.randint(1, 5)), "chat", W.MILD_ANSWER[c.lang])
        else:
            gid = f.add(c, tg, "web", "ticket", f.pick(W.MILD[c.lang]), attrs={"page": "/kontakt"})
            f.agent(
                c, tg + timedelta(minutes=f.rng.randint(20, 60)), "email", W.MILD_ANSWER[c.lang]
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(tg))
    for night in range(3):
        b0 = f.at(night + 1, 0, f.rng.uniform(40, 65))
        for burst, gap in enumerate((0.0, f.rng.uniform(28, 33), f.rng.uniform(55, 65))):
            bs = b0 + timedelta(minutes=gap)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}")
                t = bs + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    nid = f.add(c, t, "chat", "chat", f.pick(W.NIGHT_CHAT[c.lang]))
                    f.agent(
                        c,
                        t + timedelta(minutes=f.rng.randint(2, 6)),
                        "chat",
                        W.NIGHT_ANSWER[c.lang],
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(7, 10)),
                        "chat",
                        "chat",
                        f.pick(W.THANKS[c.lang]),
                    )
                else:
                    nid = f.add(
                        c, t, f.pick(("social", "community")), "post", f.pick(W.NIGHT_POST[c.lang])
                    )
                c.truth.update(burst_at=iso(bs), night_event_id=nid)
                if f.rng.random() < 0.5:
                    happy_act(f, c, day_time(f, f.rng.randint(0, 2), 9, 17.5), surveys=False)
    f.expected = {}
    return f


PAIRS = (
    [("de", "it")] * 3
    + [("it", "de")] * 3
    + [
        ("de", "en"),
        ("it", "en"),
        ("en", "de"),
        ("de", "fr"),
        ("fr", "it"),
        ("it", "fr"),
        ("pt", "es"),
        ("es", "pt"),
        ("it", "es"),
        ("es", "de"),
        ("de", "pt"),
        ("pt", "it"),
    ]
    * 2
)


def family_bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    pairs = list(PAIRS)
    f.rng.shuffle(pairs)

    def who(
        persona: str, habit: str, exp: tuple[str, ...], tol: tuple[str, ...]
    ) -> tuple[Cust, tuple[str, str]]:
        pair = pairs.pop()
        c = f.person(
            persona,
            habit,
            pair[0],
            exp,
            tol,
            languages=list(pair),
            job_second_language="works or studies in the second language",
        )
        return c, pair

    for _ in range(12):
        c, pair = who("happy", "alternates languages", (), ())
        for k, d in enumerate(f.rng.sample(range(14), f.rng.randint(5, 8))):
            c.lang = pair[k % 2]
            happy_act(f, c, day_time(f, d), surveys=False)
        c.lang = pair[0]
    for n in (2, 2, 3, 3, 4):
        c, pair = who("repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL)
        for _ in range(f.rng.randint(1, 3)):
            happy_act(f, c, day_time(f, f.rng.randint(0, 1)), surveys=False)
        repeat_run(f, c, f.rng.randint(2, 5), n, n >= 3, list(pair))
    for _ in range(5):
        c, pair = who("slow_churner", "slides", ("sentiment_drop",), SLIDE_TOL)
        for k, d in enumerate(f.rng.sample(range(6), 5)):
            lg = pair[k % 2]
            f.add(c, day_time(f, d), f.pick(("social", "community")), "post", f.pick(W.PRAISE[lg]))
        happy_days(f, c, f.rng.randint(1, 3), list(range(6)), surveys=False)
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), list(pair))
    for k in range(3):
        c, pair = who("happy_one_bad_day", "one bad day", (), ("silence",))
        second = pair[1]
        day = f.rng.randint(4, 9)
        happy_days(
            f,
            c,
            f.rng.randint(2, 4),
            [d for d in range(14) if d <= day - 2 or d >= day + 3],
            surveys=False,
        )
        problem = f.pick(W.PROBLEMS)
        t = day_time(f, day, 9, 18)
        body = problem_text(second, problem)
        if k == 0 and second in W.LETTER:
            body = f.pick(W.LETTER[second]).format(problem=body, name=c.first)
        ch = "chat" if k == 2 else "email"
        eid = contact(f, c, t, ch, body, W.COMPLAINT_SUBJECT[second] if ch == "email" else None)
        ref = case(f)
        f.agent(c, t + timedelta(minutes=f.rng.randint(3, 30)), ch, W.CASE_OPENED[second], case=ref)
        c.truth.update(
            problem=problem,
            booking=ref,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=second,
            trouble_starts_at=iso(t),
        )
        if ch == "email":
            f.agent(
                c,
                morning(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                W.GOOD_NEWS[second],
                case=ref,
            )
            c.truth["agent_fixed"] = True
    for _ in range(2):
        c, pair = who("resolved_between_contacts", "fixed", (), ("silence",))
        c.truth["problems"] = [fixed_run(f, c, f.rng.randint(2, 8), pair)]
        happy_days(f, c, 2, [0, 1, 12, 13], surveys=False)
    f.expected = {"repeat_contact": 5, "sentiment_drop": 5}
    return f


def office(f: Fam, day: int) -> datetime:
    t = f.at(day, f.rng.uniform(8, 16.5))
    while t.weekday() >= 5:
        t += timedelta(days=1)
    return t


def family_b2b() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "music schools and orchestras on account",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    at_risk_n = [3, 3, 3, 4, 4]
    at_risk_problem = ["portal", "invoice", "blocked", "invoice", "overbilled"]
    acc_langs = [
        "de",
        "it",
        "de",
        "it",
        "fr",
        "de",
        "it",
        "en",
        "pt",
        "de",
        "es",
        "it",
        "de",
        "it",
        "de",
    ]
    used_companies: set[str] = set()
    det = 0
    rep = 0
    for a, kind in enumerate(kinds):
        lg = acc_langs[a]
        market = f.pick(W.MARKETS[lg])
        names = [n for n in W.COMPANIES[lg] if n not in used_companies]
        company = names[0] if names else f"{W.COMPANIES[lg][0]} {a}"
        used_companies.add(company)
        acc = f.unique(lambda lg=lg, market=market: f"ARS-{market}-{f.rng.randrange(1000, 10000)}")
        domain = plain(company).lower().replace(" ", "-") + ".example"
        n_contacts = f.rng.randint(4, 6) if kind == "at_risk" else f.rng.randint(3, 4)
        contacts: list[Cust] = []
        n_unhappy = at_risk_n[a] if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        n_mild = 2 if kind == "mild" else 0
        for k in range(n_contacts):
            exp: tuple[str, ...]
            tol: tuple[str, ...]
            if k < n_unhappy:
                last = kind == "at_risk" and k == n_unhappy - 1
                if kind == "at_risk":
                    exp = ("repeat_contact",) if last else ("detractor",)
                    tol = (
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    )
                    persona = "b2b_unhappy"
                else:
                    exp, tol, persona = (
                        ("detractor",),
                        ("sentiment_drop", "high_value_at_risk", "silence"),
                        "b2b_one_unhappy",
                    )
                role = "complainer"
            elif k < n_unhappy + n_mild:
                exp, tol, persona, role = (), ("silence",), "b2b_mild", "suggests"
            else:
                exp, tol, persona, role = (), (), "b2b_happy", "contact"
            c = f.person(
                persona,
                role,
                lg,
                exp,
                tol,
                account=acc,
                domain=domain,
                company=company,
                role=role,
                job_title=f.pick(
                    ("music teacher", "orchestra manager", "bursar", "head of strings")
                ),
            )
            c.market = market
            c.truth["country"] = market
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
            det += "detractor" in exp
            rep += "repeat_contact" in exp
        for c in contacts:
            role = c.truth["role"]
            n_routine = f.rng.randint(0, 2) if role != "contact" else f.rng.randint(2, 5)
            for _ in range(n_routine):
                t = office(f, f.rng.randint(0, 1) if role != "contact" else f.rng.randint(0, 11))
                r = f.rng.randrange(4 if role == "contact" else 3)
                if r == 0:
                    f.add(c, t, "chat", "chat", f.pick(W.B2B_QUESTION[lg]))
                    f.agent(c, t + timedelta(minutes=f.rng.randint(1, 6)), "chat", W.ANSWER[lg])
                    if f.rng.random() < 0.5:
                        f.add(c, t + timedelta(minutes=8), "chat", "chat", f.pick(W.THANKS[lg]))
                elif r == 1:
                    f.add(c, t, "web", "page_view", attrs={"page": "/portal/mieten"})
                    f.add(
                        c,
                        t + timedelta(minutes=5),
                        "web",
                        "purchase",
                        attrs={
                            "order_value": "480.00",
                            "currency": {"UK": "GBP", "CH": "CHF"}.get(market, "EUR"),
                            "product": "Cello 4/4 x 4, term / Celli",
                            "page": "/portal/mieten",
                        },
                    )
                elif r == 2:
                    f.add(c, t, "web", "page_view", attrs={"page": "/portal/rechnungen"})
                else:
                    if f.rng.random() < 0.5:
                        f.add(c, t, "community", "post", f.pick(W.B2B_PRAISE[lg]))
                    else:
                        happy_survey(f, c, t)
        if kind == "at_risk":
            problem = at_risk_problem[a]
            ref = case(f)
            t = f.at(2, f.rng.uniform(8.5, 11))
            first = contacts[0]
            ids_all: list[str] = []
            for k in range(n_unhappy):
                c = contacts[k]
                body = W.B2B_COMPLAINT[lg][problem]
                if k:
                    day_name = W.WEEKDAY[lg][f.at(2, 0).weekday()]
                    body = W.B2B_FOLLOW[lg].format(
                        first=first.first, day=day_name, case=ref, problem=body
                    )
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    body,
                    subject=W.COMPLAINT_SUBJECT[lg] if k == 0 else f"Re: {ref}",
                )
                ids_all.append(eid)
                c.truth.update(
                    problem=problem,
                    booking=ref,
                    complaint_event_ids=[eid],
                    trouble_starts_at=iso(t),
                )
                if k == 0:
                    f.agent(
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 60)),
                        "email",
                        W.CASE_OPENED[lg],
                        case=ref,
                    )
                if k < n_unhappy - 1:
                    nps = f.rng.randint(1, 5)
                    sid = f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(nps_given=True, nps=nps, survey_event_id=sid)
                    t = office(f, (t - f.start).days) + timedelta(hours=f.rng.uniform(8, 28))
                    while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
                        t = (
                            t.replace(hour=8, minute=f.rng.randint(0, 59)) + timedelta(days=1)
                            if t.hour >= 17 or t.weekday() >= 5
                            else t.replace(hour=8)
                        )
                else:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    while t2.weekday() >= 5 or t2.hour < 8 or t2.hour >= 17:
                        t2 = (
                            (t2 + timedelta(days=1)).replace(hour=9)
                            if t2.hour >= 17 or t2.weekday() >= 5
                            else t2.replace(hour=9)
                        )
                    comp = f.pick(W.COMPETITORS)
                    if a == 0:
                        rid = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            W.B2B_LAST_MAIL[lg].format(case=ref, comp=comp),
                            subject=f"Re: {ref}",
                        )
                        c.truth["competitor"] = comp
                    else:
                        rid = f.add(c, t2, "phone", "call", W.B2B_LAST_CALL[lg].format(case=ref))
                    c.truth["complaint_event_ids"] = [eid, rid]
            f.accounts[acc] = {
                "company": company,
                "site": "music school",
                "contacts": n_contacts,
                "contact_keys": [c.key for c in contacts],
                "unhappy_contacts": n_unhappy,
                "unhappy_contact_keys": [c.key for c in contacts[:n_unhappy]],
                "at_risk": True,
                "expected_rules": ["account_risk"],
                "tolerated_rules": [],
                "kind": kind,
                "same_problem": problem,
                "trouble_starts_at": iso(min(r.t for r in f.rows if r.eid in ids_all)),
                "language": lg,
                "country": market,
            }
        else:
            if kind == "one_unhappy":
                c = contacts[0]
                problem = f.pick(W.B2B_PROBLEMS)
                ref = case(f)
                t = office(f, f.rng.randint(3, 7))
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    W.B2B_COMPLAINT[lg][problem],
                    subject=W.COMPLAINT_SUBJECT[lg],
                )
                f.agent(
                    c,
                    t + timedelta(minutes=f.rng.randint(20, 60)),
                    "email",
                    W.CASE_OPENED[lg],
                    case=ref,
                )
                nps = f.rng.randint(1, 5)
                sid = f.add(
                    c,
                    t + timedelta(hours=f.rng.uniform(1, 3)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": nps},
                    attrs={"survey": "nps"},
                )
                c.truth.update(
                    problem=problem,
                    booking=ref,
                    complaint_event_ids=[eid],
                    nps_given=True,
                    nps=nps,
                    survey_event_id=sid,
                    trouble_starts_at=iso(t),
                )
            if kind == "mild":
                for c in contacts[:2]:
                    t = office(f, f.rng.randint(3, 9))
                    mid = f.add(
                        c,
                        t,
                        "web",
                        "ticket",
                        f.pick(W.B2B_SUGGEST[lg]),
                        attrs={"page": "/portal/feedback"},
                    )
                    ref = case(f)
                    f.agent(
                        c,
                        t + timedelta(minutes=f.rng.randint(30, 90)),
                        "email",
                        W.B2B_ACK[lg],
                        case=ref,
                    )
                    c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
            f.accounts[acc] = {
                "company": company,
                "site": "music school",
                "contacts": n_contacts,
                "contact_keys": [c.key for c in contacts],
                "unhappy_contacts": n_unhappy,
                "unhappy_contact_keys": [c.key for c in contacts[:n_unhappy]],
                "at_risk": False,
                "expected_rules": [],
                "tolerated_rules": [],
                "kind": kind,
                "same_problem": None,
                "trouble_starts_at": None,
                "language": lg,
                "country": market,
            }
    f.expected = {"account_risk": 5, "detractor": det, "repeat_contact": rep}
    return f


def family_topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 10, 26, tzinfo=UTC),
        7,
        "a calm week and one planted incident",
    )
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            happy_act(f, c, day_time(f, d, 12, 19) if d == 5 else day_time(f, d), surveys=False)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", None, (), ("silence",))
        t = f.at(0, f.rng.uniform(9, 16))
        gid = f.add(c, t, "chat", "chat", f.pick(W.MILD[c.lang]))
        f.agent(c, t + timedelta(minutes=3), "chat", W.MILD_ANSWER[c.lang])
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lg, hour in (("it", 9.6), ("de", 16.1)):
        c = f.person("grumbles_once", "lone question", lg, (), ("silence",))
        t = f.at(4, hour)
        lid = f.add(c, t, "chat", "chat", W.LONE_Q[lg])
        f.agent(c, t + timedelta(minutes=4), "chat", W.LONE_A[lg])
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    start = f.at(5, 9, 5)
    langs = ["de"] * 6 + ["it"] * 6 + ["en", "en", "fr", "fr", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    offsets = sorted([0.0, 45.0] + [f.rng.uniform(1, 44) for _ in range(18)])
    early = [i for i in range(20) if offsets[i] <= 28]
    repeaters = set(f.rng.sample(early, 6))
    fixed = set(f.rng.sample([i for i in range(20) if i not in repeaters], 6))
    keys, eids, reids = [], [], []
    for i in range(20):
        lg = langs[i]
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i < 12 else "new",
            lg,
            ("repeat_contact",) if rep else (),
            ("silence", "sentiment_drop") if rep else ("silence",),
            in_spike=True,
            regular=i < 12,
        )
        if i < 12:
            for _ in range(f.rng.randint(1, 2)):
                happy_act(f, c, f.at(2, f.rng.uniform(8, 17.5)), surveys=False)
        t = start + timedelta(minutes=offsets[i])
        ch = chans[i]
        text = f.pick(W.SPIKE[lg])
        if ch == "social" and "Archetta" not in text:
            text = "@Archetta " + text
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
            text,
            subject="App" if ch == "email" else None,
            attrs={"page": "/kontakt"} if ch == "web" else None,
        )
        if ch == "chat":
            f.agent(c, t + timedelta(minutes=f.rng.randint(1, 4)), "chat", W.SPIKE_CHAT_ANSWER[lg])
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(spike_event_id=eid, spike_channel=ch, trouble_starts_at=iso(t))
        if rep:
            ch2 = f.pick([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + timedelta(minutes=f.rng.uniform(10, 60))
            rid = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                W.SPIKE_AGAIN[lg],
            )
            reids.append(rid)
            c.truth["repeat_event_id"] = rid
        if i in fixed:
            f.agent(c, f.at(5, 12, 30 + f.rng.uniform(0, 9)), "email", W.SPIKE_FIXED[lg])
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"instrument-hire app's sheet-music library serves the wrong instrument's part, some with error {W.SPIKE_CODE}",
        "about": "the planted incident: reports in several languages and channels within about 45 minutes",
        "channel": None,
        "start": iso(start),
        "end": iso(start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }
    f.expected = {"topic_spike": 1, "repeat_contact": 6}
    return f


FAMILIES = (
    family_happy_writers,
    family_one_bad_day,
    family_repeat_contacts,
    family_slow_churners,
    family_quiet_hours,
    family_bilingual,
    family_b2b,
    family_topic_spike,
)


def main() -> None:
    total = [0, 0, 0]
    for build in FAMILIES:
        f = build()
        weekday = 4 if f.name == "quiet_hours" else 0
        assert f.start.weekday() == weekday, f.name
        counts = f.write()
        print(f.name, *counts)
        total = [a + b for a, b in zip(total, counts, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
