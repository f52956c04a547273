"""Build heldout163 (Lavoria makerspaces), blind, report only: python make_heldout163.py."""

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

SEED = 20261163
LANGS = ["es", "en", "fr", "de", "it", "pt"]
LANG_W = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "es": ["ES"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT", "CH"],
    "it": ["IT"],
    "pt": ["PT"],
}
PHONE = {
    "ES": ("+34", "6", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "7", 8),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
FIRST = {
    "es": [
        "Lucía",
        "Marta",
        "Javier",
        "Carmen",
        "Pablo",
        "Nuria",
        "Sergio",
        "Elena",
        "Raúl",
        "Inés",
        "Diego",
        "Alba",
    ],
    "en": [
        "Emma",
        "Oliver",
        "Sophie",
        "Jack",
        "Chloe",
        "Harry",
        "Aoife",
        "Liam",
        "Grace",
        "Tom",
        "Niamh",
        "Ben",
    ],
    "fr": ["Camille", "Louis", "Manon", "Hugo", "Léa", "Théo"],
    "de": ["Lena", "Jonas", "Miriam", "Felix", "Anja", "Tobias"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Davide"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Rita", "Rui"],
}
LAST = {
    "es": ["García", "Moreno", "Ruiz", "Navarro", "Serrano", "Ibáñez", "Castro", "Vidal"],
    "en": ["Walsh", "Hughes", "Turner", "Byrne", "Clarke", "Murphy", "Patel", "Ward"],
    "fr": ["Lefèvre", "Moreau", "Girard", "Roux"],
    "de": ["Krüger", "Hofmann", "Brandt", "Vogel"],
    "it": ["Bianchi", "Ferraro", "Greco", "Conti"],
    "pt": ["Sousa", "Ferreira", "Lopes", "Pinto"],
}
COMPS = ["Fabrillo", "Makerzon"]
PRODUCTS = [
    ("laser-hour", "24.00"),
    ("wood-shop-3h", "36.00"),
    ("3d-print-pack", "19.50"),
    ("cnc-hour", "42.00"),
    ("lathe-course", "65.00"),
]
SOURCES = {
    "email": "lavoria-mail",
    "phone": "lavoria-voice",
    "social": "lavoria-social",
    "community": "lavoria-forum",
    "chat": "lavoria-chat",
    "web": "lavoria-web",
    "survey": "lavoria-survey",
}
HAPPY = ["happy", "happy_one_bad_day", "b2b_happy"]


def strip_accents(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    )


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
    truth: dict[str, Any] = field(default_factory=dict)


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
    rows: list[tuple[datetime, int, dict[str, Any], str]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0
    used: set[str] = field(default_factory=set)
    cases: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def case(self) -> str:
        self.cases += 1
        return f"LV-{self.n}{self.cases:03d}{self.rng.randint(10, 99)}"

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        account: str | None = None,
        market: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        r = self.rng
        mk = market or r.choice(MARKETS[lang])
        while True:
            first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
            key = f"LV{self.code}{r.randint(1000, 9999)}"
            fa, la = strip_accents(first).lower(), strip_accents(last).lower()
            email = f"{fa}.{la}{r.randint(1, 99)}@{domain or r.choice(['mail', 'correo', 'post', 'inbox'])}.example"
            cc, pre, length = PHONE[mk]
            phone = cc + pre + "".join(str(r.randint(0, 9)) for _ in range(length - len(pre) + 1))
            handle = (
                None
                if account
                else r.choice(
                    [f"@{la}_{fa}{r.randint(1, 9)}", f"@{fa}{la[:3]}", f"@{fa}_{r.randint(10, 99)}"]
                )
            )
            ids = {key, email, phone} | ({handle} if handle else set())
            if not ids & self.used:
                self.used |= ids
                break
        c = Cust(key, lang, mk, first, last, email, phone, handle, account)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.custs[key] = c
        return c

    def text(self, c: Cust, table: dict[str, list[str]], lang: str | None = None, **kw: str) -> str:
        lg = lang or c.lang
        opts = table.get(lg) or table["en"]
        vals = {
            "first": c.first,
            "case": "",
            "comp": "",
            "other": "",
            "day": "",
            "complaint": "",
            "what": "",
        } | kw
        return self.rng.choice(opts).format(**vals)

    def roughen(self, s: str, channel: str) -> str:
        r = self.rough
        if channel == "phone":
            return s
        if r.random() < 1 / 7:
            words = [i for i, wd in enumerate(s.split(" ")) if len(wd) > 4 and wd.isalpha()]
            if words:
                parts = s.split(" ")
                i = r.choice(words)
                wd = parts[i]
                j = r.randint(1, len(wd) - 3)
                parts[i] = wd[:j] + wd[j + 1] + wd[j] + wd[j + 2 :]
                s = " ".join(parts)
        if r.random() < 0.15:
            s = strip_accents(s)
        if r.random() < 0.2 and s[:1].isupper() and not s[:3].isupper():
            s = s[0].lower() + s[1:]
        return s

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
        self.seq += 1
        eid = f"h163-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out:
            text = self.roughen(text, channel)
        a = {"market": c.market} | (attrs or {})
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Nerea", "Sam", "Amélie", "Jana", "Paolo", "Catarina"])
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
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append((t, self.seq, row, c.key))
        return eid

    # ---------------------------------------------------------------- acts --
    def happy_act(self, c: Cust, t: datetime, surveys: bool = True) -> None:
        r = self.rng
        kinds = ["praise", "again", "gripe", "chat", "email", "call", "buy", "view", "review"] + (
            ["survey"] if surveys else []
        )
        k = r.choice(kinds)
        m = timedelta(minutes=1)
        if k in ("praise", "again", "gripe"):
            ch = r.choice(["social", "community"])
            table = {"praise": w.PRAISE, "again": w.AGAIN, "gripe": w.GRIPE}[k]
            self.add(c, t, ch, "mention" if ch == "social" else "post", self.text(c, table))
        elif k == "chat":
            self.add(c, t, "chat", "chat", self.text(c, w.QUESTION))
            self.add(c, t + m * r.randint(1, 5), "chat", "chat", self.text(c, w.ANSWER), out=True)
            if r.random() < 0.6:
                self.add(c, t + m * r.randint(6, 9), "chat", "chat", self.text(c, w.THANKS))
        elif k == "email":
            self.add(
                c,
                t,
                "email",
                "message",
                self.text(c, w.QUESTION),
                subject="Pregunta" if c.lang == "es" else "Question",
            )
            self.add(
                c, t + m * r.randint(30, 180), "email", "message", self.text(c, w.ANSWER), out=True
            )
        elif k == "call":
            self.add(c, t, "phone", "call", self.text(c, w.CALL_Q))
            self.add(
                c,
                t + m * r.randint(10, 40),
                "email",
                "message",
                self.text(c, w.CALL_FOLLOW),
                out=True,
            )
        elif k in ("buy", "view"):
            p, v = r.choice(PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": f"/book/{p}"})
            if k == "buy":
                cur = "GBP" if c.market == "UK" else "CHF" if c.market == "CH" else "EUR"
                self.add(
                    c,
                    t + m * r.randint(2, 9),
                    "web",
                    "purchase",
                    attrs={"page": f"/book/{p}", "product": p, "order_value": v, "currency": cur},
                )
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.text(c, w.REVIEW),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey_happy(c, t)

    def survey_happy(self, c: Cust, t: datetime) -> None:
        r = self.rng
        s = r.choice(["nps", "csat", "ces"])
        val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[s]
        self.add(
            c,
            t,
            "survey",
            "survey_response",
            self.text(c, w.SURVEY_WORD) or None,
            scores={s: val},
            attrs={"survey": s},
        )

    def day_time(self, day: int, lo: float = 7.0, hi: float = 19.0) -> datetime:
        return self.at(day, self.rng.uniform(lo, hi))

    def happy_days(
        self,
        c: Cust,
        n: int,
        days: list[int],
        lo: float = 7.0,
        hi: float = 19.0,
        surveys: bool = True,
    ) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy_act(c, self.day_time(d, lo, hi), surveys)

    def complaint(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        long: bool = False,
    ) -> str:
        lg = lang or c.lang
        body = self.text(c, w.PROBLEM[problem], lg)
        if channel == "phone":
            return self.add(
                c,
                t,
                "phone",
                "call",
                self.text(c, w.CALL_PROBLEM, lg, what=w.CALL_WHAT[problem][lg]),
            )
        if long:
            body = self.text(c, w.LONG_EMAIL, lg, complaint=body.rstrip("."))
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "community": "post",
        }[channel]
        attrs = {"page": "/help/contact"} if channel == "web" else None
        subj = (
            "Reclamación"
            if channel == "email" and lg == "es"
            else "Complaint"
            if channel == "email"
            else None
        )
        return self.add(c, t, channel, kind, body, subject=subj, attrs=attrs)

    def reply(
        self,
        c: Cust,
        t: datetime,
        table: dict[str, list[str]],
        channel: str = "email",
        lang: str | None = None,
        **kw: str,
    ) -> str:
        if t.hour >= 21 or t.hour < 7:
            t = (t + timedelta(hours=12)).replace(hour=8, minute=self.rng.randint(0, 50))
        kind = "chat" if channel == "chat" else "message"
        return self.add(c, t, channel, kind, self.text(c, table, lang, **kw), out=True)

    # --------------------------------------------------------------- output --
    def write(self) -> None:
        self.rows.sort(key=lambda x: (x[0], x[1]))
        seen: set[str] = set()
        lines = []
        last = self.start
        for t, _, row, key in self.rows:
            c = self.custs[key]
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            ch = row["channel"]
            if row["direction"] == "outbound" or (key not in seen):
                ref = full
                if row["direction"] == "inbound":
                    seen.add(key)
            elif ch == "phone":
                ref = {
                    "phone": c.phone
                    if self.rough.random() < 0.5
                    else c.phone[:3] + " " + c.phone[3:]
                }
            elif ch in ("social", "community"):
                h = c.handle or c.email
                ref = (
                    {"handle": h.lstrip("@") if c.handle and self.rough.random() < 0.2 else h}
                    if c.handle
                    else {"email": c.email}
                )
            elif ch == "email":
                ref = {"email": c.email.upper() if self.rough.random() < 0.08 else c.email}
            else:
                ref = {"customer_id": c.key}
            if c.account:
                ref = ref | {"account_id": c.account}
            row["customer"] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": None,
            } | ref
            lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
            last = max(last, t)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            assert any(r[3] == c.key and r[2]["direction"] == "inbound" for r in self.rows), c.key
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Lavoria (makerspace workshops, Lavoria Plus, Lavoria Pro)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06, blind",
                "expected": dict(sorted(expected.items())),
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {k: c.truth for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def lang(f: Fam) -> str:
    return f.rng.choices(LANGS, LANG_W)[0]


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        datetime(2026, 3, 23, tzinfo=UTC),
        10,
        "happy day and night writers, survey answerers",
        1,
    )
    for _ in range(16):
        c = f.person(lang(f), "happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person(lang(f), "happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            t = f.at(d, f.rng.uniform(22.2, 28.5))
            if f.rng.random() < 0.5:
                f.add(c, t, "community", "post", f.text(c, w.NIGHT_POST))
            else:
                f.add(c, t, "chat", "chat", f.text(c, w.NIGHT_Q))
                f.add(c, t + timedelta(minutes=3), "chat", "chat", f.text(c, w.NIGHT_A), out=True)
                f.add(c, t + timedelta(minutes=6), "chat", "chat", f.text(c, w.THANKS))
        f.happy_days(c, f.rng.randint(2, 3), list(range(10)), 9, 18, surveys=False)
    for _ in range(5):
        c = f.person(lang(f), "happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey_happy(c, f.day_time(d, 8, 20))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one bad day",
        2,
    )
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = w.PROBLEMS * 4
    f.rng.shuffle(problems)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_set = set(f.rng.sample(with_case, 6))
    csat_set = set(f.rng.sample([i for i in with_case if i not in nps_set], 5))
    good_set = set(f.rng.sample(with_case, 12))
    apol_set = set(f.rng.sample(sorted(good_set), 5))
    for i, ch in enumerate(channels):
        lg = ("es" if i < 2 else "de") if ch == "long" else lang(f)
        c = f.person(lg, "happy_one_bad_day", "one bad day")
        bad_day = f.rng.randint(2, 9)
        t = f.at(bad_day, f.rng.uniform(8, 20))
        others = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        f.happy_days(c, f.rng.randint(1, 5), others, surveys=False)
        pr = problems[i]
        eid = f.complaint(c, t, pr, "email" if ch == "long" else ch, long=ch == "long")
        tr = c.truth
        tr.update(
            {
                "problem": pr,
                "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "bad_day_event_id": eid,
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "long_email": ch == "long",
                "channel": "email" if ch == "long" else ch,
                "tolerated_rules": ["silence"],
                "booking": None,
            }
        )
        if ch == "social":
            continue
        case = f.case()
        tr["booking"] = case
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                f.text(c, w.CASE_OPENED, case=case),
                out=True,
            )
        else:
            f.reply(c, t + timedelta(minutes=f.rng.randint(10, 40)), w.CASE_OPENED, case=case)
        if i in nps_set:
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            tr.update(
                {
                    "persona": "bad_day_detractor",
                    "expected_rules": ["detractor"],
                    "survey_event_id": s,
                    "nps_given": True,
                }
            )
        elif i in csat_set:
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                f.rng.choice(["", "mal", "bad"]) or None,
                scores={"csat": f.rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            tr.update({"survey_event_id": s, "csat_given": True})
        if i in good_set:
            f.reply(c, t + timedelta(hours=f.rng.uniform(1, 4)), w.GOOD_NEWS, case=case)
            tr["agent_fixed"] = True
            if i in apol_set:
                ta = t + timedelta(hours=f.rng.uniform(16, 24))
                if ta.hour < 7 or ta.hour >= 22:
                    ta = ta.replace(hour=8)
                a = f.add(c, ta, "chat", "chat", f.text(c, w.APOLOGY))
                tr.update(
                    {
                        "apologised": True,
                        "apology_event_id": a,
                        "apology_at": ta.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    }
                )
    for _ in range(8):
        c = f.person(lang(f), "happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)))
    return f


def later(t: datetime, hours: float) -> datetime:
    t2 = t + timedelta(hours=hours)
    if t2.hour >= 22 or t2.hour < 7:
        t2 = (t2 + timedelta(hours=10)).replace(hour=8, minute=t2.minute)
    return t2


def repeat_run(
    f: Fam, c: Cust, t: datetime, pr: str, times: int, langs: list[str], ch0: str
) -> None:
    case = f.case()
    chans = [
        ch0,
        *f.rng.sample(
            [x for x in ["email", "chat", "phone", "web", "social"] if x != ch0], times - 1
        ),
    ]
    ids = []
    for k in range(times):
        lg = langs[k % len(langs)]
        if k == 0:
            ids.append(f.complaint(c, t, pr, chans[0], lg))
            if times >= 3:
                f.reply(
                    c,
                    t + timedelta(hours=f.rng.uniform(1.5, 2.5)),
                    w.QUALITY_LEAD,
                    lang=lg,
                    case=case,
                )
            elif chans[0] == "chat":
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    f.text(c, w.CASE_OPENED, lg, case=case),
                    out=True,
                )
            else:
                f.reply(
                    c,
                    t + timedelta(minutes=f.rng.randint(10, 40)),
                    w.CASE_OPENED,
                    lang=lg,
                    case=case,
                )
            continue
        t = later(t, f.rng.uniform(4, 40))
        table = w.THIRD if k == 2 else w.FOURTH if k == 3 else w.STILL_OPEN
        comp = f.rng.choice(COMPS)
        txt = f.text(c, table, lg, case=case, comp=comp)
        ch = chans[k]
        if ch == "phone":
            txt = strip_accents(txt).lower().replace(".", "").replace(",", "").replace("?", "")
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        ids.append(
            f.add(c, t, ch, kind, txt, attrs={"page": "/help/contact"} if ch == "web" else None)
        )
        if k == 2:
            c.truth["competitor"] = comp
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                f.text(c, w.URGENT, lg, case=case),
                out=True,
            )
    c.truth.update(
        {
            "problem": pr,
            "booking": case,
            "contacts": times,
            "channels": chans,
            "problem_event_ids": ids,
            "agent_passed_on": times >= 3,
            "expected_rules": ["repeat_contact"],
            "tolerated_rules": [
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        }
    )
    c.truth.setdefault("competitor", None)


def fixed_run(f: Fam, c: Cust, t: datetime, pr: str, lg: str, lg2: str) -> dict[str, Any]:
    case = f.case()
    e = f.complaint(c, t, pr, "web", lg)
    f.reply(c, t + timedelta(minutes=f.rng.randint(10, 40)), w.CASE_OPENED, lang=lg, case=case)
    tf = later(t, f.rng.uniform(3, 20))
    f.reply(c, tf, w.GOOD_NEWS, lang=lg2, case=case)
    tc = later(tf, f.rng.uniform(8, 30))
    ch = f.rng.choice(["email", "chat"])
    ce = f.add(
        c, tc, ch, "message" if ch == "email" else "chat", f.text(c, w.CONFIRM, lg2, case=case)
    )
    fmt = "%Y-%m-%dT%H:%M:%SZ"
    return {
        "problem": pr,
        "booking": case,
        "raised_at": t.strftime(fmt),
        "fixed_at": tf.strftime(fmt),
        "confirmed_at": tc.strftime(fmt),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "repeat contacts, fixed cases, frequent writers",
        3,
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    for i, times in enumerate([2] * 4 + [3] * 4 + [4] * 4):
        c = f.person(lang(f), "repeat_contact", "repeats")
        f.happy_days(c, f.rng.randint(1, 3), [0], 7, 12, surveys=False)
        t = f.day_time(f.rng.randint(1, 4), 8, 19)
        repeat_run(f, c, t, f.rng.choice(w.PROBLEMS), times, [c.lang], firsts[i])
        c.truth["trouble_starts_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
    for _ in range(5):
        c = f.person(lang(f), "resolved_between_contacts", "fixed")
        t = f.day_time(f.rng.randint(1, 4), 8, 18)
        p = fixed_run(f, c, t, f.rng.choice(w.PROBLEMS), c.lang, c.lang)
        c.truth.update(
            {"problems": [p], "tolerated_rules": ["silence"], "trouble_starts_at": p["raised_at"]}
        )
    for _ in range(3):
        c = f.person(lang(f), "different_problems", "two problems")
        p1, p2 = f.rng.sample(w.PROBLEMS, 2)
        t1 = f.day_time(1, 8, 18)
        a = fixed_run(f, c, t1, p1, c.lang, c.lang)
        b = fixed_run(f, c, f.day_time(f.rng.randint(5, 6), 8, 18), p2, c.lang, c.lang)
        c.truth.update(
            {
                "problems": [a, b],
                "tolerated_rules": ["silence"],
                "trouble_starts_at": a["raised_at"],
            }
        )
    for _ in range(7):
        c = f.person(lang(f), "happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str]) -> list[str]:
    ids = []
    t = f.day_time(start_day, 9, 12)
    step = span * 24 / 6
    comp = f.rng.choice(COMPS)
    ratings = ["3", "3", "2", "2", "1", "1"]
    for k in range(6):
        lg = langs[k % len(langs)]
        txt = w.SLIDE.get(lg, w.SLIDE["en"])[k].format(comp=comp)
        ch = f.rng.choice(["social", "community", "web"])
        if ch == "web":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    f.roughen(txt, "web"),
                    attrs={"rating": ratings[k], "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", txt))
        if k == 3 and c.truth.get("nps_pending"):
            s = f.add(
                c,
                later(t, f.rng.uniform(2.5, 3.5)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth["survey_event_id"] = s
            c.truth["expected_rules"] = ["sentiment_drop", "detractor"]
        t = later(t, max(1.0, step * f.rng.uniform(0.7, 1.2)))
    c.truth.pop("nps_pending", None)
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": f.rows[-0][0].strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    )
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slides, leavers, steady, grumpy, sarcastic",
        4,
    )
    for i in range(10):
        c = f.person(lang(f), "slow_churner", "slides")
        for d in sorted(f.rng.sample(range(11), 5)):
            f.add(
                c, f.day_time(d), f.rng.choice(["social", "community"]), "post", f.text(c, w.PRAISE)
            )
        f.happy_days(c, f.rng.randint(2, 4), list(range(11)), surveys=False)
        c.truth.update(
            {
                "expected_rules": ["sentiment_drop"],
                "tolerated_rules": [
                    "repeat_contact",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
                "nps_pending": i < 5,
            }
        )
        ids = slide(f, c, f.rng.randint(12, 16), [3, 5, 5, 5, 5, 9, 9, 9, 9, 3][i], [c.lang])
        c.truth["trouble_starts_at"] = next(
            r[0] for r in f.rows if r[2]["event_id"] == ids[0]
        ).strftime("%Y-%m-%dT%H:%M:%SZ")
    for _ in range(5):
        c = f.person(lang(f), "slow_churner", "asks to cancel")
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)), surveys=False)
        t = f.day_time(f.rng.randint(17, 23), 8, 18)
        e = f.add(
            c,
            t,
            "email",
            "message",
            f.text(c, w.CANCEL),
            subject="Baja" if c.lang == "es" else "Cancel",
        )
        f.reply(c, later(t, f.rng.uniform(1, 5)), w.SORRY_GO)
        tc = later(t, f.rng.uniform(20, 30))
        x = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "lavoria-plus"},
        )
        fmt = "%Y-%m-%dT%H:%M:%SZ"
        c.truth.update(
            {
                "expected_rules": ["churn_intent"],
                "tolerated_rules": [
                    "sentiment_drop",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": tc.strftime(fmt),
                "trouble_starts_at": t.strftime(fmt),
            }
        )
    for _ in range(6):
        c = f.person(lang(f), "happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person(lang(f), "steadily_grumpy", "grumbles")
        ids = []
        d = f.rng.randint(0, 4)
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            kind = {"social": "mention", "community": "post", "web": "ticket"}[ch]
            ids.append(
                f.add(
                    c,
                    f.day_time(d, 8, 20),
                    ch,
                    kind,
                    f.text(c, w.GRUMBLE),
                    attrs={"page": "/help/contact"} if ch == "web" else None,
                )
            )
            d += f.rng.randint(1, 3)
        c.truth.update({"tolerated_rules": ["repeat_contact", "silence"], "grumble_event_ids": ids})
    for _ in range(5):
        c = f.person(lang(f), "happy_one_sarcastic_remark", "happy")
        f.happy_days(c, f.rng.randint(4, 6), list(range(0, 30, 2)), surveys=False)
        s = f.add(
            c,
            f.day_time(f.rng.choice(range(1, 30, 2)), 9, 20),
            "social",
            "mention",
            f.text(c, w.SARCASM),
        )
        c.truth.update({"tolerated_rules": ["silence"], "sarcasm_event_id": s})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm weekend with night owls (no spike)",
        5,
    )
    for _ in range(16):
        c = f.person(lang(f), "happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person(lang(f), "grumbles_once", "grumbles once")
        t = f.day_time(f.rng.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/workshops"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            g = f.add(c, t2, "chat", "chat", f.text(c, w.MILD))
            f.add(c, t2 + timedelta(minutes=3), "chat", "chat", f.text(c, w.MILD_A), out=True)
        else:
            g = f.add(c, t2, "web", "ticket", f.text(c, w.MILD), attrs={"page": "/help/contact"})
            f.reply(c, t2 + timedelta(minutes=30), w.MILD_A)
        c.truth.update(
            {
                "tolerated_rules": ["silence"],
                "grumble_event_id": g,
                "trouble_starts_at": t2.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
    owls = [f.person(lang(f), "night_owl", "night") for _ in range(36)]
    k = 0
    for night in range(3):
        b0 = f.at(night + 1, f.rng.uniform(0.67, 1.08))
        for off in (0.0, f.rng.uniform(28, 33), f.rng.uniform(55, 65)):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = owls[k]
                k += 1
                t = bs + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "community", "post", f.text(c, w.NIGHT_POST))
                else:
                    e = f.add(c, t, "chat", "chat", f.text(c, w.NIGHT_Q))
                    f.add(
                        c, t + timedelta(minutes=3), "chat", "chat", f.text(c, w.NIGHT_A), out=True
                    )
                    f.add(c, t + timedelta(minutes=5), "chat", "chat", f.text(c, w.THANKS))
                c.truth.update(
                    {
                        "habit": f"night {night}, burst {off:.0f}",
                        "night_event_id": e,
                        "burst_at": bs.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    }
                )
                if k % 2 == 0:
                    f.happy_act(c, f.day_time(f.rng.randint(0, 2), 9, 17.5), surveys=False)
    return f


PAIRS = [
    ("es", "en"),
    ("en", "es"),
    ("es", "fr"),
    ("fr", "es"),
    ("es", "de"),
    ("de", "es"),
    ("es", "it"),
    ("it", "es"),
    ("es", "pt"),
    ("pt", "es"),
    ("en", "de"),
    ("de", "en"),
    ("en", "fr"),
    ("fr", "en"),
    ("en", "it"),
    ("it", "en"),
    ("en", "pt"),
    ("pt", "en"),
    ("es", "en"),
    ("en", "es"),
    ("es", "en"),
    ("en", "es"),
    ("de", "it"),
    ("it", "pt"),
    ("pt", "fr"),
    ("es", "en"),
    ("en", "es"),
]
PAIR_MARKET = {"es": "ES", "en": "UK", "fr": "FR", "de": "DE", "it": "IT", "pt": "PT"}


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages",
        6,
    )
    pairs = list(PAIRS)
    f.rng.shuffle(pairs)
    roles = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    for role, (a, b) in zip(roles, pairs, strict=True):
        mk = f.rng.choice([PAIR_MARKET[a], PAIR_MARKET[b]])
        persona = {
            "happy": "happy",
            "repeat": "repeat_contact",
            "slide": "slow_churner",
            "bad": "happy_one_bad_day",
            "fixed": "resolved_between_contacts",
        }[role]
        c = f.person(
            a,
            persona,
            {
                "happy": "alternates languages",
                "repeat": "repeats",
                "slide": "slides",
                "bad": "one bad day",
                "fixed": "fixed",
            }[role],
            market=mk,
        )
        c.truth.update(
            {
                "languages": [a, b],
                "job_second_language": f.rng.choice(
                    ["works abroad", "partner's language", "studied there", "lives near the border"]
                ),
            }
        )
        if role == "happy":
            for j, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
                c.lang = [a, b][j % 2]
                f.happy_act(c, f.day_time(d))
            c.lang = a
        elif role == "repeat":
            f.happy_days(c, f.rng.randint(1, 3), [0, 1], surveys=False)
            t = f.day_time(f.rng.randint(2, 5), 8, 18)
            repeat_run(
                f,
                c,
                t,
                f.rng.choice(w.PROBLEMS),
                [2, 2, 3, 3, 4][
                    roles.index("repeat")
                    and sum(1 for x in f.custs.values() if x.truth["persona"] == "repeat_contact")
                    - 1
                ],
                [a, b],
                f.rng.choice(["web", "email", "chat"]),
            )
            c.truth["trouble_starts_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        elif role == "slide":
            for j, d in enumerate(sorted(f.rng.sample(range(6), 5))):
                f.add(c, f.day_time(d), "community", "post", f.text(c, w.PRAISE, [a, b][j % 2]))
            f.happy_days(c, f.rng.randint(1, 3), list(range(6)), surveys=False)
            c.truth.update(
                {
                    "expected_rules": ["sentiment_drop"],
                    "tolerated_rules": [
                        "repeat_contact",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                    ],
                }
            )
            ids = slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), [a, b])
            c.truth["trouble_starts_at"] = next(
                r[0] for r in f.rows if r[2]["event_id"] == ids[0]
            ).strftime("%Y-%m-%dT%H:%M:%SZ")
        elif role == "bad":
            f.happy_days(c, f.rng.randint(2, 4), [0, 1, 2, 3, 9, 10, 11], surveys=False)
            t = f.day_time(6, 9, 18)
            ch = ["email", "email", "chat"][
                sum(1 for x in f.custs.values() if x.truth["persona"] == "happy_one_bad_day") - 1
            ]
            e = f.complaint(c, t, f.rng.choice(w.PROBLEMS), ch, b, long=b == "de" and ch == "email")
            case = f.case()
            f.reply(c, t + timedelta(minutes=20), w.CASE_OPENED, channel=ch, lang=b, case=case)
            c.truth.update(
                {
                    "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "bad_day_event_id": e,
                    "bad_day_language": b,
                    "booking": case,
                    "tolerated_rules": ["silence"],
                    "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                }
            )
            if ch == "email":
                f.reply(c, t + timedelta(hours=2), w.GOOD_NEWS, lang=b, case=case)
        else:
            t = f.day_time(f.rng.randint(2, 5), 9, 17)
            p = fixed_run(f, c, t, f.rng.choice(w.PROBLEMS), a, b)
            c.truth.update(
                {
                    "problems": [p],
                    "tolerated_rules": ["silence"],
                    "trouble_starts_at": p["raised_at"],
                    "confirm_language": b,
                }
            )
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", datetime(2026, 10, 12, tzinfo=UTC), 14, "Lavoria Pro accounts", 7)
    plan = [
        ("at_risk", 4, 3, "portal"),
        ("at_risk", 5, 3, "invoice"),
        ("at_risk", 5, 3, "service_blocked"),
        ("at_risk", 6, 4, "invoice"),
        ("at_risk", 5, 4, "overbilled"),
    ]
    plan += [
        ("one_unhappy", 3, 1, p) for p in ["service_blocked", "overbilled", "portal", "invoice"]
    ]
    plan += [
        ("mild", 3, 0, ""),
        ("mild", 4, 0, ""),
        ("mild", 3, 0, ""),
        ("happy", 4, 0, ""),
        ("happy", 4, 0, ""),
        ("happy", 4, 0, ""),
    ]
    sites = [
        "design studio",
        "architects",
        "product lab",
        "school",
        "university",
        "film props",
        "shopfitting",
        "signage",
        "museum",
        "furniture",
        "engineering",
        "events",
        "toy maker",
        "theatre",
        "robotics",
    ]
    fmt = "%Y-%m-%dT%H:%M:%SZ"
    for ai, (kind, n, bad, prob) in enumerate(plan):
        lg = f.rng.choices(["es", "en", "fr", "de", "it", "pt"], [35, 35, 8, 8, 7, 7])[0]
        mk = f.rng.choice(MARKETS[lg])
        acc = f"LVP-{mk}-{f.rng.randint(1000, 9999)}"
        company = f"{f.rng.choice(['Norte', 'Atlas', 'Brio', 'Kelso', 'Vento', 'Orla', 'Tavo', 'Pirra'])} {sites[ai].title()}"
        dom = company.lower().replace(" ", "") + str(ai)
        cs: list[Cust] = []
        for j in range(n):
            role = (
                "complainer"
                if j < bad and kind in ("at_risk", "one_unhappy")
                else "suggests"
                if kind == "mild" and j < 2
                else "contact"
            )
            persona = (
                {
                    "at_risk": "b2b_unhappy",
                    "one_unhappy": "b2b_one_unhappy",
                    "mild": "b2b_mild",
                }.get(kind, "")
                if role != "contact"
                else "b2b_happy"
            )
            c = f.person(lg, persona, role, account=acc, market=mk, domain=dom)
            c.truth.update(
                {
                    "company": company,
                    "role": role,
                    "job_title": f.rng.choice(
                        ["Office manager", "Workshop lead", "Buyer", "Project manager"]
                    ),
                }
            )
            c.truth["job"] = c.truth["job_title"]
            cs.append(c)
            wk = [0, 1] if role != "contact" else [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
            for d in sorted(
                f.rng.sample(
                    wk, f.rng.randint(0 if role != "contact" else 2, 2 if role != "contact" else 4)
                )
            ):
                t = f.day_time(d, 8, 16.5)
                k = f.rng.choice(
                    ["chat", "buy", "view", "praise"] + (["survey"] if role == "contact" else [])
                )
                if k == "praise":
                    f.add(c, t, "community", "post", f.text(c, w.B2B_PRAISE))
                elif k == "survey":
                    f.survey_happy(c, t)
                else:
                    f.happy_act(c, t, surveys=False) if k != "chat" else (
                        f.add(c, t, "chat", "chat", f.text(c, w.QUESTION)),
                        f.add(
                            c,
                            t + timedelta(minutes=3),
                            "chat",
                            "chat",
                            f.text(c, w.ANSWER),
                            out=True,
                        ),
                    )
        tol_bad = [
            "sentiment_drop",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
            "account_risk",
        ]
        a: dict[str, Any] = {
            "company": company,
            "site": sites[ai],
            "contacts": n,
            "contact_keys": [x.key for x in cs],
            "unhappy_contacts": bad,
            "unhappy_contact_keys": [x.key for x in cs[:bad]],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lg,
            "country": mk,
        }
        if kind == "at_risk":
            case = f.case()
            t = f.at(2, f.rng.uniform(8, 11))
            a["trouble_starts_at"] = t.strftime(fmt)
            for j, c in enumerate(cs[:bad]):
                body = f.text(c, w.B2B_PROBLEM[prob])
                if j == 0:
                    e = f.add(c, t, "email", "message", body, subject=f"Lavoria Pro: {prob}")
                    f.reply(
                        c, t + timedelta(minutes=f.rng.randint(20, 60)), w.CASE_OPENED, case=case
                    )
                else:
                    t = t + timedelta(hours=f.rng.uniform(8, 28))
                    if t.weekday() >= 5:
                        t += timedelta(days=7 - t.weekday())
                    if t.hour < 8 or t.hour >= 17:
                        t = (t + timedelta(days=1 if t.hour >= 17 else 0)).replace(hour=9)
                        if t.weekday() >= 5:
                            t += timedelta(days=7 - t.weekday())
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.text(
                            c,
                            w.B2B_LATER,
                            other=cs[0].first,
                            day=w.DAY_NAMES[lg][2],
                            case=case,
                            complaint=body,
                        ),
                        subject=case,
                    )
                c.truth.update(
                    {
                        "problem": prob,
                        "booking": case,
                        "complaint_event_ids": [e],
                        "tolerated_rules": list(tol_bad),
                        "trouble_starts_at": t.strftime(fmt),
                    }
                )
                if j < bad - 1:
                    s = f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"expected_rules": ["detractor"], "survey_event_id": s})
                else:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    if t2.weekday() >= 5:
                        t2 += timedelta(days=7 - t2.weekday())
                    t2 = t2.replace(hour=f.rng.randint(9, 15))
                    comp = f.rng.choice(COMPS)
                    if ai == 0:
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            f.text(c, w.B2B_LAST_MAIL, case=case, comp=comp),
                            subject=case,
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(
                            c, t2, "phone", "call", f.text(c, w.B2B_LAST_CALL, case=case.lower())
                        )
                    c.truth["complaint_event_ids"].append(e2)
                    c.truth["expected_rules"] = ["repeat_contact"]
                    c.truth["tolerated_rules"] = [r for r in tol_bad]
                c.truth["tolerated_rules"] = [
                    r for r in c.truth["tolerated_rules"] if r not in c.truth["expected_rules"]
                ]
        elif kind == "one_unhappy":
            c = cs[0]
            case = f.case()
            t = f.at(f.rng.randint(3, 7), f.rng.uniform(8, 16))
            if t.weekday() >= 5:
                t += timedelta(days=7 - t.weekday())
            e = f.add(
                c,
                t,
                "email",
                "message",
                f.text(c, w.B2B_PROBLEM[prob]),
                subject=f"Lavoria Pro: {prob}",
            )
            f.reply(c, t + timedelta(minutes=30), w.CASE_OPENED, case=case)
            s = f.add(
                c,
                t + timedelta(hours=2),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "problem": prob,
                    "booking": case,
                    "complaint_event_ids": [e],
                    "survey_event_id": s,
                    "expected_rules": ["detractor"],
                    "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                    "trouble_starts_at": t.strftime(fmt),
                }
            )
        elif kind == "mild":
            for c in cs[:2]:
                t = f.at(f.rng.choice([2, 3, 4, 7, 8]), f.rng.uniform(8, 16))
                e = f.add(
                    c, t, "web", "ticket", f.text(c, w.B2B_SUGGEST), attrs={"page": "/pro/feedback"}
                )
                f.reply(c, t + timedelta(minutes=45), w.B2B_SUGGEST_A)
                c.truth.update(
                    {
                        "mild_event_id": e,
                        "tolerated_rules": ["silence"],
                        "trouble_starts_at": t.strftime(fmt),
                    }
                )
        for c in cs:
            if not any(r[3] == c.key and r[2]["direction"] == "inbound" for r in f.rows):
                f.add(
                    c,
                    f.day_time(f.rng.choice([0, 1]), 8, 16),
                    "web",
                    "page_view",
                    attrs={"page": "/pro/portal"},
                )
        f.accounts[acc] = a
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and one planted incident",
        8,
    )
    fmt = "%Y-%m-%dT%H:%M:%SZ"
    for _ in range(40):
        c = f.person(lang(f), "happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy_act(c, f.day_time(d, 12 if d == 5 else 7, 19))
    for _ in range(2):
        c = f.person(lang(f), "grumbles_once", "grumbles once")
        t = f.day_time(0, 9, 17)
        g = f.add(c, t, "chat", "chat", f.text(c, w.MILD))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", f.text(c, w.MILD_A), out=True)
        c.truth.update(
            {
                "tolerated_rules": ["silence"],
                "grumble_event_id": g,
                "trouble_starts_at": t.strftime(fmt),
            }
        )
    for lg, hour in (("es", 9.6), ("de", 15.2)):
        c = f.person(lg, "grumbles_once", "lone question")
        t = f.at(2, hour)
        e = f.add(c, t, "chat", "chat", f.text(c, w.LONE_Q))
        f.add(c, t + timedelta(minutes=3), "chat", "chat", f.text(c, w.LONE_A), out=True)
        c.truth.update(
            {
                "tolerated_rules": ["silence"],
                "lone_report_event_id": e,
                "trouble_starts_at": t.strftime(fmt),
            }
        )
    spike0 = datetime(2026, 11, 5, 14, 20, tzinfo=UTC)
    langs = ["es"] * 6 + ["en"] * 5 + ["fr", "fr", "de", "de", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted(f.rng.uniform(0, 45) for _ in range(21))
    offs = [0.0, *offs[1:20], 45.0]
    offs = offs[:20]
    offs[-1] = 45.0
    keys, eids, reps = [], [], []
    rep_count = 0
    for i in range(21):
        lg = langs[i] if i < len(langs) else "es"
        regular = i % 3 != 0
        c = f.person(lg, "spike_reporter", "regular" if regular else "new")
        if regular:
            f.happy_act(c, f.at(1, f.rng.uniform(8, 17.5)), surveys=False)
        t = spike0 + timedelta(minutes=offs[min(i, 19)] + (0.5 if i == 20 else 0.0))
        ch = chans[i] if i < len(chans) else "chat"
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        txt = f.text(c, w.SPIKE)
        e = f.add(
            c,
            t,
            ch,
            kind,
            txt,
            subject="Láser" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", "chat", f.text(c, w.SPIKE_CHAT_A), out=True)
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "tolerated_rules": ["silence"],
                "trouble_starts_at": t.strftime(fmt),
            }
        )
        if rep_count < 6 and offs[min(i, 19)] <= 25 and i % 2 == 0:
            rep_count += 1
            t2 = t + timedelta(minutes=f.rng.uniform(10, 60))
            ch2 = f.rng.choice([x for x in ["email", "chat", "community"] if x != ch])
            r = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.text(c, w.SPIKE_AGAIN),
            )
            reps.append(r)
            c.truth.update(
                {
                    "persona": "spike_repeater",
                    "repeat_event_id": r,
                    "expected_rules": ["repeat_contact"],
                    "tolerated_rules": ["sentiment_drop", "silence"],
                }
            )
        elif i % 3 == 1 and ch != "social":
            f.reply(
                c,
                datetime(2026, 11, 5, 16, 30, tzinfo=UTC) + timedelta(minutes=f.rng.randint(0, 9)),
                w.SPIKE_FIXED,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": w.SPIKE_TOPIC,
        "about": "the planted incident, several channels and languages",
        "channel": None,
        "start": eids and spike0.strftime(fmt),
        "end": (spike0 + timedelta(minutes=45.5)).strftime(fmt),
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
    for build in FAMILIES:
        build().write()


if __name__ == "__main__":
    main()
