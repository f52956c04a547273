"""Write the heldout119 scenario families (Guinzo: dog walking and pet sitting).

Standalone and deterministic: ``python make_heldout119.py`` from anywhere writes
``<family>.jsonl`` and ``<family>.truth.json`` beside this file. Standard library only.
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
import wording_b2b as B  # noqa: E402

SEED = 20261114
WRITTEN = "2026-12-05"
BUSINESS = "Guinzo: dog walking, pet sitting and doggy daycare by app and web (Guinzo Plus membership); Guinzo Pro: dog care for firms on account"
COMPETITORS = ["Pfotika", "Correalo"]
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)

LANG_WEIGHTS = [("de", 30), ("en", 30), ("fr", 10), ("es", 10), ("it", 10), ("pt", 10)]
MARKETS = {
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "BE"],
    "es": ["ES"],
    "it": ["IT"],
    "pt": ["PT"],
}
PHONE = {
    "DE": ("+49", "15", 9),
    "AT": ("+43", "664", 7),
    "CH": ("+41", "79", 7),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "87", 7),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "ES": ("+34", "6", 8),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
FIRST = {
    "de": [
        "Jonas",
        "Lena",
        "Matthias",
        "Sabine",
        "Felix",
        "Anja",
        "Tobias",
        "Katrin",
        "Uwe",
        "Miriam",
        "Henrik",
        "Jana",
        "Dirk",
        "Petra",
        "Lukas",
        "Nele",
    ],
    "en": [
        "Oliver",
        "Hannah",
        "Gareth",
        "Siobhan",
        "Tom",
        "Priya",
        "Callum",
        "Rachel",
        "Declan",
        "Emma",
        "Niall",
        "Sophie",
        "Liam",
        "Zoe",
        "Rob",
        "Aoife",
    ],
    "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Inès", "Bastien"],
    "es": ["Lucía", "Javier", "Marta", "Sergio", "Irene", "Álvaro"],
    "it": ["Giulia", "Marco", "Chiara", "Davide", "Elena", "Luca"],
    "pt": ["Inês", "Tiago", "Mariana", "Rui", "Beatriz", "João"],
}
LAST = {
    "de": [
        "Hoffmann",
        "Brandt",
        "Zimmermann",
        "Krüger",
        "Wolf",
        "Schulte",
        "Vogel",
        "Lorenz",
        "Peters",
        "Kaiser",
        "Hahn",
        "Frank",
    ],
    "en": [
        "Walsh",
        "Patel",
        "Hughes",
        "Murphy",
        "Clarke",
        "Bennett",
        "Kelly",
        "Morgan",
        "Doyle",
        "Reid",
        "Fletcher",
        "Byrne",
    ],
    "fr": ["Lefèvre", "Moreau", "Girard", "Fontaine", "Chevalier"],
    "es": ["Torres", "Fuentes", "Navarro", "Romero", "Ortega"],
    "it": ["Ricci", "Marino", "Greco", "Conti", "Bruno"],
    "pt": ["Ferreira", "Sousa", "Carvalho", "Lopes", "Pinto"],
}
DOGS = [
    "Bruno",
    "Luna",
    "Milo",
    "Frieda",
    "Pepper",
    "Nala",
    "Rocky",
    "Bella",
    "Oskar",
    "Maya",
    "Toby",
    "Kira",
    "Biscuit",
    "Lola",
    "Paco",
    "Fifi",
]
WALKERS = ["Jannik", "Sarah", "Mo", "Carla", "Ben", "Aylin", "Rui", "Chiara", "Noah", "Elif"]
JOBS = {
    "de": ["Pflegerin", "Ingenieur", "Lehrerin", "Busfahrer", "Steuerberaterin"],
    "en": ["nurse", "software tester", "teacher", "paramedic", "accountant"],
    "fr": ["infirmière", "architecte"],
    "es": ["enfermera", "abogado"],
    "it": ["farmacista", "grafico"],
    "pt": ["médica", "engenheiro"],
}
TOWNS = {
    "DE": ["Köln", "Leipzig", "Hamburg", "München"],
    "AT": ["Wien", "Graz"],
    "CH": ["Zürich", "Bern"],
    "UK": ["Leeds", "Bristol", "Manchester"],
    "IE": ["Dublin", "Cork"],
    "FR": ["Lyon", "Nantes"],
    "BE": ["Liège", "Namur"],
    "ES": ["Madrid", "Valencia"],
    "IT": ["Torino", "Bologna"],
    "PT": ["Lisboa", "Porto"],
}
AGENTS = {
    "de": ["Katja", "Sven"],
    "en": ["Megan", "Owen"],
    "fr": ["Chloé"],
    "es": ["Paula"],
    "it": ["Sara"],
    "pt": ["Rita"],
}
SOURCE = {
    "email": "mail",
    "phone": "voice",
    "social": "social",
    "community": "forum",
    "chat": "chat",
    "web": "web",
    "survey": "survey",
}
SITES = [
    "hotel",
    "office",
    "coworking",
    "property",
    "kennel",
    "vet",
    "university",
    "campsite",
    "retirement home",
    "film",
    "agency",
    "bank",
    "startup",
    "school",
    "municipality",
]

USED: set[str] = set()
CASES: set[str] = set()


def _fmt(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def speech(text: str) -> str:
    kept = "".join(ch for ch in text if ch not in ".,!?;:'\"()")
    return kept[0].lower() + kept[1:] if kept else kept


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, str | None]
    name: str
    dog: str
    walker: str
    truth: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    # -- people -------------------------------------------------------------

    def lang(self) -> str:
        return self.rng.choices([lang for lang, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]

    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value.lower() not in USED:
                USED.add(value.lower())
                return value

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        taken: set[str] | None = None,
    ) -> Cust:
        r = self.rng
        lg = lang or self.lang()
        mk = market or r.choice(MARKETS[lg])
        first = r.choice(FIRST[lg])
        if taken is not None:
            while first in taken:
                first = r.choice(FIRST[lg])
            taken.add(first)
        last = r.choice(LAST[lg])
        key = self.unique(lambda: f"GZ{self.code}{r.randint(1000, 9999)}")
        plain = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        if domain:
            email = self.unique(
                lambda: (
                    f"{plain}@{domain}"
                    if r.random() < 0.7
                    else f"{plain[0]}{strip_accents(last).lower()}{r.randint(2, 99)}@{domain}"
                )
            )
            handle = None
        else:
            email = self.unique(
                lambda: (
                    f"{plain}{r.randint(1, 99)}@{r.choice(['mailbox', 'posteo', 'webpost', 'inbox', 'netmail'])}.example"
                )
            )
            handle = self.unique(
                lambda: r.choice(
                    [
                        f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{r.randint(1, 9)}",
                        f"@{strip_accents(first).lower()}{strip_accents(last).lower()}{r.randint(10, 99)}",
                        f"@{strip_accents(first).lower()}_and_{r.choice(DOGS).lower()}",
                    ]
                )
            )
        cc, pre, length = PHONE[mk]
        phone = self.unique(lambda: cc + pre + "".join(str(r.randint(0, 9)) for _ in range(length)))
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        exp = sorted(expected or [])
        tol = sorted(tolerated or [])
        if set(exp) & set(tol):
            raise SystemExit(f"{key}: expects and tolerates {set(exp) & set(tol)}")
        truth: dict[str, Any] = {
            "identifiers": dict(ids),
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": r.choice(JOBS[lg]),
            "town": r.choice(TOWNS[mk]),
        }
        c = Cust(key, lg, mk, ids, f"{first} {last}", r.choice(DOGS), r.choice(WALKERS), truth)
        self.custs[key] = c
        return c

    # -- touchpoints --------------------------------------------------------

    def t(self, day: float, lo: float, hi: float) -> datetime:
        minutes = self.rng.randint(int(lo * 60), int(hi * 60) - 1)
        return self.start + timedelta(days=day, minutes=minutes)

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table.get(lang) or table["en"])

    def fill(self, c: Cust, text: str, **extra: str) -> str:
        values = {"dog": c.dog, "walker": c.walker, "comp": extra.get("comp", COMPETITORS[0])}
        values.update(extra)
        for k, v in values.items():
            text = text.replace("{" + k + "}", v)
        return text

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith(("RLX", "GZ")):
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            spots = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) >= 5]
            if spots:
                i = r.choice(spots)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.counter += 1
        eid = f"gz119-{self.code.lower()}-{self.counter:05d}"
        if text is not None:
            text = text.replace("@Guinzo", "Guinzo")
            if not out and channel not in ("phone", "survey"):
                text = self.roughen(text)
            if channel == "social" and not out and c.ids["account_id"] is None:
                if "Guinzo" in text:
                    at = text.rfind("Guinzo")
                    text = text[:at] + "@" + text[at:]
                else:
                    text = "@Guinzo " + text
        a = {"market": c.market}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS[c.lang])
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        if when < self.start or when >= LIMIT or when.year != 2026:
            raise SystemExit(f"{eid}: time {when} out of range")
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": _fmt(when),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "customer": c.key,
                "text": text,
                "subject": subject,
                "scores": sc,
                "source": f"guinzo-{SOURCE[channel]}",
                "attributes": a,
            }
        )
        return eid

    def day_ok(self, when: datetime) -> datetime:
        """Move a time out of 22:00-07:00 UTC to 08:00-09:00."""
        if when.hour >= 22:
            base = (when + timedelta(days=1)).replace(hour=8, minute=0, second=0)
            return base + timedelta(minutes=self.rng.randint(0, 59))
        if when.hour < 7:
            return when.replace(hour=8, minute=self.rng.randint(0, 59), second=0)
        return when

    def office(self, when: datetime) -> datetime:
        """Move a time into weekday office hours 08-17 UTC."""
        if when.hour >= 17:
            when = (when + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
        elif when.hour < 8:
            when = when.replace(hour=8, minute=self.rng.randint(0, 50))
        while when.weekday() >= 5:
            when = (when + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
        return when

    def money(self, c: Cust, eur: float) -> str:
        if c.market == "UK":
            return f"£{round(eur * 0.86)}"
        if c.market == "CH":
            return f"{round(eur * 0.94)} Franken" if c.lang == "de" else f"CHF {round(eur * 0.94)}"
        if c.lang == "en":
            return f"€{eur:.0f}"
        return f"{eur:.0f} €"

    def case(self) -> str:
        return self.unique(
            lambda: f"GZ-{self.rng.randint(10000, 99999)}-{self.rng.choice('ABCDEFHK')}"
        )

    # -- happy acts -----------------------------------------------------------

    def happy(
        self,
        c: Cust,
        when: datetime,
        surveys: bool = True,
        kinds: list[str] | None = None,
        lang: str | None = None,
    ) -> None:
        r = self.rng
        lg = lang or c.lang
        options = kinds or [
            "praise",
            "praise",
            "chat",
            "email_q",
            "phone_q",
            "purchase",
            "purchase",
            "view",
            "review",
        ] + (["survey"] if surveys else [])
        k = r.choice(options)
        if k == "praise":
            ch = r.choice(["social", "community"])
            self.add(
                c,
                when,
                ch,
                "mention" if ch == "social" else "post",
                self.fill(c, self.pick(W.PRAISE, lg)),
            )
        elif k == "chat":
            self.chat_qa(c, when, self.pick(W.QUESTION, lg), self.pick(W.ANSWER, lg), lg, 0.6)
        elif k == "email_q":
            self.add(
                c,
                when,
                "email",
                "message",
                self.pick(W.QUESTION, lg),
                subject=self.pick(
                    {
                        "de": ["Frage zur Buchung"],
                        "en": ["Quick question"],
                        "fr": ["Question"],
                        "es": ["Consulta"],
                        "it": ["Domanda"],
                        "pt": ["Pergunta"],
                    },
                    lg,
                ),
            )
            self.add(
                c,
                self.day_ok(when + timedelta(minutes=r.randint(20, 180))),
                "email",
                "message",
                self.pick(W.ANSWER, lg),
                out=True,
            )
        elif k == "phone_q":
            self.add(c, when, "phone", "call", self.pick(W.PHONE_Q, lg))
            self.add(
                c,
                when + timedelta(minutes=r.randint(8, 30)),
                "email",
                "message",
                self.pick(W.PHONE_FOLLOW, lg),
                out=True,
            )
        elif k == "purchase":
            product, price = r.choice(W.PRODUCTS)
            page = r.choice(W.PAGES)
            self.add(c, when, "web", "page_view", attrs={"page": page})
            self.purchase(c, when + timedelta(minutes=r.randint(2, 15)), product, price, page)
        elif k == "view":
            self.add(c, when, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        elif k == "review":
            self.add(
                c,
                when,
                "web",
                "review",
                self.fill(c, self.pick(W.REVIEW, lg)),
                attrs={"rating": r.choice(["5", "5", "4"]), "page": "/reviews"},
            )
        else:
            self.survey(c, when, lg)

    def chat_qa(self, c: Cust, when: datetime, q: str, a: str, lg: str, p: float) -> str:
        """A chat question, the agent's answer 1-6 minutes later, thanks with probability p."""
        eid = self.add(c, when, "chat", "chat", q)
        at = when + timedelta(minutes=self.rng.randint(1, 6))
        self.add(c, at, "chat", "chat", a, out=True)
        if self.rng.random() < p:
            then = at + timedelta(minutes=self.rng.randint(1, 4))
            self.add(c, then, "chat", "chat", self.pick(W.THANKS, lg))
        return eid

    def purchase(self, c: Cust, when: datetime, product: str, price: str, page: str) -> None:
        eur = float(price)
        cur, val = "EUR", eur
        if c.market == "UK":
            cur, val = "GBP", eur * 0.86
        elif c.market == "CH":
            cur, val = "CHF", eur * 0.94
        self.add(
            c,
            when,
            "web",
            "purchase",
            attrs={"order_value": f"{val:.2f}", "currency": cur, "product": product, "page": page},
        )

    def survey(self, c: Cust, when: datetime, lg: str | None = None) -> None:
        r = self.rng
        which = r.choice(["nps", "csat", "ces"])
        score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
        word = self.pick(W.SURVEY_WORD, lg or c.lang)
        self.add(
            c,
            when,
            "survey",
            "survey_response",
            word or None,
            scores={which: score},
            attrs={"survey": which},
        )

    def happy_days(
        self, c: Cust, n: int, days: list[int], lo: float = 7, hi: float = 19, surveys: bool = True
    ) -> None:
        for d in self.rng.sample(days, min(n, len(days))):
            self.happy(c, self.t(d, lo, hi), surveys)

    # -- truth ----------------------------------------------------------------

    def write(self, expected: dict[str, int]) -> tuple[int, int, int]:
        self.rows.sort(key=lambda row: (row["occurred_at"], row["event_id"]))
        seen_first: set[str] = set()
        counts: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        if counts != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {counts}")
        inbound: set[str] = set()
        for row in self.rows:
            c = self.custs[row["customer"]]
            ids = c.ids
            full = {k: v for k, v in ids.items() if v}
            ch = row["channel"]
            if row["direction"] == "outbound":
                ref = full
            elif c.key not in seen_first:
                seen_first.add(c.key)
                ref = full
            elif ch == "phone":
                ph = str(ids["phone"])
                if self.rough.random() < 0.5:
                    for cc in (
                        "+353",
                        "+351",
                        "+49",
                        "+43",
                        "+41",
                        "+44",
                        "+33",
                        "+32",
                        "+34",
                        "+39",
                    ):
                        if ph.startswith(cc):
                            ph = cc + " " + ph[len(cc) :]
                            break
                ref = {"phone": ph}
            elif ch in ("social", "community"):
                if ids["handle"]:
                    h = str(ids["handle"])
                    ref = {"handle": h if self.rough.random() < 0.8 else h.lstrip("@")}
                else:
                    ref = {"email": str(ids["email"])}
            elif ch == "email":
                em = str(ids["email"])
                ref = {"email": em.upper() if self.rough.random() < 1 / 12 else em}
            else:
                ref = {"customer_id": c.key}
            if ids["account_id"]:
                ref["account_id"] = str(ids["account_id"])
            if row["direction"] == "inbound":
                inbound.add(c.key)
            row["customer"] = {
                k: ref.get(k) for k in ("customer_id", "email", "phone", "handle", "account_id")
            }
        for key in self.custs:
            if key not in inbound:
                raise SystemExit(f"{key}: no inbound touchpoint")
        last = datetime.fromisoformat(self.rows[-1]["occurred_at"].replace("Z", "+00:00"))
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end {end} too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": _fmt(self.start),
            "end": _fmt(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with (HERE / f"{self.name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            for row in self.rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        outbound = sum(1 for row in self.rows if row["direction"] == "outbound")
        return len(self.custs), len(self.rows), outbound


SILENCE = ["silence"]
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


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# -- families ------------------------------------------------------------------


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d0(2026, 3, 23),
        10,
        "happy customers writing by day and night, and survey answerers",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, r.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in r.sample(range(9), r.randint(2, 4)):
            when = f.t(d, 22.2, 28.5)
            if r.random() < 0.5:
                f.add(
                    c,
                    when,
                    r.choice(["social", "community"]),
                    "post",
                    f.fill(c, f.pick(W.NIGHT_POST, c.lang)),
                )
            else:
                f.chat_qa(
                    c, when, f.pick(W.NIGHT_Q, c.lang), f.pick(W.NIGHT_A, c.lang), c.lang, 1.0
                )
        for d in r.sample(range(10), r.randint(2, 3)):
            f.happy(c, f.t(d, 9, 18), surveys=False, kinds=["praise", "purchase", "view", "review"])
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in r.sample(range(10), r.randint(3, 6)):
            f.survey(c, f.t(d, 8, 20))
    return f


def bad_moment(
    f: Fam, c: Cust, when: datetime, how: str, problem: str, lang: str
) -> tuple[str, str | None]:
    """One angry contact; returns (event id, case or None)."""
    r = f.rng
    amt = f.money(c, r.choice([49.0, 59.0, 169.0, 22.0]))
    clause = f.fill(c, W.PROBLEM_CLAUSE[problem][lang], amt=amt)
    subj = W.COMPLAINT_SUBJ[lang] + W.TOPIC_WORD[problem][lang]
    case = None if how == "social" else f.case()
    angry = f.pick(W.ANGRY, lang).replace("{clause}", clause[0].upper() + clause[1:])
    shape: dict[str, tuple[str, str, str | None, dict[str, str] | None]] = {
        "email": ("email", "message", subj, None),
        "chat": ("chat", "chat", None, None),
        "social": ("social", "mention", None, None),
        "web": ("web", "ticket", subj, {"page": "/help/contact"}),
    }
    if how == "long_email":
        text = f.fill(c, f.pick(W.LONG_MAIL, lang), clause=clause)
        eid = f.add(c, when, "email", "message", text, subject=subj)
    elif how in shape:
        ch, kind, sj, at = shape[how]
        eid = f.add(c, when, ch, kind, angry, subject=sj, attrs=at)
    else:
        said = speech(f.pick(W.PHONE_COMPLAINT, lang).replace("{clause}", clause))
        eid = f.add(c, when, "phone", "call", said)
    if case is not None:
        text = f.pick(W.CASE_OPENED, lang).replace("{case}", case)
        if how == "chat":
            f.add(c, when + timedelta(minutes=r.randint(2, 6)), "chat", "chat", text, out=True)
        else:
            f.add(
                c,
                f.day_ok(when + timedelta(minutes=r.randint(10, 40))),
                "email",
                "message",
                text,
                subject=W.CASE_SUBJ[lang] + case,
                out=True,
            )
    return eid, case


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        d0(2026, 4, 20),
        12,
        "happy customers with one bad day, some giving a low NPS",
    )
    r = f.rng
    hows = [h for h in ["long_email", "email", "chat", "social", "web", "phone"] for _ in range(4)]
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(problems)
    plan = list(zip(hows, problems, strict=True))
    with_case = [i for i, (h, _) in enumerate(plan) if h != "social"]
    r.shuffle(with_case)
    detr = set(with_case[:6])
    csat = set(with_case[6:11])
    good = with_case[:]
    r.shuffle(good)
    good_set = set(good[:12])
    apol = set(good[:5])
    long_langs = ["de", "de", "en", "en"]
    for i, (how, problem) in enumerate(plan):
        lang = long_langs.pop() if how == "long_email" else None
        persona = "bad_day_detractor" if i in detr else "happy_one_bad_day"
        c = f.person(persona, "one bad day", ["detractor"] if i in detr else [], SILENCE, lang=lang)
        bd = r.randint(2, 9)
        when = f.t(bd, 8, 20)
        eid, case = bad_moment(f, c, when, how, problem, c.lang)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, r.randint(1, 5), days, surveys=False)
        c.truth.update(
            {
                "problem": problem,
                "channel": how,
                "booking": case,
                "bad_day_at": _fmt(when),
                "bad_day_event_id": eid,
                "trouble_starts_at": _fmt(when),
                "long_email": how == "long_email",
                "nps_given": i in detr,
                "csat_given": i in csat,
                "agent_fixed": i in good_set,
                "apologised": i in apol,
            }
        )
        if i in detr:
            n = r.randint(1, 5)
            c.truth["nps"] = n
            c.truth["survey_event_id"] = f.add(
                c,
                when + timedelta(minutes=r.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": n},
                attrs={"survey": "nps"},
            )
        if i in csat:
            n = r.randint(1, 2)
            c.truth["csat"] = n
            c.truth["survey_event_id"] = f.add(
                c,
                when + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                r.choice(["schlecht", "bad", None]) if c.lang in ("de", "en") else None,
                scores={"csat": n},
                attrs={"survey": "csat"},
            )
        if i in good_set and case is not None:
            g = f.day_ok(when + timedelta(minutes=r.randint(60, 240)))
            f.add(
                c,
                g,
                "email",
                "message",
                f.pick(W.GOOD_NEWS, c.lang).replace("{case}", case),
                subject=W.CASE_SUBJ[c.lang] + case,
                out=True,
            )
            if i in apol:
                ap = f.day_ok(when + timedelta(hours=r.randint(16, 23), minutes=r.randint(0, 59)))
                ch = r.choice(["chat", "email"])
                c.truth["apology_at"] = _fmt(ap)
                c.truth["apology_event_id"] = f.add(
                    c,
                    ap,
                    ch,
                    "chat" if ch == "chat" else "message",
                    f.pick(W.APOLOGY, c.lang),
                    subject=(W.CASE_SUBJ[c.lang] + case) if ch == "email" else None,
                )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, r.randint(4, 7), list(range(12)), surveys=False)
    return f


