"""Build heldout180 (Cantivo, piano tuning and hire), written blind. Standard library only."""

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

SEED = 20261206
COMPS = ("Klavora", "Tastino")
MARKET = {
    "es": ["ES"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT"],
    "it": ["IT"],
    "pt": ["PT"],
}
PREFIX = {
    "ES": "+346",
    "UK": "+447",
    "IE": "+3538",
    "FR": "+336",
    "BE": "+324",
    "DE": "+4915",
    "AT": "+43664",
    "IT": "+393",
    "PT": "+3519",
}
FIRST = {
    "es": ["Lucía", "Javier", "Marta", "Pablo", "Elena", "Sergio", "Nuria", "Diego"],
    "en": ["Emma", "Liam", "Chloe", "Owen", "Grace", "Ryan"],
    "fr": ["Camille", "Hugo", "Léa", "Louis"],
    "de": ["Anna", "Felix", "Lena", "Jonas"],
    "it": ["Giulia", "Marco", "Sara", "Luca"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui"],
}
LAST = {
    "es": ["García", "Navarro", "Ruiz", "Ortega", "Molina"],
    "en": ["Walsh", "Hughes", "Murphy", "Clarke"],
    "fr": ["Martin", "Lefèvre", "Roux"],
    "de": ["Becker", "Wolf", "Krüger"],
    "it": ["Rossi", "Galli", "Conti"],
    "pt": ["Silva", "Costa", "Lopes"],
}
CODE = "RCF-227"


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
    t: datetime
    c: Cust
    channel: str
    kind: str
    text: str | None
    direction: str = "inbound"
    subject: str | None = None
    scores: dict[str, int] = field(default_factory=dict)
    attrs: dict[str, str] = field(default_factory=dict)
    eid: str = ""


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    def person(self, lang: str, persona: str, habit: str, account: str | None = None) -> Cust:
        r = self.rng
        i = len(self.custs)
        market = r.choice(MARKET[lang])
        first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
        plain = strip(first + last).lower().replace(" ", "")
        key = f"CT{self.code}{1000 + i * 7 + r.randrange(7)}"
        email = f"{plain}{i}{self.code.lower()}@{'firma' if account else 'correo'}.example"
        phone = PREFIX[market] + "".join(str(r.randrange(10)) for _ in range(8))
        handle = None if account else f"@{plain}_{self.code.lower()}{i}"
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account)
        c.truth = {
            "persona": persona,
            "habit": habit,
            "expected_rules": [],
            "tolerated_rules": [],
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": c.name,
        }
        self.custs.append(c)
        return c

    def add(
        self,
        t: datetime,
        c: Cust,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        raw: bool = False,
    ) -> Row:
        if text is not None and direction == "inbound" and not raw:
            text = roughen(self.rough, text)
        row = Row(t, c, channel, kind, text, direction, subject, scores or {}, dict(attrs or {}))
        self.seq += 1
        row.eid = f"h180-{self.code.lower()}-{self.seq:05d}"
        self.rows.append(row)
        return row

    def at(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))

    def write(self) -> None:
        self.rows.sort(key=lambda r: (r.t, r.eid))
        seen: set[str] = set()
        lines = []
        for r in self.rows:
            c = r.c
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            if r.direction == "outbound" or (c.key not in seen):
                cust = full
            elif r.channel == "phone":
                cust = {"phone": c.phone}
            elif r.channel in ("social", "community"):
                cust = {"handle": c.handle} if c.handle else {"email": c.email}
            elif r.channel == "email":
                cust = {"email": c.email}
            else:
                cust = {"customer_id": c.key}
            if c.account:
                cust["account_id"] = c.account
            if r.direction == "inbound":
                seen.add(c.key)
            attrs = {"market": c.market} | r.attrs
            if c.account:
                attrs["segment"] = "b2b"
            lines.append(
                json.dumps(
                    {
                        "event_id": r.eid,
                        "occurred_at": iso(r.t),
                        "channel": r.channel,
                        "kind": r.kind,
                        "direction": r.direction,
                        "customer": cust,
                        "text": r.text,
                        "subject": r.subject,
                        "scores": {
                            "nps": r.scores.get("nps"),
                            "csat": r.scores.get("csat"),
                            "ces": r.scores.get("ces"),
                        },
                        "source": f"cantivo-{r.channel}",
                        "attributes": attrs,
                    },
                    ensure_ascii=False,
                )
            )
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        expected: dict[str, int] = {}
        customers = {}
        for c in self.custs:
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            ids = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            customers[c.key] = c.truth | {"identifiers": ids}
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        last = max(r.t for r in self.rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Cantivo (piano tuning and piano hire)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": expected,
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


def strip(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def roughen(r: random.Random, text: str) -> str:
    x = r.random()
    if x < 1 / 7:
        words = [
            i for i, w in enumerate(text.split(" ")) if len(w) > 4 and w.isalpha() and w.islower()
        ]
        if words:
            parts = text.split(" ")
            j = r.choice(words)
            w = parts[j]
            k = r.randrange(1, len(w) - 2)
            parts[j] = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
            text = " ".join(parts)
    elif x < 1 / 7 + 1 / 8:
        text = text[:1].lower() + text[1:]
    elif x < 1 / 7 + 1 / 8 + 1 / 10:
        text = strip(text).replace("n~", "ñ")
    return text


def pick(r: random.Random, table: dict[str, list[str]], lang: str) -> str:
    return r.choice(table[lang])


def fmt(s: str, **kw: str) -> str:
    return s.format(**kw)


def case_ref(f: Fam) -> str:
    return f"CT-{f.rng.randrange(100000, 999999)}"


def happy_acts(
    f: Fam, c: Cust, days: list[int], h0: float = 8, h1: float = 19, lang: str | None = None
) -> None:
    r = f.rng
    for d in days:
        lg = lang or c.lang
        t = f.at(d, h0, h1)
        k = r.randrange(7)
        if k == 0:
            f.add(t, c, "social", "mention", "@Cantivo " + pick(r, W.PRAISE, lg))
        elif k == 1:
            f.add(
                t,
                c,
                "web",
                "review",
                pick(r, W.GRIPE, lg),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif k == 2:
            f.add(t, c, "chat", "chat", pick(r, W.QUESTION, lg))
            f.add(
                t + timedelta(minutes=r.randint(1, 6)),
                c,
                "chat",
                "chat",
                pick(r, W.ANSWER, lg),
                "outbound",
                attrs={"agent": "agent"},
            )
            if r.random() < 0.6:
                f.add(
                    t + timedelta(minutes=r.randint(8, 14)),
                    c,
                    "chat",
                    "chat",
                    pick(r, W.THANKS, lg),
                )
        elif k == 3:
            f.add(t, c, "phone", "call", pick(r, W.CALL_Q, lg), raw=True)
            f.add(
                t + timedelta(minutes=r.randint(20, 50)),
                c,
                "email",
                "message",
                pick(r, W.ANSWER, lg),
                "outbound",
                attrs={"agent": "agent"},
            )
        elif k == 4:
            f.add(
                t - timedelta(minutes=r.randint(3, 12)),
                c,
                "web",
                "page_view",
                None,
                attrs={"page": "/tuning"},
            )
            f.add(
                t,
                c,
                "web",
                "purchase",
                None,
                attrs={
                    "order_value": str(r.choice([70, 95, 120])),
                    "currency": "GBP" if c.market == "UK" else "EUR",
                    "product": "Piano tuning / Afinación de piano",
                    "page": "/checkout",
                },
            )
        elif k == 5:
            f.add(t, c, "community", "post", pick(r, W.PRAISE, lg).replace("@Cantivo", "Cantivo"))
        else:
            f.add(
                t,
                c,
                "survey",
                "survey_response",
                W.SURVEY_WORD[lg],
                scores={"nps": r.choice([9, 10])},
                attrs={"survey": "nps"},
            )


def days_sample(r: random.Random, lo: int, hi: int, n: int) -> list[int]:
    return sorted(r.sample(range(lo, hi), min(n, hi - lo)))


def lang_pick(r: random.Random) -> str:
    langs: list[str] = list(W.LANGS)
    return r.choices(langs, weights=[32, 28, 10, 10, 10, 10])[0]


def complaint(
    f: Fam, c: Cust, t: datetime, channel: str, lang: str, problem: str, long: bool = False
) -> Row:
    text = W.COMPLAINT[lang][problem]
    if long and lang in W.LONG_EMAIL:
        text = fmt(W.LONG_EMAIL[lang], problem=text[0].lower() + text[1:], name=c.name.split()[0])
    kind = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "phone": "call",
    }[channel]
    if channel == "phone":
        text = strip(text).lower().replace(".", "").replace(",", "")
    if channel == "social":
        text = "@Cantivo " + text
    return f.add(
        t,
        c,
        channel,
        kind,
        text,
        attrs={"page": "/help"} if channel == "web" else None,
        raw=channel == "phone",
    )


def reply(
    f: Fam, c: Cust, t: datetime, channel: str, table: dict[str, str], lang: str, case: str
) -> Row:
    ch = "chat" if channel == "chat" else "email"
    return f.add(
        t,
        c,
        ch,
        "chat" if ch == "chat" else "message",
        fmt(table[lang], name=c.name.split()[0], case=case),
        "outbound",
        attrs={"agent": "agent"},
    )


def day_hour(t: datetime) -> datetime:
    if t.hour >= 21 or t.hour < 8:
        base = t if t.hour >= 8 else t - timedelta(days=1)
        return base.replace(hour=8, minute=t.minute) + timedelta(days=1)
    return t


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 16, tzinfo=UTC),
        10,
        "happy day and night writers",
    )
    for i in range(26):
        c = f.person(lang_pick(f.rng), "happy", "day writer" if i < 20 else "night writer")
        if i < 20:
            happy_acts(f, c, days_sample(f.rng, 0, 10, f.rng.randint(6, 9)))
        else:
            for d in days_sample(f.rng, 0, 9, 3):
                t = f.at(d, 23, 27)
                if f.rng.random() < 0.5:
                    f.add(
                        t,
                        c,
                        "social",
                        "post",
                        "@Cantivo "
                        + pick(f.rng, W.NIGHT_POST, c.lang).replace("@Cantivo", "").strip(),
                    )
                else:
                    f.add(t, c, "chat", "chat", pick(f.rng, W.NIGHT_Q, c.lang))
                    f.add(
                        t + timedelta(minutes=4),
                        c,
                        "chat",
                        "chat",
                        pick(f.rng, W.NIGHT_A, c.lang),
                        "outbound",
                        attrs={"agent": "agent"},
                    )
            happy_acts(f, c, days_sample(f.rng, 0, 10, 3), 9, 18)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy customers with one bad day",
    )
    chans = ["email"] * 8 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    for i in range(32):
        c = f.person(
            lang_pick(f.rng) if i not in (0, 1, 2, 3) else ("es" if i < 2 else "en"),
            "happy_one_bad_day" if i < 24 else "happy",
            "one bad day" if i < 24 else "control",
        )
        if i >= 24:
            happy_acts(f, c, days_sample(f.rng, 0, 12, f.rng.randint(4, 7)))
            continue
        bad = f.rng.randint(2, 9)
        happy_acts(
            f, c, [d for d in days_sample(f.rng, 0, 12, 6) if d < bad - 1 or d > bad + 2][:4]
        )
        ch = chans[i]
        prob = W.PROBLEMS[i % 4]
        t = f.at(bad, 8, 20)
        row = complaint(f, c, t, ch, c.lang, prob, long=i < 4)
        c.truth |= {
            "problem": prob,
            "bad_day_at": iso(t),
            "bad_day_event_id": row.eid,
            "trouble_starts_at": iso(t),
            "long_email": i < 4,
            "tolerated_rules": ["silence"],
        }
        if ch != "social":
            case = case_ref(f)
            reply(
                f, c, t + timedelta(minutes=f.rng.randint(10, 40)), ch, W.CASE_OPENED, c.lang, case
            )
            c.truth["booking"] = case
            if i % 4 == 1 and i < 24 and len([x for x in f.custs if x.truth.get("nps_given")]) < 6:
                s = f.add(
                    t + timedelta(minutes=f.rng.randint(100, 140)),
                    c,
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                c.truth |= {
                    "persona": "bad_day_detractor",
                    "nps_given": True,
                    "nps": s.scores["nps"],
                    "survey_event_id": s.eid,
                    "expected_rules": ["detractor"],
                }
            elif i % 3 == 0:
                g = day_hour(t + timedelta(hours=f.rng.uniform(1, 4)))
                reply(f, c, g, "email", W.GOOD_NEWS, c.lang, case)
                c.truth["agent_fixed"] = True
                a = f.add(
                    day_hour(t + timedelta(hours=f.rng.uniform(16, 24))),
                    c,
                    "chat",
                    "chat",
                    W.APOLOGY[c.lang],
                )
                c.truth |= {"apologised": True, "apology_event_id": a.eid, "apology_at": iso(a.t)}
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        "repeat contacts, fixed cases, frequent writers",
    )
    order = ["web", "email", "chat", "phone", "social"]
    for i in range(27):
        c = f.person(
            lang_pick(f.rng),
            "repeat_contact" if i < 12 else ("resolved_between_contacts" if i < 17 else "happy"),
            "repeats" if i < 12 else ("fixed" if i < 17 else "frequent writer"),
        )
        if i >= 17:
            happy_acts(f, c, days_sample(f.rng, 0, 10, f.rng.randint(5, 8)))
            continue
        happy_acts(f, c, [0], 7, 12)
        prob = W.PROBLEMS[i % 4]
        t = f.at(f.rng.randint(1, 4), 8, 19)
        first_ch = order[i % 3]
        row = complaint(f, c, t, first_ch, c.lang, prob)
        case = case_ref(f)
        c.truth |= {
            "problem": prob,
            "booking": case,
            "trouble_starts_at": iso(t),
            "channel": first_ch,
        }
        if i >= 12:
            reply(f, c, t + timedelta(minutes=20), first_ch, W.CASE_OPENED, c.lang, case)
            g = day_hour(t + timedelta(hours=f.rng.uniform(3, 20)))
            reply(f, c, g, "email", W.GOOD_NEWS, c.lang, case)
            cf = f.add(
                day_hour(g + timedelta(hours=f.rng.uniform(8, 30))),
                c,
                "email",
                "message",
                fmt(W.CONFIRM[c.lang], case=case),
            )
            c.truth |= {
                "agent_fixed": True,
                "confirm_event_id": cf.eid,
                "problem_event_ids": [row.eid],
                "tolerated_rules": ["silence"],
            }
            continue
        passed = i % 2 == 0
        reply(
            f,
            c,
            t + timedelta(minutes=f.rng.randint(90, 150) if passed else 20),
            first_ch,
            W.QUALITY_LEAD if passed else W.CASE_OPENED,
            c.lang,
            case,
        )
        n = 2 + i % 3
        ids = [row.eid]
        tt = t
        chans = [x for x in order if x != first_ch]
        comp = COMPS[i % 2]
        for k in range(1, n):
            tt = day_hour(tt + timedelta(hours=f.rng.uniform(4, 40)))
            extra = (
                fmt(W.THIRD[c.lang], comp=comp) if k == 2 else (W.FOURTH[c.lang] if k == 3 else "")
            )
            text = fmt(W.STILL_OPEN[c.lang], case=case, problem=W.COMPLAINT[c.lang][prob]) + extra
            ch = chans[k - 1]
            if ch == "phone":
                text = strip(text).lower().replace(".", "").replace(",", "").replace(":", "")
            kind = {
                "email": "message",
                "chat": "chat",
                "social": "mention",
                "web": "ticket",
                "phone": "call",
            }[ch]
            if ch == "social":
                text = "@Cantivo " + text
            ids.append(
                f.add(
                    tt,
                    c,
                    ch,
                    kind,
                    text,
                    attrs={"page": "/help"} if ch == "web" else None,
                    raw=ch == "phone",
                ).eid
            )
        c.truth |= {
            "contacts": n,
            "agent_passed_on": passed,
            "problem_event_ids": ids,
            "competitor": comp if n >= 3 else None,
            "expected_rules": ["repeat_contact"],
            "tolerated_rules": [
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        }
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str]) -> list[str]:
    comp = COMPS[len(f.custs) % 2]
    ids = []
    t = f.at(start_day, 9, 12)
    for k in range(6):
        lg = langs[k % len(langs)]
        text = fmt(W.SLIDE[lg][k], comp=comp)
        ch = ["social", "community", "web"][k % 3]
        kind = {"social": "mention", "community": "post", "web": "review"}[ch]
        if ch == "social":
            text = "@Cantivo " + text
        ids.append(
            f.add(
                t,
                c,
                ch,
                kind,
                text,
                attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"}
                if ch == "web"
                else None,
            ).eid
        )
        t = day_hour(t + timedelta(hours=span * 24 / 6 + f.rng.uniform(1, 3)))
    c.truth |= {
        "slide_event_ids": ids,
        "slide_days": span,
        "competitor": comp,
        "trouble_starts_at": f.rows[-6].t.isoformat().replace("+00:00", "Z"),
    }
    return ids


