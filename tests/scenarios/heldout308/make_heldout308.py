# ruff: noqa: E501
"""Generate heldout308 (Navilia, canal-boat holidays): eight families, seeded, stdlib only."""

from __future__ import annotations

import json
import sys
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20260912
WRITTEN = "2026-12-07"
LAST_OK = datetime(2026, 11, 20)
MARKETS = {
    "es": ["ES"],
    "it": ["IT", "IT", "CH"],
    "de": ["DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "pt": ["PT"],
}
CC = {
    "ES": "34",
    "IT": "39",
    "CH": "41",
    "DE": "49",
    "AT": "43",
    "UK": "44",
    "IE": "353",
    "FR": "33",
    "BE": "32",
    "PT": "351",
}
MOB = {
    "ES": "6",
    "IT": "3",
    "CH": "7",
    "DE": "15",
    "AT": "6",
    "UK": "7",
    "IE": "8",
    "FR": "6",
    "BE": "4",
    "PT": "9",
}
LEN = {"ES": 9, "IT": 10, "CH": 9, "DE": 11, "AT": 10, "UK": 10, "IE": 9, "FR": 9, "BE": 9, "PT": 9}
FIRST = {
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Nuria",
        "Álvaro",
        "Irene",
        "Pablo",
        "Carmen",
        "Diego",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Matteo",
        "Elena",
        "Davide",
        "Sara",
        "Paolo",
    ],
    "de": ["Anna", "Jonas", "Katrin", "Felix", "Sabine", "Tobias"],
    "en": ["Emma", "Liam", "Sophie", "Conor", "Hannah", "James"],
    "fr": ["Camille", "Hugo", "Léa", "Julien", "Manon", "Thomas"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Mariana", "João"],
}
LAST = {
    "es": ["García", "Moreno", "Navarro", "Ibáñez", "Castro", "Ruiz", "Serrano", "Vidal"],
    "it": ["Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Galli", "Conti", "Marino"],
    "de": ["Becker", "Wolf", "Schäfer", "Krüger", "Hahn"],
    "en": ["Murphy", "Walsh", "Taylor", "Byrne", "Hughes"],
    "fr": ["Lefèvre", "Moreau", "Girard", "Fournier", "Roux"],
    "pt": ["Silva", "Costa", "Ferreira", "Sousa", "Lopes"],
}
NOTHING: list[str] = []
SILENCE = ["silence"]
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDER_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVER_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]
WEIGHTS = [("es", 30), ("it", 30), ("de", 10), ("en", 10), ("fr", 10), ("pt", 10)]


class Ids:
    n = 0

    @classmethod
    def next(cls) -> int:
        cls.n += 1
        return cls.n


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ñ", "\0")
    s = "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")
    return s.replace("\0", "ñ")


def speech(s: str) -> str:
    out = []
    for w in s.split():
        w = w.strip(".,!?¿¡:;\"'()")
        if not w:
            continue
        out.append(w if any(ch.isdigit() for ch in w) and "-" in w else w.lower())
    return " ".join(out)


class Cust:
    def __init__(
        self, key: str, lang: str, market: str, truth: dict[str, Any], ids: dict[str, str | None]
    ) -> None:
        self.key, self.lang, self.market, self.truth, self.ids = key, lang, market, truth, ids
        self.name = str(truth["name"]).split()[0]
        self.lang2 = lang


class Fam:
    def __init__(
        self, name: str, code: str, start: datetime, days: int, n: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = Random(SEED * 100 + n)
        self.rr = Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    def lang(self) -> str:
        return self.rng.choices([x for x, _ in WEIGHTS], [w for _, w in WEIGHTS])[0]

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        market: str | None = None,
        account: str | None = None,
        company: str | None = None,
        **extra: Any,
    ) -> Cust:
        i = Ids.next()
        m = market or self.rng.choice(MARKETS[lang])
        first, last = self.rng.choice(FIRST[lang]), self.rng.choice(LAST[lang])
        key = f"NV{self.code.upper()}{1000 + i:04d}"
        plain = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        email = f"{plain}{i}@{company.lower() + '.example' if company else self.rng.choice(['correo.example', 'posta.example', 'mail.example'])}"
        digits = str(10**6 + i * 37)[-6:]
        body = MOB[m] + digits
        body = body + "0" * (LEN[m] - len(body)) if len(body) < LEN[m] else body[: LEN[m]]
        phone = f"+{CC[m]}{body}"
        handle = (
            None if account else f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{i}"
        )
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": dict(ids),
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": m,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        if company:
            truth["company"] = company
        truth.update(extra)
        c = Cust(key, lang, m, truth, ids)
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
        eid = f"nv308-{self.code}-{len(self.rows) + 1:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c.market}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Nerea", "Alessio", "Jana", "Orla", "Maëlle", "Duarte"])
        a.update(attrs or {})
        self.rows.append(
            {
                "t": t,
                "seq": len(self.rows),
                "eid": eid,
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
        r = self.rr
        if r.random() < 0.1:
            s = strip_accents(s)
        if r.random() < 1 / 8 and s[:1].isupper():
            s = s[0].lower() + s[1:]
        if r.random() < 1 / 7:
            words = s.split(" ")
            cands = [k for k, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
            if cands:
                k = r.choice(cands)
                w = words[k]
                j = r.randrange(1, len(w) - 2)
                words[k] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                s = " ".join(words)
        return s

    def fill(self, s: str, c: Cust, **kw: str) -> str:
        base = self.rng.choice(W.BASES[c.lang])
        d = {"brand": W.BRAND, "club": W.CLUB, "pro": W.PRO, "base": base, "name": c.name}
        d.update(kw)
        return s.format(**d)

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))

    def render(self) -> None:
        rows = sorted(self.rows, key=lambda r: (r["t"], r["seq"]))
        assert rows[-1]["t"] < LAST_OK and rows[0]["t"] >= self.start
        seen: set[str] = set()
        lines = []
        for r in rows:
            c: Cust = r["c"]
            ids = dict(c.ids)
            first = r["out"] or c.key not in seen
            if not r["out"]:
                seen.add(c.key)
            if not first:
                ch = r["channel"]
                keep = {
                    "phone": "phone",
                    "social": "handle",
                    "community": "handle",
                    "email": "email",
                }.get(ch, "customer_id")
                if keep == "handle" and not ids["handle"]:
                    keep = "email"
                v = ids[keep]
                if keep == "phone" and v and self.rr.random() < 0.5:
                    v = "+" + CC[c.market] + " " + v[len(CC[c.market]) + 1 :]
                if keep == "handle" and v and self.rr.random() < 0.2:
                    v = v.lstrip("@")
                if keep == "email" and v and self.rr.random() < 1 / 12:
                    v = v.upper()
                ids = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": ids["account_id"],
                    keep: v,
                }
            sc = {"nps": None, "csat": None, "ces": None}
            sc.update(r["scores"])
            lines.append(
                json.dumps(
                    {
                        "event_id": r["eid"],
                        "occurred_at": iso(r["t"]),
                        "channel": r["channel"],
                        "kind": r["kind"],
                        "direction": "outbound" if r["out"] else "inbound",
                        "customer": ids,
                        "text": r["text"],
                        "subject": r["subject"],
                        "scores": sc,
                        "source": f"navilia-{r['channel']}",
                        "attributes": r["attrs"],
                    },
                    ensure_ascii=False,
                )
            )
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        end = max(self.start + timedelta(days=self.days), rows[-1]["t"] + timedelta(hours=1))
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
                "business": "Navilia: self-drive canal-boat and river-cruiser holidays, Navilia Club membership, Navilia Crew business arm",
                "days": self.days,
                "seed": SEED,
                "written": WRITTEN,
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
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def morning(t: datetime, rng: Random) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=rng.randrange(60))
    if t.hour < 7:
        return t.replace(hour=8, minute=rng.randrange(60))
    return t


