# ruff: noqa: E501
"""Writes the heldout313 families (Partivo, sheet-music hire). Standard library only."""

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

SEED = 20260313
AGENTS = ("Maddie", "Rui", "Sofia", "Kai", "Lotte")
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_B2B = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]
SEQ = {"cust": 0, "case": 0}
H = timedelta(hours=1)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    idx: int
    start: datetime
    days: int
    about: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.idx)
        self.rough = random.Random(SEED * 100 + 50 + self.idx)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, weights=W.WEIGHTS)[0]

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
    ) -> Cust:
        SEQ["cust"] += 1
        n = SEQ["cust"]
        if market is None:
            ms = W.MARKETS[lang]
            market = self.rng.choices([m for m, _ in ms], weights=[w for _, w in ms])[0]
        first = W.FIRST[lang][n % len(W.FIRST[lang])]
        last = W.LAST[lang][(n * 7) % len(W.LAST[lang])]
        plain = strip(first + "." + last).lower().replace(" ", "")
        key = f"PV{self.code}{1000 + n}"
        if account:
            email = f"{plain}{n}@{account.lower()}.example"
            handle = None
        else:
            email = (
                f"{plain}{n}@{self.rng.choice(('mailbox', 'correio', 'posteo', 'inbox'))}.example"
            )
            handle = f"@{plain.replace('.', '_')}{n}"
        cc, pre, length = W.PHONE[market]
        digits = pre + str(4000000 + n * 37).rjust(length - len(pre), "0")
        phone = cc + digits
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": expected or [],
            "tolerated_rules": tolerated or [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "town": self.rng.choice(W.TOWNS[market]),
        }
        c = Cust(key, lang, market, first, f"{first} {last}", email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.n += 1
        eid = f"pv313-{self.code.lower()}-{self.n:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = roughen(text, self.rough)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = AGENTS[self.n % len(AGENTS)]
        a.update(attrs or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "c": c,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": "partivo-" + channel,
                "attributes": a,
            }
        )
        return eid

    def fill(self, s: str, c: Cust, **kw: str) -> str:
        return s.format(
            brand=W.BRAND,
            plan=W.PLAN,
            arm=W.ARM,
            name=c.first,
            agent=AGENTS[self.n % len(AGENTS)],
            **kw,
        )

    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        lines = []
        for r in self.rows:
            c: Cust = r["c"]
            if r["occurred_at"].year != 2026 or r["occurred_at"] >= datetime(
                2026, 11, 15, tzinfo=UTC
            ):
                raise SystemExit(f"date out of range {r['event_id']}")
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            ch = r["channel"]
            if r["direction"] == "outbound" or (c.key not in seen):
                cust = full
            elif ch == "phone":
                cust = {"phone": c.phone}
            elif ch == "email":
                cust = {"email": c.email}
            elif ch in ("social", "community"):
                cust = {"handle": c.handle} if c.handle else {"email": c.email}
            else:
                cust = {"customer_id": c.key}
            if c.account:
                cust["account_id"] = c.account
            if r["direction"] == "inbound":
                seen.add(c.key)
            sc = {"nps": None, "csat": None, "ces": None} | r["scores"]
            line = {
                "event_id": r["event_id"],
                "occurred_at": iso(r["occurred_at"]),
                "channel": ch,
                "kind": r["kind"],
                "direction": r["direction"],
                "customer": {k: cust.get(k) for k in full},
                "text": r["text"],
                "subject": r["subject"],
                "scores": sc,
                "source": r["source"],
                "attributes": r["attributes"],
            }
            lines.append(json.dumps(line, ensure_ascii=False))
        got: dict[str, int] = {}
        for c in self.custs.values():
            if c.key not in seen:
                raise SystemExit(f"no inbound for {c.key}")
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"expected and tolerated {c.key}")
            for rule in c.truth["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        if got != expected:
            raise SystemExit(f"{self.name}: expected {expected}, got {got}")
        last = self.rows[-1]["occurred_at"]
        end = max(self.start + timedelta(days=self.days), last + H)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Partivo: sheet-music hire by post and a digital score app",
                "days": self.days,
                "seed": SEED * 100 + self.idx,
                "written": "2026-12-08",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def strip(s: str) -> str:
    s = (
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", s)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )


def roughen(text: str, r: random.Random) -> str:
    if r.random() < 0.10:
        text = unicodedata.normalize("NFC", strip(text))
    if r.random() < 0.125 and text[:1].isupper() and not text.startswith(W.BRAND):
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) > 4]
        if idx:
            i = idx[r.randrange(len(idx))]
            w = words[i]
            j = r.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def new_case() -> str:
    SEQ["case"] += 1
    return f"PV-{417000 + SEQ['case'] * 13}"


def amount(c: Cust, eur: float) -> str:
    if c.market == "UK":
        return f"£{round(eur * 0.86)}"
    if c.market == "CH":
        return f"CHF {round(eur * 0.94)}"
    return f"{eur:.0f} €" if c.lang != "en" else f"€{eur:.0f}"


def day_hour(f: Fam, day: float, lo: float = 7.0, hi: float = 19.0) -> datetime:
    return f.at(day, f.rng.uniform(lo, hi))


