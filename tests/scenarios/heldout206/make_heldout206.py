# ruff: noqa: E501
"""Build heldout206 (Girello, e-scooter subscriptions): eight families and their truth.

Standard library only; fixed seed; one random.Random per family. Run from anywhere:
``python make_heldout206.py``. Two runs give the same bytes.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from random import Random
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261206
DAY = 86400.0
HOUR = 3600.0
ALL_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]

USED: set[str] = set()


def iso(t: float) -> str:
    return datetime.fromtimestamp(round(t), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    keep = {"ñ": "\x00", "Ñ": "\x01", "ß": "\x02"}
    for k, v in keep.items():
        text = text.replace(k, v)
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    out = "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    )
    for k, v in keep.items():
        out = out.replace(v, k)
    return out


class Cust:
    def __init__(
        self,
        key: str,
        lang: str,
        market: str,
        name: str,
        ids: dict[str, str | None],
        truth: dict[str, Any],
    ) -> None:
        self.key = key
        self.lang = lang
        self.market = market
        self.name = name
        self.first = name.split()[0]
        self.ids = ids
        self.truth = truth


class Fam:
    def __init__(self, name: str, code: str, n: int, start: str, days: int, about: str) -> None:
        self.name = name
        self.code = code
        self.rng = Random(SEED * 100 + n)
        self.rough = Random(SEED * 100 + 50 + n)
        self.t0 = datetime.fromisoformat(start + "T00:00:00+00:00").timestamp()
        self.days = days
        self.about = about
        self.custs: list[Cust] = []
        self.rows: list[dict[str, Any]] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.extra_expected: dict[str, int] = {}

    def at(self, day: float, h0: float, h1: float) -> float:
        return self.t0 + day * DAY + self.rng.uniform(h0, h1) * HOUR

    def uniq(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def person(
        self,
        persona: str,
        habit: str,
        lang: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        b2b: dict[str, Any] | None = None,
    ) -> Cust:
        r = self.rng
        market = market or r.choice(W.MARKETS[lang])
        first = r.choice(W.FIRST[lang])
        last = r.choice(W.LAST[lang])
        cid = self.uniq(lambda: f"GR{self.code}{r.randint(1000, 9999)}")
        plain = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        cc, pre, length = W.PHONE[market]
        phone = self.uniq(
            lambda: cc + pre + "".join(str(r.randint(0, 9)) for _ in range(length - len(pre) + 1))
        )
        if b2b:
            email = self.uniq(
                lambda: (
                    f"{strip_accents(first).lower()}.{strip_accents(last).lower()}@{b2b['domain']}"
                )
            )
            handle = None
            account = b2b["account"]
        else:
            dom = r.choice(["correo", "posta", "mailbox", "inbox", "webmail"])
            email = self.uniq(lambda: f"{plain}{r.randint(1, 99)}@{dom}.example")
            handle = self.uniq(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{plain.replace('.', '_')}{r.randint(1, 99)}",
                            f"{strip_accents(first).lower()}{strip_accents(last).lower()[:3]}{r.randint(1, 9)}",
                        ]
                    )
                )
            )
            account = None
        exp = sorted(expected or [])
        tol = sorted(tolerated or [])
        assert not set(exp) & set(tol), (persona, exp, tol)
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if b2b else "consumer",
            "name": f"{first} {last}",
            "town": r.choice(W.TOWNS[market]),
        }
        if b2b:
            truth.update(company=b2b["company"], job=b2b["job"], job_title=b2b["job"], role=habit)
        c = Cust(cid, lang, market, f"{first} {last}", truth["identifiers"], truth)
        self.custs.append(c)
        return c

    def add(
        self,
        c: Cust,
        t: float,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"h206-{self.code.lower()}-{self.seq:05d}"
        a = {"market": c.market}
        if c.truth["segment"] == "b2b":
            a["segment"] = "b2b"
        a.update(attrs or {})
        if out:
            a.setdefault("agent", self.rng.choice(W.AGENTS))
        self.rows.append(
            {
                "eid": eid,
                "t": t,
                "c": c,
                "channel": channel,
                "kind": kind,
                "text": text,
                "out": out,
                "subject": subject,
                "scores": scores,
                "attrs": a,
            }
        )
        return eid

    # ------------------------------------------------------------- acts --
    def case(self) -> str:
        return self.uniq(lambda: f"GR-{self.rng.randint(100000, 999999)}")

    def agent(self) -> str:
        return str(self.rng.choice(W.AGENTS))

    def happy(self, c: Cust, t: float, allow_survey: bool = False) -> float:
        """One happy act at t; returns the time of its last touchpoint."""
        r, lg = self.rng, c.lang
        kinds = [
            "praise",
            "again",
            "gripe",
            "chat",
            "email",
            "call",
            "buy",
            "view",
            "review",
            "joke",
        ]
        if allow_survey:
            kinds.append("survey")
        k = r.choice(kinds)
        if k in ("praise", "again", "gripe", "joke"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE_PRAISE, "joke": W.JOKE}[
                k
            ]
            ch = r.choice(["social", "community"])
            self.add(c, t, ch, "post" if ch == "community" else "mention", r.choice(table[lg]))
            return t
        if k == "chat":
            self.add(c, t, "chat", "chat", r.choice(W.CHAT_Q[lg]))
            t2 = t + r.uniform(60, 360)
            self.add(
                c,
                t2,
                "chat",
                "chat",
                W.CHAT_A[lg].format(name=c.first, agent=self.agent()),
                out=True,
            )
            if r.random() < 0.6:
                t2 += r.uniform(60, 300)
                self.add(c, t2, "chat", "chat", r.choice(W.THANKS[lg]))
            return t2
        if k == "email":
            subj, body = r.choice(W.EMAIL_Q[lg])
            self.add(c, t, "email", "message", body.format(name=c.first), subject=subj)
            s2, b2 = W.EMAIL_A[lg]
            t2 = t + r.uniform(0.5, 3) * HOUR
            self.add(
                c,
                t2,
                "email",
                "message",
                b2.format(name=c.first, agent=self.agent()),
                out=True,
                subject=s2,
            )
            return t2
        if k == "call":
            self.add(c, t, "phone", "call", r.choice(W.CALL_Q[lg]))
            s2, b2 = W.CALL_FOLLOW[lg]
            t2 = t + r.uniform(10, 40) * 60
            self.add(
                c,
                t2,
                "email",
                "message",
                b2.format(name=c.first, agent=self.agent()),
                out=True,
                subject=s2,
            )
            return t2
        if k in ("buy", "view"):
            page = r.choice(W.PAGES)
            self.add(c, t, "web", "page_view", attrs={"page": page})
            if k == "buy":
                prod, price = r.choice(W.PRODUCTS)
                cur = W.CURRENCY.get(c.market, "EUR")
                t += r.uniform(3, 15) * 60
                self.add(
                    c,
                    t,
                    "web",
                    "purchase",
                    attrs={"order_value": price, "currency": cur, "product": prod, "page": page},
                )
            return t
        if k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                r.choice(W.REVIEW[lg]),
                attrs={"rating": r.choice(["5", "5", "4"]), "page": "/reviews"},
            )
            return t
        return self.survey_happy(c, t)

    def survey_happy(self, c: Cust, t: float) -> float:
        r = self.rng
        which = r.choice(["nps", "csat", "ces"])
        val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
        word = r.choice(W.SURVEY_WORD[c.lang])
        self.add(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={which: val},
            attrs={"survey": which},
        )
        return t

    def happy_days(
        self, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 19, survey: bool = False
    ) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.at(d, h0, h1), survey)

    def complaint(self, c: Cust, t: float, problem: str, how: str) -> tuple[str, str | None, float]:
        """The first angry message: returns (event id, case ref or None, time of last touchpoint)."""
        r, lg = self.rng, c.lang
        what = W.PROBLEM[problem][lg]
        subj = W.COMPLAINT_SUBJ[lg].format(topic=W.TOPIC[problem][lg])
        if how == "long_email":
            eid = self.add(
                c,
                t,
                "email",
                "message",
                r.choice(W.LONG_EMAIL[lg]).format(what=what, name=c.name),
                subject=subj,
            )
        elif how == "email":
            eid = self.add(
                c,
                t,
                "email",
                "message",
                r.choice(W.SHORT_EMAIL[lg]).format(what=what, name=c.first),
                subject=subj,
            )
        elif how == "chat":
            eid = self.add(c, t, "chat", "chat", r.choice(W.CHAT_COMPLAINT[lg]).format(what=what))
            case = self.case()
            t2 = t + r.uniform(60, 240)
            self.add(
                c,
                t2,
                "chat",
                "chat",
                W.CHAT_CASE[lg].format(name=c.first, case=case, agent=self.agent()),
                out=True,
            )
            return eid, case, t2
        elif how == "social":
            eid = self.add(
                c, t, "social", "mention", r.choice(W.SOCIAL_COMPLAINT[lg]).format(what=what)
            )
            return eid, None, t
        elif how == "web":
            eid = self.add(
                c,
                t,
                "web",
                "ticket",
                W.FORM_COMPLAINT[lg].format(what=what),
                attrs={"page": "/help/contact"},
            )
        else:
            spoken = what.lower().replace(",", "").replace(".", "").replace("'", " ")
            eid = self.add(c, t, "phone", "call", W.CALL_COMPLAINT[lg].format(what=spoken))
        case = self.case()
        t2 = t + r.uniform(10, 40) * 60
        s, b = W.CASE_OPENED[lg]
        self.add(
            c,
            t2,
            "email",
            "message",
            b.format(name=c.first, case=case, agent=self.agent()),
            out=True,
            subject=s.format(case=case),
        )
        return eid, case, t2

    def morning(self, t: float) -> float:
        """Moves a time out of 22:00-07:00 UTC to 08:00-09:00."""
        h = (t % DAY) / HOUR
        if h >= 22:
            return t - h * HOUR + DAY + self.rng.uniform(8, 9) * HOUR
        if h < 7:
            return t - h * HOUR + self.rng.uniform(8, 9) * HOUR
        return t

    # ------------------------------------------------------------ output --
    def write(self) -> tuple[int, int, int]:
        r = self.rough
        by: dict[str, list[dict[str, Any]]] = {}
        for row in self.rows:
            by.setdefault(row["c"].key, []).append(row)
        for c in self.custs:
            rows = sorted(by.get(c.key, []), key=lambda x: (x["t"], x["eid"]))
            assert any(not x["out"] for x in rows), c.key
            first_in = next(x for x in rows if not x["out"])
            for x in rows:
                ids = c.ids
                ref: dict[str, str | None] = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": ids["account_id"],
                }
                if x is first_in or x["out"]:
                    ref.update(
                        customer_id=ids["customer_id"],
                        email=ids["email"],
                        phone=ids["phone"],
                        handle=ids["handle"],
                    )
                elif x["channel"] == "phone":
                    p = str(ids["phone"])
                    for cc in (
                        "+353",
                        "+351",
                        "+34",
                        "+39",
                        "+41",
                        "+44",
                        "+33",
                        "+32",
                        "+49",
                        "+43",
                    ):
                        if p.startswith(cc) and r.random() < 0.5:
                            p = cc + " " + p[len(cc) :]
                            break
                    ref["phone"] = p
                elif x["channel"] in ("social", "community"):
                    if ids["handle"]:
                        h = str(ids["handle"])
                        ref["handle"] = h[1:] if r.random() < 0.2 else h
                    else:
                        ref["email"] = ids["email"]
                elif x["channel"] == "email":
                    e = str(ids["email"])
                    ref["email"] = e.upper() if r.random() < 1 / 12 else e
                else:
                    ref["customer_id"] = ids["customer_id"]
                x["ref"] = ref
                if x["text"] and not x["out"] and x["channel"] not in ("phone", "survey"):
                    x["text"] = self.roughen(x["text"])
        lines = []
        for x in sorted(self.rows, key=lambda y: (y["t"], y["eid"])):
            src = {
                "email": "girello-mail",
                "phone": "girello-voice",
                "social": "girello-social",
                "community": "girello-forum",
                "chat": "girello-chat",
                "web": "girello-web",
                "survey": "girello-survey",
            }[x["channel"]]
            sc = {"nps": None, "csat": None, "ces": None}
            sc.update(x["scores"] or {})
            rec = {
                "event_id": x["eid"],
                "occurred_at": iso(x["t"]),
                "channel": x["channel"],
                "kind": x["kind"],
                "direction": "outbound" if x["out"] else "inbound",
                "customer": x["ref"],
                "text": x["text"],
                "subject": x["subject"],
                "scores": sc,
                "source": src,
                "attributes": x["attrs"],
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        last = max(x["t"] for x in self.rows)
        end = max(self.t0 + self.days * DAY, last + HOUR)
        assert iso(end) < "2026-11-15", (self.name, iso(end))
        expected: dict[str, int] = {}
        for c in self.custs:
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        expected.update(self.extra_expected)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Girello (e-scooter subscriptions; Girello Flota for companies)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.t0),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(self.rows), sum(1 for x in self.rows if x["out"])

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
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


def pick_lang(r: Random) -> str:
    return str(r.choices(W.LANGS, weights=[30, 30, 10, 10, 10, 10])[0])


# ------------------------------------------------------------ families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        "2026-03-09",
        10,
        "happy customers writing often: none of them should be alerted",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer", pick_lang(r))
        f.happy_days(c, r.randint(5, 8), list(range(10)), survey=True)
    for _ in range(5):
        c = f.person("happy", "night writer", pick_lang(r))
        for d in sorted(r.sample(range(9), r.randint(2, 4))):
            t = f.at(d, 22.2, 28.5)
            if r.random() < 0.5:
                f.add(
                    c, t, r.choice(["social", "community"]), "post", r.choice(W.NIGHT_POST[c.lang])
                )
            else:
                f.add(c, t, "chat", "chat", r.choice(W.NIGHT_Q[c.lang]))
                t += r.uniform(120, 600)
                f.add(
                    c,
                    t,
                    "chat",
                    "chat",
                    W.NIGHT_A[c.lang].format(name=c.first, agent=f.agent()),
                    out=True,
                )
                f.add(c, t + r.uniform(60, 240), "chat", "chat", r.choice(W.THANKS[c.lang]))
        f.happy_days(c, r.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys", pick_lang(r))
        for d in sorted(r.sample(range(10), r.randint(3, 6))):
            f.survey_happy(c, f.at(d, 8, 20))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        "2026-04-20",
        12,
        "happy customers with one angry moment: only the low NPS is a detractor",
    )
    r = f.rng
    hows = ["long_email", "email", "chat", "social", "web", "phone"] * 4
    probs = list(W.PROBLEM) * 4
    r.shuffle(probs)
    with_case = []
    for i, how in enumerate(hows):
        lang = r.choice(["es", "es", "it", "it"]) if how == "long_email" else pick_lang(r)
        c = f.person("happy_one_bad_day", "one bad day", lang, tolerated=["silence"])
        bd = r.randint(2, 9)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, r.randint(1, 5), days)
        t = f.at(bd, 8, 20)
        eid, case, _ = f.complaint(c, t, probs[i], how)
        c.truth.update(
            problem=probs[i],
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            channel=how,
            booking=case,
            long_email=how == "long_email",
        )
        if case:
            with_case.append((c, t, case))
    r.shuffle(with_case)
    for j, (c, t, case) in enumerate(with_case):
        if j < 6:
            s = r.randint(1, 5)
            eid = f.add(
                c,
                t + r.uniform(100, 140) * 60,
                "survey",
                "survey_response",
                None,
                scores={"nps": s},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                nps_given=True,
                nps=s,
                survey_event_id=eid,
            )
        elif j < 11:
            s = r.randint(1, 2)
            eid = f.add(
                c,
                t + r.uniform(40, 80) * 60,
                "survey",
                "survey_response",
                None,
                scores={"csat": s},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, csat=s, survey_event_id=eid)
        if j % 20 < 12:
            tg = f.morning(t + r.uniform(1, 4) * HOUR)
            s2, b2 = W.GOOD_NEWS[c.lang]
            f.add(
                c,
                tg,
                "email",
                "message",
                b2.format(name=c.first, case=case, agent=f.agent()),
                out=True,
                subject=s2.format(case=case),
            )
            c.truth["agent_fixed"] = True
            if j in (0, 2, 6, 8, 11):
                ta = f.morning(t + r.uniform(16, 24) * HOUR)
                ch = r.choice(["chat", "email"])
                eid = f.add(
                    c, ta, ch, "chat" if ch == "chat" else "message", r.choice(W.APOLOGY[c.lang])
                )
                c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=eid)
    for _ in range(8):
        c = f.person("happy", "control", pick_lang(r))
        f.happy_days(c, r.randint(4, 7), list(range(12)))
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    day: int,
    n: int,
    problem: str,
    first_how: str,
    passed_on: bool,
    hours: tuple[float, float] = (8, 19),
) -> None:
    r = f.rng
    t = f.at(day, *hours)
    t_first = t
    eid, case, _ = f.complaint(c, t, problem, first_how)
    case = case or f.case()
    if passed_on:
        s, b = W.QUALITY_LEAD[c.lang]
        f.add(
            c,
            t + r.uniform(1.5, 2.5) * HOUR,
            "email",
            "message",
            b.format(name=c.first, case=case, agent=f.agent()),
            out=True,
            subject=s.format(case=case),
        )
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_how]
    r.shuffle(chans)
    ids = [eid]
    comp = r.choice(W.COMPETITORS)
    what = W.PROBLEM[problem][c.lang]
    for k in range(2, n + 1):
        t = f.morning(t + r.uniform(4, 40) * HOUR)
        ch = chans[k - 2]
        if k == 3:
            text = W.REPEAT_THIRD[c.lang].format(case=case, comp=comp)
        elif k == 4:
            text = W.REPEAT_FOURTH[c.lang].format(case=case)
        else:
            text = r.choice(W.REPEAT_LATER[c.lang]).format(case=case, what=what)
        if ch == "phone":
            text = (
                text.lower()
                .replace(",", "")
                .replace(".", "")
                .replace(":", "")
                .replace("?", "")
                .replace("!", "")
            )
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        if ch == "social":
            text = "@Girello " + text
        ids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                text,
                subject=f"RE: {case}" if ch == "email" else None,
                attrs={"page": "/help/contact"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            f.add(
                c,
                t + r.uniform(60, 240),
                "chat",
                "chat",
                W.URGENT[c.lang].format(case=case, name=c.first, agent=f.agent()),
                out=True,
            )
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=n,
        problem_event_ids=ids,
        trouble_starts_at=iso(t_first),
        agent_passed_on=passed_on,
        competitor=comp if n >= 3 else None,
        channel=first_how,
    )


def fixed_case(
    f: Fam, c: Cust, t: float, problem: str, how: str, confirm_lang: str | None = None
) -> dict[str, Any]:
    r = f.rng
    eid, case, t2 = f.complaint(c, t, problem, how)
    case = case or f.case()
    tg = f.morning(t2 + r.uniform(3, 20) * HOUR)
    s, b = W.GOOD_NEWS[c.lang]
    f.add(
        c,
        tg,
        "email",
        "message",
        b.format(name=c.first, case=case, agent=f.agent()),
        out=True,
        subject=s.format(case=case),
    )
    tc = f.morning(tg + r.uniform(8, 30) * HOUR)
    ch = r.choice(["email", "chat"])
    ceid = f.add(
        c,
        tc,
        ch,
        "message" if ch == "email" else "chat",
        W.CONFIRM[confirm_lang or c.lang].format(case=case),
        subject=f"RE: {case}" if ch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tg),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": how,
        "confirm_channel": ch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        "2026-06-01",
        10,
        "one open problem raised again and again: repeat_contact",
    )
    r = f.rng
    counts = [2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4]
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    for i, n in enumerate(counts):
        c = f.person(
            "repeat_contact",
            "repeats",
            pick_lang(r),
            expected=["repeat_contact"],
            tolerated=ALL_TOL,
        )
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12))
        repeat_run(f, c, r.randint(1, 4), n, r.choice(list(W.PROBLEM)), firsts[i], i % 2 == 0)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", pick_lang(r), tolerated=["silence"])
        f.happy(c, f.at(0, 8, 12))
        p = fixed_case(
            f,
            c,
            f.at(r.randint(1, 5), 8, 18),
            r.choice(list(W.PROBLEM)),
            r.choice(["email", "web", "chat"]),
        )
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", pick_lang(r), tolerated=["silence"])
        f.happy(c, f.at(0, 8, 12))
        probs = r.sample(list(W.PROBLEM), 2)
        d = r.randint(1, 2)
        ps = [
            fixed_case(f, c, f.at(d, 8, 17), probs[0], "email"),
            fixed_case(f, c, f.at(d + r.randint(4, 5), 8, 17), probs[1], "web"),
        ]
        c.truth.update(problems=ps, trouble_starts_at=ps[0]["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer", pick_lang(r))
        for d in sorted(r.sample(range(10), r.randint(5, 8))):
            t = f.at(d, 8, 19)
            if r.random() < 0.6:
                f.add(c, t, "chat", "chat", r.choice(W.CHAT_Q[c.lang]))
                f.add(
                    c,
                    t + r.uniform(60, 300),
                    "chat",
                    "chat",
                    W.CHAT_A[c.lang].format(name=c.first, agent=f.agent()),
                    out=True,
                )
            else:
                f.happy(c, t)
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int) -> None:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    t = f.at(start_day, 8, 18)
    ids = []
    gap = span * DAY / 6
    nps_after = c.truth.get("_nps", False)
    for k, text in enumerate(W.SLIDE[c.lang]):
        if k:
            t = f.morning(t + max(HOUR, r.uniform(0.6, 1.2) * gap))
        ch = r.choice(["social", "community", "web"])
        kind = {"social": "mention", "community": "post", "web": "review"}[ch]
        body = text.format(comp=comp)
        if ch == "social":
            body = "@Girello " + body
        attrs = {"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"} if ch == "web" else None
        ids.append(f.add(c, t, ch, kind, body, attrs=attrs))
        if k == 3 and nps_after:
            s = r.randint(1, 5)
            ts = f.morning(t + r.uniform(2.5, 3.5) * HOUR)
            eid = f.add(
                c, ts, "survey", "survey_response", None, scores={"nps": s}, attrs={"survey": "nps"}
            )
            c.truth.update(nps_given=True, nps=s, survey_event_id=eid)
    c.truth.pop("_nps", None)
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=iso(f.t0 + start_day * DAY),
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        "2026-07-06",
        32,
        "slow slides from a happy baseline, detractors and leavers",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            pick_lang(r),
            expected=["sentiment_drop"] + (["detractor"] if i < 5 else []),
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        c.truth["_nps"] = i < 5
        for d in sorted(r.sample(range(11), r.randint(4, 5))):
            t = f.at(d, 8, 20)
            f.add(c, t, r.choice(["social", "community"]), "post", r.choice(W.PRAISE[c.lang]))
        f.happy_days(c, r.randint(2, 4), list(range(11)))
        slide(f, c, r.randint(12, 16), spans[i])
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            pick_lang(r),
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.happy_days(c, r.randint(4, 6), list(range(16)))
        t = f.at(r.randint(17, 23), 8, 19)
        s, b = W.CANCEL_REQ[c.lang]
        eid = f.add(c, t, "email", "message", b.format(name=c.first), subject=s)
        s2, b2 = W.SORRY_GO[c.lang]
        f.add(
            c,
            f.morning(t + r.uniform(1, 5) * HOUR),
            "email",
            "message",
            b2.format(name=c.first, agent=f.agent()),
            out=True,
            subject=s2,
        )
        tc = f.morning(t + r.uniform(20, 30) * HOUR)
        ceid = f.add(
            c, tc, "web", "cancellation", attrs={"page": "/club/cancel", "product": "Girello Club"}
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=ceid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady", pick_lang(r))
        f.happy_days(c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person(
            "steadily_grumpy", "grumbles", pick_lang(r), tolerated=["repeat_contact", "silence"]
        )
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web", "review"])
            if ch == "review":
                ids.append(
                    f.add(
                        c,
                        f.at(d, 8, 20),
                        "web",
                        "review",
                        r.choice(W.GRUMBLE[c.lang]),
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            elif ch == "web":
                ids.append(
                    f.add(
                        c,
                        f.at(d, 8, 20),
                        "web",
                        "ticket",
                        r.choice(W.GRUMBLE[c.lang]),
                        attrs={"page": "/help/contact"},
                    )
                )
            else:
                ids.append(f.add(c, f.at(d, 8, 20), ch, "post", r.choice(W.GRUMBLE[c.lang])))
            d += r.randint(1, 3)
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=iso(f.t0))
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", pick_lang(r), tolerated=["silence"])
        f.happy_days(c, r.randint(3, 6), list(range(17)))
        eid = f.add(
            c,
            f.at(r.randint(17, 28), 9, 20),
            "social",
            "mention",
            "@Girello " + r.choice(W.SARCASM[c.lang]),
        )
        c.truth["sarcasm_event_id"] = eid
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        "2026-08-28",
        3,
        "a calm weekend with night owls in bursts: nothing to alert",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer", pick_lang(r))
        f.happy_days(c, r.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", pick_lang(r), tolerated=["silence"])
        t = f.at(r.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/swap"})
        t += r.uniform(20, 30) * 60
        if i < 2:
            eid = f.add(c, t, "chat", "chat", W.MILD[c.lang])
            f.add(
                c,
                t + r.uniform(60, 240),
                "chat",
                "chat",
                W.CHAT_A[c.lang].format(name=c.first, agent=f.agent()),
                out=True,
            )
        else:
            eid = f.add(c, t, "web", "ticket", W.MILD[c.lang], attrs={"page": "/help/contact"})
            s, b = W.MILD_ACK[c.lang]
            f.add(
                c,
                t + r.uniform(20, 60) * 60,
                "email",
                "message",
                b.format(name=c.first, agent=f.agent()),
                out=True,
                subject=s,
            )
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(t))
    n = 0
    for night in range(3):
        first = f.t0 + (night + 1) * DAY + r.uniform(0.67, 1.08) * HOUR
        for b, off in enumerate([0.0, r.uniform(28, 33) * 60, r.uniform(55, 65) * 60]):
            bs = first + off
            for _ in range(4):
                n += 1
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}", pick_lang(r))
                t = bs + r.uniform(0, 600)
                if r.random() < 0.5:
                    eid = f.add(
                        c,
                        t,
                        r.choice(["social", "community"]),
                        "post",
                        r.choice(W.NIGHT_POST[c.lang]),
                    )
                else:
                    eid = f.add(c, t, "chat", "chat", r.choice(W.NIGHT_Q[c.lang]))
                    t2 = t + r.uniform(120, 400)
                    f.add(
                        c,
                        t2,
                        "chat",
                        "chat",
                        W.NIGHT_A[c.lang].format(name=c.first, agent=f.agent()),
                        out=True,
                    )
                    f.add(c, t2 + r.uniform(60, 200), "chat", "chat", r.choice(W.THANKS[c.lang]))
                c.truth.update(burst_at=iso(bs), night_event_id=eid)
                if n % 2 == 0:
                    f.happy(c, f.at(r.randint(0, 2), 9, 17.5))
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, "2026-09-21", 14, "customers writing in two languages")
    r = f.rng
    pairs = [
        ("es", "it"),
        ("it", "es"),
        ("es", "en"),
        ("it", "en"),
        ("es", "fr"),
        ("it", "de"),
        ("es", "pt"),
        ("it", "fr"),
        ("de", "es"),
        ("en", "it"),
        ("fr", "es"),
        ("pt", "it"),
        ("es", "de"),
        ("it", "pt"),
    ]

    def mk(
        persona: str, habit: str, i: int, exp: list[str] | None = None, tol: list[str] | None = None
    ) -> Cust:
        a, b = pairs[i % len(pairs)]
        c = f.person(persona, habit, a, exp, tol)
        c.truth.update(
            languages=[a, b],
            job_second_language=r.choice(
                [
                    "partner's language",
                    "works for a firm abroad",
                    "studied there",
                    "grandparents' language",
                ]
            ),
        )
        c.truth["_second"] = b
        return c

    def swap(c: Cust, k: int) -> None:
        a, b = c.truth["languages"]
        c.lang = a if k % 2 == 0 else b

    for i in range(12):
        c = mk("happy", "alternates languages", i)
        for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            swap(c, k)
            f.happy(c, f.at(d, 8, 19))
    counts = [2, 2, 3, 3, 4]
    for i in range(5):
        c = mk("repeat_contact", "repeats", i + 3, ["repeat_contact"], ALL_TOL)
        swap(c, 0)
        f.happy(c, f.at(r.randint(0, 1), 8, 12))
        swap(c, 1)
        repeat_run(
            f,
            c,
            r.randint(2, 5),
            counts[i],
            r.choice(list(W.PROBLEM)),
            r.choice(["web", "email", "chat"]),
            counts[i] >= 3,
        )
    for i in range(5):
        c = mk(
            "slow_churner",
            "slides",
            i + 6,
            ["sentiment_drop"],
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for k, d in enumerate(sorted(r.sample(range(6), 5))):
            swap(c, k)
            f.add(
                c,
                f.at(d, 8, 20),
                r.choice(["social", "community"]),
                "post",
                r.choice(W.PRAISE[c.lang]),
            )
        f.happy_days(c, r.randint(1, 3), list(range(6)))
        swap(c, 1)
        slide(f, c, r.randint(7, 8), r.randint(3, 5))
    for i, how in enumerate(["long_email", "email", "chat"]):
        c = mk("happy_one_bad_day", "one bad day", i + 9, None, ["silence"])
        swap(c, 0)
        f.happy_days(c, 3, [0, 1, 2, 3, 10, 11, 12])
        swap(c, 1)
        t = f.at(r.randint(6, 7), 9, 18)
        eid, case, _ = f.complaint(c, t, r.choice(list(W.PROBLEM)), how)
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=c.lang,
            booking=case,
            long_email=how == "long_email",
        )
        if how != "chat":
            s, b = W.GOOD_NEWS[c.lang]
            f.add(
                c,
                f.morning(t + r.uniform(1, 4) * HOUR),
                "email",
                "message",
                b.format(name=c.first, case=case, agent=f.agent()),
                out=True,
                subject=s.format(case=case),
            )
        if how == "email":
            ta = f.morning(t + r.uniform(18, 24) * HOUR)
            c.truth.update(
                apologised=True,
                apology_at=iso(ta),
                apology_event_id=f.add(c, ta, "chat", "chat", r.choice(W.APOLOGY[c.lang])),
            )
    for i in range(2):
        c = mk("resolved_between_contacts", "fixed", i + 12, None, ["silence"])
        swap(c, 0)
        p = fixed_case(
            f, c, f.at(r.randint(2, 6), 9, 17), r.choice(list(W.PROBLEM)), "web", c.truth["_second"]
        )
        c.truth.update(
            problems=[p], confirm_language=c.truth["_second"], trouble_starts_at=p["raised_at"]
        )
    for c in f.custs:
        c.lang = c.truth["language"]
        c.truth.pop("_second", None)
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        "2026-10-12",
        14,
        "company accounts: one problem raised by several contacts, detractors, mild suggestions",
    )
    r = f.rng
    specs = [
        ("at_risk", "es", "ES", "Logística Ebro", "delivery", "invoice", 5, 3),
        ("at_risk", "it", "IT", "Pulizie Adriatica", "cleaning", "portal", 6, 4),
        ("at_risk", "es", "ES", "Hoteles Alcor", "hotel", "overbilled", 5, 4),
        ("at_risk", "de", "DE", "Stadtwerke Kessel", "municipality", "service_blocked", 4, 3),
        ("at_risk", "it", "IT", "Campus Levante", "university", "invoice", 5, 3),
        ("one_unhappy", "fr", "FR", "Traiteur Vasselin", "catering", "service_blocked", 3, 1),
        ("one_unhappy", "es", "ES", "Clínicas Soto", "clinic", "overbilled", 3, 1),
        ("one_unhappy", "pt", "PT", "Estafetas Douro", "delivery", "portal", 3, 1),
        ("one_unhappy", "it", "IT", "Ottica Ferraris", "retail", "invoice", 3, 1),
        ("mild", "en", "UK", "Kestrel Couriers", "delivery", "", 4, 0),
        ("mild", "es", "ES", "Coworking Brisa", "coworking", "", 3, 0),
        ("mild", "it", "IT", "Farmacie Riunite", "pharmacy", "", 3, 0),
        ("happy", "de", "AT", "Bäckerei Hollerer", "bakery", "", 4, 0),
        ("happy", "pt", "PT", "Hotel Ribeira", "hotel", "", 4, 0),
        ("happy", "fr", "BE", "Campus Meuse", "university", "", 4, 0),
    ]
    jobs = [
        "Office manager",
        "Fleet coordinator",
        "Accounts payable",
        "Operations lead",
        "HR assistant",
        "Facilities manager",
    ]
    for kind, lang, mkt, company, site, problem, n, unhappy in specs:
        acc = f.uniq(lambda mkt=mkt: f"GRF-{mkt}-{r.randint(1000, 9999)}")
        dom = strip_accents(company).lower().replace(" ", "") + ".example"
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for k in range(n):
            role = (
                "complainer"
                if k < unhappy
                else ("suggests" if kind == "mild" and k < 2 else "contact")
            )
            if kind == "at_risk" and role == "complainer":
                persona, exp, tol = (
                    "b2b_unhappy",
                    (["detractor"] if k < unhappy - 1 else ["repeat_contact"]),
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                )
            elif kind == "one_unhappy" and role == "complainer":
                persona, exp, tol = (
                    "b2b_one_unhappy",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], ["silence"]
            else:
                persona, exp, tol = "b2b_happy", [], []
            while True:
                c = f.person(
                    persona,
                    role,
                    lang,
                    exp,
                    tol,
                    mkt,
                    {"domain": dom, "account": acc, "company": company, "job": jobs[k % len(jobs)]},
                )
                if c.first not in firsts:
                    break
                f.custs.pop()
            firsts.add(c.first)
            contacts.append(c)
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in sorted(r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 5))):
                    t = f.at(d, 8, 16.5)
                    x = r.random()
                    if x < 0.4:
                        f.add(c, t, "chat", "chat", W.B2B_Q[lang])
                        f.add(
                            c,
                            t + r.uniform(60, 360),
                            "chat",
                            "chat",
                            W.CHAT_A[lang].format(name=c.first, agent=f.agent()),
                            out=True,
                        )
                        if r.random() < 0.5:
                            f.add(
                                c, t + r.uniform(400, 700), "chat", "chat", r.choice(W.THANKS[lang])
                            )
                    elif x < 0.6:
                        f.add(c, t, "community", "post", W.B2B_PRAISE[lang])
                    elif x < 0.8:
                        f.add(c, t, "web", "page_view", attrs={"page": "/portal/fleet"})
                        f.add(
                            c,
                            t + r.uniform(200, 800),
                            "web",
                            "purchase",
                            attrs={
                                "order_value": "89.70",
                                "currency": W.CURRENCY.get(mkt, "EUR"),
                                "product": "3 city scooters, monthly / 3 patinetes urbanos, mensual",
                                "page": "/portal/fleet",
                            },
                        )
                    else:
                        f.survey_happy(c, t)
            else:
                for d in sorted(r.sample([0, 1], r.randint(0, 2))):
                    f.add(c, f.at(d, 8, 16), "web", "page_view", attrs={"page": "/portal/invoices"})
        acc_truth: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [c.key for c in contacts[:unhappy]],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem or None,
            "trouble_starts_at": None,
            "language": lang,
            "country": mkt,
        }
        if kind == "at_risk":
            what = B2B(lang, problem)
            t = f.at(2, 8, 11)
            acc_truth["trouble_starts_at"] = iso(t)
            case = f.case()
            first_c = contacts[0]
            first_day = W.WEEKDAY[lang][2]
            for k, c in enumerate(contacts[:unhappy]):
                if k:
                    t = office(f, t + r.uniform(8, 28) * HOUR)
                    s, b = W.B2B_LATER[lang]
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        b.format(
                            first=first_c.first,
                            day=first_day,
                            case=case,
                            what=what,
                            name=c.name,
                            company=company,
                        ),
                        subject=s.format(case=case),
                    )
                else:
                    eid = b2b_first(f, c, t, acc, what, case)
                ids = [eid]
                if k < unhappy - 1:
                    sv = r.randint(1, 5)
                    c.truth.update(
                        nps_given=True,
                        nps=sv,
                        survey_event_id=f.add(
                            c,
                            t + r.uniform(1, 3) * HOUR,
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": sv},
                            attrs={"survey": "nps"},
                        ),
                    )
                else:
                    t2 = office(f, t + r.uniform(18, 40) * HOUR)
                    comp = r.choice(W.COMPETITORS)
                    if k == 2 and problem == "invoice":
                        s3, b3 = W.B2B_LAST_EMAIL[lang]
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                b3.format(case=case, comp=comp, name=c.name, company=company),
                                subject=s3.format(case=case),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(c, t2, "phone", "call", W.B2B_LAST_CALL[lang].format(case=case))
                        )
                c.truth.update(
                    problem=problem, booking=case, complaint_event_ids=ids, trouble_starts_at=iso(t)
                )
        elif kind == "one_unhappy":
            c = contacts[0]
            t = f.at(r.randint(3, 7), 8, 16)
            what = B2B(lang, problem)
            case = f.case()
            eid = b2b_first(f, c, t, acc, what, case)
            sv = r.randint(1, 5)
            c.truth.update(
                problem=problem,
                booking=case,
                complaint_event_ids=[eid],
                trouble_starts_at=iso(t),
                nps_given=True,
                nps=sv,
                survey_event_id=f.add(
                    c,
                    t + r.uniform(2, 4) * HOUR,
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": sv},
                    attrs={"survey": "nps"},
                ),
            )
        elif kind == "mild":
            for k, c in enumerate(contacts[:2]):
                t = f.at(r.randint(3, 9), 8, 16)
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    W.B2B_SUGGEST[lang][k],
                    attrs={"page": "/portal/feedback"},
                )
                s2, b2 = W.MILD_ACK[lang]
                f.add(
                    c,
                    t + r.uniform(30, 120) * 60,
                    "email",
                    "message",
                    b2.format(name=c.first, agent=f.agent()),
                    out=True,
                    subject=s2,
                )
                c.truth.update(mild_event_id=eid, trouble_starts_at=iso(t))
        f.accounts[acc] = acc_truth
    return f


def b2b_first(f: Fam, c: Cust, t: float, acc: str, what: str, case: str) -> str:
    """A company contact's first complaint e-mail and the agent's acknowledgement."""
    lang = c.lang
    s, b = W.B2B_FIRST[lang]
    body = b.format(
        account=acc,
        what=what[0].upper() + what[1:],
        name=c.name,
        job=c.truth["job"],
        company=c.truth["company"],
    )
    eid = f.add(c, t, "email", "message", body, subject=s.format(account=acc))
    s2, b2 = W.B2B_ACK[lang]
    ack = b2.format(account=acc, name=c.first, case=case, agent=f.agent())
    f.add(
        c,
        t + f.rng.uniform(20, 90) * 60,
        "email",
        "message",
        ack,
        out=True,
        subject=s2.format(account=acc),
    )
    return str(eid)


def B2B(lang: str, problem: str) -> str:
    return str(W.B2B_PROBLEM[problem][lang])


def office(f: Fam, t: float) -> float:
    """Moves a time into weekday office hours (08-17 UTC)."""
    while True:
        dt = datetime.fromtimestamp(t, UTC)
        h = dt.hour + dt.minute / 60
        if dt.weekday() < 5 and 8 <= h < 17:
            return t
        t = (
            t - (t % DAY) + DAY + f.rng.uniform(8, 10) * HOUR
            if h >= 17 or dt.weekday() >= 5
            else t - (t % DAY) + f.rng.uniform(8, 10) * HOUR
        )


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, "2026-11-02", 7, "a calm week and one planted incident")
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer", pick_lang(r))
        f.happy_days(c, r.randint(1, 4), [0, 1, 2, 3, 4, 5])
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", pick_lang(r), tolerated=["silence"])
        t = f.at(0, 9, 17)
        eid = f.add(c, t, "chat", "chat", W.MILD[c.lang])
        f.add(
            c,
            t + r.uniform(60, 240),
            "chat",
            "chat",
            W.CHAT_A[c.lang].format(name=c.first, agent=f.agent()),
            out=True,
        )
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(t))
    for lang, h in (("es", 17.2), ("it", 19.5)):
        c = f.person("grumbles_once", "lone question", lang, tolerated=["silence"])
        t = f.t0 + 2 * DAY + h * HOUR
        eid = f.add(c, t, "chat", "chat", W.LONE_Q[lang])
        f.add(
            c,
            t + r.uniform(120, 300),
            "chat",
            "chat",
            W.LONE_A[lang].format(name=c.first, agent=f.agent()),
            out=True,
        )
        c.truth.update(lone_report_event_id=eid, trouble_starts_at=iso(t))
    langs = ["es"] * 6 + ["it"] * 6 + ["en", "en", "fr", "fr", "de", "de", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = f.t0 + 3 * DAY + 10 * HOUR + 5 * 60
    offs = sorted([0.0, 45 * 60.0] + [r.uniform(60, 2640) for _ in range(18)])
    keys, eids, reps = [], [], []
    rep_n = 0
    fixed_n = 0
    for i in range(20):
        regular = i % 5 < 3
        c = f.person(
            "spike_reporter", "regular" if regular else "new", langs[i], tolerated=["silence"]
        )
        if regular:
            f.happy_days(c, r.randint(1, 2), [2], 8, 17.5)
        t = s0 + offs[i]
        ch = chans[i]
        text = r.choice(W.SPIKE[c.lang])
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        if ch == "social":
            text = "@Girello " + text
        eid = f.add(
            c,
            t,
            ch,
            kind,
            text,
            subject="FW-628" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + r.uniform(60, 200),
                "chat",
                "chat",
                W.SPIKE_CHAT_A[c.lang].format(name=c.first, agent=f.agent()),
                out=True,
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        if (rep_n < 6 and offs[i] <= 25 * 60 and i % 2 == 0) or (
            rep_n < 6 and i >= 14 and offs[i] <= 35 * 60
        ):
            rep_n += 1
            ch2 = r.choice([x for x in ["email", "chat", "community"] if x != ch])
            t2 = t + r.uniform(10, 60) * 60
            body = W.SPIKE_AGAIN[c.lang]
            rid = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                body,
                subject="RE: FW-628" if ch2 == "email" else None,
            )
            reps.append(rid)
            c.truth.update(
                persona="spike_repeater",
                expected_rules=["repeat_contact"],
                tolerated_rules=["sentiment_drop", "silence"],
                repeat_event_id=rid,
            )
        elif fixed_n < 6 and i % 3 == 1:
            fixed_n += 1
            s, b = W.SPIKE_FIXED[c.lang]
            f.add(
                c,
                s0 + 3.5 * HOUR + r.uniform(0, 600),
                "email",
                "message",
                b.format(name=c.first, agent=f.agent()),
                out=True,
                subject=s,
            )
            c.truth["agent_fixed"] = True
    assert rep_n == 6, rep_n
    f.spike = {
        "topic": "scooters stuck in walking mode (6 km/h) after an overnight firmware update, error FW-628",
        "about": "e-scooter speed capped after an over-the-air update",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + offs[-1]),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.extra_expected["topic_spike"] = 1
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
    tot = [0, 0, 0]
    for build in FAMILIES:
        fam = build()
        counts = fam.write()
        print(fam.name, *counts)
        tot = [a + b for a, b in zip(tot, counts, strict=True)]
    print("total", *tot)


if __name__ == "__main__":
    main()