def office(t: datetime, rng: Random) -> datetime:
    if t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randrange(60))
    elif t.hour < 8:
        t = t.replace(hour=8, minute=rng.randrange(60))
    while t.weekday() >= 5:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randrange(60))
    return t


def mention(text: str) -> str:
    k = text.rfind(W.BRAND)
    return text[:k] + "@" + text[k:] if k >= 0 else "@" + W.BRAND + " " + text


def happy(
    f: Fam,
    c: Cust,
    t: datetime,
    surveys: bool = False,
    lang: str | None = None,
    kinds: list[str] | None = None,
) -> str:
    lg = lang or c.lang
    r = f.rng
    opts = kinds or [
        "praise",
        "praise",
        "chat",
        "mail",
        "phone",
        "buy",
        "view",
        "review",
        "again",
        "gripe",
    ] + (["survey", "survey"] if surveys else [])
    k = r.choice(opts)
    if k in ("praise", "again", "gripe"):
        text = f.fill(f.pick(W.PRAISE_GRIPE if k == "gripe" else W.PRAISE, lg), c)
        if c.ids["handle"] and r.random() < 0.6:
            return f.add(c, t, "social", "mention", mention(text))
        return f.add(c, t, "community", "post", text)
    if k == "chat":
        e = f.add(c, t, "chat", "chat", f.fill(f.pick(W.QUESTION, lg), c))
        f.add(
            c,
            t + timedelta(minutes=r.uniform(1, 6)),
            "chat",
            "chat",
            f.fill(f.pick(W.ANSWER, lg), c),
            out=True,
        )
        if r.random() < 0.6:
            f.add(c, t + timedelta(minutes=r.uniform(7, 10)), "chat", "chat", f.pick(W.THANKS, lg))
        return e
    if k == "mail":
        e = f.add(
            c,
            t,
            "email",
            "message",
            f.fill(f.pick(W.QUESTION, lg), c),
            subject=f.pick(W.MAIL_SUBJECT, lg),
        )
        f.add(
            c,
            morning(t + timedelta(minutes=r.uniform(20, 90)), r),
            "email",
            "message",
            f.fill(f.pick(W.ANSWER, lg), c),
            subject="RE: " + f.pick(W.MAIL_SUBJECT, lg),
            out=True,
        )
        return e
    if k == "phone":
        e = f.add(c, t, "phone", "call", f.pick(W.PHONE_Q, lg))
        f.add(
            c,
            morning(t + timedelta(minutes=r.uniform(10, 30)), r),
            "email",
            "message",
            f.fill(f.pick(W.PHONE_FOLLOW, lg), c),
            out=True,
        )
        return e
    if k == "buy":
        page = r.choice(W.PAGES)
        f.add(c, t, "web", "page_view", attrs={"page": page})
        prod, price = r.choice(W.PRODUCTS)
        cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
        val = float(price) * {"GBP": 0.86, "CHF": 0.94}.get(cur, 1.0)
        return f.add(
            c,
            t + timedelta(minutes=r.uniform(3, 15)),
            "web",
            "purchase",
            attrs={
                "order_value": f"{val:.2f}",
                "currency": cur,
                "product": prod,
                "page": "/checkout",
            },
        )
    if k == "view":
        return f.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
    if k == "review":
        return f.add(
            c,
            t,
            "web",
            "review",
            f.fill(f.pick(W.REVIEW, lg), c),
            attrs={"rating": r.choice(["4", "5", "5"]), "page": "/reviews"},
        )
    sv = r.choice(["nps", "csat", "ces"])
    score = {"nps": r.choice([9, 10]), "csat": r.choice([4, 5]), "ces": r.choice([6, 7])}[sv]
    word = f.pick(W.SURVEY_WORD, lg)
    return f.add(
        c, t, "survey", "survey_response", word or None, scores={sv: score}, attrs={"survey": sv}
    )


def days_acts(
    f: Fam, c: Cust, n: int, d0: int, d1: int, h0: float = 7, h1: float = 19, **kw: Any
) -> list[str]:
    days = f.rng.sample(range(d0, d1 + 1), min(n, d1 - d0 + 1))
    return [happy(f, c, f.at(d, h0, h1), **kw) for d in sorted(days)]