def morning(t: datetime) -> datetime:
    """Moves a time between 22:00 and 07:00 UTC to 08:00-09:00."""
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute % 60)
    return t


def happy_act(f: Fam, c: Cust, t: datetime, surveys: bool = True) -> None:
    lang = c.lang
    kinds = ["praise", "again", "gripe", "chat", "email", "phone", "buy", "review", "view"] + (
        ["survey"] if surveys else []
    )
    k = f.rng.choice(kinds)
    if k == "praise":
        text = f.fill(f.pick(W.T["praise"], lang), c)
        if f.rng.random() < 0.5:
            f.add(
                c,
                t,
                "social",
                "mention",
                "@" + text if W.BRAND not in text else text.replace(W.BRAND, "@" + W.BRAND, 1),
            )
        else:
            f.add(c, t, "community", "post", text)
    elif k == "again":
        f.add(c, t, "community", "post", f.fill(f.pick(W.T["again"], lang), c))
    elif k == "gripe":
        f.add(
            c,
            t,
            "web",
            "review",
            f.fill(f.pick(W.T["gripe_praise"], lang), c),
            attrs={"rating": "4", "page": "/reviews"},
        )
    elif k == "chat":
        f.add(c, t, "chat", "chat", f.pick(W.T["chat_q"], lang))
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(1, 6)),
            "chat",
            "chat",
            f.pick(W.T["chat_a"], lang),
            out=True,
        )
        if f.rng.random() < 0.6:
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(7, 9)),
                "chat",
                "chat",
                f.pick(W.T["thanks"], lang),
            )
    elif k == "email":
        f.add(
            c,
            t,
            "email",
            "message",
            f.fill(f.pick(W.T["email_q"], lang), c),
            subject=f.pick(W.T["subj_q"], lang),
        )
        f.add(
            c,
            morning(t + timedelta(hours=f.rng.uniform(1, 4))),
            "email",
            "message",
            f.fill(f.pick(W.T["email_a"], lang), c),
            subject="Re: " + f.pick(W.T["subj_q"], lang),
            out=True,
        )
    elif k == "phone":
        f.add(c, t, "phone", "call", f.pick(W.T["phone_q"], lang))
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(10, 30)),
            "email",
            "message",
            f.fill(f.pick(W.T["phone_f"], lang), c),
            out=True,
        )
    elif k == "buy":
        prod, price = f.rng.choice(W.PRODUCTS)
        page = f.rng.choice(W.PAGES)
        f.add(c, t, "web", "page_view", attrs={"page": page})
        cur, rate = W.CURRENCY.get(c.market, ("EUR", 1.0))
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(3, 12)),
            "web",
            "purchase",
            attrs={
                "order_value": f"{float(price) * rate:.2f}",
                "currency": cur,
                "product": prod,
                "page": page,
            },
        )
    elif k == "review":
        f.add(
            c,
            t,
            "web",
            "review",
            f.pick(W.T["review"], lang),
            attrs={"rating": "5", "page": "/reviews"},
        )
    elif k == "view":
        f.add(c, t, "web", "page_view", attrs={"page": f.rng.choice(W.PAGES)})
    else:
        survey(f, c, t)


def survey(f: Fam, c: Cust, t: datetime) -> None:
    which = f.rng.choice(("nps", "csat", "ces"))
    val = {"nps": f.rng.randint(9, 10), "csat": f.rng.randint(4, 5), "ces": f.rng.randint(6, 7)}[
        which
    ]
    word = f.pick(W.T["survey_word"], c.lang) or None
    f.add(c, t, "survey", "survey_response", word, scores={which: val}, attrs={"survey": which})


def happy(
    f: Fam, c: Cust, days: list[int], lo: float = 7.0, hi: float = 19.0, surveys: bool = True
) -> None:
    for d in days:
        happy_act(f, c, day_hour(f, d, lo, hi), surveys)


def some_days(f: Fam, lo: int, hi: int, n: int, avoid: set[int] | None = None) -> list[int]:
    pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
    return sorted(f.rng.sample(pool, min(n, len(pool))))


def complaint(f: Fam, c: Cust, p: str, lang: str | None = None) -> str:
    lang = lang or c.lang
    prod, price = f.rng.choice(W.PRODUCTS)
    return f.pick(W.COMPLAINT[p], lang).format(prod=prod, amt=amount(c, float(price)))


