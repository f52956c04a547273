# ruff: noqa: E501
"""Build heldout234 (Grillaro), a hand-written alert set for reporting only. Never tune on it.

Standard library only; fixed seed, one random.Random per family (and one more per family for
roughening). Run `python make_heldout234.py` from anywhere: it writes every `<family>.jsonl`
and `<family>.truth.json` next to itself, byte for byte the same on every run.
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

SEED = 20261108
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
CODE = "VST-286"
SPIKE_TOPIC = "outdoor-cooking care app shows booked visits as cancelled and sends false cancellation notices, error VST-286"

MARKETS: dict[str, list[str]] = {
    "pt": ["PT"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE", "CH"],
    "it": ["IT", "IT", "CH"],
    "es": ["ES"],
}
PHONE: dict[str, tuple[str, int]] = {
    "PT": ("+3519", 8),
    "DE": ("+4915", 9),
    "AT": ("+43664", 7),
    "CH": ("+4179", 7),
    "UK": ("+447", 9),
    "IE": ("+35387", 7),
    "FR": ("+336", 8),
    "BE": ("+32478", 6),
    "IT": ("+3934", 8),
    "ES": ("+346", 8),
    "LU": ("+352621", 6),
}
FIRST: dict[str, list[str]] = {
    "pt": [
        "Inês",
        "Rui",
        "Marta",
        "Tiago",
        "Sofia",
        "Duarte",
        "Beatriz",
        "Gonçalo",
        "Leonor",
        "Nuno",
        "Catarina",
        "Bruno",
    ],
    "de": [
        "Jana",
        "Lukas",
        "Miriam",
        "Felix",
        "Svenja",
        "Jonas",
        "Katrin",
        "Tobias",
        "Anke",
        "Matthias",
        "Lea",
        "Stefan",
    ],
    "en": ["Chloe", "Liam", "Aoife", "Oliver", "Megan", "Callum"],
    "fr": ["Camille", "Théo", "Manon", "Hugo", "Léa", "Julien"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Davide"],
    "es": ["Lucía", "Pablo", "Irene", "Sergio", "Nerea", "Álvaro"],
}
LAST: dict[str, list[str]] = {
    "pt": [
        "Ferreira",
        "Costa",
        "Pereira",
        "Almeida",
        "Sousa",
        "Carvalho",
        "Ribeiro",
        "Lopes",
        "Martins",
        "Gomes",
    ],
    "de": [
        "Hoffmann",
        "Becker",
        "Krüger",
        "Wagner",
        "Schulz",
        "Neumann",
        "Lorenz",
        "Brandt",
        "Vogel",
        "Seidel",
    ],
    "en": ["Walsh", "Turner", "Byrne", "Hughes", "Patel", "Murphy"],
    "fr": ["Lefèvre", "Moreau", "Girard", "Dubois", "Roux", "Fontaine"],
    "it": ["Rossi", "Bianchi", "Ferraro", "Greco", "Conti", "Marino"],
    "es": ["García", "Navarro", "Ruiz", "Ortega", "Molina", "Castro"],
}
SOURCE = {
    "email": "grillaro-mail",
    "phone": "grillaro-voice",
    "social": "grillaro-social",
    "community": "grillaro-forum",
    "chat": "grillaro-chat",
    "web": "grillaro-web",
    "survey": "grillaro-survey",
}
AGENTS = ("Rita", "Jens", "Mariana", "Holger", "Ana", "Sabine")
CASE_WORD = {
    "pt": "Caso",
    "de": "Vorgang",
    "en": "Your case",
    "fr": "Dossier",
    "it": "Pratica",
    "es": "Incidencia",
}
RE_WORD = {"pt": "RE:", "de": "AW:", "en": "Re:", "fr": "RE :", "it": "R:", "es": "RE:"}

TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_SLIDER = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_LEAVER = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]

USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append(
            "".join(x for x in base if not unicodedata.combining(x)) if base[0].isalpha() else ch
        )
    return "".join(out)


def transcript(text: str, lang: str) -> str:
    kept = "".join(ch for ch in text if ch.isalnum() or ch in " -'€£" or ch == "\n")
    kept = " ".join(kept.split())
    return kept if lang == "de" else kept.lower().replace("vst-286", "VST-286")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any] = field(default_factory=dict)


@dataclass
class Ev:
    seq: int
    eid: str
    t: datetime
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.start = start
        self.days = days
        self.about = about
        self.custs: list[Cust] = []
        self.events: list[Ev] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.counter = 0

    # ---------------------------------------------------------------- people --
    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        r = self.rng
        mk = market or r.choice(MARKETS[lang])
        first = r.choice(FIRST[lang])
        last = r.choice(LAST[lang])
        key = self.unique(lambda: f"GR{self.code}{r.randint(1000, 9999)}")
        plain = strip_accents(f"{first}.{last}").lower().replace("ß", "ss").replace("ñ", "n")
        if domain:
            email = self.unique(
                lambda: (
                    f"{strip_accents(first).lower()}.{strip_accents(last).lower()}{r.randint(1, 9)}@{domain}"
                )
            )
        else:
            email = self.unique(
                lambda: (
                    f"{plain}{r.randint(1, 99)}@{r.choice(['mail', 'post', 'correio', 'web', 'posteo'])}.example"
                )
            )
        pre, digits = PHONE[mk]
        phone = self.unique(lambda: pre + "".join(str(r.randint(0, 9)) for _ in range(digits)))
        handle = None
        if account is None:
            handle = self.unique(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{plain.split('.')[1]}_{plain.split('.')[0]}{r.randint(1, 9)}",
                            f"{plain.split('.')[0]}{plain.split('.')[1][:3]}{r.randint(10, 99)}",
                        ]
                    )
                )
            )
        c = Cust(key, lang, mk, first, last, email, phone, handle, account)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.custs.append(c)
        return c

    # ---------------------------------------------------------------- events --
    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def fill(self, text: str, c: Cust, **extra: str) -> str:
        values = {"first": c.first, "code": CODE, "case": str(c.truth.get("booking") or "")} | extra
        for k, v in values.items():
            text = text.replace("{" + k + "}", v)
        return text

    def roughen(self, text: str, c: Cust) -> str:
        r = self.rough
        if r.random() < 1 / 10:
            text = strip_accents(text)
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        if r.random() < 1 / 8 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        return text

    def add(
        self,
        t: datetime,
        c: Cust,
        channel: str,
        kind: str,
        text: str | None = None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        assert self.start <= t < LIMIT, (self.name, t)
        self.counter += 1
        eid = f"h234-{self.code.lower()}-{self.counter:05d}"
        if text is not None:
            text = self.fill(text, c)
            if direction == "inbound" and rough and channel not in ("phone", "survey"):
                text = self.roughen(text, c)
            if (
                channel == "social"
                and direction == "inbound"
                and c.account is None
                and "@Grillaro" not in text
            ):
                text = (
                    text.replace("Grillaro", "@Grillaro", 1)
                    if "Grillaro" in text
                    else "@Grillaro " + text
                )
        if subject is not None:
            subject = self.fill(subject, c)
        a = {"market": c.market} | (attrs or {})
        if c.account:
            a["segment"] = "b2b"
        if direction == "outbound":
            a["agent"] = self.rng.choice(AGENTS)
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.events.append(
            Ev(self.counter, eid, t, c, channel, kind, direction, text, subject, sc, a)
        )
        return eid

    def ref(self, c: Cust, ev: Ev, first: bool) -> dict[str, str | None]:
        full: dict[str, str | None] = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        if first or ev.direction == "outbound":
            return full
        out: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if ev.channel == "phone":
            out["phone"] = c.phone if self.rough.random() < 0.5 else c.phone[:3] + " " + c.phone[3:]
        elif ev.channel in ("social", "community"):
            if c.handle:
                out["handle"] = c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
            else:
                out["email"] = c.email
        elif ev.channel == "email":
            out["email"] = c.email if self.rough.random() < 0.92 else c.email.upper()
        else:
            out["customer_id"] = c.key
        return out

    def write(self, expected: dict[str, int]) -> tuple[int, int, int]:
        self.events.sort(key=lambda e: (e.t, e.seq))
        seen: set[str] = set()
        lines = []
        for ev in self.events:
            first = ev.direction == "inbound" and ev.cust.key not in seen
            if first:
                seen.add(ev.cust.key)
            row: dict[str, Any] = {
                "event_id": ev.eid,
                "occurred_at": iso(ev.t),
                "channel": ev.channel,
                "kind": ev.kind,
                "direction": ev.direction,
                "customer": self.ref(ev.cust, ev, first),
                "text": ev.text,
                "subject": ev.subject,
                "scores": ev.scores,
                "source": SOURCE[ev.channel],
                "attributes": ev.attrs,
            }
            lines.append(json.dumps(row, ensure_ascii=False))
        for c in self.custs:
            assert c.key in seen, (self.name, c.key)
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        counts: dict[str, int] = {}
        for c in self.custs:
            for rule in c.truth["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        assert counts == expected, (self.name, counts, expected)
        end = max(self.start + timedelta(days=self.days), self.events[-1].t + timedelta(hours=1))
        assert end < LIMIT, self.name
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Grillaro (invented): barbecue, pizza-oven and outdoor-kitchen cleaning and servicing at home, Grillaro Plus membership, Grillaro Pro extraction-hood cleaning on account",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07, blind",
                "expected": dict(sorted(counts.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        replies = sum(1 for e in self.events if e.direction == "outbound")
        return len(self.custs), len(self.events), replies


# -------------------------------------------------------------------- acts --
def day_hour(f: Fam, day: int, lo: float = 7.0, hi: float = 20.0) -> datetime:
    return f.at(day, f.rng.uniform(lo, hi))


def happy_act(f: Fam, c: Cust, t: datetime, surveys: bool = True) -> None:
    r = f.rng
    kinds = ["praise", "again", "gripe", "chat", "email", "phone", "buy", "view", "review"] + (
        ["survey"] if surveys else []
    )
    k = r.choice(kinds)
    m = timedelta(minutes=1)
    if k == "praise":
        ch = r.choice(["social", "community"])
        f.add(t, c, ch, "mention" if ch == "social" else "post", f.pick(W.PRAISE, c.lang))
    elif k == "again":
        f.add(t, c, r.choice(["social", "community"]), "post", f.pick(W.AGAIN_PRAISE, c.lang))
    elif k == "gripe":
        f.add(
            t,
            c,
            "web",
            "review",
            f.pick(W.PRAISE_GRIPE, c.lang),
            attrs={"rating": "4", "page": "/app/visits"},
        )
    elif k == "chat":
        f.add(t, c, "chat", "chat", f.pick(W.QUESTION, c.lang))
        f.add(
            t + m * r.randint(1, 6),
            c,
            "chat",
            "chat",
            f.pick(W.ANSWER, c.lang),
            direction="outbound",
        )
        if r.random() < 0.6:
            f.add(t + m * r.randint(8, 14), c, "chat", "chat", f.pick(W.THANKS, c.lang))
    elif k == "email":
        f.add(t, c, "email", "message", f.pick(W.QUESTION, c.lang), subject="Grillaro")
        f.add(
            t + m * r.randint(30, 90),
            c,
            "email",
            "message",
            f.pick(W.ANSWER, c.lang),
            direction="outbound",
            subject="Re: Grillaro",
        )
    elif k == "phone":
        f.add(t, c, "phone", "call", f.pick(W.PHONE_Q, c.lang))
        f.add(
            t + m * r.randint(10, 30),
            c,
            "email",
            "message",
            f.pick(W.ANSWER, c.lang),
            direction="outbound",
            subject="Grillaro",
        )
    elif k in ("buy", "view"):
        name, price = r.choice(W.PRODUCTS)
        page = r.choice(W.PAGES)
        f.add(t, c, "web", "page_view", attrs={"page": page})
        if k == "buy":
            cur = "GBP" if c.market == "UK" else "CHF" if c.market == "CH" else "EUR"
            f.add(
                t + m * r.randint(2, 9),
                c,
                "web",
                "purchase",
                attrs={"order_value": price, "currency": cur, "product": name, "page": page},
            )
    elif k == "review":
        f.add(
            t,
            c,
            "web",
            "review",
            f.pick(W.REVIEW_GOOD, c.lang),
            attrs={"rating": "5", "page": "/app/visits"},
        )
    else:
        survey_act(f, c, t)


def survey_act(f: Fam, c: Cust, t: datetime) -> None:
    r = f.rng
    which = r.choice(["nps", "csat", "ces"])
    score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
    text = r.choice([f.pick(W.SURVEY_WORD, c.lang), None])
    f.add(t, c, "survey", "survey_response", text, scores={which: score}, attrs={"survey": which})


def spread_days(f: Fam, n: int, lo: int, hi: int) -> list[int]:
    pool = list(range(lo, hi + 1))
    return sorted(f.rng.sample(pool, min(n, len(pool))))


def happy_days(f: Fam, c: Cust, n: int, lo: int, hi: int, surveys: bool = True) -> None:
    for d in spread_days(f, n, lo, hi):
        happy_act(f, c, day_hour(f, d, 7, 19), surveys)


def lang_draw(f: Fam) -> str:
    return str(f.rng.choices(W.LANGS, weights=[30, 30, 10, 10, 10, 10])[0])


def case_ref(f: Fam) -> str:
    return f.unique(lambda: f"GR-{f.rng.randint(100000, 999999)}")


def morning(t: datetime) -> datetime:
    if t.hour >= 22:
        return t.replace(hour=8, minute=t.minute % 60) + timedelta(days=1)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def complain(
    f: Fam, c: Cust, t: datetime, channel: str, problem: str, long_email: bool = False
) -> str:
    text = f.pick(W.PROBLEM[problem], c.lang)
    label = W.PROBLEM_LABEL[c.lang][W.PROBLEMS.index(problem)]
    subj = W.COMPLAINT_SUBJECT[c.lang][0] + label
    if long_email:
        body = f.pick(W.LONG_EMAIL, c.lang).replace("{problem}", text)
        return f.add(t, c, "email", "message", body, subject=subj)
    if channel == "email":
        return f.add(t, c, "email", "message", text, subject=subj)
    if channel == "chat":
        return f.add(t, c, "chat", "chat", text)
    if channel == "social":
        return f.add(t, c, "social", "mention", text)
    if channel == "phone":
        return f.add(t, c, "phone", "call", transcript(text, c.lang))
    return f.add(t, c, "web", "ticket", text, attrs={"page": "/help/contact"})


def reply_case(f: Fam, c: Cust, t: datetime, channel: str) -> str:
    text = f.pick(W.CASE_OPENED, c.lang)
    if channel == "chat":
        return f.add(t, c, "chat", "chat", text, direction="outbound")
    subj = f"{CASE_WORD[c.lang]} {c.truth['booking']}"
    return f.add(morning(t), c, "email", "message", text, direction="outbound", subject=subj)


# ---------------------------------------------------------------- families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers only: day writers, night writers, survey answerers",
    )
    for _ in range(16):
        c = f.person(lang_draw(f), "happy", "day writer")
        happy_days(f, c, f.rng.randint(5, 8), 0, 9)
    for _ in range(5):
        c = f.person(lang_draw(f), "happy", "night writer")
        for d in spread_days(f, f.rng.randint(2, 4), 0, 8):
            t = (
                f.at(d, f.rng.uniform(22.2, 23.9))
                if f.rng.random() < 0.5
                else f.at(d + 1, f.rng.uniform(0.1, 4.5))
            )
            if f.rng.random() < 0.5:
                f.add(
                    t,
                    c,
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.pick(W.NIGHT_POST, c.lang),
                )
            else:
                f.add(t, c, "chat", "chat", f.pick(W.NIGHT_CHAT, c.lang))
                f.add(
                    t + timedelta(minutes=f.rng.randint(2, 6)),
                    c,
                    "chat",
                    "chat",
                    f.pick(W.NIGHT_ANSWER, c.lang),
                    direction="outbound",
                )
                f.add(
                    t + timedelta(minutes=f.rng.randint(8, 12)),
                    c,
                    "chat",
                    "chat",
                    f.pick(W.THANKS, c.lang),
                )
        for d in spread_days(f, f.rng.randint(2, 3), 0, 9):
            happy_act(f, c, day_hour(f, d, 9, 18), surveys=False)
    for _ in range(5):
        c = f.person(lang_draw(f), "happy", "answers surveys")
        for d in spread_days(f, f.rng.randint(3, 6), 0, 9):
            survey_act(f, c, day_hour(f, d, 8, 20))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 6, tzinfo=UTC),
        12,
        "happy customers with one angry moment; some give a low NPS",
    )
    r = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(problems)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    detr = set(r.sample(with_case, 6))
    csat = set(r.sample([i for i in with_case if i not in detr], 5))
    good = set(r.sample(with_case, 12))
    apol = set(r.sample(sorted(good), 5))
    for i, ch in enumerate(channels):
        lang = ("pt", "pt", "de", "de")[i] if ch == "long" else lang_draw(f)
        persona = "bad_day_detractor" if i in detr else "happy_one_bad_day"
        c = f.person(lang, persona, "one bad day", ["detractor"] if i in detr else [], ["silence"])
        bad_day = r.randint(2, 9)
        t = f.at(bad_day, r.uniform(8, 20))
        c.truth.update(
            {
                "problem": problems[i],
                "bad_day_at": iso(t),
                "long_email": ch == "long",
                "channel": "email" if ch == "long" else ch,
                "trouble_starts_at": iso(t),
            }
        )
        c.truth["booking"] = case_ref(f) if ch != "social" else None
        days = [d for d in range(0, 12) if d < bad_day - 1 or d > bad_day + 2]
        for d in sorted(r.sample(days, min(len(days), r.randint(1, 5)))):
            happy_act(f, c, day_hour(f, d, 8, 19), surveys=False)
        eid = complain(
            f, c, t, "email" if ch == "long" else ch, problems[i], long_email=ch == "long"
        )
        c.truth["bad_day_event_id"] = eid
        if ch != "social":
            reply_case(
                f,
                c,
                t + timedelta(minutes=r.randint(10, 40) if ch != "chat" else r.randint(1, 5)),
                "chat" if ch == "chat" else "email",
            )
        if i in detr:
            s = f.add(
                t + timedelta(minutes=r.randint(100, 140)),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "survey_event_id": s})
        if i in csat:
            s = f.add(
                t + timedelta(minutes=r.randint(40, 80)),
                c,
                "survey",
                "survey_response",
                r.choice([None, "mau", "schlecht"]) if lang in ("pt", "de") else None,
                scores={"csat": r.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "survey_event_id": s})
        if i in good:
            g = morning(t + timedelta(hours=r.uniform(1, 4)))
            f.add(
                g,
                c,
                "email",
                "message",
                f.pick(W.GOOD_NEWS, c.lang),
                direction="outbound",
                subject=f"{CASE_WORD[c.lang]} {c.truth['booking']}",
            )
            c.truth["agent_fixed"] = True
        if i in apol:
            a = morning(t + timedelta(hours=r.uniform(16, 24)))
            e = f.add(a, c, r.choice(["chat", "email"]), "message", f.pick(W.APOLOGY, c.lang))
            f.events[-1].kind = "chat" if f.events[-1].channel == "chat" else "message"
            c.truth.update({"apologised": True, "apology_event_id": e, "apology_at": iso(a)})
    for _ in range(8):
        c = f.person(lang_draw(f), "happy", "control")
        happy_days(f, c, r.randint(4, 7), 0, 11, surveys=False)
    return f


def repeat_run(
    f: Fam, c: Cust, start_day: int, contacts: int, passed_on: bool, problem: str
) -> None:
    r = f.rng
    c.truth["booking"] = case_ref(f)
    chans = ["web", "email", "chat", "phone"]
    first_ch = r.choice(chans)
    t = f.at(start_day, r.uniform(8, 19))
    ids = [complain(f, c, t, first_ch, problem)]
    reply_case(
        f,
        c,
        t + timedelta(minutes=r.randint(10, 40) if first_ch != "chat" else r.randint(1, 5)),
        "chat" if first_ch == "chat" else "email",
    )
    if passed_on:
        f.add(
            morning(t + timedelta(hours=r.uniform(1.5, 2.5))),
            c,
            "email",
            "message",
            f.pick(W.QUALITY_LEAD, c.lang),
            direction="outbound",
            subject=f"{CASE_WORD[c.lang]} {c.truth['booking']}",
        )
    later = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    r.shuffle(later)
    comp = r.choice(W.COMPETITORS)
    c.truth["competitor"] = comp if contacts >= 3 else None
    used = [first_ch]
    for n in range(2, contacts + 1):
        t = morning(t + timedelta(hours=r.uniform(4, 40)))
        ch = later.pop()
        used.append(ch)
        text = f.pick(W.STILL_OPEN, c.lang)
        if n == 3:
            text += " " + f.pick(W.THIRD_COMP, c.lang).replace("{comp}", comp)
        if n == 4:
            text += " " + f.pick(W.FOURTH, c.lang)
        if ch == "phone":
            ids.append(f.add(t, c, "phone", "call", transcript(f.fill(text, c), c.lang)))
        elif ch == "email":
            ids.append(
                f.add(
                    t,
                    c,
                    "email",
                    "message",
                    text,
                    subject=f"{RE_WORD[c.lang]} {CASE_WORD[c.lang]} {c.truth['booking']}",
                )
            )
        elif ch == "chat":
            ids.append(f.add(t, c, "chat", "chat", text))
            f.add(
                t + timedelta(minutes=r.randint(1, 5)),
                c,
                "chat",
                "chat",
                f.pick(W.URGENT, c.lang),
                direction="outbound",
            )
        elif ch == "social":
            ids.append(f.add(t, c, "social", "mention", text))
        else:
            ids.append(f.add(t, c, "web", "ticket", text, attrs={"page": "/help/contact"}))
    c.truth.update(
        {
            "problem": problem,
            "contacts": contacts,
            "channels": used,
            "problem_event_ids": ids,
            "agent_passed_on": passed_on,
        }
    )


def fixed_case(f: Fam, c: Cust, day: int, problem: str, lang2: str | None = None) -> dict[str, Any]:
    r = f.rng
    c.truth["booking"] = case_ref(f)
    t = f.at(day, r.uniform(8, 18))
    e = complain(f, c, t, "web", problem)
    reply_case(f, c, t + timedelta(minutes=r.randint(10, 40)), "email")
    g = morning(t + timedelta(hours=r.uniform(3, 20)))
    lang = c.lang
    if lang2:
        c.lang = lang2
    f.add(
        g,
        c,
        "email",
        "message",
        f.pick(W.GOOD_NEWS, c.lang),
        direction="outbound",
        subject=f"{CASE_WORD[c.lang]} {c.truth['booking']}",
    )
    k = morning(g + timedelta(hours=r.uniform(8, 30)))
    ch = r.choice(["email", "chat"])
    ce = f.add(k, c, ch, "message" if ch == "email" else "chat", f.pick(W.CONFIRM, c.lang))
    c.lang = lang
    return {
        "problem": problem,
        "booking": c.truth["booking"],
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(k),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        "one open problem raised again 2-4 times; fixed cases and frequent writers as controls",
    )
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    passed = set(r.sample(range(12), 6))
    for i, n in enumerate(counts):
        c = f.person(lang_draw(f), "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        for _ in range(r.randint(1, 3)):
            happy_act(f, c, f.at(0, r.uniform(7, 12)), surveys=False)
        day = r.randint(1, 4)
        repeat_run(f, c, day, n, i in passed, r.choice(W.PROBLEMS))
        c.truth["trouble_starts_at"] = iso(f.at(day, 0))
    for _ in range(5):
        c = f.person(lang_draw(f), "resolved_between_contacts", "fixed", [], ["silence"])
        happy_act(f, c, f.at(0, r.uniform(8, 12)), surveys=False)
        fx = fixed_case(f, c, r.randint(1, 5), r.choice(W.PROBLEMS))
        c.truth.update({"problems": [fx], "trouble_starts_at": fx["raised_at"]})
    for _ in range(3):
        c = f.person(lang_draw(f), "different_problems", "two problems", [], ["silence"])
        p1, p2 = r.sample(W.PROBLEMS, 2)
        d = r.randint(0, 2)
        fx1 = fixed_case(f, c, d, p1)
        fx2 = fixed_case(f, c, d + r.randint(4, 5), p2)
        c.truth.update({"problems": [fx1, fx2], "trouble_starts_at": fx1["raised_at"]})
    for _ in range(7):
        c = f.person(lang_draw(f), "happy", "frequent writer")
        for d in spread_days(f, r.randint(5, 8), 0, 9):
            t = day_hour(f, d, 8, 19)
            if r.random() < 0.7:
                f.add(t, c, "chat", "chat", f.pick(W.QUESTION, c.lang))
                f.add(
                    t + timedelta(minutes=r.randint(1, 6)),
                    c,
                    "chat",
                    "chat",
                    f.pick(W.ANSWER, c.lang),
                    direction="outbound",
                )
            else:
                happy_act(f, c, t, surveys=False)
    return f


def slide(f: Fam, c: Cust, d0: int, span: int, alt: str | None = None) -> list[str]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    ids = []
    t = f.at(d0, r.uniform(9, 18))
    step_gap = span * 24 / 6
    langs = [c.lang, alt] if alt else [c.lang]
    first_lang = c.lang
    for i in range(6):
        c.lang = langs[i % len(langs)]
        text = W.SLIDE[c.lang][i].replace("{comp}", comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    t,
                    c,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[i]), "page": "/app/visits"},
                )
            )
        else:
            ids.append(f.add(t, c, ch, "mention" if ch == "social" else "post", text))
        if i == 3 and c.truth.get("nps_slider"):
            s = f.add(
                morning(t + timedelta(hours=r.uniform(2.5, 3.5))),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "survey_event_id": s})
        t = morning(t + timedelta(hours=max(1.0, step_gap * r.uniform(0.7, 1.1))))
    c.lang = first_lang
    c.truth.update(
        {
            "slide_event_ids": ids,
            "competitor": comp,
            "slide_days": span,
            "trouble_starts_at": f.events[
                -6 if not c.truth.get("nps_slider") else -7
            ].t.isoformat(),
        }
    )
    c.truth["trouble_starts_at"] = iso(datetime.fromisoformat(c.truth["trouble_starts_at"]))
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        "sustained slides from a happy baseline, leavers who cancel, steady and grumpy controls",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        nps = i < 5
        c = f.person(
            lang_draw(f),
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if nps else []),
            TOL_SLIDER,
        )
        c.truth["nps_slider"] = nps
        for d in spread_days(f, r.randint(4, 5), 0, 10):
            f.add(
                day_hour(f, d, 8, 19),
                c,
                r.choice(["social", "community"]),
                "post",
                f.pick(W.PRAISE, c.lang) if r.random() < 0.6 else f.pick(W.AGAIN_PRAISE, c.lang),
            )
        happy_days(f, c, r.randint(2, 4), 0, 10, surveys=False)
        slide(f, c, r.randint(12, 16), spans[i])
    for _ in range(5):
        c = f.person(lang_draw(f), "slow_churner", "asks to cancel", ["churn_intent"], TOL_LEAVER)
        happy_days(f, c, r.randint(4, 6), 0, 15, surveys=False)
        t = f.at(r.randint(17, 23), r.uniform(8, 18))
        e = f.add(t, c, "email", "message", f.pick(W.CANCEL, c.lang), subject="Grillaro Plus")
        f.add(
            morning(t + timedelta(hours=r.uniform(1, 5))),
            c,
            "email",
            "message",
            f.pick(W.SORRY_TO_GO, c.lang),
            direction="outbound",
            subject="Re: Grillaro Plus",
        )
        k = morning(t + timedelta(hours=r.uniform(20, 30)))
        x = f.add(
            k, c, "web", "cancellation", attrs={"page": "/app/plus", "product": "Grillaro Plus"}
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(k),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person(lang_draw(f), "happy", "steady")
        happy_days(f, c, r.randint(6, 10), 0, 31)
    for _ in range(5):
        c = f.person(lang_draw(f), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = r.randint(0, 4)
        ids = []
        for _ in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web", "review"])
            t = day_hour(f, d, 8, 20)
            if ch == "review":
                ids.append(
                    f.add(
                        t,
                        c,
                        "web",
                        "review",
                        f.pick(W.GRUMBLE, c.lang),
                        attrs={"rating": "3", "page": "/app/visits"},
                    )
                )
            elif ch == "web":
                ids.append(
                    f.add(
                        t,
                        c,
                        "web",
                        "ticket",
                        f.pick(W.GRUMBLE, c.lang),
                        attrs={"page": "/help/contact"},
                    )
                )
            else:
                ids.append(
                    f.add(
                        t, c, ch, "mention" if ch == "social" else "post", f.pick(W.GRUMBLE, c.lang)
                    )
                )
            d += r.randint(1, 3)
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(f.events[-len(ids)].t)})
    for _ in range(5):
        c = f.person(lang_draw(f), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_days(f, c, r.randint(3, 6), 0, 16, surveys=False)
        t = day_hour(f, r.randint(17, 28), 9, 20)
        e = f.add(t, c, "social", "mention", f.pick(W.SARCASM, c.lang))
        c.truth.update({"sarcasm_event_id": e, "trouble_starts_at": iso(t)})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "a calm weekend with night-owl bursts; nothing to warn about",
    )
    r = f.rng
    for _ in range(16):
        c = f.person(lang_draw(f), "happy", "day writer")
        for d in spread_days(f, r.randint(1, 3), 0, 2):
            happy_act(f, c, day_hour(f, d, 7, 17.5))
    for i in range(4):
        c = f.person(
            r.choice(["pt", "de"]) if i < 2 else lang_draw(f),
            "grumbles_once",
            "grumbles once",
            [],
            ["silence"],
        )
        t = day_hour(f, r.randint(0, 2), 9, 17)
        f.add(t, c, "web", "page_view", attrs={"page": "/app/book"})
        g = t + timedelta(minutes=r.randint(20, 30))
        if i % 2 == 0:
            e = f.add(g, c, "chat", "chat", f.pick(W.MILD, c.lang))
            f.add(
                g + timedelta(minutes=r.randint(2, 6)),
                c,
                "chat",
                "chat",
                f.pick(W.MILD_ACK, c.lang),
                direction="outbound",
            )
        else:
            e = f.add(
                g, c, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.add(
                g + timedelta(minutes=r.randint(20, 50)),
                c,
                "email",
                "message",
                f.pick(W.MILD_ACK, c.lang),
                direction="outbound",
                subject="Grillaro",
            )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(g)})
    for night in range(3):
        b0 = f.at(night + 1, r.uniform(0.67, 1.08))
        for burst, off in enumerate((0.0, r.uniform(28, 33), r.uniform(55, 65))):
            for _ in range(4):
                c = f.person(lang_draw(f), "night_owl", f"night {night + 1}, burst {burst + 1}")
                t = b0 + timedelta(minutes=off + r.uniform(0, 10))
                if r.random() < 0.5:
                    e = f.add(t, c, "chat", "chat", f.pick(W.NIGHT_CHAT, c.lang))
                    f.add(
                        t + timedelta(minutes=r.randint(2, 5)),
                        c,
                        "chat",
                        "chat",
                        f.pick(W.NIGHT_ANSWER, c.lang),
                        direction="outbound",
                    )
                    f.add(
                        t + timedelta(minutes=r.randint(7, 10)),
                        c,
                        "chat",
                        "chat",
                        f.pick(W.THANKS, c.lang),
                    )
                else:
                    e = f.add(
                        t,
                        c,
                        r.choice(["social", "community"]),
                        "post",
                        f.pick(W.NIGHT_POST, c.lang),
                    )
                c.truth.update({"burst_at": iso(t), "night_event_id": e})
                if r.random() < 0.5:
                    happy_act(f, c, day_hour(f, r.randint(0, 2), 9, 17.5), surveys=False)
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    r = f.rng
    pairs = [
        ("pt", "de"),
        ("de", "pt"),
        ("pt", "en"),
        ("de", "en"),
        ("pt", "fr"),
        ("de", "fr"),
        ("pt", "es"),
        ("de", "it"),
        ("en", "pt"),
        ("fr", "de"),
        ("it", "de"),
        ("es", "pt"),
    ]
    markets = {
        ("pt", "de"): "DE",
        ("de", "pt"): "PT",
        ("pt", "fr"): "LU",
        ("de", "fr"): "CH",
        ("de", "it"): "CH",
        ("fr", "de"): "CH",
        ("it", "de"): "CH",
    }

    def pers(i: int, persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, str]:
        a, b = pairs[i % len(pairs)]
        mk = markets.get((a, b)) or ("UK" if "en" in (a, b) and a == "en" else MARKETS[a][0])
        c = f.person(a, persona, habit, exp, tol, market=mk)
        c.truth["languages"] = [a, b]
        c.truth["job_second_language"] = r.choice(
            ["works across the border", "partner's language", "grew up abroad", "studies abroad"]
        )
        return c, b

    def alt_act(c: Cust, b: str, t: datetime, i: int) -> None:
        a = c.lang
        c.lang = b if i % 2 else a
        happy_act(f, c, t, surveys=False)
        c.lang = a

    for i in range(12):
        c, b = pers(i, "happy", "alternates languages", [], [])
        for j, d in enumerate(spread_days(f, r.randint(5, 8), 0, 13)):
            alt_act(c, b, day_hour(f, d, 8, 19), j)
    for i in range(5):
        c, b = pers(i + 3, "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        for j in range(r.randint(1, 3)):
            alt_act(c, b, f.at(r.randint(0, 1), r.uniform(8, 18)), j)
        n = (2, 2, 3, 3, 4)[i]
        a = c.lang
        # the contacts alternate language: the run is written in the first, then switched per contact
        c.truth["booking"] = case_ref(f)
        t = f.at(r.randint(2, 5), r.uniform(8, 18))
        ids = [complain(f, c, t, "email", r.choice(W.PROBLEMS))]
        reply_case(f, c, t + timedelta(minutes=r.randint(10, 40)), "email")
        if n >= 3:
            f.add(
                morning(t + timedelta(hours=2)),
                c,
                "email",
                "message",
                f.pick(W.QUALITY_LEAD, c.lang),
                direction="outbound",
                subject=f"{CASE_WORD[c.lang]} {c.truth['booking']}",
            )
        comp = r.choice(W.COMPETITORS)
        chans = ["chat", "phone", "web"]
        for k in range(2, n + 1):
            t = morning(t + timedelta(hours=r.uniform(4, 40)))
            c.lang = b if k % 2 == 0 else a
            text = (
                f.pick(W.STILL_OPEN, c.lang)
                + (" " + f.pick(W.THIRD_COMP, c.lang).replace("{comp}", comp) if k == 3 else "")
                + (" " + f.pick(W.FOURTH, c.lang) if k == 4 else "")
            )
            ch = chans[k - 2]
            if ch == "phone":
                ids.append(f.add(t, c, "phone", "call", transcript(f.fill(text, c), c.lang)))
            elif ch == "chat":
                ids.append(f.add(t, c, "chat", "chat", text))
                f.add(
                    t + timedelta(minutes=r.randint(1, 5)),
                    c,
                    "chat",
                    "chat",
                    f.pick(W.URGENT, c.lang),
                    direction="outbound",
                )
            else:
                ids.append(f.add(t, c, "web", "ticket", text, attrs={"page": "/help/contact"}))
        c.lang = a
        c.truth.update(
            {
                "contacts": n,
                "problem_event_ids": ids,
                "competitor": comp if n >= 3 else None,
                "agent_passed_on": n >= 3,
                "trouble_starts_at": iso(f.events[[e.eid for e in f.events].index(ids[0])].t),
            }
        )
    for i in range(5):
        c, b = pers(i + 6, "slow_churner", "slides", ["sentiment_drop"], TOL_SLIDER)
        for j, d in enumerate(spread_days(f, 5, 0, 5)):
            a = c.lang
            c.lang = b if j % 2 else a
            f.add(
                day_hour(f, d, 8, 19),
                c,
                r.choice(["social", "community"]),
                "post",
                f.pick(W.PRAISE, c.lang),
            )
            c.lang = a
        for j in range(r.randint(1, 3)):
            alt_act(c, b, day_hour(f, r.randint(0, 5), 8, 19), j)
        slide(f, c, r.randint(7, 8), r.choice([3, 4, 5]), alt=b)
    for i in range(3):
        c, b = pers(i + 1, "happy_one_bad_day", "one bad day", [], ["silence"])
        for j, d in enumerate(spread_days(f, r.randint(3, 5), 0, 4)):
            alt_act(c, b, day_hour(f, d, 8, 19), j)
        a = c.lang
        c.lang = "de" if i == 0 else b
        c.truth["booking"] = case_ref(f)
        t = f.at(r.randint(7, 10), r.uniform(9, 18))
        ch = ("email", "email", "chat")[i]
        e = complain(f, c, t, ch, r.choice(W.PROBLEMS), long_email=i == 0)
        reply_case(f, c, t + timedelta(minutes=r.randint(5, 30)), ch)
        c.truth.update(
            {
                "bad_day_event_id": e,
                "bad_day_at": iso(t),
                "bad_day_language": c.lang,
                "trouble_starts_at": iso(t),
            }
        )
        if ch == "email":
            f.add(
                morning(t + timedelta(hours=r.uniform(1, 4))),
                c,
                "email",
                "message",
                f.pick(W.GOOD_NEWS, c.lang),
                direction="outbound",
                subject=f"{CASE_WORD[c.lang]} {c.truth['booking']}",
            )
        if i == 1:
            ap = morning(t + timedelta(hours=r.uniform(18, 24)))
            c.truth.update(
                {
                    "apologised": True,
                    "apology_event_id": f.add(ap, c, "chat", "chat", f.pick(W.APOLOGY, c.lang)),
                    "apology_at": iso(ap),
                }
            )
        c.lang = a
    for i in range(2):
        c, b = pers(i + 8, "resolved_between_contacts", "fixed", [], ["silence"])
        alt_act(c, b, f.at(0, r.uniform(9, 17)), 0)
        fx = fixed_case(f, c, r.randint(2, 8), r.choice(W.PROBLEMS), lang2=b)
        c.truth.update(
            {"problems": [fx], "trouble_starts_at": fx["raised_at"], "confirm_language": b}
        )
    return f


def office(f: Fam, day: int) -> datetime:
    t = f.at(day, f.rng.uniform(8, 16.5))
    while t.weekday() >= 5:
        t += timedelta(days=1)
    return t


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        "Grillaro Pro accounts: at-risk accounts, one unhappy contact, mild suggestions, happy accounts",
    )
    r = f.rng
    plan = (
        [
            ("at_risk", 5, 3),
            ("at_risk", 5, 3),
            ("at_risk", 4, 3),
            ("at_risk", 6, 4),
            ("at_risk", 4, 4),
        ]
        + [("one_unhappy", 3, 1)] * 4
        + [("mild", 4, 0), ("mild", 4, 0), ("mild", 3, 0)]
        + [("happy", 4, 0)] * 3
    )
    langs = [
        "de",
        "pt",
        "de",
        "pt",
        "de",
        "pt",
        "de",
        "en",
        "fr",
        "it",
        "es",
        "de",
        "pt",
        "de",
        "pt",
    ]
    sites = [
        "restaurant",
        "hotel",
        "canteen",
        "catering",
        "school",
        "hospital",
        "pizzeria",
        "steakhouse",
        "food court",
        "university",
        "brewpub",
        "hotel",
        "canteen",
        "restaurant",
        "catering",
    ]
    risk_problems = ["invoice", "service_blocked", "portal", "overbilled", "invoice"]
    for a, (kind, n, unhappy) in enumerate(plan):
        lang = langs[a]
        mk = MARKETS[lang][0]
        acc = f.unique(lambda mk=mk: f"GRP-{mk}-{r.randint(1000, 9999)}")
        company = f"{r.choice(['Casa', 'Haus', 'Sala', 'Brasa', 'Forno'])} {r.choice(LAST[lang])} {r.choice(['Lda', 'GmbH', 'Group', 'SA', 'Srl'])}"
        domain = strip_accents(company.split()[1].lower()) + f"{a}.example"
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for k in range(n):
            unhappy_here = k < unhappy
            if kind == "at_risk" and unhappy_here:
                c = f.person(
                    lang,
                    "b2b_unhappy",
                    "complainer",
                    [],
                    TOL_B2B_RISK,
                    market=mk,
                    account=acc,
                    domain=domain,
                )
            elif kind == "one_unhappy" and unhappy_here:
                c = f.person(
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    market=mk,
                    account=acc,
                    domain=domain,
                )
            elif kind == "mild" and k < 2:
                c = f.person(
                    lang,
                    "b2b_mild",
                    "suggests",
                    [],
                    ["silence"],
                    market=mk,
                    account=acc,
                    domain=domain,
                )
            else:
                c = f.person(
                    lang, "b2b_happy", "contact", [], [], market=mk, account=acc, domain=domain
                )
            while c.first in firsts:
                c.first = r.choice(FIRST[lang])
                c.truth["name"] = f"{c.first} {c.last}"
            firsts.add(c.first)
            c.truth.update(
                {
                    "company": company,
                    "role": c.truth["habit"],
                    "job_title": r.choice(
                        [
                            "Head chef",
                            "Facilities manager",
                            "Operations manager",
                            "Accounts payable",
                            "General manager",
                        ]
                    ),
                }
            )
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
        case = case_ref(f)
        risk_start = None
        first_t = f.start
        if kind == "at_risk":
            prob = risk_problems[a]
            t = office(f, 2)
            risk_start = t
            first_c = contacts[0]
            for k in range(unhappy):
                c = contacts[k]
                c.truth["booking"] = case
                text = W.B2B_PROBLEM[prob][lang][0]
                if k > 0:
                    day_word = W.WEEKDAY[lang][first_t.weekday()]
                    text = (
                        f.pick(W.B2B_LATER, lang)
                        .replace("{first}", first_c.first)
                        .replace("{day}", day_word)
                        + text
                    )
                e = f.add(
                    t,
                    c,
                    "email",
                    "message",
                    text,
                    subject=W.COMPLAINT_SUBJECT[lang][0] + "Grillaro Pro",
                )
                if k == 0:
                    first_t = t
                    f.add(
                        t + timedelta(minutes=r.randint(20, 60)),
                        c,
                        "email",
                        "message",
                        f.pick(W.CASE_OPENED, lang),
                        direction="outbound",
                        subject=f"{CASE_WORD[lang]} {case}",
                    )
                ids = [e]
                if k < unhappy - 1:
                    s = f.add(
                        t + timedelta(hours=r.uniform(1, 3)),
                        c,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": r.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(
                        {"nps_given": True, "survey_event_id": s, "expected_rules": ["detractor"]}
                    )
                    c.truth["tolerated_rules"] = [x for x in TOL_B2B_RISK]
                else:
                    t2 = office(f, (t - f.start).days + 1) + timedelta(hours=r.uniform(0, 12))
                    t2 = office(f, (t2 - f.start).days) if t2.hour >= 17 or t2.hour < 8 else t2
                    if a == 0:
                        comp = r.choice(W.COMPETITORS)
                        ids.append(
                            f.add(
                                t2,
                                c,
                                "email",
                                "message",
                                f.pick(W.B2B_LAST_EMAIL, lang).replace("{comp}", comp),
                                subject=f"{RE_WORD[lang]} {CASE_WORD[lang]} {case}",
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(f.add(t2, c, "phone", "call", f.pick(W.B2B_LAST_CALL, lang)))
                    c.truth["expected_rules"] = ["repeat_contact"]
                c.truth.update(
                    {"complaint_event_ids": ids, "problem": prob, "trouble_starts_at": iso(t)}
                )
                t = t + timedelta(hours=r.uniform(8, 28))
                if t.hour >= 17 or t.hour < 8 or t.weekday() >= 5:
                    t = office(f, (t - f.start).days + 1)
        elif kind == "one_unhappy":
            c = contacts[0]
            c.truth["booking"] = case
            t = office(f, r.randint(3, 7))
            prob = r.choice(W.B2B_PROBLEMS)
            e = f.add(
                t,
                c,
                "email",
                "message",
                W.B2B_PROBLEM[prob][lang][0],
                subject=W.COMPLAINT_SUBJECT[lang][0] + "Grillaro Pro",
            )
            f.add(
                t + timedelta(minutes=r.randint(20, 60)),
                c,
                "email",
                "message",
                f.pick(W.CASE_OPENED, lang),
                direction="outbound",
                subject=f"{CASE_WORD[lang]} {case}",
            )
            s = f.add(
                t + timedelta(hours=r.uniform(1, 3)),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "complaint_event_ids": [e],
                    "problem": prob,
                    "survey_event_id": s,
                    "nps_given": True,
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = office(f, r.randint(2, 9))
                e = f.add(
                    t,
                    c,
                    "web",
                    "ticket",
                    f.pick(W.B2B_SUGGEST, lang),
                    attrs={"page": "/pro/feedback"},
                )
                f.add(
                    t + timedelta(minutes=r.randint(30, 90)),
                    c,
                    "email",
                    "message",
                    f.pick(W.MILD_ACK, lang),
                    direction="outbound",
                    subject="Grillaro Pro",
                )
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
        for c in contacts:
            quiet = c.truth["persona"] != "b2b_happy"
            for d in (
                sorted(r.sample([0, 1], r.randint(0, 2)))
                if quiet
                else spread_days(f, r.randint(3, 6), 0, 13)
            ):
                t = office(f, d)
                if quiet and t >= f.at(2, 0):
                    continue
                act = r.choice(
                    ["chat", "buy", "view", "praise", "survey"]
                    if not quiet
                    else ["chat", "buy", "view"]
                )
                if act == "chat":
                    f.add(t, c, "chat", "chat", f.pick(W.B2B_QUESTION, lang))
                    f.add(
                        t + timedelta(minutes=r.randint(1, 6)),
                        c,
                        "chat",
                        "chat",
                        f.pick(W.ANSWER, lang),
                        direction="outbound",
                    )
                    if r.random() < 0.5:
                        f.add(
                            t + timedelta(minutes=r.randint(8, 12)),
                            c,
                            "chat",
                            "chat",
                            f.pick(W.THANKS, lang),
                        )
                elif act in ("buy", "view"):
                    f.add(t, c, "web", "page_view", attrs={"page": "/pro/portal"})
                    if act == "buy":
                        f.add(
                            t + timedelta(minutes=r.randint(3, 9)),
                            c,
                            "web",
                            "purchase",
                            attrs={
                                "order_value": "340.00",
                                "currency": "CHF" if mk == "CH" else "EUR",
                                "product": "Extraction hood and duct clean / Limpeza de hotte e condutas",
                                "page": "/pro/portal",
                            },
                        )
                elif act == "praise":
                    f.add(t, c, "community", "post", f.pick(W.B2B_PRAISE, lang))
                else:
                    survey_act(f, c, t)
        f.accounts[acc] = {
            "company": company,
            "site": sites[a],
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [c.key for c in contacts[:unhappy]],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": risk_problems[a] if kind == "at_risk" else None,
            "trouble_starts_at": iso(risk_start) if risk_start else None,
            "language": lang,
            "country": mk,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and the planted incident on Saturday",
    )
    r = f.rng
    for _ in range(40):
        c = f.person(lang_draw(f), "happy", "day writer")
        for d in spread_days(f, r.randint(1, 4), 0, 5):
            happy_act(f, c, day_hour(f, d, 12, 19) if d == 5 else day_hour(f, d, 7, 19))
    for lang in ("pt", "de"):
        c = f.person(lang, "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, r.uniform(9, 16))
        e = f.add(t, c, "chat", "chat", f.pick(W.CALM_GRUMBLE, lang))
        f.add(
            t + timedelta(minutes=3),
            c,
            "chat",
            "chat",
            f.pick(W.MILD_ACK, lang),
            direction="outbound",
        )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for lang, hour in (("pt", 9.67), ("de", 16.08)):
        c = f.person(lang, "grumbles_once", "lone question", [], ["silence"])
        t = f.at(4, hour)
        e = f.add(t, c, "chat", "chat", W.LONE_Q[lang][0])
        f.add(t + timedelta(minutes=4), c, "chat", "chat", W.LONE_A[lang][0], direction="outbound")
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    langs = ["pt"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    s0 = datetime(2026, 11, 7, 9, 5, tzinfo=UTC)
    offsets = sorted([0.0, 45.0] + [r.uniform(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    fixed_idx = set(r.sample(range(20), 6))
    early = [i for i, o in enumerate(offsets) if o <= 25]
    rep_idx = set(r.sample(early, 6))
    fixed_idx -= rep_idx
    for i in range(20):
        lang = langs[i]
        regular = i < 12
        rep = i in rep_idx
        c = f.person(
            lang,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if rep else [],
            ["sentiment_drop", "silence"] if rep else ["silence"],
        )
        if regular:
            happy_act(f, c, f.at(2, r.uniform(8, 17.5)), surveys=False)
        t = s0 + timedelta(minutes=offsets[i])
        ch = chans[i]
        text = f.pick(W.SPIKE_REPORT, lang)
        if ch == "chat":
            e = f.add(t, c, "chat", "chat", text)
            f.add(
                t + timedelta(minutes=r.randint(1, 4)),
                c,
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_ANSWER, lang),
                direction="outbound",
            )
        elif ch == "email":
            e = f.add(t, c, "email", "message", text, subject="Grillaro app")
        elif ch == "web":
            e = f.add(t, c, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            e = f.add(t, c, ch, "mention" if ch == "social" else "post", text)
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
        if rep:
            ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + timedelta(minutes=r.uniform(10, 60))
            text2 = f.pick(W.SPIKE_REPEAT, lang)
            if ch2 == "chat":
                e2 = f.add(t2, c, "chat", "chat", text2)
                f.add(
                    t2 + timedelta(minutes=2),
                    c,
                    "chat",
                    "chat",
                    f.pick(W.SPIKE_CHAT_ANSWER, lang),
                    direction="outbound",
                )
            elif ch2 == "email":
                e2 = f.add(t2, c, "email", "message", text2, subject="Grillaro app")
            else:
                e2 = f.add(t2, c, "community", "post", text2)
            reps.append(e2)
            c.truth["repeat_event_id"] = e2
        if i in fixed_idx:
            f.add(
                datetime(2026, 11, 7, 12, r.randint(45, 55), tzinfo=UTC),
                c,
                "email",
                "message",
                f.pick(W.SPIKE_FIXED, lang),
                direction="outbound",
                subject="Grillaro app",
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": SPIKE_TOPIC,
        "about": "the planted incident: described in the truth only",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


EXPECTED: dict[str, dict[str, int]] = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"repeat_contact": 6, "topic_spike": 1},
}


def main() -> None:
    total = [0, 0, 0]
    for build in (
        happy_writers,
        one_bad_day,
        repeat_contacts,
        slow_churners,
        quiet_hours,
        bilingual,
        b2b_accounts,
        topic_spike,
    ):
        fam = build()
        n = fam.write(EXPECTED[fam.name])
        print(fam.name, *n)
        total = [a + b for a, b in zip(total, n, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
