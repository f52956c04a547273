# ruff: noqa: E501
"""Build heldout216/ (Arrumo, blind, report only): python make_heldout216.py."""

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

SEED = 20261206
LANGS = ["pt", "fr", "en", "de", "it", "es"]
LANG_W = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "pt": ["PT", "PT", "PT", "LU"],
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "en": ["UK", "UK", "IE"],
    "de": ["DE", "DE", "AT", "CH"],
    "it": ["IT", "IT", "CH"],
    "es": ["ES"],
}
PHONE = {
    "PT": ("+351 9", 8),
    "FR": ("+33 6", 8),
    "BE": ("+32 47", 7),
    "CH": ("+41 7", 8),
    "LU": ("+352 621", 6),
    "UK": ("+44 7", 9),
    "IE": ("+353 8", 8),
    "DE": ("+49 15", 9),
    "AT": ("+43 66", 8),
    "IT": ("+39 3", 9),
    "ES": ("+34 6", 8),
}
FIRST = {
    "pt": [
        "Ana",
        "Beatriz",
        "Joana",
        "Marta",
        "Inês",
        "Rui",
        "Tiago",
        "Nuno",
        "Carla",
        "Filipa",
        "Duarte",
        "Sónia",
        "Hugo",
        "Catarina",
        "Paulo",
        "Rita",
    ],
    "fr": [
        "Camille",
        "Élodie",
        "Julien",
        "Manon",
        "Théo",
        "Claire",
        "Nicolas",
        "Sophie",
        "Hugo",
        "Léa",
        "Mathieu",
        "Chloé",
        "Antoine",
        "Pauline",
        "Loïc",
        "Anaïs",
    ],
    "en": ["Emma", "Oliver", "Siobhan", "James", "Grace", "Liam", "Hannah", "Tom"],
    "de": ["Lena", "Jonas", "Katrin", "Felix", "Sabine", "Lukas", "Anja", "Tobias"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Elena", "Davide"],
    "es": ["Lucía", "Pablo", "Marta", "Javier", "Irene", "Sergio", "Nuria", "Álvaro"],
}
LAST = {
    "pt": [
        "Silva",
        "Ferreira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Gomes",
        "Lopes",
        "Marques",
        "Almeida",
        "Ribeiro",
        "Pinto",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Roux",
        "Lambert",
        "Mercier",
        "Faure",
        "Blanc",
    ],
    "en": ["Walsh", "Hughes", "Murphy", "Clarke", "Bennett", "Doyle", "Turner", "Price"],
    "de": ["Becker", "Hoffmann", "Krüger", "Wagner", "Schulz", "Vogel", "Braun", "Lange"],
    "it": ["Russo", "Ferrari", "Bianchi", "Greco", "Marino", "Conti", "Galli", "Rinaldi"],
    "es": ["García", "Moreno", "Romero", "Navarro", "Ortega", "Castro", "Rubio", "Molina"],
}
CURRENCY = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
SOURCE = {
    "email": "arrumo-mail",
    "phone": "arrumo-voice",
    "social": "arrumo-social",
    "community": "arrumo-forum",
    "chat": "arrumo-chat",
    "web": "arrumo-web",
    "survey": "arrumo-survey",
}
AGENTS = ["Rita", "Margaux", "Tiago", "Inès", "Owen", "Paola"]
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def one(r: random.Random, table: dict[str, list[str]], lang: str) -> str:
    return r.choice(table[lang])


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
    truth: dict[str, Any] = field(default_factory=dict)


class Fam:
    def __init__(self, name: str, code: str, n: int, start: str, days: int, about: str) -> None:
        self.name, self.code, self.days, self.about = name, code, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.start = datetime.fromisoformat(start + "T00:00:00+00:00")
        self.rows: list[dict[str, Any]] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(h0, h1))

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
        company: str | None = None,
    ) -> Cust:
        r = self.rng
        lang = lang or r.choices(LANGS, LANG_W)[0]
        market = market or r.choice(MARKETS[lang])
        while True:
            first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
            key = f"AR{self.code}{r.randint(1000, 9999)}"
            slug = strip_accents(f"{first}.{last}").lower()
            if company:
                email = f"{strip_accents(first).lower()}.{strip_accents(last).lower()}@{company}.example"
            else:
                email = f"{slug}{r.randint(2, 98)}@{r.choice(['mail', 'correio', 'courriel', 'post'])}.example"
            pre, n = PHONE[market]
            phone = pre + "".join(str(r.randint(0, 9)) for _ in range(n))
            handle = (
                None
                if account
                else "@"
                + r.choice(
                    [
                        f"{slug.replace('.', '_')}{r.randint(1, 9)}",
                        f"{slug.split('.')[0]}{slug.split('.')[1][:3]}",
                        f"{slug.split('.')[1]}_{r.randint(10, 99)}",
                    ]
                )
            )
            ids = [key, email, phone.replace(" ", ""), handle or ""]
            if not any(i in USED for i in ids if i):
                USED.update(i for i in ids if i)
                break
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": phone.replace(" ", ""),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.custs.append(c)
        return c

    def ref(self, c: Cust, channel: str) -> dict[str, Any]:
        r = self.rough
        d: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if channel == "phone":
            d["phone"] = c.phone if r.random() < 0.5 else c.phone.replace(" ", "")
        elif channel in ("social", "community"):
            if c.handle:
                d["handle"] = c.handle if r.random() < 0.8 else c.handle.lstrip("@")
            else:
                d["email"] = c.email
        elif channel == "email":
            d["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
        else:
            d["customer_id"] = c.key
        return d

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 1 / 10:
            text = strip_accents(text)
        if r.random() < 1 / 8 and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            cand = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if cand:
                i = r.choice(cand)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

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
        self.seq += 1
        eid = f"h216-{self.code.lower()}-{self.seq:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text and not out and channel == "social" and "@Arrumo" not in text:
            text = text.replace("Arrumo", "@Arrumo", 1) if "Arrumo" in text else "@Arrumo " + text
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        row = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": self.ref(c, channel),
            "text": text,
            "subject": subject,
            "scores": sc,
            "source": SOURCE[channel],
            "attributes": a,
            "_key": c.key,
            "_t": t,
        }
        self.rows.append(row)
        return eid

    # ------------------------------------------------------------- small acts --
    def reply(
        self, c: Cust, t: datetime, channel: str, text: str, subject: str | None = None
    ) -> str:
        return self.add(
            c, t, channel, "chat" if channel == "chat" else "message", text, subject, out=True
        )

    def purchase(self, c: Cust, t: datetime, b2b: bool = False) -> None:
        prod, val = self.rng.choice(W.B2B_PRODUCTS if b2b else W.PRODUCTS)
        cur, k = CURRENCY.get(c.market, ("EUR", 1.0))
        page = self.rng.choice(W.PAGES)
        self.add(
            c,
            t - timedelta(minutes=self.rng.randint(3, 15)),
            "web",
            "page_view",
            attrs={"page": page},
        )
        self.add(
            c,
            t,
            "web",
            "purchase",
            attrs={
                "order_value": f"{float(val) * k:.2f}",
                "currency": cur,
                "product": prod,
                "page": "/checkout",
            },
        )

    def happy(self, c: Cust, t: datetime, survey: bool = True) -> None:
        r, lg = self.rng, c.lang
        k = r.randrange(9 if survey else 8)
        if k == 0:
            self.add(c, t, r.choice(["social", "community"]), "post", one(r, W.PRAISE, lg))
        elif k == 1:
            self.add(c, t, "social", "mention", one(r, W.AGAIN, lg))
        elif k == 2:
            self.add(c, t, r.choice(["community", "social"]), "post", one(r, W.GRIPE, lg))
        elif k == 3:
            self.add(c, t, "chat", "chat", one(r, W.QUESTION, lg))
            self.reply(c, t + timedelta(minutes=r.randint(1, 6)), "chat", one(r, W.ANSWER, lg))
            if r.random() < 0.6:
                self.add(
                    c, t + timedelta(minutes=r.randint(7, 12)), "chat", "chat", one(r, W.THANKS, lg)
                )
        elif k == 4:
            self.add(c, t, "phone", "call", one(r, W.CALL_Q, lg))
            self.reply(
                c,
                t + timedelta(minutes=r.randint(15, 50)),
                "email",
                one(r, W.CALL_FOLLOW, lg),
                "Arrumo",
            )
        elif k in (5, 6):
            self.purchase(c, t, bool(c.account))
        elif k == 7:
            self.add(
                c,
                t,
                "web",
                "review",
                one(r, W.REVIEW, lg),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey_good(c, t)

    def survey_good(self, c: Cust, t: datetime) -> None:
        r = self.rng
        s = r.choice(["nps", "csat", "ces"])
        v = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[s]
        self.add(
            c,
            t,
            "survey",
            "survey_response",
            one(r, W.SURVEY_WORD, c.lang) or None,
            scores={s: v},
            attrs={"survey": s},
        )

    def happy_days(
        self, c: Cust, days: list[int], h0: float = 7, h1: float = 20, survey: bool = True
    ) -> None:
        for d in days:
            self.happy(c, self.at(d, h0, h1), survey)

    def day_choice(self, pool: list[int], k: int) -> list[int]:
        return sorted(self.rng.sample(pool, min(k, len(pool))))

    def case(self) -> str:
        while True:
            ref = f"AR-{self.rng.randint(100000, 999999)}"
            if ref not in USED:
                USED.add(ref)
                return ref

    # ------------------------------------------------------------------ output --
    def write(self, expected: dict[str, int]) -> None:
        rows = sorted(self.rows, key=lambda x: (x["_t"], x["event_id"]))
        first: set[str] = set()
        by = {c.key: c for c in self.custs}
        for row in rows:
            c = by[row["_key"]]
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            if row["direction"] == "outbound" or (
                row["direction"] == "inbound" and c.key not in first
            ):
                row["customer"] = full
            if row["direction"] == "inbound":
                first.add(c.key)
        count: dict[str, int] = {}
        for c in self.custs:
            assert c.key in first, c.key
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            for rule in c.truth["expected_rules"]:
                count[rule] = count.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                count[rule] = count.get(rule, 0) + 1
        if self.spike:
            count["topic_spike"] = 1
        assert count == expected, (self.name, count, expected)
        last = rows[-1]["_t"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC) and rows[0]["_t"] >= self.start
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as fh:
            for row in rows:
                out = {k: v for k, v in row.items() if not k.startswith("_")}
                fh.write(json.dumps(out, ensure_ascii=False) + "\n")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Arrumo (home decluttering visits and box storage; Arrumo Club; Arrumo Pro for companies)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": expected,
            },
            "start": iso(self.start),
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


