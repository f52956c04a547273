"""Generate heldout264 (Abissa, written blind). Standard library only; seeded."""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20260264
COMPETITORS = ["Korallix", "Tiefgrund"]
CC = {
    "DE": "+49 15",
    "AT": "+43 66",
    "CH": "+41 79",
    "IT": "+39 34",
    "UK": "+44 77",
    "IE": "+353 8",
    "ES": "+34 6",
    "FR": "+33 6",
    "BE": "+32 47",
    "PT": "+351 91",
}
SOURCES = {
    "email": "abissa-mail",
    "phone": "abissa-voice",
    "social": "abissa-social",
    "community": "abissa-forum",
    "chat": "abissa-chat",
    "web": "abissa-web",
    "survey": "abissa-survey",
}
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    email: str
    phone: str
    handle: str
    account: str | None = None
    truth: dict[str, Any] = field(default_factory=dict)


class Fam:
    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rows: list[tuple[datetime, int, dict[str, Any], Cust]] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, Any] = {}
        self.spike: dict[str, Any] = {}
        self.n = 0

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=self.rng.randint(0, 59))

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def cust(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.rng.choice(W.MARKETS[lang])
        while True:
            num = self.rng.randint(1000, 9999)
            key = f"AB{self.code}{num}"
            first = self.rng.choice(W.FIRST[lang])
            last = self.rng.choice(W.LAST[lang])
            plain = (
                unicodedata.normalize("NFKD", f"{first}.{last}")
                .encode("ascii", "ignore")
                .decode()
                .lower()
            )
            email = f"{plain}{num % 97}@{'firma' if account else self.rng.choice(['mailbox', 'posta', 'webpost'])}.example"
            handle = f"@{plain.replace('.', '_')}{num % 13}"
            phone = CC[market] + "".join(str(self.rng.randint(0, 9)) for _ in range(8))
            if not {key, email, handle, phone} & USED:
                break
        USED.update({key, email, handle, phone})
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account)
        c.truth = {
            "persona": persona,
            "habit": habit,
            "expected_rules": [],
            "tolerated_rules": [],
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": c.name,
        }
        self.custs.append(c)
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
        eid = f"ab264-{self.code.lower()}-{self.n:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = roughen(self.rough, text)
        if text and not out and channel == "phone":
            text = speech(text)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Tanja", "Marco", "Sofia", "Ben"])
        a.update(attrs or {})
        row: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append((t, self.n, row, c))
        return eid

    def case(self) -> str:
        while True:
            ref = f"AB-{self.rng.randint(100000, 999999)}"
            if ref not in USED:
                USED.add(ref)
                return ref

    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r[0], r[1]))
        seen: set[str] = set()
        for _, _, row, c in self.rows:
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": None if c.account else c.handle,
                "account_id": c.account,
            }
            ch = row["channel"]
            if row["direction"] == "outbound" or (c.key not in seen):
                ids = full
                if row["direction"] == "inbound":
                    seen.add(c.key)
            elif ch == "email":
                ids = {"email": c.email}
            elif ch == "phone":
                ids = {"phone": c.phone}
            elif ch in ("social", "community"):
                ids = {"email": c.email} if c.account else {"handle": c.handle}
            else:
                ids = {"customer_id": c.key}
            if c.account:
                ids = ids | {"account_id": c.account}
            row["customer"] = {k: v for k, v in ids.items() if v is not None}
        counts: dict[str, int] = {}
        for c in self.custs:
            for r in c.truth["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            assert any(r[3] is c and r[2]["direction"] == "inbound" for r in self.rows), c.key
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        assert counts == expected, (self.name, counts, expected)
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert last < datetime(2026, 11, 20, tzinfo=UTC)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Abissa (scuba courses, guided dives, gear hire and servicing; Abissa Blu membership; Abissa Pro on account)",
                "days": self.days,
                "seed": SEED,
                "written": "blind, 2026-12-07",
                "expected": counts,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {
                c.key: c.truth
                | {
                    "identifiers": {
                        "customer_id": c.key,
                        "email": c.email,
                        "phone": "+" + "".join(ch for ch in c.phone if ch.isdigit()),
                        "handle": None if c.account else c.handle,
                        "account_id": c.account,
                    }
                }
                for c in self.custs
            },
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8", newline="\n") as fh:
            for _, _, row, _ in self.rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def speech(text: str) -> str:
    """A speech-to-text transcript: no punctuation, amounts spoken."""
    text = re.sub(r"(\d):(\d)", r"\1 \2", text).replace(" €", " euros")
    text = re.sub(r"£(\d+)", r"\1 pounds", text)
    text = re.sub(r"\b[A-ZÀ-Ý]{3,}\b", lambda m: m.group(0).lower(), text)
    text = re.sub(r"[,.;:!?]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def roughen(rng: random.Random, text: str) -> str:
    if rng.random() < 0.1:
        text = "".join(
            ch
            for ch in unicodedata.normalize(
                "NFKD", text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
            )
            if not unicodedata.combining(ch) or ch == "\u0303"
        )
        text = unicodedata.normalize("NFC", text)
    if rng.random() < 0.125 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    if rng.random() < 1 / 7:
        words = text.split(" ")
        cands = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
        if cands:
            i = rng.choice(cands)
            w = words[i]
            j = rng.randint(1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def pick(f: Fam, table: dict[str, list[str]], lang: str) -> str:
    return f.rng.choice(table[lang])


def social_text(text: str) -> str:
    return text.replace("Abissa", "@Abissa", 1) if "Abissa" in text else "@Abissa " + text


def happy_act(f: Fam, c: Cust, t: datetime, lang: str | None = None, surveys: bool = True) -> None:
    lg = lang or c.lang
    kinds = ["post", "gripe", "chat", "phone", "buy", "review", "view"] + (
        ["survey"] if surveys else []
    )
    k = f.rng.choice(kinds)
    if k == "post":
        if f.rng.random() < 0.5:
            f.add(c, t, "social", "mention", social_text(pick(f, W.PRAISE, lg)))
        else:
            f.add(c, t, "community", "post", pick(f, W.PRAISE, lg))
    elif k == "gripe":
        f.add(c, t, "community", "post", pick(f, W.GRIPE_PRAISE, lg))
    elif k == "chat":
        f.add(c, t, "chat", "chat", pick(f, W.QUESTION, lg))
        f.add(c, t + timedelta(minutes=f.rng.randint(1, 6)), "chat", "chat", W.ANSWER[lg], out=True)
        if f.rng.random() < 0.6:
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(7, 10)),
                "chat",
                "chat",
                pick(f, W.THANKS, lg),
            )
    elif k == "phone":
        f.add(c, t, "phone", "call", pick(f, W.PHONE_Q, lg))
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(15, 40)),
            "email",
            "message",
            W.PHONE_FOLLOW[lg],
            subject="Abissa",
            out=True,
        )
    elif k == "buy":
        p, v = f.rng.choice(W.PRODUCTS)
        cur, val = (
            ("GBP", f"{float(v) * 0.86:.2f}")
            if c.market in ("UK",)
            else (("CHF", f"{float(v) * 0.94:.2f}") if c.market == "CH" else ("EUR", v))
        )
        f.add(c, t, "web", "page_view", attrs={"page": "/dives"})
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(2, 9)),
            "web",
            "purchase",
            attrs={"page": "/checkout", "product": p, "order_value": val, "currency": cur},
        )
    elif k == "review":
        f.add(
            c,
            t,
            "web",
            "review",
            pick(f, W.REVIEW, lg),
            attrs={"rating": str(f.rng.choice([4, 5, 5])), "page": "/reviews"},
        )
    elif k == "view":
        f.add(
            c,
            t,
            "web",
            "page_view",
            attrs={"page": f.rng.choice(["/courses", "/dives", "/blu", "/service"])},
        )
    else:
        survey(f, c, t, lg)


