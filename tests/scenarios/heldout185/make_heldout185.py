"""Build heldout185 (report only, written blind): python make_heldout185.py from anywhere."""

# ruff: noqa: E501

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

SEED = 20261115
FIRST = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Matteo",
        "Sara",
        "Davide",
        "Elena",
        "Paolo",
    ],
    "en": ["Emma", "Jack", "Olivia", "Harry", "Sophie", "Liam", "Grace", "Noah", "Chloe", "Ryan"],
    "fr": ["Camille", "Louis", "Manon", "Hugo", "Léa", "Jules"],
    "de": ["Anna", "Jonas", "Lena", "Felix", "Mia", "Paul"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui"],
    "es": ["Lucía", "Pablo", "Carmen", "Javier", "Marta", "Diego"],
}
LAST = {
    "it": ["Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci", "Greco"],
    "en": ["Smith", "Walsh", "Taylor", "Murphy", "Evans", "Byrne", "Hughes", "Kelly"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau"],
    "de": ["Müller", "Schmidt", "Weber", "Becker", "Wagner"],
    "pt": ["Silva", "Santos", "Ferreira", "Costa", "Oliveira"],
    "es": ["García", "López", "Martínez", "Sánchez", "Romero"],
}
MARKETS = {
    "it": ["IT"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT"],
    "pt": ["PT"],
    "es": ["ES"],
}
PHONE = {
    "IT": ("+39 3", 9),
    "UK": ("+44 7", 9),
    "IE": ("+353 8", 8),
    "FR": ("+33 6", 8),
    "BE": ("+32 4", 8),
    "DE": ("+49 15", 9),
    "AT": ("+43 6", 9),
    "PT": ("+351 9", 8),
    "ES": ("+34 6", 8),
}
LANG_W = [("it", 30), ("en", 30), ("fr", 10), ("de", 10), ("pt", 10), ("es", 10)]
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
USED: set[str] = set()


def uniq(make: Any) -> str:
    while True:
        v = str(make())
        if v not in USED:
            USED.add(v)
            return v


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.cust: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_W], [w for _, w in LANG_W])[0]

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        lang: str | None = None,
        handle: bool = True,
        account: str | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        r = self.rng
        lang = lang or self.lang()
        market = r.choice(MARKETS[lang])
        first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
        key = uniq(lambda: f"SD{self.code}{r.randint(1000, 9999)}")
        base = "".join(
            ch for ch in unicodedata.normalize("NFKD", f"{first}.{last}".lower()) if ch.isascii()
        )
        dom = extra.pop("domain", r.choice(["posta.example", "mail.example", "web.example"]))
        email = uniq(lambda: f"{base}{r.randint(1, 99)}@{dom}")
        pre, n = PHONE[market]
        phone = uniq(lambda: pre + "".join(str(r.randint(0, 9)) for _ in range(n - 1)))
        hd = (
            uniq(lambda: f"@{base.replace('.', '_')}{r.randint(1, 9)}")
            if handle and account is None
            else None
        )
        c = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": hd,
                "account_id": account,
            },
            "expected_rules": expected,
            "tolerated_rules": tolerated,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "_phone": phone,
        }
        c.update(extra)
        self.cust[key] = c
        return c

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        **attrs: str,
    ) -> str:
        self.seq += 1
        eid = f"h185-{self.code.lower()}-{self.seq:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = roughen(text, self.rough)
        a = {"market": c["country"], **attrs}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a.setdefault("agent", self.rng.choice(["Giada", "Tom", "Nora", "Bruno"]))
        src = {
            "email": "sedilo-mail",
            "phone": "sedilo-voice",
            "social": "sedilo-social",
            "community": "sedilo-forum",
            "chat": "sedilo-chat",
            "web": "sedilo-web",
            "survey": "sedilo-survey",
        }[channel]
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "_c": c,
                "text": text,
                "subject": subject,
                "scores": scores or {"nps": None, "csat": None, "ces": None},
                "source": src,
                "attributes": a,
            }
        )
        return eid

    def finish(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda x: (x["occurred_at"], x["event_id"]))
        seen: set[str] = set()
        for row in self.rows:
            c = row.pop("_c")
            ids = c["identifiers"]
            full = {
                "customer_id": ids["customer_id"],
                "email": ids["email"],
                "phone": c["_phone"],
                "handle": ids["handle"],
                "account_id": ids["account_id"],
            }
            ch = row["channel"]
            if row["direction"] == "outbound" or ids["customer_id"] not in seen:
                ref = full
            elif ch == "phone":
                ref = {"phone": c["_phone"]}
            elif ch in ("social", "community"):
                ref = {"handle": ids["handle"]} if ids["handle"] else {"email": ids["email"]}
            elif ch == "email":
                ref = {"email": ids["email"]}
            else:
                ref = {"customer_id": ids["customer_id"]}
            if row["direction"] == "inbound":
                seen.add(ids["customer_id"])
            ref = {k: ref.get(k) for k in ("customer_id", "email", "phone", "handle")} | {
                "account_id": ids["account_id"]
            }
            row["customer"] = ref
        got: dict[str, int] = {}
        for c in self.cust.values():
            c.pop("_phone", None)
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"])
            for rule in c["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        assert got == expected, (self.name, got, expected)
        end = max(
            self.start + timedelta(days=self.days),
            datetime.fromisoformat(self.rows[-1]["occurred_at"].replace("Z", "+00:00"))
            + timedelta(hours=1),
        )
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        order = [
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
        ]
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as fh:
            for row in self.rows:
                fh.write(json.dumps({k: row[k] for k in order}, ensure_ascii=False) + "\n")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Sedilo (home-office furniture rental)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.cust,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def roughen(text: str, r: random.Random) -> str:
    if r.random() < 0.1:
        text = "".join(
            ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
        )
    if r.random() < 0.125 and text[:1].isupper() and text[1:2].islower():
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = [
            i for i, w in enumerate(text.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
        ]
        if words:
            parts = text.split(" ")
            i = r.choice(words)
            w = parts[i]
            j = r.randint(1, len(w) - 3)
            parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(parts)
    return text


def say(f: Fam, table: dict[str, list[str]], lang: str, **kw: str) -> str:
    return f.rng.choice(table[lang]).format(brand=W.BRAND, plus=W.PLUS, **kw)


def night(t: datetime, f: Fam) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=f.rng.randint(0, 59))
    return t


def case_ref() -> str:
    return uniq(lambda: f"SD-{random.Random(len(USED) * 7919).randint(100000, 999999)}")


def happy_act(f: Fam, c: dict[str, Any], t: datetime, lang: str | None = None) -> None:
    lg = lang or c["language"]
    k = f.rng.choice(["praise", "again", "gripe", "chat", "call", "buy", "review", "survey"])
    if k == "praise":
        f.add(c, t, "social", "post", say(f, W.PRAISE, lg) + " @" + W.BRAND)
    elif k == "again":
        f.add(c, t, "community", "post", say(f, W.AGAIN, lg))
    elif k == "gripe":
        f.add(c, t, "web", "review", say(f, W.GRIPE_PRAISE, lg), rating="4", page="/reviews")
    elif k == "chat":
        f.add(c, t, "chat", "chat", say(f, W.QUESTION, lg))
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(1, 6)),
            "chat",
            "chat",
            say(f, W.ANSWER, lg),
            out=True,
        )
        if f.rng.random() < 0.6:
            f.add(
                c, t + timedelta(minutes=f.rng.randint(7, 12)), "chat", "chat", say(f, W.THANKS, lg)
            )
    elif k == "call":
        f.add(c, t, "phone", "call", say(f, W.CALL_Q, lg))
        f.add(
            c,
            night(t + timedelta(minutes=f.rng.randint(20, 90)), f),
            "email",
            "message",
            say(f, W.CALL_FOLLOWUP, lg),
            out=True,
        )
    elif k == "buy":
        f.add(c, t, "web", "page_view", None, page="/desks")
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(3, 15)),
            "web",
            "purchase",
            None,
            order_value=f"{f.rng.randint(19, 89)}.00",
            currency="GBP" if c["country"] == "UK" else "EUR",
            product="Standing desk 140 cm, monthly",
            page="/checkout",
        )
    elif k == "review":
        f.add(c, t, "web", "review", say(f, W.REVIEW, lg), rating="5", page="/reviews")
    else:
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            say(f, W.SURVEY_WORD, lg) or None,
            scores={"nps": f.rng.choice([9, 10]), "csat": None, "ces": None},
            survey="nps",
        )


