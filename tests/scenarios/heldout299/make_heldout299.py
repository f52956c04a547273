"""Writes the heldout299 families (Boscana, forest cabins). Standard library only, seeded."""

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

SEED = 20261010
COMPETITORS = ("Cabanova", "Waldino")
PREFIX = {
    "UK": "+447",
    "IE": "+3538",
    "FR": "+336",
    "BE": "+324",
    "CH": "+417",
    "DE": "+4915",
    "AT": "+43664",
    "ES": "+346",
    "IT": "+393",
    "PT": "+3519",
    "LU": "+352621",
}
SOURCE = {
    "email": "boscana-mail",
    "phone": "boscana-voice",
    "social": "boscana-social",
    "community": "boscana-forum",
    "chat": "boscana-chat",
    "web": "boscana-web",
    "survey": "boscana-survey",
}
USED: set[str] = set()
HAPPY_TOL: list[str] = []
ALL_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]


def ascii_of(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def unique(rng: random.Random, make: Any) -> str:
    while True:
        v = str(make(rng))
        if v not in USED:
            USED.add(v)
            return v


class Fam:
    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.cust: dict[str, dict[str, Any]] = {}
        self.ids: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def person(
        self,
        persona: str,
        habit: str,
        exp: list[str] | None = None,
        tol: list[str] | None = None,
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        r = self.rng
        lg = lang or self.lang()
        mk = market or r.choice(W.MARKETS[lg])
        first, last = r.choice(W.FIRST[lg]), r.choice(W.LAST[lg])
        key = unique(r, lambda g: f"BC{self.code}{g.randint(1000, 9999)}")
        a_first, a_last = ascii_of(first).lower(), ascii_of(last).lower()
        if account:
            email = unique(
                r, lambda g: f"{a_first}.{a_last}{g.randint(1, 99)}@{extra['company_domain']}"
            )
            handle = None
        else:
            email = unique(
                r,
                lambda g: (
                    f"{a_first}.{a_last}{g.randint(1, 999)}@{g.choice(['mailbox', 'postly', 'webmail', 'inbox'])}.example"
                ),
            )
            handle = unique(
                r,
                lambda g: (
                    "@"
                    + g.choice(
                        [
                            f"{a_first}_{a_last}{g.randint(1, 99)}",
                            f"{a_first}{a_last[0]}{g.randint(1, 999)}",
                            f"{a_last}.{a_first}",
                        ]
                    )
                ),
            )
        phone = unique(
            r,
            lambda g: (
                PREFIX[mk] + "".join(str(g.randint(0, 9)) for _ in range(13 - len(PREFIX[mk])))
            ),
        )
        extra.pop("company_domain", None)
        self.ids[key] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        c: dict[str, Any] = {
            "key": key,
            "lang": lg,
            "market": mk,
            "name": first,
            "account": account,
        }
        self.cust[key] = {
            "identifiers": self.ids[key],
            "expected_rules": sorted(exp or []),
            "tolerated_rules": sorted(tol or []),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        } | extra
        return c

    def truth(self, c: dict[str, Any], **kw: Any) -> None:
        self.cust[c["key"]].update(kw)

    def rough(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.1:
            text = ascii_of(text)
        if r.random() < 1 / 8 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"bc299-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.rough(text)
        a = {"market": c["market"]} | (attrs or {})
        if c["account"]:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Maeve", "Hugo", "Ines", "Paolo", "Greta", "Joana"])
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "_c": c["key"],
                "text": text,
                "subject": subject,
                "scores": scores or {"nps": None, "csat": None, "ces": None},
                "source": SOURCE[channel],
                "attributes": a,
            }
        )
        return eid

    def write(self, expected: dict[str, int], days_end: datetime | None = None) -> None:
        self.rows.sort(key=lambda row: (row["occurred_at"], row["event_id"]))
        seen: set[str] = set()
        out: list[str] = []
        for row in self.rows:
            ids = self.ids[row["_c"]]
            ch = row["channel"]
            if row["direction"] == "outbound" or row["_c"] not in seen:
                ref = dict(ids)
                if row["direction"] == "inbound":
                    seen.add(row["_c"])
            else:
                ref = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": ids["account_id"],
                }
                if ch == "phone":
                    ref["phone"] = ids["phone"]
                elif ch in ("social", "community"):
                    if ids["handle"]:
                        ref["handle"] = (
                            ids["handle"] if self.rr.random() > 0.2 else ids["handle"].lstrip("@")
                        )
                    else:
                        ref["email"] = ids["email"]
                elif ch == "email":
                    ref["email"] = (
                        ids["email"] if self.rr.random() > 1 / 12 else ids["email"].upper()
                    )
                else:
                    ref["customer_id"] = ids["customer_id"]
            row = {k: v for k, v in row.items() if k != "_c"} | {"customer": ref}
            row["occurred_at"] = row["occurred_at"].strftime("%Y-%m-%dT%H:%M:%SZ")
            out.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
        last = self.rows[-1]["occurred_at"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        for k, v in expected.items():
            got = (
                sum(1 for c in self.cust.values() if k in c["expected_rules"])
                + sum(1 for a in self.accounts.values() if k in a["expected_rules"])
                + (1 if k == "topic_spike" and self.spike else 0)
            )
            if got != v:
                raise SystemExit(f"{self.name}: {k} {got} != {v}")
        for c in self.cust.values():
            if set(c["expected_rules"]) & set(c["tolerated_rules"]):
                raise SystemExit(f"{self.name}: both expected and tolerated")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Boscana, forest cabins booked by app",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": expected,
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": self.cust,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def pick(f: Fam, table: dict[str, list[str]], lang: str) -> str:
    return f.rng.choice(table[lang])


def daytime(t: datetime) -> datetime:
    if t.hour >= 22:
        return t.replace(hour=8, minute=t.minute % 50) + timedelta(days=1)
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute % 50)
    return t