def survey(f: Fam, c: Cust, t: datetime, lg: str) -> None:
    s = f.rng.choice(["nps", "csat", "ces"])
    val = {"nps": f.rng.randint(9, 10), "csat": f.rng.randint(4, 5), "ces": f.rng.randint(6, 7)}[s]
    f.add(
        c,
        t,
        "survey",
        "survey_response",
        pick(f, W.SURVEY_WORD, lg) or None,
        scores={s: val},
        attrs={"survey": s},
    )


def days_acts(
    f: Fam, c: Cust, n: int, d0: int, d1: int, h0: float = 7, h1: float = 19, surveys: bool = True
) -> None:
    for d in f.rng.sample(range(d0, d1), min(n, d1 - d0)):
        happy_act(f, c, f.at(d, f.rng.uniform(h0, h1)), surveys=surveys)


def daytime(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50)
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute % 50)
    return t


def complaint(
    f: Fam, c: Cust, t: datetime, channel: str, prob: str, lg: str, long: bool = False
) -> str:
    p = W.PROBLEM_TEXT[lg][prob]
    if long:
        return f.add(
            c,
            t,
            "email",
            "message",
            W.LETTER[lg].format(p=p, n=c.name),
            subject={
                "de": "Mein Tauchwochenende",
                "it": "Il mio weekend di immersioni",
                "fr": "Mon week-end de plongée",
            }[lg],
        )
    if channel == "phone":
        return f.add(c, t, "phone", "call", W.CALL_COMPLAINT[lg].format(p=p))
    text = pick(f, W.COMPLAINT, lg).format(p=p)
    if channel == "social":
        return f.add(c, t, "social", "mention", social_text(text))
    if channel == "web":
        return f.add(c, t, "web", "ticket", text, attrs={"page": "/contact"})
    if channel == "chat":
        return f.add(c, t, "chat", "chat", text)
    return f.add(
        c,
        t,
        "email",
        "message",
        text,
        subject={
            "de": "Beschwerde",
            "it": "Reclamo",
            "en": "Complaint",
            "es": "Reclamación",
            "fr": "Réclamation",
            "pt": "Reclamação",
        }[lg],
    )


def ack(f: Fam, c: Cust, t: datetime, channel: str, ref: str, lg: str) -> None:
    if channel == "chat":
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(1, 5)),
            "chat",
            "chat",
            W.CASE_OPENED[lg].format(c=ref),
            out=True,
        )
    else:
        f.add(
            c,
            daytime(t + timedelta(minutes=f.rng.randint(10, 40))),
            "email",
            "message",
            W.CASE_OPENED[lg].format(c=ref),
            subject=ref,
            out=True,
        )


