# ruff: noqa: E501
"""Generate heldout274 (written blind): Onduro, surfboard and wetsuit hire from beach lockers."""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from wording import AGENT, BOARDS, FIRST, LANGS, LAST, MARKETS, SURVEY_WORDS, WEIGHTS, W  # noqa: E402

SEED = 20260919
CODE = "CX+8071"
COMPS = ("Tablazo", "Brisurf")
PROBLEMS = ("problem_card", "problem_locker", "problem_damage", "problem_refund")
SOURCES = {
    "email": "onduro-mail",
    "phone": "onduro-voice",
    "social": "onduro-social",
    "community": "onduro-forum",
    "chat": "onduro-chat",
    "web": "onduro-web",
    "survey": "onduro-survey",
}
SEEN_IDS: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


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
        return self.rng.choices(LANGS, WEIGHTS)[0]

    def uniq(self, make: Callable[[], object]) -> str:
        while True:
            v = str(make())
            if v not in SEEN_IDS:
                SEEN_IDS.add(v)
                return v

    def person(
        self,
        persona: str,
        habit: str,
        lang: str = "",
        account: str | None = None,
        exp: tuple[str, ...] = (),
        tol: tuple[str, ...] = (),
        **extra: Any,
    ) -> str:
        r = self.rng
        lang = lang or self.lang()
        first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
        cid = self.uniq(lambda: f"ON{self.code}{r.randint(1000, 9999)}")
        slug = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        market = r.choice(MARKETS[lang]) if account is None else extra.pop("market")
        dom = (
            f"{account.lower()}.example"
            if account
            else r.choice(["mail.example", "correio.example", "post.example"])
        )
        email = self.uniq(lambda: f"{slug}{r.randint(1, 99)}@{dom}")
        cc = {
            "PT": "+351 9",
            "UK": "+44 7",
            "IE": "+353 8",
            "DE": "+49 15",
            "AT": "+43 66",
            "ES": "+34 6",
            "FR": "+33 6",
            "BE": "+32 47",
            "IT": "+39 3",
        }[market]
        phone = self.uniq(lambda: cc + "".join(str(r.randint(0, 9)) for _ in range(8)))
        handle = (
            None
            if account
            else self.uniq(
                lambda: (
                    "@"
                    + strip_accents(f"{last}_{first}").lower().replace(" ", "")
                    + str(r.randint(1, 99))
                )
            )
        )
        self.cust[cid] = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
                "phone": "+" + "".join(c for c in phone if c.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "_phone": phone,
            "expected_rules": sorted(exp),
            "tolerated_rules": sorted(tol),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            **extra,
        }
        return cid

    def add(
        self,
        t: datetime,
        cid: str,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"on274-{self.code.lower()}-{self.seq:05d}"
        c = self.cust[cid]
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if channel == "social" and text and not out:
            text = text.replace("Onduro", "@Onduro", 1) if "Onduro" in text else "@Onduro " + text
        a = {"market": c["country"], **(attrs or {})}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Marta", "Sam", "Iñigo", "Katrin", "Aurélie", "Bea"])
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "_cid": cid,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": SOURCES[channel],
                "attributes": a,
            }
        )
        return eid

    def roughen(self, s: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            s = strip_accents(s)
        if r.random() < 0.125 and s[:1].isupper():
            s = s[0].lower() + s[1:]
        if r.random() < 1 / 7:
            words = [
                i for i, w in enumerate(s.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                ws = s.split(" ")
                i = r.choice(words)
                k = r.randint(1, len(ws[i]) - 3)
                w = ws[i]
                ws[i] = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
                s = " ".join(ws)
        return s

    def w(self, lang: str, key: str, **kw: str) -> str:
        return self.rng.choice(W[lang][key]).format(**kw)

    def ag(self, lang: str, key: str, **kw: str) -> str:
        return AGENT[lang][key].format(**kw)

    def case(self) -> str:
        return self.uniq(lambda: f"OD-{self.rng.randint(100000, 999999)}")

    # happy acts -----------------------------------------------------------
    def happy_act(
        self, cid: str, t: datetime, kinds: str = "praise question buy view phoneq survey gripe"
    ) -> None:
        lang = self.cust[cid]["language"]
        k = self.rng.choice(kinds.split())

        def m(x: int) -> datetime:
            return t + timedelta(minutes=x)

        if k == "praise":
            ch = self.rng.choice(["social", "community", "web"])
            if ch == "web":
                self.add(
                    t,
                    cid,
                    "web",
                    "review",
                    self.w(lang, "praise"),
                    attrs={"rating": "5", "page": "/reviews"},
                )
            else:
                self.add(
                    t, cid, ch, "mention" if ch == "social" else "post", self.w(lang, "praise")
                )
        elif k == "gripe":
            self.add(t, cid, "community", "post", self.w(lang, "gripe"))
        elif k == "question":
            ch = self.rng.choice(["chat", "email"])
            self.add(t, cid, ch, "chat" if ch == "chat" else "message", self.w(lang, "question"))
            self.add(
                m(self.rng.randint(2, 30)),
                cid,
                ch,
                "chat" if ch == "chat" else "message",
                AGENT_ANS(lang),
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(
                    m(self.rng.randint(31, 50)),
                    cid,
                    ch,
                    "chat" if ch == "chat" else "message",
                    self.w(lang, "thanks"),
                )
        elif k == "phoneq":
            self.add(t, cid, "phone", "call", self.w(lang, "phone_q"))
            self.add(
                m(self.rng.randint(10, 40)), cid, "email", "message", AGENT_ANS(lang), out=True
            )
        elif k == "buy":
            b = self.rng.choice(BOARDS)
            self.add(t, cid, "web", "page_view", attrs={"page": "/boards"})
            cur = "GBP" if self.cust[cid]["country"] == "UK" else "EUR"
            self.add(
                m(self.rng.randint(3, 15)),
                cid,
                "web",
                "purchase",
                attrs={
                    "order_value": f"{self.rng.randint(18, 45)}.00",
                    "currency": cur,
                    "product": b,
                    "page": "/checkout",
                },
            )
        elif k == "view":
            self.add(
                t,
                cid,
                "web",
                "page_view",
                attrs={"page": self.rng.choice(["/beaches", "/pass", "/boards"])},
            )
        else:
            self.add(
                t,
                cid,
                "survey",
                "survey_response",
                self.rng.choice(SURVEY_WORDS[lang]) or None,
                scores=self.rng.choice(
                    [
                        {"nps": self.rng.randint(9, 10)},
                        {"csat": self.rng.randint(4, 5)},
                        {"ces": self.rng.randint(6, 7)},
                    ]
                ),
                attrs={"survey": "nps"},
            )

    def day_t(self, day: float, h0: float = 8, h1: float = 19) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(h0, h1))

    def happy(
        self,
        cid: str,
        n: int,
        d0: int,
        d1: int,
        kinds: str = "praise question buy view phoneq gripe",
    ) -> None:
        days = self.rng.sample(range(d0, d1), min(n, d1 - d0))
        for d in days:
            self.happy_act(cid, self.day_t(d), kinds)

    # writing ---------------------------------------------------------------
    def write(self) -> dict[str, int]:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        first_in: set[str] = set()
        out = []
        for r in self.rows:
            c = self.cust[r["_cid"]]
            ids = c["identifiers"]
            full = {k: v for k, v in ids.items() if v}
            full["phone"] = c["_phone"]
            if r["direction"] == "outbound" or r["_cid"] not in first_in:
                ref = full
                if r["direction"] == "inbound":
                    first_in.add(r["_cid"])
            else:
                ch = r["channel"]
                key = {
                    "phone": "phone",
                    "social": "handle",
                    "community": "handle",
                    "email": "email",
                }.get(ch, "customer_id")
                if key == "handle" and not ids["handle"]:
                    key = "email"
                ref = {key: full[key]}
                if ids["account_id"]:
                    ref["account_id"] = ids["account_id"]
            rec = {
                "event_id": r["event_id"],
                "occurred_at": iso(r["occurred_at"]),
                "channel": r["channel"],
                "kind": r["kind"],
                "direction": r["direction"],
                "customer": ref,
                "text": r["text"],
                "subject": r["subject"],
                "scores": r["scores"],
                "source": r["source"],
                "attributes": r["attributes"],
            }
            out.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out) + "\n", "utf-8")
        last = self.rows[-1]["occurred_at"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 20, tzinfo=UTC)
        expected: dict[str, int] = {}
        for c in self.cust.values():
            c.pop("_phone", None)
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
                "about": self.about,
                "business": "Onduro (surfboard and wetsuit hire from beach lockers)",
                "days": self.days,
                "seed": SEED,
                "written": "blind",
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
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return expected


def AGENT_ANS(lang: str) -> str:
    return W[lang]["answer"][0]


def at(day: datetime, h: float) -> datetime:
    return day + timedelta(hours=h)


def mornings(t: datetime) -> datetime:
    """Move a time out of 22:00-07:00 UTC to the next morning."""
    if t.hour >= 22:
        return t.replace(hour=8, minute=t.minute) + timedelta(days=1)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def problem_msg(f: Fam, cid: str, t: datetime, ch: str, prob: str, long: bool = False) -> str:
    lang = f.cust[cid]["language"]
    body = f.w(lang, prob)
    if ch == "phone":
        return f.add(t, cid, "phone", "call", f.w(lang, "phone_problem"))
    if long:
        body = f.w(lang, "long_open") + "\n\n" + body + "\n\n" + f.w(lang, "long_close")
    kind = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "community": "post",
    }[ch]
    return f.add(t, cid, ch, kind, body, attrs={"page": "/help"} if ch == "web" else None)


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 2, 2, tzinfo=UTC),
        10,
        "happy day and night writers, survey-only",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy(c, f.rng.randint(5, 8), 0, 10)
    for _ in range(5):
        c = f.person("happy", "night writer")
        lang = f.cust[c]["language"]
        for d in f.rng.sample(range(0, 9), f.rng.randint(2, 4)):
            t = at(f.start + timedelta(days=d), f.rng.uniform(22.2, 23.9))
            if f.rng.random() < 0.5:
                f.add(t, c, "community", "post", f.w(lang, "night"))
            else:
                f.add(t, c, "chat", "chat", f.w(lang, "night_q"))
                f.add(t + timedelta(minutes=3), c, "chat", "chat", AGENT_ANS(lang), out=True)
                f.add(t + timedelta(minutes=6), c, "chat", "chat", f.w(lang, "thanks"))
        f.happy(c, 2, 0, 10, "praise buy view")
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        f.happy(c, f.rng.randint(3, 6), 0, 10, "survey")
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 3, 9, tzinfo=UTC),
        12,
        "happy customers with one bad day",
    )
    chans = ["long", "email", "chat", "social", "web", "phone"]
    idx = [i for i in range(24) if i // 4 != 3]
    f.rng.shuffle(idx)
    det, low, good = set(idx[:6]), set(idx[6:11]), set(idx[8:20])
    ncase = 0
    for i in range(24):
        chx = chans[i // 4]
        det_i = i in det and chx != "social"
        c = f.person(
            "bad_day_detractor" if det_i else "happy_one_bad_day",
            "one bad day",
            lang=("pt" if chx == "long" and i % 2 == 0 else "en" if chx == "long" else ""),
            exp=("detractor",) if det_i else (),
            tol=("silence",),
        )
        bd = f.rng.randint(2, 9)
        t = f.day_t(bd, 8, 20)
        f.happy(c, f.rng.randint(1, 5), 0, bd - 1, "praise question buy view")
        f.happy(c, f.rng.randint(0, 2), min(bd + 3, 11), 12, "praise buy view")
        prob = PROBLEMS[i % 4]
        ch = "email" if chx == "long" else chx
        eid = problem_msg(f, c, t, ch, prob, long=chx == "long")
        lang = f.cust[c]["language"]
        f.cust[c].update(
            problem=prob,
            channel=chx,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            long_email=chx == "long",
        )
        if ch == "social":
            f.cust[c]["booking"] = None
            continue
        case = f.case()
        f.cust[c]["booking"] = case
        ncase += 1
        f.add(
            t + timedelta(minutes=f.rng.randint(10, 40)),
            c,
            "chat" if ch == "chat" else "email",
            "chat" if ch == "chat" else "message",
            f.ag(lang, "opened", case=case),
            out=True,
        )
        if det_i:
            s = f.add(
                t + timedelta(minutes=f.rng.randint(100, 140)),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            f.cust[c].update(nps_given=True, survey_event_id=s)
        elif i in low:
            s = f.add(
                t + timedelta(minutes=f.rng.randint(40, 80)),
                c,
                "survey",
                "survey_response",
                None,
                scores={"csat": f.rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            f.cust[c].update(csat_given=True, survey_event_id=s)
        if i in good:
            g = mornings(t + timedelta(hours=f.rng.uniform(1, 4)))
            f.add(
                g,
                c,
                "email",
                "message",
                f.ag(lang, "good", case=case),
                out=True,
                subject=f"Re: {case}",
            )
            if len([k for k in f.cust.values() if k.get("apologised")]) < 5 and not det_i:
                a = mornings(t + timedelta(hours=f.rng.uniform(16, 24)))
                ae = f.add(a, c, "chat", "chat", f.w(lang, "apology"))
                f.cust[c].update(apologised=True, apology_at=iso(a), apology_event_id=ae)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy(c, f.rng.randint(4, 7), 0, 12)
    return f


def repeat_run(
    f: Fam, c: str, n: int, d: int, lead: bool, comp: str, bilingual: tuple[str, str] | None = None
) -> None:
    prob = f.rng.choice(PROBLEMS)
    chans = ["web", "email", "chat", "phone", "social"]
    f.rng.shuffle(chans)
    t = f.day_t(d, 8, 19)
    case = f.case()
    eids = []
    first_t = t
    for k in range(n):
        lang = bilingual[k % 2] if bilingual else f.cust[c]["language"]
        ch = chans[k]
        if k == 0:
            if ch == "social":
                ch = "email"
            eids.append(
                problem_msg(f, c, t, ch, prob)
                if ch != "phone"
                else f.add(t, c, "phone", "call", f.w(lang, "phone_problem"))
            )
            f.add(
                t + timedelta(minutes=f.rng.randint(10, 40)),
                c,
                "email",
                "message",
                f.ag(lang, "opened", case=case),
                out=True,
                subject=f"Re: {case}",
            )
            if lead:
                f.add(
                    t + timedelta(hours=f.rng.uniform(1.5, 2.5)),
                    c,
                    "email",
                    "message",
                    f.ag(lang, "lead", case=case),
                    out=True,
                    subject=f"Re: {case}",
                )
        else:
            t = mornings(t + timedelta(hours=f.rng.uniform(4, 40)))
            key = "fourth" if k == 3 else "third" if k == 2 else "still"
            text = f.w(lang, key, case=case, comp=comp)
            if ch == "phone":
                text = text.lower().replace(".", "").replace(",", "").replace(":", "")
            kind = {
                "email": "message",
                "chat": "chat",
                "social": "mention",
                "web": "ticket",
                "phone": "call",
            }[ch]
            eids.append(
                f.add(t, c, ch, kind, text, subject=f"Re: {case}" if ch == "email" else None)
            )
    f.cust[c].update(
        problem=prob,
        booking=case,
        contacts=n,
        channels=chans[:n],
        problem_event_ids=eids,
        trouble_starts_at=iso(first_t),
        agent_passed_on=lead,
        competitor=comp if n >= 3 else None,
    )


def fixed_run(f: Fam, c: str, d: int, langs: tuple[str, str], avoid: str = "") -> dict[str, Any]:
    prob = f.rng.choice([p for p in PROBLEMS if p != avoid])
    t = f.day_t(d, 8, 17)
    case = f.case()
    e = (
        problem_msg(f, c, t, "web", prob)
        if langs[0] == f.cust[c]["language"]
        else f.add(t, c, "web", "ticket", f.w(langs[0], prob), attrs={"page": "/help"})
    )
    f.add(
        t + timedelta(minutes=f.rng.randint(10, 40)),
        c,
        "email",
        "message",
        f.ag(langs[0], "opened", case=case),
        out=True,
        subject=f"Re: {case}",
    )
    g = mornings(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(
        g, c, "email", "message", f.ag(langs[1], "good", case=case), out=True, subject=f"Re: {case}"
    )
    cf = mornings(g + timedelta(hours=f.rng.uniform(8, 30)))
    ce = f.add(
        cf, c, "email", "message", f.w(langs[1], "confirm", case=case), subject=f"Re: {case}"
    )
    return {
        "problem": prob,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(cf),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": "email",
    }


REPEAT_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 4, 13, tzinfo=UTC),
        10,
        "repeat contacts, fixed, two problems, frequent writers",
    )
    for i in range(12):
        c = f.person("repeat_contact", "repeats", exp=("repeat_contact",), tol=REPEAT_TOL)
        f.happy(c, f.rng.randint(1, 3), 0, 1, "praise buy view")
        repeat_run(f, c, [2, 3, 4][i % 3], f.rng.randint(1, 4), i < 6, COMPS[i % 2])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tol=("silence",))
        f.happy(c, 2, 0, 2, "praise buy view")
        fx = fixed_run(f, c, f.rng.randint(2, 5), (f.cust[c]["language"], f.cust[c]["language"]))
        f.cust[c].update(problems=[fx], trouble_starts_at=fx["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tol=("silence",))
        lang = f.cust[c]["language"]
        one = fixed_run(f, c, 1, (lang, lang))
        two = fixed_run(f, c, 6, (lang, lang), avoid=one["problem"])
        f.cust[c].update(problems=[one, two], trouble_starts_at=one["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy(c, f.rng.randint(5, 8), 0, 10, "question question phoneq buy")
    return f


def slide(f: Fam, c: str, d0: int, span: int, langs: tuple[str, ...], comp: str, nps: bool) -> None:
    t = f.day_t(d0, 9, 18)
    eids = []
    for k in range(6):
        lang = langs[k % len(langs)]
        text = W[lang]["slide"][k].format(comp=comp)
        ch = f.rng.choice(["social", "community", "web"])
        if ch == "web":
            eids.append(
                f.add(
                    t,
                    c,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            eids.append(f.add(t, c, ch, "mention" if ch == "social" else "post", text))
        if k == 3 and nps:
            s = f.add(
                mornings(t + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            f.cust[c].update(nps_given=True, survey_event_id=s)
        t = mornings(t + timedelta(hours=max(1.0, span * 24 / 6 * f.rng.uniform(0.7, 1.2))))
    f.cust[c].update(
        slide_event_ids=eids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=f.rows[[r["event_id"] for r in f.rows].index(eids[0])][
            "occurred_at"
        ].strftime("%Y-%m-%dT%H:%M:%SZ"),
    )


SLIDE_TOL = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 5, 18, tzinfo=UTC),
        32,
        "sliders, leavers, steady, grumpy, sarcastic",
    )
    for i in range(10):
        nps = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            exp=("sentiment_drop", "detractor") if nps else ("sentiment_drop",),
            tol=SLIDE_TOL,
        )
        f.happy(c, f.rng.randint(4, 5), 0, 11, "praise")
        f.happy(c, f.rng.randint(2, 4), 0, 11, "buy view question")
        slide(
            f,
            c,
            f.rng.randint(12, 16),
            [3, 5, 9][i % 3],
            (f.cust[c]["language"],),
            COMPS[i % 2],
            nps,
        )
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            exp=("churn_intent",),
            tol=("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        lang = f.cust[c]["language"]
        f.happy(c, f.rng.randint(4, 6), 0, 16)
        t = f.day_t(f.rng.randint(17, 23), 8, 18)
        e = f.add(t, c, "email", "message", f.w(lang, "cancel"), subject="Onduro Pass")
        f.add(
            mornings(t + timedelta(hours=f.rng.uniform(1, 5))),
            c,
            "email",
            "message",
            f.ag(lang, "bye"),
            out=True,
            subject="Re: Onduro Pass",
        )
        ct = mornings(t + timedelta(hours=f.rng.uniform(20, 30)))
        x = f.add(
            ct,
            c,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Onduro Pass"},
        )
        f.cust[c].update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=iso(ct),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy(c, f.rng.randint(6, 10), 0, 32)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tol=("repeat_contact", "silence"))
        lang = f.cust[c]["language"]
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            ids.append(
                f.add(
                    f.day_t(d),
                    c,
                    ch,
                    {"social": "mention", "community": "post", "web": "ticket"}[ch],
                    f.w(lang, "grumble"),
                    attrs={"page": "/help"} if ch == "web" else None,
                )
            )
            d += f.rng.randint(1, 3)
        f.cust[c].update(
            grumble_event_ids=ids, trouble_starts_at=iso(f.rows[-len(ids)]["occurred_at"])
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tol=("silence",))
        f.happy(c, f.rng.randint(3, 6), 0, 16)
        t = f.day_t(f.rng.randint(17, 28))
        f.cust[c].update(
            sarcasm_event_id=f.add(
                t, c, "social", "mention", f.w(f.cust[c]["language"], "sarcasm")
            ),
            trouble_starts_at=iso(t),
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 7, 24, tzinfo=UTC),
        3,
        "a calm weekend with night owls in bursts",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy_act(c, f.day_t(d, 7, 17.5), "praise question buy view")
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tol=("silence",))
        lang = f.cust[c]["language"]
        t = f.day_t(f.rng.randint(0, 2), 8, 17)
        f.add(t, c, "web", "page_view", attrs={"page": "/beaches"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        ch = "chat" if i < 2 else "web"
        e = f.add(
            t2,
            c,
            ch,
            "chat" if ch == "chat" else "ticket",
            f.w(lang, "mild"),
            attrs=None if ch == "chat" else {"page": "/help"},
        )
        f.add(
            t2 + timedelta(minutes=5),
            c,
            ch if ch == "chat" else "email",
            "chat" if ch == "chat" else "message",
            AGENT_ANS(lang),
            out=True,
        )
        f.cust[c].update(grumble_event_id=e, trouble_starts_at=iso(t2))
    n = 0
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, hours=0, minutes=f.rng.randint(40, 65))
        for b, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            for _ in range(4):
                n += 1
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                lang = f.cust[c]["language"]
                t = b0 + timedelta(minutes=off + f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(t, c, "community", "post", f.w(lang, "night"))
                else:
                    e = f.add(t, c, "chat", "chat", f.w(lang, "night_q"))
                    f.add(t + timedelta(minutes=3), c, "chat", "chat", AGENT_ANS(lang), out=True)
                    f.add(t + timedelta(minutes=6), c, "chat", "chat", f.w(lang, "thanks"))
                f.cust[c].update(burst_at=iso(b0 + timedelta(minutes=off)), night_event_id=e)
                if n % 2 == 0:
                    f.happy_act(c, f.day_t(min(night + 1, 2), 9, 17.5), "praise buy view")
    return f


PAIRS = [
    ("pt", "en"),
    ("en", "pt"),
    ("pt", "es"),
    ("en", "fr"),
    ("pt", "fr"),
    ("en", "de"),
    ("es", "pt"),
    ("de", "en"),
    ("it", "en"),
    ("fr", "pt"),
    ("en", "it"),
    ("pt", "de"),
]
PAIR_MARKET = {"pt": "PT", "en": "UK", "de": "DE", "es": "ES", "fr": "FR", "it": "IT"}


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 8, 24, tzinfo=UTC),
        14,
        "customers who alternate two languages",
    )

    def bp(
        i: int, persona: str, habit: str, exp: tuple[str, ...] = (), tol: tuple[str, ...] = ()
    ) -> tuple[str, tuple[str, str]]:
        pair = PAIRS[i % len(PAIRS)]
        c = f.person(
            persona,
            habit,
            lang=pair[0],
            exp=exp,
            tol=tol,
            languages=list(pair),
            job_second_language=f.rng.choice(
                ["works abroad", "partner's language", "studied abroad"]
            ),
        )
        return c, pair

    def alt(c: str, pair: tuple[str, str], n: int, d0: int, d1: int, kinds: str) -> None:
        for k, d in enumerate(sorted(f.rng.sample(range(d0, d1), n))):
            f.cust[c]["language"] = pair[k % 2]
            f.happy_act(c, f.day_t(d), kinds)
        f.cust[c]["language"] = pair[0]

    for i in range(12):
        c, p = bp(i, "happy", "alternates languages")
        alt(c, p, f.rng.randint(5, 8), 0, 14, "praise question buy")
    for i in range(5):
        c, p = bp(i + 3, "repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL)
        alt(c, p, 2, 0, 2, "praise buy")
        repeat_run(f, c, [2, 2, 3, 3, 4][i], f.rng.randint(2, 5), i >= 2, COMPS[i % 2], p)
    for i in range(5):
        c, p = bp(i + 6, "slow_churner", "slides", ("sentiment_drop",), SLIDE_TOL)
        for k, d in enumerate(range(0, 5)):
            f.add(f.day_t(d), c, "community", "post", f.w(p[k % 2], "praise"))
        alt(c, p, 2, 0, 6, "buy view")
        slide(f, c, f.rng.randint(7, 8), f.rng.choice([3, 5]), p, COMPS[i % 2], False)
    for i in range(3):
        c, p = bp(i + 1, "happy_one_bad_day", "one bad day", (), ("silence",))
        alt(c, p, 3, 0, 4, "praise buy")
        t = f.day_t(f.rng.randint(6, 9))
        ch = ["email", "email", "chat"][i]
        e = f.add(
            t,
            c,
            ch,
            "message" if ch == "email" else "chat",
            (f.w(p[1], "long_open") + "\n\n" if i == 0 else "")
            + f.w(p[1], PROBLEMS[i])
            + ("\n\n" + f.w(p[1], "long_close") if i == 0 else ""),
        )
        case = f.case()
        f.add(
            t + timedelta(minutes=20),
            c,
            ch,
            "message" if ch == "email" else "chat",
            f.ag(p[1], "opened", case=case),
            out=True,
        )
        f.cust[c].update(
            bad_day_at=iso(t),
            bad_day_event_id=e,
            bad_day_language=p[1],
            booking=case,
            problem=PROBLEMS[i],
            trouble_starts_at=iso(t),
        )
        if i < 2:
            f.add(
                mornings(t + timedelta(hours=2)),
                c,
                "email",
                "message",
                f.ag(p[1], "good", case=case),
                out=True,
            )
    for i in range(2):
        c, p = bp(i + 9, "resolved_between_contacts", "fixed", (), ("silence",))
        alt(c, p, 2, 0, 3, "praise buy")
        fx = fixed_run(f, c, f.rng.randint(4, 8), p)
        f.cust[c].update(problems=[fx], trouble_starts_at=fx["raised_at"], confirm_language=p[1])
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "surf camps, hotels and schools on account",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    sites = ["surf camp", "hotel", "school", "university", "youth club"]
    monday = f.start
    for a, kind in enumerate(kinds):
        lang = f.rng.choices(LANGS, WEIGHTS)[0]
        market = PAIR_MARKET[lang]
        acc = f.uniq(lambda: f"ONE-{market}-{f.rng.randint(1000, 9999)}")  # noqa: B023
        n = f.rng.randint(4, 6) if kind == "at_risk" else 3
        nun = [3, 4][a % 2] if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        keys = []
        unhappy = []
        company = f"{f.rng.choice(['Praia', 'Maré', 'Atlantic', 'Swell', 'Ola', 'Vague'])} {f.rng.choice(['Surf Camp', 'Hotel', 'Escola', 'Academy'])} {a + 1}"
        case = f.case()
        t = at(monday + timedelta(days=2), f.rng.uniform(8, 11))
        first_name = ""
        for k in range(n):
            if kind == "at_risk" and k < nun:
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lang,
                    account=acc,
                    exp=("repeat_contact",) if k == nun - 1 else (),
                    tol=(
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ),
                    market=market,
                    company=company,
                    role="complainer",
                    job_title="Operations",
                )
            elif kind == "one_unhappy" and k == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lang,
                    account=acc,
                    tol=("sentiment_drop", "high_value_at_risk", "silence"),
                    market=market,
                    company=company,
                    role="complainer",
                    job_title="Bookings",
                )
            elif kind == "mild" and k < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang=lang,
                    account=acc,
                    tol=("silence",),
                    market=market,
                    company=company,
                    role="suggests",
                    job_title="Instructor",
                )
            else:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    lang=lang,
                    account=acc,
                    market=market,
                    company=company,
                    role="contact",
                    job_title="Coordinator",
                )
            keys.append(c)
            role = f.cust[c]["role"]
            if role == "contact":
                for _ in range(f.rng.randint(2, 4)):
                    d = f.rng.choice([0, 1, 2, 3, 4, 7, 8, 9])
                    f.happy_act(
                        c,
                        at(monday + timedelta(days=d), f.rng.uniform(8, 16.5)),
                        "question buy view",
                    )
                continue
            f.happy_act(
                c,
                at(monday + timedelta(days=f.rng.randint(0, 1)), f.rng.uniform(8, 16)),
                "question buy view",
            )
            if role == "suggests":
                e = f.add(
                    at(monday + timedelta(days=f.rng.choice([3, 4, 7, 8])), f.rng.uniform(8, 16)),
                    c,
                    "web",
                    "ticket",
                    f.w(lang, "b2b_mild"),
                    attrs={"page": "/portal/help"},
                )
                f.cust[c]["mild_event_id"] = e
                continue
            unhappy.append(c)
            if kind == "one_unhappy":
                ct = at(monday + timedelta(days=f.rng.choice([3, 4, 7, 8])), f.rng.uniform(8, 16))
                e = f.add(
                    ct,
                    c,
                    "email",
                    "message",
                    f.w(lang, "b2b_problem", month="agosto" if lang == "pt" else "August"),
                    subject="Invoice",
                )
                cs = f.case()
                f.add(
                    ct + timedelta(minutes=30),
                    c,
                    "email",
                    "message",
                    f.ag(lang, "opened", case=cs),
                    out=True,
                    subject=f"Re: {cs}",
                )
                s = f.add(
                    ct + timedelta(hours=2),
                    c,
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                f.cust[c].update(
                    expected_rules=["detractor"],
                    complaint_event_ids=[e],
                    survey_event_id=s,
                    nps_given=True,
                    booking=cs,
                    trouble_starts_at=iso(ct),
                )
                continue
            text = (
                f.w(lang, "b2b_problem", month="agosto" if lang == "pt" else "August")
                if k == 0
                else f.w(lang, "b2b_still", case=case, first=first_name)
            )
            e = f.add(t, c, "email", "message", text, subject=f"Re: {case}" if k else "Invoice")
            ids = [e]
            if k == 0:
                first_name = f.cust[c]["name"].split()[0]
                f.add(
                    t + timedelta(minutes=30),
                    c,
                    "email",
                    "message",
                    f.ag(lang, "opened", case=case),
                    out=True,
                    subject=f"Re: {case}",
                )
            exp = set(f.cust[c]["expected_rules"])
            if k < nun - 1:
                s = f.add(
                    t + timedelta(hours=f.rng.uniform(1, 3)),
                    c,
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                exp.add("detractor")
                f.cust[c].update(survey_event_id=s, nps_given=True)
            else:
                t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                if t2.weekday() >= 5:
                    t2 += timedelta(days=7 - t2.weekday())
                t2 = t2.replace(hour=min(max(t2.hour, 8), 16))
                ids.append(f.add(t2, c, "phone", "call", f.w(lang, "b2b_last", case=case)))
            f.cust[c].update(
                expected_rules=sorted(exp),
                complaint_event_ids=ids,
                booking=case,
                trouble_starts_at=iso(t),
            )
            t = t + timedelta(hours=f.rng.uniform(8, 28))
            if t.weekday() >= 5:
                t += timedelta(days=7 - t.weekday())
            t = t.replace(hour=min(max(t.hour, 8), 16))
        f.accounts[acc] = {
            "company": company,
            "site": f.rng.choice(sites),
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": "invoice" if kind == "at_risk" else None,
            "trouble_starts_at": f.cust[unhappy[0]]["trouble_starts_at"]
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
        8,
        datetime(2026, 9, 14, tzinfo=UTC),
        7,
        "a calm week, then lockers refusing app codes",
    )
    sat = datetime(2026, 9, 19, 8, 5, tzinfo=UTC)
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy_act(
                c, f.day_t(d, 8, 19) if d < 5 else f.day_t(d, 12, 19), "praise question buy view"
            )
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tol=("silence",))
        t = f.day_t(0, 9, 17)
        e = f.add(t, c, "chat", "chat", f.w(f.cust[c]["language"], "mild"))
        f.add(
            t + timedelta(minutes=4), c, "chat", "chat", AGENT_ANS(f.cust[c]["language"]), out=True
        )
        f.cust[c].update(grumble_event_id=e, trouble_starts_at=iso(t))
    for h in (9.6, 16.1):
        c = f.person("grumbles_once", "lone question", tol=("silence",))
        lang = f.cust[c]["language"]
        t = at(f.start + timedelta(days=4), h)
        e = f.add(t, c, "chat", "chat", f.w(lang, "lone"))
        f.add(t + timedelta(minutes=4), c, "chat", "chat", f.ag(lang, "lone"), out=True)
        f.cust[c].update(lone_report_event_id=e, trouble_starts_at=iso(t))
    langs = ["pt"] * 6 + ["en"] * 6 + ["de", "de", "es", "es", "fr", "fr", "it", "it"]
    f.rng.shuffle(langs)
    offs = sorted([0, 45] + [f.rng.uniform(1, 44) for _ in range(18)])
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    keys, eids, reps = [], [], []
    early = [i for i, o in enumerate(offs) if o <= 25]
    rep_idx = set(f.rng.sample(early, 6))
    rest = [i for i in range(20) if i not in rep_idx]
    fixed_idx = set(f.rng.sample(rest, 6))
    for i, off in enumerate(offs):
        regular = i % 5 < 3
        rep = i in rep_idx
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            exp=("repeat_contact",) if rep else (),
            tol=("silence", "sentiment_drop") if rep else ("silence",),
        )
        lang = langs[i]
        if regular:
            for _ in range(f.rng.randint(1, 3)):
                f.happy_act(c, f.day_t(f.rng.randint(2, 4), 8, 17.5), "praise question buy view")
        t = sat + timedelta(minutes=off)
        ch = chans[i]
        e = f.add(
            t,
            c,
            ch,
            {
                "social": "mention",
                "chat": "chat",
                "community": "post",
                "email": "message",
                "web": "ticket",
            }[ch],
            f.w(lang, "spike", code=CODE),
            attrs={"page": "/help"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(t + timedelta(minutes=2), c, "chat", "chat", f.ag(lang, "spike_chat"), out=True)
        keys.append(c)
        eids.append(e)
        f.cust[c].update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        if rep:
            ch2 = f.rng.choice([x for x in ("email", "chat", "community") if x != ch])
            r = f.add(
                t + timedelta(minutes=f.rng.uniform(15, 50)),
                c,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.w(lang, "spike_again", code=CODE),
            )
            reps.append(r)
            f.cust[c]["repeat_event_id"] = r
        if i in fixed_idx:
            f.add(
                at(sat.replace(hour=0, minute=0), f.rng.uniform(11.1, 11.3)),
                c,
                "email",
                "message",
                f.ag(lang, "works"),
                out=True,
            )
            f.cust[c]["agent_fixed"] = True
    f.spike = {
        "topic": f"beach lockers refuse the app's unlock code, no board or wetsuit can be collected, error {CODE}",
        "about": "locker unlock failure",
        "channel": None,
        "start": iso(sat),
        "end": iso(sat + timedelta(minutes=45)),
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
    for make in FAMILIES:
        fam = make()
        print(fam.name, len(fam.cust), len(fam.rows), fam.write())


if __name__ == "__main__":
    main()