def night(f: Fam, c: Cust, t: datetime, lang: str | None = None) -> str:
    lg = lang or c.lang
    if f.rng.random() < 0.5:
        text = f.fill(f.pick(W.NIGHT_POST, lg), c)
        return (
            f.add(c, t, "social", "mention", mention(text))
            if c.ids["handle"]
            else f.add(c, t, "community", "post", text)
        )
    e = f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, lg))
    f.add(
        c,
        t + timedelta(minutes=f.rng.uniform(1, 5)),
        "chat",
        "chat",
        f.pick(W.NIGHT_A, lg),
        out=True,
    )
    f.add(c, t + timedelta(minutes=f.rng.uniform(6, 9)), "chat", "chat", f.pick(W.THANKS, lg))
    return e


def new_ref() -> str:
    return f"NV-{400000 + Ids.next() * 7:06d}"


def complain(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    lang: str | None = None,
    long: bool = False,
) -> tuple[str, str | None, datetime]:
    """The first contact about a problem; returns (event id, case ref, reply time)."""
    lg = lang or c.lang
    r = f.rng
    text = f.fill(f.pick(W.COMPLAINT[problem], lg), c)
    topic = f.pick(W.TOPIC[problem], lg)
    subj = f.pick(W.SUBJ_COMPLAINT, lg).format(topic=topic)
    ref = new_ref()
    if channel == "social":
        return f.add(c, t, "social", "mention", mention(text)), None, t
    if channel == "chat":
        e = f.add(c, t, "chat", "chat", text)
        rt = t + timedelta(minutes=r.uniform(1, 5))
        f.add(c, rt, "chat", "chat", f.fill(f.pick(W.CHAT_CASE, lg), c, ref=ref), out=True)
        return e, ref, rt
    if channel == "phone":
        e = f.add(
            c,
            t,
            "phone",
            "call",
            f.pick(W.PHONE_COMPLAINT, lg).format(spoken=f.pick(W.SPOKEN[problem], lg)),
        )
    elif channel == "web":
        e = f.add(c, t, "web", "ticket", text, subject=subj, attrs={"page": "/help/contact"})
    else:
        body = (
            f.fill(f.pick(W.LONG_LETTER, lg), c, complaint=text, name=str(c.truth["name"]))
            if long
            else text
        )
        e = f.add(c, t, "email", "message", body, subject=subj)
    rt = morning(t + timedelta(minutes=r.uniform(10, 40)), r)
    f.add(
        c,
        rt,
        "email",
        "message",
        f.fill(f.pick(W.CASE_OPENED, lg), c, ref=ref),
        subject=f.pick(W.SUBJ_CASE, lg).format(ref=ref),
        out=True,
    )
    return e, ref, rt


def later(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    ref: str,
    n: int,
    lang: str | None = None,
    comp: str = "",
) -> str:
    lg = lang or c.lang
    table = W.FOLLOWUP if n == 2 else W.THIRD if n == 3 else W.FOURTH
    text = f.fill(f.pick(table, lg), c, ref=ref, comp=comp)
    if channel == "phone":
        return f.add(c, t, "phone", "call", speech(text))
    if channel == "email":
        return f.add(
            c, t, "email", "message", text, subject=f.pick(W.SUBJ_CASE, lg).format(ref=ref)
        )
    if channel == "chat":
        e = f.add(c, t, "chat", "chat", text)
        f.add(
            c,
            t + timedelta(minutes=f.rng.uniform(1, 5)),
            "chat",
            "chat",
            f.fill(f.pick(W.CHAT_URGENT, lg), c, ref=ref),
            out=True,
        )
        return e
    if channel == "social":
        return f.add(c, t, "social", "mention", mention(text))
    return f.add(c, t, "web", "ticket", text, subject=ref, attrs={"page": "/help/contact"})


def fixed(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    lang: str | None = None,
    lang2: str | None = None,
) -> dict[str, Any]:
    lg, lg2 = lang or c.lang, lang2 or lang or c.lang
    e, ref, rt = complain(f, c, t, channel, problem, lang=lg)
    assert ref
    gt = morning(rt + timedelta(hours=f.rng.uniform(3, 20)), f.rng)
    f.add(
        c,
        gt,
        "email",
        "message",
        f.fill(f.pick(W.GOOD_NEWS, lg2), c, ref=ref),
        subject=f.pick(W.SUBJ_CASE, lg2).format(ref=ref),
        out=True,
    )
    ct = morning(gt + timedelta(hours=f.rng.uniform(8, 30)), f.rng)
    ch = f.rng.choice(["email", "chat"])
    ce = f.add(
        c,
        ct,
        ch,
        "message" if ch == "email" else "chat",
        f.fill(f.pick(W.CONFIRM, lg2), c, ref=ref),
        subject=f.pick(W.SUBJ_CASE, lg2).format(ref=ref) if ch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(gt),
        "confirmed_at": iso(ct),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": channel,
        "confirm_channel": ch,
    }