SILENCE = ["silence"]
REPEAT_TOL = [
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
        datetime(2026, 2, 2, tzinfo=UTC),
        10,
        "happy day and night writers, survey-only customers",
    )
    for _ in range(16):
        days_acts(f, f.cust("happy", "day writer"), f.rng.randint(5, 8), 0, 10)
    for _ in range(5):
        c = f.cust("happy", "night writer")
        for d in f.rng.sample(range(10), f.rng.randint(2, 4)):
            t = f.at(d, f.rng.choice([22.2, 23, 0.5, 1.5, 3.5]))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", social_text(pick(f, W.NIGHT_POST, c.lang)))
            else:
                f.add(c, t, "chat", "chat", pick(f, W.NIGHT_Q, c.lang))
                f.add(c, t + timedelta(minutes=3), "chat", "chat", W.ANSWER[c.lang], out=True)
                f.add(c, t + timedelta(minutes=8), "chat", "chat", pick(f, W.THANKS, c.lang))
        days_acts(f, c, f.rng.randint(2, 3), 0, 10, 9, 18)
    for _ in range(5):
        c = f.cust("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            survey(f, c, f.at(d, f.rng.uniform(8, 19)), c.lang)
    f.write({})


def one_bad_day() -> None:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 3, 2, tzinfo=UTC),
        12,
        "one bad day among happy customers",
    )
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    longl = ["de", "de", "it", "fr"]
    cased: list[tuple[Cust, datetime, str, str]] = []
    for i, ch in enumerate(chans):
        lang = longl[i] if ch == "long" else None
        c = f.cust("happy_one_bad_day", "one bad day", lang=lang)
        c.truth["tolerated_rules"] = list(SILENCE)
        d = f.rng.randint(2, 9)
        t = f.at(d, f.rng.uniform(8, 19))
        for dd in f.rng.sample(
            [x for x in range(12) if x <= d - 2 or x >= d + 3], f.rng.randint(1, 5)
        ):
            happy_act(f, c, f.at(dd, f.rng.uniform(8, 19)), surveys=False)
        prob = W.PROBLEMS[i % 4]
        eid = complaint(f, c, t, "email" if ch == "long" else ch, prob, c.lang, long=ch == "long")
        c.truth |= {
            "problem": prob,
            "channel": "email" if ch == "long" else ch,
            "long_email": ch == "long",
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(t),
            "booking": None,
        }
        if ch != "social":
            ref = f.case()
            c.truth["booking"] = ref
            ack(f, c, t, "chat" if ch == "chat" else "email", ref, c.lang)
            cased.append((c, t, ref, ch))
    f.rng.shuffle(cased)
    for j, (c, t, ref, _ch) in enumerate(cased):
        if j < 6:
            c.truth["persona"] = "bad_day_detractor"
            n = f.rng.randint(1, 5)
            c.truth |= {
                "nps_given": True,
                "nps": n,
                "survey_event_id": f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(100, 140)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            }
            c.truth["expected_rules"] = ["detractor"]
        elif j < 11:
            n = f.rng.randint(1, 2)
            c.truth |= {
                "csat_given": True,
                "csat": n,
                "survey_event_id": f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(40, 80)),
                    "survey",
                    "survey_response",
                    f.rng.choice(
                        ["", "schlecht" if c.lang == "de" else "male" if c.lang == "it" else ""]
                    )
                    or None,
                    scores={"csat": n},
                    attrs={"survey": "csat"},
                ),
            }
        if 3 <= j < 15:
            g = daytime(t + timedelta(hours=f.rng.uniform(1, 4)))
            f.add(
                c, g, "email", "message", W.GOOD_NEWS[c.lang].format(c=ref), subject=ref, out=True
            )
            c.truth["agent_fixed"] = True
            if j < 8:
                a = daytime(t + timedelta(hours=f.rng.uniform(16, 24)))
                c.truth |= {
                    "apologised": True,
                    "apology_at": iso(a),
                    "apology_event_id": f.add(c, a, "chat", "chat", pick(f, W.APOLOGY, c.lang)),
                }
    for _ in range(8):
        days_acts(f, f.cust("happy", "control"), f.rng.randint(4, 7), 0, 12, surveys=False)
    f.write({"detractor": 6})