LATER_CH = ["email", "chat", "phone", "web", "social"]


def later_contact(
    f: Fam, c: Cust, when: datetime, ch: str, n: int, case: str, problem: str, lang: str
) -> str:
    r = f.rng
    amt = f.money(c, 59.0)
    clause = f.fill(c, W.PROBLEM_CLAUSE[problem][lang], amt=amt)
    short = clause[0].upper() + clause[1:] + "."
    comp = r.choice(COMPETITORS)
    if n == 2:
        text = f.pick(W.STILL_OPEN, lang).replace("{case}", case).replace("{clause_short}", short)
    elif n == 3:
        text = f.pick(W.THIRD, lang).replace("{case}", case).replace("{comp}", comp)
        c.truth["competitor"] = comp
    else:
        text = f.pick(W.FOURTH, lang).replace("{case}", case)
    if ch == "phone":
        return f.add(c, when, "phone", "call", speech(text))
    if ch == "email":
        return f.add(c, when, "email", "message", text, subject=W.CASE_SUBJ[lang] + case)
    if ch == "chat":
        eid = f.add(c, when, "chat", "chat", text)
        f.add(
            c,
            when + timedelta(minutes=r.randint(1, 5)),
            "chat",
            "chat",
            f.pick(W.URGENT, lang).replace("{case}", case),
            out=True,
        )
        return eid
    if ch == "web":
        return f.add(c, when, "web", "ticket", text, subject=case, attrs={"page": "/help/contact"})
    return f.add(c, when, "social", "mention", text)