def slide(f: Fam, c: Cust, d0: float, span: int, langs: list[str] | None = None) -> list[str]:
    comp = f.rng.choice(W.COMPETITORS)
    c.truth["competitor"] = comp
    eids: list[str] = []
    t = f.at(d0, 9, 18)
    gaps = sorted(f.rng.uniform(0, span) for _ in range(5))
    times = [t] + [t + timedelta(days=g) for g in gaps]
    prev = times[0]
    for i, step in enumerate(times):
        step = morning(step, f.rng)
        if eids and step <= prev + timedelta(hours=1):
            step = prev + timedelta(hours=f.rng.uniform(1, 3))
            step = morning(step, f.rng)
        prev = step
        lg = langs[i % 2] if langs else c.lang
        text = f.fill(W.SLIDE[lg][i], c, comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "social":
            eids.append(f.add(c, step, "social", "mention", mention(text)))
        elif ch == "community":
            eids.append(f.add(c, step, "community", "post", text))
        else:
            eids.append(
                f.add(
                    c,
                    step,
                    "web",
                    "review",
                    text,
                    attrs={"rating": "332211"[i], "page": "/reviews"},
                )
            )
        if i == 3:
            c.truth["fourth_step_at"] = iso(step)
    c.truth["slide_event_ids"] = eids
    c.truth["trouble_starts_at"] = iso(times[0])
    return eids


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "hw",
        datetime(2026, 2, 2),
        10,
        1,
        "happy day writers, night writers and survey-only customers",
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer", NOTHING, NOTHING)
        days_acts(f, c, f.rng.randint(5, 8), 0, 9, surveys=True)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer", NOTHING, NOTHING)
        nd = f.rng.sample(range(0, 9), f.rng.randint(2, 4))
        dd = [d for d in range(0, 10) if d not in nd]
        for d in sorted(nd):
            night(f, c, f.at(d, 22.2, 23.9) if f.rng.random() < 0.5 else f.at(d + 1, 0, 4.5))
        for d in sorted(f.rng.sample(dd, f.rng.randint(2, 3))):
            happy(f, c, f.at(d, 9, 18), kinds=["praise", "buy", "view", "review"])
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys", NOTHING, NOTHING)
        days_acts(f, c, f.rng.randint(3, 6), 0, 9, kinds=["survey"])
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "bd",
        datetime(2026, 3, 9),
        12,
        2,
        "happy customers with one bad day; detractors, low CSAT, apologies, controls",
    )
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    cased: list[tuple[Cust, datetime, str, datetime]] = []
    for k, ch in enumerate(chans):
        lang = ("es", "es", "it", "it")[k] if ch == "long" else f.lang()
        c = f.person(lang, "happy_one_bad_day", "one bad day", NOTHING, SILENCE)
        bd = f.rng.randint(2, 9)
        t = f.at(bd, 8, 20)
        problem = W.PROBLEMS[k % 6]
        e, ref, rt = complain(f, c, t, "email" if ch == "long" else ch, problem, long=ch == "long")
        ok = [d for d in range(0, 12) if d <= bd - 2 or d >= bd + 3]
        for d in sorted(f.rng.sample(ok, min(len(ok), f.rng.randint(1, 5)))):
            happy(f, c, f.at(d, 8, 20))
        c.truth.update(
            {
                "problem": problem,
                "channel": ch,
                "booking": ref,
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "trouble_starts_at": iso(t),
                "long_email": ch == "long",
            }
        )
        if ref:
            cased.append((c, t, ref, rt))
    f.rng.shuffle(cased)
    for i, (c, t, ref, rt) in enumerate(cased):
        if i < 6:
            nps = f.rng.randint(1, 5)
            se = f.add(
                c,
                t + timedelta(minutes=f.rng.uniform(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "bad_day_detractor",
                    "expected_rules": ["detractor"],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": se,
                }
            )
        elif i < 11:
            cs = f.rng.randint(1, 2)
            se = f.add(
                c,
                t + timedelta(minutes=f.rng.uniform(40, 80)),
                "survey",
                "survey_response",
                f.pick(W.LOW_CSAT, c.lang) or None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": cs, "survey_event_id": se})
        if 4 <= i < 16:
            gt = morning(
                max(t + timedelta(hours=f.rng.uniform(1, 4)), rt + timedelta(minutes=5)), f.rng
            )
            f.add(
                c,
                gt,
                "email",
                "message",
                f.fill(f.pick(W.GOOD_NEWS, c.lang), c, ref=ref),
                subject=f.pick(W.SUBJ_CASE, c.lang).format(ref=ref),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i < 9:
                at = morning(t + timedelta(hours=f.rng.uniform(16, 24)), f.rng)
                ch = f.rng.choice(["chat", "email"])
                ae = f.add(
                    c,
                    at,
                    ch,
                    "chat" if ch == "chat" else "message",
                    f.pick(W.APOLOGY, c.lang),
                    subject=f.pick(W.SUBJ_CASE, c.lang).format(ref=ref) if ch == "email" else None,
                )
                c.truth.update({"apologised": True, "apology_at": iso(at), "apology_event_id": ae})
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control", NOTHING, NOTHING)
        days_acts(f, c, f.rng.randint(4, 7), 0, 11)
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "rc",
        datetime(2026, 4, 13),
        10,
        3,
        "repeat contacts about one open problem; fixed, two problems, frequent writers",
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2, 3, 4] * 4
    for k in range(12):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(f.rng.randint(1, 3)):
            happy(f, c, f.at(0, 7, 12))
        problem = W.PROBLEMS[k % 6]
        t = f.at(f.rng.randint(1, 4), 8, 19)
        e, ref, _rt = complain(f, c, t, firsts[k], problem)
        assert ref
        esc = k % 2 == 0
        if esc:
            f.add(
                c,
                t + timedelta(hours=f.rng.uniform(1.5, 2.5)),
                "email",
                "message",
                f.fill(f.pick(W.QUALITY_LEAD, c.lang), c, ref=ref),
                subject=f.pick(W.SUBJ_CASE, c.lang).format(ref=ref),
                out=True,
            )
        others = [x for x in ["email", "chat", "phone", "web", "social"] if x != firsts[k]]
        f.rng.shuffle(others)
        comp = f.rng.choice(W.COMPETITORS)
        eids, tt = [e], t
        for n in range(2, counts[k] + 1):
            tt = morning(tt + timedelta(hours=f.rng.uniform(4, 40)), f.rng)
            eids.append(later(f, c, tt, others[n - 2], ref, n, comp=comp))
        c.truth.update(
            {
                "problem": problem,
                "booking": ref,
                "contacts": counts[k],
                "channels": [firsts[k], *others[: counts[k] - 1]],
                "agent_passed_on": esc,
                "problem_event_ids": eids,
                "trouble_starts_at": iso(t),
                "competitor": comp if counts[k] >= 3 else None,
            }
        )
    for k in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", NOTHING, SILENCE)
        t = f.at(f.rng.randint(1, 4), 8, 19)
        p = fixed(f, c, t, f.rng.choice(["web", "email", "chat", "phone"]), W.PROBLEMS[k])
        c.truth.update({"problems": [p], "trouble_starts_at": iso(t)})
    for k in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", NOTHING, SILENCE)
        t1 = f.at(1, 8, 18)
        t2 = f.at(f.rng.randint(5, 6), 8, 18)
        ps = [fixed(f, c, t1, "email", W.PROBLEMS[k]), fixed(f, c, t2, "chat", W.PROBLEMS[k + 3])]
        c.truth.update({"problems": ps, "trouble_starts_at": iso(t1)})
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer", NOTHING, NOTHING)
        days_acts(
            f, c, f.rng.randint(5, 8), 0, 9, kinds=["chat", "chat", "mail", "phone", "praise"]
        )
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "sc",
        datetime(2026, 5, 4),
        32,
        4,
        "slow slides from praise to anger, leavers, steady, steadily grumpy, sarcastic",
    )
    for k in range(10):
        c = f.person(f.lang(), "slow_churner", "slides", ["sentiment_drop"], SLIDER_TOL)
        days_acts(f, c, f.rng.randint(4, 5), 0, 10, kinds=["praise", "again"])
        days_acts(f, c, f.rng.randint(2, 4), 0, 10, kinds=["buy", "chat", "view", "review"])
        span = [3, 5, 5, 5, 5, 5, 9, 9, 9, 9][k]
        slide(f, c, f.rng.randint(12, 16), span)
        c.truth["slide_days"] = span
        if k < 5:
            nps = f.rng.randint(1, 5)
            t4 = datetime.strptime(c.truth["fourth_step_at"], "%Y-%m-%dT%H:%M:%SZ")
            se = f.add(
                c,
                morning(t4 + timedelta(hours=f.rng.uniform(2.5, 3.5)), f.rng),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "expected_rules": ["sentiment_drop", "detractor"],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": se,
                }
            )
    for _ in range(5):
        c = f.person(f.lang(), "slow_churner", "asks to cancel", ["churn_intent"], LEAVER_TOL)
        days_acts(f, c, f.rng.randint(4, 6), 0, 15)
        t = f.at(f.rng.randint(17, 23), 8, 19)
        e = f.add(c, t, "email", "message", f.fill(f.pick(W.LEAVE, c.lang), c), subject=W.CLUB)
        f.add(
            c,
            morning(t + timedelta(hours=f.rng.uniform(1, 5)), f.rng),
            "email",
            "message",
            f.fill(f.pick(W.SORRY_GO, c.lang), c),
            subject="RE: " + W.CLUB,
            out=True,
        )
        ct = morning(t + timedelta(hours=f.rng.uniform(20, 30)), f.rng)
        ce = f.add(c, ct, "web", "cancellation", attrs={"page": "/account/club", "product": W.CLUB})
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": ce,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady", NOTHING, NOTHING)
        days_acts(f, c, f.rng.randint(6, 10), 0, 30)
    for _ in range(5):
        c = f.person(
            f.lang(), "steadily_grumpy", "grumbles", NOTHING, ["repeat_contact", "silence"]
        )
        d = float(f.rng.randint(0, 4))
        ge = []
        for _ in range(f.rng.randint(5, 7)):
            t = f.at(d, 8, 20)
            text = f.pick(W.GRUMBLE, c.lang)
            ch = f.rng.choice(["social", "community", "web", "review"])
            if ch == "social":
                ge.append(f.add(c, t, "social", "mention", mention(text)))
            elif ch == "community":
                ge.append(f.add(c, t, "community", "post", text))
            elif ch == "web":
                ge.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ge.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            d += f.rng.randint(1, 3)
        c.truth.update({"grumble_event_ids": ge, "trouble_starts_at": f.rows[-1]["t"].isoformat()})
        c.truth["trouble_starts_at"] = iso(min(r["t"] for r in f.rows if r["eid"] in ge))
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", NOTHING, SILENCE)
        days_acts(f, c, f.rng.randint(4, 7), 0, 16)
        t = f.at(f.rng.randint(17, 28), 9, 20)
        c.truth["sarcasm_event_id"] = f.add(
            c, t, "social", "mention", mention(f.fill(f.pick(W.SARCASM, c.lang), c))
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "qh",
        datetime(2026, 6, 12),
        3,
        5,
        "a calm weekend with night-owl bursts; nothing expected",
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer", NOTHING, NOTHING)
        for d in sorted(f.rng.sample(range(3), f.rng.randint(1, 3))):
            happy(f, c, f.at(d, 7, 17.5), kinds=["praise", "chat", "buy", "view", "review"])
    for k in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", NOTHING, SILENCE)
        t = f.at(f.rng.randint(0, 2), 9, 16)
        f.add(c, t, "web", "page_view", attrs={"page": "/bases"})
        gt = t + timedelta(minutes=f.rng.uniform(20, 30))
        text = f.pick(W.MILD, c.lang)
        if k < 2:
            g = f.add(c, gt, "chat", "chat", text)
            f.add(
                c, gt + timedelta(minutes=3), "chat", "chat", f.pick(W.MILD_ACK, c.lang), out=True
            )
        else:
            g = f.add(c, gt, "web", "ticket", text, attrs={"page": "/help/contact"})
            f.add(
                c,
                gt + timedelta(minutes=25),
                "email",
                "message",
                f.pick(W.MILD_ACK, c.lang),
                out=True,
            )
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(gt)})
    owl = 0
    for nt in range(3):
        b0 = f.start + timedelta(days=nt + 1, minutes=f.rng.uniform(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=f.rng.uniform(28, 33)),
            b0 + timedelta(minutes=f.rng.uniform(55, 65)),
        ]
        for bi, bs in enumerate(starts):
            for _ in range(4):
                c = f.person(
                    f.lang(), "night_owl", f"night {nt + 1}, burst {bi + 1}", NOTHING, NOTHING
                )
                t = bs + timedelta(minutes=f.rng.uniform(0, 10))
                c.truth.update({"burst_at": iso(bs), "night_event_id": night(f, c, t)})
                if owl % 2 == 0:
                    happy(f, c, f.at(f.rng.randint(0, 2), 9, 17.5), kinds=["buy", "view", "praise"])
                owl += 1
    return f


