"""Build heldout169/: hand-written alert scenarios for Plantavio, written blind (report only).

Run ``python make_heldout169.py`` from anywhere; it writes ``<family>.jsonl`` and
``<family>.truth.json`` next to itself. Standard library only, fixed seed.
"""

# ruff: noqa: E501

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

SEED = 20261205
WRITTEN = "2026-12-06"
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
SOURCES = {
    "email": "plantavio-mail",
    "phone": "plantavio-voice",
    "social": "plantavio-social",
    "community": "plantavio-forum",
    "chat": "plantavio-chat",
    "web": "plantavio-web",
    "survey": "plantavio-survey",
}
CURRENCY = {"UK": "GBP", "CH": "CHF"}
PHONES = {
    "DE": ("+49 15", 9),
    "AT": ("+43 66", 8),
    "CH": ("+41 7", 8),
    "PT": ("+351 9", 8),
    "UK": ("+44 7", 9),
    "IE": ("+353 8", 8),
    "FR": ("+33 6", 8),
    "BE": ("+32 4", 8),
    "IT": ("+39 3", 9),
    "ES": ("+34 6", 8),
}
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def uniq(rng: random.Random, make: Any) -> str:
    while True:
        v = str(make(rng))
        if v not in USED:
            USED.add(v)
            return v


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
        ch
        for ch in unicodedata.normalize("NFD", s)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )


def roughen(rng: random.Random, text: str) -> str:
    if rng.random() < 0.1:
        text = strip_accents(text)
    if rng.random() < 0.125 and text[:1].isupper() and text[1:2].islower():
        text = text[0].lower() + text[1:]
    if rng.random() < 1 / 7:
        words = text.split(" ")
        cands = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) >= 5]
        if cands:
            i = rng.choice(cands)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Fam:
    name: str
    start: datetime
    days: int
    rng: random.Random
    rough: random.Random
    about: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        account: str | None = None,
        market: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        r = self.rng
        mk = market or r.choice(W.MARKETS[lang])
        first = r.choice(W.FIRST[lang])
        last = r.choice(W.LAST[lang])
        code = CODES[self.name]
        key = uniq(r, lambda g: f"PV{code}{g.randrange(1000, 9999)}")
        base = strip_accents(f"{first}.{last}").lower().replace(" ", "").replace("ñ", "n")
        if domain:
            email = uniq(
                r,
                lambda g: (
                    f"{base.split('.')[0]}{g.randrange(1, 99) if g.random() < 0.3 else ''}@{domain}"
                ),
            )
        else:
            email = uniq(
                r,
                lambda g: (
                    f"{base}{g.randrange(1, 99)}@{g.choice(['mailbox', 'posteo', 'webpost', 'correio'])}.example"
                ),
            )
        pre, digits = PHONES[mk]
        phone = uniq(r, lambda g: pre + "".join(str(g.randrange(10)) for _ in range(digits)))
        handle = (
            None
            if account
            else uniq(
                r,
                lambda g: (
                    "@"
                    + g.choice(
                        [
                            base.replace(".", "_"),
                            base.split(".")[1] + base[0],
                            base.replace(".", "") + str(g.randrange(1, 90)),
                        ]
                    )
                ),
            )
        )
        norm_phone = "+" + "".join(ch for ch in phone if ch.isdigit())
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": norm_phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lang, mk, first, email, phone, handle, account, truth)
        self.custs.append(c)
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.n += 1
        eid = f"h169-{CODES[self.name].lower()}-{self.n:05d}"
        if text is not None and direction == "inbound" and channel not in ("phone", "survey"):
            text = roughen(self.rough, text)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if direction == "outbound":
            a["agent"] = self.rng.choice(["Lea", "Marco", "Inês", "Tom", "Ana", "Jonas"])
        a.update(attrs or {})
        self.rows.append(
            {
                "t": t,
                "n": self.n,
                "c": c,
                "row": {
                    "event_id": eid,
                    "occurred_at": iso(t),
                    "channel": channel,
                    "kind": kind,
                    "direction": direction,
                    "text": text,
                    "subject": subject,
                    "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
                    "source": SOURCES[channel],
                    "attributes": a,
                },
            }
        )
        return eid


def ref(rng: random.Random) -> str:
    return uniq(rng, lambda g: f"PV-{g.randrange(100000, 999999)}")


def pick(rng: random.Random, table: dict[str, list[str]], lang: str) -> str:
    return rng.choice(table[lang])


def lang_of(rng: random.Random) -> str:
    return rng.choices(W.LANGS, W.LANG_WEIGHTS)[0]


def day_hour(rng: random.Random, lo: float = 7.5, hi: float = 20.5) -> float:
    return round(rng.uniform(lo, hi), 3)


def out_of_night(t: datetime, rng: random.Random) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=rng.randrange(0, 59), second=0)
    return t