def raise_problem(
    f: Fam,
    c: Cust,
    t: datetime,
    ch: str,
    p: str,
    case: str,
    lang: str | None = None,
    long: bool = False,
) -> tuple[str, str | None]:
    """The first complaint and the agent's answer; returns (event id, answer id)."""
    lang = lang or c.lang
    topic = W.TOPIC[lang][p]
    ans: str | None = None
    if ch == "email":
        text = complaint(f, c, p, lang)
        if long:
            text = f.pick(W.LONG, lang).format(complaint=text, name=c.name)
        eid = f.add(
            c, t, "email", "message", text, subject=W.SUBJ["complaint"][lang].format(topic=topic)
        )
    elif ch == "chat":
        eid = f.add(c, t, "chat", "chat", complaint(f, c, p, lang))
        ans = f.add(
            c,
            t + timedelta(minutes=f.rng.randint(1, 5)),
            "chat",
            "chat",
            W.AGENT["chat_case"][lang].format(case=case),
            out=True,
        )
        return eid, ans
    elif ch == "social":
        text = complaint(f, c, p, lang)
        return f.add(c, t, "social", "mention", f"@{W.BRAND} " + text), None
    elif ch == "web":
        eid = f.add(
            c,
            t,
            "web",
            "ticket",
            complaint(f, c, p, lang),
            subject=topic,
            attrs={"page": "/help/contact"},
        )
    else:
        _prod, price = f.rng.choice(W.PRODUCTS)
        eid = f.add(c, t, "phone", "call", W.CALL[p][lang].format(amt=amount(c, float(price))))
    ans = f.add(
        c,
        morning(t + timedelta(minutes=f.rng.randint(10, 40))),
        "email",
        "message",
        f.fill(W.AGENT["case_opened"][lang], c, case=case),
        subject=W.SUBJ["re"][lang].format(case=case),
        out=True,
    )
    return eid, ans


# ---------------------------------------------------------------- families --


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 1, 12, tzinfo=UTC),
        10,
        "happy day writers, night writers and survey answerers",
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        happy(f, c, some_days(f, 0, 9, f.rng.randint(5, 8)))
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer")
        for d in some_days(f, 0, 8, f.rng.randint(2, 4)):
            t = f.at(d, f.rng.uniform(22.2, 28.5))
            if f.rng.random() < 0.5:
                f.add(c, t, "community", "post", f.fill(f.pick(W.T["night_post"], c.lang), c))
            else:
                f.add(c, t, "chat", "chat", f.pick(W.T["night_q"], c.lang))
                f.add(
                    c, t + timedelta(minutes=3), "chat", "chat", W.T["night_a"][c.lang][0], out=True
                )
                f.add(c, t + timedelta(minutes=5), "chat", "chat", f.pick(W.T["thanks"], c.lang))
        happy(f, c, some_days(f, 0, 9, f.rng.randint(2, 3)), 9, 18, surveys=False)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys")
        for d in some_days(f, 0, 9, f.rng.randint(3, 6)):
            survey(f, c, day_hour(f, d))
    f.write({})
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 2, 9, tzinfo=UTC),
        12,
        "happy customers with one bad day",
    )
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    probs = list(W.PROBLEMS) * 4
    f.rng.shuffle(probs)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    order = with_case[:]
    f.rng.shuffle(order)
    nps_set, csat_set = set(order[:6]), set(order[6:11])
    good = set(f.rng.sample(with_case, 12))
    apol = set(f.rng.sample(sorted(good), 5))
    for i, ch in enumerate(chans):
        lang = f.lang()
        if ch == "long" and lang not in ("en", "pt"):
            lang = ("en", "pt")[i % 2]
        exp = ["detractor"] if i in nps_set else []
        c = f.person(
            lang,
            "bad_day_detractor" if exp else "happy_one_bad_day",
            "one bad day",
            exp,
            ["silence"],
        )
        bd = f.rng.randint(2, 9)
        t = day_hour(f, bd, 8, 20)
        happy(
            f,
            c,
            some_days(f, 0, 11, f.rng.randint(1, 5), set(range(bd - 1, bd + 3))),
            surveys=False,
        )
        case = new_case() if ch != "social" else None
        eid, _ = raise_problem(
            f, c, t, "email" if ch == "long" else ch, probs[i], case or "", long=ch == "long"
        )
        c.truth.update(
            {
                "problem": probs[i],
                "channel": ch,
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "long_email": ch == "long",
            }
        )
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
            c.truth.update({"nps_given": True, "survey_event_id": s})
        if i in csat_set:
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                f.rng.choice([None, "bad"]),
                scores={"csat": f.rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "survey_event_id": s})
        if i in good:
            f.add(
                c,
                morning(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                "message",
                f.fill(W.AGENT["good_news"][lang], c, case=case or ""),
                subject=W.SUBJ["re"][lang].format(case=case),
                out=True,
            )
            c.truth["agent_fixed"] = True
        if i in apol:
            ta = morning(t + timedelta(hours=f.rng.uniform(16, 24)))
            a = f.add(
                c, ta, f.rng.choice(("chat", "email")), "message", f.pick(W.FOLLOW["apology"], lang)
            )
            if f.rows[-1]["channel"] == "chat":
                f.rows[-1]["kind"] = "chat"
            c.truth.update({"apologised": True, "apology_event_id": a, "apology_at": iso(ta)})
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control")
        happy(f, c, some_days(f, 0, 11, f.rng.randint(4, 7)))
    f.write({"detractor": 6})
    return f


def repeat_run(
    f: Fam, c: Cust, t0: datetime, first_ch: str, n: int, escalate: bool, langs: list[str]
) -> None:
    p = f.rng.choice(W.PROBLEMS)
    case = new_case()
    ids = []
    eid, _ = raise_problem(f, c, t0, first_ch, p, case, langs[0])
    ids.append(eid)
    if escalate:
        f.add(
            c,
            t0 + timedelta(hours=f.rng.uniform(1.5, 2.5)),
            "email",
            "message",
            f.fill(W.AGENT["quality_lead"][langs[0]], c, case=case),
            subject=W.SUBJ["re"][langs[0]].format(case=case),
            out=True,
        )
    comp = f.rng.choice(W.COMPETITORS)
    chans = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_ch]
    f.rng.shuffle(chans)
    t = t0
    for k in range(1, n):
        lang = langs[k % len(langs)]
        t = morning(t + timedelta(hours=f.rng.uniform(4, 40)))
        ch = chans[k - 1]
        table = "fourth" if k == 3 else "third" if k == 2 else "still_open"
        text = f.pick(W.FOLLOW[table], lang).format(case=case, comp=comp)
        if ch == "phone":
            ids.append(f.add(c, t, "phone", "call", W.CALL_REPEAT[lang].format(case=case)))
        elif ch == "social":
            ids.append(f.add(c, t, "social", "mention", f"@{W.BRAND} " + text))
        elif ch == "email":
            ids.append(
                f.add(c, t, "email", "message", text, subject=W.SUBJ["re"][lang].format(case=case))
            )
        elif ch == "web":
            ids.append(
                f.add(c, t, "web", "ticket", text, subject=case, attrs={"page": "/help/contact"})
            )
        else:
            ids.append(f.add(c, t, "chat", "chat", text))
            f.add(
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                W.AGENT["urgent"][lang].format(case=case),
                out=True,
            )
    c.truth.update(
        {
            "problem": p,
            "booking": case,
            "contacts": n,
            "problem_event_ids": ids,
            "agent_passed_on": escalate,
            "competitor": comp if n >= 3 else None,
            "trouble_starts_at": iso(t0),
            "channel": first_ch,
        }
    )