def happy_days(
    f: Fam,
    c: dict[str, Any],
    n: int,
    days: list[int],
    h0: float = 7,
    h1: float = 19,
    alt: list[str] | None = None,
) -> None:
    for i, d in enumerate(sorted(f.rng.sample(days, min(n, len(days))))):
        happy_act(f, c, f.at(d, h0, h1), alt[i % 2] if alt else None)


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "people who only say nice things",
    )
    for _ in range(16):
        happy_days(f, f.person("happy", "day writer", [], []), f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer", [], [])
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.at(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", say(f, W.NIGHT_POST, c["language"]))
            else:
                f.add(c, t, "chat", "chat", say(f, W.NIGHT_CHAT, c["language"]))
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    say(f, W.NIGHT_ANSWER, c["language"]),
                    out=True,
                )
                f.add(c, t + timedelta(minutes=6), "chat", "chat", say(f, W.THANKS, c["language"]))
        happy_days(f, c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys", [], [])
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            sc = f.rng.choice(
                [
                    {"nps": 10, "csat": None, "ces": None},
                    {"nps": None, "csat": 5, "ces": None},
                    {"nps": None, "csat": None, "ces": 7},
                ]
            )
            f.add(
                c,
                f.at(d, 8, 20),
                "survey",
                "survey_response",
                say(f, W.SURVEY_WORD, c["language"]) or None,
                scores=sc,
                survey="nps",
            )
    f.finish({})
    return f


def bad_moment(
    f: Fam, c: dict[str, Any], t: datetime, how: str, lang: str
) -> tuple[str, str | None]:
    p = W.PROBLEM[lang][c["problem"]]
    case = None if how == "social" else case_ref()
    subj = f"{W.SUBJECT_COMPLAINT[lang]}: {p[:40]}"
    if how == "long":
        e = f.add(c, t, "email", "message", say(f, W.LONG_EMAIL, lang, p=p), subject=subj)
    elif how == "email":
        e = f.add(c, t, "email", "message", say(f, W.ANGRY_SHORT, lang, p=p), subject=subj)
    elif how == "chat":
        e = f.add(c, t, "chat", "chat", say(f, W.ANGRY_SHORT, lang, p=p))
    elif how == "social":
        e = f.add(c, t, "social", "mention", "@" + W.BRAND + " " + say(f, W.ANGRY_SHORT, lang, p=p))
    elif how == "web":
        e = f.add(c, t, "web", "ticket", say(f, W.ANGRY_SHORT, lang, p=p), page="/help/contact")
    else:
        e = f.add(
            c,
            t,
            "phone",
            "call",
            say(f, W.ANGRY_SHORT, lang, p=p)
            .lower()
            .replace(":", "")
            .replace("!", "")
            .replace(".", "")
            .replace("?", ""),
        )
    if case and how == "chat":
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(2, 6)),
            "chat",
            "chat",
            say(f, W.CASE_OPENED, lang, case=case),
            out=True,
        )
    elif case:
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(10, 40)),
            "email",
            "message",
            say(f, W.CASE_OPENED, lang, case=case),
            out=True,
            subject=f"{W.SUBJECT_CASE[lang]} {case}",
        )
    c["booking"] = case
    return e, case


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy customers with one angry moment",
    )
    hows = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = ["no_show", "broken", "double", "refund"] * 6
    with_case = [i for i, h in enumerate(hows) if h != "social"]
    nps_set = set(f.rng.sample(with_case, 6))
    csat_set = set(f.rng.sample([i for i in with_case if i not in nps_set], 5))
    good = set(f.rng.sample(with_case, 12))
    sorry = set(f.rng.sample(sorted(good), 5))
    for i, how in enumerate(hows):
        det = i in nps_set
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
            problem=probs[i],
            long_email=how == "long",
            channel=how,
        )
        day = f.rng.randint(2, 9)
        t = f.at(day, 8, 20)
        others = [d for d in range(12) if d < day - 1 or d > day + 2]
        happy_days(f, c, f.rng.randint(1, 5), others)
        e, case = bad_moment(f, c, t, how, c["language"])
        c.update(bad_day_at=iso(t), bad_day_event_id=e, trouble_starts_at=iso(t))
        if det:
            n = f.rng.randint(1, 5)
            c["survey_event_id"] = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": n, "csat": None, "ces": None},
                survey="nps",
            )
            c.update(nps_given=True, nps=n)
        elif i in csat_set:
            n = f.rng.randint(1, 2)
            c["survey_event_id"] = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                None,
                scores={"nps": None, "csat": n, "ces": None},
                survey="csat",
            )
            c.update(csat_given=True, csat=n)
        if i in good and case:
            f.add(
                c,
                night(t + timedelta(hours=f.rng.uniform(1, 4)), f),
                "email",
                "message",
                say(f, W.GOOD_NEWS, c["language"], case=case),
                out=True,
                subject=f"{W.SUBJECT_CASE[c['language']]} {case}",
            )
            c["agent_fixed"] = True
        if i in sorry:
            a = night(t + timedelta(hours=f.rng.uniform(16, 24)), f)
            c.update(
                apologised=True,
                apology_at=iso(a),
                apology_event_id=f.add(
                    c,
                    a,
                    f.rng.choice(["chat", "email"]),
                    "message",
                    say(f, W.APOLOGY, c["language"]),
                ),
            )
    for _ in range(8):
        happy_days(f, f.person("happy", "control", [], []), f.rng.randint(4, 7), list(range(12)))
    f.finish({"detractor": 6})
    return f


