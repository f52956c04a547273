# ruff: noqa: E501
"""Writes the 318th blind set (Clavexo, key copies by app and post). Standard library only."""

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

SEED = 20261017
SOURCES = {
    "email": "clavexo-mail",
    "phone": "clavexo-voice",
    "social": "clavexo-social",
    "community": "clavexo-forum",
    "chat": "clavexo-chat",
    "web": "clavexo-web",
    "survey": "clavexo-survey",
}
KINDS = {
    "email": "message",
    "phone": "call",
    "social": "mention",
    "community": "post",
    "chat": "chat",
    "web": "ticket",
    "survey": "survey_response",
}
CUT = datetime(2026, 11, 1, tzinfo=UTC)


class Fam:
    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rows: list[tuple[datetime, int, dict[str, Any]]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.first_done: set[str] = set()
        self.count = 0

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
    ) -> dict[str, Any]:
        global SERIAL
        SERIAL += 1
        lang = lang or self.rng.choices(w.LANGS, w.WEIGHTS)[0]
        market = market or self.rng.choice(w.MARKETS[lang])
        first, last = self.rng.choice(w.FIRST[lang]), self.rng.choice(w.LAST[lang])
        cid = f"CX{self.code}{SERIAL:04d}"
        slug = (
            unicodedata.normalize("NFKD", f"{first}.{last}")
            .encode("ascii", "ignore")
            .decode()
            .lower()
        )
        dom = f"{account.lower()}.example" if account else f"mail{SERIAL % 7}.example"
        phone = f"{w.PHONE[market]}{SERIAL:07d}"
        ids = {
            "customer_id": cid,
            "email": f"{slug}{SERIAL}@{dom}",
            "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
            "handle": None if account else f"@{slug.replace('.', '_')}{SERIAL}",
            "account_id": account,
        }
        exp = sorted(expected or [])
        tol = sorted(set(tolerated or []) - set(exp))
        c: dict[str, Any] = {
            "identifiers": ids,
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "_phone": phone,
        }
        self.customers[cid] = c
        return c

    def add(
        self,
        t: datetime,
        c: dict[str, Any],
        ch: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        kind: str | None = None,
        **attrs: str,
    ) -> str:
        self.count += 1
        eid = f"cx318-{self.code.lower()}-{self.count:05d}"
        ids = c["identifiers"]
        cid = ids["customer_id"]
        full = out or cid not in self.first_done
        if not out:
            self.first_done.add(cid)
        if full:
            cust = {
                "customer_id": cid,
                "email": ids["email"],
                "phone": c["_phone"],
                "handle": ids["handle"],
                "account_id": ids["account_id"],
            }
        elif ch == "phone":
            cust = {"phone": c["_phone"], "account_id": ids["account_id"]}
        elif ch == "email":
            cust = {"email": ids["email"], "account_id": ids["account_id"]}
        elif ch in ("social", "community"):
            cust = (
                {"handle": ids["handle"]}
                if ids["handle"]
                else {"email": ids["email"], "account_id": ids["account_id"]}
            )
        else:
            cust = {"customer_id": cid, "account_id": ids["account_id"]}
        if text and not out and ch not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c["country"], **attrs}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Paula", "Tom", "Nadia", "Bruno"])
        row = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": ch,
            "kind": kind or KINDS[ch],
            "direction": "outbound" if out else "inbound",
            "customer": cust,
            "text": text,
            "subject": subject,
            "scores": scores or {},
            "source": SOURCES.get(ch, "clavexo-web"),
            "attributes": a,
        }
        assert datetime(2026, 1, 1, tzinfo=UTC) <= t < CUT, t
        self.rows.append((t, self.count, row))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = "".join(
                ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
            )
        if r.random() < 0.125:
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, x in enumerate(text.split(" "))
                if x.isalpha() and x.islower() and len(x) > 4
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                x = parts[i]
                parts[i] = x[0] + x[2] + x[1] + x[3:]
                text = " ".join(parts)
        return text

    def day(self, d: float, h0: float = 8, h1: float = 20) -> datetime:
        return self.start + timedelta(days=int(d), hours=self.rng.uniform(h0, h1))

    def happy_act(self, c: dict[str, Any], t: datetime) -> None:
        r, lang = self.rng, c["language"]
        k = r.randrange(7)
        m = timedelta(minutes=1)
        if k == 0:
            self.add(t, c, "social", "@Clavexo " + w.pick(r, w.T["praise"], lang))
        elif k == 1:
            self.add(
                t, c, "community", w.pick(r, w.T["again" if r.random() < 0.5 else "gripe"], lang)
            )
        elif k == 2:
            self.add(t, c, "chat", w.pick(r, w.T["question"], lang))
            self.add(t + m * r.randint(1, 5), c, "chat", w.pick(r, w.T["answer"], lang), out=True)
            if r.random() < 0.6:
                self.add(t + m * r.randint(6, 9), c, "chat", w.pick(r, w.T["thanks"], lang))
        elif k == 3:
            self.add(t, c, "web", None, kind="page_view", page="/keys")
            self.add(
                t + m * r.randint(3, 15),
                c,
                "web",
                None,
                kind="purchase",
                page="/checkout",
                product=r.choice(w.PRODUCTS),
                order_value=f"{r.randint(9, 89)}.90",
                currency="GBP"
                if c["country"] in ("UK",)
                else "CHF"
                if c["country"] == "CH"
                else "EUR",
            )
        elif k == 4:
            self.add(
                t,
                c,
                "web",
                w.pick(r, w.T["review"], lang),
                kind="review",
                rating=str(r.choice([4, 5, 5])),
                page="/reviews",
            )
        elif k == 5:
            self.add(t, c, "phone", w.pick(r, w.T["phone_q"], lang))
            self.add(
                t + m * r.randint(10, 30),
                c,
                "email",
                w.pick(r, w.T["phone_followup"], lang),
                out=True,
            )
        else:
            self.add(t, c, "web", None, kind="page_view", page="/plus")

    def survey(self, t: datetime, c: dict[str, Any], scores: dict[str, int]) -> str:
        return self.add(
            t,
            c,
            "survey",
            w.pick(self.rng, w.T["survey_word"], c["language"]) or None,
            scores=scores,
            survey=next(iter(scores)),
        )

    def ref(self) -> str:
        global REFS
        REFS += 1
        return f"CX-{REFS:06d}"

    def complaint(
        self, t: datetime, c: dict[str, Any], ch: str, problem: str, long_email: bool = False
    ) -> tuple[str, str | None]:
        lang, r = c["language"], self.rng
        p = w.COMPLAINT[problem][lang]
        ref = None if ch == "social" else self.ref()
        if ch == "phone":
            eid = self.add(
                t,
                c,
                "phone",
                w.PHONE_COMPLAINT[lang].format(p=p.lower().replace(",", "").replace(".", "")),
            )
        elif ch == "email":
            body = (
                (w.pick(r, w.LONG_OPEN, lang) + p + "." + w.LONG_CLOSE[lang]) if long_email else p
            )
            eid = self.add(
                t, c, "email", body, subject=w.SUBJ_COMPLAINT[lang].format(t=w.TOPIC[problem][lang])
            )
        elif ch == "social":
            eid = self.add(t, c, "social", "@Clavexo " + p)
        else:
            eid = self.add(t, c, ch, p, **form_attrs(ch))
        if ref:
            if ch == "chat":
                self.add(
                    t + timedelta(minutes=r.randint(2, 6)),
                    c,
                    "chat",
                    w.AGENT["case_opened"][lang].format(ref=ref),
                    out=True,
                )
            else:
                self.add(
                    t + timedelta(minutes=r.randint(10, 40)),
                    c,
                    "email",
                    w.AGENT["case_opened"][lang].format(ref=ref),
                    out=True,
                    subject=w.SUBJ_RE[lang].format(ref=ref),
                )
        return eid, ref

    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda x: (x[0], x[1]))
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        for c in self.customers.values():
            c.pop("_phone", None)
        counted: dict[str, int] = {}
        for c in self.customers.values():
            for rule in c["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if self.spike:
            counted["topic_spike"] = 1
        assert counted == expected, (self.name, counted, expected)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Clavexo: key copies and car fobs by app and post, kiosks; Clavexo Plus; Clavexo Obra on account",
                "days": self.days,
                "seed": SEED,
                "written": "blind",
                "expected": expected,
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with (HERE / f"{self.name}.jsonl").open("w", encoding="utf-8") as f:
            for _, _, row in self.rows:
                f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


SERIAL = 0


def form_attrs(ch: str) -> dict[str, Any]:
    return {"page": "/help/contact"} if ch == "web" else {}


REFS = 0
D = datetime
TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def happy_writers() -> None:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        D(2026, 1, 19, tzinfo=UTC),
        10,
        "happy day and night writers, survey-only",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy_act(c, f.day(d, 7, 19))
        f.survey(f.day(f.rng.randint(0, 9), 9, 18), c, {"nps": f.rng.randint(9, 10)})
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.day(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.add(t, c, "social", "@Clavexo " + w.pick(f.rng, w.T["night_post"], c["language"]))
            else:
                f.add(t, c, "chat", w.pick(f.rng, w.T["night_chat"], c["language"]))
                f.add(
                    t + timedelta(minutes=3),
                    c,
                    "chat",
                    w.pick(f.rng, w.T["night_answer"], c["language"]),
                    out=True,
                )
                f.add(
                    t + timedelta(minutes=7), c, "chat", w.pick(f.rng, w.T["thanks"], c["language"])
                )
        for d in f.rng.sample(range(10), 2):
            f.happy_act(c, f.day(d, 9, 18))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            kind = f.rng.choice(["nps", "csat", "ces"])
            f.survey(
                f.day(d, 8, 20),
                c,
                {
                    kind: {
                        "nps": f.rng.randint(9, 10),
                        "csat": f.rng.randint(4, 5),
                        "ces": f.rng.randint(6, 7),
                    }[kind]
                },
            )
    f.write({})


def one_bad_day() -> None:
    f = Fam(
        2, "one_bad_day", "BD", D(2026, 2, 16, tzinfo=UTC), 12, "happy customers with one bad day"
    )
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    f.rng.shuffle(chans)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(f.rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in det]
    low = set(f.rng.sample(rest, 5))
    news = set(f.rng.sample(with_case, 12))
    apol = set(f.rng.sample(sorted(news), 5))
    for i, ch in enumerate(chans):
        lang = ("es" if i % 2 else "en") if ch == "long" else None
        c = f.person(
            "bad_day_detractor" if i in det else "happy_one_bad_day",
            "one bad day",
            lang,
            ["detractor"] if i in det else [],
            ["silence"],
        )
        bd = f.rng.randint(2, 9)
        for d in f.rng.sample(
            [x for x in range(12) if x < bd - 1 or x > bd + 2], f.rng.randint(1, 5)
        ):
            f.happy_act(c, f.day(d, 8, 19))
        t = f.day(bd, 8, 17)
        prob = w.PROBLEMS[i % 6]
        eid, ref = f.complaint(t, c, "email" if ch == "long" else ch, prob, ch == "long")
        c.update(
            problem=prob,
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
            booking=ref,
            bad_day_at=t.isoformat(),
            bad_day_event_id=eid,
            trouble_starts_at=t.isoformat(),
        )
        if i in det:
            c.update(nps_given=True, nps=f.rng.randint(1, 5))
            c["survey_event_id"] = f.survey(
                t + timedelta(minutes=f.rng.randint(100, 140)), c, {"nps": c["nps"]}
            )
        elif i in low:
            c.update(csat_given=True, csat=f.rng.randint(1, 2))
            c["survey_event_id"] = f.add(
                t + timedelta(minutes=f.rng.randint(40, 80)),
                c,
                "survey",
                None,
                scores={"csat": c["csat"]},
                survey="csat",
            )
        if i in news:
            f.add(
                t + timedelta(hours=f.rng.uniform(1, 3)),
                c,
                "email",
                w.AGENT["good_news"][c["language"]].format(ref=ref),
                out=True,
                subject=w.SUBJ_RE[c["language"]].format(ref=ref),
            )
            c["agent_fixed"] = True
        if i in apol:
            ta = t + timedelta(hours=f.rng.uniform(16, 20))
            c.update(
                apologised=True,
                apology_at=ta.isoformat(),
                apology_event_id=f.add(ta, c, "chat", w.APOLOGY[c["language"]]),
            )
    for _ in range(8):
        c = f.person("happy", "control")
        for d in f.rng.sample(range(12), f.rng.randint(4, 7)):
            f.happy_act(c, f.day(d, 8, 19))
    f.write({"detractor": 6})


def office(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        t = (t + timedelta(hours=10)).replace(hour=8, minute=t.minute)
    return t


def repeat_run(f: Fam, c: dict[str, Any], t: datetime, n: int, passed: bool) -> None:
    lang, r = c["language"], f.rng
    chans = ["web", "email", "chat", "phone"]
    first = r.choice(chans)
    prob = r.choice(w.PROBLEMS)
    eid, ref = f.complaint(t, c, first, prob)
    if passed:
        f.add(
            t + timedelta(hours=r.uniform(1.5, 2.5)),
            c,
            "email",
            w.AGENT["quality"][lang].format(ref=ref),
            out=True,
            subject=w.SUBJ_RE[lang].format(ref=ref),
        )
    ids, comp = [eid], None
    later = [x for x in ["email", "chat", "phone", "web", "social"] if x != first]
    r.shuffle(later)
    for k in range(1, n):
        t = office(t + timedelta(hours=r.uniform(4, 30)))
        ch = later[k - 1]
        text = w.pick(r, w.STILL, lang).format(ref=ref, p=w.COMPLAINT[prob][lang])
        if k == 2:
            comp = r.choice(w.COMPETITORS)
            text += w.THIRD[lang].format(c=comp)
        if k == 3:
            text += w.FOURTH[lang]
        if ch == "phone":
            text = text.lower().replace(".", "").replace(",", "")
        if ch == "social":
            text = "@Clavexo " + text
        ids.append(
            f.add(
                t, c, ch, text, subject=w.SUBJ_RE[lang].format(ref=ref) if ch == "email" else None
            )
        )
        if ch == "chat":
            f.add(
                t + timedelta(minutes=3),
                c,
                "chat",
                w.AGENT["urgent"][lang].format(ref=ref),
                out=True,
            )
    c.update(
        problem=prob,
        booking=ref,
        contacts=n,
        problem_event_ids=ids,
        agent_passed_on=passed,
        competitor=comp,
        trouble_starts_at=ids and t.isoformat(),
        channels=[first, *later[: n - 1]],
    )


def fixed_run(f: Fam, c: dict[str, Any], t: datetime, prob: str) -> dict[str, Any]:
    lang, r = c["language"], f.rng
    eid, ref = f.complaint(t, c, "web", prob)
    tf = office(t + timedelta(hours=r.uniform(3, 20)))
    f.add(
        tf,
        c,
        "email",
        w.AGENT["good_news"][lang].format(ref=ref),
        out=True,
        subject=w.SUBJ_RE[lang].format(ref=ref),
    )
    tc = office(tf + timedelta(hours=r.uniform(8, 30)))
    ce = f.add(
        tc, c, "email", w.CONFIRM[lang].format(ref=ref), subject=w.SUBJ_RE[lang].format(ref=ref)
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": t.isoformat(),
        "fixed_at": tf.isoformat(),
        "confirmed_at": tc.isoformat(),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": "email",
    }


def repeat_contacts() -> None:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        D(2026, 3, 16, tzinfo=UTC),
        10,
        "repeat contacts about one open problem",
    )
    for i in range(12):
        c = f.person("repeat_contact", "repeats", None, ["repeat_contact"], TOL_REPEAT)
        f.happy_act(c, f.day(0, 7, 12))
        repeat_run(f, c, f.day(1 + i % 4, 8, 17), 2 + i % 3, i % 2 == 0)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", None, [], ["silence"])
        c["problems"] = [
            fixed_run(f, c, f.day(f.rng.randint(1, 4), 8, 17), f.rng.choice(w.PROBLEMS))
        ]
    for _ in range(3):
        c = f.person("different_problems", "two problems", None, [], ["silence"])
        a, b = f.rng.sample(w.PROBLEMS, 2)
        d = f.rng.randint(1, 3)
        c["problems"] = [
            fixed_run(f, c, f.day(d, 8, 12), a),
            fixed_run(f, c, f.day(d + 5, 8, 12), b),
        ]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy_act(c, f.day(d, 8, 19))
    f.write({"repeat_contact": 12})


def slide(f: Fam, c: dict[str, Any], t: datetime, span: int) -> datetime:
    lang, r = c["language"], f.rng
    comp = r.choice(w.COMPETITORS)
    ids = []
    gap = span * 24 / 6
    fourth = t
    for k, line in enumerate(w.SLIDE[lang]):
        text = line.format(c=comp)
        ch = ["social", "community", "web"][k % 3]
        if ch == "social":
            text = "@Clavexo " + text
        tk = office(t + timedelta(hours=gap * k + r.uniform(0, 1)))
        more: dict[str, Any] = (
            {"kind": "review", "rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"}
            if ch == "web"
            else {}
        )
        ids.append(f.add(tk, c, ch, text, **more))
        if k == 3:
            fourth = tk
    c.update(slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=t.isoformat())
    return fourth


def slow_churners() -> None:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        D(2026, 4, 13, tzinfo=UTC),
        32,
        "sliders, leavers, steady, grumpy, sarcastic",
    )
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            None,
            ["sentiment_drop", *(["detractor"] if det else [])],
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for d in f.rng.sample(range(11), 5):
            f.add(
                f.day(d, 8, 20),
                c,
                "social",
                "@Clavexo " + w.pick(f.rng, w.T["praise"], c["language"]),
            )
        for d in f.rng.sample(range(11), 3):
            f.happy_act(c, f.day(d, 8, 20))
        fourth = slide(f, c, f.day(12 + i % 5, 8, 18), [3, 5, 9][i % 3])
        if det:
            c.update(nps_given=True, nps=f.rng.randint(1, 5))
            c["survey_event_id"] = f.survey(
                office(fourth + timedelta(hours=3)), c, {"nps": c["nps"]}
            )
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            None,
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for d in f.rng.sample(range(14), 5):
            f.happy_act(c, f.day(d, 8, 19))
        t = f.day(f.rng.randint(17, 23), 8, 17)
        c["churn_intent_event_id"] = f.add(
            t, c, "email", w.LEAVE[c["language"]], subject="Clavexo Plus"
        )
        f.add(
            t + timedelta(hours=f.rng.uniform(1, 4)),
            c,
            "email",
            w.AGENT["sorry_go"][c["language"]],
            out=True,
        )
        tc = t + timedelta(hours=f.rng.uniform(20, 30))
        c.update(
            trouble_starts_at=t.isoformat(),
            churn_at=tc.isoformat(),
            cancellation_event_id=f.add(
                tc,
                c,
                "web",
                None,
                kind="cancellation",
                page="/account/plus",
                product="Clavexo Plus",
            ),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in f.rng.sample(range(32), f.rng.randint(6, 10)):
            f.happy_act(c, f.day(d, 8, 19))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", None, [], ["repeat_contact", "silence"])
        d, ids = f.rng.randint(0, 4), []
        for _ in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    f.day(d, 8, 20),
                    c,
                    f.rng.choice(["social", "community", "web"]),
                    w.pick(f.rng, w.GRUMBLE, c["language"]),
                )
            )
            d += f.rng.randint(1, 3)
        c["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", None, [], ["silence"])
        for d in f.rng.sample(range(16), 4):
            f.happy_act(c, f.day(d, 8, 19))
        c["sarcasm_event_id"] = f.add(
            f.day(f.rng.randint(17, 28), 9, 19), c, "social", "@Clavexo " + w.SARCASM[c["language"]]
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        5, "quiet_hours", "QH", D(2026, 6, 5, tzinfo=UTC), 3, "calm weekend with night-owl bursts"
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy_act(c, f.day(d, 7, 17.5))
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", None, [], ["silence"])
        t = f.day(f.rng.randint(0, 2), 9, 17)
        f.add(t, c, "web", None, kind="page_view", page="/kiosks")
        c["grumble_event_id"] = f.add(t + timedelta(minutes=25), c, "chat", w.MILD[c["language"]])
        f.add(t + timedelta(minutes=28), c, "chat", w.MILD_ANSWER[c["language"]], out=True)
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = b0 + timedelta(minutes=off + f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    c["night_event_id"] = f.add(
                        t,
                        c,
                        "social",
                        "@Clavexo " + w.pick(f.rng, w.T["night_post"], c["language"]),
                    )
                else:
                    c["night_event_id"] = f.add(
                        t, c, "chat", w.pick(f.rng, w.T["night_chat"], c["language"])
                    )
                    f.add(
                        t + timedelta(minutes=2),
                        c,
                        "chat",
                        w.pick(f.rng, w.T["night_answer"], c["language"]),
                        out=True,
                    )
                    f.add(
                        t + timedelta(minutes=5),
                        c,
                        "chat",
                        w.pick(f.rng, w.T["thanks"], c["language"]),
                    )
                c["burst_at"] = t.isoformat()
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.day(min(night, 2), 9, 17.5))
    f.write({})


def bilingual() -> None:
    f = Fam(
        6, "bilingual", "BL", D(2026, 7, 6, tzinfo=UTC), 14, "customers who write in two languages"
    )
    pairs = [
        ("es", "en"),
        ("en", "es"),
        ("es", "fr"),
        ("en", "de"),
        ("es", "pt"),
        ("en", "it"),
        ("es", "de"),
        ("fr", "en"),
        ("it", "es"),
        ("pt", "en"),
        ("de", "es"),
        ("es", "it"),
    ]

    def mk(
        i: int, persona: str, habit: str, exp: list[str], tol: list[str]
    ) -> tuple[dict[str, Any], list[str]]:
        a, b = pairs[i % len(pairs)]
        c = f.person(persona, habit, a, exp, tol)
        c["languages"] = [a, b]
        return c, [a, b]

    def act(c: dict[str, Any], lang: str, t: datetime) -> None:
        keep = c["language"]
        c["language"] = lang
        f.happy_act(c, t)
        c["language"] = keep

    for i in range(12):
        c, ls = mk(i, "happy", "alternates languages", [], [])
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            act(c, ls[k % 2], f.day(d, 8, 19))
    for i in range(5):
        c, ls = mk(i + 3, "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        act(c, ls[0], f.day(0, 8, 12))
        keep = c["language"]
        c["language"] = ls[1]
        repeat_run(f, c, f.day(2 + i % 3, 9, 16), 2 + i % 3, i % 3 > 0)
        c["language"] = keep
    for i in range(5):
        c, ls = mk(
            i + 6,
            "slow_churner",
            "slides",
            ["sentiment_drop"],
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for k, d in enumerate(range(5)):
            f.add(
                f.day(d, 8, 20), c, "social", "@Clavexo " + w.pick(f.rng, w.T["praise"], ls[k % 2])
            )
        act(c, ls[1], f.day(6, 9, 18))
        keep = c["language"]
        c["language"] = ls[1]
        slide(f, c, f.day(7 + i % 2, 9, 17), [3, 5][i % 2])
        c["language"] = keep
    for i, ch in enumerate(["long", "email", "chat"]):
        c, ls = mk(i + 1, "happy_one_bad_day", "one bad day", [], ["silence"])
        act(c, ls[0], f.day(1, 9, 18))
        keep = c["language"]
        c["language"] = ls[1]
        t = f.day(6, 9, 17)
        eid, ref = f.complaint(t, c, "email" if ch == "long" else ch, w.PROBLEMS[i], ch == "long")
        c["language"] = keep
        c.update(
            bad_day_at=t.isoformat(),
            bad_day_event_id=eid,
            bad_day_language=ls[1],
            booking=ref,
            problem=w.PROBLEMS[i],
            trouble_starts_at=t.isoformat(),
        )
        act(c, ls[0], f.day(11, 9, 18))
    for i in range(2):
        c, ls = mk(i + 8, "resolved_between_contacts", "fixed", [], ["silence"])
        keep = c["language"]
        c["language"] = ls[1]
        c["problems"] = [fixed_run(f, c, f.day(4 + i, 9, 15), w.PROBLEMS[i + 3])]
        c["language"] = keep
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam(7, "b2b_accounts", "BB", D(2026, 9, 7, tzinfo=UTC), 14, "Clavexo Obra accounts")
    n = 0
    tol_risk = [
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    ]
    plan = (
        [
            ("at_risk", 3, "invoice"),
            ("at_risk", 4, "master_key"),
            ("at_risk", 3, "portal"),
            ("at_risk", 4, "overbilled"),
            ("at_risk", 3, "master_key"),
        ]
        + [("one_unhappy", 1, p) for p in ["invoice", "portal", "overbilled", "master_key"]]
        + [("mild", 2, "")] * 3
        + [("happy", 0, "")] * 3
    )
    days = ["lunes", "martes", "miércoles"]
    for kind, unhappy, prob in plan:
        n += 1
        lang = f.rng.choices(w.LANGS, w.WEIGHTS)[0]
        market = f.rng.choice(w.MARKETS[lang])
        acc = f"CXO-{market}-{1000 + n * 37}"
        size = max(unhappy + 1, f.rng.randint(3, 5))
        keys: list[str] = []
        bad: list[str] = []
        first_name, ref, t0 = "", "", f.day(2, 8.5, 10)
        for k in range(size):
            complains = k < unhappy
            if kind == "at_risk" and complains:
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang,
                    ["detractor"] if k < unhappy - 1 else ["repeat_contact"],
                    tol_risk,
                    market,
                    acc,
                )
            elif kind == "one_unhappy" and complains:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang,
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    market,
                    acc,
                )
            elif kind == "mild" and complains:
                c = f.person("b2b_mild", "suggests", lang, [], ["silence"], market, acc)
            else:
                c = f.person("b2b_happy", "contact", lang, [], [], market, acc)
            keys.append(c["identifiers"]["customer_id"])
            cl = c["language"]
            if complains and kind != "mild":
                bad.append(keys[-1])
            if not complains:
                for d in f.rng.sample(range(12), f.rng.randint(2, 4)):
                    t = f.day(d, 8, 16.5)
                    if t.weekday() >= 5:
                        t += timedelta(days=2)
                    f.add(t, c, "chat", w.B2B_Q[cl])
                    f.add(
                        t + timedelta(minutes=f.rng.randint(1, 6)), c, "chat", w.B2B_A[cl], out=True
                    )
                f.survey(f.day(8, 9, 15), c, {"nps": f.rng.randint(9, 10)})
                continue
            f.add(f.day(0, 9, 15), c, "web", None, kind="page_view", page="/portal")
            if kind == "mild":
                t = f.day(3 + k, 9, 15)
                c["mild_event_id"] = f.add(
                    t, c, "web", w.B2B_SUGGEST[cl], kind="ticket", page="/portal/feedback"
                )
                f.add(t + timedelta(minutes=30), c, "email", w.MILD_ANSWER[cl], out=True)
                c["trouble_starts_at"] = t.isoformat()
                continue
            t = t0 + timedelta(hours=k * 20) if kind == "at_risk" else f.day(3 + n % 4, 9, 15)
            t = office(t)
            if t.hour > 16:
                t = (t + timedelta(days=1)).replace(hour=9)
            text = w.B2B[prob][cl]
            if kind == "at_risk" and k == 0:
                first_name = c["name"].split()[0]
                ref = f.ref()
            elif kind == "at_risk":
                text = (
                    w.B2B_ALSO[cl].format(
                        n=first_name,
                        d=days[0] if cl == "es" else "Wednesday" if cl == "en" else "09/09",
                        ref=ref,
                    )
                    + text
                )
            else:
                ref = f.ref()
            eid = f.add(t, c, "email", text, subject=w.SUBJ_COMPLAINT[cl].format(t=prob))
            if k == 0 or kind != "at_risk":
                f.add(
                    t + timedelta(minutes=40),
                    c,
                    "email",
                    w.AGENT["case_opened"][cl].format(ref=ref),
                    out=True,
                    subject=w.SUBJ_RE[cl].format(ref=ref),
                )
            ids = [eid]
            if "detractor" in c["expected_rules"]:
                c.update(nps_given=True, nps=f.rng.randint(1, 5))
                c["survey_event_id"] = f.survey(t + timedelta(hours=2), c, {"nps": c["nps"]})
            if "repeat_contact" in c["expected_rules"]:
                t2 = office(t + timedelta(hours=f.rng.uniform(18, 30)))
                if t2.weekday() >= 5:
                    t2 += timedelta(days=7 - t2.weekday())
                if n == 1:
                    comp = f.rng.choice(w.COMPETITORS)
                    c["competitor"] = comp
                    ids.append(
                        f.add(
                            t2,
                            c,
                            "email",
                            w.B2B_LAST[cl].format(ref=ref, c=comp),
                            subject=w.SUBJ_RE[cl].format(ref=ref),
                        )
                    )
                else:
                    ids.append(f.add(t2, c, "phone", w.B2B_LAST_CALL[cl].format(ref=ref)))
            c.update(
                complaint_event_ids=ids, booking=ref, problem=prob, trouble_starts_at=t.isoformat()
            )
        risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": f"Company {n}",
            "site": ["facilities", "hotel", "school", "municipality", "construction"][n % 5],
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": len(bad),
            "unhappy_contact_keys": bad,
            "at_risk": risk,
            "expected_rules": ["account_risk"] if risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if risk else None,
            "trouble_starts_at": t0.isoformat() if risk else None,
            "language": lang,
            "country": market,
        }
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        D(2026, 10, 12, tzinfo=UTC),
        7,
        "a calm week and a Saturday-morning spike",
    )
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(5), f.rng.randint(1, 4)):
            f.happy_act(c, f.day(d, 8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", None, [], ["silence"])
        c["grumble_event_id"] = f.add(f.day(0, 9, 16), c, "chat", w.MILD[c["language"]])
    for lang in ["es", "de"]:
        c = f.person("grumbles_once", "lone question", lang, [], ["silence"])
        t = f.day(4, 9, 16)
        c["lone_report_event_id"] = f.add(t, c, "chat", w.LONE[lang])
        f.add(t + timedelta(minutes=4), c, "chat", w.LONE_ANSWER[lang], out=True)
    start = D(2026, 10, 17, 8, 20, tzinfo=UTC)
    langs = ["es"] * 6 + ["en"] * 6 + ["de", "de", "fr", "fr", "it", "pt", "pt", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    for i in range(20):
        rep = i in (0, 2, 4, 6, 8, 10)
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i < 12 else "new",
            langs[i],
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if i < 12:
            f.happy_act(c, f.day(2, 8, 17.5))
        t = start + timedelta(minutes=offs[i])
        ch = chans[i]
        text = w.pick(f.rng, w.SPIKE, langs[i])
        eid = f.add(
            t,
            c,
            ch,
            ("@Clavexo " + text) if ch == "social" else text,
            **form_attrs(ch),
        )
        if ch == "chat":
            f.add(t + timedelta(minutes=2), c, "chat", w.SPIKE_CHAT[langs[i]], out=True)
        keys.append(c["identifiers"]["customer_id"])
        eids.append(eid)
        c.update(
            in_spike=True,
            regular=i < 12,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=t.isoformat(),
        )
        if rep:
            ch2 = "email" if ch != "email" else "chat"
            r2 = f.add(
                t + timedelta(minutes=f.rng.randint(15, 40)), c, ch2, w.SPIKE_AGAIN[langs[i]]
            )
            reps.append(r2)
            c["repeat_event_id"] = r2
        elif i in (1, 3, 5, 7, 9, 11):
            f.add(D(2026, 10, 17, 11, 12, tzinfo=UTC), c, "email", w.WORKS[langs[i]], out=True)
            c["agent_fixed"] = True
    f.spike = {
        "topic": "key-copy app: photo upload of the key fails, no order can be placed, error CX9-4471",
        "about": "Saturday 17 October 2026 morning",
        "channel": None,
        "start": eids[0] and start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (start + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})


def main() -> None:
    for fam in (
        happy_writers,
        one_bad_day,
        repeat_contacts,
        slow_churners,
        quiet_hours,
        bilingual,
        b2b_accounts,
        topic_spike,
    ):
        fam()


if __name__ == "__main__":
    main()