SLIDER_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        "slides, leavers, steady, grumpy, sarcastic",
    )
    for i in range(31):
        r = f.rng
        if i < 10:
            c = f.person(lang_pick(r), "slow_churner", "slides")
            for d in days_sample(r, 0, 11, 5):
                f.add(
                    f.at(d, 9, 19), c, "social", "mention", "@Cantivo " + pick(r, W.PRAISE, c.lang)
                )
            happy_acts(f, c, days_sample(r, 0, 11, 3))
            ids = slide(f, c, r.randint(12, 16), [3, 5, 9][i % 3], [c.lang])
            c.truth |= {"expected_rules": ["sentiment_drop"], "tolerated_rules": list(SLIDER_TOL)}
            if i < 5:
                fourth = next(x for x in f.rows if x.eid == ids[3])
                s = f.add(
                    day_hour(fourth.t + timedelta(hours=3)),
                    c,
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": r.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                c.truth |= {
                    "expected_rules": ["sentiment_drop", "detractor"],
                    "nps_given": True,
                    "nps": s.scores["nps"],
                    "survey_event_id": s.eid,
                }
        elif i < 15:
            c = f.person(lang_pick(r), "slow_churner", "asks to cancel")
            happy_acts(f, c, days_sample(r, 0, 15, 5))
            t = f.at(r.randint(17, 23), 9, 18)
            m = f.add(t, c, "email", "message", W.CANCEL[c.lang])
            reply(
                f,
                c,
                day_hour(t + timedelta(hours=r.uniform(1, 5))),
                "email",
                W.SORRY_GO,
                c.lang,
                "",
            )
            x = f.add(
                day_hour(t + timedelta(hours=r.uniform(20, 30))),
                c,
                "web",
                "cancellation",
                None,
                attrs={"page": "/account/cancel", "product": "Cantivo Club"},
            )
            c.truth |= {
                "churn_intent_event_id": m.eid,
                "cancellation_event_id": x.eid,
                "churn_at": iso(x.t),
                "trouble_starts_at": iso(t),
                "expected_rules": ["churn_intent"],
                "tolerated_rules": [
                    "sentiment_drop",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
            }
        elif i < 21:
            c = f.person(lang_pick(r), "happy", "steady")
            happy_acts(f, c, days_sample(r, 0, 32, r.randint(6, 10)))
        elif i < 26:
            c = f.person(lang_pick(r), "steadily_grumpy", "grumbles")
            ids2 = []
            d = r.randint(0, 4)
            for _ in range(r.randint(5, 7)):
                ids2.append(
                    f.add(f.at(d, 9, 19), c, "community", "post", pick(r, W.GRUMBLE, c.lang)).eid
                )
                d += r.randint(1, 3)
            c.truth |= {"grumble_event_ids": ids2, "tolerated_rules": ["repeat_contact", "silence"]}
        else:
            c = f.person(lang_pick(r), "happy_one_sarcastic_remark", "happy")
            happy_acts(f, c, days_sample(r, 0, 16, 5))
            s2 = f.add(
                f.at(r.randint(17, 28), 9, 19),
                c,
                "social",
                "mention",
                "@Cantivo " + W.SARCASM[c.lang],
            )
            c.truth |= {"sarcasm_event_id": s2.eid, "tolerated_rules": ["silence"]}
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        "calm weekend with night-owl bursts",
    )
    r = f.rng
    for _ in range(20):
        c = f.person(lang_pick(r), "happy", "day writer")
        happy_acts(f, c, days_sample(r, 0, 3, r.randint(1, 3)), 7, 17.5)
    for _ in range(4):
        c = f.person(lang_pick(r), "grumbles_once", "grumbles once")
        t = f.at(r.randint(0, 2), 9, 16)
        f.add(t, c, "web", "page_view", None, attrs={"page": "/tuners"})
        g = f.add(t + timedelta(minutes=r.randint(20, 30)), c, "chat", "chat", W.MILD[c.lang])
        f.add(
            g.t + timedelta(minutes=4),
            c,
            "chat",
            "chat",
            pick(r, W.ANSWER, c.lang),
            "outbound",
            attrs={"agent": "agent"},
        )
        c.truth |= {
            "grumble_event_id": g.eid,
            "trouble_starts_at": iso(g.t),
            "tolerated_rules": ["silence"],
        }
    for night in range(3):
        base = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        for b, off in enumerate((0, r.randint(28, 33), r.randint(55, 65))):
            for _ in range(4):
                c = f.person(lang_pick(r), "night_owl", f"night {night + 1}, burst {b + 1}")
                t = base + timedelta(minutes=off + r.uniform(0, 10))
                if r.random() < 0.5:
                    e = f.add(
                        t,
                        c,
                        "social",
                        "post",
                        "@Cantivo " + pick(r, W.NIGHT_POST, c.lang).replace("@Cantivo", "").strip(),
                    )
                else:
                    e = f.add(t, c, "chat", "chat", pick(r, W.NIGHT_Q, c.lang))
                    f.add(
                        t + timedelta(minutes=3),
                        c,
                        "chat",
                        "chat",
                        pick(r, W.NIGHT_A, c.lang),
                        "outbound",
                        attrs={"agent": "agent"},
                    )
                c.truth |= {"burst_at": iso(t), "night_event_id": e.eid}
                if r.random() < 0.5 and night < 2:
                    happy_acts(f, c, [night + 1], 9, 17.5)
    return f