def repeat_run(
    f: Fam, c: dict[str, Any], t: datetime, times: int, langs: list[str], quality: bool
) -> None:
    chans = ["web", "email", "chat", "phone"]
    first = f.rng.choice(chans)
    order = [
        first,
        *f.rng.sample(
            [x for x in ["email", "chat", "phone", "web", "social"] if x != first], times - 1
        ),
    ]
    lg = langs[0]
    e, case = bad_moment(f, c, t, first, lg)
    ids, comp = [e], None
    if quality:
        f.add(
            c,
            t + timedelta(hours=f.rng.uniform(1.5, 2.5)),
            "email",
            "message",
            say(f, W.QUALITY_LEAD, lg, case=case or ""),
            out=True,
        )
    for k in range(1, times):
        lg = langs[k % len(langs)]
        t = night(t + timedelta(hours=f.rng.uniform(4, 40)), f)
        p = W.PROBLEM[lg][c["problem"]]
        ch = order[k]
        if k == 2:
            comp = f.rng.choice(W.COMPETITORS)
            text = say(f, W.REPEAT_THIRD, lg, case=case or "", comp=comp)
        elif k == 3:
            text = say(f, W.REPEAT_FOURTH, lg, case=case or "")
        else:
            text = say(f, W.REPEAT, lg, case=case or "", p=p)
        if ch == "phone":
            text = say(f, W.CALL_REPEAT, lg, case=case or "")
            ids.append(f.add(c, t, "phone", "call", text))
        elif ch == "social":
            ids.append(f.add(c, t, "social", "mention", "@" + W.BRAND + " " + text))
        elif ch == "chat":
            ids.append(f.add(c, t, "chat", "chat", text))
            f.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                say(f, W.URGENT, lg, case=case or ""),
                out=True,
            )
        elif ch == "email":
            ids.append(
                f.add(c, t, "email", "message", text, subject=f"{W.SUBJECT_CASE[lg]} {case}")
            )
        else:
            ids.append(f.add(c, t, "web", "ticket", text, page="/help/contact"))
    c.update(
        contacts=times,
        channels=order,
        problem_event_ids=ids,
        competitor=comp,
        agent_passed_on=quality,
    )


