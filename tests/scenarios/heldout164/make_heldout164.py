"""Build heldout164 (report only, written blind). Standard library only; fixed seed."""

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

SEED = 20261164
LANG_WEIGHTS = (("pt", 28), ("fr", 28), ("en", 11), ("de", 11), ("it", 11), ("es", 11))
SOURCES = {
    "email": "pelucio-mail",
    "phone": "pelucio-voice",
    "social": "pelucio-social",
    "community": "pelucio-forum",
    "chat": "pelucio-chat",
    "web": "pelucio-web",
    "survey": "pelucio-survey",
}
KIND = {
    "email": "message",
    "phone": "call",
    "social": "mention",
    "community": "post",
    "chat": "chat",
    "web": "ticket",
    "survey": "survey_response",
}
SILENCE = ["silence"]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def roughen(text: str, rng: random.Random) -> str:
    if rng.random() < 0.1:
        text = "".join(
            c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
        )
    if rng.random() < 0.14:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
        if idx:
            i = rng.choice(idx)
            w = words[i]
            k = rng.randrange(1, len(w) - 2)
            words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
            text = " ".join(words)
    if rng.random() < 0.12 and text[:1].isupper() and not text[:2].isupper():
        text = text[0].lower() + text[1:]
    return text


class Fam:
    def __init__(
        self, name: str, code: str, start: datetime, days: int, n: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.n = n
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seen: set[str] = set()
        self.count = 0

    def lang(self) -> str:
        return self.rng.choices([lang for lang, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        lang = lang or self.lang()
        i = len(self.customers) + 1
        key = f"PL{self.code}{1000 + i * 7:04d}"
        name = self.rng.choice(W.NAMES[lang])
        market = self.rng.choice(W.MARKET[lang])
        first, last = name.split(" ")
        slug = (
            unicodedata.normalize("NFD", f"{first}.{last}")
            .encode("ascii", "ignore")
            .decode()
            .lower()
        )
        dom = (
            f"{account.lower()}.example"
            if account
            else self.rng.choice(["mail.example", "correio.example", "courriel.example"])
        )
        c: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": f"{slug}{i}{self.code.lower()}@{dom}",
                "phone": W.PHONE_PREFIX[market].replace(" ", "")
                + f"{self.n}{i:03d}{(i * 37) % 1000:03d}",
                "handle": None if account else f"@{slug.replace('.', '_')}{i}{self.code.lower()}",
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": name,
            "key": key,
        }
        c.update(extra)
        self.customers[key] = c
        return c

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        text: str | None,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        kind: str | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.count += 1
        eid = f"h164-{self.code.lower()}-{self.count:05d}"
        ids = c["identifiers"]
        first = c["key"] not in self.seen and not out
        if first or out:
            ref = {k: v for k, v in ids.items() if v}
            if first:
                self.seen.add(c["key"])
        else:
            ref = {"customer_id": ids["customer_id"]}
            if channel == "phone":
                ref = {"phone": ids["phone"]}
            elif channel == "email":
                ref = {"email": ids["email"]}
            elif channel in ("social", "community") and ids["handle"]:
                ref = {"handle": ids["handle"]}
            if ids["account_id"]:
                ref["account_id"] = ids["account_id"]
        if text and not out and channel not in ("phone", "survey"):
            text = roughen(text, self.rough)
        a = {"market": c["country"]}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Rita", "Amélie", "Sam", "Jonas", "Chiara", "Nuno"])
        a.update(attrs or {})
        row: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind or KIND[channel],
            "direction": "outbound" if out else "inbound",
            "customer": ref,
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(row)
        return eid

    def at(self, day: float, h0: float = 8.0, h1: float = 19.0) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(h0, h1))

    def happy(self, c: dict[str, Any], t: datetime) -> None:
        lang, r = c["language"], self.rng.random()
        if r < 0.3:
            self.add(
                c, t, self.rng.choice(["social", "community"]), self.rng.choice(W.PRAISE[lang])
            )
        elif r < 0.45:
            self.add(c, t, "community", self.rng.choice(W.GRIPE_PRAISE[lang]))
        elif r < 0.7:
            self.add(c, t, "chat", self.rng.choice(W.QUESTION[lang]))
            self.add(
                c, t + timedelta(minutes=self.rng.randint(1, 6)), "chat", W.ANSWER[lang], out=True
            )
            if self.rng.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=self.rng.randint(7, 12)),
                    "chat",
                    self.rng.choice(W.THANKS[lang]),
                )
        elif r < 0.85:
            self.add(c, t, "web", None, kind="page_view", attrs={"page": "/grooming/book"})
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(3, 20)),
                "web",
                None,
                kind="purchase",
                attrs={
                    "page": "/checkout",
                    "product": "Full groom, medium dog",
                    "order_value": "45.00",
                    "currency": "CHF"
                    if c["country"] == "CH"
                    else ("GBP" if c["country"] == "UK" else "EUR"),
                },
            )
        else:
            self.add(
                c,
                t,
                "survey",
                self.rng.choice(W.SURVEY_WORD[lang]) or None,
                scores={"nps": self.rng.choice([9, 10])},
                attrs={"survey": "nps"},
            )

    def case(self) -> str:
        return f"PL-{self.rng.randint(100000, 999999)}"

    def complaint_text(self, lang: str, prob: str) -> str:
        return str(W.COMPLAINT[lang][prob])

    def write(self) -> None:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        last = max(
            datetime.fromisoformat(r["occurred_at"].replace("Z", "+00:00")) for r in self.rows
        )
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for c in self.customers.values():
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
                "about": self.about,
                "business": "Pelucio: dog grooming salons and vans, Pelucio Plus, Pelucio Pro",
                "days": self.days,
                "seed": SEED,
                "written": "heldout164, blind",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {
                k: {x: y for x, y in c.items() if x != "key"} for k, c in self.customers.items()
            },
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.rows), "utf-8"
        )
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        datetime(2026, 3, 16, tzinfo=UTC),
        10,
        1,
        "happy day writers, night writers and survey answerers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(10), f.rng.randint(6, 9)):
            f.happy(c, f.at(d, 7, 19))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 350))
            if f.rng.random() < 0.5:
                f.add(c, t, "community", f.rng.choice(W.NIGHT[c["language"]]))
            else:
                f.add(c, t, "chat", f.rng.choice(W.NIGHT_Q[c["language"]]))
                f.add(c, t + timedelta(minutes=4), "chat", W.ANSWER[c["language"]], out=True)
                f.add(c, t + timedelta(minutes=9), "chat", f.rng.choice(W.THANKS[c["language"]]))
        for d in f.rng.sample(range(10), 2):
            f.happy(c, f.at(d, 9, 18))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.add(
                c,
                f.at(d),
                "survey",
                f.rng.choice(W.SURVEY_WORD[c["language"]]) or None,
                scores={"csat": f.rng.choice([4, 5])},
                attrs={"survey": "csat"},
            )
    return f