def fixed_run(f: Fam, c: Cust, t0: datetime, ch: str, lang_a: str, lang_b: str) -> dict[str, Any]:
    p = f.rng.choice(W.PROBLEMS)
    case = new_case()
    eid, _ = raise_problem(f, c, t0, ch, p, case, lang_a)
    tf = morning(t0 + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(
        c,
        tf,
        "email",
        "message",
        f.fill(W.AGENT["good_news"][lang_b], c, case=case),
        subject=W.SUBJ["re"][lang_b].format(case=case),
        out=True,
    )
    tc = morning(tf + timedelta(hours=f.rng.uniform(8, 30)))
    cch = f.rng.choice(("email", "chat"))
    cid = f.add(
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        f.pick(W.FOLLOW["confirm"], lang_b).format(case=case),
        subject=W.SUBJ["re"][lang_b].format(case=case) if cch == "email" else None,
    )
    return {
        "problem": p,
        "booking": case,
        "raised_at": iso(t0),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "repeat contacts, fixed problems, two problems, frequent writers",
    )
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    for i, n in enumerate(counts):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], T_REPEAT)
        happy(f, c, [0] * f.rng.randint(1, 3), 7, 12, surveys=False)
        repeat_run(
            f, c, day_hour(f, f.rng.randint(1, 4), 8, 19), firsts[i], n, i % 2 == 0, [c.lang]
        )
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], ["silence"])
        c.truth["problems"] = [
            fixed_run(
                f,
                c,
                day_hour(f, f.rng.randint(1, 4), 8, 19),
                f.rng.choice(("email", "web", "chat")),
                c.lang,
                c.lang,
            )
        ]
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], ["silence"])
        d = f.rng.randint(0, 2)
        c.truth["problems"] = [
            fixed_run(f, c, day_hour(f, d, 8, 17), "email", c.lang, c.lang),
            fixed_run(f, c, day_hour(f, d + f.rng.randint(4, 5), 8, 17), "web", c.lang, c.lang),
        ]
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer")
        for d in some_days(f, 0, 9, f.rng.randint(5, 8)):
            t = day_hour(f, d)
            k = f.rng.choice(("chat", "email", "phone"))
            if k == "chat":
                f.add(c, t, "chat", "chat", f.pick(W.T["chat_q"], c.lang))
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    f.pick(W.T["chat_a"], c.lang),
                    out=True,
                )
            elif k == "email":
                f.add(
                    c,
                    t,
                    "email",
                    "message",
                    f.fill(f.pick(W.T["email_q"], c.lang), c),
                    subject=f.pick(W.T["subj_q"], c.lang),
                )
                f.add(
                    c,
                    morning(t + 2 * H),
                    "email",
                    "message",
                    f.fill(f.pick(W.T["email_a"], c.lang), c),
                    subject="Re: " + f.pick(W.T["subj_q"], c.lang),
                    out=True,
                )
            else:
                f.add(c, t, "phone", "call", f.pick(W.T["phone_q"], c.lang))
                f.add(
                    c,
                    t + 20 * timedelta(minutes=1),
                    "email",
                    "message",
                    f.fill(f.pick(W.T["phone_f"], c.lang), c),
                    out=True,
                )
    f.write({"repeat_contact": 12})
    return f