def happy_act(
    f: Fam, c: dict[str, Any], t: datetime, lang: str | None = None, surveys: bool = True
) -> None:
    lg = lang or c["lang"]
    r = f.rng
    kind = r.choice(
        ["praise", "praise", "gripe", "chat", "phone", "buy", "review", "view"]
        + (["survey"] if surveys else [])
    )
    n = c["name"]
    if kind == "praise":
        text = pick(f, W.PRAISE, lg)
        if r.random() < 0.5:
            f.add(
                c,
                t,
                "social",
                "mention",
                "@Boscana " + text.replace("Boscana", "", 0)
                if "Boscana" not in text
                else text.replace("Boscana", "@Boscana", 1),
            )
        else:
            f.add(c, t, "community", "post", text)
    elif kind == "gripe":
        f.add(
            c, t, "web", "review", pick(f, W.GRIPE, lg), attrs={"rating": "4", "page": "/reviews"}
        )
    elif kind == "chat":
        f.add(c, t, "chat", "chat", pick(f, W.QUESTION, lg))
        f.add(
            c,
            t + timedelta(minutes=r.randint(1, 6)),
            "chat",
            "chat",
            W.ANSWER[lg].format(n=n),
            out=True,
        )
        if r.random() < 0.7:
            f.add(c, t + timedelta(minutes=r.randint(7, 12)), "chat", "chat", pick(f, W.THANKS, lg))
    elif kind == "phone":
        f.add(c, t, "phone", "call", pick(f, W.PHONE_Q, lg))
        f.add(
            c,
            t + timedelta(minutes=r.randint(10, 40)),
            "email",
            "message",
            W.PHONE_A[lg].format(n=n),
            subject="Boscana",
            out=True,
        )
    elif kind == "buy":
        prod, price = r.choice(W.PRODUCTS)
        cur = "GBP" if c["market"] == "UK" else "CHF" if c["market"] == "CH" else "EUR"
        f.add(c, t, "web", "page_view", attrs={"page": "/cabins"})
        f.add(
            c,
            t + timedelta(minutes=r.randint(3, 15)),
            "web",
            "purchase",
            attrs={
                "order_value": f"{price}.00",
                "currency": cur,
                "product": prod,
                "page": "/checkout",
            },
        )
    elif kind == "review":
        f.add(
            c, t, "web", "review", pick(f, W.REVIEW, lg), attrs={"rating": "5", "page": "/reviews"}
        )
    elif kind == "view":
        f.add(c, t, "web", "page_view", attrs={"page": r.choice(["/cabins", "/club", "/offers"])})
    else:
        happy_survey(f, c, t, lg)


def happy_survey(f: Fam, c: dict[str, Any], t: datetime, lg: str) -> None:
    r = f.rng
    s = r.choice(["nps", "csat", "ces"])
    val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[s]
    word = pick(f, W.SURVEY_WORD, lg)
    sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
    sc[s] = val
    f.add(c, t, "survey", "survey_response", word or None, scores=sc, attrs={"survey": s})  # type: ignore[arg-type]


def acts(
    f: Fam, c: dict[str, Any], days: list[int], lo: float = 7, hi: float = 19, surveys: bool = True
) -> None:
    for d in days:
        happy_act(f, c, f.at(d, f.rng.uniform(lo, hi)), surveys=surveys)


def some_days(f: Fam, pool: list[int], k: int) -> list[int]:
    return sorted(f.rng.sample(pool, min(k, len(pool))))


def case_ref() -> str:
    return unique(
        random.Random(len(USED) * 7919 + SEED), lambda g: f"BC-{g.randint(100000, 999999)}"
    )


def complaint(
    f: Fam,
    c: dict[str, Any],
    t: datetime,
    channel: str,
    prob: str,
    lang: str | None = None,
    long: bool = False,
) -> str:
    lg = lang or c["lang"]
    p = f.rng.choice(W.PROB[lg][prob]).format(a=f.rng.choice([196, 238, 284]))
    subj = W.SUBJECT[lg].format(t=W.TOPIC[lg][prob])
    if long:
        return f.add(c, t, "email", "message", W.LONG[lg].format(p=p, n=c["name"]), subject=subj)
    if channel == "phone":
        return f.add(c, t, "phone", "call", W.PHONE_BAD[lg].format(p=p.lower()))
    text = f.rng.choice(W.ANGRY[lg]).format(p=p[0].upper() + p[1:])
    if channel == "social":
        return f.add(c, t, "social", "mention", "@Boscana " + text.replace("Boscana", "team"))
    if channel == "email":
        return f.add(c, t, "email", "message", text, subject=subj)
    if channel == "web":
        return f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
    return f.add(c, t, "chat", "chat", text)