def problem_contact(
    f: Fam,
    c: dict[str, Any],
    t: datetime,
    channel: str,
    prob: str,
    case: str,
    long_email: bool = False,
) -> str:
    lang = c["language"]
    txt = f.complaint_text(lang, prob)
    if channel == "phone":
        low = txt.lower().replace(".", "").replace("?", "").replace("!", "")
        return f.add(c, t, "phone", W.CALL[lang].replace("PROBTXT", low))
    if long_email and lang in W.LONG_EMAIL:
        return f.add(
            c,
            t,
            "email",
            W.LONG_EMAIL[lang].replace("PROBTXT", txt),
            subject=W.SUBJ_COMPLAINT[lang],
        )
    if channel == "email":
        return f.add(c, t, "email", txt, subject=W.SUBJ_COMPLAINT[lang])
    return f.add(c, t, channel, txt)


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        2,
        "happy customers with one bad day",
    )
    chans = ["email"] * 8 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    for i, ch in enumerate(chans):
        prob = W.PROBLEMS[i % 6]
        detr = (i % 4 == 1 and ch != "social") or i == 18
        c = f.person(
            "bad_day_detractor" if detr else "happy_one_bad_day",
            "one bad day",
            lang=("pt", "fr")[i % 2] if i < 4 else None,
            expected=["detractor"] if detr else [],
            tolerated=SILENCE,
            problem=prob,
        )
        day = f.rng.randint(2, 9)
        for d in f.rng.sample(
            [x for x in range(12) if x < day - 1 or x > day + 2], f.rng.randint(1, 4)
        ):
            f.happy(c, f.at(d))
        t = f.at(day, 8, 20)
        case = None if ch == "social" else f.case()
        eid = problem_contact(f, c, t, ch, prob, case or "", long_email=i < 4)
        c.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            booking=case,
            long_email=i < 4,
        )
        lang = c["language"]
        if case:
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "chat" if ch == "chat" else "email",
                W.CASE_OPENED[lang].replace("CASE", case),
                out=True,
            )
            if detr:
                c["survey_event_id"] = f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(100, 140)),
                    "survey",
                    W.NPS_LOW[lang],
                    scores={"nps": f.rng.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                c["nps_given"] = True
            elif i % 4 == 2:
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(40, 80)),
                    "survey",
                    f.rng.choice(W.LOW_CSAT[lang]) or None,
                    scores={"csat": f.rng.choice([1, 2])},
                    attrs={"survey": "csat"},
                )
            if i % 3 != 0:
                f.add(
                    c,
                    t + timedelta(hours=f.rng.uniform(1, 4)),
                    "email",
                    W.GOOD_NEWS[lang].replace("CASE", case),
                    out=True,
                    subject=W.SUBJ_RE[lang].replace("CASE", case),
                )
                if i % 3 == 1:
                    ta = t + timedelta(hours=f.rng.uniform(16, 24))
                    c.update(
                        apologised=True,
                        apology_at=iso(ta),
                        apology_event_id=f.add(c, ta, "chat", W.APOLOGY[lang]),
                    )
    for _ in range(8):
        c = f.person("happy", "control")
        for d in f.rng.sample(range(12), f.rng.randint(4, 7)):
            f.happy(c, f.at(d))
    return f