def night(f: Fam, d: int) -> datetime:
    return f.start + timedelta(days=d, hours=22.2 + f.rng.uniform(0, 6.3))


def happy_writers() -> None:
    f = Fam("happy_writers", "HW", 1, "2026-03-09", 10, "happy customers only")
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        f.happy_days(c, f.day_choice(list(range(10)), f.rng.randint(5, 8)), 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer", [], [])
        for d in f.day_choice(list(range(9)), f.rng.randint(2, 4)):
            t = night(f, d)
            if f.rng.random() < 0.5:
                f.add(
                    c,
                    t,
                    f.rng.choice(["social", "community"]),
                    "post",
                    one(f.rng, W.NIGHT_POST, c.lang),
                )
            else:
                f.add(c, t, "chat", "chat", one(f.rng, W.NIGHT_CHAT, c.lang))
                f.reply(
                    c,
                    t + timedelta(minutes=f.rng.randint(2, 8)),
                    "chat",
                    one(f.rng, W.NIGHT_ANSWER, c.lang),
                )
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(9, 14)),
                    "chat",
                    "chat",
                    one(f.rng, W.THANKS, c.lang),
                )
        f.happy_days(c, f.day_choice(list(range(10)), f.rng.randint(2, 3)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys", [], [])
        for d in f.day_choice(list(range(10)), f.rng.randint(3, 6)):
            f.survey_good(c, f.at(d, 8, 20))
    f.write({})


def complain(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, long_mail: bool = False
) -> str:
    r, lg = f.rng, c.lang
    text = one(r, W.COMPLAINT[problem], lg)
    subj = one(r, W.COMPLAINT_SUBJECT, lg) + W.PROBLEM_TOPIC[problem]
    if long_mail:
        return f.add(
            c, t, "email", "message", one(r, W.LONG_EMAIL, lg).replace("PROBLEM", text), subj
        )
    if channel == "email":
        return f.add(c, t, "email", "message", text, subj)
    if channel == "phone":
        return f.add(c, t, "phone", "call", W.CALL_COMPLAINT[problem][lg])
    if channel == "web":
        return f.add(c, t, "web", "ticket", text, subj, attrs={"page": "/help/contact"})
    if channel == "chat":
        return f.add(c, t, "chat", "chat", text)
    if channel == "social":
        return f.add(c, t, "social", "mention", text)
    return f.add(c, t, channel, "post", text)


def one_bad_day() -> None:
    f = Fam("one_bad_day", "BD", 2, "2026-04-20", 12, "happy customers with one bad day")
    r = f.rng
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(probs)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(r.sample(with_case, 6))
    csat = set(r.sample([i for i in with_case if i not in det], 5))
    good = set(r.sample(with_case, 12))
    apol = set(r.sample(sorted(good), 5))
    long_langs = ["pt", "pt", "fr", "fr"]
    for i, ch in enumerate(chans):
        lang = long_langs[i] if ch == "long" else None
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = f.person(
            persona, "one bad day", ["detractor"] if i in det else [], ["silence"], lang=lang
        )
        bd = r.randint(2, 9)
        t = f.at(bd, 8, 20)
        pool = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, f.day_choice(pool, r.randint(1, 5)), 8, 19, survey=False)
        problem = probs[i]
        eid = complain(f, c, t, problem, "email" if ch == "long" else ch, long_mail=ch == "long")
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "long_email": ch == "long",
                "channel": "email" if ch == "long" else ch,
            }
        )
        if ch == "social":
            c.truth["booking"] = None
            continue
        ref = f.case()
        c.truth["booking"] = ref
        if ch == "chat":
            f.reply(
                c,
                t + timedelta(minutes=r.randint(2, 6)),
                "chat",
                one(r, W.CASE_OPENED, c.lang).format(ref=ref),
            )
        else:
            f.reply(
                c,
                t + timedelta(minutes=r.randint(10, 40)),
                "email",
                one(r, W.CASE_OPENED, c.lang).format(ref=ref),
                ref,
            )
        if i in det:
            v = r.randint(1, 5)
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(minutes=r.randint(100, 140)),
                        "survey",
                        "survey_response",
                        one(r, W.LOW_WORD, c.lang) or None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        elif i in csat:
            v = r.randint(1, 2)
            c.truth.update(
                {
                    "csat_given": True,
                    "csat": v,
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(minutes=r.randint(40, 80)),
                        "survey",
                        "survey_response",
                        one(r, W.LOW_WORD, c.lang) or None,
                        scores={"csat": v},
                        attrs={"survey": "csat"},
                    ),
                }
            )
        if i in good:
            g = t + timedelta(hours=r.uniform(1, 4))
            if g.hour >= 21 or g.hour < 7:
                g = g.replace(hour=8, minute=r.randint(0, 50)) + (
                    timedelta(days=1) if g.hour >= 21 else timedelta()
                )
            f.reply(c, g, "email", one(r, W.GOOD_NEWS, c.lang).format(ref=ref), ref)
            c.truth["agent_fixed"] = True
            if i in apol:
                a = t + timedelta(hours=r.uniform(16, 24))
                if a.hour >= 21 or a.hour < 7:
                    a = a.replace(hour=9, minute=r.randint(0, 50)) + (
                        timedelta(days=1) if a.hour >= 21 else timedelta()
                    )
                c.truth.update(
                    {
                        "apologised": True,
                        "apology_at": iso(a),
                        "apology_event_id": f.add(
                            c,
                            a,
                            "chat" if i % 2 else "email",
                            "chat" if i % 2 else "message",
                            one(r, W.APOLOGY, c.lang),
                        ),
                    }
                )
    for _ in range(8):
        c = f.person("happy", "control", [], [])
        f.happy_days(c, f.day_choice(list(range(12)), r.randint(4, 7)), 8, 19, survey=False)
    f.write({"detractor": 6})