def repeat_run(
    f: Fam, c: Cust, n: int, t0: datetime, prob: str, passed_on: bool, langs: list[str]
) -> None:
    chans = f.rng.sample(["email", "chat", "phone", "web", "social"], 4)
    first = f.rng.choice(["web", "email", "chat"])
    chans = [first, *[x for x in chans if x != first][: n - 1]]
    ref = f.case()
    t = t0
    ids = []
    comp = None
    for i, ch in enumerate(chans):
        lg = langs[i % len(langs)]
        p = W.PROBLEM_TEXT[lg][prob]
        if i == 0:
            ids.append(complaint(f, c, t, ch, prob, lg))
            ack(f, c, t, ch, ref, lg)
            if passed_on:
                f.add(
                    c,
                    daytime(t + timedelta(hours=f.rng.uniform(1.5, 2.5))),
                    "email",
                    "message",
                    W.QUALITY_LEAD[lg].format(c=ref),
                    subject=ref,
                    out=True,
                )
        else:
            t = daytime(t + timedelta(hours=f.rng.uniform(4, 40)))
            if ch == "phone":
                text = (
                    f"ja hallo wegen {ref} das ist immer noch offen {p}"
                    if lg == "de"
                    else f"pronto chiamo per {ref} è ancora aperta {p}"
                    if lg == "it"
                    else W.CALL_COMPLAINT[lg].format(p=p) + f" {ref}"
                )
            else:
                text = pick(f, W.STILL_OPEN, lg).format(c=ref, p=p)
            if i == 2:
                comp = f.rng.choice(COMPETITORS)
                if ch != "phone":
                    text += W.THIRD[lg].format(k=comp)
                else:
                    text += " " + W.THIRD[lg].format(k=comp).strip().lower().rstrip(".")
            if i == 3 and ch != "phone":
                text += W.FOURTH[lg]
            kind = {
                "email": "message",
                "chat": "chat",
                "phone": "call",
                "web": "ticket",
                "social": "mention",
            }[ch]
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    kind,
                    social_text(text) if ch == "social" else text,
                    subject=f"Re: {ref}" if ch == "email" else None,
                    attrs={"page": "/contact"} if ch == "web" else None,
                )
            )
            if ch == "chat":
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    W.URGENT[lg].format(c=ref),
                    out=True,
                )
    c.truth |= {
        "problem": prob,
        "booking": ref,
        "contacts": n,
        "channels": chans,
        "problem_event_ids": ids,
        "agent_passed_on": passed_on,
        "competitor": comp,
        "trouble_starts_at": iso(t0),
    }
    c.truth["expected_rules"] = ["repeat_contact"]
    c.truth["tolerated_rules"] = list(REPEAT_TOL)


def fixed_case(
    f: Fam, c: Cust, t: datetime, prob: str, lg1: str, lg2: str, ch: str = "web"
) -> dict[str, Any]:
    ref = f.case()
    e = complaint(f, c, t, ch, prob, lg1)
    ack(f, c, t, ch, ref, lg1)
    g = daytime(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(c, g, "email", "message", W.GOOD_NEWS[lg2].format(c=ref), subject=ref, out=True)
    k = daytime(g + timedelta(hours=f.rng.uniform(8, 30)))
    cch = f.rng.choice(["email", "chat"])
    ce = f.add(
        c,
        k,
        cch,
        "message" if cch == "email" else "chat",
        W.CONFIRM[lg2].format(c=ref),
        subject=f"Re: {ref}" if cch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(k),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> None:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 4, 13, tzinfo=UTC),
        10,
        "repeat contacts about one open problem",
    )
    for i in range(12):
        c = f.cust("repeat_contact", "repeats")
        days_acts(f, c, f.rng.randint(1, 3), 0, 1, 7, 12, surveys=False)
        repeat_run(
            f,
            c,
            [2, 3, 4][i % 3],
            f.at(f.rng.randint(1, 4), f.rng.uniform(8, 18)),
            W.PROBLEMS[i % 4],
            i % 2 == 0,
            [c.lang],
        )
    for i in range(5):
        c = f.cust("resolved_between_contacts", "fixed")
        c.truth["tolerated_rules"] = list(SILENCE)
        c.truth["problems"] = [
            fixed_case(
                f,
                c,
                f.at(f.rng.randint(1, 5), f.rng.uniform(8, 18)),
                W.PROBLEMS[i % 4],
                c.lang,
                c.lang,
            )
        ]
    for i in range(3):
        c = f.cust("different_problems", "two problems")
        c.truth["tolerated_rules"] = list(SILENCE)
        d = f.rng.randint(0, 1)
        c.truth["problems"] = [
            fixed_case(f, c, f.at(d, 10), W.PROBLEMS[i], c.lang, c.lang, "email"),
            fixed_case(
                f, c, f.at(d + f.rng.randint(4, 5), 11), W.PROBLEMS[i + 1], c.lang, c.lang, "chat"
            ),
        ]
    for _ in range(7):
        c = f.cust("happy", "frequent writer")
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            t = f.at(d, f.rng.uniform(8, 18))
            if f.rng.random() < 0.7:
                f.add(c, t, "chat", "chat", pick(f, W.QUESTION, c.lang))
                f.add(c, t + timedelta(minutes=4), "chat", "chat", W.ANSWER[c.lang], out=True)
            else:
                happy_act(f, c, t, surveys=False)
    f.write({"repeat_contact": 12})