def repeat_run(
    f: Fam, c: dict[str, Any], t0: datetime, times: int, prob: str, langs: list[str], quality: bool
) -> None:
    case = f.case()
    chans = ["web", "email", "chat", "phone", "social"]
    f.rng.shuffle(chans)
    ids: list[str] = []
    t = t0
    for k in range(times):
        lang = langs[k % len(langs)]
        if k == 0:
            c["language"] = langs[0]
            ids.append(problem_contact(f, c, t, chans[k], prob, case))
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "email",
                (W.QUALITY_LEAD if quality else W.CASE_OPENED)[lang].replace("CASE", case),
                out=True,
            )
        else:
            t += timedelta(hours=f.rng.uniform(4, 40))
            if t.hour >= 22 or t.hour < 7:
                t = t.replace(hour=8) + (timedelta(days=1) if t.hour >= 22 else timedelta())
            if k == 2:
                comp = W.COMPETITORS[f.rng.randrange(2)]
                c["competitor"] = comp
                txt = W.THIRD[lang].replace("CASE", case).replace("COMP", comp)
            elif k == 3:
                txt = W.FOURTH[lang].replace("CASE", case)
            else:
                txt = (
                    f.rng.choice(W.STILL[lang])
                    .replace("CASE", case)
                    .replace("PROBTXT", W.COMPLAINT[lang][prob])
                )
            ch = chans[k]
            if ch == "phone":
                txt = (
                    txt.lower().replace(".", "").replace(",", "").replace(":", "").replace("!", "")
                )
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    txt,
                    subject=W.SUBJ_RE[lang].replace("CASE", case) if ch == "email" else None,
                )
            )
    c.update(
        problem=prob,
        booking=case,
        problem_event_ids=ids,
        contacts=times,
        trouble_starts_at=iso(t0),
        agent_passed_on=quality,
    )
    c.setdefault("competitor", None)


