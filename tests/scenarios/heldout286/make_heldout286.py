# ruff: noqa: E501
"""Write heldout286 (Amolesca, fishing permits and trips): eight families, blind.

Standard library only; seeded; two runs give the same bytes. Run from anywhere.
"""

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

SEED = 20260919
CS = "silence"
REPEAT_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", CS]
SLIDE_TOL = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", CS]
LEAVE_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", CS]
AGENTS = ["Chiara B.", "Rubén M.", "Laura P.", "Kevin O.", "Nadia S."]
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    out = (
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    keep = {"ñ": "\0", "ß": "\1"}
    for k, v in keep.items():
        out = out.replace(k, v)
    out = "".join(
        ch for ch in unicodedata.normalize("NFD", out) if unicodedata.category(ch) != "Mn"
    )
    return out.replace("\0", "ñ").replace("\1", "ß")


def speech(s: str) -> str:
    out = "".join(ch if ch.isalnum() or ch in " '!" else " " for ch in s.lower())
    return " ".join(out.split())


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    handle: str
    account: str | None
    truth: dict[str, Any] = field(default_factory=dict)


class Fam:
    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.n, self.name, self.code, self.start, self.days, self.about = (
            n,
            name,
            code,
            start,
            days,
            about,
        )
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    # ----------------------------------------------------------- people --
    def lang(self) -> str:
        return self.rng.choices(W.LANGS, weights=W.WEIGHTS)[0]

    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v.lower() not in USED:
                USED.add(v.lower())
                return v

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        r = self.rng
        lg = lang or self.lang()
        mk = market or r.choice(W.MARKETS[lg])
        first, last = r.choice(W.FIRST[lg]), r.choice(W.LAST[lg])
        key = self.uniq(lambda: f"AM{self.code}{r.randint(1000, 9999)}")
        base = (
            strip_accents(f"{first}.{last}".lower())
            .replace(" ", "")
            .replace("ñ", "n")
            .replace("ß", "ss")
        )
        if domain:
            email = self.uniq(lambda: f"{strip_accents(first.lower())}.{r.randint(1, 99)}@{domain}")
        else:
            email = self.uniq(
                lambda: (
                    f"{base}{r.randint(1, 999)}@{r.choice(['posta', 'correo', 'mail', 'inbox'])}.example"
                )
            )
        cc, pre, ln = W.PHONE[mk]
        phone = self.uniq(
            lambda: cc + pre + "".join(str(r.randint(0, 9)) for _ in range(ln - len(pre)))
        )
        handle = self.uniq(
            lambda: (
                "@"
                + strip_accents(
                    r.choice(
                        [f"{last}_{first}", f"{first}{last[:1]}", f"{first}_{r.randint(1, 99)}"]
                    ).lower()
                )
                .replace("ñ", "n")
                .replace("ß", "ss")
            )
        )
        c = Cust(key, lg, mk, first, last, email, phone, handle, account)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": phone,
                "handle": None if account else handle,
                "account_id": account,
            },
            "expected_rules": expected or [],
            "tolerated_rules": tolerated or [],
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": None,
            "town": r.choice(W.TOWNS[mk]),
        }
        self.custs[key] = c
        return c

    # ------------------------------------------------------------- rows --
    def t(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour, seconds=self.rng.randint(0, 59))

    def add(
        self,
        c: Cust,
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
        eid = f"am286-{self.code.lower()}-{self.seq:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if channel == "social" and not out and kind in ("mention", "post") and c.account is None:
            text = (
                (text or "").replace("Amolesca", "@Amolesca", 1)
                if "Amolesca" in (text or "")
                else "@Amolesca " + (text or "")
            )
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        self.rows.append(
            {
                "eid": eid,
                "ts": ts,
                "c": c,
                "channel": channel,
                "kind": kind,
                "out": out,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "attrs": a,
            }
        )
        return eid

    def roughen(self, s: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            s = strip_accents(s)
        if r.random() < 0.125 and s[:1].isupper():
            s = s[:1].lower() + s[1:]
        if r.random() < 1 / 7:
            words = s.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                s = " ".join(words)
        return s

    def pick(self, table: dict[str, Any], lang: str) -> Any:
        v = table[lang]
        return self.rng.choice(v) if isinstance(v, list | tuple) else v

    def case(self) -> str:
        return self.uniq(lambda: f"AM-{self.rng.randint(100000, 999999)}")

    def price(self, c: Cust) -> tuple[str, str, str]:
        name, eur = self.rng.choice(W.PRODUCTS)
        cur, f = W.CURRENCY.get(c.market, ("EUR", 1.0))
        return name, f"{eur * f:.2f}", cur

    # ------------------------------------------------------ happy acts --
    def happy(self, c: Cust, day: int, lo: float = 7, hi: float = 19, surveys: bool = True) -> None:
        r, lg = self.rng, c.lang
        ts = self.t(day, r.uniform(lo, hi))
        kinds = [
            "praise",
            "community",
            "again",
            "gripe",
            "chat",
            "phone",
            "buy",
            "view",
            "review",
        ] + (["survey"] if surveys else [])
        k = r.choice(kinds)
        if c.account:
            k = r.choice(["chat", "buy", "view", "community"] + (["survey"] if surveys else []))
        if k == "praise":
            self.add(c, ts, "social", "mention", self.pick(W.PRAISE, lg))
        elif k == "community":
            self.add(c, ts, "community", "post", self.pick(W.PRAISE, lg))
        elif k == "again":
            self.add(c, ts, "social", "post", self.pick(W.AGAIN, lg))
        elif k == "gripe":
            self.add(c, ts, "community", "post", self.pick(W.GRIPE, lg))
        elif k in ("chat", "phone"):
            q = self.pick(W.B2B_ROUTINE_Q if c.account else W.QUESTION, lg)
            if k == "chat":
                self.add(c, ts, "chat", "chat", q)
                self.add(
                    c,
                    ts + timedelta(minutes=r.randint(1, 6)),
                    "chat",
                    "chat",
                    self.pick(W.ANSWER, lg).format(n=c.first),
                    out=True,
                )
                if r.random() < 0.6:
                    self.add(
                        c,
                        ts + timedelta(minutes=r.randint(7, 9)),
                        "chat",
                        "chat",
                        self.pick(W.THANKS, lg),
                    )
            else:
                self.add(c, ts, "phone", "call", speech(q))
                self.add(
                    c,
                    ts + timedelta(minutes=r.randint(15, 50)),
                    "email",
                    "message",
                    self.pick(W.ANSWER, lg).format(n=c.first),
                    out=True,
                )
        elif k == "buy":
            name, val, cur = self.price(c)
            self.add(c, ts, "web", "page_view", attrs={"page": "/permits"})
            self.add(
                c,
                ts + timedelta(minutes=r.randint(2, 9)),
                "web",
                "purchase",
                attrs={"order_value": val, "currency": cur, "product": name, "page": "/checkout"},
            )
        elif k == "view":
            self.add(c, ts, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        elif k == "review":
            self.add(
                c,
                ts,
                "web",
                "review",
                self.pick(W.REVIEW, lg),
                attrs={"rating": str(r.choice([4, 5, 5])), "page": "/lakes"},
            )
        else:
            self.survey_good(c, ts)

    def survey_good(self, c: Cust, ts: datetime) -> None:
        r = self.rng
        s = r.choice(["nps", "csat", "ces"])
        v = {"nps": r.choice([9, 10]), "csat": r.choice([4, 5]), "ces": r.choice([6, 7])}[s]
        self.add(
            c,
            ts,
            "survey",
            "survey_response",
            self.pick(W.SURVEY_WORD, c.lang) or None,
            scores={s: v},
            attrs={"survey": s},
        )

    def happy_days(self, c: Cust, days: list[int], **kw: Any) -> None:
        for d in days:
            self.happy(c, d, **kw)

    def some_days(self, lo: int, hi: int, k: int) -> list[int]:
        return sorted(self.rng.sample(range(lo, hi), min(k, hi - lo)))

    # --------------------------------------------------------- trouble --
    def complaint(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        problem: str,
        lang: str | None = None,
        long: bool = False,
    ) -> tuple[str, str | None]:
        lg = lang or c.lang
        body = self.rng.choice(W.COMPLAINT[lg][problem])
        subj = W.SUBJECT_COMPLAINT[lg].format(t=W.TOPIC[lg][problem])
        ref = None if channel == "social" else self.case()
        if long:
            eid = self.add(
                c,
                ts,
                "email",
                "message",
                self.rng.choice(W.LETTER[lg]).format(body=body, n=c.first),
                subject=subj,
            )
        elif channel == "email":
            eid = self.add(c, ts, "email", "message", body, subject=subj)
        elif channel == "chat":
            eid = self.add(c, ts, "chat", "chat", body)
        elif channel == "social":
            eid = self.add(c, ts, "social", "mention", body)
        elif channel == "web":
            eid = self.add(c, ts, "web", "ticket", body, subject=subj, attrs={"page": "/help"})
        else:
            eid = self.add(c, ts, "phone", "call", speech(body))
        if ref:
            if channel == "chat":
                self.add(
                    c,
                    ts + timedelta(minutes=self.rng.randint(2, 6)),
                    "chat",
                    "chat",
                    W.CASE_OPENED[lg].format(n=c.first, c=ref),
                    out=True,
                )
            else:
                self.add(
                    c,
                    self.day_time(ts + timedelta(minutes=self.rng.randint(10, 40))),
                    "email",
                    "message",
                    W.CASE_OPENED[lg].format(n=c.first, c=ref),
                    subject=W.SUBJECT_RE[lg].format(c=ref),
                    out=True,
                )
        return eid, ref

    def day_time(self, ts: datetime) -> datetime:
        if ts.hour >= 22:
            ts = (ts + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        elif ts.hour < 7:
            ts = ts.replace(hour=8, minute=self.rng.randint(0, 59))
        return ts

    def nps_low(self, c: Cust, ts: datetime) -> str:
        v = self.rng.randint(1, 5)
        c.truth.update(nps_given=True, nps=v)
        eid = self.add(
            c,
            ts,
            "survey",
            "survey_response",
            self.pick(W.DETAIL_LOW, c.lang) or None,
            scores={"nps": v},
            attrs={"survey": "nps"},
        )
        c.truth["survey_event_id"] = eid
        if "detractor" not in c.truth["expected_rules"]:
            c.truth["expected_rules"].append("detractor")
        return eid

    # ---------------------------------------------------------- output --
    def write(self) -> None:
        self.rows.sort(key=lambda x: (x["ts"], x["eid"]))
        first_in: set[str] = set()
        lines = []
        for row in self.rows:
            c: Cust = row["c"]
            full = row["out"] or c.key not in first_in
            if not row["out"]:
                first_in.add(c.key)
            ident: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            ch = row["channel"]
            if full:
                ident.update(
                    customer_id=c.key,
                    email=c.email,
                    phone=c.phone,
                    handle=None if c.account else c.handle,
                )
            elif ch == "phone":
                ident["phone"] = c.phone
            elif ch == "email" or (ch in ("social", "community") and c.account):
                ident["email"] = c.email
            elif ch in ("social", "community"):
                ident["handle"] = c.handle
            else:
                ident["customer_id"] = c.key
            src = {
                "email": "amolesca-mail",
                "phone": "amolesca-voice",
                "social": "amolesca-social",
                "community": "amolesca-forum",
                "chat": "amolesca-chat",
                "web": "amolesca-web",
                "survey": "amolesca-survey",
            }[ch]
            tp = {
                "event_id": row["eid"],
                "occurred_at": iso(row["ts"]),
                "channel": ch,
                "kind": row["kind"],
                "direction": "outbound" if row["out"] else "inbound",
                "customer": ident,
                "text": row["text"],
                "subject": row["subject"],
                "scores": {
                    "nps": row["scores"].get("nps"),
                    "csat": row["scores"].get("csat"),
                    "ces": row["scores"].get("ces"),
                },
                "source": src,
                "attributes": row["attrs"],
            }
            lines.append(json.dumps(tp, ensure_ascii=False))
        last = self.rows[-1]["ts"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for c in self.custs.values():
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            for rule in c.truth["expected_rules"]:
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
                "business": "Amolesca: fishing day permits, tackle hire and guided trips; Amolesca Club; Amolesca Corporate",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-07",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        assert last < datetime(2026, 11, 1, tzinfo=UTC)
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def D(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ----------------------------------------------------------------- families --
def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        D(2026, 1, 12),
        10,
        "happy day and night writers and survey-only customers",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.some_days(0, 10, r.randint(5, 8)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.some_days(0, 9, r.randint(2, 4)):
            ts = f.t(d, r.uniform(22.2, 28.5))
            if r.random() < 0.5:
                f.add(c, ts, "social", "post", f.pick(W.NIGHT_POST, c.lang))
            else:
                f.add(c, ts, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                f.add(
                    c,
                    ts + timedelta(minutes=r.randint(1, 5)),
                    "chat",
                    "chat",
                    W.ANSWER[c.lang].format(n=c.first),
                    out=True,
                )
                f.add(
                    c,
                    ts + timedelta(minutes=r.randint(6, 8)),
                    "chat",
                    "chat",
                    f.pick(W.THANKS, c.lang),
                )
        f.happy_days(c, f.some_days(0, 10, r.randint(2, 3)), lo=9, hi=18, surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.some_days(0, 10, r.randint(3, 6)):
            f.survey_good(c, f.t(d, r.uniform(8, 20)))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        D(2026, 2, 9),
        12,
        "happy customers with one bad day, detractors, low CSAT, fixes, apologies, controls",
    )
    r = f.rng
    chans = ["long", "email", "chat", "social", "web", "phone"]
    slots = [(ch, W.PROBLEMS[(i + j) % 6]) for i, ch in enumerate(chans) for j in range(4)]
    cased: list[tuple[Cust, datetime, str, str | None]] = []
    for i, (ch, prob) in enumerate(slots):
        lg = ("it", "es")[i % 2] if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lg, tolerated=[CS])
        bd = r.randint(2, 9)
        ts = f.t(bd, r.uniform(8, 20))
        for d in f.some_days(0, 12, r.randint(1, 5)):
            if d <= bd - 2 or d >= bd + 3:
                f.happy(c, d, surveys=False)
        eid, ref = f.complaint(c, ts, "email" if ch == "long" else ch, prob, long=ch == "long")
        c.truth.update(
            problem=prob,
            channel=ch if ch != "long" else "email",
            long_email=ch == "long",
            bad_day_at=iso(ts),
            bad_day_event_id=eid,
            booking=ref,
            trouble_starts_at=iso(ts),
        )
        if ref:
            cased.append((c, ts, eid, ref))
    r.shuffle(cased)
    for i, (c, ts, _eid, ref) in enumerate(cased):
        if i < 6:
            c.truth.update(persona="bad_day_detractor")
            f.nps_low(c, ts + timedelta(minutes=r.randint(100, 140)))
        elif i < 11:
            v = r.randint(1, 2)
            c.truth.update(csat_given=True, csat=v)
            c.truth["survey_event_id"] = f.add(
                c,
                ts + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                f.pick(W.DETAIL_LOW, c.lang) or None,
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
        if i >= 8:
            gts = f.day_time(ts + timedelta(hours=r.uniform(1, 4)))
            f.add(
                c,
                gts,
                "email",
                "message",
                W.GOOD_NEWS[c.lang].format(n=c.first, c=ref),
                subject=W.SUBJECT_RE[c.lang].format(c=ref),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i >= 15:
                ats = f.day_time(ts + timedelta(hours=r.uniform(16, 24)))
                ch = r.choice(["chat", "email"])
                aeid = f.add(
                    c, ats, ch, "chat" if ch == "chat" else "message", f.pick(W.APOLOGY, c.lang)
                )
                c.truth.update(apologised=True, apology_at=iso(ats), apology_event_id=aeid)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.some_days(0, 12, r.randint(4, 7)), surveys=False)
    return f


def repeat_run(
    f: Fam, c: Cust, day: float, times: int, escalate: bool, langs: list[str] | None = None
) -> None:
    r = f.rng
    prob = r.choice(W.PROBLEMS)
    chans = ["web", "email", "chat", "phone", "social"]
    first_ch = r.choice(["web", "email", "chat", "phone"])
    ts = f.t(day, r.uniform(8, 19))
    lg0 = langs[0] if langs else c.lang
    eid, ref = f.complaint(c, ts, first_ch, prob, lang=lg0)
    assert ref
    eids = [eid]
    if escalate:
        f.add(
            c,
            ts + timedelta(hours=r.uniform(1.5, 2.5)),
            "email",
            "message",
            W.QUALITY[lg0].format(n=c.first, c=ref),
            subject=W.SUBJECT_RE[lg0].format(c=ref),
            out=True,
        )
    others = [x for x in chans if x != first_ch]
    r.shuffle(others)
    comp = r.choice(W.COMPETITORS)
    for k in range(1, times):
        lg = langs[k % 2] if langs else c.lang
        ts = f.day_time(ts + timedelta(hours=r.uniform(4, 40)))
        ch = others[k - 1]
        if k == 2:
            txt = W.THIRD[lg].format(c=ref, x=comp)
        elif k == 3:
            txt = W.FOURTH[lg].format(c=ref)
        else:
            txt = f.pick(W.STILL_OPEN, lg).format(c=ref, t=W.TOPIC[lg][prob])
        if ch == "phone":
            e = f.add(c, ts, "phone", "call", speech(txt))
        elif ch == "email":
            e = f.add(c, ts, "email", "message", txt, subject=W.SUBJECT_RE[lg].format(c=ref))
        elif ch == "chat":
            e = f.add(c, ts, "chat", "chat", txt)
            f.add(
                c,
                ts + timedelta(minutes=r.randint(2, 5)),
                "chat",
                "chat",
                W.ADDED[lg].format(c=ref),
                out=True,
            )
        elif ch == "web":
            e = f.add(
                c,
                ts,
                "web",
                "ticket",
                txt,
                subject=W.SUBJECT_RE[lg].format(c=ref),
                attrs={"page": "/help"},
            )
        else:
            e = f.add(c, ts, "social", "mention", txt)
        eids.append(e)
    c.truth.update(
        problem=prob,
        booking=ref,
        contacts=times,
        channels=[first_ch, *others[: times - 1]],
        agent_passed_on=escalate,
        problem_event_ids=eids,
        competitor=comp if times >= 3 else None,
        trouble_starts_at=iso(f.rows[[x["eid"] for x in f.rows].index(eids[0])]["ts"]),
    )


def fixed_run(f: Fam, c: Cust, day: float, lang2: str | None = None) -> dict[str, Any]:
    r = f.rng
    prob = r.choice(W.PROBLEMS)
    ts = f.t(day, r.uniform(8, 18))
    ch = "web" if lang2 else r.choice(["web", "email", "chat"])
    eid, ref = f.complaint(c, ts, ch, prob)
    assert ref
    lg = lang2 or c.lang
    g = f.day_time(ts + timedelta(hours=r.uniform(3, 20)))
    f.add(
        c,
        g,
        "email",
        "message",
        W.GOOD_NEWS[lg].format(n=c.first, c=ref),
        subject=W.SUBJECT_RE[lg].format(c=ref),
        out=True,
    )
    k = f.day_time(g + timedelta(hours=r.uniform(8, 30)))
    cch = r.choice(["email", "chat"])
    ce = f.add(
        c,
        k,
        cch,
        "message" if cch == "email" else "chat",
        f.pick(W.CONFIRM, lg).format(c=ref),
        subject=W.SUBJECT_RE[lg].format(c=ref) if cch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(ts),
        "fixed_at": iso(g),
        "confirmed_at": iso(k),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        D(2026, 3, 16),
        10,
        "repeat contacts, fixed at first contact, two problems, frequent writers",
    )
    r = f.rng
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        f.happy_days(c, [0] * r.randint(1, 3), lo=7, hi=12, surveys=False)
        repeat_run(f, c, r.randint(1, 4), 2 + i % 3, escalate=i % 2 == 0)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=[CS])
        f.happy_days(c, [0], surveys=False)
        p = fixed_run(f, c, r.randint(1, 4))
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=[CS])
        d = r.randint(0, 3)
        p1 = fixed_run(f, c, d)
        p2 = fixed_run(f, c, d + r.randint(4, 5))
        while p2["problem"] == p1["problem"]:
            p2["problem"] = r.choice(W.PROBLEMS)
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in f.some_days(0, 10, r.randint(5, 8)):
            f.happy(c, d, surveys=False)
    return f


def slide(
    f: Fam, c: Cust, day: int, span: int, langs: list[str] | None = None, nps: bool = False
) -> None:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    ts = f.t(day, r.uniform(8, 12))
    eids = []
    step = span * 24 / 6
    for k in range(6):
        lg = langs[k % 2] if langs else c.lang
        txt = W.SLIDE[lg][k].format(x=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            e = f.add(
                c,
                ts,
                "web",
                "review",
                txt,
                attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/lakes"},
            )
        else:
            e = f.add(c, ts, ch, "mention" if ch == "social" else "post", txt)
        eids.append(e)
        if k == 3 and nps:
            f.nps_low(c, f.day_time(ts + timedelta(hours=r.uniform(2.5, 3.5))))
        ts = f.day_time(ts + timedelta(hours=max(1.0, step * r.uniform(0.7, 1.2))))
    c.truth.update(
        slide_event_ids=eids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=iso(f.rows[[x["eid"] for x in f.rows].index(eids[0])]["ts"]),
    )


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        D(2026, 4, 13),
        32,
        "slow slides, leavers, steady, steadily grumpy, sarcastic",
    )
    r = f.rng
    for i in range(10):
        c = f.person("slow_churner", "slides", expected=["sentiment_drop"], tolerated=SLIDE_TOL)
        for d in f.some_days(0, 11, r.randint(4, 5)):
            f.add(
                c,
                f.t(d, r.uniform(8, 20)),
                r.choice(["social", "community"]),
                "post",
                f.pick(W.PRAISE, c.lang),
            )
        f.happy_days(c, f.some_days(0, 11, r.randint(2, 4)), surveys=False)
        slide(f, c, r.randint(12, 16), [3, 5, 9, 5, 9, 5, 9, 5, 9, 5][i], nps=i < 5)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVE_TOL
        )
        f.happy_days(c, f.some_days(0, 16, r.randint(4, 6)), surveys=False)
        ts = f.t(r.randint(17, 23), r.uniform(8, 19))
        e = f.add(c, ts, "email", "message", f.pick(W.LEAVE, c.lang), subject="Club Amolesca")
        f.add(
            c,
            f.day_time(ts + timedelta(hours=r.uniform(1, 5))),
            "email",
            "message",
            W.SORRY_GO[c.lang].format(n=c.first),
            subject="Re: Club Amolesca",
            out=True,
        )
        k = f.day_time(ts + timedelta(hours=r.uniform(20, 30)))
        ce = f.add(
            c,
            k,
            "web",
            "cancellation",
            attrs={"page": "/club/cancel", "product": "Amolesca Club, monthly"},
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=ce,
            churn_at=iso(k),
            trouble_starts_at=iso(ts),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.some_days(0, 32, r.randint(6, 10)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", CS])
        d = r.randint(0, 4)
        ge = []
        first_ts = f.start
        for _k in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web", "review"])
            txt = f.pick(W.GRUMBLE, c.lang)
            ts = f.t(d, r.uniform(8, 20))
            if ch == "review":
                ge.append(f.add(c, ts, "web", "review", txt, attrs={"rating": "3", "page": "/app"}))
            elif ch == "web":
                ge.append(f.add(c, ts, "web", "ticket", txt, attrs={"page": "/help"}))
            else:
                ge.append(f.add(c, ts, ch, "post", txt))
            if len(ge) == 1:
                first_ts = ts
            d += r.randint(1, 3)
        c.truth.update(grumble_event_ids=ge, trouble_starts_at=iso(first_ts))
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=[CS])
        f.happy_days(c, f.some_days(0, 32, r.randint(4, 6)), surveys=False)
        c.truth["sarcasm_event_id"] = f.add(
            c,
            f.t(r.randint(17, 28), r.uniform(9, 20)),
            "social",
            "mention",
            f.pick(W.SARCASM, c.lang),
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(5, "quiet_hours", "QH", D(2026, 6, 12), 3, "calm weekend with night-owl bursts")
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.some_days(0, 3, r.randint(1, 3)), lo=7, hi=17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=[CS])
        ts = f.t(r.randint(0, 2), r.uniform(9, 17))
        f.add(c, ts, "web", "page_view", attrs={"page": "/lakes"})
        g = ts + timedelta(minutes=r.randint(20, 30))
        if r.random() < 0.5:
            e = f.add(c, g, "chat", "chat", f.pick(W.MILD, c.lang))
            f.add(
                c,
                g + timedelta(minutes=3),
                "chat",
                "chat",
                W.ACK[c.lang].format(n=c.first),
                out=True,
            )
        else:
            e = f.add(c, g, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/help"})
            f.add(
                c,
                g + timedelta(minutes=25),
                "email",
                "message",
                W.ACK[c.lang].format(n=c.first),
                out=True,
            )
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(g))
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        for b, off in enumerate([0, r.randint(28, 33), r.randint(55, 65)]):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                ts = bs + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    e = f.add(c, ts, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                    f.add(
                        c,
                        ts + timedelta(minutes=2),
                        "chat",
                        "chat",
                        W.ANSWER[c.lang].format(n=c.first),
                        out=True,
                    )
                    f.add(c, ts + timedelta(minutes=4), "chat", "chat", f.pick(W.THANKS, c.lang))
                else:
                    e = f.add(c, ts, "social", "post", f.pick(W.NIGHT_POST, c.lang))
                c.truth.update(burst_at=iso(bs), night_event_id=e)
                if r.random() < 0.5:
                    f.happy(c, r.randint(0, 2), lo=9, hi=17.5)
    return f


PAIRS = [
    ("it", "es"),
    ("es", "it"),
    ("it", "de"),
    ("es", "en"),
    ("it", "fr"),
    ("es", "pt"),
    ("de", "it"),
    ("en", "es"),
    ("it", "en"),
    ("es", "fr"),
    ("pt", "es"),
    ("fr", "it"),
]


def bilingual() -> Fam:
    f = Fam(6, "bilingual", "BL", D(2026, 7, 6), 14, "customers alternating two languages")
    r = f.rng

    def bi(persona: str, habit: str, i: int, **kw: Any) -> tuple[Cust, list[str]]:
        a, b = PAIRS[i % len(PAIRS)]
        c = f.person(persona, habit, lang=a, **kw)
        c.truth.update(
            languages=[a, b],
            job_second_language=r.choice(
                ["partner's language", "works across the border", "grew up there"]
            ),
        )
        return c, [a, b]

    def alt_happy(c: Cust, langs: list[str], days: list[int]) -> None:
        for k, d in enumerate(days):
            c.lang = langs[k % 2]
            f.happy(c, d, surveys=False)
        c.lang = langs[0]

    for i in range(12):
        c, lg = bi("happy", "alternates languages", i)
        alt_happy(c, lg, f.some_days(0, 14, r.randint(5, 8)))
    for i in range(5):
        c, lg = bi(
            "repeat_contact", "repeats", i + 3, expected=["repeat_contact"], tolerated=REPEAT_TOL
        )
        alt_happy(c, lg, [r.randint(0, 1) for _ in range(r.randint(1, 3))])
        times = [2, 2, 3, 3, 4][i]
        repeat_run(f, c, r.randint(2, 5), times, escalate=times >= 3, langs=lg)
    for i in range(5):
        c, lg = bi(
            "slow_churner", "slides", i + 6, expected=["sentiment_drop"], tolerated=SLIDE_TOL
        )
        for k, d in enumerate(f.some_days(0, 6, 5)):
            f.add(c, f.t(d, r.uniform(8, 20)), "social", "post", f.pick(W.PRAISE, lg[k % 2]))
        alt_happy(c, lg, f.some_days(0, 6, r.randint(1, 3)))
        slide(f, c, r.randint(7, 8), r.randint(3, 5), langs=lg)
    for i in range(3):
        c, lg = bi("happy_one_bad_day", "one bad day", [0, 3, 1][i], tolerated=[CS])
        alt_happy(c, lg, f.some_days(0, 3, 2) + f.some_days(11, 14, 1))
        ts = f.t(r.randint(6, 8), r.uniform(9, 18))
        ch = ["email", "email", "chat"][i]
        c.lang = lg[1]
        eid, ref = f.complaint(c, ts, ch, r.choice(W.PROBLEMS), long=i == 0)
        if ch == "email":
            f.add(
                c,
                f.day_time(ts + timedelta(hours=r.uniform(1, 4))),
                "email",
                "message",
                W.GOOD_NEWS[c.lang].format(n=c.first, c=ref),
                subject=W.SUBJECT_RE[c.lang].format(c=ref),
                out=True,
            )
        if i == 1:
            ats = f.day_time(ts + timedelta(hours=r.uniform(18, 24)))
            c.truth.update(
                apologised=True,
                apology_at=iso(ats),
                apology_event_id=f.add(c, ats, "chat", "chat", f.pick(W.APOLOGY, c.lang)),
            )
        c.lang = lg[0]
        c.truth.update(
            bad_day_at=iso(ts),
            bad_day_event_id=eid,
            bad_day_language=lg[1],
            booking=ref,
            long_email=i == 0,
            trouble_starts_at=iso(ts),
        )
    for i in range(2):
        c, lg = bi("resolved_between_contacts", "fixed", i + 1, tolerated=[CS])
        alt_happy(c, lg, [0, 1])
        p = fixed_run(f, c, r.randint(3, 6), lang2=lg[1])
        c.truth.update(problems=[p], confirm_language=lg[1], trouble_starts_at=p["raised_at"])
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        D(2026, 8, 3),
        14,
        "Amolesca Corporate accounts: at risk, one unhappy, mild, happy",
    )
    r = f.rng
    plan = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "it",
        "es",
        "it",
        "es",
        "de",
        "it",
        "es",
        "en",
        "pt",
        "it",
        "es",
        "fr",
        "de",
        "it",
        "es",
    ]
    used = {lg: 0 for lg in W.LANGS}
    for i, kind in enumerate(plan):
        lg = langs[i]
        company, site = W.COMPANIES[lg][used[lg] % len(W.COMPANIES[lg])]
        used[lg] += 1
        mk = W.MARKETS[lg][0]
        acc = f.uniq(lambda mk=mk: f"AMC-{mk}-{r.randint(1000, 9999)}")
        dom = strip_accents(company.lower()).replace(" ", "-") + ".example"
        n_contacts = r.randint(4, 6) if kind == "at_risk" else r.randint(3, 4)
        n_unhappy = (
            (4 if i in (1, 3) else 3)
            if kind == "at_risk"
            else 1
            if kind == "one_unhappy"
            else 2
            if kind == "mild"
            else 0
        )
        n_contacts = max(n_contacts, n_unhappy + 1)
        prob = (
            ["invoice", "overbilled", "service_blocked", "overbilled", "portal"][i]
            if kind == "at_risk"
            else r.choice(W.B2B_PROBLEMS)
        )
        keys, unhappy = [], []
        firsts: set[str] = set()
        ref = f.case()
        ts = D(2026, 8, 5) + timedelta(hours=r.uniform(8, 11))
        first_name = ""
        for k in range(n_contacts):
            role = (
                "complainer"
                if k < n_unhappy and kind in ("at_risk", "one_unhappy")
                else "suggests"
                if k < n_unhappy
                else "contact"
            )
            persona = (
                {
                    "at_risk": "b2b_unhappy",
                    "one_unhappy": "b2b_one_unhappy",
                    "mild": "b2b_mild",
                }.get(kind, "b2b_happy")
                if role != "contact"
                else "b2b_happy"
            )
            tol = (
                [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    CS,
                    "account_risk",
                ]
                if persona == "b2b_unhappy"
                else ["sentiment_drop", "high_value_at_risk", CS]
                if persona == "b2b_one_unhappy"
                else [CS]
                if persona == "b2b_mild"
                else []
            )
            c = f.person(
                persona, role, lang=lg, tolerated=list(tol), market=mk, account=acc, domain=dom
            )
            while c.first in firsts:
                c.first = r.choice(W.FIRST[lg])
                c.truth["name"] = f"{c.first} {c.last}"
            firsts.add(c.first)
            job = r.choice(W.JOBS)
            c.truth.update(company=company, role=role, job_title=job, job=job)
            keys.append(c.key)
            if role == "contact":
                weekdays = [d for d in range(12) if (f.start + timedelta(days=d)).weekday() < 5]
                for d in sorted(r.sample(weekdays, r.randint(2, 4))):
                    f.happy(c, d, lo=8, hi=16.5)
                continue
            unhappy.append(c.key) if role != "suggests" else None
            for d in [0, 1][: r.randint(0, 2)]:
                c2 = r.choice(["chat", "buy", "view"])
                t0 = f.t(d, r.uniform(8, 16))
                if c2 == "view":
                    f.add(c, t0, "web", "page_view", attrs={"page": "/corporate/portal"})
                else:
                    f.happy(c, d, lo=8, hi=16, surveys=False)
            if role == "suggests":
                st = f.t(r.randint(2, 9), r.uniform(8, 16))
                while st.weekday() >= 5:
                    st += timedelta(days=1)
                e = f.add(
                    c,
                    st,
                    "web",
                    "ticket",
                    f.pick(W.B2B_SUGGEST, lg),
                    attrs={"page": "/corporate/feedback"},
                )
                f.add(
                    c,
                    st + timedelta(minutes=r.randint(30, 90)),
                    "email",
                    "message",
                    W.ACK[lg].format(n=c.first),
                    out=True,
                )
                c.truth.update(mild_event_id=e, trouble_starts_at=iso(st))
                continue
            if kind == "one_unhappy":
                ct = f.t(r.randint(3, 7), r.uniform(8, 16))
                while ct.weekday() >= 5:
                    ct += timedelta(days=1)
                own = f.case()
                e = f.add(
                    c,
                    ct,
                    "email",
                    "message",
                    W.B2B_COMPLAINT[lg][prob],
                    subject=W.SUBJECT_COMPLAINT[lg].format(t=W.B2B_TOPIC[lg][prob]),
                )
                f.add(
                    c,
                    ct + timedelta(minutes=r.randint(20, 60)),
                    "email",
                    "message",
                    W.B2B_ACK[lg].format(n=c.first, c=own),
                    subject=W.SUBJECT_RE[lg].format(c=own),
                    out=True,
                )
                c.truth.update(
                    problem=prob, booking=own, complaint_event_ids=[e], trouble_starts_at=iso(ct)
                )
                f.nps_low(c, ct + timedelta(hours=r.uniform(1, 3)))
                continue
            # at risk
            if k == 0:
                first_name = c.first
                txt = W.B2B_COMPLAINT[lg][prob]
            else:
                ts = ts + timedelta(hours=r.uniform(8, 28))
                if ts.hour >= 17 or ts.hour < 8 or ts.weekday() >= 5:
                    ts = ts + timedelta(days=1 if ts.hour >= 17 else 0)
                    ts = ts.replace(hour=8, minute=r.randint(5, 55))
                    while ts.weekday() >= 5:
                        ts += timedelta(days=1)
                txt = W.B2B_FOLLOW[lg].format(c=ref, n=first_name, t=W.B2B_COMPLAINT[lg][prob])
            e = f.add(
                c,
                ts,
                "email",
                "message",
                txt,
                subject=W.SUBJECT_COMPLAINT[lg].format(t=W.B2B_TOPIC[lg][prob])
                if k == 0
                else W.SUBJECT_RE[lg].format(c=ref),
            )
            if k == 0:
                f.add(
                    c,
                    ts + timedelta(minutes=r.randint(20, 60)),
                    "email",
                    "message",
                    W.B2B_ACK[lg].format(n=c.first, c=ref),
                    subject=W.SUBJECT_RE[lg].format(c=ref),
                    out=True,
                )
            c.truth.update(
                problem=prob, booking=ref, complaint_event_ids=[e], trouble_starts_at=iso(ts)
            )
            if k < n_unhappy - 1:
                f.nps_low(c, ts + timedelta(hours=r.uniform(1, 3)))
            else:
                lt = ts + timedelta(hours=r.uniform(18, 40))
                if lt.hour >= 17 or lt.hour < 8:
                    lt = (lt + timedelta(days=1 if lt.hour >= 17 else 0)).replace(
                        hour=9, minute=r.randint(0, 50)
                    )
                while lt.weekday() >= 5:
                    lt += timedelta(days=1)
                comp = r.choice(W.COMPETITORS)
                if i == 0:
                    e2 = f.add(
                        c,
                        lt,
                        "email",
                        "message",
                        W.B2B_LAST_MAIL[lg].format(c=ref, x=comp),
                        subject=W.SUBJECT_RE[lg].format(c=ref),
                    )
                    c.truth["competitor"] = comp
                else:
                    e2 = f.add(c, lt, "phone", "call", W.B2B_LAST_CALL[lg].format(c=ref.lower()))
                c.truth["complaint_event_ids"].append(e2)
                c.truth["expected_rules"].append("repeat_contact")
                c.truth["tolerated_rules"].remove("account_risk")
                c.truth["tolerated_rules"].append("account_risk")
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": iso(
                min(
                    row["ts"]
                    for row in f.rows
                    if row["c"].key in unhappy and not row["out"] and row["kind"] == "message"
                )
            )
            if kind == "at_risk"
            else None,
            "language": lg,
            "country": mk,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(8, "topic_spike", "TS", D(2026, 9, 14), 7, "calm week with a Saturday-morning spike")
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.some_days(0, 6, r.randint(1, 4)):
            f.happy(c, d, lo=12 if d == 5 else 7, hi=19)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=[CS])
        ts = f.t(0, r.uniform(9, 16))
        e = f.add(c, ts, "chat", "chat", f.pick(W.GRUMBLE, c.lang))
        f.add(
            c, ts + timedelta(minutes=3), "chat", "chat", W.ACK[c.lang].format(n=c.first), out=True
        )
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(ts))
    for lg, h in (("it", 9.6), ("es", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=[CS])
        ts = f.t(4, h)
        e = f.add(c, ts, "chat", "chat", W.LONE_Q[lg])
        f.add(
            c, ts + timedelta(minutes=4), "chat", "chat", W.LONE_A[lg].format(n=c.first), out=True
        )
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(ts))
    s0 = D(2026, 9, 19) + timedelta(hours=6, minutes=40)
    langs = ["it"] * 6 + ["es"] * 6 + ["de", "de", "en", "en", "fr", "fr", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    order = list(range(20))
    for i in order:
        regular = i < 12
        c = f.person(
            "spike_reporter", "regular" if regular else "new", lang=langs[i], tolerated=[CS]
        )
        if regular:
            f.happy_days(c, [2] * r.randint(1, 2), lo=8, hi=17.5, surveys=False)
        ts = s0 + timedelta(minutes=offs[i], seconds=r.randint(0, 50) if 0 < offs[i] < 45 else 0)
        ch = chans[i]
        txt = f.pick(W.SPIKE, c.lang)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            c,
            ts,
            ch,
            kind,
            txt,
            subject="FP!2048" if ch in ("email", "web") else None,
            attrs={"page": "/help"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                ts + timedelta(minutes=r.randint(1, 3)),
                "chat",
                "chat",
                W.SPIKE_ANSWER[c.lang],
                out=True,
            )
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(ts),
        )
        c.truth["_ts"] = ts
    early = [k for k in keys if f.custs[k].truth["_ts"] <= s0 + timedelta(minutes=25)]
    r.shuffle(early)
    for k in early[:6]:
        c = f.custs[k]
        ch2 = r.choice([x for x in ("email", "chat", "community") if x != c.truth["spike_channel"]])
        t2 = c.truth["_ts"] + timedelta(minutes=r.randint(15, 40))
        e2 = f.add(
            c,
            t2,
            ch2,
            {"email": "message", "chat": "chat", "community": "post"}[ch2],
            W.SPIKE_AGAIN[c.lang],
        )
        c.truth.update(
            persona="spike_repeater",
            repeat_event_id=e2,
            expected_rules=["repeat_contact"],
            tolerated_rules=[CS, "sentiment_drop"],
        )
        reps.append(e2)
    rest = [k for k in keys if k not in early[:6]]
    for k in rest[:6]:
        c = f.custs[k]
        local = "10:20" if c.market in ("UK", "IE", "PT") else "11:20"
        money = {"GBP": "£9", "CHF": "CHF 9"}.get(W.CURRENCY.get(c.market, ("EUR", 1))[0], "10 €")
        f.add(
            c,
            D(2026, 9, 19) + timedelta(hours=10, minutes=r.randint(48, 57)),
            "email",
            "message",
            W.SPIKE_FIXED[c.lang].format(n=c.first, t=local, m=money),
            out=True,
        )
        c.truth["agent_fixed"] = True
    for k in keys:
        del f.custs[k].truth["_ts"]
    f.spike = {
        "topic": "fishing-permit app: digital permits rejected as invalid when bailiffs scan them at the waters, error FP!2048",
        "about": "Saturday 19 September 2026, 06:40-07:25 UTC",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
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
    USED.clear()
    for make in FAMILIES:
        make().write()


if __name__ == "__main__":
    main()