PAIRS = [
    ("es", "it"),
    ("it", "es"),
    ("es", "en"),
    ("it", "en"),
    ("es", "fr"),
    ("it", "de"),
    ("es", "pt"),
    ("it", "fr"),
    ("de", "it"),
    ("en", "es"),
    ("fr", "it"),
    ("pt", "es"),
]


def bilingual() -> Fam:
    f = Fam("bilingual", "bl", datetime(2026, 7, 6), 14, 6, "customers who alternate two languages")
    k = 0

    def mk(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, str, str]:
        nonlocal k
        a, b = PAIRS[k % len(PAIRS)]
        k += 1
        c = f.person(
            a,
            persona,
            habit,
            exp,
            tol,
            languages=[a, b],
            job_second_language="partner's family / work abroad",
        )
        c.lang2 = b
        return c, a, b

    for _ in range(12):
        c, a, b = mk("happy", "alternates languages", NOTHING, NOTHING)
        for i, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            happy(
                f,
                c,
                f.at(d, 8, 19),
                lang=(a, b)[i % 2],
                kinds=["praise", "chat", "mail", "buy", "review"],
            )
    for n in [2, 2, 3, 3, 4]:
        c, a, b = mk("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        happy(f, c, f.at(f.rng.randint(0, 1), 8, 12), lang=a, kinds=["praise", "buy"])
        t = f.at(f.rng.randint(2, 5), 8, 18)
        problem = f.rng.choice(W.PROBLEMS)
        e, ref, rt = complain(f, c, t, "web", problem, lang=a)
        assert ref
        if n >= 3:
            f.add(
                c,
                t + timedelta(hours=2),
                "email",
                "message",
                f.fill(f.pick(W.QUALITY_LEAD, a), c, ref=ref),
                subject=f.pick(W.SUBJ_CASE, a).format(ref=ref),
                out=True,
            )
        comp = f.rng.choice(W.COMPETITORS)
        chans = ["email", "chat", "phone"]
        eids, tt = [e], t
        for j in range(2, n + 1):
            tt = morning(tt + timedelta(hours=f.rng.uniform(4, 40)), f.rng)
            eids.append(later(f, c, tt, chans[j - 2], ref, j, lang=(a, b)[(j - 1) % 2], comp=comp))
        c.truth.update(
            {
                "problem": problem,
                "booking": ref,
                "contacts": n,
                "problem_event_ids": eids,
                "trouble_starts_at": iso(t),
                "competitor": comp if n >= 3 else None,
            }
        )
    for _ in range(5):
        c, a, b = mk("slow_churner", "slides", ["sentiment_drop"], SLIDER_TOL)
        for i, d in enumerate(range(0, 5)):
            happy(f, c, f.at(d, 9, 19), lang=(a, b)[i % 2], kinds=["praise"])
        happy(f, c, f.at(5, 9, 19), lang=b, kinds=["buy", "chat"])
        span = f.rng.randint(3, 5)
        slide(f, c, f.rng.randint(7, 8), span, langs=[a, b])
        c.truth["slide_days"] = span
    for j, ch in enumerate(["long", "email", "chat"]):
        a, b = [("es", "de"), ("it", "es"), ("es", "it")][j]
        c = f.person(
            a,
            "happy_one_bad_day",
            "one bad day",
            NOTHING,
            SILENCE,
            languages=[a, b],
            job_second_language="works across the border",
        )
        for d in (0, 1, 12):
            happy(f, c, f.at(d, 9, 18), lang=a if d else b, kinds=["praise", "buy", "view"])
        t = f.at(6, 9, 18)
        problem = W.PROBLEMS[j]
        e, ref, rt = complain(
            f, c, t, "email" if ch == "long" else ch, problem, lang=b, long=ch == "long"
        )
        assert ref
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "bad_day_language": b,
                "booking": ref,
                "trouble_starts_at": iso(t),
            }
        )
        if ch != "chat":
            f.add(
                c,
                morning(rt + timedelta(hours=2), f.rng),
                "email",
                "message",
                f.fill(f.pick(W.GOOD_NEWS, b), c, ref=ref),
                subject=f.pick(W.SUBJ_CASE, b).format(ref=ref),
                out=True,
            )
            c.truth["agent_fixed"] = True
        if ch == "email":
            ae = f.add(
                c,
                morning(t + timedelta(hours=f.rng.uniform(18, 24)), f.rng),
                "chat",
                "chat",
                f.pick(W.APOLOGY, b),
            )
            c.truth.update({"apologised": True, "apology_event_id": ae})
    for j in range(2):
        c, a, b = mk("resolved_between_contacts", "fixed", NOTHING, SILENCE)
        t = f.at(3 + j, 9, 17)
        p = fixed(f, c, t, "web", W.PROBLEMS[3 + j], lang=a, lang2=b)
        c.truth.update({"problems": [p], "trouble_starts_at": iso(t), "confirm_language": b})
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "bb",
        datetime(2026, 8, 3),
        14,
        7,
        "Navilia Crew company accounts: at risk, one unhappy, mild, happy",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    risk_probs = ["portal", "invoice", "service_blocked", "invoice", "overbilled"]
    risk_n = [3, 3, 3, 4, 4]
    langs = [
        "es",
        "it",
        "es",
        "it",
        "de",
        "es",
        "it",
        "en",
        "fr",
        "pt",
        "es",
        "it",
        "de",
        "es",
        "it",
    ]
    sites = [
        "events",
        "school",
        "hotel",
        "university",
        "consulting",
        "bank",
        "software",
        "municipality",
        "logistics",
        "insurance",
        "retail",
        "media",
        "pharma",
        "law",
        "architecture",
    ]
    ri = oi = 0
    for ai, kind in enumerate(kinds):
        lang = langs[ai]
        market = MARKETS[lang][0]
        acc = f"NVC-{market}-{3000 + ai * 13:04d}"
        company = f"{sites[ai].capitalize()}{ai + 1}"
        ncont = (
            {
                "at_risk": risk_n[ri] + 1 if kind == "at_risk" else 0,
                "one_unhappy": 3,
                "mild": 3,
                "happy": 3,
            }[kind]
            if kind != "at_risk"
            else risk_n[ri] + f.rng.randint(1, 2)
        )
        contacts = [
            f.person(
                lang,
                "b2b_happy",
                "contact",
                NOTHING,
                NOTHING,
                market=market,
                account=acc,
                company=company,
                role="contact",
                job_title="office manager",
                job="office manager",
            )
            for _ in range(ncont)
        ]
        a: dict[str, Any] = {
            "company": company,
            "site": sites[ai],
            "contacts": ncont,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        f.accounts[acc] = a
        unhappy: list[Cust] = []
        if kind == "at_risk":
            n, problem = risk_n[ri], risk_probs[ri]
            ri += 1
            unhappy = contacts[:n]
            t = datetime(2026, 8, 5, 9) + timedelta(minutes=f.rng.randrange(240))
            a.update(
                {
                    "same_problem": problem,
                    "trouble_starts_at": iso(t),
                    "expected_rules": ["account_risk"],
                }
            )
            ref = new_ref()
            first = unhappy[0]
            for j, c in enumerate(unhappy):
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "habit": "complainer",
                        "role": "complainer",
                        "tolerated_rules": list(B2B_RISK_TOL),
                        "problem": problem,
                        "booking": ref,
                        "trouble_starts_at": iso(t),
                    }
                )
                base = f.fill(f.pick(W.B2B_COMPLAINT[problem], lang), c)
                if j == 0:
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        base,
                        subject=f.pick(W.SUBJ_COMPLAINT, lang).format(topic=problem),
                    )
                    f.add(
                        c,
                        office(t + timedelta(minutes=f.rng.uniform(20, 60)), f.rng),
                        "email",
                        "message",
                        f.fill(f.pick(W.B2B_ACK, lang), c, ref=ref),
                        subject=f.pick(W.SUBJ_CASE, lang).format(ref=ref),
                        out=True,
                    )
                else:
                    when = W.WEEKDAYS[lang][
                        datetime.strptime(
                            first.truth["trouble_starts_at"], "%Y-%m-%dT%H:%M:%SZ"
                        ).weekday()
                    ]
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.fill(
                            f.pick(W.B2B_LATER, lang),
                            c,
                            name=first.name,
                            when=when,
                            ref=ref,
                            problem=base,
                        ),
                        subject=f.pick(W.SUBJ_CASE, lang).format(ref=ref),
                    )
                c.truth["complaint_event_ids"] = [e]
                c.truth["trouble_starts_at"] = iso(t)
                if j < n - 1:
                    nps = f.rng.randint(1, 5)
                    se = f.add(
                        c,
                        office(t + timedelta(hours=f.rng.uniform(1, 3)), f.rng),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(
                        {
                            "expected_rules": ["detractor"],
                            "nps_given": True,
                            "nps": nps,
                            "survey_event_id": se,
                        }
                    )
                else:
                    lt = office(t + timedelta(hours=f.rng.uniform(18, 40)), f.rng)
                    if ri == 1:
                        comp = f.rng.choice(W.COMPETITORS)
                        le = f.add(
                            c,
                            lt,
                            "email",
                            "message",
                            f.fill(f.pick(W.B2B_LAST_MAIL, lang), c, ref=ref, comp=comp),
                            subject=f.pick(W.SUBJ_CASE, lang).format(ref=ref),
                        )
                        c.truth["competitor"] = comp
                    else:
                        le = f.add(
                            c, lt, "phone", "call", f.pick(W.B2B_LAST_PHONE, lang).format(ref=ref)
                        )
                    c.truth.update(
                        {"expected_rules": ["repeat_contact"], "complaint_event_ids": [e, le]}
                    )
                t = office(t + timedelta(hours=f.rng.uniform(8, 28)), f.rng)
        elif kind == "one_unhappy":
            c = contacts[0]
            unhappy = [c]
            problem = B2B_PROBLEMS_ORDER[oi]
            oi += 1
            t = office(f.at(f.rng.randint(3, 7), 8, 16), f.rng)
            ref = new_ref()
            e = f.add(
                c,
                t,
                "email",
                "message",
                f.fill(f.pick(W.B2B_COMPLAINT[problem], lang), c),
                subject=f.pick(W.SUBJ_COMPLAINT, lang).format(topic=problem),
            )
            f.add(
                c,
                office(t + timedelta(minutes=f.rng.uniform(20, 60)), f.rng),
                "email",
                "message",
                f.fill(f.pick(W.B2B_ACK, lang), c, ref=ref),
                subject=f.pick(W.SUBJ_CASE, lang).format(ref=ref),
                out=True,
            )
            nps = f.rng.randint(1, 5)
            se = f.add(
                c,
                office(t + timedelta(hours=f.rng.uniform(1, 3)), f.rng),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "expected_rules": ["detractor"],
                    "tolerated_rules": list(B2B_ONE_TOL),
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": [e],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": se,
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = office(f.at(f.rng.randint(2, 9), 8, 16), f.rng)
                me = f.add(
                    c, t, "web", "ticket", f.pick(W.SUGGEST, lang), attrs={"page": "/crew/feedback"}
                )
                f.add(
                    c,
                    office(t + timedelta(minutes=f.rng.uniform(30, 90)), f.rng),
                    "email",
                    "message",
                    f.pick(W.MILD_ACK, lang),
                    out=True,
                )
                c.truth.update(
                    {
                        "persona": "b2b_mild",
                        "habit": "suggests",
                        "role": "suggests",
                        "tolerated_rules": ["silence"],
                        "mild_event_id": me,
                        "trouble_starts_at": iso(t),
                    }
                )
        a["unhappy_contacts"] = len(unhappy)
        a["unhappy_contact_keys"] = [c.key for c in unhappy]
        for c in contacts:
            calm = c.truth["persona"] == "b2b_happy"
            dd = range(0, 12) if calm else range(0, 2)
            for d in sorted(
                f.rng.sample(
                    [x for x in dd if (f.start + timedelta(days=x)).weekday() < 5],
                    f.rng.randint(2, 4) if calm else f.rng.randint(0, 2),
                )
            ):
                t = f.at(d, 8, 16.5)
                r = f.rng.random()
                if r < 0.4:
                    f.add(c, t, "chat", "chat", f.pick(W.B2B_Q, lang))
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.uniform(1, 6)),
                        "chat",
                        "chat",
                        f.pick(W.B2B_A, lang),
                        out=True,
                    )
                    if f.rng.random() < 0.5:
                        f.add(c, t + timedelta(minutes=8), "chat", "chat", f.pick(W.THANKS, lang))
                elif r < 0.6:
                    f.add(c, t, "web", "page_view", attrs={"page": "/crew/portal"})
                elif r < 0.8 or not calm:
                    f.add(c, t, "web", "page_view", attrs={"page": "/crew/boats"})
                    cur = {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")
                    f.add(
                        c,
                        t + timedelta(minutes=7),
                        "web",
                        "purchase",
                        attrs={
                            "order_value": "1850.00",
                            "currency": cur,
                            "product": "Team day charter, 12 guests",
                            "page": "/crew/checkout",
                        },
                    )
                elif f.rng.random() < 0.5:
                    f.add(c, t, "community", "post", f.fill(f.pick(W.B2B_PRAISE, lang), c))
                else:
                    f.add(
                        c,
                        t,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.choice([9, 10])},
                        attrs={"survey": "nps"},
                    )
    return f