def morning(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute)
    return t


REPEAT_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]


def repeat_run(f: Fam, c: Cust, day: int, times: int, langs: list[str] | None = None) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    chans = ["web", "email", "chat", "phone", "social"]
    first_ch = r.choice(["web", "email", "chat"])
    later = r.sample([ch for ch in chans if ch != first_ch], times - 1)
    ref = f.case()
    t = f.at(day, 8, 19)
    lg0 = langs[0] if langs else c.lang
    saved = c.lang
    c.lang = lg0
    eids = [complain(f, c, t, problem, first_ch)]
    quality = times >= 3
    if first_ch == "chat":
        f.reply(
            c,
            t + timedelta(minutes=r.randint(2, 6)),
            "chat",
            one(r, W.CASE_OPENED, lg0).format(ref=ref),
        )
    if quality:
        f.reply(
            c,
            t + timedelta(hours=r.uniform(1.5, 2.5)),
            "email",
            one(r, W.QUALITY_LEAD, lg0).format(ref=ref),
            ref,
        )
    elif first_ch != "chat":
        f.reply(
            c,
            t + timedelta(minutes=r.randint(10, 40)),
            "email",
            one(r, W.CASE_OPENED, lg0).format(ref=ref),
            ref,
        )
    comp = r.choice(W.COMPETITORS)
    for n, ch in enumerate(later, start=2):
        t = morning(t + timedelta(hours=r.uniform(4, 40)))
        lg = langs[(n - 1) % len(langs)] if langs else saved
        c.lang = lg
        table = W.THIRD if n == 3 else W.FOURTH if n == 4 else W.STILL_OPEN
        text = one(r, table, lg).format(ref=ref, comp=comp)
        if ch == "phone":
            text = text.lower().replace(".", "").replace(",", "").replace(":", "")
            eids.append(f.add(c, t, "phone", "call", text))
        elif ch == "email":
            eids.append(f.add(c, t, "email", "message", text, "RE: " + ref))
        elif ch == "web":
            eids.append(f.add(c, t, "web", "ticket", text, ref, attrs={"page": "/help/contact"}))
        elif ch == "chat":
            eids.append(f.add(c, t, "chat", "chat", text))
            f.reply(
                c,
                t + timedelta(minutes=r.randint(2, 6)),
                "chat",
                one(r, W.URGENT, lg).format(ref=ref),
            )
        else:
            eids.append(f.add(c, t, "social", "mention", text))
    c.lang = saved
    c.truth.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": times,
            "channels": [first_ch, *later],
            "problem_event_ids": eids,
            "agent_passed_on": quality,
            "competitor": comp if times >= 3 else None,
            "trouble_starts_at": (
                eids and iso(f.rows[-1]["_t"]) and c.truth.get("trouble_starts_at")
            )
            or None,
        }
    )
    c.truth["trouble_starts_at"] = next(iso(x["_t"]) for x in f.rows if x["event_id"] == eids[0])


