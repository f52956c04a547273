# ruff: noqa: E501
"""Builds heldout165/: eight hand-written alert families for Lucentra (report only, blind).

Run ``python make_heldout165.py`` from anywhere; standard library only, fixed seeds.
"""

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

import wording as w  # noqa: E402

SEED = 20261107
LANGS = ("de", "it", "en", "fr", "pt", "es")
WEIGHTS = (32, 32, 9, 9, 9, 9)
MARKETS = {
    "de": ("DE", "AT", "CH"),
    "it": ("IT", "CH"),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE"),
    "pt": ("PT",),
    "es": ("ES",),
}
PREFIX = {
    "DE": "+49 15",
    "AT": "+43 66",
    "CH": "+41 79",
    "IT": "+39 34",
    "UK": "+44 77",
    "IE": "+353 87",
    "FR": "+33 6",
    "BE": "+32 47",
    "PT": "+351 91",
    "ES": "+34 6",
}
FIRST = {
    "de": ["Jonas", "Lena", "Matthias", "Katrin", "Felix", "Sabine", "Tobias", "Anja"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Davide", "Sara", "Paolo"],
    "en": ["Emma", "Liam", "Grace", "Owen"],
    "fr": ["Camille", "Hugo", "Léa", "Julien"],
    "pt": ["Inês", "Tiago", "Marta", "Rui"],
    "es": ["Lucía", "Javier", "Irene", "Pablo"],
}
LAST = {
    "de": ["Brandt", "Zimmermann", "Huber", "Keller", "Vogt", "Lang"],
    "it": ["Rossi", "Bianchi", "Greco", "Conti", "Marino", "Gallo"],
    "en": ["Walsh", "Hughes", "Byrne"],
    "fr": ["Martin", "Roux", "Girard"],
    "pt": ["Silva", "Costa", "Sousa"],
    "es": ["Torres", "Fuentes", "Navarro"],
}
AGENTS = ("Nadia", "Tom", "Elif", "Bruno")
SOURCE = {
    "email": "lucentra-mail",
    "phone": "lucentra-voice",
    "social": "lucentra-social",
    "community": "lucentra-forum",
    "chat": "lucentra-chat",
    "web": "lucentra-web",
    "survey": "lucentra-survey",
}
STARTS = {
    "happy_writers": (datetime(2026, 3, 23, tzinfo=UTC), 10),
    "one_bad_day": (datetime(2026, 4, 20, tzinfo=UTC), 12),
    "repeat_contacts": (datetime(2026, 6, 1, tzinfo=UTC), 10),
    "slow_churners": (datetime(2026, 7, 6, tzinfo=UTC), 32),
    "quiet_hours": (datetime(2026, 8, 28, tzinfo=UTC), 3),
    "bilingual": (datetime(2026, 9, 21, tzinfo=UTC), 14),
    "b2b_accounts": (datetime(2026, 10, 12, tzinfo=UTC), 14),
    "topic_spike": (datetime(2026, 11, 2, tzinfo=UTC), 7),
}
CODES = {
    "happy_writers": "HW",
    "one_bad_day": "BD",
    "repeat_contacts": "RC",
    "slow_churners": "SC",
    "quiet_hours": "QH",
    "bilingual": "BL",
    "b2b_accounts": "BB",
    "topic_spike": "TS",
}
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", s)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )


def unique(make: Any) -> str:
    while True:
        v = str(make())
        if v not in USED:
            USED.add(v)
            return v


class Fam:
    def __init__(self, name: str, n: int) -> None:
        self.name = name
        self.code = CODES[name]
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.start, self.days = STARTS[name]
        want = 4 if name == "quiet_hours" else 0
        assert self.start.weekday() == want, name
        self.rows: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> dict[str, Any]:
        r = self.rng
        first = r.choice(FIRST[lang])
        last = r.choice(LAST[lang])
        mk = market or r.choice(MARKETS[lang])
        key = unique(lambda: f"LU{self.code}{r.randint(1000, 9999)}")
        dom = (
            f"{account.lower()}.example"
            if account
            else r.choice(["mail.example", "post.example", "web.example"])
        )
        email = unique(
            lambda: (
                f"{strip_accents(first).lower()}.{strip_accents(last).lower()}{r.randint(1, 99)}@{dom}"
            )
        )
        phone = unique(lambda: PREFIX[mk] + "".join(str(r.randint(0, 9)) for _ in range(8)))
        handle = (
            None
            if account
            else unique(
                lambda: (
                    f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{r.randint(1, 99)}"
                )
            )
        )
        c: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "_phone_raw": phone,
        }
        self.customers[key] = c
        return c

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        self.seq += 1
        eid = f"h165-{self.code.lower()}-{self.seq:05d}"
        if text is not None:
            text = text.replace("{brand}", w.BRAND)
            if direction == "inbound" and rough and channel not in ("phone", "survey"):
                text = self.roughen(text)
        a = {"market": c["country"]} | (attrs or {})
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if direction == "outbound" and "agent" not in a:
            a["agent"] = self.rng.choice(AGENTS)
        self.rows.append(
            {
                "event_id": eid,
                "t": t,
                "channel": channel,
                "kind": kind,
                "direction": direction,
                "c": c,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "attributes": a,
            }
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, x in enumerate(text.split(" "))
                if len(x) > 4 and x.isalpha() and x.islower()
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                wd = parts[i]
                j = r.randint(1, len(wd) - 3)
                parts[i] = wd[:j] + wd[j + 1] + wd[j] + wd[j + 2 :]
                text = " ".join(parts)
        return text

    def agent(
        self, c: dict[str, Any], t: datetime, channel: str, table: dict[str, str], **kw: str
    ) -> str:
        ag = self.rng.choice(AGENTS)
        text = table[c["language"]].format(agent=ag, brand=w.BRAND, **kw)
        kind = "chat" if channel == "chat" else "message"
        return self.add(c, t, channel, kind, text, direction="outbound", attrs={"agent": ag})

    def case(self) -> str:
        return unique(lambda: f"LC-{self.rng.randint(100000, 999999)}")

    # ---------------------------------------------------------------- happy acts --
    def happy(
        self, c: dict[str, Any], t: datetime, lang: str | None = None, surveys: bool = True
    ) -> None:
        r = self.rng
        lg = lang or c["language"]
        kinds = ["praise", "praise", "question", "call", "buy", "view", "review"] + (
            ["survey"] if surveys else []
        )
        k = r.choice(kinds)
        if k == "praise":
            ch = r.choice(["social", "community"])
            self.add(c, t, ch, "mention" if ch == "social" else "post", r.choice(w.PRAISE[lg]))
        elif k == "question":
            ch = r.choice(["chat", "email"])
            self.add(c, t, ch, "chat" if ch == "chat" else "message", r.choice(w.QUESTION[lg]))
            self.agent(
                c,
                t + timedelta(minutes=r.randint(2, 9) if ch == "chat" else r.randint(30, 150)),
                ch,
                w.ANSWER,
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(160, 200)),
                    ch,
                    "chat" if ch == "chat" else "message",
                    r.choice(w.THANKS[lg]),
                )
        elif k == "call":
            self.add(c, t, "phone", "call", w.CALL_Q[lg])
            self.agent(c, t + timedelta(minutes=r.randint(10, 40)), "email", w.CALL_FOLLOW)
        elif k == "buy":
            name, price = r.choice(w.PRODUCTS)
            self.add(c, t, "web", "page_view", None, attrs={"page": "/web/prices"})
            cur = {"UK": "GBP", "CH": "CHF"}.get(c["country"], "EUR")
            self.add(
                c,
                t + timedelta(minutes=r.randint(3, 15)),
                "web",
                "purchase",
                None,
                attrs={"order_value": price, "currency": cur, "product": name, "page": "/app/book"},
            )
        elif k == "view":
            self.add(c, t, "web", "page_view", None, attrs={"page": r.choice(w.PAGES)})
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                r.choice(w.PRAISE[lg]),
                attrs={"rating": "5", "page": "/web/reviews"},
            )
        else:
            self.survey_happy(c, t, lg)

    def survey_happy(self, c: dict[str, Any], t: datetime, lg: str) -> None:
        r = self.rng
        s = r.choice(["nps", "csat", "ces"])
        val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[s]
        self.add(
            c,
            t,
            "survey",
            "survey_response",
            r.choice(w.SURVEY_WORD[lg]) or None,
            scores={s: val},
            attrs={"survey": s},
        )

    def happy_days(
        self,
        c: dict[str, Any],
        n: int,
        days: list[int],
        h0: float = 7.0,
        h1: float = 19.0,
        surveys: bool = True,
    ) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.at(d, self.rng.uniform(h0, h1)), surveys=surveys)

    def langpick(self) -> str:
        return self.rng.choices(LANGS, WEIGHTS)[0]

    # ---------------------------------------------------------------- output --
    def write(self, about: str) -> None:
        rows = sorted(self.rows, key=lambda x: (x["t"], x["event_id"]))
        seen: set[str] = set()
        out: list[str] = []
        for row in rows:
            c = row["c"]
            ids = c["identifiers"]
            key = ids["customer_id"]
            full = row["direction"] == "outbound" or (
                row["direction"] == "inbound" and key not in seen
            )
            if row["direction"] == "inbound":
                seen.add(key)
            if full:
                cust = {
                    "customer_id": key,
                    "email": ids["email"],
                    "phone": c["_phone_raw"],
                    "handle": ids["handle"],
                    "account_id": ids["account_id"],
                }
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
                    cust["phone"] = c["_phone_raw"]
                elif ch in ("social", "community") and ids["handle"]:
                    cust["handle"] = (
                        ids["handle"] if self.rough.random() > 0.2 else ids["handle"].lstrip("@")
                    )
                elif ch in ("social", "community", "email"):
                    cust["email"] = (
                        ids["email"] if self.rough.random() > 0.08 else ids["email"].upper()
                    )
                else:
                    cust["customer_id"] = key
            rec = {
                "event_id": row["event_id"],
                "occurred_at": iso(row["t"]),
                "channel": row["channel"],
                "kind": row["kind"],
                "direction": row["direction"],
                "customer": cust,
                "text": row["text"],
                "subject": row["subject"],
                "scores": {
                    "nps": row["scores"].get("nps"),
                    "csat": row["scores"].get("csat"),
                    "ces": row["scores"].get("ces"),
                },
                "source": SOURCE[row["channel"]],
                "attributes": row["attributes"],
            }
            out.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
        last = rows[-1]["t"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        expected: dict[str, int] = {}
        for c in self.customers.values():
            c.pop("_phone_raw", None)
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"])
            for rule in c["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": about,
                "business": "Lucentra: window and conservatory cleaning at home by app and web, Lucentra Plus membership, Lucentra Pro for firms on account",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def low_nps(f: Fam, c: dict[str, Any], t: datetime) -> None:
    """A detractor's NPS of 1-5, marked in the truth."""
    nps = f.rng.randint(1, 5)
    c["survey_event_id"] = f.add(
        c, t, "survey", "survey_response", None, scores={"nps": nps}, attrs={"survey": "nps"}
    )
    c.update({"nps_given": True, "nps": nps})


NO_SILENCE: list[str] = []
SIL = ["silence"]
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


def happy_writers(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person(f.langpick(), "happy", "day writer")
        f.happy_days(c, r.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person(f.langpick(), "happy", "night writer")
        for d in sorted(r.sample(range(9), r.randint(2, 4))):
            t = f.at(d, r.uniform(22.2, 28.5))
            if r.random() < 0.5:
                f.add(c, t, "community", "post", r.choice(w.NIGHT[c["language"]]))
            else:
                f.add(c, t, "chat", "chat", w.NIGHT_Q[c["language"]])
                f.agent(c, t + timedelta(minutes=r.randint(2, 8)), "chat", w.ANSWER)
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(10, 14)),
                    "chat",
                    "chat",
                    r.choice(w.THANKS[c["language"]]),
                )
        f.happy_days(c, r.randint(2, 3), list(range(10)), 9, 18, surveys=False)
    for _ in range(5):
        c = f.person(f.langpick(), "happy", "answers surveys")
        for d in sorted(r.sample(range(10), r.randint(3, 6))):
            f.survey_happy(c, f.at(d, r.uniform(8, 20)), c["language"])


def complaint_text(f: Fam, problem: str, lang: str) -> str:
    return str(f.rng.choice(w.COMPLAINT[problem][lang]))


def one_bad_day(f: Fam) -> None:
    r = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in w.PROBLEMS for _ in range(4)]
    r.shuffle(problems)
    det = set(r.sample([i for i, ch in enumerate(channels) if ch != "social"], 6))
    rest = [i for i, ch in enumerate(channels) if ch != "social" and i not in det]
    csat = set(r.sample(rest, 5))
    good = r.sample([i for i, ch in enumerate(channels) if ch != "social"], 12)
    apol = set(good[:5])
    for i, ch in enumerate(channels):
        lang = ("de" if i % 2 else "it") if ch == "long" else f.langpick()
        c = f.person(
            lang,
            "bad_day_detractor" if i in det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if i in det else [],
            SIL,
        )
        bd = r.randint(2, 9)
        t = f.at(bd, r.uniform(8, 20))
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, r.randint(1, 5), days, surveys=False)
        comp = complaint_text(f, problems[i], lang)
        case = None if ch == "social" else f.case()
        if ch == "long":
            eid = f.add(
                c,
                t,
                "email",
                "message",
                w.LONG_EMAIL[lang].format(complaint=comp, name=c["name"]),
                subject=w.SUBJECT_COMPLAINT[lang],
            )
        elif ch == "email":
            eid = f.add(c, t, "email", "message", comp, subject=w.SUBJECT_COMPLAINT[lang])
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", comp)
        elif ch == "social":
            eid = f.add(c, t, "social", "mention", "@" + w.BRAND + " " + comp)
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", comp, attrs={"page": "/web/help/contact"})
        else:
            eid = f.add(
                c,
                t,
                "phone",
                "call",
                w.CALL_COMPLAINT[lang].format(
                    name=c["name"].split()[0].lower(), complaint_plain=comp.lower().rstrip(".!?")
                ),
            )
        c.update(
            {
                "problem": problems[i],
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "long_email": ch == "long",
            }
        )
        if case:
            f.agent(
                c,
                t + timedelta(minutes=r.randint(10, 40))
                if ch != "chat"
                else t + timedelta(minutes=3),
                "chat" if ch == "chat" else "email",
                w.CASE_OPENED,
                case=case,
            )
        if i in det:
            low_nps(f, c, t + timedelta(minutes=r.randint(100, 140)))
        elif i in csat:
            cs = r.randint(1, 2)
            c["survey_event_id"] = f.add(
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                r.choice(["Nein.", "no", None]) if lang == "de" else None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            c.update({"csat_given": True, "csat": cs})
        if i in good and case:
            f.agent(c, t + timedelta(hours=r.uniform(1, 4)), "email", w.GOOD_NEWS, case=case)
            c["agent_fixed"] = True
        if i in apol:
            ta = t + timedelta(hours=r.uniform(16, 24))
            if ta.hour < 7 or ta.hour >= 22:
                ta = ta.replace(hour=8)
            c.update(
                {
                    "apologised": True,
                    "apology_at": iso(ta),
                    "apology_event_id": f.add(c, ta, "chat", "chat", w.APOLOGY[lang]),
                }
            )
    for _ in range(8):
        c = f.person(f.langpick(), "happy", "control")
        f.happy_days(c, r.randint(4, 7), list(range(12)))


def daytime(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def repeat_run(
    f: Fam, c: dict[str, Any], t: datetime, times: int, langs: list[str] | None = None
) -> None:
    r = f.rng
    problem = r.choice(w.PROBLEMS)
    case = f.case()
    chans = ["web", "email", "chat", "phone", "social"]
    r.shuffle(chans)
    comp_name = r.choice(w.COMPETITORS)
    ids: list[str] = []
    for k in range(times):
        lang = langs[k % len(langs)] if langs else c["language"]
        ch = chans[k]
        comp = complaint_text(f, problem, lang)
        text = comp if k == 0 else w.STILL_OPEN[lang].format(case=case, complaint=comp)
        if k == 2:
            text += w.THIRD[lang].format(comp=comp_name)
        if k == 3:
            text += w.FOURTH[lang]
        kind = {
            "web": "ticket",
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "social": "mention",
        }[ch]
        if ch == "phone":
            text = text.lower().replace(".", "").replace(",", "").replace("?", "").replace("!", "")
        if ch == "social":
            text = "@" + w.BRAND + " " + text
        ids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                text,
                subject=(w.SUBJECT_COMPLAINT[lang] if k == 0 else f"RE: {case}")
                if ch == "email"
                else None,
                attrs={"page": "/web/help/contact"} if ch == "web" else None,
            )
        )
        if k == 0:
            if times >= 3:
                f.agent(
                    c, t + timedelta(hours=r.uniform(1.5, 2.5)), "email", w.QUALITY_LEAD, case=case
                )
            else:
                f.agent(
                    c, t + timedelta(minutes=r.randint(10, 40)), "email", w.CASE_OPENED, case=case
                )
        elif ch == "chat":
            f.agent(c, t + timedelta(minutes=3), "chat", w.URGENT)
        t = daytime(t + timedelta(hours=r.uniform(4, 40)))
    c.update(
        {
            "problem": problem,
            "booking": case,
            "problem_event_ids": ids,
            "contacts": times,
            "competitor": comp_name if times >= 3 else None,
        }
    )
    first = next(x for x in f.rows if x["event_id"] == ids[0])
    c["trouble_starts_at"] = iso(first["t"])


