# ruff: noqa: E501
"""Generate heldout134: Suolaro, shoe and bag repair by post, written blind (report only).

Standard library only, seeded, deterministic: ``python3 make_heldout134.py`` rewrites the
eight ``<family>.jsonl`` / ``<family>.truth.json`` pairs beside it, and refuses truth that
does not hold together (expected counts, a rule both expected and tolerated, reused
identifiers, times out of the family's window or on/after 2026-11-15).
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wording import W

HERE = Path(__file__).resolve().parent
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
COMPETITORS = ("Calzavo", "Sohlentra")
CODE = "SRT~4q/19"
LANGS = (("it", 30), ("de", 30), ("en", 10), ("fr", 10), ("es", 10), ("pt", 10))
MARKETS = {
    "it": ("IT", "IT", "CH"),
    "de": ("DE", "DE", "AT", "CH"),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE", "CH"),
    "es": ("ES",),
    "pt": ("PT",),
}
PREFIX = {
    "IT": "+39",
    "CH": "+41",
    "DE": "+49",
    "AT": "+43",
    "UK": "+44",
    "IE": "+353",
    "FR": "+33",
    "BE": "+32",
    "ES": "+34",
    "PT": "+351",
}
FIRST = {
    "it": (
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
    ),
    "de": (
        "Anna",
        "Jonas",
        "Katrin",
        "Lukas",
        "Miriam",
        "Tobias",
        "Sabine",
        "Felix",
        "Heike",
        "Jan",
    ),
    "en": ("Emma", "Oliver", "Siobhan", "Callum", "Grace"),
    "fr": ("Camille", "Julien", "Manon", "Hugo", "Élise"),
    "es": ("Lucía", "Javier", "Marta", "Diego", "Nuria"),
    "pt": ("Inês", "Tiago", "Beatriz", "Rui", "Mariana"),
}
LAST = {
    "it": ("Rossi", "Bianchi", "Ferrara", "Galli", "Conti", "Marino", "Greco", "Bruno"),
    "de": ("Müller", "Schneider", "Becker", "Hoffmann", "Wagner", "Krüger", "Vogel", "Brandt"),
    "en": ("Walsh", "Hughes", "Patel", "Murphy"),
    "fr": ("Moreau", "Lefèvre", "Girard", "Roux"),
    "es": ("García", "Ruiz", "Navarro", "Ortega"),
    "pt": ("Silva", "Costa", "Almeida", "Sousa"),
}
TOWNS = {
    "IT": "Bologna",
    "CH": "Lugano",
    "DE": "Leipzig",
    "AT": "Graz",
    "UK": "Leeds",
    "IE": "Cork",
    "FR": "Lyon",
    "BE": "Liège",
    "ES": "Zaragoza",
    "PT": "Porto",
}
JOBS = (
    "nurse",
    "teacher",
    "architect",
    "bus driver",
    "waiter",
    "accountant",
    "student",
    "pharmacist",
    "chef",
    "retired",
)
PRODUCTS = (
    ("resole", "39.00"),
    ("heel", "18.50"),
    ("zip", "29.00"),
    ("bag-stitch", "34.00"),
    ("stretch", "15.00"),
    ("dye", "42.00"),
)
PROBLEMS = ("lost_pair", "wrong_sole", "heel_loose", "refund", "overcharged", "late")
ACCENTS = str.maketrans("àèéìòùäöüßÉçñãõâêô", "aeeiouaousEcnaoaeo")

T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_GRUMPY = ["repeat_contact", "silence"]
T_SIL = ["silence"]
T_B2B_AR = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Fam:
    def __init__(
        self, name: str, abbr: str, start: datetime, days: int, seed: int, about: str
    ) -> None:
        self.name, self.abbr, self.start, self.days, self.about = name, abbr, start, days, about
        self.rng = random.Random(seed)
        self.seed = seed
        self.rows: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.n_event = 0
        self.n_case = 0

    def at(self, day: float, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(days=int(day), hours=hour, minutes=minute)

    def lang(self) -> str:
        return self.rng.choices([lg for lg, _ in LANGS], [w for _, w in LANGS])[0]

    def pick(self, key: str, lang: str, **fmt: str) -> str:
        text: str = self.rng.choice(W[key][lang])
        text = text.format(**fmt) if fmt else text
        if self.rng.random() < 0.15 and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        if self.rng.random() < 0.1:
            text = text.translate(ACCENTS)
        return text

    def case(self) -> str:
        self.n_case += 1
        return f"SU-{self.abbr.upper()}{self.seed % 97:02d}{self.n_case:03d}"

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        lg = lang or self.lang()
        mk = market or self.rng.choice(MARKETS[lg])
        n = len(self.customers) + 1
        key = f"h134-{self.abbr}-c{n:03d}"
        first, last = self.rng.choice(FIRST[lg]), self.rng.choice(LAST[lg])
        local = f"{first}.{last}".lower().translate(ACCENTS).replace("ß", "ss")
        ids = {
            "customer_id": key,
            "email": f"{local}.{self.abbr}{n}@example.org",
            "phone": f"{PREFIX[mk]}7{self.seed % 10}{n:06d}",
            "handle": f"@{local.replace('.', '_')}_{self.abbr}{n}"
            if self.rng.random() < 0.6
            else None,
            "account_id": account,
        }
        c: dict[str, Any] = {
            "identifiers": ids,
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": self.rng.choice(JOBS),
            "town": TOWNS[mk],
        }
        c.update(extra)
        self.customers[key] = c
        return c

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.n_event += 1
        eid = f"h134-{self.abbr}-e{self.n_event:04d}"
        ids = c["identifiers"]
        ref = {
            "customer_id": ids["customer_id"],
            "email": ids["email"],
            "phone": None,
            "handle": None,
            "account_id": ids["account_id"],
        }
        if channel == "phone":
            ref["phone"] = ids["phone"]
        if channel in ("social", "community") and ids["handle"]:
            ref["handle"] = ids["handle"]
        a = {"market": c["country"]}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(("Ilaria", "Bernd", "Sofia", "Mats", "Noemi"))
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "customer": ref,
                "text": text,
                "subject": subject,
                "scores": sc,
                "source": "suolaro-desk",
                "attributes": a,
            }
        )
        return eid

    # --- acts -------------------------------------------------------------
    def happy(self, c: dict[str, Any], t: datetime, surveys: bool = True) -> None:
        lg = c["language"]
        kinds = ["praise", "again", "gripe", "chat", "email", "phone", "buy", "view", "review"] + (
            ["survey"] if surveys else []
        )
        k = self.rng.choice(kinds)
        m = timedelta(minutes=self.rng.randint(3, 40))
        if k in ("praise", "again", "gripe"):
            ch = self.rng.choice(("community", "social"))
            self.add(c, t, ch, "post" if ch == "community" else "mention", self.pick(k, lg))
        elif k == "chat":
            self.add(c, t, "chat", "chat", self.pick("question", lg))
            self.add(c, t + m, "chat", "chat", self.pick("answer", lg), out=True)
            if self.rng.random() < 0.6:
                self.add(c, t + m + timedelta(minutes=2), "chat", "chat", self.pick("thanks", lg))
        elif k == "email":
            self.add(c, t, "email", "message", self.pick("question", lg), subject="?")
            self.add(c, t + m * 3, "email", "message", self.pick("answer", lg), out=True)
        elif k == "phone":
            self.add(c, t, "phone", "call", self.pick("phone_q", lg))
            self.add(c, t + m, "email", "message", self.pick("phone_followup", lg), out=True)
        elif k == "buy":
            prod, val = self.rng.choice(PRODUCTS)
            cur = {"UK": "GBP", "CH": "CHF"}.get(c["country"], "EUR")
            self.add(c, t, "web", "page_view", attrs={"page": f"/repairs/{prod}"})
            self.add(
                c,
                t + m,
                "web",
                "purchase",
                attrs={
                    "page": f"/repairs/{prod}",
                    "product": prod,
                    "order_value": val,
                    "currency": cur,
                },
            )
        elif k == "view":
            self.add(
                c,
                t,
                "web",
                "page_view",
                attrs={"page": self.rng.choice(("/repairs", "/club", "/how-it-works", "/orders"))},
            )
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick("review", lg),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey_happy(c, t)

    def survey_happy(self, c: dict[str, Any], t: datetime) -> None:
        s = self.rng.choice(("nps", "csat", "ces"))
        v = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[s]
        self.add(
            c,
            t,
            "survey",
            "survey_response",
            self.pick("survey_word", c["language"]) or None,
            scores={s: v},
            attrs={"survey": s},
        )

    def daytime(self, t: datetime) -> datetime:
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
        elif t.hour < 7:
            t = t.replace(hour=8, minute=self.rng.randint(0, 50))
        return t

    def day_time(self, day: int, lo: int = 7, hi: int = 19) -> datetime:
        return self.at(day, self.rng.randint(lo, hi - 1), self.rng.randint(0, 59))

    def happy_days(
        self, c: dict[str, Any], days: list[int], surveys: bool = True, lo: int = 7, hi: int = 19
    ) -> None:
        for d in days:
            self.happy(c, self.day_time(d, lo, hi), surveys)

    # --- truth ------------------------------------------------------------
    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        end = self.start + timedelta(days=self.days)
        last = datetime.strptime(self.rows[-1]["occurred_at"], "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=UTC
        )
        end = max(end, last + timedelta(hours=1))
        for r in self.rows:
            t = datetime.strptime(r["occurred_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            if not (self.start <= t < LIMIT and t < end):
                raise SystemExit(f"{self.name}: {r['event_id']} out of window")
        got: Counter[str] = Counter()
        seen: dict[str, str] = {}
        for key, c in self.customers.items():
            if set(c["expected_rules"]) & set(c["tolerated_rules"]):
                raise SystemExit(f"{self.name}: {key} expects and tolerates one rule")
            got.update(c["expected_rules"])
            for kind in ("email", "phone", "handle", "customer_id"):
                v = c["identifiers"][kind]
                if v is None:
                    continue
                if v in seen and seen[v] != key:
                    raise SystemExit(f"{self.name}: identifier {v} reused")
                seen[v] = key
        for a in self.accounts.values():
            got.update(a["expected_rules"])
        if self.spike:
            got["topic_spike"] += 1
        if dict(got) != expected:
            raise SystemExit(f"{self.name}: expected {expected}, truth has {dict(got)}")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Suolaro: shoe and bag repair by post, with a business arm for hotel and uniform fleets (Suolaro Business); competitors Calzavo and Sohlentra",
                "days": self.days,
                "seed": self.seed,
                "written": "2026-12-05, blind",
                "expected": dict(sorted(got.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in self.rows),
            "utf-8",
        )
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def distinct_days(f: Fam, n: int, lo: int, hi: int) -> list[int]:
    return sorted(f.rng.sample(range(lo, hi), min(n, hi - lo)))


def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "hw",
        datetime(2026, 3, 16, tzinfo=UTC),
        10,
        13401,
        "happy day writers, night writers and survey answerers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, distinct_days(f, f.rng.randint(5, 8), 0, 10))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in distinct_days(f, f.rng.randint(2, 4), 0, 9):
            t = f.at(d, 22, f.rng.randint(12, 59)) + timedelta(minutes=f.rng.randint(0, 360))
            if f.rng.random() < 0.5:
                f.add(c, t, "community", "post", f.pick("night", c["language"]))
            else:
                f.add(c, t, "chat", "chat", f.pick("night_q", c["language"]))
                f.add(
                    c,
                    t + timedelta(minutes=6),
                    "chat",
                    "chat",
                    f.pick("night_a", c["language"]),
                    out=True,
                )
                f.add(c, t + timedelta(minutes=9), "chat", "chat", f.pick("thanks", c["language"]))
        f.happy_days(c, distinct_days(f, f.rng.randint(2, 3), 0, 10), surveys=False, lo=9, hi=18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in distinct_days(f, f.rng.randint(3, 6), 0, 10):
            f.survey_happy(c, f.day_time(d))
    f.write({})


def one_bad_day() -> None:
    f = Fam(
        "one_bad_day",
        "bd",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        13402,
        "happy customers with one angry day",
    )
    shapes = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    with_case = [i for i, s in enumerate(shapes) if s != "social"]
    nps_idx = set(f.rng.sample(with_case, 6))
    csat_idx = set(f.rng.sample([i for i in with_case if i not in nps_idx], 5))
    good_idx = sorted(f.rng.sample(with_case, 12))
    apol_idx = set(good_idx[:5])
    for i, shape in enumerate(shapes):
        lang = ("it", "de")[i % 2] if shape == "long" else None
        det = i in nps_idx
        prob = PROBLEMS[i % 6]
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            T_SIL,
            lang=lang,
            problem=prob,
            long_email=shape == "long",
        )
        lg = c["language"]
        bd = f.rng.randint(2, 9)
        t = f.at(bd, f.rng.randint(8, 19), f.rng.randint(0, 59))
        before = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, sorted(f.rng.sample(before, f.rng.randint(1, 5))), surveys=False)
        ptext = f.pick("complaint", lg, problem=f.rng.choice(W["problem"][prob][lg]))
        ref = f.case() if shape != "social" else None
        if shape == "long":
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.rng.choice(W["long_email"][lg]).format(
                    problem=f.rng.choice(W["problem"][prob][lg])
                ),
                subject="Reclamo" if lg == "it" else "Beschwerde",
            )
        elif shape == "email":
            eid = f.add(c, t, "email", "message", ptext, subject="!!")
        elif shape == "chat":
            eid = f.add(c, t, "chat", "chat", ptext)
        elif shape == "social":
            eid = f.add(c, t, "social", "mention", ptext)
        elif shape == "web":
            eid = f.add(c, t, "web", "ticket", ptext, attrs={"page": "/help/contact"})
        else:
            eid = f.add(
                c,
                t,
                "phone",
                "call",
                ptext.replace(",", "").replace(".", "").replace("?", "").replace("!", "").lower(),
            )
        c.update(
            booking=ref,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            problem_event_ids=[eid],
        )
        if ref:
            ch = "chat" if shape == "chat" else "email"
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                ch,
                "chat" if ch == "chat" else "message",
                f.pick("case_opened", lg, ref=ref),
                out=True,
            )
        if det:
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.update(nps_given=True, survey_event_id=s)
        if i in csat_idx:
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                f.pick("csat_low", lg) or None,
                scores={"csat": f.rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.update(csat_given=True, survey_event_id=s)
        if i in good_idx and ref:
            g = f.daytime(t + timedelta(minutes=f.rng.randint(60, 240)))
            f.add(c, g, "email", "message", f.pick("good_news", lg, ref=ref), out=True)
            c["agent_fixed"] = True
            if i in apol_idx:
                a = f.daytime(t + timedelta(hours=f.rng.randint(16, 23)))
                ae = f.add(c, a, f.rng.choice(("chat", "email")), "message", f.pick("apology", lg))
                c.update(apologised=True, apology_at=iso(a), apology_event_id=ae)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, distinct_days(f, f.rng.randint(4, 7), 0, 12))
    f.write({"detractor": 6})


def repeat_run(
    f: Fam, c: dict[str, Any], prob: str, first_day: int, times: int, quality: bool
) -> None:
    lg = c["language"]
    ref = f.case()
    chans = f.rng.sample(["email", "chat", "phone", "web", "social"], 4)
    t = f.at(first_day, f.rng.randint(8, 18), f.rng.randint(0, 59))
    ptxt = f.rng.choice(W["problem"][prob][lg])
    ids = []
    comp = f.rng.choice(COMPETITORS)
    for n in range(times):
        ch = chans[n]
        if n == 0:
            text = f.pick("complaint", lg, problem=ptxt)
        elif n == 1:
            text = f.pick("repeat", lg, ref=ref, problem=ptxt)
        elif n == 2:
            text = f.pick("third", lg, ref=ref, comp=comp)
        else:
            text = f.pick("fourth", lg, ref=ref)
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        if ch == "phone":
            text = text.replace(",", "").replace(".", "").replace("?", "").replace(":", "").lower()
        ids.append(
            f.add(c, t, ch, kind, text, attrs={"page": "/help/contact"} if ch == "web" else None)
        )
        if n == 0:
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "email",
                "message",
                f.pick("case_opened", lg, ref=ref),
                out=True,
            )
            if quality:
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(90, 150)),
                    "email",
                    "message",
                    f.pick("quality", lg, ref=ref),
                    out=True,
                )
        elif ch == "chat":
            f.add(
                c, t + timedelta(minutes=4), "chat", "chat", f.pick("urgent", lg, ref=ref), out=True
            )
        t = f.daytime(t + timedelta(hours=f.rng.randint(4, 40)))
        while t.hour >= 20:
            t = f.daytime(t + timedelta(hours=3))
    c.update(
        problem=prob,
        booking=ref,
        contacts=times,
        channels=chans[:times],
        problem_event_ids=ids,
        agent_passed_on=quality,
        competitor=comp if times >= 3 else None,
    )
    c["trouble_starts_at"] = next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0])


def fixed_case(f: Fam, c: dict[str, Any], prob: str, t: datetime) -> dict[str, Any]:
    lg = c["language"]
    ref = f.case()
    e = f.add(
        c,
        t,
        "web",
        "ticket",
        f.pick("complaint", lg, problem=f.rng.choice(W["problem"][prob][lg])),
        attrs={"page": "/help/contact"},
    )
    f.add(
        c,
        t + timedelta(minutes=f.rng.randint(10, 40)),
        "email",
        "message",
        f.pick("case_opened", lg, ref=ref),
        out=True,
    )
    g = f.daytime(t + timedelta(hours=f.rng.randint(3, 20)))
    f.add(c, g, "email", "message", f.pick("good_news", lg, ref=ref), out=True)
    k = f.daytime(g + timedelta(hours=f.rng.randint(8, 30)))
    ch = f.rng.choice(("email", "chat"))
    ce = f.add(c, k, ch, "message" if ch == "email" else "chat", f.pick("confirm", lg, ref=ref))
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(k),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "rc",
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        13403,
        "repeat contacts, fixed cases, two problems, frequent writers",
    )
    for i, times in enumerate([2] * 4 + [3] * 4 + [4] * 4):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], T_REPEAT)
        f.happy_days(c, [0] * f.rng.randint(1, 3), surveys=False, lo=7, hi=12)
        repeat_run(f, c, PROBLEMS[i % 6], f.rng.randint(1, 4), times, i % 2 == 0)
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], T_SIL)
        f.happy_days(c, [0], surveys=False)
        p = fixed_case(f, c, PROBLEMS[i], f.day_time(f.rng.randint(1, 4), 8, 18))
        c.update(
            problems=[p],
            problem=p["problem"],
            booking=p["booking"],
            trouble_starts_at=p["raised_at"],
        )
    for i in range(3):
        c = f.person("different_problems", "two problems", [], T_SIL)
        d = f.rng.randint(1, 2)
        p1 = fixed_case(f, c, PROBLEMS[i], f.day_time(d, 8, 17))
        p2 = fixed_case(f, c, PROBLEMS[i + 3], f.day_time(d + f.rng.randint(4, 5), 8, 17))
        c.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, distinct_days(f, f.rng.randint(5, 8), 0, 10))
    f.write({"repeat_contact": 12})


def slide(
    f: Fam, c: dict[str, Any], first: int, span: int, langs: list[str] | None = None
) -> list[str]:
    comp = f.rng.choice(COMPETITORS)
    ids = []
    t = f.day_time(first, 8, 18)
    for step in range(6):
        lg = langs[step % 2] if langs else c["language"]
        text = W["slide"][lg][step]
        text = text.format(comp=comp)
        ch = f.rng.choice(("social", "community", "web"))
        kind = {"social": "mention", "community": "post", "web": "review"}[ch]
        attrs = (
            {"rating": str((3, 3, 2, 2, 1, 1)[step]), "page": "/reviews"} if ch == "web" else None
        )
        ids.append(f.add(c, t, ch, kind, text, attrs=attrs))
        gap = timedelta(hours=max(1, int(span * 24 / 5)) + f.rng.randint(0, 3))
        t = f.daytime(t + gap)
    c.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0]),
    )
    return ids


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "sc",
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        13404,
        "sliders, leavers, steady, grumpy, sarcastic",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        nps = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            ["sentiment_drop", "detractor"] if nps else ["sentiment_drop"],
            T_SLIDE,
        )
        lg = c["language"]
        for d in distinct_days(f, f.rng.randint(4, 5), 0, 11):
            ch = f.rng.choice(("community", "social"))
            f.add(
                c,
                f.day_time(d),
                ch,
                "post" if ch == "community" else "mention",
                f.pick(f.rng.choice(("praise", "again")), lg),
            )
        f.happy_days(c, distinct_days(f, f.rng.randint(2, 4), 0, 11), surveys=False)
        ids = slide(f, c, f.rng.randint(12, 16), spans[i])
        if nps:
            t4 = datetime.strptime(
                next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[3]),
                "%Y-%m-%dT%H:%M:%SZ",
            ).replace(tzinfo=UTC)
            s = f.add(
                c,
                f.daytime(t4 + timedelta(minutes=f.rng.randint(150, 210))),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.update(nps_given=True, survey_event_id=s)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", ["churn_intent"], T_LEAVE)
        lg = c["language"]
        f.happy_days(c, distinct_days(f, f.rng.randint(4, 6), 0, 16), surveys=False)
        t = f.day_time(f.rng.randint(17, 23), 8, 18)
        e = f.add(c, t, "email", "message", f.pick("leave", lg), subject="Club")
        f.add(
            c,
            f.daytime(t + timedelta(hours=f.rng.randint(1, 5))),
            "email",
            "message",
            f.pick("sorry_go", lg),
            out=True,
        )
        k = f.daytime(t + timedelta(hours=f.rng.randint(20, 30)))
        ce = f.add(
            c, k, "web", "cancellation", attrs={"page": "/account/club", "product": "Suolaro Club"}
        )
        c.update(
            churn_intent_event_id=e,
            cancellation_event_id=ce,
            churn_at=iso(k),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, distinct_days(f, f.rng.randint(6, 10), 0, 32))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], T_GRUMPY)
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(("social", "community", "web", "review"))
            t = f.day_time(d, 8, 20)
            if ch == "review":
                ids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "review",
                        f.pick("grumble", c["language"]),
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            else:
                ids.append(
                    f.add(
                        c,
                        t,
                        ch,
                        {"social": "mention", "community": "post", "web": "ticket"}[ch],
                        f.pick("grumble", c["language"]),
                        attrs={"page": "/help/contact"} if ch == "web" else None,
                    )
                )
            d += f.rng.randint(1, 3)
            if d >= 32:
                break
        c.update(
            grumble_event_ids=ids,
            trouble_starts_at=next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0]),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], T_SIL)
        f.happy_days(c, distinct_days(f, f.rng.randint(3, 6), 0, 17))
        t = f.day_time(f.rng.randint(17, 28), 9, 20)
        ch = f.rng.choice(("social", "community"))
        c["sarcasm_event_id"] = f.add(
            c, t, ch, "mention" if ch == "social" else "post", f.pick("sarcasm", c["language"])
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        "quiet_hours",
        "qh",
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        13405,
        "a calm weekend with night-owl bursts",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in distinct_days(f, f.rng.randint(1, 3), 0, 3):
            f.happy(c, f.at(d, f.rng.randint(7, 16), f.rng.randint(0, 59)))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", [], T_SIL)
        lg = c["language"]
        t = f.at(f.rng.randint(0, 2), f.rng.randint(9, 17), f.rng.randint(0, 59))
        f.add(c, t, "web", "page_view", attrs={"page": "/drop-off"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            e = f.add(c, t2, "chat", "chat", f.pick("mild_grumble", lg))
            f.add(c, t2 + timedelta(minutes=5), "chat", "chat", f.pick("mild_answer", lg), out=True)
        else:
            e = f.add(
                c, t2, "web", "ticket", f.pick("mild_grumble", lg), attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                t2 + timedelta(minutes=25),
                "email",
                "message",
                f.pick("mild_answer", lg),
                out=True,
            )
        c.update(grumble_event_id=e, trouble_starts_at=iso(t2))
    for night in range(3):
        first = f.at(night, 0, f.rng.randint(40, 65))
        for b, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            for _o in range(4):
                c = f.person("night_owl", f"night {night}, burst {b}")
                lg = c["language"]
                t = first + timedelta(minutes=off + f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "community", "post", f.pick("night", lg))
                else:
                    e = f.add(c, t, "chat", "chat", f.pick("night_q", lg))
                    f.add(
                        c, t + timedelta(minutes=4), "chat", "chat", f.pick("night_a", lg), out=True
                    )
                    f.add(c, t + timedelta(minutes=7), "chat", "chat", f.pick("thanks", lg))
                c.update(burst_at=iso(first + timedelta(minutes=off)), night_event_id=e)
                if f.rng.random() < 0.5:
                    f.happy(
                        c, f.at(f.rng.randint(0, 2), f.rng.randint(9, 16), f.rng.randint(0, 59))
                    )
    f.write({})


PAIRS = [
    ("it", "de"),
    ("de", "it"),
    ("it", "en"),
    ("de", "en"),
    ("it", "fr"),
    ("de", "fr"),
    ("it", "es"),
    ("de", "pt"),
    ("en", "it"),
    ("fr", "de"),
    ("es", "it"),
    ("pt", "de"),
]


def bilingual() -> None:
    f = Fam(
        "bilingual",
        "bl",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        13406,
        "customers who write in two languages",
    )
    market_of = {("it", "de"): "CH", ("de", "it"): "CH", ("de", "fr"): "CH", ("fr", "de"): "CH"}

    def mk(persona: str, habit: str, exp: list[str], tol: list[str], i: int) -> dict[str, Any]:
        p = PAIRS[i % len(PAIRS)]
        c = f.person(
            persona,
            habit,
            exp,
            tol,
            lang=p[0],
            market=market_of.get(p, MARKETS[p[0]][0]),
            languages=list(p),
            job_second_language="works across the border"
            if i % 2
            else "partner's language at home",
        )
        return c

    for i in range(12):
        c = mk("happy", "alternates languages", [], [], i)
        for n, d in enumerate(distinct_days(f, f.rng.randint(5, 8), 0, 14)):
            c2 = dict(c, language=c["languages"][n % 2])
            f.happy(c2, f.day_time(d))
    for i, times in enumerate([2, 2, 3, 3, 4]):
        c = mk("repeat_contact", "repeats", ["repeat_contact"], T_REPEAT, i + 3)
        f.happy_days(c, [f.rng.randint(0, 1)], surveys=False)
        repeat_run(f, c, PROBLEMS[i], f.rng.randint(2, 5), times, times >= 3)
    for i in range(5):
        c = mk("slow_churner", "slides", ["sentiment_drop"], T_SLIDE, i + 6)
        for n, d in enumerate(distinct_days(f, 5, 0, 6)):
            f.add(c, f.day_time(d), "community", "post", f.pick("praise", c["languages"][n % 2]))
        f.happy_days(c, distinct_days(f, f.rng.randint(1, 3), 0, 6), surveys=False)
        slide(f, c, f.rng.randint(7, 8), f.rng.choice((3, 5)), c["languages"])
    for i in range(3):
        c = mk("happy_one_bad_day", "one bad day", [], T_SIL, i + 1)
        lg2 = c["languages"][1]
        f.happy_days(c, [0, 1], surveys=False)
        t = f.day_time(f.rng.randint(5, 9), 9, 18)
        prob = PROBLEMS[i + 2]
        e = f.add(
            c,
            t,
            "chat" if i == 2 else "email",
            "chat" if i == 2 else "message",
            f.pick("complaint", lg2, problem=f.rng.choice(W["problem"][prob][lg2])),
        )
        ref = f.case()
        f.add(
            c,
            t + timedelta(minutes=20),
            "email",
            "message",
            f.pick("case_opened", lg2, ref=ref),
            out=True,
        )
        c.update(
            bad_day_at=iso(t),
            bad_day_event_id=e,
            bad_day_language=lg2,
            problem=prob,
            booking=ref,
            trouble_starts_at=iso(t),
        )
        f.happy_days(c, [11, 12, 13], surveys=False)
    for i in range(2):
        c = mk("resolved_between_contacts", "fixed", [], T_SIL, i + 9)
        p = fixed_case(f, c, PROBLEMS[i + 4], f.day_time(f.rng.randint(3, 7), 9, 17))
        c.update(
            problems=[p],
            booking=p["booking"],
            trouble_starts_at=p["raised_at"],
            confirm_language=c["languages"][1],
        )
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        "bb",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        13407,
        "company accounts of Suolaro Business",
    )
    plan: list[tuple[str, int, int, str | None]] = [
        ("at_risk", 5, 3, "portal"),
        ("at_risk", 4, 3, "invoice"),
        ("at_risk", 4, 3, "service_blocked"),
        ("at_risk", 6, 4, "invoice"),
        ("at_risk", 5, 4, "overbilled"),
    ]
    plan += [
        ("one_unhappy", 3, 1, p) for p in ("service_blocked", "overbilled", "portal", "invoice")
    ]
    plan += [
        ("mild", 3, 0, None),
        ("mild", 4, 0, None),
        ("mild", 3, 0, None),
        ("happy", 4, 0, None),
        ("happy", 3, 0, None),
        ("happy", 4, 0, None),
    ]
    sites = (
        "hotel",
        "airline crew",
        "hospital",
        "restaurant group",
        "security",
        "railway",
        "cruise line",
        "theatre",
        "police band",
        "spa",
        "school",
        "bank",
        "casino",
        "museum",
        "orchestra",
    )
    alang = [
        "it",
        "de",
        "it",
        "de",
        "de",
        "it",
        "de",
        "it",
        "en",
        "fr",
        "es",
        "it",
        "de",
        "pt",
        "it",
    ]
    weekdays = {
        "it": ("lunedi", "martedi", "mercoledi", "giovedi", "venerdi"),
        "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
        "en": ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"),
        "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
        "es": ("el lunes", "el martes", "el miercoles", "el jueves", "el viernes"),
        "pt": ("segunda", "terca", "quarta", "quinta", "sexta"),
    }
    for ai, (kind, n, unhappy, prob) in enumerate(plan):
        lg = alang[ai]
        mkt = MARKETS[lg][0]
        acc = f"h134-acct-{ai + 1:02d}"
        company = f"{('Albergo', 'Hotel', 'Gruppo', 'Haus', 'Casa')[ai % 5]} {('Aurora', 'Lindenhof', 'Miramonti', 'Seeblick', 'Palma', 'Edelweiss', 'Stella', 'Rheinblick', 'Harbour', 'Lumière', 'Sierra', 'Duomo', 'Alpen', 'Ribeira', 'Vesuvio')[ai]}"
        contacts = []
        unhappy_keys: list[str] = []
        complaint_times: list[datetime] = []
        ref = f.case()
        for ci in range(n):
            is_unhappy = ci < unhappy
            if kind == "at_risk" and is_unhappy:
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    ["detractor"] if ci < unhappy - 1 else ["repeat_contact"],
                    T_B2B_AR,
                    lang=lg,
                    market=mkt,
                    account=acc,
                    company=company,
                    role="complainer",
                    job_title="housekeeping manager",
                )
            elif kind == "one_unhappy" and is_unhappy:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    T_B2B_ONE,
                    lang=lg,
                    market=mkt,
                    account=acc,
                    company=company,
                    role="complainer",
                    job_title="front office manager",
                )
            elif kind == "mild" and ci < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    [],
                    T_SIL,
                    lang=lg,
                    market=mkt,
                    account=acc,
                    company=company,
                    role="suggests",
                    job_title="operations lead",
                )
            else:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    [],
                    [],
                    lang=lg,
                    market=mkt,
                    account=acc,
                    company=company,
                    role="contact",
                    job_title="uniform coordinator",
                )
            c["job"] = c["job_title"]
            contacts.append(c)
            key = c["identifiers"]["customer_id"]
            if c["persona"] == "b2b_happy":
                for d in distinct_days(f, f.rng.randint(4, 7), 0, 14):
                    if f.at(d, 0).weekday() >= 5:
                        continue
                    t = f.day_time(d, 8, 18)
                    r = f.rng.random()
                    if r < 0.3:
                        f.add(c, t, "community", "post", f.pick("b2b_praise", lg))
                    elif r < 0.6:
                        f.add(c, t, "chat", "chat", f.pick("question", lg))
                        f.add(
                            c,
                            t + timedelta(minutes=8),
                            "chat",
                            "chat",
                            f.pick("answer", lg),
                            out=True,
                        )
                    elif r < 0.8:
                        f.add(c, t, "web", "page_view", attrs={"page": "/business/portal"})
                    else:
                        f.survey_happy(c, t)
                continue
            for _r in range(f.rng.randint(0, 2)):
                f.add(
                    c,
                    f.day_time(f.rng.randint(0, 1), 8, 18),
                    "web",
                    "page_view",
                    attrs={"page": "/business/portal"},
                )
            if c["persona"] == "b2b_mild":
                t = f.day_time(f.rng.randint(2, 9), 9, 17)
                while t.weekday() >= 5:
                    t += timedelta(days=1)
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick("b2b_mild", lg),
                    attrs={"page": "/business/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=30),
                    "email",
                    "message",
                    f.pick("ack", lg, ref=f.case()),
                    out=True,
                )
                c.update(mild_event_id=e, trouble_starts_at=iso(t))
                continue
            assert prob is not None
            ptxt = f.rng.choice(W["b2b_problem"][prob][lg])
            unhappy_keys.append(key)
            if kind == "one_unhappy":
                t = f.at(f.rng.randint(3, 4), f.rng.randint(9, 16), f.rng.randint(0, 59))
                myref = f.case()
                e = f.add(
                    c, t, "email", "message", f.pick("b2b_first", lg, problem=ptxt), subject=company
                )
                f.add(
                    c,
                    t + timedelta(minutes=35),
                    "email",
                    "message",
                    f.pick("case_opened", lg, ref=myref),
                    out=True,
                )
                s = f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(60, 180)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                c.update(
                    problem=prob,
                    booking=myref,
                    complaint_event_ids=[e],
                    survey_event_id=s,
                    nps_given=True,
                    trouble_starts_at=iso(t),
                )
                continue
            if not complaint_times:
                t = f.at(2, f.rng.randint(9, 12), f.rng.randint(0, 59))
            else:
                t = complaint_times[-1] + timedelta(hours=f.rng.randint(8, 28))
                while t.hour < 8 or t.hour >= 18 or t.weekday() >= 5:
                    t += timedelta(hours=2)
            if ci == 0:
                e = f.add(
                    c, t, "email", "message", f.pick("b2b_first", lg, problem=ptxt), subject=company
                )
                f.add(
                    c,
                    t + timedelta(minutes=40),
                    "email",
                    "message",
                    f.pick("case_opened", lg, ref=ref),
                    out=True,
                )
            else:
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    f.pick(
                        "b2b_later",
                        lg,
                        name=contacts[0]["name"].split()[0],
                        when=weekdays[lg][complaint_times[0].weekday()],
                        ref=ref,
                        problem=ptxt,
                    ),
                    subject=company,
                )
            complaint_times.append(t)
            evs = [e]
            if ci < unhappy - 1:
                s = f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(60, 180)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                c.update(survey_event_id=s, nps_given=True)
            else:
                t2 = t + timedelta(hours=f.rng.randint(18, 40))
                while t2.hour < 8 or t2.hour >= 18 or t2.weekday() >= 5:
                    t2 += timedelta(hours=2)
                comp = f.rng.choice(COMPETITORS)
                if ai == 1:
                    evs.append(
                        f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            f.pick("b2b_last_mail", lg, ref=ref, problem=ptxt, comp=comp),
                            subject=ref,
                        )
                    )
                    c["competitor"] = comp
                else:
                    evs.append(f.add(c, t2, "phone", "call", f.pick("b2b_last_call", lg, ref=ref)))
            c.update(problem=prob, booking=ref, complaint_event_ids=evs, trouble_starts_at=iso(t))
        f.accounts[acc] = {
            "company": company,
            "site": sites[ai],
            "contacts": n,
            "contact_keys": [c["identifiers"]["customer_id"] for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": iso(complaint_times[0]) if kind == "at_risk" else None,
            "language": lg,
            "country": mkt,
        }
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam(
        "topic_spike",
        "ts",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        13408,
        "a calm week and one planted incident",
    )
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in distinct_days(f, f.rng.randint(1, 4), 0, 6):
            f.happy(c, f.day_time(d, 12, 19) if d == 5 else f.day_time(d))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], T_SIL)
        t = f.at(0, f.rng.randint(9, 16), f.rng.randint(0, 59))
        e = f.add(c, t, "chat", "chat", f.pick("mild_grumble", c["language"]))
        f.add(
            c,
            t + timedelta(minutes=6),
            "chat",
            "chat",
            f.pick("mild_answer", c["language"]),
            out=True,
        )
        c.update(grumble_event_id=e, trouble_starts_at=iso(t))
    for lg, (h, m) in (("it", (9, 50)), ("de", (15, 35))):
        c = f.person("grumbles_once", "lone question", [], T_SIL, lang=lg)
        t = f.at(4, h, m)
        e = f.add(c, t, "chat", "chat", f.pick("lone_q", lg))
        f.add(c, t + timedelta(minutes=7), "chat", "chat", f.pick("lone_a", lg), out=True)
        c.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    spike_start = f.at(5, 9, 25)
    langs = ["it"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "es", "es", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offsets = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    keys, evs, reps = [], [], []
    early = [i for i, o in enumerate(offsets) if o <= 25]
    repeaters = set(f.rng.sample(early, 6))
    fixed = set(f.rng.sample([i for i in range(20) if i not in repeaters], 6))
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    for i in range(20):
        lg = langs[i]
        regular = i < 12
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else T_SIL,
            lang=lg,
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy(c, f.at(2, f.rng.randint(8, 16), f.rng.randint(0, 59)), surveys=False)
        t = spike_start + timedelta(minutes=offsets[i], seconds=0)
        ch = chans[i]
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
            f.pick("spike", lg, code=CODE),
            attrs={"page": "/orders"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(c, t + timedelta(minutes=3), "chat", "chat", f.pick("spike_answer", lg), out=True)
        keys.append(c["identifiers"]["customer_id"])
        evs.append(e)
        c.update(spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t))
        if rep:
            rc = next(x for x in rep_chans if x != ch)
            rep_chans.remove(rc)
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(15, 50)),
                rc,
                {"email": "message", "chat": "chat", "community": "post"}[rc],
                f.pick("spike_again", lg, code=CODE),
            )
            reps.append(r)
            c["repeat_event_id"] = r
        if i in fixed:
            f.add(
                c,
                f.at(5, 12, f.rng.randint(40, 49)),
                "email",
                "message",
                f.pick("works_again", lg),
                out=True,
            )
            c["agent_fixed"] = True
    last_first = spike_start + timedelta(minutes=max(offsets))
    f.spike = {
        "topic": "shoe-repair workshop sorting marks pairs sent for repair as beyond repair and bound for textile recycling, error "
        + CODE,
        "about": "the workshop's intake sorting, not payment, login, app crash, delivery or outage",
        "channel": None,
        "start": iso(spike_start),
        "end": iso(last_first),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": evs,
        "repeat_event_ids": reps,
    }
    f.write({"repeat_contact": 6, "topic_spike": 1})


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
    for fam in FAMILIES:
        fam()


if __name__ == "__main__":
    main()