def happy_act(f: Fam, c: Cust, t: datetime, kinds: list[str] | None = None) -> None:
    r = f.rng
    lang = c.lang
    k = r.choice(
        kinds or ["praise", "again", "gripe", "chat", "call", "buy", "view", "review", "survey"]
    )
    if k == "praise":
        ch = "social" if c.handle and r.random() < 0.5 else "community"
        txt = pick(r, W.PRAISE, lang)
        if ch == "social":
            txt = (
                txt.replace("Plantavio", "@Plantavio", 1)
                if "Plantavio" in txt
                else "@Plantavio " + txt
            )
        f.add(c, t, ch, "mention" if ch == "social" else "post", txt)
    elif k == "again":
        f.add(c, t, "community", "post", pick(r, W.AGAIN, lang))
    elif k == "gripe":
        f.add(
            c, t, "web", "review", pick(r, W.GRIPE, lang), attrs={"rating": "4", "page": "/reviews"}
        )
    elif k == "chat":
        f.add(c, t, "chat", "chat", pick(r, W.QUESTION, lang))
        f.add(c, t + timedelta(minutes=r.randint(1, 6)), "chat", "chat", W.ANSWER[lang], "outbound")
        if r.random() < 0.6:
            f.add(
                c, t + timedelta(minutes=r.randint(7, 10)), "chat", "chat", pick(r, W.THANKS, lang)
            )
    elif k == "call":
        f.add(c, t, "phone", "call", pick(r, W.CALLQ, lang))
        f.add(
            c,
            t + timedelta(minutes=r.randint(15, 40)),
            "email",
            "message",
            W.CALL_FOLLOW[lang],
            "outbound",
        )
    elif k == "buy":
        prod, price = r.choice(W.PRODUCTS)
        f.add(c, t, "web", "page_view", None, attrs={"page": "/app/shop"})
        cur = CURRENCY.get(c.market, "EUR")
        val = price * (0.86 if cur == "GBP" else 0.94 if cur == "CHF" else 1.0)
        f.add(
            c,
            t + timedelta(minutes=r.randint(2, 9)),
            "web",
            "purchase",
            None,
            attrs={
                "order_value": f"{val:.2f}",
                "currency": cur,
                "product": prod,
                "page": "/app/checkout",
            },
        )
    elif k == "view":
        f.add(c, t, "web", "page_view", None, attrs={"page": r.choice(W.PAGES)})
    elif k == "review":
        f.add(
            c,
            t,
            "web",
            "review",
            pick(r, W.REVIEW, lang),
            attrs={"rating": "5", "page": "/reviews"},
        )
    else:
        survey(f, c, t)


def survey(f: Fam, c: Cust, t: datetime) -> None:
    r = f.rng
    which = r.choice(["nps", "csat", "ces"])
    val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
    f.add(
        c,
        t,
        "survey",
        "survey_response",
        r.choice(W.SURVEY_WORD[c.lang]) or None,
        scores={which: val},
        attrs={"survey": which},
    )


def happy_days(
    f: Fam,
    c: Cust,
    n: int,
    days: list[int],
    lo: float = 7.5,
    hi: float = 19.5,
    kinds: list[str] | None = None,
) -> None:
    for d in sorted(f.rng.sample(days, min(n, len(days)))):
        happy_act(f, c, f.at(d, day_hour(f.rng, lo, hi)), kinds)


def complain(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, case: str | None, long: bool = False
) -> str:
    """A first complaint; returns its event id. Agent replies are added by the caller."""
    r = f.rng
    lang = c.lang
    phrase = W.PROB[problem][lang]
    subj = W.COMPLAINT_SUBJ[lang] + W.PROB_TOPIC[problem][lang]
    if channel == "phone":
        return f.add(
            c,
            t,
            "phone",
            "call",
            W.CALL[lang].replace("<PROB>", phrase.lower().replace(",", "").replace(".", "")),
        )
    if long:
        return f.add(
            c, t, "email", "message", pick(r, W.LONG, lang).replace("<PROB>", phrase), subject=subj
        )
    text = pick(r, W.ANGRY, lang).replace("<PROB>", phrase)
    if channel == "email":
        return f.add(c, t, "email", "message", text, subject=subj)
    if channel == "chat":
        return f.add(c, t, "chat", "chat", text)
    if channel == "web":
        return f.add(c, t, "web", "ticket", text, subject=subj, attrs={"page": "/help/contact"})
    return f.add(c, t, "social", "mention", "@Plantavio " + text)


def case_reply(f: Fam, c: Cust, t: datetime, case: str, channel: str) -> None:
    if channel == "chat":
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(1, 5)),
            "chat",
            "chat",
            W.CASE_OPENED[c.lang].replace("<CASE>", case),
            "outbound",
        )
    else:
        rt = out_of_night(t + timedelta(minutes=f.rng.randint(10, 40)), f.rng)
        f.add(
            c,
            rt,
            "email",
            "message",
            W.CASE_OPENED[c.lang].replace("<CASE>", case),
            "outbound",
            subject=W.REPLY_SUBJ[c.lang] + case,
        )


# ---------------------------------------------------------------- families --
def happy_writers(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person(lang_of(r), "happy", "day writer", [], [])
        happy_days(f, c, r.randint(5, 8), list(range(f.days)))
    for _ in range(5):
        c = f.person(lang_of(r), "happy", "night writer", [], [])
        nights = r.sample(range(f.days - 1), r.randint(2, 4))
        for d in nights:
            t = f.at(d, r.choice([22.3, 23.1, 24.6, 25.4, 26.2, 27.9]))
            if r.random() < 0.5:
                f.add(c, t, "community", "post", pick(r, W.NIGHT_POST, c.lang))
            else:
                f.add(c, t, "chat", "chat", pick(r, W.NIGHT_Q, c.lang))
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(2, 6)),
                    "chat",
                    "chat",
                    W.ANSWER[c.lang],
                    "outbound",
                )
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(7, 10)),
                    "chat",
                    "chat",
                    pick(r, W.THANKS, c.lang),
                )
        free = [d for d in range(f.days) if d not in nights and d - 1 not in nights]
        happy_days(f, c, r.randint(2, 3), free, 9, 18, ["praise", "buy", "view", "review"])
    for _ in range(5):
        c = f.person(lang_of(r), "happy", "answers surveys", [], [])
        for d in sorted(r.sample(range(f.days), r.randint(3, 6))):
            survey(f, c, f.at(d, day_hour(r)))