def fixed_case(
    f: Fam, c: dict[str, Any], t: datetime, lang: str, lang2: str | None = None
) -> dict[str, Any]:
    r = f.rng
    problem = r.choice(w.PROBLEMS)
    case = f.case()
    e1 = f.add(
        c, t, "web", "ticket", complaint_text(f, problem, lang), attrs={"page": "/web/help/contact"}
    )
    f.agent(c, t + timedelta(minutes=r.randint(10, 40)), "email", w.CASE_OPENED, case=case)
    t2 = daytime(t + timedelta(hours=r.uniform(3, 20)))
    f.agent(c, t2, "email", w.GOOD_NEWS, case=case)
    t3 = daytime(t2 + timedelta(hours=r.uniform(8, 30)))
    ch = r.choice(["email", "chat"])
    e3 = f.add(
        c,
        t3,
        ch,
        "message" if ch == "email" else "chat",
        w.CONFIRM[lang2 or lang].format(case=case),
        subject=f"RE: {case}" if ch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(t2),
        "confirmed_at": iso(t3),
        "problem_event_ids": [e1],
        "confirm_event_id": e3,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    for n in counts:
        c = f.person(f.langpick(), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.happy_days(c, 1, [0], 7, 12, surveys=False)
        repeat_run(f, c, f.at(r.randint(1, 4), r.uniform(8, 19)), n)
    for _ in range(5):
        c = f.person(f.langpick(), "resolved_between_contacts", "fixed", [], SIL)
        fx = fixed_case(f, c, f.at(r.randint(1, 4), r.uniform(8, 18)), c["language"])
        c.update({"problems": [fx], "trouble_starts_at": fx["raised_at"]})
    for _ in range(3):
        c = f.person(f.langpick(), "different_problems", "two problems", [], SIL)
        d = r.randint(1, 3)
        a = fixed_case(f, c, f.at(d, r.uniform(8, 12)), c["language"])
        b = fixed_case(f, c, f.at(d + r.randint(4, 5), r.uniform(8, 12)), c["language"])
        c.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = f.person(f.langpick(), "happy", "frequent writer")
        f.happy_days(c, r.randint(5, 8), list(range(10)))


def slide(
    f: Fam, c: dict[str, Any], d0: int, span: int, langs: list[str] | None = None
) -> list[str]:
    r = f.rng
    comp = r.choice(w.COMPETITORS)
    ids: list[str] = []
    t = f.at(d0, r.uniform(9, 18))
    for k in range(6):
        lang = langs[k % len(langs)] if langs else c["language"]
        text = w.SLIDE[lang][k].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/web/reviews"},
                )
            )
        elif ch == "social":
            ids.append(f.add(c, t, "social", "mention", "@" + w.BRAND + " " + text))
        else:
            ids.append(f.add(c, t, "community", "post", text))
        t = daytime(t + timedelta(hours=max(1.0, span * 24 / 6 * r.uniform(0.6, 1.2))))
    c.update({"slide_event_ids": ids, "slide_days": span, "competitor": comp})
    c["trouble_starts_at"] = iso(next(x["t"] for x in f.rows if x["event_id"] == ids[0]))
    return ids


