# ruff: noqa: E501
"""Write the heldout267 families (Lastrelo). Standard library only, seeded."""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import wording as W  # noqa: E402

SEED = 20260919
CODE = "Q~52.17"
COMPS = ("Spritzbeck", "Limpalosa")
MARKET = {
    "de": ["DE", "AT", "CH"],
    "pt": ["PT"],
    "en": ["UK", "IE"],
    "es": ["ES"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
}
PREFIX = {
    "DE": "+49 15",
    "AT": "+43 66",
    "CH": "+41 79",
    "PT": "+351 91",
    "UK": "+44 77",
    "IE": "+353 87",
    "ES": "+34 6",
    "FR": "+33 6",
    "BE": "+32 47",
    "IT": "+39 3",
}
FIRST = {
    "de": ["Jonas", "Katrin", "Felix", "Birgit", "Lukas", "Sabine", "Tobias", "Miriam"],
    "pt": ["Rui", "Inês", "Tiago", "Marta", "Nuno", "Joana", "Hugo", "Carla"],
    "en": ["Owen", "Hannah", "Callum", "Niamh"],
    "es": ["Álvaro", "Nuria", "Iker", "Rocío"],
    "fr": ["Léa", "Bastien", "Chloé", "Yann"],
    "it": ["Matteo", "Chiara", "Davide", "Elisa"],
}
LAST = {
    "de": ["Krüger", "Hoffmann", "Vogel", "Lang", "Brandl", "Seidel"],
    "pt": ["Carvalho", "Sousa", "Pinto", "Moreira", "Teixeira", "Lopes"],
    "en": ["Hughes", "Walsh", "Patel", "Doyle"],
    "es": ["Navarro", "Ortega", "Gil", "Vidal"],
    "fr": ["Morel", "Girard", "Roux", "Faure"],
    "it": ["Ricci", "Greco", "Conti", "Gallo"],
}
USED: set[str] = set()
CASES = iter(range(410000, 999999, 137))


def strip_accents(s: str) -> str:
    s = (
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    return "".join(
        c
        for c in unicodedata.normalize("NFD", s)
        if unicodedata.category(c) != "Mn" or c == "\u0303"
    )


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.custs: dict[str, dict[str, Any]] = {}
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
        exp: list[str] | None = None,
        tol: list[str] | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> dict[str, Any]:
        r = self.rng
        lang = lang or self.lang()
        mk = market or r.choice(MARKET[lang])
        while True:
            cid = f"LT{self.code}{r.randint(1000, 9999)}"
            first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
            base = strip_accents(f"{first}.{last}".lower())
            email = f"{base}{r.randint(1, 999)}@{'firma' if account else r.choice(['post', 'mail', 'correio', 'web'])}.example"
            digits = PREFIX[mk].replace(" ", "")
            phone = digits + "".join(str(r.randint(0, 9)) for _ in range(9))
            handle = (
                None
                if account
                else f"@{strip_accents(last.lower())}_{strip_accents(first.lower())}{r.randint(1, 99)}"
            )
            if not {cid, email, phone, handle or cid} & USED:
                break
        for x in (cid, email, phone, handle or cid):
            USED.add(x)
        c: dict[str, Any] = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": exp or [],
            "tolerated_rules": tol or [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.custs[cid] = c
        return c

    def at(self, day: float, h0: float = 8, h1: float = 19) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(h0, h1))

    def add(
        self,
        c: dict[str, Any],
        ts: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"lt267-{self.code.lower()}-{self.seq:05d}"
        lang = c["language"]
        if text and not out and channel not in ("phone", "survey"):
            if self.rough.random() < 0.1:
                text = strip_accents(text)
            if self.rough.random() < 0.125:
                text = text[0].lower() + text[1:]
            if self.rough.random() < 1 / 7:
                words = [
                    i
                    for i, w in enumerate(text.split(" "))
                    if w.isalpha() and w.islower() and len(w) > 4
                ]
                if words:
                    ws = text.split(" ")
                    i = self.rough.choice(words)
                    w = ws[i]
                    j = self.rough.randint(1, len(w) - 3)
                    ws[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                    text = " ".join(ws)
        if text and channel == "social" and not out and "Lastrelo" not in text:
            text = "@Lastrelo " + text
        elif text and channel == "social" and not out:
            k = text.rfind("Lastrelo")
            text = text[:k] + "@" + text[k:]
        a = {"market": c["country"]}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Ana", "Jens", "Mia", "Pedro", "Sara"])
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": ts,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "_c": c,
                "text": text,
                "subject": subject,
                "scores": sc,
                "source": f"lastrelo-{channel}",
                "attributes": a,
                "_lang": lang,
            }
        )
        return eid

    # ---------------------------------------------------------------- acts --
    def happy_act(self, c: dict[str, Any], ts: datetime, surveys: bool = True) -> None:
        r, lang = self.rng, c["language"]
        k = r.choice(
            ["praise", "praise", "gripe", "chat", "phone", "buy", "view", "review"]
            + (["survey"] if surveys else [])
        )
        if k == "praise":
            self.add(
                c,
                ts,
                r.choice(["social", "community"]),
                r.choice(["post", "mention"]),
                r.choice(W.PRAISE[lang]),
            )
        elif k == "gripe":
            self.add(
                c,
                ts,
                "web",
                "review",
                r.choice(W.GRIPE[lang]),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif k == "chat":
            self.add(c, ts, "chat", "chat", r.choice(W.QUESTION[lang]))
            self.add(
                c,
                ts + timedelta(minutes=r.randint(1, 6)),
                "chat",
                "chat",
                r.choice(W.ANSWER[lang]),
                out=True,
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    ts + timedelta(minutes=r.randint(8, 12)),
                    "chat",
                    "chat",
                    r.choice(W.THANKS[lang]),
                )
        elif k == "phone":
            self.add(c, ts, "phone", "call", r.choice(W.PHONE_Q[lang]))
            self.add(
                c,
                ts + timedelta(minutes=r.randint(10, 30)),
                "email",
                "message",
                r.choice(W.ANSWER[lang]),
                out=True,
            )
        elif k == "buy":
            self.add(c, ts, "web", "page_view", attrs={"page": "/book"})
            v = r.choice(["149.00", "189.00", "229.00"])
            self.add(
                c,
                ts + timedelta(minutes=r.randint(2, 9)),
                "web",
                "purchase",
                attrs={
                    "order_value": v,
                    "currency": "CHF"
                    if c["country"] == "CH"
                    else "GBP"
                    if c["country"] == "UK"
                    else "EUR",
                    "product": r.choice(
                        ["Patio clean 30 m2", "Driveway clean and seal", "Terrace joint re-sanding"]
                    ),
                    "page": "/checkout",
                },
            )
        elif k == "view":
            self.add(
                c,
                ts,
                "web",
                "page_view",
                attrs={"page": r.choice(["/prices", "/care", "/how-it-works"])},
            )
        elif k == "review":
            self.add(
                c,
                ts,
                "web",
                "review",
                r.choice(W.PRAISE[lang]),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey_happy(c, ts)

    def survey_happy(self, c: dict[str, Any], ts: datetime) -> None:
        r = self.rng
        kind = r.choice(["nps", "csat", "ces"])
        val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[kind]
        word = r.choice(W.SURVEY_WORD[c["language"]])
        self.add(
            c,
            ts,
            "survey",
            "survey_response",
            word or None,
            scores={kind: val},
            attrs={"survey": kind},
        )

    def happy_days(
        self,
        c: dict[str, Any],
        n: int,
        days: list[int],
        surveys: bool = True,
        h0: float = 7,
        h1: float = 19,
    ) -> None:
        for d in self.rng.sample(days, min(n, len(days))):
            self.happy_act(c, self.at(d, h0, h1), surveys)

    def case(self) -> str:
        return f"LT-{next(CASES)}"

    def complaint(
        self,
        c: dict[str, Any],
        ts: datetime,
        channel: str,
        problem: str,
        case: str | None,
        long: bool = False,
    ) -> str:
        r, lang = self.rng, c["language"]
        txt = r.choice(W.COMPLAINT[problem][lang])
        subj = W.SUBJ_COMPLAINT[lang].format(topic=W.TOPIC[problem][lang])
        if channel == "phone":
            return self.add(c, ts, "phone", "call", r.choice(W.PHONE_COMPLAINT[problem][lang]))
        if long:
            return self.add(
                c,
                ts,
                "email",
                "message",
                r.choice(W.LETTER[lang]).format(complaint=txt, name=c["name"]),
                subj,
            )
        if channel == "email":
            return self.add(c, ts, "email", "message", txt, subj)
        if channel == "chat":
            return self.add(c, ts, "chat", "chat", txt)
        if channel == "web":
            return self.add(c, ts, "web", "ticket", txt, attrs={"page": "/help/contact"})
        return self.add(c, ts, "social", "mention", txt)

    def reply(
        self, c: dict[str, Any], ts: datetime, channel: str, table: W.T, case: str, **kw: str
    ) -> str:
        lang = c["language"]
        ch = "chat" if channel == "chat" else "email"
        return self.add(
            c,
            ts,
            ch,
            "chat" if ch == "chat" else "message",
            self.rng.choice(table[lang]).format(case=case, **kw),
            None if ch == "chat" else W.SUBJ_CASE[lang].format(case=case),
            out=True,
        )

    # --------------------------------------------------------------- write --
    def write(self, expected: dict[str, int]) -> tuple[int, int]:
        self.rows.sort(key=lambda x: (x["occurred_at"], x["event_id"]))
        seen: set[str] = set()
        got: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"])
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        assert got == expected, (self.name, got, expected)
        lines = []
        for row in self.rows:
            c = row.pop("_c")
            row.pop("_lang")
            ids = c["identifiers"]
            cid = ids["customer_id"]
            full = row["direction"] == "outbound" or cid not in seen
            if row["direction"] == "inbound":
                seen.add(cid)
            if full:
                ref = {k: v for k, v in ids.items() if v}
            else:
                ch = row["channel"]
                key = {
                    "phone": "phone",
                    "email": "email",
                    "social": "handle",
                    "community": "handle",
                }.get(ch, "customer_id")
                if key == "handle" and not ids["handle"]:
                    key = "email"
                ref = {key: ids[key]}
                if ids["account_id"]:
                    ref["account_id"] = ids["account_id"]
            assert row["occurred_at"].year == 2026 and row["occurred_at"] < datetime(
                2026, 11, 1, tzinfo=UTC
            )
            row["customer"] = ref
            row["occurred_at"] = row["occurred_at"].strftime("%Y-%m-%dT%H:%M:%SZ")
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
        end = self.start + timedelta(days=self.days)
        last = datetime.strptime(
            json.loads(lines[-1])["occurred_at"], "%Y-%m-%dT%H:%M:%SZ"
        ).replace(tzinfo=UTC) + timedelta(hours=1)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Lastrelo (patio, driveway and terrace cleaning visits)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": expected,
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": max(end, last).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": self.custs,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return len(self.custs), len(lines)


def d(year_month_day: str) -> datetime:
    return datetime.strptime(year_month_day, "%Y-%m-%d").replace(tzinfo=UTC)


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d("2026-02-09"),
        10,
        "happy day and night writers, survey-only customers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for dd in f.rng.sample(range(9), f.rng.randint(2, 4)):
            ts = f.at(dd, 22.2, 23.9)
            if f.rng.random() < 0.5:
                f.add(c, ts, "social", "post", f.rng.choice(W.NIGHT[c["language"]]))
            else:
                f.add(c, ts, "chat", "chat", f.rng.choice(W.NIGHT_Q[c["language"]]))
                f.add(
                    c,
                    ts + timedelta(minutes=3),
                    "chat",
                    "chat",
                    f.rng.choice(W.NIGHT_A[c["language"]]),
                    out=True,
                )
                f.add(
                    c,
                    ts + timedelta(minutes=6),
                    "chat",
                    "chat",
                    f.rng.choice(W.THANKS[c["language"]]),
                )
        f.happy_days(c, 2, list(range(10)), h0=9, h1=18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for dd in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.survey_happy(c, f.at(dd))
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, d("2026-03-16"), 12, "happy customers with one bad day")
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(f.rng.sample(with_case, 6))
    low = set(f.rng.sample([i for i in with_case if i not in det], 5))
    good = set(f.rng.sample(with_case, 12))
    apol = set(f.rng.sample(sorted(good), 5))
    for i, ch in enumerate(chans):
        c = f.person(
            "bad_day_detractor" if i in det else "happy_one_bad_day",
            "one bad day",
            lang=("de" if i in (0, 6) else "pt" if i in (12, 18) else None),
            exp=["detractor"] if i in det else [],
            tol=["silence"],
        )
        bd = f.rng.randint(2, 9)
        ts = f.at(bd, 8, 20)
        f.happy_days(
            c,
            f.rng.randint(1, 5),
            [x for x in range(12) if x < bd - 1 or x > bd + 2],
            surveys=False,
        )
        prob = W.PROBLEMS[i % 4]
        case = f.case() if ch != "social" else None
        eid = f.complaint(c, ts, "email" if ch == "long" else ch, prob, case, long=ch == "long")
        c.update(
            {
                "problem": prob,
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "bad_day_at": ts.isoformat(),
                "bad_day_event_id": eid,
                "trouble_starts_at": ts.isoformat(),
                "booking": case,
            }
        )
        if case:
            f.reply(
                c,
                ts + timedelta(minutes=2 if ch == "chat" else f.rng.randint(10, 40)),
                ch,
                W.CASE_OPENED,
                case,
            )
        if i in det:
            nps = f.rng.randint(1, 5)
            c.update(
                {
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.add(
                        c,
                        ts + timedelta(minutes=f.rng.randint(100, 140)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        if i in low:
            cs = f.rng.randint(1, 2)
            c.update(
                {
                    "csat_given": True,
                    "csat": cs,
                    "survey_event_id": f.add(
                        c,
                        ts + timedelta(minutes=f.rng.randint(40, 80)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"csat": cs},
                        attrs={"survey": "csat"},
                    ),
                }
            )
        if i in good and case:
            f.reply(c, ts + timedelta(hours=f.rng.uniform(1, 4)), "email", W.GOOD_NEWS, case)
            c["agent_fixed"] = True
            if i in apol:
                at = ts + timedelta(hours=f.rng.uniform(16, 24))
                if at.hour < 7:
                    at += timedelta(hours=8)
                c.update(
                    {
                        "apologised": True,
                        "apology_at": at.isoformat(),
                        "apology_event_id": f.add(
                            c, at, "chat", "chat", f.rng.choice(W.APOLOGY[c["language"]])
                        ),
                    }
                )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)))
    return f


def day_time(ts: datetime) -> datetime:
    if ts.hour >= 22 or ts.hour < 7:
        base = ts if ts.hour < 7 else ts + timedelta(days=1)
        return base.replace(hour=8, minute=ts.minute)
    return ts


def repeat_run(
    f: Fam, c: dict[str, Any], first_day: int, times: int, escalate: bool, prob: str
) -> None:
    r, lang = f.rng, c["language"]
    chans = ["web", "email", "chat", "phone", "social"]
    first = r.choice(["web", "email", "chat", "phone"])
    later = r.sample([x for x in chans if x != first], times - 1)
    case = f.case()
    ts = f.at(first_day, 8, 19)
    comp = r.choice(COMPS)
    ids = [f.complaint(c, ts, first, prob, case)]
    if first == "chat":
        f.reply(c, ts + timedelta(minutes=3), "chat", W.CASE_OPENED, case)
    if escalate:
        f.reply(c, ts + timedelta(hours=r.uniform(1.5, 2.5)), "email", W.ESCALATED, case)
    elif first != "chat":
        f.reply(c, ts + timedelta(minutes=r.randint(10, 40)), "email", W.CASE_OPENED, case)
    t = ts
    for n, ch in enumerate(later, start=2):
        t = day_time(t + timedelta(hours=r.uniform(4, 40)))
        table = W.FOURTH if n == 4 else W.THIRD if n == 3 else W.STILL_OPEN
        txt = r.choice(table[lang]).format(case=case, comp=comp)
        if ch == "phone":
            txt = txt.lower().replace(".", "").replace(",", "").replace(":", "")
            ids.append(f.add(c, t, "phone", "call", txt))
        elif ch == "email":
            ids.append(f.add(c, t, "email", "message", txt, W.SUBJ_CASE[lang].format(case=case)))
        elif ch == "chat":
            ids.append(f.add(c, t, "chat", "chat", txt))
            f.reply(c, t + timedelta(minutes=2), "chat", W.URGENT, case)
        elif ch == "web":
            ids.append(f.add(c, t, "web", "ticket", txt, attrs={"page": "/help/contact"}))
        else:
            ids.append(f.add(c, t, "social", "mention", txt))
    c.update(
        {
            "problem": prob,
            "booking": case,
            "contacts": times,
            "channels": [first, *later],
            "agent_passed_on": escalate,
            "problem_event_ids": ids,
            "competitor": comp if times >= 3 else None,
            "trouble_starts_at": ts.isoformat(),
        }
    )


def fixed_case(
    f: Fam, c: dict[str, Any], day: int, prob: str, confirm_lang: str | None = None
) -> dict[str, Any]:
    r = f.rng
    case = f.case()
    ts = f.at(day, 8, 18)
    eid = f.complaint(c, ts, "web", prob, case)
    f.reply(c, ts + timedelta(minutes=r.randint(10, 40)), "email", W.CASE_OPENED, case)
    fx = day_time(ts + timedelta(hours=r.uniform(3, 20)))
    f.reply(c, fx, "email", W.GOOD_NEWS, case)
    cf = day_time(fx + timedelta(hours=r.uniform(8, 30)))
    lang = confirm_lang or c["language"]
    ce = f.add(
        c,
        cf,
        "email",
        "message",
        r.choice(W.CONFIRM[lang]).format(case=case),
        W.SUBJ_CASE[lang].format(case=case),
    )
    return {
        "problem": prob,
        "booking": case,
        "raised_at": ts.isoformat(),
        "fixed_at": fx.isoformat(),
        "confirmed_at": cf.isoformat(),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": "email",
    }


REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d("2026-04-20"),
        10,
        "repeat contacts, fixed cases, two problems, frequent writers",
    )
    for i in range(12):
        c = f.person("repeat_contact", "repeats", exp=["repeat_contact"], tol=REPEAT_TOL)
        f.happy_days(c, f.rng.randint(1, 3), [0], surveys=False, h0=7, h1=12)
        repeat_run(f, c, 1 + i % 4, 2 + i % 3, i < 6, W.PROBLEMS[i % 4])
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tol=["silence"])
        c["problems"] = [fixed_case(f, c, 1 + i % 4, W.PROBLEMS[i % 4])]
    for i in range(3):
        c = f.person("different_problems", "two problems", tol=["silence"])
        c["problems"] = [
            fixed_case(f, c, 1, W.PROBLEMS[i]),
            fixed_case(f, c, 5 + i % 2, W.PROBLEMS[i + 1]),
        ]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    return f


def slide(f: Fam, c: dict[str, Any], start: int, span: int) -> None:
    r, lang = f.rng, c["language"]
    comp = r.choice(COMPS)
    ids, t = [], f.at(start, 9, 17)
    first = t
    for n, txt in enumerate(W.SLIDE[lang]):
        if n:
            t = day_time(t + timedelta(hours=max(1.0, span * 24 / 5 * r.uniform(0.7, 1.2))))
        ch = r.choice(["social", "community", "review"])
        txt = txt.format(comp=comp)
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    txt,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][n]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", txt))
        if n == 3 and c["expected_rules"].count("detractor"):
            nps = r.randint(1, 5)
            c.update(
                {
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.add(
                        c,
                        day_time(t + timedelta(hours=r.uniform(2.5, 3.5))),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    ),
                }
            )
    c.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": first.isoformat(),
        }
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners", "SC", 4, d("2026-05-25"), 32, "sliders, leavers, steady, grumpy, sarcastic"
    )
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            exp=["sentiment_drop", *(["detractor"] if det else [])],
            tol=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for dd in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.add(
                c,
                f.at(dd, 8, 19),
                f.rng.choice(["social", "community"]),
                "post",
                f.rng.choice(W.PRAISE[c["language"]]),
            )
        f.happy_days(c, f.rng.randint(2, 4), list(range(11)), surveys=False)
        slide(f, c, 12 + i % 5, [3, 5, 5, 9, 9][i % 5])
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            exp=["churn_intent"],
            tol=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)), surveys=False)
        ts = f.at(f.rng.randint(17, 23), 8, 19)
        eid = f.add(
            c, ts, "email", "message", f.rng.choice(W.LEAVE[c["language"]]), "Lastrelo Care"
        )
        f.add(
            c,
            day_time(ts + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            f.rng.choice(W.SORRY_GO[c["language"]]),
            "RE: Lastrelo Care",
            out=True,
        )
        ct = day_time(ts + timedelta(hours=f.rng.uniform(20, 30)))
        cx = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Lastrelo Care"},
        )
        c.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cx,
                "churn_at": ct.isoformat(),
                "trouble_starts_at": ts.isoformat(),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tol=["repeat_contact", "silence"])
        t = f.at(f.rng.randint(0, 4), 8, 19)
        first_t = t
        ids = []
        for _n in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    "ticket" if ch == "web" else "post",
                    f.rng.choice(W.GRUMBLE[c["language"]]),
                    attrs={"page": "/help/contact"} if ch == "web" else None,
                )
            )
            t = day_time(t + timedelta(days=f.rng.randint(1, 3), hours=f.rng.uniform(-2, 2)))
        c.update({"grumble_event_ids": ids, "trouble_starts_at": first_t.isoformat()})
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tol=["silence"])
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)), surveys=False)
        c["sarcasm_event_id"] = f.add(
            c,
            f.at(f.rng.randint(17, 28)),
            "social",
            "mention",
            f.rng.choice(W.SARCASM[c["language"]]),
        )
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, d("2026-07-10"), 3, "a calm weekend with night owls")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), [0, 1, 2], h0=7, h1=17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tol=["silence"])
        t = f.at(f.rng.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/book"})
        g = t + timedelta(minutes=f.rng.randint(20, 30))
        c["grumble_event_id"] = f.add(c, g, "chat", "chat", f.rng.choice(W.MILD[c["language"]]))
        f.add(
            c,
            g + timedelta(minutes=3),
            "chat",
            "chat",
            f.rng.choice(W.MILD_A[c["language"]]),
            out=True,
        )
        c["trouble_starts_at"] = g.isoformat()
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, hours=0, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    eid = f.add(c, t, "social", "post", f.rng.choice(W.NIGHT[c["language"]]))
                else:
                    eid = f.add(c, t, "chat", "chat", f.rng.choice(W.NIGHT_Q[c["language"]]))
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        f.rng.choice(W.NIGHT_A[c["language"]]),
                        out=True,
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=6),
                        "chat",
                        "chat",
                        f.rng.choice(W.THANKS[c["language"]]),
                    )
                c.update({"burst_at": bs.isoformat(), "night_event_id": eid})
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.at(f.rng.randint(0, 2), 9, 17.5))
    return f