def one_bad_day(f: Fam) -> None:
    r = f.rng
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(probs)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    nps_i = set(r.sample(with_case, 6))
    csat_i = set(r.sample([i for i in with_case if i not in nps_i], 5))
    good_i = set(r.sample(with_case, 12))
    apol_i = set(r.sample(sorted(good_i), 5))
    long_langs = ["de", "de", "pt", "pt"]
    for i, ch in enumerate(chans):
        lang = long_langs.pop() if ch == "long" else lang_of(r)
        det = i in nps_i
        c = f.person(
            lang,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
        )
        bd = r.randint(2, 9)
        t = f.at(bd, day_hour(r, 8, 20))
        case = None if ch == "social" else ref(r)
        eid = complain(f, c, t, probs[i], "email" if ch == "long" else ch, case, ch == "long")
        c.truth.update(
            {
                "problem": probs[i],
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "channel": ch,
                "booking": case,
                "long_email": ch == "long",
            }
        )
        if case:
            case_reply(f, c, t, case, ch)
        if det:
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(100, 140)),
                "survey",
                "survey_response",
                r.choice(W.NPS_WORD[lang]) or None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "survey_event_id": sid})
        if i in csat_i:
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                r.choice(W.NPS_WORD[lang]) or None,
                scores={"csat": r.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "survey_event_id": sid})
        if case and i in good_i:
            gt = out_of_night(t + timedelta(hours=r.uniform(1, 4)), r)
            f.add(
                c,
                gt,
                "email",
                "message",
                W.GOOD_NEWS[lang].replace("<CASE>", case),
                "outbound",
                subject=W.REPLY_SUBJ[lang] + case,
            )
            c.truth["agent_fixed"] = True
            if i in apol_i:
                at = out_of_night(t + timedelta(hours=r.uniform(16, 24)), r)
                aid = f.add(c, at, r.choice(["chat", "email"]), "message", pick(r, W.APOLOGY, lang))
                c.truth.update({"apologised": True, "apology_at": iso(at), "apology_event_id": aid})
        free = [d for d in range(f.days) if d < bd - 1 or d > bd + 2]
        happy_days(
            f,
            c,
            r.randint(1, 5),
            free,
            kinds=["praise", "again", "gripe", "chat", "buy", "view", "review"],
        )
    for _ in range(8):
        c = f.person(lang_of(r), "happy", "control", [], [])
        happy_days(f, c, r.randint(4, 7), list(range(f.days)))


def later_contacts(
    f: Fam,
    c: Cust,
    t0: datetime,
    problem: str,
    case: str,
    first_ch: str,
    times: int,
    langs: list[str] | None = None,
) -> tuple[list[str], str | None]:
    r = f.rng
    chans = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    r.shuffle(chans)
    ids: list[str] = []
    comp: str | None = None
    t = t0
    for k in range(1, times):
        t = out_of_night(t + timedelta(hours=r.uniform(4, 40)), r)
        lang = langs[k % len(langs)] if langs else c.lang
        ch = chans[k - 1]
        txt = (
            W.STILL[lang]
            .replace("<CASE>", case)
            .replace("<PROB>", W.PROB[problem][lang][:1].upper() + W.PROB[problem][lang][1:])
        )
        if k == 2:
            comp = r.choice(W.COMPETITORS)
            txt += W.THIRD[lang].replace("<COMP>", comp)
        if k == 3:
            txt += W.FOURTH[lang]
        if ch == "phone":
            ids.append(
                f.add(
                    c,
                    t,
                    "phone",
                    "call",
                    txt.lower()
                    .replace(".", "")
                    .replace(",", "")
                    .replace(":", "")
                    .replace("?", "")
                    .replace("pv-", "PV-"),
                )
            )
        elif ch == "email":
            ids.append(f.add(c, t, "email", "message", txt, subject=W.REPLY_SUBJ[lang] + case))
        elif ch == "chat":
            ids.append(f.add(c, t, "chat", "chat", txt))
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 5)),
                "chat",
                "chat",
                W.URGENT[lang].replace("<CASE>", case),
                "outbound",
            )
        elif ch == "web":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    txt,
                    subject=W.REPLY_SUBJ[lang] + case,
                    attrs={"page": "/help/contact"},
                )
            )
        else:
            ids.append(f.add(c, t, "social", "mention", "@Plantavio " + txt))
    return ids, comp


def repeat_run(
    f: Fam, c: Cust, start_day: int, times: int, quality: bool, langs: list[str] | None = None
) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    first_ch = r.choice(["web", "email", "chat", "phone"])
    t = f.at(start_day, day_hour(r, 8, 19))
    case = ref(r)
    first = complain(f, c, t, problem, first_ch, case)
    case_reply(f, c, t, case, first_ch)
    if quality:
        f.add(
            c,
            t + timedelta(hours=r.uniform(1.5, 2.5)),
            "email",
            "message",
            W.QUALITY[c.lang].replace("<CASE>", case),
            "outbound",
            subject=W.REPLY_SUBJ[c.lang] + case,
        )
    ids, comp = later_contacts(f, c, t, problem, case, first_ch, times, langs)
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "channel": first_ch,
            "problem_event_ids": [first, *ids],
            "competitor": comp,
            "trouble_starts_at": iso(t),
            "agent_passed_on": quality,
        }
    )