def slide(f: Fam, c: Cust, d0: int, span: int, langs: list[str], nps: bool) -> None:
    comp = f.rng.choice(COMPETITORS)
    ids = []
    t = f.at(d0, 9)
    for i in range(6):
        lg = langs[i % len(langs)]
        t = daytime(max(t + timedelta(hours=1), f.at(d0 + span * i / 6, f.rng.uniform(8, 19))))
        text = W.SLIDE[lg][i].format(k=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "social":
            ids.append(f.add(c, t, "social", "mention", social_text(text)))
        elif ch == "community":
            ids.append(f.add(c, t, "community", "post", text))
        else:
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                )
            )
        if i == 3 and nps:
            n = f.rng.randint(1, 5)
            c.truth |= {
                "nps_given": True,
                "nps": n,
                "survey_event_id": f.add(
                    c,
                    daytime(t + timedelta(hours=3)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            }
    c.truth |= {
        "slide_event_ids": ids,
        "slide_days": span,
        "competitor": comp,
        "trouble_starts_at": None,
    }
    c.truth["trouble_starts_at"] = next(
        r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == ids[0]
    )
    c.truth["expected_rules"] = ["sentiment_drop"] + (["detractor"] if nps else [])
    c.truth["tolerated_rules"] = [
        "repeat_contact",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
    ]


def slow_churners() -> None:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 5, 4, tzinfo=UTC),
        32,
        "slow churners, leavers, steady, grumpy and sarcastic customers",
    )
    for i in range(10):
        c = f.cust("slow_churner", "slides")
        for d in f.rng.sample(range(11), f.rng.randint(4, 5)):
            t = f.at(d, f.rng.uniform(8, 19))
            f.add(
                c, t, "community", "post", pick(f, W.PRAISE, c.lang)
            ) if f.rng.random() < 0.5 else f.add(
                c, t, "social", "mention", social_text(pick(f, W.PRAISE, c.lang))
            )
        days_acts(f, c, f.rng.randint(2, 4), 0, 11, surveys=False)
        slide(f, c, f.rng.randint(12, 16), [3, 5, 9][i % 3], [c.lang], i < 5)
    for _ in range(5):
        c = f.cust("slow_churner", "asks to cancel")
        days_acts(f, c, f.rng.randint(4, 6), 0, 16, surveys=False)
        t = f.at(f.rng.randint(17, 23), f.rng.uniform(8, 18))
        e = f.add(c, t, "email", "message", W.CANCEL[c.lang], subject="Abissa Blu")
        f.add(
            c,
            daytime(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            W.SORRY_GO[c.lang],
            subject="Re: Abissa Blu",
            out=True,
        )
        k = daytime(t + timedelta(hours=f.rng.uniform(20, 30)))
        ce = f.add(
            c, k, "web", "cancellation", attrs={"page": "/account/cancel", "product": "Abissa Blu"}
        )
        c.truth |= {
            "churn_intent_event_id": e,
            "cancellation_event_id": ce,
            "churn_at": iso(k),
            "trouble_starts_at": iso(t),
            "expected_rules": ["churn_intent"],
            "tolerated_rules": [
                "sentiment_drop",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        }
    for _ in range(6):
        days_acts(f, f.cust("happy", "steady"), f.rng.randint(6, 10), 0, 32)
    for _ in range(5):
        c = f.cust("steadily_grumpy", "grumbles")
        c.truth["tolerated_rules"] = ["repeat_contact", "silence"]
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            t = f.at(d, f.rng.uniform(8, 19))
            ids.append(
                f.add(c, t, "community", "post", pick(f, W.GRUMBLE, c.lang))
                if f.rng.random() < 0.5
                else f.add(
                    c,
                    t,
                    "web",
                    "review",
                    pick(f, W.GRUMBLE, c.lang),
                    attrs={"rating": "3", "page": "/reviews"},
                )
            )
            d += f.rng.randint(1, 3)
        c.truth |= {
            "grumble_event_ids": ids,
            "trouble_starts_at": next(
                r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == ids[0]
            ),
        }
    for _ in range(5):
        c = f.cust("happy_one_sarcastic_remark", "happy")
        c.truth["tolerated_rules"] = list(SILENCE)
        days_acts(f, c, f.rng.randint(3, 5), 0, 30, surveys=False)
        c.truth["sarcasm_event_id"] = f.add(
            c, f.at(f.rng.randint(5, 25), 13), "social", "mention", W.SARCASM[c.lang]
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 6, 12, tzinfo=UTC),
        3,
        "a calm weekend with night owls in bursts",
    )
    for _ in range(16):
        days_acts(f, f.cust("happy", "day writer"), f.rng.randint(1, 3), 0, 3, 7, 17.5)
    for i in range(4):
        c = f.cust("grumbles_once", "grumbles once")
        c.truth["tolerated_rules"] = list(SILENCE)
        t = f.at(f.rng.randint(0, 2), f.rng.uniform(9, 16))
        f.add(c, t, "web", "page_view", attrs={"page": "/centres"})
        g = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            e = f.add(c, g, "chat", "chat", W.MILD[c.lang])
            f.add(c, g + timedelta(minutes=3), "chat", "chat", W.ANSWER[c.lang], out=True)
        else:
            e = f.add(c, g, "web", "ticket", W.MILD[c.lang], attrs={"page": "/contact"})
            f.add(
                c,
                g + timedelta(minutes=25),
                "email",
                "message",
                W.CASE_OPENED[c.lang].format(c=f.case()),
                subject="Abissa",
                out=True,
            )
        c.truth |= {"grumble_event_id": e, "trouble_starts_at": iso(g)}
    owl = 0
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                owl += 1
                c = f.cust("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "social", "post", social_text(pick(f, W.NIGHT_POST, c.lang)))
                else:
                    e = f.add(c, t, "chat", "chat", pick(f, W.NIGHT_Q, c.lang))
                    f.add(c, t + timedelta(minutes=2), "chat", "chat", W.ANSWER[c.lang], out=True)
                    f.add(c, t + timedelta(minutes=6), "chat", "chat", pick(f, W.THANKS, c.lang))
                c.truth |= {"burst_at": iso(bs), "night_event_id": e}
                if owl % 2 == 0:
                    happy_act(
                        f, c, f.at(f.rng.randint(0, 2), f.rng.uniform(9, 17.5)), surveys=False
                    )
    f.write({})


PAIRS = [
    ("de", "it"),
    ("it", "de"),
    ("de", "en"),
    ("it", "en"),
    ("de", "fr"),
    ("it", "fr"),
    ("de", "es"),
    ("it", "es"),
    ("de", "pt"),
    ("it", "pt"),
    ("en", "de"),
    ("fr", "it"),
    ("es", "it"),
    ("pt", "de"),
]
PAIR_MARKET = {"de": "CH", "it": "CH", "en": "IE", "fr": "BE", "es": "ES", "pt": "PT"}


def bilingual() -> None:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 7, 6, tzinfo=UTC),
        14,
        "customers who alternate two languages",
    )

    def bc(persona: str, habit: str, i: int) -> tuple[Cust, list[str]]:
        a, b = PAIRS[i % len(PAIRS)]
        c = f.cust(persona, habit, lang=a, market=PAIR_MARKET[a])
        c.truth["languages"] = [a, b]
        c.truth["job_second_language"] = f.rng.choice(
            ["partner's family", "works across the border", "grew up with both"]
        )
        return c, [a, b]

    for i in range(12):
        c, ls = bc("happy", "alternates languages", i)
        for j, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            happy_act(f, c, f.at(d, f.rng.uniform(8, 19)), lang=ls[j % 2])
    for i in range(5):
        c, ls = bc("repeat_contact", "repeats", i + 3)
        days_acts(f, c, f.rng.randint(1, 3), 0, 2, surveys=False)
        repeat_run(
            f,
            c,
            [2, 2, 3, 3, 4][i],
            f.at(f.rng.randint(2, 5), f.rng.uniform(8, 17)),
            W.PROBLEMS[i % 4],
            i >= 2,
            ls,
        )
    for i in range(5):
        c, ls = bc("slow_churner", "slides", i + 6)
        for j, d in enumerate(f.rng.sample(range(6), 5)):
            f.add(
                c, f.at(d, f.rng.uniform(8, 19)), "community", "post", pick(f, W.PRAISE, ls[j % 2])
            )
        days_acts(f, c, f.rng.randint(1, 3), 0, 6, surveys=False)
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), ls, False)
    for i in range(3):
        c, ls = bc("happy_one_bad_day", "one bad day", [0, 1, 2][i])
        c.truth["tolerated_rules"] = list(SILENCE)
        days_acts(f, c, 3, 0, 4, surveys=False)
        t = f.at(f.rng.randint(7, 10), f.rng.uniform(9, 17))
        ch = ["email", "email", "chat"][i]
        ls2 = ls[1]
        eid = complaint(f, c, t, ch, W.PROBLEMS[i], ls2, long=i == 0 and ls2 in W.LETTER)
        ref = f.case()
        ack(f, c, t, ch, ref, ls2)
        c.truth |= {
            "problem": W.PROBLEMS[i],
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "bad_day_language": ls2,
            "booking": ref,
            "trouble_starts_at": iso(t),
            "long_email": i == 0 and ls2 in W.LETTER,
        }
        if ch == "email":
            f.add(
                c,
                daytime(t + timedelta(hours=2)),
                "email",
                "message",
                W.GOOD_NEWS[ls2].format(c=ref),
                subject=ref,
                out=True,
            )
        if i == 1:
            a = daytime(t + timedelta(hours=f.rng.uniform(18, 24)))
            c.truth |= {
                "apologised": True,
                "apology_at": iso(a),
                "apology_event_id": f.add(c, a, "chat", "chat", pick(f, W.APOLOGY, ls2)),
            }
    for i in range(2):
        c, ls = bc("resolved_between_contacts", "fixed", i + 4)
        c.truth["tolerated_rules"] = list(SILENCE)
        c.truth["problems"] = [
            fixed_case(f, c, f.at(f.rng.randint(3, 8), 10), W.PROBLEMS[i + 2], ls[0], ls[1])
        ]
        c.truth["confirm_language"] = ls[1]
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