B2B_PROBLEMS_ORDER = ["service_blocked", "overbilled", "portal", "invoice"]


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "ts",
        datetime(2026, 9, 7),
        7,
        8,
        "a calm week and one planted incident on the Saturday morning",
    )
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer", NOTHING, NOTHING)
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            happy(
                f,
                c,
                f.at(d, 12, 19) if d == 5 else f.at(d, 8, 19),
                kinds=["praise", "chat", "buy", "view", "review", "mail"],
            )
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", NOTHING, SILENCE)
        t = f.at(0, 9, 16)
        g = f.add(c, t, "chat", "chat", f.pick(W.MILD, c.lang))
        f.add(c, t + timedelta(minutes=3), "chat", "chat", f.pick(W.MILD_ACK, c.lang), out=True)
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t)})
    for lg, hh in (("es", 9.6), ("it", 16.1)):
        c = f.person(lg, "grumbles_once", "lone question", NOTHING, SILENCE)
        t = f.start + timedelta(days=4, hours=hh)
        g = f.add(c, t, "chat", "chat", f.pick(W.LONE_Q, lg))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", f.pick(W.LONE_A, lg), out=True)
        c.truth.update({"lone_report_event_id": g, "trouble_starts_at": iso(t)})
    code = "BRD_E417"
    s0 = datetime(2026, 9, 12, 8, 20)
    langs = ["es"] * 6 + ["it"] * 6 + ["de", "de", "en", "en", "fr", "fr", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.uniform(1, 44) for _ in range(18)])
    reporters = []
    for i in range(20):
        regular = i % 5 < 3
        c = f.person(
            langs[i],
            "spike_reporter",
            "regular" if regular else "new",
            NOTHING,
            SILENCE,
            in_spike=True,
            regular=regular,
        )
        if regular:
            for d in sorted(f.rng.sample([2, 3, 4], f.rng.randint(1, 2))):
                happy(f, c, f.at(d, 8, 17.5), kinds=["praise", "buy", "view", "mail"])
        t = s0 + timedelta(minutes=offs[i])
        text = f.fill(f.pick(W.SPIKE_REPORT, c.lang), c, code=code)
        ch = chans[i]
        if ch == "social":
            e = f.add(c, t, "social", "mention", mention(text))
        elif ch == "chat":
            e = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=f.rng.uniform(1, 4)),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_A, c.lang),
                out=True,
            )
        elif ch == "community":
            e = f.add(c, t, "community", "post", text)
        elif ch == "email":
            e = f.add(c, t, "email", "message", text, subject="Check-in " + code)
        else:
            e = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        c.truth.update({"spike_event_id": e, "spike_channel": ch, "trouble_starts_at": iso(t)})
        reporters.append((c, t, ch, e))
    early = [r for r in reporters if r[1] <= s0 + timedelta(minutes=25)]
    rep_ids = []
    rch = ["email", "email", "chat", "chat", "community", "community"]
    j = 0
    for c, t, ch, _ in early:
        if j == 6:
            break
        nch = rch[j] if rch[j] != ch else "web"
        rt = t + timedelta(minutes=f.rng.uniform(15, 50))
        text = f.pick(W.SPIKE_REPEAT, c.lang).format(code=code)
        if nch == "chat":
            re_ = f.add(c, rt, "chat", "chat", text)
            f.add(
                c,
                rt + timedelta(minutes=2),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_A, c.lang),
                out=True,
            )
        elif nch == "email":
            re_ = f.add(c, rt, "email", "message", text, subject="Check-in " + code)
        elif nch == "community":
            re_ = f.add(c, rt, "community", "post", text)
        else:
            re_ = f.add(c, rt, "web", "ticket", text, attrs={"page": "/help/contact"})
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["silence", "sentiment_drop"],
                "repeat_event_id": re_,
            }
        )
        rep_ids.append(re_)
        j += 1
    assert j == 6
    rest = [r for r in reporters if r[0].truth["persona"] == "spike_reporter"][:6]
    for c, _, _, _ in rest:
        local = "11:40" if c.market not in ("UK", "IE", "PT") else "10:40"
        f.add(
            c,
            datetime(2026, 9, 12, 11, 8) + timedelta(minutes=f.rng.uniform(0, 9)),
            "email",
            "message",
            f.fill(f.pick(W.SPIKE_FIXED, c.lang), c, time=local),
            subject="Check-in",
            out=True,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"canal-boat app check-in fails at boat bases on changeover Saturday ('booking not found'): crews cannot board, error {code}",
        "about": "app check-in outage",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[3] for r in reporters],
        "repeat_event_ids": rep_ids,
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
    Ids.n = 0
    for fn in FAMILIES:
        fn().render()


if __name__ == "__main__":
    main()