def fixed_run(f: Fam, c: Cust, day: int, problem: str, lang2: str | None = None) -> dict[str, Any]:
    r = f.rng
    t = f.at(day, day_hour(r, 8, 18))
    case = ref(r)
    ch = "web" if lang2 else r.choice(["web", "email", "chat"])
    eid = complain(f, c, t, problem, ch, case)
    case_reply(f, c, t, case, ch)
    ft = out_of_night(t + timedelta(hours=r.uniform(3, 20)), r)
    lang = lang2 or c.lang
    f.add(
        c,
        ft,
        "email",
        "message",
        W.GOOD_NEWS[lang].replace("<CASE>", case),
        "outbound",
        subject=W.REPLY_SUBJ[lang] + case,
    )
    ct = out_of_night(ft + timedelta(hours=r.uniform(8, 30)), r)
    cch = r.choice(["email", "chat"])
    cid = f.add(
        c,
        ct,
        cch,
        "message" if cch == "email" else "chat",
        pick(r, W.CONFIRM, lang).replace("<CASE>", case),
        subject=(W.REPLY_SUBJ[lang] + case) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(ft),
        "confirmed_at": iso(ct),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


REPEAT_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
SLIDE_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
]


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    for i, times in enumerate([2] * 4 + [3] * 4 + [4] * 4):
        c = f.person(lang_of(r), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        happy_days(f, c, r.randint(1, 3), [0], 7, 12, ["praise", "buy", "view", "chat"])
        repeat_run(f, c, r.randint(1, 4), times, i % 2 == 0)
    for _ in range(5):
        c = f.person(lang_of(r), "resolved_between_contacts", "fixed", [], ["silence"])
        c.truth["problems"] = [fixed_run(f, c, r.randint(1, 5), r.choice(W.PROBLEMS))]
    for _ in range(3):
        c = f.person(lang_of(r), "different_problems", "two problems", [], ["silence"])
        p1, p2 = r.sample(W.PROBLEMS, 2)
        d = r.randint(0, 3)
        c.truth["problems"] = [fixed_run(f, c, d, p1), fixed_run(f, c, d + r.randint(4, 5), p2)]
    for _ in range(7):
        c = f.person(lang_of(r), "happy", "frequent writer", [], [])
        happy_days(
            f,
            c,
            r.randint(5, 8),
            list(range(f.days)),
            kinds=["chat", "chat", "call", "buy", "praise"],
        )


def slide(f: Fam, c: Cust, start: int, span: int, langs: list[str] | None = None) -> list[str]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    ids: list[str] = []
    t = f.at(start, day_hour(r, 8, 12))
    for k in range(6):
        if k:
            t = out_of_night(
                max(t + timedelta(hours=1), f.at(start + span * k / 5, day_hour(r, 8, 20))), r
            )
        lang = langs[k % 2] if langs else c.lang
        txt = W.SLIDE[lang][k].replace("<COMP>", comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "social":
            ids.append(f.add(c, t, "social", "mention", "@Plantavio " + txt))
        elif ch == "community":
            ids.append(f.add(c, t, "community", "post", txt))
        else:
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    txt,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        if k == 3:
            c.truth["_nps_after"] = iso(t)
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": c.truth.get("trouble_starts_at")
            or (ids and f.rows[-6]["row"]["occurred_at"]),
        }
    )
    return ids