def repeat_run(
    f: Fam, c: Cust, first_day: int, times: int, langs: list[str], quality: bool
) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    when = f.t(first_day, 8, 19)
    how = r.choice(["web", "email", "chat", "phone"])
    eid, case = bad_moment(f, c, when, how, problem, langs[0])
    assert case is not None
    if quality:
        f.add(
            c,
            f.day_ok(when + timedelta(minutes=r.randint(90, 150))),
            "email",
            "message",
            f.pick(W.QUALITY_LEAD, langs[0]).replace("{case}", case),
            subject=W.CASE_SUBJ[langs[0]] + case,
            out=True,
        )
    ids = [eid]
    prev = how
    chans = [ch for ch in LATER_CH if ch != how]
    r.shuffle(chans)
    t = when
    for n in range(2, times + 1):
        t = f.day_ok(t + timedelta(hours=r.randint(4, 40)))
        ch = chans.pop()
        prev = ch
        ids.append(later_contact(f, c, t, ch, n, case, problem, langs[(n - 1) % len(langs)]))
    _ = prev
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "channel": how,
            "problem_event_ids": ids,
            "trouble_starts_at": _fmt(when),
            "agent_passed_on": quality,
        }
    )
    c.truth.setdefault("competitor", None)


def fixed_case(
    f: Fam, c: Cust, when: datetime, how: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    eid, case = bad_moment(f, c, when, how, problem, lang)
    assert case is not None
    g = f.day_ok(when + timedelta(hours=r.randint(3, 20)))
    f.add(
        c,
        g,
        "email",
        "message",
        f.pick(W.GOOD_NEWS, confirm_lang).replace("{case}", case),
        subject=W.CASE_SUBJ[confirm_lang] + case,
        out=True,
    )
    cf = f.day_ok(g + timedelta(hours=r.randint(8, 30)))
    ch = r.choice(["email", "chat"])
    ceid = f.add(
        c,
        cf,
        ch,
        "message" if ch == "email" else "chat",
        f.pick(W.CONFIRM, confirm_lang).replace("{case}", case),
        subject=(W.CASE_SUBJ[confirm_lang] + case) if ch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": _fmt(when),
        "fixed_at": _fmt(g),
        "confirmed_at": _fmt(cf),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": how,
        "confirm_channel": ch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0(2026, 6, 1),
        10,
        "repeat contacts about one open problem, fixed cases, two problems, frequent writers",
    )
    r = f.rng
    times = [2] * 4 + [3] * 4 + [4] * 4
    quality = [True] * 6 + [False] * 6
    r.shuffle(quality)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.t(0, 7, 12), surveys=False)
        repeat_run(f, c, r.randint(1, 4), times[i], [c.lang], quality[i])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], SILENCE)
        f.happy(c, f.t(0, 8, 12), surveys=False)
        when = f.t(r.randint(1, 5), 8, 19)
        fc = fixed_case(f, c, when, r.choice(["web", "email", "chat"]), c.lang, c.lang)
        c.truth.update(
            {"problems": [fc], "trouble_starts_at": fc["raised_at"], "booking": fc["booking"]}
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], SILENCE)
        d1 = r.randint(0, 2)
        fc1 = fixed_case(f, c, f.t(d1, 8, 19), r.choice(["web", "email"]), c.lang, c.lang)
        fc2 = fixed_case(
            f, c, f.t(d1 + r.randint(4, 5), 8, 19), r.choice(["chat", "email"]), c.lang, c.lang
        )
        c.truth.update({"problems": [fc1, fc2], "trouble_starts_at": fc1["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in r.sample(range(10), r.randint(5, 8)):
            f.happy(
                c,
                f.t(d, 7, 19),
                surveys=False,
                kinds=["chat", "chat", "email_q", "phone_q", "purchase"],
            )
    return f


def slide(f: Fam, c: Cust, first_day: int, span: int, langs: list[str]) -> list[str]:
    r = f.rng
    comp = r.choice(COMPETITORS)
    ids: list[str] = []
    offsets = sorted(r.sample(range(span * 10), 6))
    t = f.t(first_day, 9, 18)
    ratings = ["3", "3", "2", "2", "1", "1"]
    for step in range(6):
        when = f.day_ok(
            f.start
            + timedelta(days=first_day)
            + timedelta(hours=9)
            + timedelta(hours=offsets[step] * 2.4)
        )
        if ids and when <= t + timedelta(hours=1):
            when = f.day_ok(t + timedelta(hours=1, minutes=r.randint(5, 50)))
        t = when
        lg = langs[step % len(langs)]
        text = f.fill(c, W.SLIDE[lg][step], comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    when,
                    "web",
                    "review",
                    text,
                    attrs={"rating": ratings[step], "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, when, ch, "mention" if ch == "social" else "post", text))
        if step == 3:
            c.truth["fourth_step_at"] = _fmt(when)
    c.truth.update(
        {
            "slide_event_ids": ids,
            "competitor": comp,
            "trouble_starts_at": f.rows[[row["event_id"] for row in f.rows].index(ids[0])][
                "occurred_at"
            ],
            "slide_days": span,
        }
    )
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0(2026, 7, 6),
        32,
        "sliding customers, leavers, steady, steadily grumpy and sarcastic ones",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    nps_ix = set(r.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps_ix else [])
        c = f.person("slow_churner", "slides", exp, SLIDE_TOL)
        for d in r.sample(range(11), r.randint(4, 5)):
            f.happy(c, f.t(d, 8, 20), kinds=["praise"])
        for d in r.sample(range(11), r.randint(2, 4)):
            f.happy(c, f.t(d, 8, 20), surveys=False, kinds=["chat", "purchase", "view", "review"])
        slide(f, c, r.randint(12, 16), spans[i], [c.lang])
        if i in nps_ix:
            fourth = datetime.fromisoformat(c.truth.pop("fourth_step_at").replace("Z", "+00:00"))
            n = r.randint(1, 5)
            c.truth.update({"nps_given": True, "nps": n})
            c.truth["survey_event_id"] = f.add(
                c,
                f.day_ok(fourth + timedelta(minutes=r.randint(150, 210))),
                "survey",
                "survey_response",
                None,
                scores={"nps": n},
                attrs={"survey": "nps"},
            )
        else:
            c.truth.pop("fourth_step_at")
            c.truth["nps_given"] = False
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"],
        )
        f.happy_days(c, r.randint(4, 6), list(range(16)), surveys=False)
        when = f.t(r.randint(17, 23), 8, 19)
        eid = f.add(
            c,
            when,
            "email",
            "message",
            f.fill(c, f.pick(W.CANCEL, c.lang)),
            subject={
                "de": "Kündigung",
                "en": "Cancel my membership",
                "fr": "Résiliation",
                "es": "Baja",
                "it": "Disdetta",
                "pt": "Cancelamento",
            }[c.lang],
        )
        f.add(
            c,
            f.day_ok(when + timedelta(hours=r.randint(1, 5))),
            "email",
            "message",
            f.fill(c, f.pick(W.SORRY_GO, c.lang)),
            out=True,
        )
        cw = f.day_ok(when + timedelta(hours=r.randint(20, 30)))
        cid = f.add(
            c,
            cw,
            "web",
            "cancellation",
            attrs={"page": "/account/plus/cancel", "product": "Guinzo Plus"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": _fmt(cw),
                "trouble_starts_at": _fmt(when),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            when = f.t(d, 8, 21)
            ch = r.choice(["social", "community", "web", "review"])
            text = f.pick(W.GRUMBLE, c.lang)
            if ch == "review":
                ids.append(
                    f.add(c, when, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(f.add(c, when, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(f.add(c, when, ch, "mention" if ch == "social" else "post", text))
            d += r.randint(1, 3)
        for _k in range(r.randint(0, 2)):
            f.happy(c, f.t(r.randint(0, 30), 9, 18), kinds=["purchase"])
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": f.rows[[row["event_id"] for row in f.rows].index(ids[0])][
                    "occurred_at"
                ],
            }
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], SILENCE)
        f.happy_days(c, r.randint(4, 7), list(range(17)), surveys=False)
        when = f.t(r.randint(17, 28), 9, 20)
        c.truth["sarcasm_event_id"] = f.add(
            c, when, r.choice(["social", "community"]), "post", f.fill(c, f.pick(W.SARCASM, c.lang))
        )
        c.truth["trouble_starts_at"] = _fmt(when)
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        d0(2026, 8, 28),
        3,
        "a calm summer weekend with night-owl bursts, no spike",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in r.sample(range(3), r.randint(1, 3)):
            f.happy(
                c, f.t(d, 7, 17.5), kinds=["praise", "chat", "purchase", "view", "review", "survey"]
            )
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", [], SILENCE)
        when = f.t(r.randint(0, 2), 8, 17)
        f.add(c, when, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        g = when + timedelta(minutes=r.randint(20, 30))
        text = f.pick(W.MILD, c.lang)
        if r.random() < 0.5:
            eid = f.add(c, g, "chat", "chat", text)
            f.add(
                c,
                g + timedelta(minutes=r.randint(1, 5)),
                "chat",
                "chat",
                f.pick(W.MILD_ANSWER, c.lang),
                out=True,
            )
        else:
            eid = f.add(c, g, "web", "ticket", text, attrs={"page": "/help/contact"})
            f.add(
                c,
                g + timedelta(minutes=r.randint(15, 60)),
                "email",
                "message",
                f.pick(W.MILD_ANSWER, c.lang),
                out=True,
            )
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": _fmt(g)})
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        starts = [
            first,
            first + timedelta(minutes=r.randint(28, 33)),
            first + timedelta(minutes=r.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                when = bs + timedelta(minutes=r.randint(0, 9))
                if r.random() < 0.5:
                    eid = f.add(
                        c,
                        when,
                        r.choice(["social", "community"]),
                        "post",
                        f.fill(c, f.pick(W.NIGHT_POST, c.lang)),
                    )
                else:
                    eid = f.chat_qa(
                        c, when, f.pick(W.NIGHT_Q, c.lang), f.pick(W.NIGHT_A, c.lang), c.lang, 1.0
                    )
                c.truth.update({"burst_at": _fmt(bs), "night_event_id": eid})
                if r.random() < 0.5:
                    f.happy(c, f.t(r.randint(0, 2), 9, 17.5), kinds=["praise", "purchase", "view"])
    return f


PAIRS = (
    [("de", "en")] * 4
    + [("en", "de")] * 4
    + [
        ("de", "fr"),
        ("en", "es"),
        ("fr", "de"),
        ("es", "en"),
        ("de", "it"),
        ("it", "en"),
        ("en", "pt"),
        ("pt", "de"),
        ("de", "es"),
        ("en", "fr"),
        ("es", "de"),
        ("de", "pt"),
        ("en", "it"),
        ("it", "de"),
        ("fr", "en"),
        ("pt", "en"),
        ("es", "fr"),
        ("de", "en"),
        ("en", "de"),
    ]
)
PAIR_MARKET = {"de": "DE", "en": "UK", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT"}
SECOND_WHY = [
    "works for an international firm",
    "partner's language at home",
    "grew up there",
    "studied abroad",
    "colleagues use it",
]


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d0(2026, 9, 21), 14, "customers writing in two languages")
    r = f.rng
    pairs = PAIRS[:]
    r.shuffle(pairs)

    def who(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, list[str]]:
        a, b = pairs.pop()
        market = PAIR_MARKET[a] if r.random() < 0.6 else PAIR_MARKET[b]
        c = f.person(persona, habit, exp, tol, lang=a, market=market)
        c.truth.update({"languages": [a, b], "job_second_language": r.choice(SECOND_WHY)})
        return c, [a, b]

    for _ in range(12):
        c, lg = who("happy", "alternates languages", [], [])
        for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            f.happy(c, f.t(d, 8, 19), surveys=False, lang=lg[k % 2])
    for times in [2, 2, 3, 3, 4]:
        c, lg = who("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.t(r.randint(0, 1), 8, 18), surveys=False)
        repeat_run(f, c, r.randint(2, 5), times, lg, times >= 3)
    for _ in range(5):
        c, lg = who("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        for k, d in enumerate(r.sample(range(6), 5)):
            f.happy(c, f.t(d, 8, 20), kinds=["praise"], lang=lg[k % 2])
        for _ in range(r.randint(1, 3)):
            f.happy(
                c, f.t(r.randint(0, 5), 8, 20), surveys=False, kinds=["chat", "purchase", "view"]
            )
        slide(f, c, r.randint(7, 8), r.randint(3, 5), lg)
        c.truth.pop("fourth_step_at")
    for how in ["long_email", "email", "chat"]:
        c, lg = who("happy_one_bad_day", "one bad day", [], SILENCE)
        if how == "long_email":
            lg = [lg[0], "de"] if lg[0] != "de" else ["en", "de"]
            c.truth["languages"] = lg
        bd = r.randint(4, 9)
        when = f.t(bd, 8, 19)
        eid, case = bad_moment(f, c, when, how, r.choice(W.PROBLEMS), lg[1])
        assert case is not None
        for k, d in enumerate([d for d in range(14) if d <= bd - 2 or d >= bd + 3][:4]):
            f.happy(c, f.t(d, 8, 19), surveys=False, lang=lg[k % 2])
        c.truth.update(
            {
                "bad_day_at": _fmt(when),
                "bad_day_event_id": eid,
                "bad_day_language": lg[1],
                "booking": case,
                "trouble_starts_at": _fmt(when),
                "long_email": how == "long_email",
            }
        )
        if how != "chat":
            f.add(
                c,
                f.day_ok(when + timedelta(hours=r.randint(1, 4))),
                "email",
                "message",
                f.pick(W.GOOD_NEWS, lg[1]).replace("{case}", case),
                out=True,
                subject=W.CASE_SUBJ[lg[1]] + case,
            )
        if how == "email":
            ap = f.day_ok(when + timedelta(hours=r.randint(18, 23)))
            c.truth.update(
                {
                    "apologised": True,
                    "apology_event_id": f.add(c, ap, "chat", "chat", f.pick(W.APOLOGY, lg[1])),
                    "apology_at": _fmt(ap),
                }
            )
    for _ in range(2):
        c, lg = who("resolved_between_contacts", "fixed", [], SILENCE)
        fc = fixed_case(f, c, f.t(r.randint(1, 8), 8, 18), "web", lg[0], lg[1])
        f.happy(c, f.t(0, 9, 17), surveys=False, lang=lg[0])
        c.truth.update(
            {
                "problems": [fc],
                "confirm_language": lg[1],
                "trouble_starts_at": fc["raised_at"],
                "booking": fc["booking"],
            }
        )
    return f


ACC_MARKETS = [
    ("DE", "de"),
    ("DE", "de"),
    ("UK", "en"),
    ("AT", "de"),
    ("IE", "en"),
    ("UK", "en"),
    ("DE", "de"),
    ("FR", "fr"),
    ("ES", "es"),
    ("CH", "de"),
    ("IT", "it"),
    ("PT", "pt"),
    ("UK", "en"),
    ("DE", "de"),
    ("BE", "fr"),
]
COMPANY = [
    "Hotel Lindenhof",
    "Brightwell Offices",
    "Parkside Lettings",
    "Kanzlei Roth",
    "Harbour Cowork",
    "Stadtwerke Nord",
    "Tierklinik Süd",
    "Meridian Studios",
    "Alpenblick Resort",
    "Hostal Miramar",
    "Ostello Verde",
    "Quinta do Rio",
    "Foxley Agency",
    "Campus Weststadt",
    "Résidence Les Tilleuls",
]


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d0(2026, 10, 12),
        14,
        "company accounts: five at risk, one unhappy contact, mild remarks, happy",
    )
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    sizes = [5, 4, 5, 6, 5] + [3] * 4 + [4, 3, 4] + [4, 4, 3]
    risk_n = [3, 3, 3, 4, 4]
    risk_p = ["portal", "invoice", "service_blocked", "invoice", "overbilled"]
    one_p = ["service_blocked", "overbilled", "portal", "invoice"]
    order = list(range(15))
    r.shuffle(order)
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    for idx in range(15):
        market, lang = ACC_MARKETS[order[idx]]
        company = COMPANY[order[idx]]
        site = SITES[order[idx]]
        acc = f.unique(lambda market=market: f"GZP-{market}-{r.randint(1000, 9999)}")
        domain = strip_accents(company).lower().replace(" ", "").replace("'", "") + ".example"
        kind = kinds[idx]
        taken: set[str] = set()
        contacts: list[Cust] = []
        unhappy: list[str] = []
        n_unhappy = (
            risk_n[idx]
            if kind == "at_risk"
            else (1 if kind == "one_unhappy" else (2 if kind == "mild" else 0))
        )
        for k in range(sizes[idx]):
            title = r.choice(
                [
                    "Office Manager",
                    "Facilities Lead",
                    "Front Desk Manager",
                    "Accounts Payable",
                    "Operations Manager",
                    "Guest Services",
                ]
            )
            persona, role, exp, tol = "b2b_happy", "contact", [], []
            if k < n_unhappy and kind == "at_risk":
                last = k == n_unhappy - 1
                persona, role = "b2b_unhappy", "complainer"
                exp = ["repeat_contact"] if last else ["detractor"]
                tol = [*REPEAT_TOL, "account_risk"]
            elif k < n_unhappy and kind == "one_unhappy":
                persona, role = "b2b_one_unhappy", "complainer"
                exp, tol = ["detractor"], ["high_value_at_risk", "sentiment_drop", "silence"]
            elif k < n_unhappy and kind == "mild":
                persona, role, tol = "b2b_mild", "suggests", SILENCE
            c = f.person(
                persona,
                role,
                exp,
                tol,
                lang=lang,
                market=market,
                account=acc,
                domain=domain,
                taken=taken,
            )
            c.truth["role"] = role
            c.truth.update({"company": company, "job_title": title, "job": title})
            contacts.append(c)
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in r.sample(weekdays, r.randint(2, 5)):
                    when = f.t(d, 8, 16.5)
                    k2 = r.choice(["chat", "purchase", "view", "praise", "survey"])
                    if k2 == "chat":
                        f.chat_qa(c, when, f.pick(B.B2B_Q, lang), f.pick(B.B2B_A, lang), lang, 0.6)
                    elif k2 == "praise":
                        f.add(c, when, "community", "post", f.pick(B.B2B_PRAISE, lang))
                    elif k2 == "survey":
                        f.survey(c, when)
                    elif k2 == "view":
                        f.add(c, when, "web", "page_view", attrs={"page": "/pro/portal"})
                    else:
                        f.add(c, when, "web", "page_view", attrs={"page": "/pro/book"})
                        f.purchase(
                            c,
                            when + timedelta(minutes=r.randint(3, 12)),
                            r.choice(
                                [
                                    "Office dog day / Bürohund-Tag",
                                    "Guest dog walk / Gästehund-Runde",
                                ]
                            ),
                            r.choice(["35.00", "22.00"]),
                            "/pro/book",
                        )
            else:
                for _ in range(r.randint(0, 2)):
                    when = f.t(r.randint(0, 1), 8, 16)
                    if r.random() < 0.5:
                        f.add(c, when, "web", "page_view", attrs={"page": "/pro/portal"})
                    else:
                        f.add(c, when, "chat", "chat", f.pick(B.B2B_Q, lang))
                        f.add(
                            c,
                            when + timedelta(minutes=r.randint(1, 6)),
                            "chat",
                            "chat",
                            f.pick(B.B2B_A, lang),
                            out=True,
                        )
        complainers = [c for c in contacts if c.truth["role"] == "complainer"]
        rules: list[str] = []
        trouble: str | None = None
        same: str | None = None
        if kind == "at_risk":
            same = risk_p[idx]
            rules = ["account_risk"]
            case = f.case()
            when = f.start + timedelta(days=2, hours=8, minutes=r.randint(0, 300))
            trouble = _fmt(when)
            problem = B.B2B_PROBLEM[same][lang]
            first = complainers[0]
            for j, c in enumerate(complainers):
                if j == 0:
                    text = f.pick(B.FIRST_COMPLAINT, lang).replace("{problem}", problem)
                    eid = f.add(
                        c, when, "email", "message", text, subject=W.COMPLAINT_SUBJ[lang] + company
                    )
                    f.add(
                        c,
                        when + timedelta(minutes=r.randint(20, 60)),
                        "email",
                        "message",
                        f.pick(B.ACK, lang).replace("{case}", case),
                        subject=W.CASE_SUBJ[lang] + case,
                        out=True,
                    )
                else:
                    day = B.WEEKDAY[lang][(f.start + timedelta(days=2)).weekday()]
                    text = (
                        f.pick(B.LATER_COMPLAINT, lang)
                        .replace("{first}", first.name.split(" ")[0])
                        .replace("{day}", day)
                        .replace("{case}", case)
                        .replace("{problem}", problem)
                    )
                    eid = f.add(c, when, "email", "message", text, subject=W.CASE_SUBJ[lang] + case)
                c.truth.update(
                    {
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": _fmt(when),
                        "booking": case,
                        "problem": same,
                    }
                )
                if j < len(complainers) - 1:
                    n = r.randint(1, 5)
                    c.truth.update(
                        {
                            "nps_given": True,
                            "nps": n,
                            "survey_event_id": f.add(
                                c,
                                f.office(when + timedelta(minutes=r.randint(60, 180))),
                                "survey",
                                "survey_response",
                                None,
                                scores={"nps": n},
                                attrs={"survey": "nps"},
                            ),
                        }
                    )
                    when = f.office(when + timedelta(hours=r.randint(8, 28)))
                else:
                    again = f.office(when + timedelta(hours=r.randint(18, 40)))
                    comp = r.choice(COMPETITORS)
                    if idx == 0:
                        eid2 = f.add(
                            c,
                            again,
                            "email",
                            "message",
                            f.pick(B.LAST_MAIL, lang)
                            .replace("{case}", case)
                            .replace("{comp}", comp),
                            subject=W.CASE_SUBJ[lang] + case,
                        )
                        c.truth["competitor"] = comp
                    else:
                        eid2 = f.add(
                            c,
                            again,
                            "phone",
                            "call",
                            f.pick(B.LAST_CALL, lang).replace("{case}", case),
                        )
                    c.truth["complaint_event_ids"].append(eid2)
                    c.truth["repeat_event_id"] = eid2
                unhappy.append(c.key)
        elif kind == "one_unhappy":
            c = complainers[0]
            problem_key = one_p[idx - 5]
            case = f.case()
            when = f.office(
                f.start
                + timedelta(days=r.randint(3, 7), hours=r.randint(8, 15), minutes=r.randint(0, 59))
            )
            eid = f.add(
                c,
                when,
                "email",
                "message",
                f.pick(B.FIRST_COMPLAINT, lang).replace(
                    "{problem}", B.B2B_PROBLEM[problem_key][lang]
                ),
                subject=W.COMPLAINT_SUBJ[lang] + company,
            )
            f.add(
                c,
                when + timedelta(minutes=r.randint(20, 60)),
                "email",
                "message",
                f.pick(B.ACK, lang).replace("{case}", case),
                subject=W.CASE_SUBJ[lang] + case,
                out=True,
            )
            n = r.randint(1, 5)
            c.truth.update(
                {
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": _fmt(when),
                    "booking": case,
                    "problem": problem_key,
                    "nps_given": True,
                    "nps": n,
                }
            )
            c.truth["survey_event_id"] = f.add(
                c,
                f.office(when + timedelta(minutes=r.randint(60, 180))),
                "survey",
                "survey_response",
                None,
                scores={"nps": n},
                attrs={"survey": "nps"},
            )
            unhappy.append(c.key)
        elif kind == "mild":
            for c in contacts:
                if c.truth["role"] == "suggests":
                    when = f.t(r.randint(2, 10), 8, 16)
                    when = f.office(when)
                    eid = f.add(
                        c,
                        when,
                        "web",
                        "ticket",
                        f.pick(B.SUGGEST, lang),
                        attrs={"page": "/pro/feedback"},
                    )
                    f.add(
                        c,
                        when + timedelta(minutes=r.randint(30, 120)),
                        "email",
                        "message",
                        f.pick(B.SUGGEST_ACK, lang),
                        out=True,
                    )
                    c.truth.update({"mild_event_id": eid, "trouble_starts_at": _fmt(when)})
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": rules,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": same,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        d0(2026, 11, 9),
        5,
        "a calm week, then smart locks left unlocked after walks (RLX/72) on Saturday morning",
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in r.sample(range(6), r.randint(1, 4)):
            if d == 5:
                f.happy(c, f.t(5, 12, 19), kinds=["praise", "purchase", "view", "chat"])
            else:
                f.happy(c, f.t(d, 7, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], SILENCE)
        when = f.t(0, 9, 17)
        text = {
            "de": "Die Live-Karte beim Walk lädt ewig, ist das nur bei mir so?",
            "en": "the live walk map takes ages to load, just me?",
        }.get(c.lang, "La carte en direct est très lente")
        eid = f.add(c, when, "chat", "chat", text)
        f.add(
            c,
            when + timedelta(minutes=r.randint(1, 5)),
            "chat",
            "chat",
            {"de": "Danke, wir schauen uns das an!"}.get(c.lang, "Thanks, we're looking into it!"),
            out=True,
        )
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": _fmt(when)})
    for lang, hour in (("de", 9.67), ("en", 16.08)):
        c = f.person("grumbles_once", "lone question", [], SILENCE, lang=lang)
        when = f.start + timedelta(days=4, hours=hour)
        eid = f.add(c, when, "chat", "chat", W.LONE_Q[lang][0])
        f.add(
            c,
            when + timedelta(minutes=r.randint(2, 5)),
            "chat",
            "chat",
            W.LONE_A[lang][0],
            out=True,
        )
        c.truth.update({"lone_report_event_id": eid, "trouble_starts_at": _fmt(when)})
    langs = ["de"] * 6 + ["en"] * 6 + ["fr", "fr", "es", "es", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    spike_day = f.start + timedelta(days=5)
    times = sorted(spike_day + timedelta(hours=8, minutes=5 + r.randint(0, 45)) for _ in range(20))
    times[0] = spike_day + timedelta(hours=8, minutes=5)
    times[-1] = spike_day + timedelta(hours=8, minutes=50)
    early = [i for i in range(20) if times[i] <= spike_day + timedelta(hours=8, minutes=30)]
    rep = set(r.sample(early, 6))
    rest = [i for i in range(20) if i not in rep]
    fixed = set(r.sample(rest, 6))
    rep_ch = ["email", "email", "chat", "chat", "community", "community"]
    r.shuffle(rep_ch)
    keys, eids, reps = [], [], []
    for i in range(20):
        regular = i < 12
        lang = langs[i]
        if i in rep:
            c = f.person(
                "spike_repeater",
                "regular" if regular else "new",
                ["repeat_contact"],
                ["sentiment_drop", "silence"],
                lang=lang,
            )
        else:
            c = f.person("spike_reporter", "regular" if regular else "new", [], SILENCE, lang=lang)
        if regular:
            for _ in range(r.randint(1, 3)):
                f.happy(c, f.t(2, 8, 17.5), surveys=False)
        when = times[i]
        ch = chans[i]
        text = f.pick(W.SPIKE, lang)
        if ch == "social":
            eid = f.add(c, when, "social", "mention", text)
        elif ch == "community":
            eid = f.add(c, when, "community", "post", text)
        elif ch == "chat":
            eid = f.add(c, when, "chat", "chat", text)
            f.add(
                c,
                when + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_A, lang),
                out=True,
            )
        elif ch == "email":
            eid = f.add(c, when, "email", "message", text, subject="RLX/72")
        else:
            eid = f.add(
                c, when, "web", "ticket", text, subject="RLX/72", attrs={"page": "/help/contact"}
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": _fmt(when),
            }
        )
        if i in rep:
            ch2 = rep_ch.pop()
            if ch2 == ch:
                ch2 = "email" if ch != "email" else "community"
            w2 = when + timedelta(minutes=r.randint(15, 50))
            t2 = f.pick(W.SPIKE_REPEAT, lang)
            if ch2 == "email":
                e2 = f.add(c, w2, "email", "message", t2, subject="RLX/72")
            elif ch2 == "chat":
                e2 = f.add(c, w2, "chat", "chat", t2)
            else:
                e2 = f.add(c, w2, "community", "post", t2)
            c.truth["repeat_event_id"] = e2
            reps.append(e2)
        if i in fixed:
            local = "10:50" if c.market in ("UK", "IE", "PT") else "11:50"
            amt = f.money(c, 15.0)
            f.add(
                c,
                spike_day + timedelta(hours=11, minutes=r.randint(5, 20)),
                "email",
                "message",
                f.pick(W.SPIKE_FIXED, lang).replace("{time}", local).replace("{amt}", amt),
                subject="RLX/72",
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "dog-walking app leaves smart locks unlocked after walks while showing 'locked': doors left open, error RLX/72",
        "about": "smart lock relock failure after walks",
        "channel": None,
        "start": _fmt(times[0]),
        "end": _fmt(times[-1]),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


FAMILIES = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 6}),
    (repeat_contacts, {"repeat_contact": 12}),
    (slow_churners, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 5, "sentiment_drop": 5}),
    (b2b_accounts, {"account_risk": 5, "detractor": 12 + 4, "repeat_contact": 5}),
    (topic_spike, {"topic_spike": 1, "repeat_contact": 6}),
]


def main() -> None:
    totals = [0, 0, 0]
    for build, expected in FAMILIES:
        fam = build()
        counts = fam.write(dict(expected))
        print(fam.name, *counts)
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
    print("total", *totals)


if __name__ == "__main__":
    main()