def fixed_case(
    f: Fam, c: dict[str, Any], t: datetime, prob: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    case = f.case()
    eid = problem_contact(f, c, t, "web", prob, case)
    f.add(
        c, t + timedelta(minutes=20), "email", W.CASE_OPENED[lang].replace("CASE", case), out=True
    )
    tf = t + timedelta(hours=f.rng.uniform(3, 20))
    f.add(c, tf, "email", W.GOOD_NEWS[confirm_lang].replace("CASE", case), out=True)
    tc = tf + timedelta(hours=f.rng.uniform(8, 30))
    if tc.hour >= 22 or tc.hour < 7:
        tc = tc.replace(hour=9)
    ce = f.add(c, tc, "chat", W.CONFIRM[confirm_lang].replace("CASE", case))
    return {
        "problem": prob,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": "chat",
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        3,
        "repeat contacts, fixed cases, two problems, frequent writers",
    )
    tol = ["churn_intent", "competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=tol)
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12))
        repeat_run(f, c, f.at(1 + i % 4), 2 + i % 3, W.PROBLEMS[i % 6], [c["language"]], i % 2 == 0)
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=SILENCE)
        f.happy(c, f.at(0))
        c["problems"] = [
            fixed_case(f, c, f.at(1 + i % 3), W.PROBLEMS[i], c["language"], c["language"])
        ]
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=SILENCE)
        c["problems"] = [
            fixed_case(f, c, f.at(1), W.PROBLEMS[i], c["language"], c["language"]),
            fixed_case(f, c, f.at(5 + i % 2), W.PROBLEMS[i + 3], c["language"], c["language"]),
        ]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(c, f.at(d))
    return f