PAIRS = [
    ("es", "en"),
    ("en", "es"),
    ("es", "fr"),
    ("de", "es"),
    ("es", "pt"),
    ("it", "es"),
    ("pt", "en"),
    ("fr", "de"),
    ("es", "it"),
]


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    r = f.rng
    for i in range(27):
        a, b = PAIRS[i % len(PAIRS)]
        if i < 12:
            c = f.person(a, "happy", "alternates languages")
            for k, d in enumerate(days_sample(r, 0, 14, r.randint(5, 8))):
                happy_acts(f, c, [d], lang=[a, b][k % 2])
        elif i < 17:
            c = f.person(a, "repeat_contact", "repeats")
            happy_acts(f, c, [0])
            prob = W.PROBLEMS[i % 4]
            t = f.at(r.randint(2, 5), 9, 18)
            row = complaint(f, c, t, "email", a, prob)
            case = case_ref(f)
            reply(f, c, t + timedelta(minutes=25), "email", W.CASE_OPENED, a, case)
            ids = [row.eid]
            n = 2 + i % 3
            for k in range(1, n):
                t = day_hour(t + timedelta(hours=r.uniform(4, 40)))
                lg = [a, b][k % 2]
                ids.append(
                    f.add(
                        t,
                        c,
                        ["chat", "web", "email"][k - 1],
                        ["chat", "ticket", "message"][k - 1],
                        fmt(W.STILL_OPEN[lg], case=case, problem=W.COMPLAINT[lg][prob]),
                        attrs={"page": "/help"} if k == 2 else None,
                    ).eid
                )
            c.truth |= {
                "problem": prob,
                "booking": case,
                "problem_event_ids": ids,
                "contacts": n,
                "trouble_starts_at": iso(row.t),
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
            }
        elif i < 22:
            c = f.person(a, "slow_churner", "slides")
            for k, d in enumerate(days_sample(r, 0, 6, 5)):
                f.add(
                    f.at(d, 9, 19),
                    c,
                    "social",
                    "mention",
                    "@Cantivo " + pick(r, W.PRAISE, [a, b][k % 2]),
                )
            slide(f, c, r.randint(7, 8), r.randint(3, 5), [a, b])
            c.truth |= {"expected_rules": ["sentiment_drop"], "tolerated_rules": list(SLIDER_TOL)}
        else:
            c = f.person(a, "happy_one_bad_day", "one bad day")
            happy_acts(f, c, [0, 1, 12], lang=a)
            t = f.at(r.randint(4, 9), 9, 18)
            row = complaint(f, c, t, "chat" if i % 2 else "email", b, W.PROBLEMS[i % 4])
            case = case_ref(f)
            reply(
                f,
                c,
                t + timedelta(minutes=15),
                "chat" if i % 2 else "email",
                W.CASE_OPENED,
                b,
                case,
            )
            c.truth |= {
                "bad_day_at": iso(t),
                "bad_day_event_id": row.eid,
                "bad_day_language": b,
                "booking": case,
                "trouble_starts_at": iso(t),
                "tolerated_rules": ["silence"],
            }
        c.truth["languages"] = [a, b]
    return f