def fixed_run(
    f: Fam, c: dict[str, Any], t: datetime, problem: str, langs: list[str]
) -> dict[str, Any]:
    c["problem"] = problem
    e, case = bad_moment(f, c, t, "web", langs[0])
    g = night(t + timedelta(hours=f.rng.uniform(3, 20)), f)
    f.add(c, g, "email", "message", say(f, W.GOOD_NEWS, langs[-1], case=case or ""), out=True)
    k = night(g + timedelta(hours=f.rng.uniform(8, 30)), f)
    ch = f.rng.choice(["email", "chat"])
    ce = f.add(
        c,
        k,
        ch,
        "message" if ch == "email" else "chat",
        say(f, W.CONFIRM, langs[-1], case=case or ""),
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(k),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        "the same open problem raised again",
    )
    times = [2] * 4 + [3] * 4 + [4] * 4
    for i, n in enumerate(times):
        c = f.person(
            "repeat_contact",
            "repeats",
            ["repeat_contact"],
            TOL_REPEAT,
            problem=f.rng.choice(["no_show", "broken", "double", "refund"]),
        )
        happy_days(f, c, 1, [0], 7, 12)
        t = f.at(f.rng.randint(1, 4), 8, 19)
        c["trouble_starts_at"] = iso(t)
        repeat_run(f, c, t, n, [c["language"]], i % 2 == 0)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], ["silence"])
        happy_days(f, c, 1, [0])
        t = f.at(f.rng.randint(1, 4), 8, 19)
        c["problems"] = [fixed_run(f, c, t, f.rng.choice(["broken", "double"]), [c["language"]])]
        c["trouble_starts_at"] = iso(t)
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], ["silence"])
        t1, t2 = f.at(1, 8, 18), f.at(f.rng.randint(5, 6), 8, 18)
        c["problems"] = [
            fixed_run(f, c, t1, "no_show", [c["language"]]),
            fixed_run(f, c, t2, "refund", [c["language"]]),
        ]
        c["trouble_starts_at"] = iso(t1)
    for _ in range(7):
        happy_days(
            f, f.person("happy", "frequent writer", [], []), f.rng.randint(6, 9), list(range(10))
        )
    f.finish({"repeat_contact": 12})
    return f