def reply(
    f: Fam,
    c: dict[str, Any],
    t: datetime,
    table: dict[str, str],
    ref: str,
    channel: str = "email",
    lang: str | None = None,
) -> str:
    lg = lang or c["lang"]
    if channel == "chat":
        return f.add(c, t, "chat", "chat", table[lg].format(n=c["name"], r=ref), out=True)
    return f.add(
        c,
        t,
        "email",
        "message",
        table[lg].format(n=c["name"], r=ref),
        subject=W.CASE_SUBJ[lg].format(r=ref),
        out=True,
    )


# ----------------------------------------------------------------- families --
def happy_writers() -> None:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 2, 2, tzinfo=UTC),
        10,
        "happy customers: day writers, night writers, survey-only",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        acts(f, c, some_days(f, list(range(10)), f.rng.randint(5, 8)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in some_days(f, list(range(9)), f.rng.randint(2, 4)):
            t = f.at(d, 22.2 + f.rng.uniform(0, 6.2))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", pick(f, W.NIGHT, c["lang"]))
            else:
                f.add(c, t, "chat", "chat", pick(f, W.NIGHT_Q, c["lang"]))
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    W.NIGHT_A[c["lang"]].format(n=c["name"]),
                    out=True,
                )
                f.add(c, t + timedelta(minutes=8), "chat", "chat", pick(f, W.THANKS, c["lang"]))
        acts(f, c, some_days(f, list(range(10)), f.rng.randint(2, 3)), 9, 18, surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in some_days(f, list(range(10)), f.rng.randint(3, 6)):
            happy_survey(f, c, f.at(d, f.rng.uniform(8, 20)), c["lang"])
    f.write({})


def one_bad_day() -> None:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 3, 9, tzinfo=UTC),
        12,
        "one bad day among happy customers",
    )
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = [W.PROBLEMS[i % 6] for i in range(24)]
    f.rng.shuffle(probs)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    order = f.rng.sample(with_case, 20)
    nps_i, csat_i, good_i = set(order[:6]), set(order[6:11]), order[8:20]
    sorry_i = set(good_i[:5])
    for i, ch in enumerate(chans):
        lang = ("en" if i < 2 else "fr") if ch == "long" else None
        persona, exp, tol = (
            ("bad_day_detractor", ["detractor"], ["silence"])
            if i in nps_i
            else ("happy_one_bad_day", [], ["silence"])
        )
        c = f.person(persona, "one bad day", exp, tol, lang=lang)
        bd = f.rng.randint(2, 9)
        t = f.at(bd, f.rng.uniform(8, 20))
        acts(
            f,
            c,
            some_days(f, [d for d in range(12) if d <= bd - 2 or d >= bd + 3], f.rng.randint(1, 5)),
            surveys=False,
        )
        eid = complaint(f, c, t, ch, probs[i], long=ch == "long")
        ref = None
        info: dict[str, Any] = {
            "problem": probs[i],
            "channel": "email" if ch == "long" else ch,
            "long_email": ch == "long",
            "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "bad_day_event_id": eid,
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if ch != "social":
            ref = case_ref()
            if ch == "chat":
                reply(f, c, t + timedelta(minutes=f.rng.randint(2, 6)), W.CASE_OPEN, ref, "chat")
            else:
                reply(f, c, t + timedelta(minutes=f.rng.randint(10, 40)), W.CASE_OPEN, ref)
        info["booking"] = ref
        if i in nps_i:
            sid = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                pick(f, W.LOW_WORD, c["lang"]) or None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            info |= {"nps_given": True, "survey_event_id": sid}
        if i in csat_i:
            sid = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                pick(f, W.LOW_WORD, c["lang"]) or None,
                scores={"csat": f.rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            info |= {"csat_given": True, "survey_event_id": sid}
        if i in good_i and ref:
            reply(f, c, daytime(t + timedelta(minutes=f.rng.randint(60, 240))), W.GOOD_NEWS, ref)
            info["agent_fixed"] = True
        if i in sorry_i:
            ta = daytime(t + timedelta(hours=f.rng.uniform(16, 24)))
            aid = f.add(
                c, ta, f.rng.choice(["chat", "email"]), "message", pick(f, W.SORRY, c["lang"])
            )
            f.rows[-1]["kind"] = "chat" if f.rows[-1]["channel"] == "chat" else "message"
            info |= {"apologised": True, "apology_event_id": aid}
        f.truth(c, **info)
    for _ in range(8):
        c = f.person("happy", "control")
        acts(f, c, some_days(f, list(range(12)), f.rng.randint(4, 7)))
    f.write({"detractor": 6})


def repeat_run(
    f: Fam,
    c: dict[str, Any],
    day: float,
    contacts: int,
    lead: bool,
    prob: str,
    lang2: str | None = None,
) -> dict[str, Any]:
    chans = ["web", "email", "chat", "phone", "social"]
    first = f.rng.choice(["web", "email", "chat", "phone"])
    rest = [x for x in chans if x != first]
    f.rng.shuffle(rest)
    t = f.at(day, f.rng.uniform(8, 19))
    ids = [complaint(f, c, t, first, prob)]
    ref = case_ref()
    reply(
        f,
        c,
        t + timedelta(minutes=f.rng.randint(2, 6) if first == "chat" else f.rng.randint(10, 40)),
        W.CASE_OPEN,
        ref,
        "chat" if first == "chat" else "email",
    )
    if lead:
        reply(f, c, t + timedelta(minutes=f.rng.randint(90, 150)), W.LEAD, ref)
    comp = None
    tt = t
    for k in range(1, contacts):
        tt = daytime(tt + timedelta(hours=f.rng.uniform(4, 40)))
        lg = (lang2 if k % 2 == 1 else c["lang"]) if lang2 else c["lang"]
        p = f.rng.choice(W.PROB[lg][prob]).format(a=238)
        if k == 2:
            comp = f.rng.choice(COMPETITORS)
            text = W.THIRD[lg].format(r=ref, c=comp)
        elif k == 3:
            text = W.FOURTH[lg].format(r=ref)
        else:
            text = f.rng.choice(W.STILL[lg]).format(r=ref, p=p[0].upper() + p[1:])
        ch = rest[k - 1]
        if ch == "phone":
            ids.append(
                f.add(c, tt, "phone", "call", text.lower().replace(".", "").replace(",", ""))
            )
        elif ch == "social":
            ids.append(f.add(c, tt, "social", "mention", "@Boscana " + text))
        elif ch == "email":
            ids.append(
                f.add(
                    c, tt, "email", "message", text, subject="Re: " + W.CASE_SUBJ[lg].format(r=ref)
                )
            )
        elif ch == "chat":
            ids.append(f.add(c, tt, "chat", "chat", text))
            reply(f, c, tt + timedelta(minutes=3), W.URGENT, ref, "chat", lang=lg)
        else:
            ids.append(f.add(c, tt, "web", "ticket", text, attrs={"page": "/help/contact"}))
    return {
        "problem": prob,
        "booking": ref,
        "contacts": contacts,
        "channels": [first, *rest[: contacts - 1]],
        "agent_passed_on": lead,
        "problem_event_ids": ids,
        "competitor": comp,
        "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def fixed_run(
    f: Fam,
    c: dict[str, Any],
    t: datetime,
    prob: str,
    lang: str | None = None,
    confirm_lang: str | None = None,
) -> dict[str, Any]:
    eid = complaint(f, c, t, "web", prob, lang=lang)
    ref = case_ref()
    reply(f, c, t + timedelta(minutes=f.rng.randint(10, 40)), W.CASE_OPEN, ref, lang=lang)
    tf = daytime(t + timedelta(hours=f.rng.uniform(3, 20)))
    reply(f, c, tf, W.GOOD_NEWS, ref, lang=confirm_lang or lang)
    tc = daytime(tf + timedelta(hours=f.rng.uniform(8, 30)))
    ch = f.rng.choice(["email", "chat"])
    cid = f.add(
        c,
        tc,
        ch,
        "message" if ch == "email" else "chat",
        pick(f, W.CONFIRM, confirm_lang or lang or c["lang"]).format(r=ref),
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fixed_at": tf.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "confirmed_at": tc.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts() -> None:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 4, 13, tzinfo=UTC),
        10,
        "repeat contacts about one open problem, fixed problems, frequent writers",
    )
    counts = [2] * 4 + [3] * 4 + [4] * 4
    leads = set(f.rng.sample(range(12), 6))
    for i, n in enumerate(counts):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], ALL_TOL)
        acts(f, c, [0], 7, 12, surveys=False)
        f.truth(c, **repeat_run(f, c, f.rng.randint(1, 4), n, i in leads, f.rng.choice(W.PROBLEMS)))
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], ["silence"])
        acts(f, c, [0], surveys=False)
        p = fixed_run(
            f, c, f.at(f.rng.randint(1, 4), f.rng.uniform(8, 18)), f.rng.choice(W.PROBLEMS)
        )
        f.truth(c, problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], ["silence"])
        d = f.rng.randint(0, 1)
        p1, p2 = f.rng.sample(list(W.PROBLEMS), 2)
        a = fixed_run(f, c, f.at(d, f.rng.uniform(8, 16)), p1)
        b = fixed_run(f, c, f.at(d + f.rng.randint(4, 5), f.rng.uniform(8, 16)), p2)
        f.truth(c, problems=[a, b], trouble_starts_at=a["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in some_days(f, list(range(10)), f.rng.randint(5, 8)):
            t = f.at(d, f.rng.uniform(8, 19))
            if f.rng.random() < 0.7:
                f.add(c, t, "chat", "chat", pick(f, W.QUESTION, c["lang"]))
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    W.ANSWER[c["lang"]].format(n=c["name"]),
                    out=True,
                )
            else:
                happy_act(f, c, t, surveys=False)
    f.write({"repeat_contact": 12})


def slide(
    f: Fam, c: dict[str, Any], start: datetime, span: int, langs: list[str]
) -> dict[str, Any]:
    comp = f.rng.choice(COMPETITORS)
    ids = []
    t = start
    for k in range(6):
        if k:
            t = daytime(
                max(
                    t + timedelta(hours=1),
                    start + timedelta(days=span * k / 5, hours=f.rng.uniform(0, 3)),
                )
            )
        lg = langs[k % len(langs)]
        text = W.SLIDE[lg][k].format(c=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        elif ch == "social":
            ids.append(f.add(c, t, "social", "mention", "@Boscana " + text))
        else:
            ids.append(f.add(c, t, "community", "post", text))
        if k == 3:
            step4 = t
    return {
        "slide_event_ids": ids,
        "slide_days": span,
        "competitor": comp,
        "trouble_starts_at": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "_step4": step4,
    }


def slow_churners() -> None:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 5, 11, tzinfo=UTC),
        32,
        "slow churners, leavers, steady, grumpy, sarcastic",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        nps = i % 2 == 0
        exp = ["sentiment_drop"] + (["detractor"] if nps else [])
        c = f.person(
            "slow_churner",
            "slides",
            exp,
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for d in some_days(f, list(range(11)), f.rng.randint(4, 5)):
            f.add(
                c, f.at(d, f.rng.uniform(8, 19)), "community", "post", pick(f, W.PRAISE, c["lang"])
            )
        acts(f, c, some_days(f, list(range(11)), f.rng.randint(2, 4)), surveys=False)
        info = slide(f, c, f.at(f.rng.randint(12, 16), f.rng.uniform(8, 18)), spans[i], [c["lang"]])
        s4 = info.pop("_step4")
        if nps:
            info["survey_event_id"] = f.add(
                c,
                daytime(s4 + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                pick(f, W.LOW_WORD, c["lang"]) or None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            info["nps_given"] = True
        f.truth(c, **info)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        acts(f, c, some_days(f, list(range(16)), f.rng.randint(4, 6)), surveys=False)
        t = f.at(f.rng.randint(17, 23), f.rng.uniform(8, 18))
        e1 = f.add(c, t, "email", "message", pick(f, W.LEAVE, c["lang"]), subject="Boscana Club")
        f.add(
            c,
            daytime(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            W.GOODBYE[c["lang"]].format(n=c["name"]),
            subject="Boscana Club",
            out=True,
        )
        tc = daytime(t + timedelta(hours=f.rng.uniform(20, 30)))
        e2 = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/membership", "product": "Boscana Club"},
        )
        f.truth(
            c,
            churn_intent_event_id=e1,
            cancellation_event_id=e2,
            churn_at=tc.strftime("%Y-%m-%dT%H:%M:%SZ"),
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        acts(f, c, some_days(f, list(range(32)), f.rng.randint(6, 10)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            t = f.at(d, f.rng.uniform(8, 20))
            ch = f.rng.choice(["social", "community", "web"])
            text = pick(f, W.GRUMPY, c["lang"])
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    {"social": "mention", "community": "post", "web": "ticket"}[ch],
                    ("@Boscana " + text) if ch == "social" else text,
                    attrs={"page": "/help/contact"} if ch == "web" else None,
                )
            )
            d += f.rng.randint(1, 3)
        first_t = min(r["occurred_at"] for r in f.rows if r["event_id"] in ids)
        f.truth(c, grumble_event_ids=ids, trouble_starts_at=first_t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], ["silence"])
        acts(f, c, some_days(f, list(range(17)), f.rng.randint(3, 6)), surveys=False)
        sid = f.add(
            c,
            f.at(f.rng.randint(17, 28), f.rng.uniform(9, 20)),
            "social",
            "mention",
            "@Boscana " + pick(f, W.SARCASM, c["lang"]),
        )
        f.truth(c, sarcasm_event_id=sid)
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 6, 19, tzinfo=UTC),
        3,
        "a calm weekend with night owls",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        acts(f, c, some_days(f, [0, 1, 2], f.rng.randint(1, 3)), 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(f.rng.randint(0, 2), f.rng.uniform(9, 17))
        f.add(c, t, "web", "page_view", attrs={"page": "/cabins"})
        tg = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            g = f.add(c, tg, "chat", "chat", pick(f, W.MILD, c["lang"]))
            f.add(
                c,
                tg + timedelta(minutes=4),
                "chat",
                "chat",
                W.ACK[c["lang"]].format(n=c["name"]),
                out=True,
            )
        else:
            g = f.add(
                c, tg, "web", "ticket", pick(f, W.MILD, c["lang"]), attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                tg + timedelta(minutes=30),
                "email",
                "message",
                W.ACK[c["lang"]].format(n=c["name"]),
                subject="Boscana",
                out=True,
            )
        f.truth(c, grumble_event_id=g, trouble_starts_at=tg.strftime("%Y-%m-%dT%H:%M:%SZ"))
    for night in range(3):
        b0 = f.at(night + 1, f.rng.uniform(0.7, 1.08))
        for b, off in enumerate([0.0, f.rng.uniform(28, 33), f.rng.uniform(55, 65)]):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", pick(f, W.NIGHT_Q, c["lang"]))
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        W.NIGHT_A[c["lang"]].format(n=c["name"]),
                        out=True,
                    )
                    f.add(c, t + timedelta(minutes=9), "chat", "chat", pick(f, W.THANKS, c["lang"]))
                else:
                    e = f.add(c, t, "social", "post", pick(f, W.NIGHT, c["lang"]))
                if f.rng.random() < 0.5:
                    happy_act(
                        f, c, f.at(f.rng.randint(0, 2), f.rng.uniform(9, 17.5)), surveys=False
                    )
                f.truth(c, burst_at=bs.strftime("%Y-%m-%dT%H:%M:%SZ"), night_event_id=e)
    f.write({})


def bilingual() -> None:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 7, 20, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    pairs = [("en", "fr"), ("fr", "en")] * 4 + [
        ("en", "de"),
        ("fr", "es"),
        ("en", "it"),
        ("fr", "pt"),
        ("de", "en"),
        ("es", "fr"),
        ("it", "en"),
        ("pt", "fr"),
    ]
    mk = {("en", "fr"): "CH", ("fr", "en"): "BE"}

    def who(
        persona: str, habit: str, i: int, exp: list[str], tol: list[str]
    ) -> tuple[dict[str, Any], str]:
        a, b = pairs[i % len(pairs)]
        c = f.person(
            persona,
            habit,
            exp,
            tol,
            lang=a,
            market=mk.get((a, b)),
            languages=[a, b],
            job_second_language="works with colleagues who use it",
        )
        return c, b

    for i in range(12):
        c, b = who("happy", "alternates languages", i, [], [])
        for k, d in enumerate(some_days(f, list(range(14)), f.rng.randint(5, 8))):
            happy_act(f, c, f.at(d, f.rng.uniform(8, 19)), lang=[c["lang"], b][k % 2])
    for i, n in enumerate([2, 2, 3, 3, 4]):
        c, b = who("repeat_contact", "repeats", i + 3, ["repeat_contact"], ALL_TOL)
        acts(f, c, [f.rng.randint(0, 1)], surveys=False)
        f.truth(
            c, **repeat_run(f, c, f.rng.randint(2, 5), n, n >= 3, f.rng.choice(W.PROBLEMS), lang2=b)
        )
    for i in range(5):
        c, b = who(
            "slow_churner",
            "slides",
            i + 5,
            ["sentiment_drop"],
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for k, d in enumerate(range(6)[:5]):
            f.add(
                c,
                f.at(d, f.rng.uniform(8, 19)),
                "community",
                "post",
                pick(f, W.PRAISE, [c["lang"], b][k % 2]),
            )
        acts(f, c, some_days(f, list(range(6)), f.rng.randint(1, 3)), surveys=False)
        info = slide(
            f,
            c,
            f.at(f.rng.randint(7, 8), f.rng.uniform(8, 18)),
            f.rng.randint(3, 5),
            [c["lang"], b],
        )
        info.pop("_step4")
        f.truth(c, **info)
    for i, ch in enumerate(["long", "email", "chat"]):
        c, b = who("happy_one_bad_day", "one bad day", i * 2 + 1, [], ["silence"])
        if ch == "long":
            b = "fr" if c["lang"] != "fr" else "en"
        bd = f.rng.randint(4, 9)
        acts(f, c, [bd - 3, bd + 3], surveys=False)
        t = f.at(bd, f.rng.uniform(9, 19))
        eid = complaint(f, c, t, ch, W.PROBLEMS[i], lang=b, long=ch == "long")
        ref = case_ref()
        reply(
            f,
            c,
            t + timedelta(minutes=20 if ch != "chat" else 3),
            W.CASE_OPEN,
            ref,
            "chat" if ch == "chat" else "email",
            lang=b,
        )
        info = {
            "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "bad_day_event_id": eid,
            "bad_day_language": b,
            "booking": ref,
            "problem": W.PROBLEMS[i],
            "long_email": ch == "long",
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if ch != "chat":
            reply(f, c, daytime(t + timedelta(hours=2)), W.GOOD_NEWS, ref, lang=b)
            info["agent_fixed"] = True
        if ch == "email":
            info["apology_event_id"] = f.add(
                c,
                daytime(t + timedelta(hours=f.rng.uniform(18, 24))),
                "chat",
                "chat",
                pick(f, W.SORRY, b),
            )
            info["apologised"] = True
        f.truth(c, **info)
    for i in range(2):
        c, b = who("resolved_between_contacts", "fixed", i + 9, [], ["silence"])
        p = fixed_run(
            f,
            c,
            f.at(f.rng.randint(2, 8), f.rng.uniform(9, 17)),
            W.PROBLEMS[i + 3],
            lang=c["lang"],
            confirm_lang=b,
        )
        f.truth(c, problems=[p], confirm_language=b, trouble_starts_at=p["raised_at"])
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "Boscana Teams: companies booking team retreats on account",
    )
    specs: list[tuple[str, int, int, str | None]] = [
        ("at_risk", 5, 3, "portal"),
        ("at_risk", 4, 3, "invoice"),
        ("at_risk", 6, 4, "overbilled"),
        ("at_risk", 4, 3, "service_blocked"),
        ("at_risk", 5, 4, "invoice"),
    ]
    specs += [
        ("one_unhappy", 3, 1, p) for p in ("service_blocked", "overbilled", "portal", "invoice")
    ]
    specs += [
        ("mild", 3, 0, None),
        ("mild", 4, 0, None),
        ("mild", 3, 0, None),
        ("happy", 3, 0, None),
        ("happy", 4, 0, None),
        ("happy", 3, 0, None),
    ]
    names = [
        "Harrow Logistics",
        "Atelier Verrier",
        "Kettner Software",
        "Nordlicht Pflege",
        "Brightwell Dental",
        "Maison Delorme",
        "Calder Print",
        "Soluções Teles",
        "Riva Arredi",
        "Ostrava Games",
        "Fenwick Legal",
        "Cabinet Aubry",
        "Lumen Bau",
        "Pereira & Filhos",
        "Vidal Arquitectos",
    ]
    langs = [
        "en",
        "fr",
        "de",
        "de",
        "en",
        "fr",
        "en",
        "pt",
        "it",
        "en",
        "en",
        "fr",
        "de",
        "pt",
        "es",
    ]
    jobs = [
        "Office Manager",
        "HR Lead",
        "Finance Manager",
        "People Partner",
        "Team Lead",
        "Operations Director",
    ]
    exp_n = {"account_risk": 0, "detractor": 0, "repeat_contact": 0}
    for a, (kind, n, unhappy, prob) in enumerate(specs):
        lg = langs[a]
        acc = unique(
            f.rng, lambda g, lg=lg: f"BCT-{g.choice(W.MARKETS[lg])}-{g.randint(1000, 9999)}"
        )
        mk = acc.split("-")[1]
        dom = ascii_of(names[a]).lower().replace(" ", "").replace("&", "") + ".example"
        contacts = []
        for k in range(n):
            role = (
                "complainer"
                if k < unhappy
                else ("suggests" if kind == "mild" and k < 2 else "contact")
            )
            if kind == "at_risk" and role == "complainer":
                persona, exp, tol = (
                    "b2b_unhappy",
                    (["repeat_contact"] if k == unhappy - 1 else [])
                    + (["detractor"] if k < unhappy - 1 else []),
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                )
            elif role == "complainer":
                persona, exp, tol = (
                    "b2b_one_unhappy",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], ["silence"]
            else:
                persona, exp, tol = "b2b_happy", [], []
            job = f.rng.choice(jobs)
            c = f.person(
                persona,
                role,
                exp,
                tol,
                lang=lg,
                market=mk,
                account=acc,
                company=names[a],
                role=role,
                job_title=job,
                job=job,
                company_domain=dom,
            )
            contacts.append(c)
            for e in exp:
                exp_n[e] += 1
        ref = case_ref() if unhappy else ""
        t = (
            f.at(2, 9.0 + f.rng.uniform(0, 1))
            if kind == "at_risk"
            else f.at(f.rng.randint(3, 7), f.rng.uniform(8, 15))
        )
        first_name, first_t = "", t
        trouble = None
        for k, c in enumerate(contacts):
            key = c["key"]
            if k < unhappy and prob:
                p = W.B2B[lg][prob]
                if k == 0:
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        W.B2B_MAIL[lg].format(
                            p=p[0].upper() + p[1:], n=c["name"], j=f.cust[key]["job"]
                        ),
                        subject=W.SUBJECT[lg].format(t=prob),
                    )
                    reply(f, c, t + timedelta(minutes=f.rng.randint(20, 50)), W.CASE_OPEN, ref)
                    first_name, first_t, trouble = c["name"], t, t
                else:
                    t = t + timedelta(hours=f.rng.uniform(8, 28))
                    if t.weekday() >= 5:
                        t += timedelta(days=7 - t.weekday())
                    t = t.replace(hour=max(8, min(t.hour, 16)))
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        W.B2B_MORE[lg].format(
                            f=first_name, d=first_t.strftime("%d/%m"), r=ref, p=p
                        ),
                        subject="Re: " + W.CASE_SUBJ[lg].format(r=ref),
                    )
                ids = [eid]
                if kind == "one_unhappy" or (kind == "at_risk" and k < unhappy - 1):
                    sid = f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    f.truth(c, nps_given=True, survey_event_id=sid)
                if kind == "at_risk" and k == unhappy - 1:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    if t2.weekday() >= 5:
                        t2 += timedelta(days=7 - t2.weekday())
                    t2 = t2.replace(hour=max(8, min(t2.hour, 16)))
                    comp = f.rng.choice(COMPETITORS)
                    ids.append(f.add(c, t2, "phone", "call", W.B2B_LAST[lg].format(r=ref, c=comp)))
                    f.truth(c, competitor=comp)
                f.truth(
                    c,
                    complaint_event_ids=ids,
                    problem=prob,
                    booking=ref,
                    trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
            elif kind == "mild" and k < 2:
                tm = f.at(f.rng.randint(2, 9), f.rng.uniform(8, 16))
                if tm.weekday() >= 5:
                    tm += timedelta(days=2)
                mid = f.add(
                    c,
                    tm,
                    "web",
                    "ticket",
                    pick(f, W.B2B_MILD, lg),
                    attrs={"page": "/teams/feedback"},
                )
                f.add(
                    c,
                    tm + timedelta(minutes=40),
                    "email",
                    "message",
                    W.ACK[lg].format(n=c["name"]),
                    subject="Boscana Teams",
                    out=True,
                )
                f.truth(c, mild_event_id=mid, trouble_starts_at=tm.strftime("%Y-%m-%dT%H:%M:%SZ"))
            else:
                for d in some_days(f, [0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4)):
                    tt = f.at(d, f.rng.uniform(8, 16.5))
                    r = f.rng.random()
                    if r < 0.4:
                        f.add(c, tt, "chat", "chat", W.B2B_Q[lg])
                        f.add(
                            c,
                            tt + timedelta(minutes=f.rng.randint(1, 6)),
                            "chat",
                            "chat",
                            W.B2B_A[lg].format(n=c["name"]),
                            out=True,
                        )
                    elif r < 0.6:
                        f.add(c, tt, "community", "post", W.B2B_PRAISE[lg])
                    elif r < 0.8:
                        f.add(c, tt, "web", "page_view", attrs={"page": "/teams/portal"})
                    else:
                        happy_survey(f, c, tt, lg)
            if k < unhappy or (kind == "mild" and k < 2):
                for d in some_days(f, [0, 1], f.rng.randint(0, 2)):
                    f.add(
                        c,
                        f.at(d, f.rng.uniform(8, 16)),
                        "web",
                        "page_view",
                        attrs={"page": "/teams/portal"},
                    )
        f.accounts[acc] = {
            "company": names[a],
            "site": [
                "logistics",
                "design",
                "software",
                "care",
                "dental",
                "retail",
                "print",
                "consulting",
                "furniture",
                "games",
                "legal",
                "accounting",
                "construction",
                "family firm",
                "architecture",
            ][a],
            "contacts": n,
            "contact_keys": [c["key"] for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [c["key"] for c in contacts[:unhappy]],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": trouble.strftime("%Y-%m-%dT%H:%M:%SZ")
            if kind == "at_risk" and trouble
            else None,
            "language": lg,
            "country": mk,
        }
    f.write(
        {
            "account_risk": 5,
            "detractor": exp_n["detractor"],
            "repeat_contact": exp_n["repeat_contact"],
        }
    )


def topic_spike() -> None:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 10, 5, tzinfo=UTC),
        7,
        "a calm week, then a Saturday-morning spike",
    )
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in some_days(f, list(range(6)), f.rng.randint(1, 4)):
            happy_act(
                f,
                c,
                f.at(d, f.rng.uniform(12, 19) if d == 5 else f.rng.uniform(8, 19)),
                surveys=False,
            )
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, f.rng.uniform(9, 17))
        g = f.add(c, t, "chat", "chat", pick(f, W.MILD, c["lang"]))
        f.add(
            c,
            t + timedelta(minutes=4),
            "chat",
            "chat",
            W.ACK[c["lang"]].format(n=c["name"]),
            out=True,
        )
        f.truth(c, grumble_event_id=g, trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    for lg, h in (("en", 9.6), ("fr", 16.1)):
        c = f.person("grumbles_once", "lone question", [], ["silence"], lang=lg)
        t = f.at(4, h)
        g = f.add(c, t, "chat", "chat", W.LONE_Q[lg])
        f.add(
            c, t + timedelta(minutes=5), "chat", "chat", W.LONE_A[lg].format(n=c["name"]), out=True
        )
        f.truth(c, lone_report_event_id=g, trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    s0 = f.at(5, 8 + 5 / 60)
    langs = ["en"] * 6 + ["fr"] * 6 + ["de", "de", "es", "es", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    early = [i for i, o in enumerate(offs) if o <= 25]
    rep_i = set(f.rng.sample(early, 6))
    fixed_i = set(f.rng.sample([i for i in range(20) if i not in rep_i], 6))
    for i in range(20):
        regular = i < 12
        persona = "spike_repeater" if i in rep_i else "spike_reporter"
        exp = ["repeat_contact"] if i in rep_i else []
        tol = ["silence", "sentiment_drop"] if i in rep_i else ["silence"]
        c = f.person(persona, "regular" if regular else "new", exp, tol, lang=langs[i])
        if regular:
            happy_act(f, c, f.at(2, f.rng.uniform(8, 17.5)), surveys=False)
        t = s0 + timedelta(minutes=offs[i])
        lg = c["lang"]
        ch = chans[i]
        text = pick(f, W.SPIKE, lg)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            c,
            t,
            ch,
            kind,
            ("@Boscana " + text.replace("Boscana ", "")) if ch == "social" else text,
            subject="LK(308)" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", "chat", W.SPIKE_CHAT_A[lg], out=True)
        info: dict[str, Any] = {
            "in_spike": True,
            "regular": regular,
            "spike_event_id": e,
            "spike_channel": ch,
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if i in rep_i:
            ch2 = f.rng.choice([x for x in ("email", "chat", "community") if x != ch])
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.uniform(15, 50)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                W.SPIKE_AGAIN[lg],
            )
            info["repeat_event_id"] = r
            reps.append(r)
        if i in fixed_i:
            amt = {"UK": "£9", "CH": "CHF 9"}.get(c["market"], "10 €")
            f.add(
                c,
                f.at(5, 11 + f.rng.uniform(0.1, 0.3)),
                "email",
                "message",
                W.SPIKE_FIXED[lg].format(n=c["name"], a=amt),
                subject="Boscana",
                out=True,
            )
            info["agent_fixed"] = True
        f.truth(c, **info)
        keys.append(c["key"])
        eids.append(e)
    f.spike = {
        "topic": "digital cabin keys refused at the door: guests cannot get into their cabins, error LK(308)",
        "about": "Saturday-morning outage of the app's digital keys",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})


def main() -> None:
    USED.clear()
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