def fixed_case(f: Fam, c: Cust, day: int, lang2: str | None = None) -> dict[str, Any]:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    ref = f.case()
    t = f.at(day, 8, 18)
    ch = "web" if lang2 else r.choice(["web", "email", "chat"])
    eid = complain(f, c, t, problem, ch)
    if ch == "chat":
        f.reply(
            c,
            t + timedelta(minutes=r.randint(2, 6)),
            "chat",
            one(r, W.CASE_OPENED, c.lang).format(ref=ref),
        )
    else:
        f.reply(
            c,
            t + timedelta(minutes=r.randint(10, 40)),
            "email",
            one(r, W.CASE_OPENED, c.lang).format(ref=ref),
            ref,
        )
    g = morning(t + timedelta(hours=r.uniform(3, 20)))
    f.reply(c, g, "email", one(r, W.GOOD_NEWS, lang2 or c.lang).format(ref=ref), ref)
    k = morning(g + timedelta(hours=r.uniform(8, 30)))
    cch = r.choice(["email", "chat"])
    ceid = f.add(
        c,
        k,
        cch,
        "message" if cch == "email" else "chat",
        one(r, W.CONFIRM, lang2 or c.lang).format(ref=ref),
        ("RE: " + ref) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(k),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        "2026-06-01",
        10,
        "repeat contacts, fixed cases, frequent writers",
    )
    r = f.rng
    for times in [2] * 4 + [3] * 4 + [4] * 4:
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.happy_days(c, [0] * r.randint(1, 3), 7, 12, survey=False)
        repeat_run(f, c, r.randint(1, 4), times)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], ["silence"])
        f.happy_days(c, [0], 7, 12, survey=False)
        c.truth["problems"] = [fixed_case(f, c, r.randint(1, 4))]
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], ["silence"])
        d = r.randint(1, 2)
        c.truth["problems"] = [fixed_case(f, c, d), fixed_case(f, c, d + r.randint(4, 5))]
    for _ in range(7):
        c = f.person("happy", "frequent writer", [], [])
        f.happy_days(c, f.day_choice(list(range(10)), r.randint(5, 8)), 8, 19, survey=False)
    f.write({"repeat_contact": 12})


SLIDE_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
]