def slide(f: Fam, c: dict[str, Any], day: int, span: int, langs: list[str]) -> None:
    t = f.at(day, 8, 18)
    comp = f.rng.choice(W.COMPETITORS)
    ids = []
    gaps = sorted(f.rng.uniform(0, span * 24) for _ in range(5))
    times = [t] + [t + timedelta(hours=g) for g in gaps]
    for k in range(6):
        if k:
            times[k] = night(max(times[k], times[k - 1] + timedelta(hours=1)), f)
        lg = langs[k % len(langs)]
        text = W.SLIDE[lg][k].format(comp=comp)
        ch = f.rng.choice(["social", "community", "web"])
        if ch == "web":
            ids.append(
                f.add(
                    c,
                    times[k],
                    "web",
                    "review",
                    text,
                    rating=str([3, 3, 2, 2, 1, 1][k]),
                    page="/reviews",
                )
            )
        else:
            ids.append(
                f.add(
                    c,
                    times[k],
                    ch,
                    "post" if ch == "community" else "mention",
                    text + (" @" + W.BRAND if ch == "social" else ""),
                )
            )
    c.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=iso(times[0]),
        _t4=times[3],
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        "happy customers who slowly sour, and leavers",
    )
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner", "slides", ["sentiment_drop"] + (["detractor"] if det else []), TOL_SLIDE
        )
        for d in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.add(
                c,
                f.at(d, 8, 19),
                "social",
                "post",
                say(f, W.PRAISE, c["language"]) + " @" + W.BRAND,
            )
        happy_days(f, c, f.rng.randint(2, 4), list(range(11)))
        slide(f, c, f.rng.randint(12, 16), [3, 5, 5, 5, 5, 5, 9, 9, 9, 9][i], [c["language"]])
        t4 = c.pop("_t4")
        if det:
            n = f.rng.randint(1, 5)
            c.update(
                nps_given=True,
                nps=n,
                survey_event_id=f.add(
                    c,
                    night(t4 + timedelta(hours=f.rng.uniform(2.5, 3.5)), f),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n, "csat": None, "ces": None},
                    survey="nps",
                ),
            )
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", ["churn_intent"], TOL_CANCEL)
        happy_days(f, c, f.rng.randint(4, 6), list(range(16)))
        t = f.at(f.rng.randint(17, 23), 8, 18)
        e = f.add(c, t, "email", "message", say(f, W.CANCEL, c["language"]))
        f.add(
            c,
            night(t + timedelta(hours=f.rng.uniform(1, 5)), f),
            "email",
            "message",
            say(f, W.SORRY_GO, c["language"]),
            out=True,
        )
        k = night(t + timedelta(hours=f.rng.uniform(20, 30)), f)
        ce = f.add(c, k, "web", "cancellation", None, page="/account/membership", product=W.PLUS)
        c.update(
            churn_intent_event_id=e,
            cancellation_event_id=ce,
            churn_at=iso(k),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        happy_days(f, f.person("happy", "steady", [], []), f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d, ids = f.rng.randint(0, 4), []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            ids.append(
                f.add(
                    c,
                    f.at(d, 8, 20),
                    ch,
                    {"social": "mention", "community": "post", "web": "ticket"}[ch],
                    say(f, W.GRUMBLE, c["language"]),
                    page="/help/contact",
                )
            )
            d += f.rng.randint(1, 3)
        c.update(grumble_event_ids=ids, trouble_starts_at=f.rows[-len(ids)]["occurred_at"])
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_days(f, c, f.rng.randint(3, 5), list(range(16)))
        c["sarcasm_event_id"] = f.add(
            c,
            f.at(f.rng.randint(17, 28), 9, 20),
            "social",
            "post",
            say(f, W.SARCASM, c["language"]) + " @" + W.BRAND,
        )
    f.finish({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        "a calm weekend with small night bursts",
    )
    for _ in range(16):
        happy_days(
            f, f.person("happy", "day writer", [], []), f.rng.randint(1, 3), [0, 1, 2], 7, 17.5
        )
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(f.rng.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", None, page="/desks")
        g = t + timedelta(minutes=f.rng.randint(20, 30))
        if f.rng.random() < 0.5:
            e = f.add(c, g, "chat", "chat", say(f, W.MILD, c["language"]))
            f.add(
                c,
                g + timedelta(minutes=4),
                "chat",
                "chat",
                say(f, W.MILD_ANSWER, c["language"]),
                out=True,
            )
        else:
            e = f.add(c, g, "web", "ticket", say(f, W.MILD, c["language"]), page="/help/contact")
            f.add(
                c,
                g + timedelta(minutes=25),
                "email",
                "message",
                say(f, W.MILD_ANSWER, c["language"]),
                out=True,
            )
        c.update(grumble_event_id=e, trouble_starts_at=iso(g))
    for n in range(3):
        b0 = f.start + timedelta(days=n + 1, minutes=f.rng.randint(40, 65))
        for m, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {n + 1}, burst {m + 1}", [], [], burst_at=iso(bt))
                t = bt + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", say(f, W.NIGHT_CHAT, c["language"]))
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        say(f, W.NIGHT_ANSWER, c["language"]),
                        out=True,
                    )
                    f.add(
                        c, t + timedelta(minutes=6), "chat", "chat", say(f, W.THANKS, c["language"])
                    )
                else:
                    e = f.add(c, t, "social", "post", say(f, W.NIGHT_POST, c["language"]))
                c["night_event_id"] = e
                if f.rng.random() < 0.5:
                    happy_act(f, c, f.at(n + f.rng.randint(0, 1), 9, 17.5))
    f.finish({})
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    pairs = [
        ["it", "en"],
        ["en", "it"],
        ["it", "en"],
        ["en", "it"],
        ["it", "fr"],
        ["en", "de"],
        ["it", "de"],
        ["en", "es"],
        ["it", "pt"],
        ["en", "fr"],
        ["fr", "it"],
        ["de", "en"],
        ["es", "it"],
        ["pt", "en"],
    ]
    pi = 0

    def nxt() -> list[str]:
        nonlocal pi
        pi += 1
        return pairs[(pi - 1) % len(pairs)]

    for _ in range(12):
        lg = nxt()
        happy_days(
            f,
            f.person("happy", "alternates languages", [], [], lang=lg[0], languages=lg),
            f.rng.randint(5, 8),
            list(range(14)),
            alt=lg,
        )
    for n in [2, 2, 3, 3, 4]:
        lg = nxt()
        c = f.person(
            "repeat_contact",
            "repeats",
            ["repeat_contact"],
            TOL_REPEAT,
            lang=lg[0],
            languages=lg,
            problem=f.rng.choice(["broken", "double"]),
        )
        happy_days(f, c, f.rng.randint(1, 3), [0, 1], alt=lg)
        t = f.at(f.rng.randint(2, 5), 8, 19)
        c["trouble_starts_at"] = iso(t)
        repeat_run(f, c, t, n, lg, n >= 3)
    for _ in range(5):
        lg = nxt()
        c = f.person(
            "slow_churner", "slides", ["sentiment_drop"], TOL_SLIDE, lang=lg[0], languages=lg
        )
        for i, d in enumerate(sorted(f.rng.sample(range(6), 5))):
            f.add(c, f.at(d, 8, 19), "social", "post", say(f, W.PRAISE, lg[i % 2]) + " @" + W.BRAND)
        happy_days(f, c, f.rng.randint(1, 3), list(range(6)), alt=lg)
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), lg)
        c.pop("_t4")
    for how in ["long", "email", "chat"]:
        lg = nxt()
        c = f.person(
            "happy_one_bad_day",
            "one bad day",
            [],
            ["silence"],
            lang=lg[0],
            languages=lg,
            problem="no_show",
            bad_day_language=lg[1],
        )
        happy_days(f, c, f.rng.randint(2, 4), [0, 1, 2, 3, 10, 11, 12, 13], alt=lg)
        t = f.at(6, 9, 18)
        e, case = bad_moment(f, c, t, how, lg[1])
        c.update(bad_day_at=iso(t), bad_day_event_id=e, trouble_starts_at=iso(t))
        if how != "chat":
            f.add(
                c,
                t + timedelta(hours=2),
                "email",
                "message",
                say(f, W.GOOD_NEWS, lg[1], case=case or ""),
                out=True,
            )
        if how == "email":
            c.update(
                apologised=True,
                apology_event_id=f.add(
                    c,
                    night(t + timedelta(hours=f.rng.uniform(18, 24)), f),
                    "chat",
                    "chat",
                    say(f, W.APOLOGY, lg[1]),
                ),
            )
    for _ in range(2):
        lg = nxt()
        c = f.person(
            "resolved_between_contacts", "fixed", [], ["silence"], lang=lg[0], languages=lg
        )
        t = f.at(f.rng.randint(2, 6), 8, 18)
        c["problems"] = [fixed_run(f, c, t, "refund", lg)]
        c["trouble_starts_at"] = iso(t)
    f.finish({"repeat_contact": 5, "sentiment_drop": 5})
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        "companies renting on account",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    sites = [
        "consulting",
        "software",
        "insurance",
        "agency",
        "school",
        "law",
        "clinic",
        "studio",
        "logistics",
        "bank",
        "university",
        "ngo",
        "retail",
        "hotel",
        "energy",
    ]
    for i, kind in enumerate(kinds):
        lang = f.lang()
        mk = MARKETS[lang][0]
        acc = uniq(lambda mk=mk: f"SDO-{mk}-{f.rng.randint(1000, 9999)}")
        dom = f"{sites[i]}{i}.example"
        n = {"at_risk": 5, "one_unhappy": 3, "mild": 4, "happy": 4}[kind]
        a: dict[str, Any] = {
            "company": f"{sites[i].title()} {LAST[lang][i % len(LAST[lang])]}",
            "site": sites[i],
            "contacts": n,
            "kind": kind,
            "language": lang,
            "country": MARKETS[lang][0],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "same_problem": None,
            "trouble_starts_at": None,
        }
        nbad = {"at_risk": 3 if i < 3 else 4, "one_unhappy": 1, "mild": 0, "happy": 0}[kind]
        nmild = 2 if kind == "mild" else 0
        keys, bad = [], []
        prob = "invoice" if i % 2 else "portal"
        case = case_ref() if nbad else None
        t = (
            f.start + timedelta(days=2, hours=f.rng.uniform(8, 11))
            if kind == "at_risk"
            else f.at(f.rng.randint(3, 7), 8, 16)
        )
        first_name = ""
        for k in range(n):
            role = "complainer" if k < nbad else ("suggests" if k < nmild else "contact")
            last = kind == "at_risk" and k == nbad - 1
            if role == "complainer":
                persona = "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"
                exp = ["repeat_contact"] if last else ["detractor"]
                tol = (
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ]
                    if kind == "at_risk"
                    else ["sentiment_drop", "high_value_at_risk", "silence"]
                )
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], ["silence"]
            else:
                persona, exp, tol = "b2b_happy", [], []
            c = f.person(
                persona,
                role,
                exp,
                tol,
                lang=lang,
                account=acc,
                domain=dom,
                company=a["company"],
                role=role,
                job_title=f.rng.choice(
                    ["Office manager", "Facilities lead", "Finance officer", "HR partner"]
                ),
            )
            keys.append(c["identifiers"]["customer_id"])
            for _ in range(f.rng.randint(0, 2) if role != "contact" else f.rng.randint(2, 4)):
                d = (
                    f.rng.randint(0, 1)
                    if role != "contact"
                    else f.rng.choice([0, 1, 2, 3, 4, 7, 8, 9, 10, 11])
                )
                q = f.at(d, 8, 16.5)
                if f.rng.random() < 0.5:
                    f.add(c, q, "chat", "chat", say(f, W.B2B_Q, lang))
                    f.add(
                        c,
                        q + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        "chat",
                        say(f, W.B2B_A, lang),
                        out=True,
                    )
                else:
                    f.add(c, q, "web", "page_view", None, page="/portal/workstations")
            if role == "contact" and f.rng.random() < 0.4:
                f.add(
                    c,
                    f.at(f.rng.choice([7, 8, 9]), 9, 16),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.choice([9, 10]), "csat": None, "ces": None},
                    survey="nps",
                )
            if role == "suggests":
                m = f.at(f.rng.randint(2, 9), 8, 16)
                c["mild_event_id"] = f.add(
                    c, m, "web", "ticket", say(f, W.B2B_SUGGEST, lang), page="/portal/feedback"
                )
                f.add(
                    c,
                    m + timedelta(minutes=40),
                    "email",
                    "message",
                    say(f, W.MILD_ANSWER, lang),
                    out=True,
                )
                c["trouble_starts_at"] = iso(m)
            if role == "complainer":
                bad.append(c["identifiers"]["customer_id"])
                p = W.B2B_PROBLEM[lang][prob]
                c["problem"] = prob
                if k == 0:
                    first_name = c["name"].split(" ")[0]
                    text = say(f, W.B2B_FIRST, lang, p=p)
                else:
                    t = t + timedelta(hours=f.rng.uniform(8, 28))
                    while t.weekday() >= 5 or not 8 <= t.hour < 17:
                        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(5, 50))
                    text = say(f, W.B2B_NEXT, lang, p=p, case=case or "", name=first_name)
                ids = [
                    f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        subject=f"{W.SUBJECT_COMPLAINT[lang]}: {prob}",
                    )
                ]
                if k == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 60)),
                        "email",
                        "message",
                        say(f, W.CASE_OPENED, lang, case=case or ""),
                        out=True,
                    )
                c.update(booking=case, trouble_starts_at=iso(t))
                if not last:
                    s = f.rng.randint(1, 5)
                    c.update(
                        nps_given=True,
                        nps=s,
                        survey_event_id=f.add(
                            c,
                            t + timedelta(hours=f.rng.uniform(1, 3)),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": s, "csat": None, "ces": None},
                            survey="nps",
                        ),
                    )
                else:
                    r = t + timedelta(hours=f.rng.uniform(18, 40))
                    while r.weekday() >= 5 or not 8 <= r.hour < 17:
                        r = (r + timedelta(days=1)).replace(hour=9, minute=f.rng.randint(0, 50))
                    ids.append(
                        f.add(c, r, "phone", "call", say(f, W.B2B_LAST_CALL, lang, case=case or ""))
                    )
                c["complaint_event_ids"] = ids
        a.update(contact_keys=keys, unhappy_contacts=nbad, unhappy_contact_keys=bad)
        if kind == "at_risk":
            a.update(same_problem=prob, trouble_starts_at=f.cust[bad[0]]["trouble_starts_at"])
        f.accounts[acc] = a
    f.finish({"account_risk": 5, "detractor": 16, "repeat_contact": 5})
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and one planted incident",
    )
    for _ in range(40):
        c = f.person("happy", "day writer", [], [])
        for d in sorted(f.rng.sample(range(6), f.rng.randint(2, 5))):
            happy_act(f, c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, 9, 17)
        c.update(
            grumble_event_id=f.add(c, t, "chat", "chat", say(f, W.MILD, c["language"])),
            trouble_starts_at=iso(t),
        )
        f.add(
            c,
            t + timedelta(minutes=4),
            "chat",
            "chat",
            say(f, W.MILD_ANSWER, c["language"]),
            out=True,
        )
    for lg, h in [("it", 9.67), ("de", 16.08)]:
        c = f.person("grumbles_once", "lone question", [], ["silence"], lang=lg)
        t = f.start + timedelta(days=4, hours=h)
        c.update(
            lone_report_event_id=f.add(c, t, "chat", "chat", say(f, W.LONE_Q, lg)),
            trouble_starts_at=iso(t),
        )
        f.add(c, t + timedelta(minutes=5), "chat", "chat", say(f, W.LONE_A, lg), out=True)
    langs = ["it"] * 6 + ["en"] * 6 + ["fr", "fr", "de", "de", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    s0 = datetime(2026, 11, 7, 9, 5, tzinfo=UTC)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    early = [i for i, o in enumerate(offs) if o <= 25]
    repeaters = set(f.rng.sample(early, 6))
    fixed = set(f.rng.sample([i for i in range(20) if i not in repeaters], 6))
    for i in range(20):
        lg, ch = langs[i], chans[i]
        rep = i in repeaters
        regular = i < 12
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
            lang=lg,
            in_spike=True,
            regular=regular,
        )
        if regular:
            for _ in range(f.rng.randint(1, 2)):
                happy_act(f, c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i], seconds=f.rng.randint(0, 59) if 0 < offs[i] < 45 else 0)
        text = say(f, W.SPIKE, lg)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        if ch == "social":
            text = "@" + W.BRAND + " " + text
        e = (
            f.add(c, t, ch, kind, text, page="/help/contact")
            if ch == "web"
            else f.add(c, t, ch, kind, text)
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(2, 5)),
                "chat",
                "chat",
                say(f, W.SPIKE_CHAT_ANSWER, lg),
                out=True,
            )
        keys.append(c["identifiers"]["customer_id"])
        eids.append(e)
        c.update(spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t))
        if rep:
            ch2 = f.rng.choice([x for x in ["email", "chat", "community"] if x != ch])
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(10, 60)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                say(f, W.SPIKE_AGAIN, lg),
            )
            reps.append(r)
            c["repeat_event_id"] = r
        if i in fixed:
            f.add(
                c,
                datetime(2026, 11, 7, 12, f.rng.randint(8, 17), tzinfo=UTC),
                "email",
                "message",
                say(f, W.SPIKE_FIXED, lg),
                out=True,
            )
            c["agent_fixed"] = True
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "the planted incident: one fault of the business's app, reported by many in their own words",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.finish({"topic_spike": 1, "repeat_contact": 6})
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
        fam = build()
        print(
            fam.name,
            len(fam.cust),
            len(fam.rows),
            sum(r["direction"] == "outbound" for r in fam.rows),
        )


if __name__ == "__main__":
    main()