B2B_MARKET = {"de": "DE", "it": "IT", "en": "UK", "es": "ES", "fr": "FR", "pt": "PT"}


def office(t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        t = (
            (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50)
            if t.hour >= 8 or t.weekday() >= 5
            else t.replace(hour=8, minute=t.minute % 50)
        )
    return t


def b2b_accounts() -> None:
    f = Fam(7, "b2b_accounts", "BB", datetime(2026, 9, 7, tzinfo=UTC), 14, "Abissa Pro accounts")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    alangs = [
        "de",
        "it",
        "de",
        "it",
        "en",
        "de",
        "it",
        "es",
        "fr",
        "de",
        "it",
        "pt",
        "de",
        "it",
        "fr",
    ]
    for n, kind in enumerate(kinds):
        lg = alangs[n]
        acc = f"ABP-{B2B_MARKET[lg]}-{1000 + f.rng.randint(0, 8999)}"
        company = W.B2B_FIRMS[lg][n % len(W.B2B_FIRMS[lg])] + ("" if n < 6 else f" {n}")
        size = (
            f.rng.randint(4, 6)
            if kind == "at_risk"
            else 3
            if kind in ("one_unhappy", "mild")
            else f.rng.randint(3, 4)
        )
        cs = [
            f.cust("b2b_happy", "contact", lang=lg, market=B2B_MARKET[lg], account=acc)
            for _ in range(size)
        ]
        for c in cs:
            c.truth |= {
                "company": company,
                "role": "contact",
                "job_title": f.rng.choice(
                    ["Guest relations", "Events manager", "Front office", "Accounts payable"]
                ),
            }
            c.truth["job"] = c.truth["job_title"]
        nunh = 0
        unh: list[str] = []
        prob = None
        start = None
        exp: list[str] = []
        if kind == "at_risk":
            prob = ["invoice", "portal"][n % 2]
            k = 3 if n < 3 else 4
            nunh = k
            t = f.start + timedelta(days=2, hours=f.rng.uniform(8.5, 11))
            start = iso(t)
            ref = f.case()
            exp = ["account_risk"]
            for j, c in enumerate(cs[:k]):
                unh.append(c.key)
                p = W.B2B_PROBLEM[lg][prob]
                if j == 0:
                    ids = [
                        f.add(
                            c,
                            t,
                            "email",
                            "message",
                            W.B2B_FIRST[lg].format(p=p),
                            subject="Abissa Pro",
                        )
                    ]
                    f.add(
                        c,
                        office(t + timedelta(minutes=40)),
                        "email",
                        "message",
                        W.CASE_OPENED[lg].format(c=ref),
                        subject=ref,
                        out=True,
                    )
                else:
                    t = office(t + timedelta(hours=f.rng.uniform(8, 28)))
                    ids = [
                        f.add(
                            c,
                            t,
                            "email",
                            "message",
                            W.B2B_LATER[lg].format(f=cs[0].name.split()[0], c=ref, p=p),
                            subject=f"Re: {ref}",
                        )
                    ]
                c.truth |= {
                    "persona": "b2b_unhappy",
                    "role": "complainer",
                    "habit": "complainer",
                    "problem": prob,
                    "booking": ref,
                    "trouble_starts_at": iso(t),
                    "tolerated_rules": [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                }
                if j < k - 1:
                    nv = f.rng.randint(1, 5)
                    c.truth |= {
                        "nps_given": True,
                        "nps": nv,
                        "survey_event_id": f.add(
                            c,
                            office(t + timedelta(hours=f.rng.uniform(1, 3))),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": nv},
                            attrs={"survey": "nps"},
                        ),
                        "expected_rules": ["detractor"],
                    }
                else:
                    t2 = office(t + timedelta(hours=f.rng.uniform(18, 40)))
                    ids.append(f.add(c, t2, "phone", "call", W.B2B_LAST[lg].format(c=ref)))
                    c.truth["expected_rules"] = ["repeat_contact"]
                c.truth["complaint_event_ids"] = ids
        elif kind == "one_unhappy":
            c = cs[0]
            prob = ["invoice", "portal"][n % 2]
            t = office(f.start + timedelta(days=f.rng.randint(3, 7), hours=f.rng.uniform(8.5, 15)))
            ref = f.case()
            e = f.add(
                c,
                t,
                "email",
                "message",
                W.B2B_FIRST[lg].format(p=W.B2B_PROBLEM[lg][prob]),
                subject="Abissa Pro",
            )
            f.add(
                c,
                office(t + timedelta(minutes=50)),
                "email",
                "message",
                W.CASE_OPENED[lg].format(c=ref),
                subject=ref,
                out=True,
            )
            nv = f.rng.randint(1, 5)
            c.truth |= {
                "persona": "b2b_one_unhappy",
                "role": "complainer",
                "habit": "complainer",
                "problem": prob,
                "booking": ref,
                "complaint_event_ids": [e],
                "trouble_starts_at": iso(t),
                "nps_given": True,
                "nps": nv,
                "expected_rules": ["detractor"],
                "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
            }
            c.truth["survey_event_id"] = f.add(
                c,
                office(t + timedelta(hours=2)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nv},
                attrs={"survey": "nps"},
            )
            nunh, unh = 1, [c.key]
        elif kind == "mild":
            for c in cs[:2]:
                t = office(
                    f.start + timedelta(days=f.rng.randint(1, 9), hours=f.rng.uniform(8.5, 15))
                )
                e = f.add(c, t, "web", "ticket", W.B2B_MILD[lg], attrs={"page": "/pro/contact"})
                f.add(
                    c,
                    office(t + timedelta(minutes=45)),
                    "email",
                    "message",
                    W.CASE_OPENED[lg].format(c=f.case()),
                    subject="Abissa Pro",
                    out=True,
                )
                c.truth |= {
                    "persona": "b2b_mild",
                    "role": "suggests",
                    "habit": "suggests",
                    "mild_event_id": e,
                    "trouble_starts_at": iso(t),
                    "tolerated_rules": list(SILENCE),
                }
        for c in cs:
            happy = c.truth["persona"] == "b2b_happy"
            for _k in range(f.rng.randint(2, 4) if happy else f.rng.randint(0, 2)):
                t = f.start + timedelta(
                    days=f.rng.choice([0, 1])
                    if not happy
                    else f.rng.choice([0, 1, 2, 3, 4, 7, 8, 9]),
                    hours=f.rng.uniform(8, 16.5),
                )
                r = f.rng.random()
                if r < 0.5:
                    f.add(c, t, "chat", "chat", W.B2B_Q[lg])
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        "chat",
                        W.ANSWER[lg],
                        out=True,
                    )
                elif r < 0.8 or not happy:
                    f.add(c, t, "web", "page_view", attrs={"page": "/pro/bookings"})
                else:
                    s = f.rng.choice(["nps", "csat"])
                    f.add(
                        c,
                        t,
                        "survey",
                        "survey_response",
                        None,
                        scores={s: 10 if s == "nps" else 5},
                        attrs={"survey": s},
                    )
            if happy and not any(r[3] is c for r in f.rows):
                f.add(
                    c,
                    f.start + timedelta(days=1, hours=10),
                    "web",
                    "page_view",
                    attrs={"page": "/pro"},
                )
        f.accounts[acc] = {
            "company": company,
            "site": f.rng.choice(["hotel", "events", "resort"]),
            "contacts": len(cs),
            "contact_keys": [c.key for c in cs],
            "unhappy_contacts": nunh,
            "unhappy_contact_keys": unh,
            "at_risk": kind == "at_risk",
            "expected_rules": exp,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": start,
            "language": lg,
            "country": B2B_MARKET[lg],
        }
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 10, 5, tzinfo=UTC),
        7,
        "a calm week and a Saturday-morning check-in failure",
    )
    for _ in range(40):
        c = f.cust("happy", "day writer")
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            happy_act(f, c, f.at(d, f.rng.uniform(12, 18.5) if d == 5 else f.rng.uniform(8, 19)))
    for _ in range(2):
        c = f.cust("grumbles_once", "grumbles once")
        c.truth["tolerated_rules"] = list(SILENCE)
        t = f.at(0, f.rng.uniform(9, 15))
        e = f.add(c, t, "chat", "chat", W.MILD[c.lang])
        f.add(c, t + timedelta(minutes=4), "chat", "chat", W.ANSWER[c.lang], out=True)
        c.truth |= {"grumble_event_id": e, "trouble_starts_at": iso(t)}
    for lg, h in (("de", 9.6), ("it", 16.1)):
        c = f.cust("grumbles_once", "lone question", lang=lg)
        c.truth["tolerated_rules"] = list(SILENCE)
        t = f.start + timedelta(days=4, hours=h)
        e = f.add(c, t, "chat", "chat", W.LONE_Q[lg])
        f.add(c, t + timedelta(minutes=5), "chat", "chat", W.LONE_A[lg], out=True)
        c.truth |= {"lone_report_event_id": e, "trouble_starts_at": iso(t)}
    s0 = datetime(2026, 10, 10, 8, 5, tzinfo=UTC)
    langs = ["de"] * 6 + ["it"] * 6 + ["en", "en", "es", "es", "fr", "fr", "pt", "pt"][:8]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    reps: list[Cust] = []
    ids: list[str] = []
    rids: list[str] = []
    order = list(range(20))
    f.rng.shuffle(order)
    for slot, i in enumerate(order):
        lg = langs[i]
        regular = i % 5 < 3
        c = f.cust("spike_reporter", "regular" if regular else "new", lang=lg)
        c.truth["tolerated_rules"] = list(SILENCE)
        if regular:
            days_acts(f, c, f.rng.randint(1, 3), 2, 4, 8, 17.5, surveys=False)
        t = s0 + timedelta(minutes=offs[slot])
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
            social_text(text) if ch == "social" else text,
            subject="Check-in" if ch == "email" else None,
            attrs={"page": "/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", "chat", W.SPIKE_CHAT[lg], out=True)
        ids.append(e)
        c.truth |= {
            "in_spike": True,
            "regular": regular,
            "spike_event_id": e,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
        }
        reps.append(c)
    early = [c for c in reps if c.truth["trouble_starts_at"] <= "2026-10-10T08:30:00Z"]
    for c in f.rng.sample(early, 6):
        t = datetime.fromisoformat(c.truth["trouble_starts_at"].replace("Z", "+00:00")) + timedelta(
            minutes=f.rng.randint(15, 40)
        )
        ch = f.rng.choice(
            [x for x in ["email", "chat", "community"] if x != c.truth["spike_channel"]]
        )
        e = f.add(
            c,
            t,
            ch,
            {"email": "message", "chat": "chat", "community": "post"}[ch],
            W.SPIKE_AGAIN[c.lang],
            subject="Check-in" if ch == "email" else None,
        )
        rids.append(e)
        c.truth |= {
            "persona": "spike_repeater",
            "repeat_event_id": e,
            "expected_rules": ["repeat_contact"],
            "tolerated_rules": ["silence", "sentiment_drop"],
        }
    rest = [c for c in reps if c.truth["persona"] == "spike_reporter"]
    for c in f.rng.sample(rest, 6):
        f.add(
            c,
            datetime(2026, 10, 10, 11, f.rng.randint(8, 17), tzinfo=UTC),
            "email",
            "message",
            W.SPIKE_FIXED[c.lang],
            subject="Check-in",
            out=True,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "dive booking app check-in refused at jetty kiosks before Saturday boat dives: error CHK:7720, no one can board",
        "about": "check-in failure",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": [c.key for c in reps],
        "event_ids": ids,
        "repeat_event_ids": rids,
    }
    f.write({"repeat_contact": 6, "topic_spike": 1})


def main() -> None:
    for fn in (
        happy_writers,
        one_bad_day,
        repeat_contacts,
        slow_churners,
        quiet_hours,
        bilingual,
        b2b_accounts,
        topic_spike,
    ):
        fn()


if __name__ == "__main__":
    main()