SITES = [
    "hotel",
    "school",
    "concert hall",
    "church",
    "music academy",
    "theatre",
    "cruise line",
    "restaurant",
]


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        "company accounts on Cantivo Stage",
    )
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    for n, kind in enumerate(kinds):
        lang = [
            "es",
            "en",
            "es",
            "de",
            "en",
            "fr",
            "it",
            "pt",
            "es",
            "de",
            "en",
            "es",
            "it",
            "pt",
            "en",
        ][n]
        acc = f"CTS-{MARKET[lang][0]}-{4000 + n * 13}"
        size = 5 if kind == "at_risk" else (3 if kind == "one_unhappy" else 4)
        contacts = [f.person(lang, "b2b_happy", "contact", acc) for _ in range(size)]
        for c in contacts:
            c.truth |= {
                "company": f"{SITES[n % len(SITES)].title()} {n}",
                "role": "contact",
                "job_title": "office manager",
            }
            happy_acts(f, c, [d for d in days_sample(r, 0, 12, 3) if d % 7 < 5] or [0], 8, 16.5)
        unhappy: list[str] = []
        prob = ["invoice", "portal"][n % 2]
        if kind == "at_risk":
            case = case_ref(f)
            for k, c in enumerate(contacts[:4]):
                t = f.start + timedelta(days=(2, 3, 4, 7)[k], hours=r.uniform(8.5, 15))
                c.truth |= {
                    "persona": "b2b_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "booking": case,
                    "expected_rules": [],
                    "tolerated_rules": [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                }
                text = (
                    fmt(W.B2B_COMPLAINT[lang], problem=W.B2B_PROBLEM[lang][prob])
                    if k == 0
                    else fmt(
                        W.B2B_FOLLOW[lang],
                        first=contacts[0].name.split()[0],
                        case=case,
                        problem=W.B2B_PROBLEM[lang][prob],
                    )
                )
                row = f.add(t, c, "email", "message", text)
                if k == 0:
                    reply(f, c, t + timedelta(minutes=30), "email", W.ACK, lang, case)
                c.truth["complaint_event_ids"] = [row.eid]
                c.truth["trouble_starts_at"] = iso(t)
                unhappy.append(c.key)
                if k < 3:
                    s = f.add(
                        t + timedelta(hours=r.uniform(1, 3)),
                        c,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": r.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.truth |= {
                        "nps_given": True,
                        "nps": s.scores["nps"],
                        "survey_event_id": s.eid,
                        "expected_rules": ["detractor"],
                    }
                else:
                    t2 = t + timedelta(hours=r.uniform(20, 24))
                    last = f.add(
                        t2,
                        c,
                        "email",
                        "message",
                        fmt(W.B2B_LAST[lang], case=case, comp=COMPS[n % 2]),
                    )
                    c.truth["complaint_event_ids"].append(last.eid)
                    c.truth["expected_rules"] = ["repeat_contact"]
                    c.truth["competitor"] = COMPS[n % 2]
            c0 = contacts[0]
            c0.truth["tolerated_rules"] = [
                x for x in c0.truth["tolerated_rules"] if x != "repeat_contact"
            ]
        elif kind == "one_unhappy":
            c = contacts[0]
            case = case_ref(f)
            t = f.start + timedelta(days=r.randint(7, 9), hours=r.uniform(9, 15))
            row = f.add(
                t,
                c,
                "email",
                "message",
                fmt(W.B2B_COMPLAINT[lang], problem=W.B2B_PROBLEM[lang][prob]),
            )
            reply(f, c, t + timedelta(minutes=40), "email", W.ACK, lang, case)
            s = f.add(
                t + timedelta(hours=2),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth |= {
                "persona": "b2b_one_unhappy",
                "habit": "complainer",
                "role": "complainer",
                "booking": case,
                "complaint_event_ids": [row.eid],
                "nps_given": True,
                "nps": s.scores["nps"],
                "survey_event_id": s.eid,
                "expected_rules": ["detractor"],
                "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                "trouble_starts_at": iso(t),
            }
            unhappy.append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.start + timedelta(days=r.choice([8, 9, 10]), hours=r.uniform(9, 15))
                row = f.add(
                    t, c, "web", "ticket", W.B2B_SUGGEST[lang], attrs={"page": "/portal/feedback"}
                )
                reply(f, c, t + timedelta(minutes=50), "email", W.ACK, lang, case_ref(f))
                c.truth |= {
                    "persona": "b2b_mild",
                    "habit": "suggests",
                    "role": "suggests",
                    "mild_event_id": row.eid,
                    "tolerated_rules": ["silence"],
                }
        f.accounts[acc] = {
            "company": contacts[0].truth["company"],
            "site": SITES[n % len(SITES)],
            "contacts": size,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": contacts[0].truth.get("trouble_starts_at")
            if kind == "at_risk"
            else None,
            "language": lang,
            "country": MARKET[lang][0],
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and the planted incident",
    )
    r = f.rng
    for _ in range(42):
        c = f.person(lang_pick(r), "happy", "day writer")
        happy_acts(f, c, days_sample(r, 0, 5, r.randint(1, 4)))
    for lg, h in (("es", 9.6), ("de", 16.1)):
        c = f.person(lg, "grumbles_once", "lone question")
        t = f.start + timedelta(days=4, hours=h)
        e = f.add(t, c, "chat", "chat", W.LONE_Q[lg])
        f.add(
            t + timedelta(minutes=4),
            c,
            "chat",
            "chat",
            W.LONE_A[lg],
            "outbound",
            attrs={"agent": "agent"},
        )
        c.truth |= {
            "lone_report_event_id": e.eid,
            "trouble_starts_at": iso(t),
            "tolerated_rules": ["silence"],
        }
    t0 = datetime(2026, 11, 7, 7, 50, tzinfo=UTC)
    langs = ["es"] * 6 + ["en"] * 5 + ["fr", "fr", "de", "de", "it", "it", "pt", "pt", "es", "en"]
    chans = ["social", "chat", "community", "email", "web"]
    keys, ids, reps = [], [], []
    for k, lg in enumerate(langs):
        c = f.person(lg, "spike_reporter", "new" if k % 3 == 0 else "regular")
        if k % 3:
            happy_acts(f, c, [2], 8, 17.5)
        t = t0 + timedelta(minutes=round(k * 44 / (len(langs) - 1)))
        ch = chans[k % 5]
        text = pick(r, W.SPIKE, lg).replace("{code}", CODE if k % 3 != 1 else "un error")
        text = text.replace(
            "un error",
            {
                "es": "un error",
                "en": "an error",
                "fr": "une erreur",
                "de": "einen Fehler",
                "it": "un errore",
                "pt": "um erro",
            }[lg],
        )
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        if ch == "social":
            text = "@Cantivo " + text
        e = f.add(t, c, ch, kind, text, attrs={"page": "/help"} if ch == "web" else None)
        if ch == "chat":
            f.add(
                t + timedelta(minutes=3),
                c,
                "chat",
                "chat",
                W.SPIKE_CHAT_A[lg],
                "outbound",
                attrs={"agent": "agent"},
            )
        keys.append(c.key)
        ids.append(e.eid)
        c.truth |= {
            "in_spike": True,
            "regular": k % 3 != 0,
            "spike_event_id": e.eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
            "tolerated_rules": ["silence"],
        }
        if k in (0, 2, 4, 6, 8, 11):
            ch2 = "email" if ch != "email" else "chat"
            t2 = t + timedelta(minutes=r.randint(12, 50))
            e2 = f.add(
                t2,
                c,
                ch2,
                "message" if ch2 == "email" else "chat",
                fmt(W.SPIKE_REPEAT[lg], code=CODE),
            )
            reps.append(e2.eid)
            c.truth |= {
                "persona": "spike_repeater",
                "repeat_event_id": e2.eid,
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
            }
    f.spike = {
        "topic": "piano tuning app sends false cancellation notices for booked appointments; reconfirming fails with an error code",
        "about": "the planted incident",
        "channel": None,
        "start": iso(t0),
        "end": iso(t0 + timedelta(minutes=44)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": ids,
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
        build().write()


if __name__ == "__main__":
    main()