def slide(f: Fam, c: dict[str, Any], d0: int, span: int, langs: list[str], nps: bool) -> None:
    comp = W.COMPETITORS[f.rng.randrange(2)]
    ids: list[str] = []
    t = f.at(d0, 9, 12)
    for k in range(6):
        lang = langs[k % len(langs)]
        ch = ["social", "community", "review"][k % 3]
        txt = W.SLIDE[lang][k].replace("COMP", comp)
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    txt,
                    kind="review",
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, txt))
        if k == 3 and nps:
            c["survey_event_id"] = f.add(
                c,
                t + timedelta(hours=3),
                "survey",
                W.NPS_LOW[lang],
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.update(nps_given=True)
        t += timedelta(hours=max(1.0, span * 24 / 6 * f.rng.uniform(0.7, 1.2)))
        if t.hour >= 22 or t.hour < 7:
            t = t.replace(hour=9)
    c.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
    )
    c["trouble_starts_at"] = next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0])


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        4,
        "sliders, leavers, steady, steadily grumpy, sarcastic",
    )
    tol = ["churn_intent", "competitor_mention", "high_value_at_risk", "repeat_contact", "silence"]
    for i in range(10):
        nps = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if nps else []),
            tolerated=tol,
        )
        for d in range(5):
            f.add(
                c,
                f.at(d * 2, 8, 19),
                f.rng.choice(["social", "community"]),
                f.rng.choice(W.PRAISE[c["language"]]),
            )
        for d in f.rng.sample(range(11), f.rng.randint(2, 4)):
            f.add(c, f.at(d), "web", None, kind="page_view", attrs={"page": "/grooming"})
        slide(f, c, 12 + i % 5, [3, 5, 9][i % 3], [c["language"]], nps)
    for i in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"],
        )
        for d in f.rng.sample(range(15), f.rng.randint(4, 6)):
            f.happy(c, f.at(d))
        t = f.at(17 + i, 9, 16)
        lang = c["language"]
        c["churn_intent_event_id"] = f.add(c, t, "email", W.CANCEL[lang], subject="Plus")
        f.add(c, t + timedelta(hours=f.rng.uniform(1, 5)), "email", W.SORRY_GO[lang], out=True)
        tc = t + timedelta(hours=f.rng.uniform(20, 30))
        c["cancellation_event_id"] = f.add(
            c,
            tc,
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/account/plus/cancel", "product": "Pelucio Plus"},
        )
        c.update(churn_at=iso(tc), trouble_starts_at=iso(t))
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in f.rng.sample(range(32), f.rng.randint(6, 10)):
            f.happy(c, f.at(d))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    c,
                    f.at(d),
                    f.rng.choice(["social", "community", "web"]),
                    f.rng.choice(W.GRUMBLE[c["language"]]),
                )
            )
            d += f.rng.randint(1, 3)
        c["grumble_event_ids"] = ids
        c["trouble_starts_at"] = next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0])
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=SILENCE)
        for d in f.rng.sample(range(16), f.rng.randint(3, 5)):
            f.happy(c, f.at(d))
        c["sarcasm_event_id"] = f.add(
            c, f.at(f.rng.randint(17, 28)), "social", W.SARCASM[c["language"]]
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        5,
        "a calm weekend with night owls in bursts",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy(c, f.at(d, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=SILENCE)
        t = f.at(i % 3, 9, 17)
        f.add(c, t, "web", None, kind="page_view", attrs={"page": "/salons"})
        lang = c["language"]
        if i < 2:
            c["grumble_event_id"] = f.add(c, t + timedelta(minutes=25), "chat", W.MILD[lang])
            f.add(c, t + timedelta(minutes=29), "chat", W.ANSWER[lang], out=True)
        else:
            c["grumble_event_id"] = f.add(
                c, t + timedelta(minutes=25), "web", W.MILD[lang], attrs={"page": "/contact"}
            )
            f.add(
                c,
                t + timedelta(minutes=60),
                "email",
                W.CASE_OPENED[lang].replace("CASE", f.case()),
                out=True,
            )
        c["trouble_starts_at"] = iso(t + timedelta(minutes=25))
    owls = [f.person("night_owl", "night", tolerated=[]) for _ in range(36)]
    for n in range(3):
        first = f.start + timedelta(days=n + 1, minutes=f.rng.randint(40, 65))
        for b, gap in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            bs = first + timedelta(minutes=gap)
            for o in owls[n * 12 + b * 4 : n * 12 + b * 4 + 4]:
                t = bs + timedelta(minutes=f.rng.randint(0, 9))
                lang = o["language"]
                if f.rng.random() < 0.5:
                    o["night_event_id"] = f.add(o, t, "chat", f.rng.choice(W.NIGHT_Q[lang]))
                    f.add(o, t + timedelta(minutes=3), "chat", W.ANSWER[lang], out=True)
                    f.add(o, t + timedelta(minutes=6), "chat", f.rng.choice(W.THANKS[lang]))
                else:
                    o["night_event_id"] = f.add(o, t, "community", f.rng.choice(W.NIGHT[lang]))
                o.update(burst_at=iso(bs), habit=f"night {n + 1}, burst {b + 1}")
                if f.rng.random() < 0.5:
                    f.happy(o, f.at(n, 9, 17.5))
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        6,
        "customers writing in two languages",
    )
    pairs = [
        ("pt", "fr"),
        ("fr", "pt"),
        ("pt", "en"),
        ("fr", "en"),
        ("pt", "es"),
        ("fr", "de"),
        ("fr", "it"),
        ("en", "pt"),
        ("de", "fr"),
        ("it", "fr"),
        ("es", "pt"),
    ]

    def mk(persona: str, habit: str, i: int, **kw: Any) -> dict[str, Any]:
        p = pairs[i % len(pairs)]
        return f.person(
            persona,
            habit,
            lang=p[0],
            languages=list(p),
            job_second_language="works across the border",
            **kw,
        )

    for i in range(12):
        c = mk("happy", "alternates languages", i)
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c["language"] = c["languages"][k % 2]
            f.happy(c, f.at(d))
        c["language"] = c["languages"][0]
    tol_r = [
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "sentiment_drop",
        "silence",
    ]
    for i in range(5):
        c = mk("repeat_contact", "repeats", i + 1, expected=["repeat_contact"], tolerated=tol_r)
        f.happy(c, f.at(0))
        repeat_run(f, c, f.at(2 + i % 3), [2, 2, 3, 3, 4][i], W.PROBLEMS[i], c["languages"], i >= 2)
    tol_s = [
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "repeat_contact",
        "silence",
    ]
    for i in range(5):
        c = mk("slow_churner", "slides", i + 3, expected=["sentiment_drop"], tolerated=tol_s)
        for d in range(5):
            f.add(c, f.at(d), "community", f.rng.choice(W.PRAISE[c["languages"][d % 2]]))
        f.add(c, f.at(5), "web", None, kind="page_view", attrs={"page": "/grooming"})
        slide(f, c, 7 + i % 2, [3, 5][i % 2], c["languages"], False)
    for i in range(3):
        c = mk("happy_one_bad_day", "one bad day", i, tolerated=SILENCE)
        f.happy(c, f.at(1))
        second = c["languages"][1]
        c["language"] = second
        t = f.at(6)
        case = f.case()
        eid = problem_contact(
            f, c, t, "email" if i < 2 else "chat", W.PROBLEMS[i], case, long_email=i == 0
        )
        f.add(
            c,
            t + timedelta(minutes=30),
            "email",
            W.CASE_OPENED[second].replace("CASE", case),
            out=True,
        )
        c["language"] = c["languages"][0]
        c.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=second,
            booking=case,
            trouble_starts_at=iso(t),
        )
        f.happy(c, f.at(11))
    for i in range(2):
        c = mk("resolved_between_contacts", "fixed", i, tolerated=SILENCE)
        c["problems"] = [
            fixed_case(f, c, f.at(3 + i), W.PROBLEMS[i + 2], c["languages"][0], c["languages"][1])
        ]
        c["confirm_language"] = c["languages"][1]
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", datetime(2026, 10, 5, tzinfo=UTC), 14, 7, "Pelucio Pro accounts")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    sites = ["kennel", "pet hotel", "vet clinic", "dog daycare", "animal shelter", "breeder"]
    langs = [
        "pt",
        "fr",
        "pt",
        "fr",
        "de",
        "fr",
        "pt",
        "it",
        "en",
        "pt",
        "fr",
        "es",
        "pt",
        "fr",
        "de",
    ]
    for a, kind in enumerate(kinds):
        lang = langs[a]
        market = W.MARKET[lang][0]
        acc = f"PLP-{market}-{4100 + a * 37}"
        n = [5, 5, 4, 5, 4, 3, 3, 4, 3, 4, 3, 4, 4, 4, 4][a]
        contacts = []
        for j in range(n):
            role = "contact"
            if (kind == "at_risk" and j < (4 if a < 2 else 3)) or (
                kind == "one_unhappy" and j == 0
            ):
                role = "complainer"
            elif kind == "mild" and j < 2:
                role = "suggests"
            persona = (
                {"at_risk": "b2b_unhappy", "one_unhappy": "b2b_one_unhappy", "mild": "b2b_mild"}[
                    kind
                ]
                if role != "contact"
                else "b2b_happy"
            )
            c = f.person(
                persona,
                role,
                lang=lang,
                account=acc,
                company=f"Company {acc}",
                role=role,
                job_title="office manager",
                job="office manager",
            )
            c["country"] = market
            contacts.append(c)
        prob = W.B2B_PROBLEMS[a % 4]
        unhappy = [c for c in contacts if c["role"] == "complainer"]
        for c in contacts:
            if c["role"] == "contact":
                for d in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4)):
                    if f.rng.random() < 0.5:
                        f.add(c, f.at(d, 8, 16.5), "community", W.B2B_PRAISE[lang])
                    else:
                        f.add(c, f.at(d, 8, 16.5), "chat", f.rng.choice(W.QUESTION[lang]))
                        f.add(c, f.at(d, 16.6, 17), "chat", W.ANSWER[lang], out=True)
            else:
                f.add(
                    c,
                    f.at(f.rng.choice([0, 1]), 8, 16),
                    "web",
                    None,
                    kind="page_view",
                    attrs={"page": "/pro/portal"},
                )
        if kind == "at_risk":
            case = f.case()
            t = f.start + timedelta(days=2, hours=9, minutes=f.rng.randint(0, 90))
            for j, c in enumerate(unhappy):
                txt = W.B2B_COMPLAINT[lang][prob]
                if j:
                    txt = (
                        W.B2B_ALSO[lang]
                        .replace("NAME", unhappy[0]["name"].split(" ")[0])
                        .replace("CASE", case)
                        + txt
                    )
                eid = f.add(c, t, "email", txt, subject=W.SUBJ_COMPLAINT[lang])
                if j == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=30),
                        "email",
                        W.CASE_OPENED[lang].replace("CASE", case),
                        out=True,
                    )
                c.update(
                    complaint_event_ids=[eid], trouble_starts_at=iso(t), booking=case, problem=prob
                )
                c["expected_rules"] = []
                c["tolerated_rules"] = sorted(
                    [
                        "account_risk",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "sentiment_drop",
                        "silence",
                    ]
                )
                if j < len(unhappy) - 1:
                    c["survey_event_id"] = f.add(
                        c,
                        t + timedelta(hours=2),
                        "survey",
                        W.NPS_LOW[lang],
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c["expected_rules"] = ["detractor"]
                else:
                    comp = W.COMPETITORS[a % 2]
                    t2 = t + timedelta(hours=f.rng.uniform(20, 26))
                    c["complaint_event_ids"].append(
                        f.add(
                            c,
                            t2,
                            "phone",
                            W.B2B_LAST[lang].replace("CASE", case).replace("COMP", comp),
                        )
                    )
                    c.update(expected_rules=["repeat_contact"], competitor=comp)
                nt = t + timedelta(hours=f.rng.uniform(8, 28))
                if nt.hour >= 17 or nt.hour < 8:
                    nt = nt.replace(hour=9) + (timedelta(days=1) if nt.hour >= 17 else timedelta())
                while nt.weekday() >= 5:
                    nt += timedelta(days=1)
                t = nt
        elif kind == "one_unhappy":
            c = unhappy[0]
            case = f.case()
            t = f.at(3 + a % 4, 9, 16)
            eid = f.add(c, t, "email", W.B2B_COMPLAINT[lang][prob], subject=W.SUBJ_COMPLAINT[lang])
            f.add(
                c,
                t + timedelta(minutes=25),
                "email",
                W.CASE_OPENED[lang].replace("CASE", case),
                out=True,
            )
            c["survey_event_id"] = f.add(
                c,
                t + timedelta(hours=2),
                "survey",
                W.NPS_LOW[lang],
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.update(
                complaint_event_ids=[eid],
                trouble_starts_at=iso(t),
                booking=case,
                problem=prob,
                expected_rules=["detractor"],
                tolerated_rules=["high_value_at_risk", "sentiment_drop", "silence"],
            )
        elif kind == "mild":
            for c in contacts:
                if c["role"] == "suggests":
                    t = f.at(3 + f.rng.randint(0, 4), 8, 16)
                    c["mild_event_id"] = f.add(
                        c, t, "web", W.B2B_MILD[lang], attrs={"page": "/pro/contact"}
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=40),
                        "email",
                        W.CASE_OPENED[lang].replace("CASE", f.case()),
                        out=True,
                    )
                    c.update(tolerated_rules=["silence"], trouble_starts_at=iso(t))
        keys = [c["key"] for c in contacts]
        ukeys = [c["key"] for c in unhappy]
        f.accounts[acc] = {
            "company": f"Company {acc}",
            "site": sites[a % len(sites)],
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": len(ukeys),
            "unhappy_contact_keys": ukeys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": f.customers[ukeys[0]]["trouble_starts_at"]
            if kind == "at_risk"
            else None,
            "language": lang,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        8,
        "a calm week and the planted incident",
    )
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(6), f.rng.randint(2, 5)):
            f.happy(c, f.at(d, 12, 19) if d == 5 else f.at(d))
    for _i in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=SILENCE)
        t = f.at(0, 9, 15)
        c.update(
            grumble_event_id=f.add(c, t, "chat", W.MILD[c["language"]]), trouble_starts_at=iso(t)
        )
        f.add(c, t + timedelta(minutes=4), "chat", W.ANSWER[c["language"]], out=True)
    for lang, hour in (("pt", 9.7), ("fr", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=SILENCE)
        t = f.start + timedelta(days=4, hours=hour)
        c.update(lone_report_event_id=f.add(c, t, "chat", W.LONE_Q[lang]), trouble_starts_at=iso(t))
        f.add(c, t + timedelta(minutes=5), "chat", W.LONE_A[lang], out=True)
    s0 = datetime(2026, 11, 7, 9, 5, tzinfo=UTC)
    langs = ["pt"] * 6 + ["fr"] * 6 + ["en", "en", "de", "de", "it", "it", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    nrep = 0
    for i in range(20):
        lang = langs[i]
        rep = nrep < 6 and offs[i] <= 25 and i % 2 == 0
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i % 3 else "new",
            lang=lang,
            expected=["repeat_contact"] if rep else [],
            tolerated=["sentiment_drop", "silence"] if rep else SILENCE,
            in_spike=True,
            regular=bool(i % 3),
        )
        if i % 3:
            f.happy(c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.rng.choice(W.SPIKE[lang])
        eid = f.add(c, t, ch, text, subject=W.SUBJ_COMPLAINT[lang] if ch == "email" else None)
        if ch == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", W.SPIKE_ANSWER[lang], out=True)
        keys.append(c["key"])
        eids.append(eid)
        c.update(spike_event_id=eid, spike_channel=ch, trouble_starts_at=iso(t))
        if rep:
            nrep += 1
            ch2 = next(x for x in ["email", "chat", "community"] if x != ch)
            r = f.add(c, t + timedelta(minutes=f.rng.randint(10, 60)), ch2, W.SPIKE_AGAIN[lang])
            reps.append(r)
            c["repeat_event_id"] = r
        elif i % 4 == 1:
            f.add(
                c,
                datetime(2026, 11, 7, 12, 20 + i, tzinfo=UTC),
                "email",
                W.SPIKE_FIXED[lang],
                out=True,
            )
            c["agent_fixed"] = True
    f.spike = {
        "topic": "grooming app rejects valid dog vaccination records at salon check-in (vaccine shown expired): no groom can start",
        "about": "the planted incident",
        "channel": None,
        "start": iso(s0 + timedelta(minutes=offs[0])),
        "end": iso(s0 + timedelta(minutes=offs[-1])),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


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
    for build in FAMILIES:
        build().write()


if __name__ == "__main__":
    main()