PAIRS = [
    ("de", "pt"),
    ("pt", "de"),
    ("de", "en"),
    ("pt", "es"),
    ("de", "fr"),
    ("pt", "en"),
    ("es", "de"),
    ("it", "pt"),
    ("de", "it"),
    ("fr", "pt"),
    ("en", "de"),
    ("pt", "fr"),
]


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d("2026-08-10"), 14, "customers who alternate two languages")
    pairs = iter(PAIRS * 3)

    def bi(persona: str, habit: str, **kw: Any) -> tuple[dict[str, Any], str, str]:
        a, b = next(pairs)
        c = f.person(persona, habit, lang=a, **kw)
        c["languages"] = [a, b]
        c["job_second_language"] = f.rng.choice(
            ["works across the border", "partner's language", "grew up with both"]
        )
        return c, a, b

    for _ in range(12):
        c, a, b = bi("happy", "alternates languages")
        for n, dd in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c["language"] = a if n % 2 == 0 else b
            f.happy_act(c, f.at(dd))
        c["language"] = a
    for i in range(5):
        c, a, b = bi("repeat_contact", "repeats", exp=["repeat_contact"], tol=REPEAT_TOL)
        f.happy_days(c, 2, [0, 1], surveys=False)
        times = [2, 2, 3, 3, 4][i]
        rows0 = len(f.rows)
        repeat_run(f, c, 2 + i % 4, times, times >= 3, W.PROBLEMS[i % 4])
        c["language"] = a
        del rows0
    for i in range(5):
        c, a, b = bi(
            "slow_churner",
            "slides",
            exp=["sentiment_drop"],
            tol=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for n, dd in enumerate(range(0, 6)):
            if n < 5:
                c["language"] = a if n % 2 == 0 else b
                f.add(c, f.at(dd), "social", "post", f.rng.choice(W.PRAISE[c["language"]]))
        c["language"] = b
        slide(f, c, 7 + i % 2, [3, 4, 5, 3, 4][i])
        c["language"] = a
    for i in range(3):
        c, a, b = bi("happy_one_bad_day", "one bad day", tol=["silence"])
        f.happy_days(c, 3, [0, 1, 2, 10, 11, 12, 13], surveys=False)
        c["language"] = b
        ts = f.at(6, 9, 17)
        case = f.case()
        eid = f.complaint(c, ts, ["email", "email", "chat"][i], W.PROBLEMS[i], case, long=i == 0)
        f.reply(c, ts + timedelta(minutes=20), ["email", "email", "chat"][i], W.CASE_OPENED, case)
        if i < 2:
            f.reply(c, ts + timedelta(hours=2), "email", W.GOOD_NEWS, case)
        if i == 1:
            c.update(
                {
                    "apologised": True,
                    "apology_event_id": f.add(
                        c,
                        day_time(ts + timedelta(hours=20)),
                        "chat",
                        "chat",
                        f.rng.choice(W.APOLOGY[b]),
                    ),
                }
            )
        c.update(
            {
                "bad_day_at": ts.isoformat(),
                "bad_day_event_id": eid,
                "bad_day_language": b,
                "booking": case,
                "long_email": i == 0,
                "trouble_starts_at": ts.isoformat(),
            }
        )
        c["language"] = a
    for i in range(2):
        c, a, b = bi("resolved_between_contacts", "fixed", tol=["silence"])
        c["problems"] = [fixed_case(f, c, 4 + i, W.PROBLEMS[i + 2], confirm_lang=b)]
    return f


B2B_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d("2026-10-05"),
        14,
        "company accounts: at risk, one unhappy, mild, happy",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "de",
        "pt",
        "de",
        "pt",
        "es",
        "de",
        "pt",
        "en",
        "fr",
        "de",
        "pt",
        "it",
        "de",
        "pt",
        "en",
    ]
    sites = [
        "property management",
        "hotel",
        "car park",
        "school",
        "municipality",
        "facilities",
        "hotel",
        "retail park",
        "campsite",
        "housing association",
        "office park",
        "restaurant",
        "hotel",
        "property management",
        "care home",
    ]
    exp_counts = {"account_risk": 5, "repeat_contact": 5, "detractor": 0}
    for n, kind in enumerate(kinds):
        lang = langs[n]
        mk = MARKET[lang][0]
        acc = f"LTS-{mk}-{1000 + n * 37}"
        ncont = 4 + n % 3 if kind == "at_risk" else 3
        contacts = []
        for _k in range(ncont):
            contacts.append(f.person("b2b_happy", "contact", lang=lang, account=acc, market=mk))
        a: dict[str, Any] = {
            "company": f"{sites[n].title()} client {n + 1}",
            "site": sites[n],
            "contacts": ncont,
            "contact_keys": [c["identifiers"]["customer_id"] for c in contacts],
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": mk,
        }
        f.accounts[acc] = a
        for c in contacts:
            c.update(
                {
                    "company": a["company"],
                    "role": "contact",
                    "job_title": f.rng.choice(
                        ["Facility Manager", "Operations", "Procurement", "Site Lead"]
                    ),
                }
            )
            c["job"] = c["job_title"]
            for dd in f.rng.sample([0, 1], f.rng.randint(0, 2)):
                t = f.at(dd, 8, 16.5)
                f.add(c, t, "chat", "chat", f.rng.choice(W.QUESTION[lang]))
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    f.rng.choice(W.ANSWER[lang]),
                    out=True,
                )
        if kind == "at_risk":
            prob = W.B2B_PROBLEMS[n % 3]
            a["same_problem"] = prob
            nc = 3 if n < 3 else 4
            case = f.case()
            t = f.at(2, 8, 12)
            a["trouble_starts_at"] = t.isoformat()
            first_name = contacts[0]["name"].split()[0]
            for k in range(nc):
                c = contacts[k]
                c.update(
                    {
                        "persona": "b2b_unhappy",
                        "habit": "complainer",
                        "role": "complainer",
                        "tolerated_rules": B2B_TOL,
                        "booking": case,
                        "problem": prob,
                    }
                )
                txt = f.rng.choice(W.B2B_COMPLAINT[prob][lang])
                if k:
                    txt = W.B2B_FOLLOW[lang][0].format(
                        first=first_name, day=W.WEEKDAY[lang], case=case, complaint=txt
                    )
                eid = f.add(
                    c, t, "email", "message", txt, W.SUBJ_COMPLAINT[lang].format(topic=prob)
                )
                c["complaint_event_ids"] = [eid]
                c["trouble_starts_at"] = t.isoformat()
                if k == 0:
                    f.reply(c, t + timedelta(minutes=30), "email", W.CASE_OPENED, case)
                if k < nc - 1:
                    nps = f.rng.randint(1, 5)
                    c["expected_rules"] = ["detractor"]
                    c.update(
                        {
                            "nps_given": True,
                            "nps": nps,
                            "survey_event_id": f.add(
                                c,
                                t + timedelta(hours=f.rng.uniform(1, 3)),
                                "survey",
                                "survey_response",
                                None,
                                scores={"nps": nps},
                                attrs={"survey": "nps"},
                            ),
                        }
                    )
                    exp_counts["detractor"] += 1
                else:
                    c["expected_rules"] = ["repeat_contact"]
                    c["tolerated_rules"] = [x for x in B2B_TOL]
                    t2 = t + timedelta(hours=f.rng.uniform(20, 26))
                    comp = f.rng.choice(COMPS)
                    c["competitor"] = comp
                    c["complaint_event_ids"].append(
                        f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            W.B2B_LAST[lang][0].format(case=case, comp=comp),
                            W.SUBJ_CASE[lang].format(case=case),
                        )
                    )
                t = t + timedelta(hours=f.rng.uniform(8, 20))
                while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
                    t += timedelta(hours=1)
            a["unhappy_contacts"] = nc
            a["unhappy_contact_keys"] = [c["identifiers"]["customer_id"] for c in contacts[:nc]]
        elif kind == "one_unhappy":
            c = contacts[0]
            prob = W.B2B_PROBLEMS[n % 3]
            case = f.case()
            t = f.at(3 + n % 3, 9, 15)
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.rng.choice(W.B2B_COMPLAINT[prob][lang]),
                W.SUBJ_COMPLAINT[lang].format(topic=prob),
            )
            f.reply(c, t + timedelta(minutes=40), "email", W.CASE_OPENED, case)
            nps = f.rng.randint(1, 5)
            c.update(
                {
                    "persona": "b2b_one_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "expected_rules": ["detractor"],
                    "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                    "complaint_event_ids": [eid],
                    "booking": case,
                    "problem": prob,
                    "trouble_starts_at": t.isoformat(),
                    "nps_given": True,
                    "nps": nps,
                }
            )
            c["survey_event_id"] = f.add(
                c,
                t + timedelta(hours=2),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            exp_counts["detractor"] += 1
            a["unhappy_contacts"], a["unhappy_contact_keys"] = 1, [c["identifiers"]["customer_id"]]
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.at(f.rng.randint(2, 8), 9, 16)
                if t.weekday() >= 5:
                    t -= timedelta(days=2)
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    W.B2B_SUGGEST[lang][0],
                    attrs={"page": "/business/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=50),
                    "email",
                    "message",
                    W.MILD_A[lang][0],
                    "Lastrelo Sites",
                    out=True,
                )
                c.update(
                    {
                        "persona": "b2b_mild",
                        "habit": "suggests",
                        "role": "suggests",
                        "tolerated_rules": ["silence"],
                        "mild_event_id": eid,
                        "trouble_starts_at": t.isoformat(),
                    }
                )
        for c in contacts:
            if c["persona"] == "b2b_happy":
                for dd in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9], f.rng.randint(1, 3)):
                    f.add(c, f.at(dd, 8, 16.5), "community", "post", f.rng.choice(W.PRAISE[lang]))
    f.b2b_expected = {k: v for k, v in exp_counts.items() if v}  # type: ignore[attr-defined]
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, d("2026-09-14"), 7, "a calm week and a Saturday-morning spike")
    for _ in range(40):
        c = f.person("happy", "day writer")
        for dd in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy_act(c, f.at(dd, 12 if dd == 5 else 8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tol=["silence"])
        t = f.at(0, 9, 17)
        c["grumble_event_id"] = f.add(c, t, "chat", "chat", f.rng.choice(W.GRUMBLE[c["language"]]))
        f.add(
            c,
            t + timedelta(minutes=4),
            "chat",
            "chat",
            f.rng.choice(W.MILD_A[c["language"]]),
            out=True,
        )
        c["trouble_starts_at"] = t.isoformat()
    for lang, hh in (("pt", 9.6), ("de", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lang, tol=["silence"])
        t = f.start + timedelta(days=4, hours=hh)
        c["lone_report_event_id"] = f.add(c, t, "chat", "chat", W.LONE_Q[lang][0])
        f.add(c, t + timedelta(minutes=3), "chat", "chat", W.LONE_A[lang][0], out=True)
        c["trouble_starts_at"] = t.isoformat()
    s0 = f.start + timedelta(days=5, hours=8, minutes=20)
    langs = ["de"] * 6 + ["pt"] * 6 + ["en", "en", "es", "es", "fr", "fr", "it", "it"]
    f.rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.uniform(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    for i in range(20):
        regular = i % 20 < 12
        repeater = i < 6
        c = f.person(
            "spike_repeater" if repeater else "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            exp=["repeat_contact"] if repeater else [],
            tol=["silence", "sentiment_drop"] if repeater else ["silence"],
        )
        if regular:
            f.happy_days(c, f.rng.randint(1, 3), [2, 3], h0=8, h1=17.5)
        o = offs[i] if not repeater else sorted(offs)[i]
        t = s0 + timedelta(minutes=o)
        ch = chans[i]
        txt = f.rng.choice(W.SPIKE[c["language"]]).format(code=CODE)
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
            txt,
            "App" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                W.SPIKE_CHAT_A[c["language"]][0],
                out=True,
            )
        keys.append(c["identifiers"]["customer_id"])
        eids.append(eid)
        c.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": t.isoformat(),
            }
        )
        if repeater:
            ch2 = f.rng.choice([x for x in ["email", "chat", "community"] if x != ch])
            r2 = f.add(
                c,
                t + timedelta(minutes=f.rng.uniform(15, 30)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                W.SPIKE_AGAIN[c["language"]][0].format(code=CODE),
                "App" if ch2 == "email" else None,
            )
            c["repeat_event_id"] = r2
            reps.append(r2)
        elif i < 12:
            local = "11:40" if c["country"] not in ("UK", "IE", "PT") else "10:40"
            f.add(
                c,
                s0 + timedelta(hours=2, minutes=50 + i),
                "email",
                "message",
                W.SPIKE_FIXED[c["language"]][0].format(time=local),
                "Lastrelo App",
                out=True,
            )
            c["agent_fixed"] = True
    f.spike = {
        "topic": f"patio-cleaning app: rescheduling a visit fails with error {CODE}",
        "about": "the app's reschedule button fails",
        "channel": None,
        "start": (s0).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


def main() -> None:
    total_c = total_t = 0
    plans = [
        (happy_writers, {}),
        (one_bad_day, {"detractor": 6}),
        (repeat_contacts, {"repeat_contact": 12}),
        (slow_churners, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}),
        (quiet_hours, {}),
        (bilingual, {"repeat_contact": 5, "sentiment_drop": 5}),
        (b2b_accounts, None),
        (topic_spike, {"topic_spike": 1, "repeat_contact": 6}),
    ]
    for build, exp in plans:
        fam = build()
        expected = exp if exp is not None else fam.b2b_expected  # type: ignore[attr-defined]
        nc, nt = fam.write(expected)
        total_c += nc
        total_t += nt
    print(total_c, total_t)


if __name__ == "__main__":
    main()