def slow_churners(f: Fam) -> None:
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        det = i < 5
        c = f.person(
            lang_of(r),
            "slow_churner",
            "slides",
            ["sentiment_drop", *(["detractor"] if det else [])],
            SLIDE_TOL,
        )
        days = sorted(r.sample(range(11), r.randint(6, 9)))
        for d in days[:5]:
            happy_act(f, c, f.at(d, day_hour(r)), ["praise"])
        for d in days[5:]:
            happy_act(f, c, f.at(d, day_hour(r)), ["buy", "chat", "view", "again"])
        start = r.randint(12, 16)
        ids = slide(f, c, start, spans[i])
        c.truth["trouble_starts_at"] = next(
            x["row"]["occurred_at"] for x in f.rows if x["row"]["event_id"] == ids[0]
        )
        after = c.truth.pop("_nps_after")
        if det:
            st = out_of_night(
                datetime.fromisoformat(after) + timedelta(hours=r.uniform(2.5, 3.5)), r
            )
            c.truth["survey_event_id"] = f.add(
                c,
                st,
                "survey",
                "survey_response",
                r.choice(W.NPS_WORD[c.lang]) or None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth["nps_given"] = True
    for _ in range(5):
        c = f.person(
            lang_of(r),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"],
        )
        happy_days(f, c, r.randint(4, 6), list(range(16)))
        t = f.at(r.randint(17, 23), day_hour(r, 8, 18))
        cid = f.add(c, t, "email", "message", pick(r, W.CANCEL, c.lang), subject="Verde")
        f.add(
            c,
            t + timedelta(hours=r.uniform(1, 5)),
            "email",
            "message",
            W.SORRY_GO[c.lang],
            "outbound",
            subject="Re: Verde",
        )
        ct = t + timedelta(hours=r.uniform(20, 30))
        ct = out_of_night(ct, r)
        xid = f.add(
            c,
            ct,
            "web",
            "cancellation",
            None,
            attrs={"page": "/app/verde/cancel", "product": "Plantavio Verde"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": cid,
                "cancellation_event_id": xid,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person(lang_of(r), "happy", "steady", [], [])
        happy_days(f, c, r.randint(6, 10), list(range(f.days)))
    for _ in range(5):
        c = f.person(lang_of(r), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web"])
            txt = pick(r, W.GRUMBLE, c.lang)
            t = f.at(d, day_hour(r))
            if ch == "social":
                ids.append(f.add(c, t, "social", "mention", "@Plantavio " + txt))
            elif ch == "community":
                ids.append(f.add(c, t, "community", "post", txt))
            else:
                ids.append(
                    f.add(c, t, "web", "review", txt, attrs={"rating": "3", "page": "/reviews"})
                )
            d += r.randint(1, 3)
        c.truth.update(
            {"grumble_event_ids": ids, "trouble_starts_at": f.rows[-len(ids)]["row"]["occurred_at"]}
        )
    for _ in range(5):
        c = f.person(lang_of(r), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_days(f, c, r.randint(4, 6), list(range(16)))
        t = f.at(r.randint(17, 28), day_hour(r, 9, 20))
        c.truth["sarcasm_event_id"] = f.add(
            c, t, "social", "mention", "@Plantavio " + pick(r, W.SARCASM, c.lang)
        )


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person(lang_of(r), "happy", "day writer", [], [])
        happy_days(f, c, r.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person(lang_of(r), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(r.randint(0, 2), day_hour(r, 9, 16))
        f.add(c, t, "web", "page_view", None, attrs={"page": r.choice(W.PAGES)})
        gt = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            gid = f.add(c, gt, "chat", "chat", W.MILD[c.lang])
            f.add(
                c,
                gt + timedelta(minutes=r.randint(1, 5)),
                "chat",
                "chat",
                W.MILD_ACK[c.lang],
                "outbound",
            )
        else:
            gid = f.add(c, gt, "web", "ticket", W.MILD[c.lang], attrs={"page": "/help/contact"})
            f.add(
                c,
                gt + timedelta(minutes=r.randint(10, 40)),
                "email",
                "message",
                W.MILD_ACK[c.lang],
                "outbound",
            )
        c.truth.update(
            {"grumble_event_id": gid, "trouble_starts_at": gt.isoformat().replace("+00:00", "Z")}
        )
    for night in range(1, 4):
        b1 = f.at(night, r.uniform(0.67, 1.08))
        for b, off in enumerate([0.0, r.uniform(28, 33), r.uniform(55, 65)]):
            bs = b1 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person(lang_of(r), "night_owl", f"night {night}, burst {b + 1}", [], [])
                t = bs + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    nid = f.add(c, t, "community", "post", pick(r, W.NIGHT_POST, c.lang))
                else:
                    nid = f.add(c, t, "chat", "chat", pick(r, W.NIGHT_Q, c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(2, 5)),
                        "chat",
                        "chat",
                        W.ANSWER[c.lang],
                        "outbound",
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(6, 9)),
                        "chat",
                        "chat",
                        pick(r, W.THANKS, c.lang),
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": nid})
                if r.random() < 0.5:
                    happy_act(
                        f,
                        c,
                        f.at(r.choice([0, 1, 2]), day_hour(r, 9, 17.5)),
                        ["praise", "buy", "view"],
                    )


def bilingual(f: Fam) -> None:
    r = f.rng
    pairs = [
        ("de", "pt"),
        ("pt", "de"),
        ("de", "en"),
        ("pt", "en"),
        ("de", "fr"),
        ("pt", "es"),
        ("de", "it"),
        ("fr", "de"),
        ("it", "pt"),
        ("es", "de"),
        ("en", "pt"),
        ("pt", "fr"),
    ]

    def mk(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, list[str]]:
        p = r.choice(pairs)
        c = f.person(p[0], persona, habit, exp, tol)
        c.truth.update(
            {
                "languages": list(p),
                "job_second_language": r.choice(
                    [
                        "works across the border",
                        "partner's family",
                        "studies abroad",
                        "colleagues abroad",
                    ]
                ),
            }
        )
        return c, list(p)

    def alt(
        c: Cust, langs: list[str], n: int, days: list[int], kinds: list[str] | None = None
    ) -> None:
        for k, d in enumerate(sorted(r.sample(days, min(n, len(days))))):
            c.lang = langs[k % 2]
            happy_act(f, c, f.at(d, day_hour(r)), kinds)
        c.lang = langs[0]

    for _ in range(12):
        c, langs = mk("happy", "alternates languages", [], [])
        alt(c, langs, r.randint(6, 9), list(range(f.days)))
    for i, times in enumerate([2, 2, 3, 3, 4]):
        c, langs = mk("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        alt(c, langs, r.randint(1, 3), [0, 1], ["praise", "buy", "view"])
        repeat_run(f, c, r.randint(2, 5), times, i >= 2, langs)
    for _ in range(5):
        c, langs = mk("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        alt(c, langs, 5, list(range(6)), ["praise"])
        alt(c, langs, r.randint(1, 3), [6], ["buy", "view"])
        ids = slide(f, c, r.randint(7, 8), r.randint(3, 5), langs)
        c.truth.pop("_nps_after")
        c.truth["trouble_starts_at"] = next(
            x["row"]["occurred_at"] for x in f.rows if x["row"]["event_id"] == ids[0]
        )
    for k in range(3):
        c, langs = mk("happy_one_bad_day", "one bad day", [], ["silence"])
        alt(c, langs, r.randint(2, 4), [0, 1, 2, 3, 10, 11, 12, 13])
        c.lang = langs[1]
        t = f.at(r.randint(5, 8), day_hour(r, 9, 19))
        case = ref(r)
        ch = ["email", "email", "chat"][k]
        eid = complain(f, c, t, r.choice(W.PROBLEMS), ch, case, k == 0 and c.lang in W.LONG)
        case_reply(f, c, t, case, ch)
        if ch == "email":
            f.add(
                c,
                out_of_night(t + timedelta(hours=r.uniform(1, 4)), r),
                "email",
                "message",
                W.GOOD_NEWS[c.lang].replace("<CASE>", case),
                "outbound",
                subject=W.REPLY_SUBJ[c.lang] + case,
            )
        if k == 1:
            f.add(
                c,
                out_of_night(t + timedelta(hours=r.uniform(18, 24)), r),
                "chat",
                "chat",
                pick(r, W.APOLOGY, c.lang),
            )
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": c.lang,
                "booking": case,
                "trouble_starts_at": iso(t),
            }
        )
        c.lang = langs[0]
    for _ in range(2):
        c, langs = mk("resolved_between_contacts", "fixed", [], ["silence"])
        alt(c, langs, 2, [0, 1, 2])
        c.truth["problems"] = [fixed_run(f, c, r.randint(4, 9), r.choice(W.PROBLEMS), langs[1])]


def b2b_first(f: Fam, c: Cust, t: datetime, prob: str, company: str, case: str) -> str:
    """A company contact's first complaint e-mail and the agent's acknowledgement."""
    lang = c.lang
    text = W.B2B_FIRST[lang].replace("<PROB>", W.B2B_PROB[prob][lang])
    eid = f.add(c, t, "email", "message", text, subject=W.COMPLAINT_SUBJ[lang] + company)
    ack = W.B2B_ACK[lang].replace("<CASE>", case)
    rt = t + timedelta(minutes=f.rng.randint(20, 90))
    f.add(c, rt, "email", "message", ack, "outbound", subject=W.REPLY_SUBJ[lang] + case)
    return eid


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    firms = [
        ("Kanzlei Brückner", "DE", "de", "law firm"),
        ("Seguros Atlântico", "PT", "pt", "insurance"),
        ("Stadtwerke Mühlental", "DE", "de", "municipality"),
        ("Clínica Boavista", "PT", "pt", "clinic"),
        ("Harbour & Finch", "UK", "en", "agency"),
        ("Hotel Alpenblick", "AT", "de", "hotel"),
        ("Atelier Morel", "FR", "fr", "architects"),
        ("Studio Ferraresi", "IT", "it", "design"),
        ("Coworking Tejo", "PT", "pt", "coworking"),
        ("Praxis am Ring", "CH", "de", "medical practice"),
        ("Librería Alba", "ES", "es", "retail"),
        ("Universidade Nova Sul", "PT", "pt", "university"),
        ("Bürohaus Lindenhof", "DE", "de", "facilities"),
        ("Banca Colli", "IT", "it", "bank"),
        ("Restaurante Maré", "PT", "pt", "restaurant"),
    ]
    kinds = [
        ("at_risk", 4, 3, "portal"),
        ("at_risk", 5, 3, "invoice"),
        ("at_risk", 6, 3, "service_blocked"),
        ("at_risk", 5, 4, "overbilled"),
        ("at_risk", 4, 4, "invoice"),
        ("one_unhappy", 3, 1, "portal"),
        ("one_unhappy", 3, 1, "overbilled"),
        ("one_unhappy", 3, 1, "service_blocked"),
        ("one_unhappy", 3, 1, "invoice"),
        ("mild", 3, 0, ""),
        ("mild", 4, 0, ""),
        ("mild", 3, 0, ""),
        ("happy", 4, 0, ""),
        ("happy", 5, 0, ""),
        ("happy", 4, 0, ""),
    ]
    titles = [
        "Office Manager",
        "Facility Manager",
        "Head of Admin",
        "Accounts Payable",
        "Receptionist",
        "Operations Lead",
    ]
    for (company, mk_, lang, site), (kind, n, unhappy, prob) in zip(firms, kinds, strict=True):
        acc = uniq(r, lambda g, m=mk_: f"PVO-{m}-{g.randrange(1000, 9999)}")
        domain = (
            strip_accents(company).lower().replace(" ", "").replace("&", "").replace("ü", "ue")
            + ".example"
        )
        contacts: list[Cust] = []
        for j in range(n):
            if kind == "at_risk" and j < unhappy:
                last = j == unhappy - 1
                persona, exp = "b2b_unhappy", (["repeat_contact"] if last else ["detractor"])
                tol = [
                    "account_risk",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "sentiment_drop",
                    "silence",
                ]
                role = "complainer"
            elif kind == "one_unhappy" and j == 0:
                persona, exp, tol, role = (
                    "b2b_one_unhappy",
                    ["detractor"],
                    ["high_value_at_risk", "sentiment_drop", "silence"],
                    "complainer",
                )
            elif kind == "mild" and j < 2:
                persona, exp, tol, role = "b2b_mild", [], ["silence"], "suggests"
            else:
                persona, exp, tol, role = "b2b_happy", [], [], "contact"
            c = f.person(lang, persona, role, exp, tol, account=acc, market=mk_, domain=domain)
            jt = titles[j % len(titles)]
            c.truth.update({"company": company, "role": role, "job_title": jt, "job": jt})
            contacts.append(c)
            if role == "contact":
                for d in sorted(r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(3, 6))):
                    t = f.at(d, day_hour(r, 8, 16.5))
                    k = r.choice(["q", "buy", "view", "praise", "survey"])
                    if k == "q":
                        f.add(c, t, "chat", "chat", W.B2B_Q[lang])
                        f.add(
                            c,
                            t + timedelta(minutes=r.randint(1, 6)),
                            "chat",
                            "chat",
                            W.ANSWER[lang],
                            "outbound",
                        )
                        if r.random() < 0.6:
                            f.add(
                                c,
                                t + timedelta(minutes=r.randint(7, 10)),
                                "chat",
                                "chat",
                                pick(r, W.THANKS, lang),
                            )
                    elif k == "buy":
                        f.add(c, t, "web", "page_view", None, attrs={"page": "/office/catalogue"})
                        f.add(
                            c,
                            t + timedelta(minutes=r.randint(3, 9)),
                            "web",
                            "purchase",
                            None,
                            attrs={
                                "order_value": f"{r.randint(120, 900)}.00",
                                "currency": CURRENCY.get(mk_, "EUR"),
                                "product": "Office plant rental, monthly",
                                "page": "/office/checkout",
                            },
                        )
                    elif k == "view":
                        f.add(c, t, "web", "page_view", None, attrs={"page": "/office/portal"})
                    elif k == "praise":
                        f.add(c, t, "community", "post", W.B2B_PRAISE[lang])
                    else:
                        survey(f, c, t)
            else:
                for d in sorted(r.sample([0, 1], r.randint(0, 2))):
                    t = f.at(d, day_hour(r, 8, 16.5))
                    f.add(c, t, "web", "page_view", None, attrs={"page": "/office/portal"})
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
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": mk_,
        }
        if kind == "at_risk":
            case = ref(r)
            t = f.at(2, day_hour(r, 8, 12))
            acc_truth["trouble_starts_at"] = iso(t)
            for j, c in enumerate(contacts[:unhappy]):
                if j:
                    t = t + timedelta(hours=r.uniform(8, 28))
                    if t.hour >= 17 or t.hour < 8:
                        t = (t if t.hour < 8 else t + timedelta(days=1)).replace(
                            hour=8, minute=r.randrange(0, 50)
                        )
                    while t.weekday() >= 5:
                        t += timedelta(days=1)
                    dayw = (
                        W.WEEKDAY[lang][5]
                        if t.date()
                        == datetime.fromisoformat(
                            contacts[0].truth["trouble_starts_at"].replace("Z", "+00:00")
                        ).date()
                        else W.WEEKDAY[lang][
                            datetime.fromisoformat(
                                contacts[0].truth["trouble_starts_at"].replace("Z", "+00:00")
                            ).weekday()
                        ]
                    )
                    txt = (
                        W.B2B_LATER[lang]
                        .replace("<FIRST>", contacts[0].name)
                        .replace("<DAY>", dayw)
                        .replace("<CASE>", case)
                        .replace("<PROB>", W.B2B_PROB[prob][lang])
                    )
                    eid = f.add(c, t, "email", "message", txt, subject=W.REPLY_SUBJ[lang] + case)
                else:
                    eid = b2b_first(f, c, t, prob, company, case)
                c.truth.update(
                    {
                        "problem": prob,
                        "booking": case,
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                    }
                )
                if j < unhappy - 1:
                    c.truth["survey_event_id"] = f.add(
                        c,
                        t + timedelta(hours=r.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": r.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.truth["nps_given"] = True
                else:
                    t2 = t + timedelta(hours=r.uniform(18, 40))
                    if t2.hour >= 17 or t2.hour < 8:
                        t2 = (t2 if t2.hour < 8 else t2 + timedelta(days=1)).replace(
                            hour=9, minute=r.randrange(0, 50)
                        )
                    while t2.weekday() >= 5:
                        t2 += timedelta(days=1)
                    if r.random() < 0.3:
                        comp = r.choice(W.COMPETITORS)
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            W.B2B_LAST_MAIL[lang].replace("<CASE>", case).replace("<COMP>", comp),
                            subject=W.REPLY_SUBJ[lang] + case,
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(
                            c, t2, "phone", "call", W.B2B_LAST_CALL[lang].replace("<CASE>", case)
                        )
                    c.truth["complaint_event_ids"].append(e2)
        elif kind == "one_unhappy":
            c = contacts[0]
            case = ref(r)
            t = f.at(r.randint(3, 7), day_hour(r, 8, 16))
            while t.weekday() >= 5:
                t += timedelta(days=1)
            eid = b2b_first(f, c, t, prob, company, case)
            sid = f.add(
                c,
                t + timedelta(hours=r.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "problem": prob,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "survey_event_id": sid,
                    "nps_given": True,
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.at(r.choice([2, 3, 4, 7, 8]), day_hour(r, 8, 16))
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    pick(r, W.B2B_SUGGEST, lang),
                    attrs={"page": "/office/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(30, 120)),
                    "email",
                    "message",
                    W.B2B_SUGGEST_ACK[lang],
                    "outbound",
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        f.accounts[acc] = acc_truth


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = f.person(lang_of(r), "happy", "day writer", [], [])
        happy_days(f, c, r.randint(2, 5), [0, 1, 2, 3, 4], 7.5, 19)
    for _ in range(2):
        c = f.person(lang_of(r), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, day_hour(r, 9, 16))
        gid = f.add(c, t, "chat", "chat", W.MILD[c.lang])
        f.add(
            c,
            t + timedelta(minutes=r.randint(1, 5)),
            "chat",
            "chat",
            W.MILD_ACK[c.lang],
            "outbound",
        )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hour in (("pt", 9.6), ("de", 15.1)):
        c = f.person(lang, "grumbles_once", "lone question", [], ["silence"])
        t = f.at(2, hour)
        lid = f.add(c, t, "chat", "chat", W.LONE_Q[lang])
        f.add(c, t + timedelta(minutes=3), "chat", "chat", W.LONE_A[lang], "outbound")
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    spike0 = f.at(3, 10 + 20 / 60)  # Thursday
    langs = ["de"] * 6 + ["pt"] * 6 + ["en"] * 2 + ["fr"] * 2 + ["it"] * 2 + ["es"] * 2
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    offs = sorted([0.0, 45.0, *[r.uniform(1, 44) for _ in range(18)]])
    reporters: list[tuple[Cust, datetime, str]] = []
    ev: list[str] = []
    for i, (lang, ch, off) in enumerate(zip(langs, chans, offs, strict=True)):
        regular = i % 5 < 3
        c = f.person(lang, "spike_reporter", "regular" if regular else "new", [], ["silence"])
        if regular:
            happy_days(f, c, r.randint(1, 2), [0, 1], 8, 17.5, ["praise", "buy", "view", "chat"])
        t = spike0 + timedelta(minutes=off)
        txt = pick(r, W.SPIKE, lang)
        if ch == "social":
            eid = f.add(
                c,
                t,
                "social",
                "mention",
                txt.replace("Plantavio", "@Plantavio", 1)
                if "Plantavio" in txt
                else "@Plantavio " + txt,
            )
        elif ch == "community":
            eid = f.add(c, t, "community", "post", txt)
        elif ch == "email":
            eid = f.add(c, t, "email", "message", txt, subject="App")
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", txt, attrs={"page": "/help/contact"})
        else:
            eid = f.add(c, t, "chat", "chat", txt)
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_ANSWER[lang],
                "outbound",
            )
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        reporters.append((c, t, ch))
        ev.append(eid)
    early = [x for x in reporters if x[1] <= spike0 + timedelta(minutes=30)]
    reps = r.sample(early, 6)
    rep_ids: list[str] = []
    for c, t, ch in reps:
        c.truth["persona"] = "spike_repeater"
        c.truth["expected_rules"] = ["repeat_contact"]
        c.truth["tolerated_rules"] = ["sentiment_drop", "silence"]
        ch2 = r.choice([x for x in ["email", "chat", "community"] if x != ch])
        t2 = t + timedelta(minutes=r.uniform(10, 45))
        txt = W.SPIKE_REPEAT[c.lang]
        if ch2 == "email":
            rid = f.add(c, t2, "email", "message", txt, subject="App")
        elif ch2 == "chat":
            rid = f.add(c, t2, "chat", "chat", txt)
            f.add(
                c,
                t2 + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_ANSWER[c.lang],
                "outbound",
            )
        else:
            rid = f.add(c, t2, "community", "post", txt)
        c.truth["repeat_event_id"] = rid
        rep_ids.append(rid)
    others = [x for x in reporters if x not in reps]
    for c, _t, _ch in r.sample(others, 6):
        local = {"UK": "12:40", "IE": "12:40", "PT": "12:40"}.get(c.market, "13:40")
        f.add(
            c,
            f.at(3, 12 + r.uniform(0.1, 0.3)),
            "email",
            "message",
            W.WORKS_AGAIN[c.lang].replace("<TIME>", local),
            "outbound",
            subject="App",
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "the planted incident of topic_spike",
        "channel": None,
        "start": iso(spike0 + timedelta(minutes=offs[0])),
        "end": iso(spike0 + timedelta(minutes=offs[-1])),
        "customers": len(reporters),
        "customer_keys": [x[0].key for x in reporters],
        "event_ids": ev,
        "repeat_event_ids": rep_ids,
    }


# ------------------------------------------------------------------ output --
FAMILIES = [
    (
        "happy_writers",
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        happy_writers,
        "happy daytime and night writers, survey answerers",
    ),
    (
        "one_bad_day",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        one_bad_day,
        "happy customers with one angry day, some detractors",
    ),
    (
        "repeat_contacts",
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        repeat_contacts,
        "one open problem raised again, fixed ones, frequent writers",
    ),
    (
        "slow_churners",
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        slow_churners,
        "slides, leavers, steady, grumpy, sarcastic",
    ),
    (
        "quiet_hours",
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm summer weekend with night-owl bursts",
    ),
    (
        "bilingual",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        bilingual,
        "customers writing in two languages",
    ),
    (
        "b2b_accounts",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        b2b_accounts,
        "Plantavio Office accounts",
    ),
    (
        "topic_spike",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        topic_spike,
        "a calm week and the planted incident",
    ),
]


def customer_block(c: Cust, full: bool, channel: str) -> dict[str, str | None]:
    if full:
        return {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
    if channel == "phone":
        return {
            "customer_id": None,
            "email": None,
            "phone": c.phone,
            "handle": None,
            "account_id": c.account,
        }
    if channel == "email" or (channel in ("social", "community") and not c.handle):
        return {
            "customer_id": None,
            "email": c.email,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
    if channel in ("social", "community"):
        return {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": c.handle,
            "account_id": None,
        }
    return {
        "customer_id": c.key,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }


def build(n: int, name: str, start: datetime, days: int, fn: Any, about: str) -> None:
    expected_weekday = 4 if name == "quiet_hours" else 0
    assert start.weekday() == expected_weekday, name
    f = Fam(
        name, start, days, random.Random(SEED * 100 + n), random.Random(SEED * 100 + 50 + n), about
    )
    fn(f)
    f.rows.sort(key=lambda x: (x["t"], x["n"]))
    seen: set[str] = set()
    lines = []
    for x in f.rows:
        c: Cust = x["c"]
        row = x["row"]
        full = row["direction"] == "outbound" or (
            row["direction"] == "inbound" and c.key not in seen
        )
        if row["direction"] == "inbound":
            seen.add(c.key)
        cust = customer_block(c, full, row["channel"])
        row = {
            "event_id": row["event_id"],
            "occurred_at": row["occurred_at"],
            "channel": row["channel"],
            "kind": row["kind"],
            "direction": row["direction"],
            "customer": cust,
        } | {k: row[k] for k in ("text", "subject", "scores", "source", "attributes")}
        lines.append(json.dumps(row, ensure_ascii=False))
    last = f.rows[-1]["t"]
    end = max(start + timedelta(days=days), last + timedelta(hours=1))
    assert last < datetime(2026, 11, 15, tzinfo=UTC) and end < datetime(2026, 11, 15, tzinfo=UTC), (
        name
    )
    customers: dict[str, dict[str, Any]] = {}
    counts: dict[str, int] = {}
    for c in f.custs:
        assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        assert c.key in seen, c.key
        customers[c.key] = c.truth
        for rule in c.truth["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    if f.spike:
        counts["topic_spike"] = 1
    truth = {
        "config": {
            "family": name,
            "about": about,
            "business": "Plantavio (plants by app and web, Verde membership; Plantavio Office on account)",
            "days": days,
            "seed": SEED * 100 + n,
            "written": WRITTEN,
            "expected": dict(sorted(counts.items())),
        },
        "start": iso(start),
        "end": iso(end),
        "customers": customers,
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (HERE / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
    )


def main() -> None:
    for n, (name, start, days, fn, about) in enumerate(FAMILIES, 1):
        build(n, name, start, days, fn, about)


if __name__ == "__main__":
    main()