def slide(f: Fam, c: Cust, d0: int, span: int, langs: list[str], nps: bool) -> None:
    comp = f.rng.choice(W.COMPETITORS)
    ids = []
    t = day_hour(f, d0, 8, 18)
    first = t
    for k in range(6):
        lang = langs[k % len(langs)]
        text = W.SLIDE[lang][k].format(brand=W.BRAND, comp=comp)
        rating = "3" if k < 2 else "2" if k < 4 else "1"
        ch = f.rng.choice(("social", "community", "review"))
        if ch == "social":
            ids.append(
                f.add(
                    c,
                    t,
                    "social",
                    "mention",
                    text.replace(W.BRAND, "@" + W.BRAND, 1)
                    if W.BRAND in text
                    else f"@{W.BRAND} " + text,
                )
            )
        elif ch == "community":
            ids.append(f.add(c, t, "community", "post", text))
        else:
            ids.append(
                f.add(c, t, "web", "review", text, attrs={"rating": rating, "page": "/reviews"})
            )
        if k == 3 and nps:
            s = f.add(
                c,
                morning(t + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "survey_event_id": s})
        t = morning(t + timedelta(hours=max(1.0, span * 24 / 6 * f.rng.uniform(0.7, 1.1))))
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(first),
        }
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 4, 6, tzinfo=UTC),
        32,
        "sliders, leavers, steady, grumpy and sarcastic customers",
    )
    for i in range(10):
        nps = i < 5
        c = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if nps else []),
            T_SLIDE,
        )
        for d in some_days(f, 0, 10, f.rng.randint(4, 5)):
            f.add(c, day_hour(f, d), "community", "post", f.fill(f.pick(W.T["praise"], c.lang), c))
        happy(f, c, some_days(f, 0, 10, f.rng.randint(2, 4)), surveys=False)
        slide(f, c, f.rng.randint(12, 16), (3, 5, 5, 9, 9)[i % 5], [c.lang], nps)
    for _ in range(5):
        c = f.person(f.lang(), "slow_churner", "asks to cancel", ["churn_intent"], T_LEAVE)
        happy(f, c, some_days(f, 0, 15, f.rng.randint(4, 6)), surveys=False)
        t = day_hour(f, f.rng.randint(17, 23), 8, 18)
        e = f.add(c, t, "email", "message", f.fill(f.pick(W.LEAVE, c.lang), c), subject=W.PLAN)
        f.add(
            c,
            morning(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            f.fill(W.AGENT["goodbye"][c.lang], c),
            subject="Re: " + W.PLAN,
            out=True,
        )
        tc = morning(t + timedelta(hours=f.rng.uniform(20, 30)))
        x = f.add(
            c, tc, "web", "cancellation", None, attrs={"page": "/account/cancel", "product": W.PLAN}
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady")
        happy(f, c, some_days(f, 0, 31, f.rng.randint(6, 10)))
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            t = day_hour(f, d, 8, 20)
            ch = f.rng.choice(("social", "community", "web", "review"))
            text = f.pick(W.GRUMBLE, c.lang)
            if ch == "social":
                ids.append(f.add(c, t, "social", "mention", f"@{W.BRAND} " + text))
            elif ch == "community":
                ids.append(f.add(c, t, "community", "post", text))
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            d += f.rng.randint(1, 3)
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": f.rows[-len(ids)]["occurred_at"].isoformat(),
            }
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy(f, c, some_days(f, 0, 16, f.rng.randint(3, 6)))
        s = f.add(
            c,
            day_hour(f, f.rng.randint(17, 28)),
            "social",
            "mention",
            f.fill(f.pick(W.SARCASM, c.lang), c).replace(W.BRAND, "@" + W.BRAND, 1),
        )
        c.truth["sarcasm_event_id"] = s
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 6, 5, tzinfo=UTC),
        3,
        "a calm weekend with night owls",
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        happy(f, c, some_days(f, 0, 2, f.rng.randint(1, 3)), 7, 17.5)
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        t = day_hour(f, f.rng.randint(0, 2), 8, 16)
        f.add(c, t, "web", "page_view", attrs={"page": "/catalogue"})
        tg = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            g = f.add(c, tg, "chat", "chat", f.pick(W.MILD, c.lang))
            f.add(c, tg + timedelta(minutes=3), "chat", "chat", W.MILD_A[c.lang], out=True)
        else:
            g = f.add(
                c, tg, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                tg + timedelta(minutes=25),
                "email",
                "message",
                f.fill(W.AGENT["ack_form"][c.lang], c),
                out=True,
            )
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(tg)})
    for night in range(3):
        b0 = f.at(night + 1, f.rng.uniform(0.67, 1.08))
        for burst, gap in enumerate((0, f.rng.uniform(28, 33), f.rng.uniform(55, 65))):
            bs = b0 + timedelta(minutes=gap)
            for _ in range(4):
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {burst + 1}")
                t = bs + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(
                        c, t, "community", "post", f.fill(f.pick(W.T["night_post"], c.lang), c)
                    )
                else:
                    e = f.add(c, t, "chat", "chat", f.pick(W.T["night_q"], c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=2),
                        "chat",
                        "chat",
                        W.T["night_a"][c.lang][0],
                        out=True,
                    )
                    f.add(
                        c, t + timedelta(minutes=4), "chat", "chat", f.pick(W.T["thanks"], c.lang)
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": e})
                if f.rng.random() < 0.5:
                    happy_act(f, c, f.at(f.rng.randint(0, 2), f.rng.uniform(9, 17.5)))
    f.write({})
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 7, 6, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    pairs = [("en", "pt"), ("pt", "en")] * 3 + [
        ("pt", "es"),
        ("en", "fr"),
        ("de", "en"),
        ("it", "pt"),
        ("pt", "de"),
        ("es", "en"),
        ("fr", "pt"),
        ("en", "it"),
        ("pt", "fr"),
        ("en", "de"),
        ("es", "pt"),
        ("pt", "it"),
    ]
    pairs += [
        ("en", "pt"),
        ("pt", "en"),
        ("en", "es"),
        ("pt", "de"),
        ("it", "en"),
        ("de", "pt"),
        ("fr", "en"),
        ("pt", "en"),
        ("en", "pt"),
    ]
    pm = {"en": "IE", "pt": "LU", "de": "CH", "es": "ES", "fr": "BE", "it": "CH"}
    k = 0

    def who(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, list[str]]:
        nonlocal k
        a, b = pairs[k % len(pairs)]
        k += 1
        c = f.person(a, persona, habit, exp, tol, market=pm[a] if f.rng.random() < 0.5 else None)
        c.truth["languages"] = [a, b]
        c.truth["job_second_language"] = f.rng.choice(
            (
                "works for a firm abroad",
                "partner's family",
                "studied abroad",
                "sings in an international choir",
            )
        )
        return c, [a, b]

    for _ in range(12):
        c, ls = who("happy", "alternates languages", [], [])
        for j, d in enumerate(some_days(f, 0, 13, f.rng.randint(5, 8))):
            c.lang = ls[j % 2]
            happy_act(f, c, day_hour(f, d))
        c.lang = ls[0]
    for j in range(5):
        c, ls = who("repeat_contact", "repeats", ["repeat_contact"], T_REPEAT)
        happy(f, c, some_days(f, 0, 1, f.rng.randint(1, 2)), surveys=False)
        n = (2, 2, 3, 3, 4)[j]
        repeat_run(
            f,
            c,
            day_hour(f, f.rng.randint(2, 5), 8, 18),
            f.rng.choice(("email", "web", "chat")),
            n,
            n >= 3,
            ls,
        )
    for _ in range(5):
        c, ls = who("slow_churner", "slides", ["sentiment_drop"], T_SLIDE)
        for j, d in enumerate(some_days(f, 0, 5, 5)):
            f.add(
                c,
                day_hour(f, d),
                "community",
                "post",
                W.T["praise"][ls[j % 2]][0].format(brand=W.BRAND),
            )
        happy(f, c, some_days(f, 0, 5, f.rng.randint(1, 3)), surveys=False)
        slide(f, c, f.rng.randint(7, 8), f.rng.choice((3, 4, 5)), ls, False)
    for j in range(3):
        c, ls = who("happy_one_bad_day", "one bad day", [], ["silence"])
        happy(f, c, some_days(f, 0, 3, 2), surveys=False)
        t = day_hour(f, f.rng.randint(6, 9), 9, 18)
        p = f.rng.choice(W.PROBLEMS)
        case = new_case()
        ch = ("email", "email", "chat")[j]
        eid, _ = raise_problem(f, c, t, ch, p, case, ls[1], long=j == 0 and ls[1] in ("en", "pt"))
        c.truth.update(
            {
                "problem": p,
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": ls[1],
                "trouble_starts_at": iso(t),
            }
        )
        if ch == "email":
            f.add(
                c,
                morning(t + 2 * H),
                "email",
                "message",
                f.fill(W.AGENT["good_news"][ls[1]], c, case=case),
                subject=W.SUBJ["re"][ls[1]].format(case=case),
                out=True,
            )
        if j == 1:
            a = f.add(c, morning(t + 20 * H), "chat", "chat", f.pick(W.FOLLOW["apology"], ls[1]))
            c.truth.update({"apologised": True, "apology_event_id": a})
        happy(f, c, [12], surveys=False)
    for _ in range(2):
        c, ls = who("resolved_between_contacts", "fixed", [], ["silence"])
        c.truth["problems"] = [
            fixed_run(f, c, day_hour(f, f.rng.randint(2, 6), 8, 17), "web", ls[0], ls[1])
        ]
        c.truth["confirm_language"] = ls[1]
    f.write({"repeat_contact": 5, "sentiment_drop": 5})
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "accounts of choirs, orchestras, schools and churches",
    )
    langs = [
        "en",
        "pt",
        "en",
        "pt",
        "de",
        "en",
        "pt",
        "en",
        "pt",
        "de",
        "en",
        "pt",
        "en",
        "pt",
        "de",
    ]
    mk = {"en": "UK", "pt": "PT", "de": "DE"}
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    sites = ("choir", "orchestra", "music school", "church", "theatre", "university", "brass band")
    for a_i, kind in enumerate(kinds):
        lang = langs[a_i]
        acc = f"PVE-{mk[lang]}-{3100 + a_i * 17}"
        company = f"{('Harmonia', 'Cantabile', 'Vox Nova', 'Aurora', 'Ripieno')[a_i % 5]} {sites[a_i % len(sites)].title()} {a_i + 1}"
        ncomplain = (3, 3, 3, 4, 4)[a_i] if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        nmild = 2 if kind == "mild" else 0
        ncont = max(3, ncomplain + nmild + f.rng.randint(0, 2))
        problem = W.B2B_PROBLEMS[a_i % 4]
        case = new_case() if ncomplain else None
        keys, unhappy = [], []
        t_first: datetime | None = None
        prev_first = ""
        prev_day = ""
        t = f.at(2, f.rng.uniform(8.5, 10))  # Wednesday
        for j in range(ncont):
            job = W.JOBS[(a_i + j) % len(W.JOBS)]
            if j < ncomplain:
                role = "complainer"
                persona = "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"
                last = kind == "at_risk" and j == ncomplain - 1
                exp = ["repeat_contact"] if last else []
                exp += (
                    ["detractor"]
                    if (kind == "at_risk" and not last) or kind == "one_unhappy"
                    else []
                )
                tol = [r for r in (T_B2B if kind == "at_risk" else T_ONE) if r not in exp]
            elif j < ncomplain + nmild:
                role, persona, exp, tol = "suggests", "b2b_mild", [], ["silence"]
            else:
                role, persona, exp, tol = "contact", "b2b_happy", [], []
            c = f.person(lang, persona, role, exp, tol, market=mk[lang], account=acc)
            c.truth.update({"company": company, "role": role, "job_title": job, "job": job})
            keys.append(c.key)
            if role != "contact" and f.rng.random() < 0.6:
                tr = f.at(f.rng.randint(0, 1), f.rng.uniform(8, 16))
                f.add(c, tr, "web", "page_view", attrs={"page": "/ensemble/portal"})
            if role == "complainer":
                unhappy.append(c.key)
                if kind == "one_unhappy":
                    t = f.at(
                        f.rng.randint(3, 7) if f.rng.randint(3, 7) < 5 else 7 + f.rng.randint(1, 3),
                        f.rng.uniform(8.5, 15.5),
                    )
                    t = f.at(min(11, max(3, (t - f.start).days)), f.rng.uniform(8.5, 15.5))
                    if t.weekday() >= 5:
                        t += timedelta(days=7 - t.weekday())
                    text = W.B2B_FIRST[problem][lang].format(arm=W.ARM, name=c.first, job=job)
                elif j == 0:
                    text = W.B2B_FIRST[problem][lang].format(arm=W.ARM, name=c.first, job=job)
                else:
                    t = t + timedelta(hours=f.rng.uniform(8, 28))
                    if t.hour >= 17 or t.hour < 8:
                        t = (t + timedelta(days=1 if t.hour >= 17 else 0)).replace(
                            hour=8, minute=f.rng.randint(5, 55)
                        )
                    if t.weekday() >= 5:
                        t += timedelta(days=7 - t.weekday())
                    text = W.B2B_LATER[lang].format(
                        first=prev_first, day=prev_day, case=case, name=c.first, job=job
                    )
                if j == 0:
                    t_first = t
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=W.SUBJ["complaint"][lang].format(topic=problem.replace("_", " ")),
                )
                ids = [e]
                if j == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 50)),
                        "email",
                        "message",
                        W.B2B_ACK[lang].format(name=c.first, case=case, agent=AGENTS[j], arm=W.ARM),
                        subject=W.SUBJ["re"][lang].format(case=case),
                        out=True,
                    )
                if "detractor" in exp:
                    s = f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "survey_event_id": s})
                if "repeat_contact" in exp:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    if t2.hour >= 17 or t2.hour < 8:
                        t2 = (t2 + timedelta(days=1 if t2.hour >= 17 else 0)).replace(
                            hour=9, minute=f.rng.randint(0, 50)
                        )
                    if t2.weekday() >= 5:
                        t2 += timedelta(days=7 - t2.weekday())
                    if a_i == 0:
                        comp = W.COMPETITORS[0]
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                W.B2B_LAST_MAIL[lang].format(
                                    case=case, comp=comp, name=c.first, job=job
                                ),
                                subject=W.SUBJ["re"][lang].format(case=case),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(c, t2, "phone", "call", W.B2B_LAST_CALL[lang].format(case=case))
                        )
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t),
                    }
                )
                prev_first = c.first
                prev_day = W.WEEKDAY[lang][t.weekday()]
            elif role == "suggests":
                tm = f.at(f.rng.randint(2, 10), f.rng.uniform(8, 16))
                if tm.weekday() >= 5:
                    tm += timedelta(days=7 - tm.weekday())
                m = f.add(
                    c,
                    tm,
                    "web",
                    "ticket",
                    W.B2B_MILD[lang][j % 2],
                    attrs={"page": "/ensemble/feedback"},
                )
                f.add(
                    c,
                    tm + 40 * timedelta(minutes=1),
                    "email",
                    "message",
                    W.AGENT["ack_form"][lang].format(name=c.first, agent=AGENTS[j], brand=W.ARM),
                    out=True,
                )
                c.truth.update({"mild_event_id": m, "trouble_starts_at": iso(tm)})
            else:
                for d in some_days(f, 0, 11, f.rng.randint(2, 4), {5, 6}):
                    tt = f.at(d, f.rng.uniform(8, 16.5))
                    r = f.rng.random()
                    if r < 0.35:
                        f.add(c, tt, "chat", "chat", f.rng.choice(W.B2B_CHAT_Q[lang]))
                        f.add(
                            c,
                            tt + timedelta(minutes=f.rng.randint(1, 6)),
                            "chat",
                            "chat",
                            W.B2B_CHAT_A[lang],
                            out=True,
                        )
                    elif r < 0.6:
                        prod, price = f.rng.choice(W.B2B_PRODUCTS)
                        f.add(c, tt, "web", "page_view", attrs={"page": "/ensemble/catalogue"})
                        f.add(
                            c,
                            tt + 8 * timedelta(minutes=1),
                            "web",
                            "purchase",
                            attrs={
                                "order_value": price,
                                "currency": "GBP" if lang == "en" else "EUR",
                                "product": prod,
                                "page": "/ensemble/catalogue",
                            },
                        )
                    elif r < 0.8:
                        f.add(c, tt, "community", "post", W.B2B_PRAISE[lang][0].format(arm=W.ARM))
                    else:
                        survey(f, c, tt)
        f.accounts[acc] = {
            "company": company,
            "site": sites[a_i % len(sites)],
            "contacts": ncont,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": iso(t_first) if kind == "at_risk" and t_first else None,
            "language": lang,
            "country": mk[lang],
        }
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 10, 5, tzinfo=UTC),
        7,
        "a calm week and a Saturday-morning spike",
    )
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer")
        for d in some_days(f, 0, 5, f.rng.randint(1, 4)):
            happy_act(f, c, day_hour(f, d, 12 if d == 5 else 7, 19))
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        t = day_hour(f, 0, 9, 17)
        g = f.add(c, t, "chat", "chat", f.pick(W.MILD, c.lang))
        f.add(c, t + 3 * timedelta(minutes=1), "chat", "chat", W.MILD_A[c.lang], out=True)
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t)})
    for lang, hour in (("en", 9.67), ("pt", 16.1)):
        c = f.person(lang, "grumbles_once", "lone question", [], ["silence"])
        t = f.at(4, hour)
        g = f.add(c, t, "chat", "chat", W.LONE_Q[lang])
        f.add(c, t + 4 * timedelta(minutes=1), "chat", "chat", W.LONE_A[lang], out=True)
        c.truth.update({"lone_report_event_id": g, "trouble_starts_at": iso(t)})
    s0 = f.at(5, 8 + 20 / 60)
    langs = ["en"] * 6 + ["pt"] * 6 + ["de", "de", "es", "es", "fr", "fr", "it", "it"]
    f.rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(0, 45) for _ in range(18)])
    early = [i for i in range(20) if offs[i] <= 25]
    rep = set(early[:6])
    fixed = set([i for i in range(20) if i not in rep][:6])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i in range(20):
        regular = i % 5 < 3
        exp = ["repeat_contact"] if i in rep else []
        c = f.person(
            langs[i],
            "spike_repeater" if exp else "spike_reporter",
            "regular" if regular else "new",
            exp,
            ["silence", "sentiment_drop"] if exp else ["silence"],
        )
        if regular:
            happy_act(f, c, f.at(2, f.rng.uniform(8, 17.5)))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.fill(f.pick(W.SPIKE, c.lang), c)
        if ch == "social":
            e = f.add(
                c,
                t,
                "social",
                "mention",
                text if text.startswith("@") else text.replace(W.BRAND, "@" + W.BRAND, 1),
            )
        elif ch == "chat":
            e = f.add(c, t, "chat", "chat", text.replace("@", ""))
            f.add(c, t + 2 * timedelta(minutes=1), "chat", "chat", W.SPIKE_CHAT_A[c.lang], out=True)
        elif ch == "community":
            e = f.add(c, t, "community", "post", text.replace("@", ""))
        elif ch == "email":
            e = f.add(c, t, "email", "message", text.replace("@", ""), subject=W.CODE)
        else:
            e = f.add(c, t, "web", "ticket", text.replace("@", ""), attrs={"page": "/help/contact"})
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if i in rep:
            t2 = t + timedelta(minutes=f.rng.uniform(15, 40))
            ch2 = ("email", "chat", "community")[len(reps) % 3]
            if ch2 == ch:
                ch2 = "email" if ch != "email" else "chat"
            kind = {"email": "message", "chat": "chat", "community": "post"}[ch2]
            r = f.add(
                c, t2, ch2, kind, W.SPIKE_AGAIN[c.lang], subject=W.CODE if ch2 == "email" else None
            )
            reps.append(r)
            c.truth["repeat_event_id"] = r
        if i in fixed:
            local = "12:05" if c.market in ("UK", "IE", "PT") else "13:05"
            f.add(
                c,
                f.at(5, 11.2 + i / 60),
                "email",
                "message",
                f.fill(W.SPIKE_FIXED[c.lang], c, time=local),
                subject=W.CODE,
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"score app refuses to open downloaded scores, licence check fails: error {W.CODE}",
        "about": "Saturday-morning licence failure in the score app",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})
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
    for make in FAMILIES:
        make()


if __name__ == "__main__":
    main()
