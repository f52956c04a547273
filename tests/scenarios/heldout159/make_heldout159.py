# ruff: noqa: E501
"""Generate heldout159 (Costuvia), a blind report set. Standard library only, seeded, deterministic.

Run: python make_heldout159.py (from anywhere; writes next to this file).
"""

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

SEED = 20261031
BUSINESS = "Costuvia: costume and formalwear hire by app and web (Encore membership), business arm Costuvia Stage"
COMPETITORS = ("Vestaroll", "Maskaro")
MARKETS = {
    "en": ("UK", "IE"),
    "fr": ("FR", "BE", "CH", "LU"),
    "de": ("DE", "AT", "CH"),
    "it": ("IT", "CH"),
    "pt": ("PT",),
    "es": ("ES",),
}
PHONE = {
    "UK": "+447",
    "IE": "+3538",
    "FR": "+336",
    "BE": "+324",
    "CH": "+417",
    "LU": "+3526",
    "DE": "+4915",
    "AT": "+436",
    "IT": "+393",
    "PT": "+3519",
    "ES": "+346",
}
CC_LEN = {
    "UK": 3,
    "IE": 4,
    "FR": 3,
    "BE": 3,
    "CH": 3,
    "LU": 4,
    "DE": 3,
    "AT": 3,
    "IT": 3,
    "PT": 4,
    "ES": 3,
}
FIRST = {
    "en": [
        "Oliver",
        "Amelia",
        "Harry",
        "Isla",
        "Jack",
        "Grace",
        "Noah",
        "Freya",
        "Liam",
        "Chloe",
        "Ethan",
        "Niamh",
    ],
    "fr": [
        "Camille",
        "Louis",
        "Chloé",
        "Hugo",
        "Léa",
        "Théo",
        "Manon",
        "Jules",
        "Inès",
        "Lucas",
        "Sarah",
        "Nathan",
    ],
    "de": ["Lena", "Jonas", "Marie", "Felix", "Anna", "Paul", "Laura", "Lukas"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Matteo", "Elena", "Davide"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui", "Catarina", "Pedro"],
    "es": ["Lucía", "Javier", "Carmen", "Pablo", "Elena", "Diego", "Marta", "Sergio"],
}
LAST = {
    "en": ["Walsh", "Turner", "Hughes", "Byrne", "Patel", "Murphy", "Cooper", "Doyle"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier"],
    "de": ["Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Wagner"],
    "it": ["Rossi", "Bianchi", "Ferrari", "Greco", "Romano", "Conti"],
    "pt": ["Silva", "Santos", "Ferreira", "Costa", "Oliveira", "Sousa"],
    "es": ["García", "López", "Martín", "Ruiz", "Navarro", "Torres"],
}
LANG_WEIGHTS = (("en", 30), ("fr", 30), ("de", 10), ("it", 10), ("pt", 10), ("es", 10))
SOURCE = {
    "email": "costuvia-mail",
    "phone": "costuvia-voice",
    "social": "costuvia-social",
    "community": "costuvia-forum",
    "chat": "costuvia-chat",
    "web": "costuvia-web",
    "survey": "costuvia-survey",
}
AGENTS = ("Mira", "Tomás", "Aoife", "Karim", "Greta", "Paolo")
NEXT_ID = [0]
NEXT_REF = [0]


def ascii_fold(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(
        c
        for c in unicodedata.normalize("NFKD", text)
        if not unicodedata.combining(c) or c == "\u0303"
    )


def utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.seed = SEED * 100 + n
        self.rows: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.ids: dict[str, dict[str, Any]] = {}

    def lang(self) -> str:
        return self.rng.choices([lg for lg, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str,
        *,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        domain: str | None = None,
    ) -> str:
        NEXT_ID[0] += 1
        i = NEXT_ID[0]
        market = self.rng.choice(MARKETS[lang])
        first, last = self.rng.choice(FIRST[lang]), self.rng.choice(LAST[lang])
        key = f"CV{self.code}{1000 + i}"
        plain = ascii_fold(f"{first}.{last}").lower().replace(" ", "")
        email = (
            f"{plain}{i}@{domain or self.rng.choice(['mail', 'post', 'inbox', 'webmail'])}.example"
        )
        digits = f"{(i * 7919) % 10000000:07d}"
        phone = PHONE[market] + ("0" if CC_LEN[market] == 4 else "") + f"{i % 10}" + digits
        phone = phone[: len(PHONE[market]) + 8]
        handle = None if account else "@" + ascii_fold(f"{last}_{first}").lower() + str(i)
        ident = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        self.ids[key] = ident
        self.customers[key] = {
            "identifiers": ident,
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        return key

    def fname(self, key: str) -> str:
        return str(self.customers[key]["name"]).split()[0]

    def add(
        self,
        key: str,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        c = self.customers[key]
        eid = f"h159-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if text is not None and not out and kind not in ("call", "survey_response"):
            text = self.roughen(text)
        if text is not None and channel == "social" and not out:
            text = text.replace("@Costuvia", "Costuvia")
            idx = text.rfind("Costuvia")
            text = text[:idx] + "@" + text[idx:] if idx >= 0 else "@Costuvia " + text
        a = {"market": c["country"]}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        self.rows.append(
            {
                "event_id": eid,
                "t": t,
                "key": key,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "text": text,
                "subject": subject,
                "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
                "source": SOURCE[channel],
                "attributes": a,
            }
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = ascii_fold(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith("@"):
            text = text[0].lower() + text[1:]
        if r.random() < 0.14:
            words = [w for w in text.split(" ") if w.isalpha() and w.islower() and len(w) > 4]
            if words:
                w = r.choice(words)
                j = r.randrange(1, len(w) - 2)
                text = text.replace(w, w[:j] + w[j + 1] + w[j] + w[j + 2 :], 1)
        return text

    def pick(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        return self.rng.choice(table[lang]).format(**kw)

    def at(self, day: float, h0: float = 7, h1: float = 21) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(h0, h1))

    def ref(self) -> str:
        NEXT_REF[0] += 1
        return f"CV-{(NEXT_REF[0] * 48271) % 900000 + 100000:06d}"

    def amt(self, key: str, euros: int) -> str:
        m = self.customers[key]["country"]
        if m == "UK":
            return f"£{round(euros * 0.86)}"
        if m == "CH":
            return f"CHF {round(euros * 0.94)}"
        return f"{euros} €"

    def purchase(self, key: str, t: datetime) -> None:
        page = self.rng.choice(W.PAGES)
        self.add(key, t, "web", "page_view", None, attrs={"page": page})
        m = self.customers[key]["country"]
        cur = {"UK": "GBP", "CH": "CHF"}.get(m, "EUR")
        base = self.rng.choice([39, 49, 59, 79, 95, 120])
        val = round(base * (0.86 if cur == "GBP" else 0.94 if cur == "CHF" else 1.0), 2)
        self.add(
            key,
            t + timedelta(minutes=self.rng.randint(3, 15)),
            "web",
            "purchase",
            None,
            attrs={
                "order_value": f"{val:.2f}",
                "currency": cur,
                "product": self.rng.choice(W.PRODUCTS),
                "page": "/checkout",
            },
        )

    def happy_act(self, key: str, t: datetime, surveys: bool = False) -> None:
        lang = self.customers[key]["language"]
        n = self.fname(key)
        kinds = ["praise", "again", "gripe", "chat", "email", "phone", "buy", "review"] + (
            ["survey"] if surveys else []
        )
        k = self.rng.choice(kinds)
        if k in ("praise", "again", "gripe"):
            ch = self.rng.choice(["social", "community"])
            tab = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[k]
            self.add(key, t, ch, "mention" if ch == "social" else "post", self.pick(tab, lang))
        elif k == "chat":
            self.add(key, t, "chat", "chat", self.pick(W.CHAT_Q, lang))
            self.add(
                key,
                t + timedelta(minutes=self.rng.randint(1, 6)),
                "chat",
                "chat",
                self.pick(W.CHAT_A, lang),
                out=True,
            )
            if self.rng.random() < 0.7:
                self.add(
                    key,
                    t + timedelta(minutes=self.rng.randint(7, 10)),
                    "chat",
                    "chat",
                    self.pick(W.THANKS, lang),
                )
        elif k == "email":
            self.add(
                key,
                t,
                "email",
                "message",
                self.pick(W.EMAIL_Q, lang, name=n),
                subject="Hire length",
            )
            self.add(
                key,
                t + timedelta(minutes=self.rng.randint(30, 120)),
                "email",
                "message",
                self.pick(W.EMAIL_A, lang, name=n),
                out=True,
                subject="Re: Hire length",
            )
        elif k == "phone":
            self.add(key, t, "phone", "call", self.pick(W.PHONE_Q, lang))
            self.add(
                key,
                t + timedelta(minutes=self.rng.randint(10, 40)),
                "email",
                "message",
                self.pick(W.PHONE_A, lang),
                out=True,
                subject="Your call",
            )
        elif k == "buy":
            self.purchase(key, t)
        elif k == "review":
            self.add(
                key,
                t,
                "web",
                "review",
                self.pick(W.REVIEW, lang),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey_happy(key, t)

    def survey_happy(self, key: str, t: datetime) -> None:
        lang = self.customers[key]["language"]
        s = self.rng.choice(["nps", "csat", "ces"])
        v = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[s]
        self.add(
            key,
            t,
            "survey",
            "survey_response",
            self.pick(W.SURVEY_WORD, lang) or None,
            scores={s: v},
            attrs={"survey": s},
        )

    def happy_days(
        self,
        key: str,
        n: int,
        days: list[int],
        h0: float = 7,
        h1: float = 20,
        surveys: bool = False,
    ) -> None:
        for d in self.rng.sample(days, min(n, len(days))):
            self.happy_act(key, self.at(d, h0, h1), surveys)

    def complaint(
        self, key: str, t: datetime, channel: str, problem: str, ref: str | None, long: bool = False
    ) -> str:
        lang = self.customers[key]["language"]
        n = self.fname(key)
        amt = self.amt(key, self.rng.choice([40, 60, 80]))
        what = W.PROB_LABEL[lang][problem]
        if channel == "phone":
            return self.add(key, t, "phone", "call", self.pick(W.CALL, lang, what=what))
        if long and lang in W.LONG_EMAIL:
            return self.add(
                key,
                t,
                "email",
                "message",
                self.pick(W.LONG_EMAIL, lang, what=what, name=n),
                subject=W.SUBJ_COMPLAINT[lang] + what,
            )
        text = self.rng.choice(W.COMPLAINT[lang][problem]).format(amt=amt)
        if channel == "email":
            return self.add(key, t, "email", "message", text, subject=W.SUBJ_COMPLAINT[lang] + what)
        if channel == "web":
            return self.add(key, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        if channel == "social":
            return self.add(key, t, "social", "mention", text)
        return self.add(key, t, "chat", "chat", text)

    def reply_case(
        self,
        key: str,
        t: datetime,
        channel: str,
        ref: str,
        table: dict[str, list[str]] | None = None,
    ) -> str:
        lang = self.customers[key]["language"]
        text = self.pick(table or W.CASE_OPENED, lang, name=self.fname(key), ref=ref)
        if channel == "chat":
            return self.add(key, t, "chat", "chat", text, out=True)
        return self.add(
            key,
            self.morning(t),
            "email",
            "message",
            text,
            out=True,
            subject=W.SUBJ_CASE[lang] + ref,
        )

    def morning(self, t: datetime) -> datetime:
        if t.hour >= 22:
            return (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randint(0, 50))
        return t

    def write(self) -> tuple[int, int]:
        self.rows.sort(key=lambda r: (r["t"], r["event_id"]))
        seen: set[str] = set()
        lines = []
        for r in self.rows:
            ident = self.ids[r["key"]]
            full = r["direction"] == "outbound" or r["key"] not in seen
            if r["direction"] == "inbound":
                seen.add(r["key"])
            ref: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": ident["account_id"],
            }
            ch = r["channel"]
            if full:
                ref |= {k: ident[k] for k in ("customer_id", "email", "phone", "handle")}
            elif ch == "phone":
                p = str(ident["phone"])
                cc = CC_LEN[str(self.customers[r["key"]]["country"])]
                ref["phone"] = p[:cc] + " " + p[cc:] if self.rough.random() < 0.5 else p
            elif ch in ("social", "community"):
                if ident["handle"]:
                    h = str(ident["handle"])
                    ref["handle"] = h[1:] if self.rough.random() < 0.2 else h
                else:
                    ref["email"] = ident["email"]
            elif ch == "email":
                ref["email"] = (
                    str(ident["email"]).upper() if self.rough.random() < 0.08 else ident["email"]
                )
            else:
                ref["customer_id"] = ident["customer_id"]
            rec = {
                "event_id": r["event_id"],
                "occurred_at": utc(r["t"]),
                "channel": ch,
                "kind": r["kind"],
                "direction": r["direction"],
                "customer": ref,
                "text": r["text"],
                "subject": r["subject"],
                "scores": r["scores"],
                "source": r["source"],
                "attributes": r["attributes"],
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
        last = self.rows[-1]["t"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC), self.name
        expected: dict[str, int] = {}
        for c in self.customers.values():
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
                "business": BUSINESS,
                "days": self.days,
                "seed": self.seed,
                "written": "2026-12-06, blind",
                "expected": dict(sorted(expected.items())),
            },
            "start": utc(self.start),
            "end": utc(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return len(self.customers), len(lines)


def day0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        day0(2026, 3, 9),
        10,
        "happy day and night writers and survey answerers",
    )
    for _ in range(16):
        k = f.person("happy", "day writer", f.lang())
        f.happy_days(k, f.rng.randint(5, 8), list(range(10)), surveys=True)
    for _ in range(5):
        k = f.person("happy", "night writer", f.lang())
        lang = f.customers[k]["language"]
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 380))
            if f.rng.random() < 0.5:
                f.add(
                    k, t, f.rng.choice(["social", "community"]), "post", f.pick(W.NIGHT_POST, lang)
                )
            else:
                f.add(k, t, "chat", "chat", f.pick(W.NIGHT_Q, lang))
                f.add(
                    k, t + timedelta(minutes=3), "chat", "chat", f.pick(W.NIGHT_A, lang), out=True
                )
                f.add(k, t + timedelta(minutes=6), "chat", "chat", f.pick(W.THANKS, lang))
        f.happy_days(k, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        k = f.person("happy", "answers surveys", f.lang())
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.survey_happy(k, f.at(d, 8, 20))
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, day0(2026, 4, 20), 12, "happy customers with one angry day")
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    f.rng.shuffle(problems)
    with_case = [i for i, c in enumerate(chans) if c != "social"]
    nps_idx = set(f.rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in nps_idx]
    csat_idx = set(f.rng.sample(rest, 5))
    good_idx = set(f.rng.sample(with_case, 12))
    for i, ch in enumerate(chans):
        lang = f.rng.choice(["fr", "de"]) if ch == "long" else f.lang()
        nps = i in nps_idx
        k = f.person(
            "bad_day_detractor" if nps else "happy_one_bad_day",
            "one bad day",
            lang,
            expected=("detractor",) if nps else (),
            tolerated=("silence",),
        )
        bd = f.rng.randint(2, 9)
        t = f.at(bd, 8, 20)
        ref = f.ref() if ch != "social" else None
        eid = f.complaint(
            k, t, "email" if ch == "long" else ch, problems[i], ref, long=ch == "long"
        )
        c = f.customers[k]
        c.update(
            {
                "problem": problems[i],
                "bad_day_at": utc(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": utc(t),
                "booking": ref,
                "long_email": ch == "long",
                "channel": "email" if ch == "long" else ch,
            }
        )
        if ref:
            f.reply_case(
                k,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "chat" if ch == "chat" else "email",
                ref,
            )
            if nps:
                sid = f.add(
                    k,
                    t + timedelta(minutes=f.rng.randint(100, 140)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                c.update({"nps_given": True, "survey_event_id": sid})
            elif i in csat_idx:
                sid = f.add(
                    k,
                    t + timedelta(minutes=f.rng.randint(40, 80)),
                    "survey",
                    "survey_response",
                    f.pick(W.LOW_CSAT, lang) or None,
                    scores={"csat": f.rng.randint(1, 2)},
                    attrs={"survey": "csat"},
                )
                c.update({"csat_given": True, "survey_event_id": sid})
            if i in good_idx:
                f.reply_case(
                    k,
                    f.morning(t + timedelta(hours=f.rng.uniform(1, 4))),
                    "email",
                    ref,
                    W.GOOD_NEWS,
                )
                c["agent_fixed"] = True
                if f.rng.random() < 0.45:
                    at = f.morning(t + timedelta(hours=f.rng.uniform(16, 24)))
                    aid = f.add(k, at, "chat", "chat", f.pick(W.APOLOGY, lang))
                    c.update({"apologised": True, "apology_at": utc(at), "apology_event_id": aid})
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(k, f.rng.randint(1, 5), days)
    for _ in range(8):
        k = f.person("happy", "control", f.lang())
        f.happy_days(k, f.rng.randint(4, 7), list(range(12)))
    return f


def repeat_run(
    f: Fam, k: str, first_day: int, times: int, channels: list[str], problem: str, quality: bool
) -> None:
    lang = str(f.customers[k]["language"])
    ref = f.ref()
    what = W.PROB_LABEL[lang][problem]
    comp = f.rng.choice(COMPETITORS)
    t = f.at(first_day, 8, 19)
    ids = [f.complaint(k, t, channels[0], problem, ref)]
    if quality:
        f.reply_case(k, t + timedelta(minutes=f.rng.randint(90, 150)), "email", ref, W.QUALITY_LEAD)
    else:
        f.reply_case(
            k,
            t + timedelta(minutes=f.rng.randint(10, 40)),
            "chat" if channels[0] == "chat" else "email",
            ref,
        )
    first = t
    for n in range(1, times):
        t = f.morning(t + timedelta(hours=f.rng.uniform(4, 40)))
        table = W.STILL_OPEN if n == 1 else W.THIRD if n == 2 else W.FOURTH
        text = f.pick(table, lang, ref=ref, what=what, comp=comp)
        ch = channels[n]
        if ch == "phone":
            ids.append(
                f.add(
                    k,
                    t,
                    "phone",
                    "call",
                    text.lower().replace(".", "").replace(",", "").replace("?", ""),
                )
            )
        elif ch == "email":
            ids.append(f.add(k, t, "email", "message", text, subject=W.SUBJ_CASE[lang] + ref))
        elif ch == "social":
            ids.append(f.add(k, t, "social", "mention", text))
        elif ch == "web":
            ids.append(f.add(k, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
        else:
            ids.append(f.add(k, t, "chat", "chat", text))
            f.add(
                k,
                t + timedelta(minutes=f.rng.randint(2, 6)),
                "chat",
                "chat",
                f.pick(W.URGENT, lang, ref=ref),
                out=True,
            )
    f.customers[k].update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": times,
            "channels": channels[:times],
            "problem_event_ids": ids,
            "trouble_starts_at": utc(first),
            "agent_passed_on": quality,
            "competitor": comp if times >= 3 else None,
        }
    )


def fixed_case(f: Fam, k: str, day: int, problem: str, lang2: str | None = None) -> dict[str, Any]:
    lang = str(f.customers[k]["language"])
    ref = f.ref()
    t = f.at(day, 8, 18)
    eid = f.complaint(k, t, "web", problem, ref)
    f.reply_case(k, t + timedelta(minutes=f.rng.randint(10, 40)), "email", ref)
    g = f.morning(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.reply_case(k, g, "email", ref, W.GOOD_NEWS)
    ct = f.morning(g + timedelta(hours=f.rng.uniform(8, 30)))
    ch = f.rng.choice(["email", "chat"])
    cl = lang2 or lang
    text = f.pick(W.CONFIRM, cl, ref=ref)
    cid = f.add(
        k,
        ct,
        ch,
        "message" if ch == "email" else "chat",
        text,
        subject=(W.SUBJ_CASE[cl] + ref) if ch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": utc(t),
        "fixed_at": utc(g),
        "confirmed_at": utc(ct),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": "web",
        "confirm_channel": ch,
    }


REPEAT_TOL = (
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
)


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        day0(2026, 6, 1),
        10,
        "open problems raised again, fixed cases, frequent writers",
    )
    times = [2] * 4 + [3] * 4 + [4] * 4
    for i, n in enumerate(times):
        k = f.person(
            "repeat_contact",
            "repeats",
            f.lang(),
            expected=("repeat_contact",),
            tolerated=REPEAT_TOL,
        )
        f.happy_days(k, f.rng.randint(1, 3), [0], 7, 12)
        chans = f.rng.sample(["web", "email", "chat", "phone", "social"], 5)
        chans = [c for c in chans if c != "social"][:1] + [c for c in chans if c != chans[0]]
        repeat_run(f, k, f.rng.randint(1, 4), n, chans, W.PROBLEMS[i % 6], i % 2 == 0)
    for i in range(5):
        k = f.person("resolved_between_contacts", "fixed", f.lang(), tolerated=("silence",))
        f.happy_days(k, 2, [0, 7, 8, 9])
        case = fixed_case(f, k, f.rng.randint(1, 4), W.PROBLEMS[(i + 2) % 6])
        f.customers[k].update({"problems": [case], "trouble_starts_at": case["raised_at"]})
    for i in range(3):
        k = f.person("different_problems", "two problems", f.lang(), tolerated=("silence",))
        a = fixed_case(f, k, 1, W.PROBLEMS[i])
        b = fixed_case(f, k, 6, W.PROBLEMS[i + 3])
        f.customers[k].update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        k = f.person("happy", "frequent writer", f.lang())
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            t = f.at(d, 8, 19)
            lang = str(f.customers[k]["language"])
            f.add(k, t, "chat", "chat", f.pick(W.CHAT_Q, lang))
            f.add(
                k,
                t + timedelta(minutes=f.rng.randint(1, 6)),
                "chat",
                "chat",
                f.pick(W.CHAT_A, lang),
                out=True,
            )
    return f


def slide(f: Fam, k: str, start_day: int, span: int, langs: list[str]) -> list[str]:
    comp = f.rng.choice(COMPETITORS)
    ids = []
    t = f.at(start_day, 9, 12)
    for step in range(6):
        lang = langs[step % len(langs)]
        text = W.SLIDE[lang][step].format(comp=comp)
        t = f.morning(
            max(
                t + timedelta(hours=1),
                f.start + timedelta(days=start_day + span * step / 5, hours=f.rng.uniform(9, 19)),
            )
        )
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    k,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][step]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(k, t, ch, "mention" if ch == "social" else "post", text))
    f.customers[k].update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": utc(f.rows[-6]["t"]),
        }
    )
    return ids


SLIDE_TOL = (
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
)


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        day0(2026, 7, 6),
        32,
        "sliders, leavers, steady, grumpy and sarcastic customers",
    )
    for i in range(10):
        nps = i < 5
        k = f.person(
            "slow_churner",
            "slides",
            f.lang(),
            expected=("sentiment_drop", "detractor") if nps else ("sentiment_drop",),
            tolerated=SLIDE_TOL,
        )
        lang = str(f.customers[k]["language"])
        for d in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.add(k, f.at(d), f.rng.choice(["social", "community"]), "post", f.pick(W.PRAISE, lang))
        f.happy_days(k, f.rng.randint(2, 4), list(range(11)))
        ids = slide(f, k, f.rng.randint(12, 16), f.rng.choice([3, 5, 9]), [lang])
        if nps:
            rows = {r["event_id"]: r["t"] for r in f.rows}
            st = f.morning(rows[ids[3]] + timedelta(hours=f.rng.uniform(2.5, 3.5)))
            sid = f.add(
                k,
                st,
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            f.customers[k].update({"nps_given": True, "survey_event_id": sid})
    for _ in range(5):
        k = f.person(
            "slow_churner",
            "asks to cancel",
            f.lang(),
            expected=("churn_intent",),
            tolerated=("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        lang = str(f.customers[k]["language"])
        f.happy_days(k, f.rng.randint(4, 6), list(range(16)))
        t = f.at(f.rng.randint(17, 23), 8, 18)
        eid = f.add(
            k, t, "email", "message", f.pick(W.LEAVE, lang, name=f.fname(k)), subject="Encore"
        )
        f.add(
            k,
            f.morning(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            f.pick(W.SORRY_GO, lang, name=f.fname(k)),
            out=True,
            subject="Re: Encore",
        )
        ct = f.morning(t + timedelta(hours=f.rng.uniform(20, 30)))
        cid = f.add(
            k,
            ct,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/encore", "product": "Encore membership"},
        )
        f.customers[k].update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": utc(ct),
                "trouble_starts_at": utc(t),
            }
        )
    for _ in range(6):
        k = f.person("happy", "steady", f.lang())
        f.happy_days(k, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        k = f.person(
            "steadily_grumpy", "grumbles", f.lang(), tolerated=("repeat_contact", "silence")
        )
        lang = str(f.customers[k]["language"])
        d = f.rng.randint(0, 4)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            ids.append(
                f.add(
                    k,
                    f.at(d, 8, 20),
                    ch,
                    {"social": "mention", "community": "post", "web": "ticket"}[ch],
                    f.pick(W.GRUMBLE, lang),
                )
            )
            d += f.rng.randint(1, 3)
        f.customers[k].update(
            {"grumble_event_ids": ids, "trouble_starts_at": utc(f.rows[-len(ids)]["t"])}
        )
    for _ in range(5):
        k = f.person("happy_one_sarcastic_remark", "happy", f.lang(), tolerated=("silence",))
        lang = str(f.customers[k]["language"])
        f.happy_days(k, f.rng.randint(3, 5), list(range(16)))
        sid = f.add(
            k, f.at(f.rng.randint(17, 28), 9, 20), "social", "mention", f.pick(W.SARCASM, lang)
        )
        f.customers[k]["sarcasm_event_id"] = sid
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours", "QH", 5, day0(2026, 8, 28), 3, "a calm weekend with night owls; no spike"
    )
    for _ in range(16):
        k = f.person("happy", "day writer", f.lang())
        f.happy_days(k, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        k = f.person("grumbles_once", "grumbles once", f.lang(), tolerated=("silence",))
        lang = str(f.customers[k]["language"])
        t = f.at(i % 3, 9, 16)
        f.purchase(k, t)
        g = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            gid = f.add(k, g, "chat", "chat", f.pick(W.MILD, lang))
            f.add(k, g + timedelta(minutes=3), "chat", "chat", f.pick(W.MILD_A, lang), out=True)
        else:
            gid = f.add(
                k, g, "web", "ticket", f.pick(W.MILD, lang), attrs={"page": "/help/contact"}
            )
            f.add(
                k,
                g + timedelta(minutes=25),
                "email",
                "message",
                f.pick(W.MILD_A, lang),
                out=True,
                subject="Your message",
            )
        f.customers[k].update({"grumble_event_id": gid, "trouble_starts_at": utc(g)})
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            bs = first + timedelta(minutes=off)
            for _ in range(4):
                k = f.person("night_owl", f"night {night + 1}, burst {b + 1}", f.lang())
                lang = str(f.customers[k]["language"])
                t = bs + timedelta(minutes=f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    nid = f.add(k, t, "chat", "chat", f.pick(W.NIGHT_Q, lang))
                    f.add(
                        k,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        f.pick(W.NIGHT_A, lang),
                        out=True,
                    )
                    f.add(k, t + timedelta(minutes=6), "chat", "chat", f.pick(W.THANKS, lang))
                else:
                    nid = f.add(k, t, "community", "post", f.pick(W.NIGHT_POST, lang))
                f.customers[k].update({"burst_at": utc(bs), "night_event_id": nid})
                if f.rng.random() < 0.5:
                    f.happy_act(k, f.at(f.rng.randint(0, 2), 9, 17.5))
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, day0(2026, 9, 21), 14, "customers writing in two languages")
    pairs = [
        ("en", "fr"),
        ("fr", "en"),
        ("fr", "de"),
        ("en", "es"),
        ("fr", "it"),
        ("en", "pt"),
        ("fr", "pt"),
        ("de", "en"),
        ("it", "fr"),
        ("es", "en"),
        ("pt", "fr"),
    ]

    def mk(persona: str, habit: str, i: int, **kw: Any) -> tuple[str, list[str]]:
        a, b = pairs[i % len(pairs)]
        k = f.person(persona, habit, a, **kw)
        f.customers[k]["languages"] = [a, b]
        f.customers[k]["job_second_language"] = "works or has family in the other language"
        return k, [a, b]

    for i in range(12):
        k, langs = mk("happy", "alternates languages", i)
        for j, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            f.customers[k]["language"] = langs[j % 2]
            f.happy_act(k, f.at(d))
        f.customers[k]["language"] = langs[0]
    for i in range(5):
        k, langs = mk(
            "repeat_contact", "repeats", i + 3, expected=("repeat_contact",), tolerated=REPEAT_TOL
        )
        f.happy_days(k, f.rng.randint(1, 3), [0, 1])
        repeat_run(
            f,
            k,
            f.rng.randint(2, 5),
            [2, 2, 3, 3, 4][i],
            ["email", "chat", "web", "phone"],
            W.PROBLEMS[i],
            i >= 2,
        )
    for i in range(5):
        k, langs = mk(
            "slow_churner", "slides", i + 5, expected=("sentiment_drop",), tolerated=SLIDE_TOL
        )
        for j, d in enumerate(f.rng.sample(range(6), 5)):
            f.add(k, f.at(d), "community", "post", f.pick(W.PRAISE, langs[j % 2]))
        f.happy_days(k, f.rng.randint(1, 3), list(range(6)))
        slide(f, k, f.rng.randint(7, 8), f.rng.randint(3, 5), langs)
    for i in range(3):
        k, langs = mk("happy_one_bad_day", "one bad day", i, tolerated=("silence",))
        f.customers[k]["language"] = langs[1]
        bd = f.rng.randint(4, 9)
        t = f.at(bd, 9, 18)
        ref = f.ref()
        eid = f.complaint(k, t, ["email", "email", "chat"][i], W.PROBLEMS[i + 2], ref, long=i == 0)
        f.reply_case(k, t + timedelta(minutes=20), "chat" if i == 2 else "email", ref)
        f.customers[k]["language"] = langs[0]
        f.happy_days(k, 3, [d for d in range(14) if abs(d - bd) > 2])
        f.customers[k].update(
            {
                "bad_day_at": utc(t),
                "bad_day_event_id": eid,
                "bad_day_language": langs[1],
                "booking": ref,
                "trouble_starts_at": utc(t),
            }
        )
    for i in range(2):
        k, langs = mk("resolved_between_contacts", "fixed", i + 1, tolerated=("silence",))
        case = fixed_case(f, k, f.rng.randint(2, 6), W.PROBLEMS[i + 4], langs[1])
        f.happy_days(k, 2, [0, 12, 13])
        f.customers[k].update(
            {
                "problems": [case],
                "confirm_language": langs[1],
                "trouble_starts_at": case["raised_at"],
            }
        )
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, day0(2026, 10, 12), 14, "Costuvia Stage accounts")
    sites = [
        "theatre",
        "school",
        "film",
        "events",
        "opera",
        "university",
        "museum",
        "dance",
        "television",
        "hotel",
        "agency",
        "choir",
        "festival",
        "circus",
        "cinema",
    ]
    plan: list[tuple[str, int, str | None, int]] = [
        ("at_risk", 4, "invoice", 5),
        ("at_risk", 3, "service_blocked", 4),
        ("at_risk", 3, "portal", 5),
        ("at_risk", 4, "overbilled", 6),
        ("at_risk", 3, "invoice", 4),
    ]
    plan += [
        ("one_unhappy", 1, p, 3) for p in ("service_blocked", "overbilled", "portal", "invoice")
    ]
    plan += [("mild", 0, None, f.rng.randint(3, 4)) for _ in range(3)] + [
        ("happy", 0, None, f.rng.choice([4, 5])) for _ in range(3)
    ]
    langs = [
        "fr",
        "en",
        "fr",
        "en",
        "de",
        "fr",
        "en",
        "it",
        "es",
        "pt",
        "fr",
        "en",
        "de",
        "fr",
        "en",
    ]
    wd = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]

    def office(day: int) -> datetime:
        return f.at(day, 8, 16.5)

    for ai, (kind, unhappy, prob, ncont) in enumerate(plan):
        lang = langs[ai]
        market = MARKETS[lang][0]
        acc = f"CVS-{market}-{4100 + ai * 37}"
        company = f"{sites[ai].title()} {f.rng.choice(['Lumen', 'Arcada', 'Sirius', 'Velum', 'Tessera', 'Nordlicht', 'Aurora', 'Rialto'])}"
        domain = sites[ai] + str(ai) + "-" + company.split()[1].lower()
        keys = []
        for ci in range(ncont):
            role = (
                "complainer"
                if (kind in ("at_risk", "one_unhappy") and ci < unhappy)
                else ("suggests" if kind == "mild" and ci < 2 else "contact")
            )
            if role == "complainer" and kind == "at_risk":
                last = ci == unhappy - 1
                exp: tuple[str, ...] = ("repeat_contact",) if last else ("detractor",)
                k = f.person(
                    "b2b_unhappy",
                    role,
                    lang,
                    expected=exp,
                    tolerated=(
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ),
                    account=acc,
                    domain=domain,
                )
            elif role == "complainer":
                k = f.person(
                    "b2b_one_unhappy",
                    role,
                    lang,
                    expected=("detractor",),
                    tolerated=("sentiment_drop", "high_value_at_risk", "silence"),
                    account=acc,
                    domain=domain,
                )
            elif role == "suggests":
                k = f.person(
                    "b2b_mild", role, lang, tolerated=("silence",), account=acc, domain=domain
                )
            else:
                k = f.person("b2b_happy", role, lang, account=acc, domain=domain)
            c = f.customers[k]
            c["country"] = market
            c.update(
                {
                    "company": company,
                    "role": role,
                    "job_title": f.rng.choice(
                        [
                            "Wardrobe manager",
                            "Production coordinator",
                            "Office manager",
                            "Costume supervisor",
                        ]
                    ),
                }
            )
            c["job"] = c["job_title"]
            keys.append(k)
        unhappy_keys = [k for k in keys if f.customers[k]["role"] == "complainer"]
        for k in keys:
            c = f.customers[k]
            lang = str(c["language"])
            routine_days = [0, 1] if c["role"] != "contact" else wd
            for d in f.rng.sample(
                routine_days,
                min(
                    len(routine_days),
                    f.rng.randint(
                        0 if c["role"] != "contact" else 2, 2 if c["role"] != "contact" else 4
                    ),
                ),
            ):
                t = office(d)
                r = f.rng.random()
                if r < 0.5:
                    f.add(k, t, "chat", "chat", f.pick(W.B2B_Q, lang))
                    f.add(
                        k,
                        t + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        "chat",
                        W.B2B_A[lang],
                        out=True,
                    )
                    if f.rng.random() < 0.6:
                        f.add(k, t + timedelta(minutes=8), "chat", "chat", f.pick(W.THANKS, lang))
                elif r < 0.75 or c["role"] != "contact":
                    f.purchase(k, t)
                elif f.rng.random() < 0.5:
                    f.add(k, t, "community", "post", W.B2B_PRAISE[lang])
                else:
                    s = f.rng.choice(["nps", "csat", "ces"])
                    f.add(
                        k,
                        t,
                        "survey",
                        "survey_response",
                        None,
                        scores={s: {"nps": 9, "csat": 5, "ces": 7}[s]},
                        attrs={"survey": s},
                    )
        if kind == "at_risk":
            ref = f.ref()
            t = office(2)
            firstname = ""
            firstday = 2
            ids_first = ""
            for n, k in enumerate(unhappy_keys):
                lang = str(f.customers[k]["language"])
                what = W.B2B_COMPLAINT[lang][str(prob)]
                if n == 0:
                    text = what
                    firstname = f.fname(k)
                else:
                    t = t + timedelta(hours=f.rng.uniform(8, 28))
                    while t.weekday() >= 5 or not 8 <= t.hour < 17:
                        t = (
                            (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(5, 55))
                            if t.hour >= 17 or t.weekday() >= 5
                            else t.replace(hour=8, minute=f.rng.randint(5, 55))
                        )
                    text = W.B2B_LATER[lang].format(
                        ref=ref, first=firstname, day=W.WEEKDAYS[lang][firstday], what=what
                    )
                eid = f.add(
                    k,
                    t,
                    "email",
                    "message",
                    text,
                    subject=W.SUBJ_COMPLAINT[lang] + "Costuvia Stage " + acc,
                )
                if n == 0:
                    ids_first = eid
                    f.add(
                        k,
                        t + timedelta(minutes=f.rng.randint(20, 60)),
                        "email",
                        "message",
                        W.B2B_ACK[lang].format(ref=ref),
                        out=True,
                        subject=W.SUBJ_CASE[lang] + ref,
                    )
                c = f.customers[k]
                c.update(
                    {
                        "problem": prob,
                        "booking": ref,
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": utc(t),
                    }
                )
                if n < len(unhappy_keys) - 1:
                    sid = f.add(
                        k,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.update({"nps_given": True, "survey_event_id": sid})
                else:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                        t2 = (
                            (t2 + timedelta(days=1)).replace(hour=9, minute=f.rng.randint(0, 50))
                            if t2.hour >= 17 or t2.weekday() >= 5
                            else t2.replace(hour=9, minute=f.rng.randint(0, 50))
                        )
                    comp = f.rng.choice(COMPETITORS)
                    if ai == 0:
                        rid = f.add(
                            k,
                            t2,
                            "email",
                            "message",
                            W.B2B_LAST_EMAIL[lang].format(ref=ref, comp=comp),
                            subject=W.SUBJ_CASE[lang] + ref,
                        )
                        c["competitor"] = comp
                    else:
                        rid = f.add(k, t2, "phone", "call", W.B2B_LAST_CALL[lang].format(ref=ref))
                    c["complaint_event_ids"].append(rid)
                    c["repeat_event_id"] = rid
            _ = ids_first
        elif kind == "one_unhappy":
            k = unhappy_keys[0]
            lang = str(f.customers[k]["language"])
            ref = f.ref()
            t = office(f.rng.choice([3, 4, 7, 8]))
            eid = f.add(
                k,
                t,
                "email",
                "message",
                W.B2B_COMPLAINT[lang][str(prob)],
                subject=W.SUBJ_COMPLAINT[lang] + "Costuvia Stage " + acc,
            )
            f.add(
                k,
                t + timedelta(minutes=f.rng.randint(20, 60)),
                "email",
                "message",
                W.B2B_ACK[lang].format(ref=ref),
                out=True,
                subject=W.SUBJ_CASE[lang] + ref,
            )
            sid = f.add(
                k,
                t + timedelta(hours=f.rng.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            f.customers[k].update(
                {
                    "problem": prob,
                    "booking": ref,
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "survey_event_id": sid,
                    "trouble_starts_at": utc(t),
                }
            )
        elif kind == "mild":
            for k in keys:
                if f.customers[k]["role"] == "suggests":
                    lang = str(f.customers[k]["language"])
                    t = f.at(f.rng.choice([2, 3, 4, 8, 9]), 8, 16)
                    mid = f.add(
                        k,
                        t,
                        "web",
                        "ticket",
                        f.pick(W.B2B_MILD, lang),
                        attrs={"page": "/stage/feedback"},
                    )
                    f.add(
                        k,
                        t + timedelta(minutes=f.rng.randint(30, 90)),
                        "email",
                        "message",
                        W.B2B_MILD_A[lang],
                        out=True,
                        subject="Costuvia Stage",
                    )
                    f.customers[k].update({"mild_event_id": mid, "trouble_starts_at": utc(t)})
        first_complaint = [f.customers[k]["trouble_starts_at"] for k in unhappy_keys]
        f.accounts[acc] = {
            "company": company,
            "site": sites[ai],
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": min(first_complaint) if kind == "at_risk" else None,
            "language": langs[ai],
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, day0(2026, 10, 26), 7, "a calm week and one planted incident")
    for _ in range(40):
        k = f.person("happy", "day writer", f.lang())
        f.happy_days(k, f.rng.randint(1, 4), [0, 1, 2, 3, 4])
        if f.rng.random() < 0.2:
            f.happy_act(k, f.at(5, 12, 19))
    for _ in range(2):
        k = f.person("grumbles_once", "grumbles once", f.lang(), tolerated=("silence",))
        lang = str(f.customers[k]["language"])
        t = f.at(0, 9, 17)
        gid = f.add(k, t, "chat", "chat", f.pick(W.GRUMBLE, lang))
        f.add(k, t + timedelta(minutes=4), "chat", "chat", f.pick(W.MILD_A, lang), out=True)
        f.customers[k].update({"grumble_event_id": gid, "trouble_starts_at": utc(t)})
    for lang, hh in (("fr", 9.67), ("en", 16.1)):
        k = f.person("grumbles_once", "lone question", lang, tolerated=("silence",))
        t = f.start + timedelta(days=4, hours=hh)
        lid = f.add(k, t, "chat", "chat", W.LONE_Q[lang])
        f.add(k, t + timedelta(minutes=3), "chat", "chat", W.LONE_A[lang], out=True)
        f.customers[k].update({"lone_report_event_id": lid, "trouble_starts_at": utc(t)})
    s0 = f.start + timedelta(days=5, hours=8, minutes=25)
    langs = ["fr"] * 6 + ["en"] * 6 + ["de", "de", "it", "it", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    keys, eids, reps = [], [], []
    repeaters = [i for i in range(20) if offs[i] <= 25][:6]
    fixed = [i for i in range(20) if i not in repeaters][:6]
    for i in range(20):
        lang = langs[i]
        regular = i < 12
        rep = i in repeaters
        k = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang,
            expected=("repeat_contact",) if rep else (),
            tolerated=("silence", "sentiment_drop") if rep else ("silence",),
        )
        if regular:
            f.happy_days(k, f.rng.randint(1, 2), [2, 3, 4], 8, 17.5)
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.pick(W.SPIKE, lang)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = f.add(
            k,
            t,
            ch,
            kind,
            text,
            subject="Halloween" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                k,
                t + timedelta(minutes=f.rng.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_A[lang],
                out=True,
            )
        c = f.customers[k]
        c.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": utc(t),
            }
        )
        if rep:
            ch2 = f.rng.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + timedelta(minutes=f.rng.randint(15, 50))
            rid = f.add(
                k,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                W.SPIKE_AGAIN[lang],
                subject="Halloween" if ch2 == "email" else None,
            )
            c["repeat_event_id"] = rid
            reps.append(rid)
        if i in fixed:
            f.add(
                k,
                s0 + timedelta(hours=f.rng.uniform(2.6, 2.9)),
                "email",
                "message",
                W.SPIKE_FIXED[lang].format(name=f.fname(k)),
                out=True,
                subject="Costuvia",
            )
            c["agent_fixed"] = True
        keys.append(k)
        eids.append(eid)
    f.spike = {
        "topic": "costume hire parcels delivered with the shop's anti-theft (ink) security tags still clipped on: costumes cannot be worn on Halloween Saturday",
        "about": "the warehouse packed the Saturday-morning parcels without removing the security tags; reporters open their parcels within the same hour",
        "channel": None,
        "start": utc(s0),
        "end": utc(s0 + timedelta(minutes=45)),
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
    total_c = total_t = 0
    for build in FAMILIES:
        fam = build()
        c, t = fam.write()
        total_c += c
        total_t += t
        print(
            f"{fam.name}: {c} customers, {t} touchpoints, {sum(1 for r in fam.rows if r['direction'] == 'outbound')} replies"
        )
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