def slide(
    f: Fam, c: Cust, day: int, span: int, langs: list[str] | None = None, nps: bool = False
) -> None:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    t = f.at(day, 8, 19)
    eids: list[str] = []
    gaps = [0.0, *sorted(r.uniform(0.1, span) for _ in range(5))]
    base = t
    prev = t - timedelta(hours=2)
    for n, text_i in enumerate(range(6)):
        lg = langs[n % len(langs)] if langs else c.lang
        tt = morning(base + timedelta(days=gaps[n]))
        if tt < prev + timedelta(hours=1):
            tt = prev + timedelta(hours=1, minutes=r.randint(0, 40))
        tt = morning(tt)
        prev = tt
        text = W.SLIDE[lg][text_i].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            eids.append(
                f.add(
                    c,
                    tt,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][n]), "page": "/reviews"},
                )
            )
        else:
            eids.append(f.add(c, tt, ch, "post" if ch == "community" else "mention", text))
        if n == 3 and nps:
            v = r.randint(1, 5)
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": f.add(
                        c,
                        morning(tt + timedelta(hours=r.uniform(2.5, 3.5))),
                        "survey",
                        "survey_response",
                        one(r, W.LOW_WORD, lg) or None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    ),
                }
            )
    first_t = next(iso(x["_t"]) for x in f.rows if x["event_id"] == eids[0])
    c.truth.update(
        {
            "slide_event_ids": eids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": first_t,
        }
    )


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        "2026-07-06",
        32,
        "slow churners, leavers, steady, grumpy, sarcastic",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    nps_set = set(r.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps_set else [])
        c = f.person("slow_churner", "slides", exp, SLIDE_TOL)
        days = f.day_choice(list(range(11)), 6)
        for d in days[: r.randint(4, 5)]:
            f.add(
                c,
                f.at(d, 8, 19),
                r.choice(["social", "community"]),
                "post",
                one(r, W.PRAISE, c.lang),
            )
        f.happy_days(c, f.day_choice(list(range(11)), r.randint(2, 4)), 8, 19, survey=False)
        slide(f, c, r.randint(12, 16), spans[i], nps=i in nps_set)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"],
        )
        f.happy_days(c, f.day_choice(list(range(16)), r.randint(4, 6)), 8, 19, survey=False)
        t = f.at(r.randint(17, 23), 8, 18)
        e1 = f.add(c, t, "email", "message", one(r, W.CANCEL_ASK, c.lang), "Arrumo Club")
        f.reply(
            c,
            morning(t + timedelta(hours=r.uniform(1, 5))),
            "email",
            one(r, W.SORRY_GO, c.lang),
            "RE: Arrumo Club",
        )
        tc = morning(t + timedelta(hours=r.uniform(20, 30)))
        e2 = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/club/cancel", "product": "Arrumo Club, monthly"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e1,
                "cancellation_event_id": e2,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady", [], [])
        f.happy_days(c, f.day_choice(list(range(32)), r.randint(6, 10)), 8, 19)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = r.randint(0, 4)
        eids = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web", "review"])
            t = f.at(d, 8, 20)
            txt = one(r, W.GRUMBLE, c.lang)
            if ch == "web":
                eids.append(
                    f.add(c, t, "web", "ticket", txt, None, attrs={"page": "/help/contact"})
                )
            elif ch == "review":
                eids.append(
                    f.add(c, t, "web", "review", txt, attrs={"rating": "3", "page": "/reviews"})
                )
            else:
                eids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", txt))
            d += r.randint(1, 3)
        for _k in range(r.randint(0, 2)):
            f.purchase(c, f.at(r.randint(0, 25), 9, 18))
        c.truth.update(
            {
                "grumble_event_ids": eids,
                "trouble_starts_at": next(iso(x["_t"]) for x in f.rows if x["event_id"] == eids[0]),
            }
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], ["silence"])
        f.happy_days(c, f.day_choice(list(range(17)), r.randint(3, 6)), 8, 19, survey=False)
        t = f.at(r.randint(17, 28), 9, 20)
        c.truth["sarcasm_event_id"] = f.add(c, t, "social", "mention", one(r, W.SARCASM, c.lang))
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", "QH", 5, "2026-08-28", 3, "a calm weekend with night owls")
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        f.happy_days(c, f.day_choice([0, 1, 2], r.randint(1, 3)), 7, 17.5, survey=False)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(r.randint(0, 2), 8, 17)
        f.purchase(c, t)
        g = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            e = f.add(c, g, "chat", "chat", one(r, W.MILD, c.lang))
            f.reply(c, g + timedelta(minutes=r.randint(2, 6)), "chat", one(r, W.MILD_ACK, c.lang))
        else:
            e = f.add(
                c, g, "web", "ticket", one(r, W.MILD, c.lang), None, attrs={"page": "/help/contact"}
            )
            f.reply(
                c,
                g + timedelta(minutes=r.randint(10, 40)),
                "email",
                one(r, W.MILD_ACK, c.lang),
                "Arrumo",
            )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(g)})
    for n in range(3):
        b0 = f.start + timedelta(days=n + 1, minutes=r.randint(40, 65))
        for b, off in enumerate([0, r.randint(28, 33), r.randint(55, 65)]):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {n + 1}, burst {b + 1}", [], [])
                t = bs + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", one(r, W.NIGHT_CHAT, c.lang))
                    f.reply(
                        c,
                        t + timedelta(minutes=r.randint(2, 6)),
                        "chat",
                        one(r, W.NIGHT_ANSWER, c.lang),
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(7, 11)),
                        "chat",
                        "chat",
                        one(r, W.THANKS, c.lang),
                    )
                else:
                    e = f.add(
                        c,
                        t,
                        r.choice(["social", "community"]),
                        "post",
                        one(r, W.NIGHT_POST, c.lang),
                    )
                if r.random() < 0.5:
                    f.happy(c, f.at(r.randint(0, 2), 9, 17.5), survey=False)
                c.truth.update({"burst_at": iso(bs), "night_event_id": e})
    f.write({})