def slow_churners(f: Fam) -> None:
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i, span in enumerate(spans):
        det = i % 2 == 0
        c = f.person(
            f.langpick(),
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if det else []),
            SLIDE_TOL,
        )
        for d in sorted(r.sample(range(11), r.randint(4, 5))):
            f.add(
                c, f.at(d, r.uniform(8, 19)), "community", "post", r.choice(w.PRAISE[c["language"]])
            )
        f.happy_days(c, r.randint(2, 4), list(range(11)), surveys=False)
        ids = slide(f, c, r.randint(12, 16), span)
        if det:
            t4 = next(x["t"] for x in f.rows if x["event_id"] == ids[3])
            low_nps(f, c, daytime(t4 + timedelta(hours=r.uniform(2.5, 3.5))))
    for _ in range(5):
        c = f.person(f.langpick(), "slow_churner", "asks to cancel", ["churn_intent"], CANCEL_TOL)
        f.happy_days(c, r.randint(4, 6), list(range(16)), surveys=False)
        t = f.at(r.randint(17, 23), r.uniform(8, 18))
        e = f.add(
            c,
            t,
            "email",
            "message",
            w.CANCEL[c["language"]].format(brand=w.BRAND, name=c["name"]),
            subject="Plus",
        )
        f.agent(c, daytime(t + timedelta(hours=r.uniform(1, 5))), "email", w.SORRY_GO)
        tc = daytime(t + timedelta(hours=r.uniform(20, 30)))
        ce = f.add(
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/web/plus/cancel", "product": "Lucentra Plus, monthly"},
        )
        c.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": ce,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person(f.langpick(), "happy", "steady")
        f.happy_days(c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person(f.langpick(), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web"])
            txt = r.choice(w.GRUMBLE[c["language"]])
            if ch == "web":
                ids.append(
                    f.add(
                        c,
                        f.at(d, r.uniform(8, 20)),
                        "web",
                        "review",
                        txt,
                        attrs={"rating": "3", "page": "/web/reviews"},
                    )
                )
            else:
                ids.append(
                    f.add(
                        c,
                        f.at(d, r.uniform(8, 20)),
                        ch,
                        "mention" if ch == "social" else "post",
                        ("@" + w.BRAND + " " + txt) if ch == "social" else txt,
                    )
                )
            d += r.randint(1, 3)
        c.update({"grumble_event_ids": ids, "trouble_starts_at": iso(f.at(0, 0))})
        c["trouble_starts_at"] = iso(min(x["t"] for x in f.rows if x["event_id"] in ids))
    for _ in range(5):
        c = f.person(f.langpick(), "happy_one_sarcastic_remark", "happy", [], SIL)
        f.happy_days(c, r.randint(3, 6), list(range(16)))
        t = f.at(r.randint(17, 28), r.uniform(9, 20))
        c["sarcasm_event_id"] = f.add(
            c, t, "social", "mention", w.SARCASM[c["language"]].format(brand="@" + w.BRAND)
        )
        c["trouble_starts_at"] = iso(t)


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person(f.langpick(), "happy", "day writer")
        f.happy_days(c, r.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person(f.langpick(), "grumbles_once", "grumbles once", [], SIL)
        t = f.at(r.randint(0, 2), r.uniform(9, 17))
        f.add(c, t, "web", "page_view", None, attrs={"page": "/app/book"})
        t2 = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            e = f.add(c, t2, "chat", "chat", w.MILD[c["language"]])
            f.agent(c, t2 + timedelta(minutes=4), "chat", w.ANSWER)
        else:
            e = f.add(
                c, t2, "web", "ticket", w.MILD[c["language"]], attrs={"page": "/web/help/contact"}
            )
            f.agent(c, t2 + timedelta(minutes=50), "email", w.B2B_ACK, case=f.case())
        c.update({"grumble_event_id": e, "trouble_starts_at": iso(t2)})
    for night in range(3):
        b0 = f.at(night + 1, r.uniform(0.67, 1.08))
        starts = [
            b0,
            b0 + timedelta(minutes=r.randint(28, 33)),
            b0 + timedelta(minutes=r.randint(55, 65)),
        ]
        for bi, bs in enumerate(starts):
            for _ in range(4):
                c = f.person(f.langpick(), "night_owl", f"night {night + 1}, burst {bi + 1}")
                t = bs + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", w.NIGHT_Q[c["language"]])
                    f.agent(c, t + timedelta(minutes=r.randint(2, 5)), "chat", w.ANSWER)
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(7, 9)),
                        "chat",
                        "chat",
                        r.choice(w.THANKS[c["language"]]),
                    )
                else:
                    e = f.add(c, t, "community", "post", r.choice(w.NIGHT[c["language"]]))
                c.update({"burst_at": iso(bs), "night_event_id": e})
                if r.random() < 0.5:
                    f.happy(c, f.at(r.randint(0, 2), r.uniform(9, 17.5)))


PAIRS = [
    ("de", "it"),
    ("it", "de"),
    ("de", "en"),
    ("it", "en"),
    ("de", "fr"),
    ("it", "fr"),
    ("de", "pt"),
    ("it", "es"),
    ("en", "de"),
    ("fr", "it"),
    ("pt", "it"),
    ("es", "de"),
]


def bilingual(f: Fam) -> None:
    r = f.rng
    pairs = [PAIRS[i % len(PAIRS)] for i in range(27)]
    r.shuffle(pairs)
    it = iter(pairs)

    def bi(
        persona: str, habit: str, exp: list[str], tol: list[str]
    ) -> tuple[dict[str, Any], list[str]]:
        a, b = next(it)
        c = f.person(
            a,
            persona,
            habit,
            exp,
            tol,
            market=r.choice(
                MARKETS[a] if a in ("de", "it") else MARKETS[b] if b in ("de", "it") else MARKETS[a]
            ),
        )
        c.update(
            {"languages": [a, b], "job_second_language": "works for a firm that writes in " + b}
        )
        return c, [a, b]

    for _ in range(12):
        c, ls = bi("happy", "alternates languages", [], [])
        for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            f.happy(c, f.at(d, r.uniform(8, 19)), lang=ls[k % 2])
    for n in (2, 2, 3, 3, 4):
        c, ls = bi("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.happy(c, f.at(r.randint(0, 1), r.uniform(8, 12)), lang=ls[0])
        repeat_run(f, c, f.at(r.randint(2, 5), r.uniform(8, 18)), n, ls)
    for _ in range(5):
        c, ls = bi("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        for k, d in enumerate(range(5)):
            f.add(c, f.at(d, r.uniform(8, 19)), "community", "post", r.choice(w.PRAISE[ls[k % 2]]))
        f.happy(c, f.at(r.randint(0, 5), r.uniform(8, 19)), lang=ls[1], surveys=False)
        slide(f, c, r.randint(7, 8), r.randint(3, 5), ls)
    for i in range(3):
        c, ls = bi("happy_one_bad_day", "one bad day", [], SIL)
        f.happy(c, f.at(1, r.uniform(8, 19)), lang=ls[0], surveys=False)
        t = f.at(r.randint(5, 9), r.uniform(9, 18))
        comp = complaint_text(f, r.choice(w.PROBLEMS), ls[1])
        case = f.case()
        if i == 0 and ls[1] in w.LONG_EMAIL:
            e = f.add(
                c,
                t,
                "email",
                "message",
                w.LONG_EMAIL[ls[1]].format(complaint=comp, name=c["name"]),
                subject=w.SUBJECT_COMPLAINT[ls[1]],
            )
        elif i < 2:
            e = f.add(c, t, "email", "message", comp, subject=w.SUBJECT_COMPLAINT[ls[1]])
        else:
            e = f.add(c, t, "chat", "chat", comp)
        f.agent(
            c, t + timedelta(minutes=20), "chat" if i == 2 else "email", w.CASE_OPENED, case=case
        )
        c.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "bad_day_language": ls[1],
                "booking": case,
                "trouble_starts_at": iso(t),
            }
        )
        f.happy(c, f.at(12, r.uniform(8, 19)), lang=ls[0], surveys=False)
    for _ in range(2):
        c, ls = bi("resolved_between_contacts", "fixed", [], SIL)
        fx = fixed_case(f, c, f.at(r.randint(2, 6), r.uniform(8, 18)), ls[0], ls[1])
        c.update({"problems": [fx], "trouble_starts_at": fx["raised_at"]})


COMPANIES = [
    ("Hotel Alpenblick", "hotel", "de", "AT"),
    ("Ristorante Da Gino", "restaurant", "it", "IT"),
    ("Bäckerei Maurer", "bakery", "de", "DE"),
    ("Studio Legale Ferri", "law office", "it", "IT"),
    ("Autohaus Kern", "car dealer", "de", "DE"),
    ("Ottica Lumen", "optician", "it", "CH"),
    ("Praxis Dr. Weber", "medical practice", "de", "CH"),
    ("Harbour Dental", "dental practice", "en", "IE"),
    ("Boulangerie Clément", "bakery", "fr", "FR"),
    ("Farmácia Avenida", "pharmacy", "pt", "PT"),
    ("Gestoría Ruiz", "office", "es", "ES"),
    ("Modehaus Lind", "fashion shop", "de", "DE"),
    ("Palestra Forma", "gym", "it", "IT"),
    ("Kanzlei Roth", "law office", "de", "AT"),
    ("Libreria Sole", "bookshop", "it", "IT"),
]


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    plan = (
        [
            ("at_risk", 5, 3),
            ("at_risk", 4, 4),
            ("at_risk", 5, 3),
            ("at_risk", 4, 4),
            ("at_risk", 5, 3),
        ]
        + [("one_unhappy", 3, 1)] * 4
        + [("mild", 4, 2), ("mild", 3, 2), ("mild", 4, 2)]
        + [("happy", 4, 0), ("happy", 5, 0), ("happy", 4, 0)]
    )
    for (kind, size, unhappy), (company, site, lang, mk) in zip(plan, COMPANIES, strict=True):
        acc = unique(lambda mk=mk: f"LCP-{mk}-{r.randint(1000, 9999)}")
        problem = r.choice(w.B2B_PROBLEMS) if kind != "mild" else None
        keys: list[str] = []
        bad: list[str] = []
        case = f.case()
        first_name = ""
        t = (
            f.at(2, r.uniform(8, 10))
            if kind == "at_risk"
            else f.at(r.randint(3, 7), r.uniform(8, 15))
        )
        for k in range(size):
            complains = k < unhappy
            if kind == "at_risk" and complains:
                last = k == unhappy - 1
                c = f.person(
                    lang,
                    "b2b_unhappy",
                    "complainer",
                    ["detractor"] if not last else ["repeat_contact"],
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                    account=acc,
                    market=mk,
                )
            elif kind == "one_unhappy" and complains:
                c = f.person(
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    account=acc,
                    market=mk,
                )
            elif kind == "mild" and complains:
                c = f.person(lang, "b2b_mild", "suggests", [], SIL, account=acc, market=mk)
            else:
                c = f.person(lang, "b2b_happy", "contact", [], [], account=acc, market=mk)
            c.update(
                {
                    "company": company,
                    "role": c["habit"],
                    "job_title": r.choice(
                        ["office manager", "facilities lead", "owner", "accounts"]
                    ),
                    "job": "company contact",
                }
            )
            keys.append(c["identifiers"]["customer_id"])
            if not complains:
                for d in sorted(r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 4))):
                    f.happy(c, f.at(d, r.uniform(8, 16.5)))
                continue
            if kind != "mild":
                bad.append(c["identifiers"]["customer_id"])
            f.happy(c, f.at(r.randint(0, 1), r.uniform(8, 16)), surveys=False)
            if kind == "mild":
                e = f.add(
                    c,
                    f.at(r.randint(2, 9), r.uniform(8, 16)),
                    "web",
                    "ticket",
                    w.B2B_MILD[lang],
                    attrs={"page": "/pro/portal/feedback"},
                )
                f.agent(
                    c, f.rows[-1]["t"] + timedelta(minutes=45), "email", w.B2B_ACK, case=f.case()
                )
                c.update({"mild_event_id": e, "trouble_starts_at": iso(f.rows[-2]["t"])})
                continue
            assert problem
            ptxt = w.B2B_COMPLAINT[problem][lang]
            if k == 0:
                first_name = c["name"].split()[0]
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    w.B2B_OPEN[lang].format(
                        problem=ptxt[0].upper() + ptxt[1:], name=c["name"], company=company
                    ),
                    subject=w.SUBJECT_COMPLAINT[lang],
                )
                f.agent(c, t + timedelta(minutes=r.randint(20, 60)), "email", w.B2B_ACK, case=case)
            else:
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    w.B2B_LATER[lang].format(
                        first=first_name,
                        case=case,
                        problem=ptxt[0].upper() + ptxt[1:],
                        name=c["name"],
                    ),
                    subject=f"RE: {case}",
                )
            ids = [e]
            c.update({"problem": problem, "booking": case, "trouble_starts_at": iso(t)})
            last = kind == "one_unhappy" or k == unhappy - 1
            if kind == "one_unhappy" or not last:
                low_nps(f, c, t + timedelta(hours=r.uniform(1, 3)))
            if kind == "at_risk" and last:
                t2 = t + timedelta(hours=r.uniform(18, 40))
                while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                    t2 = daytime(t2 + timedelta(hours=2))
                    if t2.weekday() >= 5:
                        t2 = (t2 + timedelta(days=7 - t2.weekday())).replace(hour=9)
                ids.append(
                    f.add(
                        c,
                        t2,
                        "phone",
                        "call",
                        w.B2B_LAST_CALL[lang].format(name=c["name"].split()[0].lower(), case=case),
                    )
                )
            c["complaint_event_ids"] = ids
            t = t + timedelta(hours=r.uniform(8, 28))
            while t.weekday() >= 5 or not 8 <= t.hour < 17:
                t = t + timedelta(hours=1)
        at_risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": len(bad),
            "unhappy_contact_keys": bad,
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if at_risk else None,
            "trouble_starts_at": f.customers[bad[0]]["trouble_starts_at"] if at_risk else None,
            "language": lang,
            "country": mk,
        }


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = f.person(f.langpick(), "happy", "day writer")
        for d in sorted(r.sample(range(6), r.randint(2, 5))):
            f.happy(c, f.at(d, r.uniform(12, 19) if d == 5 else r.uniform(7, 19)))
    for _ in range(2):
        c = f.person(f.langpick(), "grumbles_once", "grumbles once", [], SIL)
        t = f.at(0, r.uniform(9, 16))
        c.update(
            {
                "grumble_event_id": f.add(c, t, "chat", "chat", w.MILD[c["language"]]),
                "trouble_starts_at": iso(t),
            }
        )
        f.agent(c, t + timedelta(minutes=4), "chat", w.ANSWER)
    for lang, hour in (("it", 9.67), ("de", 16.08)):
        c = f.person(lang, "grumbles_once", "lone question", [], SIL)
        t = f.at(4, hour)
        c.update(
            {
                "lone_report_event_id": f.add(c, t, "chat", "chat", w.LONE_Q[lang]),
                "trouble_starts_at": iso(t),
            }
        )
        f.agent(c, t + timedelta(minutes=5), "chat", w.LONE_A)
    langs = ["de"] * 6 + ["it"] * 6 + ["en", "en", "fr", "fr", "pt", "pt", "es", "es"]
    r.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    s0 = f.at(5, 8 + 5 / 60)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    early = [i for i, o in enumerate(offs) if o <= 25]
    repeaters = set(r.sample(early, 6))
    fixed = r.sample([i for i in range(20) if i not in repeaters], 6)
    for i, (lang, ch, off) in enumerate(zip(langs, chans, offs, strict=True)):
        regular = i < 12
        c = f.person(
            lang,
            "spike_repeater" if i in repeaters else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if i in repeaters else [],
            ["silence", "sentiment_drop"] if i in repeaters else SIL,
        )
        if regular:
            f.happy(c, f.at(2, r.uniform(8, 17.5)), surveys=False)
        t = s0 + timedelta(minutes=off)
        text = r.choice(w.SPIKE[lang])
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        if ch == "social":
            text = "@" + w.BRAND + " " + text
        e = f.add(
            c,
            t,
            ch,
            kind,
            text,
            subject="App" if ch == "email" else None,
            attrs={"page": "/web/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.agent(c, t + timedelta(minutes=3), "chat", w.SPIKE_CHAT_ANSWER)
        keys.append(c["identifiers"]["customer_id"])
        eids.append(e)
        c.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if i in repeaters:
            ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + timedelta(minutes=r.randint(12, 50))
            e2 = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                w.SPIKE_AGAIN[lang],
                subject="App" if ch2 == "email" else None,
            )
            reps.append(e2)
            c["repeat_event_id"] = e2
        if i in fixed:
            f.agent(c, f.at(5, 11 + r.uniform(8, 17) / 60), "email", w.SPIKE_FIXED)
            c["agent_fixed"] = True
    f.spike = {
        "topic": w.SPIKE_TOPIC,
        "about": "the planted incident of this set",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


FAMILIES = [
    ("happy_writers", happy_writers, "happy customers: day writers, night writers, survey-only"),
    ("one_bad_day", one_bad_day, "happy customers with one bad day; controls"),
    (
        "repeat_contacts",
        repeat_contacts,
        "repeat contacts, fixed cases, two problems, frequent writers",
    ),
    ("slow_churners", slow_churners, "slides, cancellations, steady, grumpy, sarcastic"),
    ("quiet_hours", quiet_hours, "a calm weekend with night-owl bursts"),
    ("bilingual", bilingual, "customers who write in two languages"),
    ("b2b_accounts", b2b_accounts, "Lucentra Pro accounts"),
    ("topic_spike", topic_spike, "a calm week and the planted incident"),
]


def main() -> None:
    for n, (name, build, about) in enumerate(FAMILIES, start=1):
        fam = Fam(name, n)
        build(fam)
        fam.write(about)


if __name__ == "__main__":
    main()