PAIRS = [
    ("pt", "fr"),
    ("fr", "pt"),
    ("pt", "en"),
    ("fr", "en"),
    ("pt", "es"),
    ("fr", "de"),
    ("fr", "it"),
    ("pt", "fr"),
    ("fr", "pt"),
    ("en", "fr"),
    ("de", "fr"),
    ("it", "fr"),
    ("es", "pt"),
]
PAIR_MARKET = {"pt": "PT", "fr": "FR", "en": "IE", "de": "CH", "it": "CH", "es": "ES"}


def bilingual() -> None:
    f = Fam("bilingual", "BL", 6, "2026-09-21", 14, "bilingual customers")
    r = f.rng

    def mk(
        persona: str, habit: str, exp: list[str], tol: list[str], i: int
    ) -> tuple[Cust, list[str]]:
        a, b = PAIRS[i % len(PAIRS)]
        c = f.person(
            persona,
            habit,
            exp,
            tol,
            lang=a,
            market=PAIR_MARKET[b] if b in ("de", "it") else PAIR_MARKET[a],
        )
        c.truth.update(
            {
                "languages": [a, b],
                "job_second_language": r.choice(
                    [
                        "works across the border",
                        "partner's language",
                        "grew up with it",
                        "studied there",
                    ]
                ),
            }
        )
        return c, [a, b]

    i = 0
    for _ in range(12):
        c, ls = mk("happy", "alternates languages", [], [], i)
        i += 1
        for k, d in enumerate(f.day_choice(list(range(14)), r.randint(5, 8))):
            c.lang = ls[k % 2]
            f.happy(c, f.at(d, 8, 19))
        c.lang = ls[0]
    for times in [2, 2, 3, 3, 4]:
        c, ls = mk("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL, i)
        i += 1
        f.happy_days(c, [r.randint(0, 1) for _ in range(r.randint(1, 3))], 8, 12, survey=False)
        repeat_run(f, c, r.randint(2, 5), times, ls)
    for _ in range(5):
        c, ls = mk("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL, i)
        i += 1
        for k, d in enumerate(f.day_choice(list(range(6)), 5)):
            f.add(
                c,
                f.at(d, 8, 19),
                r.choice(["social", "community"]),
                "post",
                one(r, W.PRAISE, ls[k % 2]),
            )
        f.happy_days(c, f.day_choice(list(range(6)), r.randint(1, 3)), 8, 19, survey=False)
        slide(f, c, r.randint(7, 8), r.randint(3, 5), ls)
    for k in range(3):
        c, ls = mk("happy_one_bad_day", "one bad day", [], ["silence"], i)
        i += 1
        f.happy_days(c, [1, 3], 8, 19, survey=False)
        problem = r.choice(W.PROBLEMS)
        t = f.at(r.randint(6, 9), 9, 18)
        c.lang = ls[1]
        long_mail = k == 0 and ls[1] in W.LONG_EMAIL
        ch = "email" if k < 2 else "chat"
        eid = complain(f, c, t, problem, ch, long_mail)
        ref = f.case()
        if ch == "chat":
            f.reply(
                c, t + timedelta(minutes=4), "chat", one(r, W.CASE_OPENED, c.lang).format(ref=ref)
            )
        else:
            f.reply(
                c,
                t + timedelta(minutes=r.randint(10, 40)),
                "email",
                one(r, W.CASE_OPENED, c.lang).format(ref=ref),
                ref,
            )
            f.reply(
                c,
                morning(t + timedelta(hours=r.uniform(1, 4))),
                "email",
                one(r, W.GOOD_NEWS, c.lang).format(ref=ref),
                ref,
            )
        if k == 1:
            a = morning(t + timedelta(hours=r.uniform(18, 24)))
            c.truth.update(
                {
                    "apologised": True,
                    "apology_at": iso(a),
                    "apology_event_id": f.add(c, a, "chat", "chat", one(r, W.APOLOGY, c.lang)),
                }
            )
        c.truth.update(
            {
                "problem": problem,
                "booking": ref,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": c.lang,
                "long_email": long_mail,
                "trouble_starts_at": iso(t),
            }
        )
        c.lang = ls[0]
    for _ in range(2):
        c, ls = mk("resolved_between_contacts", "fixed", [], ["silence"], i)
        i += 1
        f.happy_days(c, [0], 8, 18, survey=False)
        c.truth["problems"] = [fixed_case(f, c, r.randint(2, 6), ls[1])]
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


COMPANIES = [
    ("at_risk", "invoice", "PT", "pt", "municipio-aveiro", "municipality", 3, 5),
    ("at_risk", "portal", "FR", "fr", "cabinet-delorme", "law firm", 3, 5),
    ("at_risk", "service_blocked", "BE", "fr", "clinique-sainte-odile", "clinic", 3, 4),
    ("at_risk", "overbilled", "PT", "pt", "seguros-atlantico", "insurer", 4, 6),
    ("at_risk", "invoice", "DE", "de", "stadtwerke-lindau", "utility", 4, 5),
    ("one_unhappy", "portal", "FR", "fr", "agence-horizon", "agency", 1, 3),
    ("one_unhappy", "overbilled", "ES", "es", "notaria-ribera", "notary", 1, 3),
    ("one_unhappy", "service_blocked", "IT", "it", "studio-ferri", "architects", 1, 3),
    ("one_unhappy", "invoice", "PT", "pt", "escola-sol", "school", 1, 3),
    ("mild", "", "FR", "fr", "hotel-des-quais", "hotel", 0, 4),
    ("mild", "", "UK", "en", "harbour-lettings", "lettings", 0, 4),
    ("mild", "", "PT", "pt", "clinica-lumiar", "clinic", 0, 3),
    ("happy", "", "LU", "fr", "fiduciaire-moselle", "accountants", 0, 4),
    ("happy", "", "PT", "pt", "tipografia-douro", "printers", 0, 4),
    ("happy", "", "IT", "it", "archivio-brera", "archive", 0, 3),
]
B2B_TOL = [
    "account_risk",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]


def office(t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        if t.hour >= 17 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
        else:
            t = t.replace(hour=8, minute=t.minute)
    return t


def b2b_accounts() -> None:
    f = Fam("b2b_accounts", "BB", 7, "2026-10-12", 14, "company accounts")
    r = f.rng
    for n, (kind, problem, market, lang, dom, site, unhappy, contacts) in enumerate(COMPANIES):
        acc = f"ARP-{market}-{r.randint(1000, 9999)}"
        company = dom.replace("-", " ").title()
        keys: list[str] = []
        bad: list[str] = []
        members: list[Cust] = []
        for k in range(contacts):
            role = (
                "complainer"
                if k < unhappy
                else ("suggests" if kind == "mild" and k < 2 else "contact")
            )
            if kind == "at_risk" and role == "complainer":
                persona, exp, tol = (
                    "b2b_unhappy",
                    (["detractor"] if k < unhappy - 1 else ["repeat_contact"]),
                    B2B_TOL,
                )
            elif role == "complainer":
                persona, exp, tol = (
                    "b2b_one_unhappy",
                    ["detractor"],
                    ["high_value_at_risk", "sentiment_drop", "silence"],
                )
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], ["silence"]
            else:
                persona, exp, tol = "b2b_happy", [], []
            c = f.person(
                persona, role, exp, tol, lang=lang, market=market, account=acc, company=dom
            )
            c.truth.update(
                {
                    "company": company,
                    "role": role,
                    "job_title": r.choice(
                        [
                            "Office manager",
                            "Facilities lead",
                            "Finance assistant",
                            "Records officer",
                        ]
                    ),
                }
            )
            c.truth["job"] = c.truth["job_title"]
            keys.append(c.key)
            members.append(c)
            if role == "complainer":
                bad.append(c.key)
        for c in members:
            if c.truth["role"] == "contact":
                for d in f.day_choice([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 4)):
                    t = f.at(d, 8, 16.5)
                    k2 = r.randrange(4)
                    if k2 == 0:
                        f.add(c, t, "chat", "chat", one(r, W.B2B_QUESTION, lang))
                        f.reply(
                            c,
                            t + timedelta(minutes=r.randint(1, 6)),
                            "chat",
                            one(r, W.ANSWER, lang),
                        )
                        f.add(
                            c,
                            t + timedelta(minutes=r.randint(7, 12)),
                            "chat",
                            "chat",
                            one(r, W.THANKS, lang),
                        )
                    elif k2 == 1:
                        f.purchase(c, t, True)
                    elif k2 == 2:
                        f.add(c, t, "community", "post", one(r, W.B2B_PRAISE, lang))
                    else:
                        f.survey_good(c, t)
            elif r.random() < 0.6:
                f.purchase(c, f.at(r.randint(0, 1), 9, 15), True)
        ref = f.case() if kind in ("at_risk", "one_unhappy") else ""
        comp = r.choice(W.COMPETITORS)
        if kind == "at_risk":
            t = f.at(2, 9, 11)
            first_t = t
            first_name = members[0].name.split()[0]
            for k in range(unhappy):
                c = members[k]
                if k == 0:
                    text = one(r, W.B2B_COMPLAINT[problem], lang)
                else:
                    t = office(t + timedelta(hours=r.uniform(8, 28)))
                    text = one(r, W.B2B_LATER, lang).format(
                        first=first_name, day=W.WEEKDAY[lang][first_t.weekday()], ref=ref
                    ) + one(r, W.B2B_COMPLAINT[problem], lang)
                e = f.add(c, t, "email", "message", text, one(r, W.COMPLAINT_SUBJECT, lang) + ref)
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": ref,
                        "complaint_event_ids": [e],
                        "trouble_starts_at": iso(t),
                    }
                )
                if k == 0:
                    f.reply(
                        c,
                        t + timedelta(minutes=r.randint(20, 60)),
                        "email",
                        one(r, W.CASE_OPENED, lang).format(ref=ref),
                        ref,
                    )
                if k < unhappy - 1:
                    v = r.randint(1, 5)
                    c.truth.update(
                        {
                            "nps_given": True,
                            "nps": v,
                            "survey_event_id": f.add(
                                c,
                                t + timedelta(hours=r.uniform(1, 3)),
                                "survey",
                                "survey_response",
                                None,
                                scores={"nps": v},
                                attrs={"survey": "nps"},
                            ),
                        }
                    )
                else:
                    t2 = office(t + timedelta(hours=r.uniform(18, 40)))
                    if n == 0:
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            one(r, W.B2B_LAST_MAIL, lang).format(ref=ref, comp=comp),
                            "RE: " + ref,
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(
                            c, t2, "phone", "call", one(r, W.B2B_LAST_CALL, lang).format(ref=ref)
                        )
                    c.truth["complaint_event_ids"].append(e2)
            at = {
                "at_risk": True,
                "expected_rules": ["account_risk"],
                "same_problem": problem,
                "trouble_starts_at": iso(first_t),
            }
        elif kind == "one_unhappy":
            c = members[0]
            t = f.at(r.randint(3, 7), 9, 16)
            t = office(t)
            e = f.add(
                c,
                t,
                "email",
                "message",
                one(r, W.B2B_COMPLAINT[problem], lang),
                one(r, W.COMPLAINT_SUBJECT, lang) + problem.replace("_", " "),
            )
            f.reply(
                c,
                t + timedelta(minutes=r.randint(20, 60)),
                "email",
                one(r, W.CASE_OPENED, lang).format(ref=ref),
                ref,
            )
            v = r.randint(1, 5)
            c.truth.update(
                {
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": [e],
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(hours=r.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    ),
                }
            )
            at = {
                "at_risk": False,
                "expected_rules": [],
                "same_problem": None,
                "trouble_starts_at": None,
            }
        else:
            if kind == "mild":
                for c in members[:2]:
                    t = f.at(r.randint(3, 9), 8, 16)
                    t = office(t)
                    e = f.add(
                        c,
                        t,
                        "web",
                        "ticket",
                        one(r, W.B2B_SUGGEST, lang),
                        None,
                        attrs={"page": "/pro/feedback"},
                    )
                    f.reply(
                        c,
                        t + timedelta(minutes=r.randint(20, 90)),
                        "email",
                        one(r, W.MILD_ACK, lang),
                        "Arrumo Pro",
                    )
                    c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
            at = {
                "at_risk": False,
                "expected_rules": [],
                "same_problem": None,
                "trouble_starts_at": None,
            }
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": contacts,
            "contact_keys": keys,
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": bad,
            "tolerated_rules": [],
            "kind": kind,
            "language": lang,
            "country": market,
            **at,
        }
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam("topic_spike", "TS", 8, "2026-11-02", 7, "a calm week and the planted incident")
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer", [], [])
        for d in f.day_choice([0, 1, 2, 3, 4, 5], r.randint(1, 4)):
            f.happy(c, f.at(d, 12, 19) if d == 5 else f.at(d, 8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, 9, 17)
        e = f.add(c, t, "chat", "chat", one(r, W.MILD, c.lang))
        f.reply(c, t + timedelta(minutes=r.randint(2, 6)), "chat", one(r, W.MILD_ACK, c.lang))
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for lang, h in (("pt", 9.6), ("fr", 16.1)):
        c = f.person("grumbles_once", "lone question", [], ["silence"], lang=lang)
        t = f.start + timedelta(days=4, hours=h)
        e = f.add(c, t, "chat", "chat", W.LONE_QUESTION[lang][0])
        f.reply(c, t + timedelta(minutes=4), "chat", W.LONE_ANSWER[lang][0])
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    langs = ["pt"] * 6 + ["fr"] * 6 + ["en", "en", "de", "de", "it", "es"] + ["it", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = f.start + timedelta(days=5, hours=8, minutes=20)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        regular = i < 12
        c = f.person(
            "spike_reporter", "regular" if regular else "new", [], ["silence"], lang=langs[i]
        )
        if regular:
            f.happy(c, f.at(2, 8, 17.5), survey=False)
        t = s0 + timedelta(minutes=offs[i], seconds=r.randint(0, 50) if 0 < offs[i] < 45 else 0)
        ch = chans[i]
        text = one(r, W.SPIKE_REPORT, c.lang).format(code=W.CODE)
        if ch == "chat":
            e = f.add(c, t, "chat", "chat", text)
            f.reply(
                c,
                t + timedelta(minutes=r.randint(2, 5)),
                "chat",
                one(r, W.SPIKE_CHAT_ANSWER, c.lang),
            )
        elif ch == "email":
            e = f.add(c, t, "email", "message", text, "Arrumo app")
        elif ch == "web":
            e = f.add(c, t, "web", "ticket", text, "App", attrs={"page": "/help/contact"})
        else:
            e = f.add(c, t, ch, "post" if ch == "community" else "mention", text)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        reporters.append((c, t, e, ch))
    early = [x for x in reporters if x[1] <= s0 + timedelta(minutes=25)]
    rep = r.sample(early, 6)
    rep_ids: list[str] = []
    for c, t, _e, ch in rep:
        ch2 = r.choice([x for x in ["email", "chat", "community"] if x != ch])
        t2 = t + timedelta(minutes=r.randint(10, 50))
        text = one(r, W.SPIKE_REPEAT, c.lang).format(code=W.CODE)
        e2 = f.add(
            c,
            t2,
            ch2,
            {"email": "message", "chat": "chat", "community": "post"}[ch2],
            text,
            "RE: Arrumo app" if ch2 == "email" else None,
        )
        rep_ids.append(e2)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
                "repeat_event_id": e2,
            }
        )
    rest = [x for x in reporters if x not in rep]
    for c, _t, _e, _ch in r.sample(rest, 6):
        f.reply(
            c,
            f.start + timedelta(days=5, hours=11, minutes=r.randint(8, 17)),
            "email",
            one(r, W.SPIKE_FIXED, c.lang),
            "Arrumo app",
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "the planted incident: the storage app shows stored boxes as empty and returns cannot be requested",
        "channel": None,
        "start": iso(reporters[0][1]),
        "end": iso(max(x[1] for x in reporters)),
        "customers": 20,
        "customer_keys": [x[0].key for x in reporters],
        "event_ids": [x[2] for x in reporters],
        "repeat_event_ids": rep_ids,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})


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
    for fn in FAMILIES:
        fn()


if __name__ == "__main__":
    main()
