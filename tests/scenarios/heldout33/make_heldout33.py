"""Build the heldout33 report-only alert scenarios (Croquo, pet food and vet calls by app).

Standard library only, seeded, deterministic: ``python make_heldout33.py`` from anywhere
writes ``<family>.jsonl`` and ``<family>.truth.json`` next to this file. See README.md.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording_business as wb  # noqa: E402
import wording_happy as wh  # noqa: E402
import wording_trouble as wt  # noqa: E402

SEED = 20261020
WRITTEN = "2026-12-01"
BUSINESS = (
    "Croquo: pet food, litter and supplies by subscription through an app and website, with vet"
    " video calls; Croquo Pro for groomers, kennels, vet clinics, shops and shelters"
)
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
COMPETITORS = ("Gamelo", "Truffio")
LANG_WEIGHTS = {"fr": 28, "es": 28, "de": 12, "en": 11, "it": 11, "pt": 10}
MARKETS = {
    "fr": (("FR", 70), ("BE", 18), ("CH", 12)),
    "es": (("ES", 100),),
    "de": (("DE", 50), ("AT", 30), ("CH", 20)),
    "en": (("UK", 55), ("IE", 45)),
    "it": (("IT", 85), ("CH", 15)),
    "pt": (("PT", 100),),
}
PHONE = {
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "CH": ("+41", "7", 8),
    "ES": ("+34", "6", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
}
MAIL_DOMAINS = {
    "fr": ["boite.example", "courriel.example", "orange-mail.example", "laposte-mail.example"],
    "es": ["correo.example", "buzon.example", "telemail.example"],
    "de": ["post.example", "mailbox.example", "netzpost.example"],
    "en": ["mail.example", "inbox.example"],
    "it": ["posta.example", "libero-mail.example"],
    "pt": ["correio.example", "sapo-mail.example"],
}
SOURCE = {
    "email": "croquo-mail",
    "phone": "croquo-voice",
    "social": "croquo-social",
    "community": "croquo-forum",
    "chat": "croquo-chat",
    "web": "croquo-web",
    "survey": "croquo-survey",
}
CALL_KIND = {
    "email": "message",
    "chat": "chat",
    "web": "ticket",
    "phone": "call",
    "community": "post",
}
UNSWAPPABLE = re.compile(r"[^a-zàâäçéèêëîïôöûùüÿñáíóúãõœ]")
T = TypeVar("T")

# identifiers and case references are unique over the whole set
USED: set[str] = set()


def money(value: float, market: str) -> str:
    if market == "UK":
        return f"£{value * 0.87:.2f}"
    if market == "IE":
        return f"€{value:.2f}"
    if market == "CH":
        return f"CHF {value * 0.95:.2f}"
    return f"{value:.2f}".replace(".", ",") + " €"


def currency(value: float, market: str) -> tuple[str, str]:
    if market == "UK":
        return f"{value * 0.87:.2f}", "GBP"
    if market == "CH":
        return f"{value * 0.95:.2f}", "CHF"
    return f"{value:.2f}", "EUR"


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def drop_accents(text: str) -> str:
    out = []
    for c in text:
        out.append(c if c in "ñÑ" else ascii_fold(c))
    return "".join(out)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Person:
    key: str
    lang: str
    market: str
    fem: bool
    first: str
    last: str
    town: str
    pet: str
    mypet: str
    reason: str
    ids: dict[str, str | None]
    phone_spaced: str
    agent: str
    second: str | None = None
    company: str | None = None
    b2b: bool = False
    drawn: dict[str, list[int]] = field(default_factory=dict)


class Fam:
    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.rng = random.Random(SEED * 100 + n)
        self.seed = SEED * 100 + n
        self.name = name
        self.code = code
        self.start = start
        self.days = days
        self.about = about
        self.events: list[dict[str, Any]] = []
        self.people: dict[str, Person] = {}
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.counter = 0

    # ---- drawing -------------------------------------------------------------------
    def pick(self, p: Person, tag: str, options: Sequence[T]) -> T:
        """Draw from a table without repeating for this customer while unused ones remain."""
        used = p.drawn.setdefault(tag, [])
        free = [i for i in range(len(options)) if i not in used]
        if not free:
            used.clear()
            free = list(range(len(options)))
        i = self.rng.choice(free)
        used.append(i)
        return options[i]

    def lang(self) -> str:
        return self.rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]

    def market(self, lang: str) -> str:
        names = [m for m, _ in MARKETS[lang]]
        return self.rng.choices(names, weights=[w for _, w in MARKETS[lang]])[0]

    def unique(self, make: Any) -> str:
        for _ in range(1000):
            value = str(make())
            if value.lower() not in USED:
                USED.add(value.lower())
                return value
        raise RuntimeError("no unique value")

    def ref(self) -> str:
        return self.unique(lambda: f"CQ-{self.rng.randint(100000, 999999)}")

    def sref(self, p: Person, ref: str, lang: str | None = None) -> str:
        digits = ref[3:]
        prefix = self.rng.choice(wt.SPOKEN_REF[lang or p.lang])
        if self.rng.random() < 0.5:
            return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]}"
        return f"{prefix} {digits[:3]} {digits[3:]}"

    def person(
        self,
        lang: str | None = None,
        market: str | None = None,
        second: str | None = None,
        company: tuple[str, str, str] | None = None,
        account_id: str | None = None,
        taken: Sequence[str] = (),
    ) -> Person:
        lang = lang or self.lang()
        market = market or self.market(lang)
        fem = self.rng.random() < 0.55
        names = wh.FIRST_F[lang] if fem else wh.FIRST_M[lang]
        first = self.rng.choice([x for x in names if x not in taken] or names)
        last = self.rng.choice(wh.LAST[lang])
        town_key = (
            f"CH-{lang if lang in ('fr', 'de', 'it') else 'de'}" if market == "CH" else market
        )
        town = self.rng.choice(wh.TOWNS[town_key])
        pet, mypet = self.rng.choice(wh.PETS[lang])
        reason = self.rng.choice(wh.REASONS[lang])
        cid = self.unique(lambda: f"CQ{self.code}{self.rng.randint(1000, 9999)}")
        fa, la = (
            ascii_fold(first).lower().replace(" ", ""),
            ascii_fold(last).lower().replace(" ", ""),
        )
        if company is not None:
            email = self.unique(
                lambda: (
                    f"{fa}@{company[1]}" if self.rng.random() < 0.7 else f"{fa}.{la}@{company[1]}"
                )
            )
            handle = None
        else:
            dom = self.rng.choice(MAIL_DOMAINS[lang])
            tn = re.sub(r"[ .]", "", ascii_fold(town).lower())
            email = self.unique(
                lambda: (
                    f"{fa}.{la}{self.rng.randint(1, 99)}@{dom}"
                    if self.rng.random() < 0.6
                    else f"{fa[0]}{la}{self.rng.randint(70, 99)}@{dom}"
                )
            )
            handle = self.unique(
                lambda: (
                    f"@{fa}_{la}{self.rng.randint(1000, 9999)}"
                    if self.rng.random() < 0.7
                    else f"@{fa}{tn}{self.rng.randint(10, 99)}"
                )
            )
        cc, lead, n = PHONE[market]
        rest = self.unique(lambda: lead + "".join(str(self.rng.randint(0, 9)) for _ in range(n)))
        phone = cc + rest
        spaced = f"{cc} {rest}" if self.rng.random() < 0.5 else phone
        agents = wh.AGENTS[lang]
        p = Person(
            key=cid,
            lang=lang,
            market=market,
            fem=fem,
            first=first,
            last=last,
            town=town,
            pet=pet,
            mypet=mypet,
            reason=reason,
            ids={
                "customer_id": cid,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account_id,
            },
            phone_spaced=spaced,
            agent=self.rng.choice(agents),
            second=second,
            company=company[0] if company else None,
            b2b=company is not None,
        )
        self.people[cid] = p
        return p

    # ---- text ----------------------------------------------------------------------
    def fill(
        self,
        p: Person,
        template: str,
        channel: str,
        lang: str | None = None,
        inbound: bool = True,
        **extra: Any,
    ) -> str:
        lang = lang or p.lang
        values: dict[str, str] = {
            "pet": p.pet,
            "mypet": p.mypet if lang == p.lang else p.pet,
            "reason": p.reason,
            "town": p.town,
            "agent": p.agent,
            "name": p.first,
            "first": p.first,
            "last": p.last,
            "at": "@Croquo" if channel in ("social", "community") else "Croquo",
            "company": p.company or "",
            "amount": money(float(extra.pop("amount", 25.0)), p.market),
        }
        values.update({k: str(v) for k, v in extra.items()})
        text = template
        for _ in range(3):  # placeholders inside placeholders ({still} holds {pet})
            text = re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], text)
        text = re.sub(
            r"\[\[([^|\]]*)\|([^\]]*)\]\]", lambda m: m.group(1) if p.fem else m.group(2), text
        )
        if "colleague_fem" in extra:
            fem = extra["colleague_fem"] == "True"
            text = re.sub(
                r"<<([^|>]*)\|([^>]*)>>", lambda m: m.group(1) if fem else m.group(2), text
            )
        if inbound and channel != "phone":
            text = self.noise(text)
        return text

    def noise(self, text: str) -> str:
        r = self.rng.random()
        if r < 0.1:
            text = drop_accents(text)
        if self.rng.random() < 0.12 and len(text) > 1 and text[0].isupper() and text[1].islower():
            text = text[0].lower() + text[1:]
        if self.rng.random() < 0.1:
            words = text.split(" ")
            cands = [i for i, w in enumerate(words) if len(w) >= 5 and not UNSWAPPABLE.search(w)]
            if cands:
                i = self.rng.choice(cands)
                w = words[i]
                j = self.rng.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def spoken(self, p: Person, body: str, lang: str | None = None) -> str:
        opener = self.rng.choice(wh.PHONE_OPENERS[lang or p.lang])
        text = f"{opener} {body}".lower()
        return re.sub(r"[.,;:!?«»()\"]", "", text)

    # ---- touchpoints ---------------------------------------------------------------
    def at(self, day: float, h0: float, h1: float) -> datetime:
        minutes = self.rng.uniform(h0 * 60, h1 * 60)
        return self.start + timedelta(days=day, minutes=minutes, seconds=self.rng.randint(0, 59))

    def add(
        self,
        p: Person,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        if not (datetime(2026, 1, 1, tzinfo=UTC) <= t < LIMIT):
            raise ValueError(f"{t} outside 2026 / after the limit")
        self.counter += 1
        eid = f"cq33-{self.code.lower()}-{self.counter:05d}"
        a = {"market": p.market}
        if p.b2b:
            a["segment"] = "b2b"
        a.update(attrs or {})
        self.events.append(
            {
                "_t": t.replace(microsecond=0),
                "_p": p.key,
                "_out": out,
                "event_id": eid,
                "channel": channel,
                "kind": kind,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "attributes": a,
            }
        )
        return eid

    def say(
        self,
        p: Person,
        t: datetime,
        channel: str,
        text: str,
        subject: str | None = None,
        page: str | None = None,
    ) -> str:
        if channel == "social":
            kind = "mention" if "@Croquo" in text else "post"
        else:
            kind = CALL_KIND[channel]
        attrs = {"page": page or "/contact"} if channel == "web" else None
        return self.add(
            p, t, channel, kind, text, subject if channel == "email" else None, attrs=attrs
        )

    def reply(
        self, p: Person, t: datetime, channel: str, text: str, subject: str | None = None
    ) -> str:
        kind = "chat" if channel == "chat" else "message"
        return self.add(
            p, t, channel, kind, text, subject if channel == "email" else None, out=True
        )

    def exchange(
        self,
        p: Person,
        t: datetime,
        channel: str,
        q: str,
        a: str,
        thanks: str,
        lang: str | None = None,
        subject: str | None = None,
    ) -> datetime:
        lang = lang or p.lang
        self.say(p, t, channel, self.fill(p, q, channel, lang), subject)
        if channel == "chat":
            ta = t + timedelta(minutes=self.rng.uniform(1, 6))
            tt = ta + timedelta(minutes=self.rng.uniform(1, 4))
        else:
            ta = t + timedelta(minutes=self.rng.uniform(20, 90))
            tt = ta + timedelta(minutes=self.rng.uniform(15, 120))
            if tt.hour >= 22 or tt.hour < 7:
                tt = self.morning(tt)
        rs = f"{wh.REPLY_PREFIX[lang]} {subject}" if subject else None
        self.reply(p, ta, channel, self.fill(p, a, channel, lang, inbound=False, amount=25.0))
        self.say(p, tt, channel, self.fill(p, thanks, channel, lang), rs)
        return tt

    def morning(self, t: datetime) -> datetime:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=self.rng.randint(0, 59), second=self.rng.randint(0, 59))

    def purchase(
        self,
        p: Person,
        t: datetime,
        products: Sequence[tuple[str, float]] = wh.PRODUCTS,
        page: str = "/boutique",
    ) -> datetime:
        label, price = self.pick(p, "product", products)
        self.add(p, t, "web", "page_view", attrs={"page": page})
        tb = t + timedelta(minutes=self.rng.uniform(2, 15))
        value, cur = currency(price, p.market)
        self.add(
            p,
            tb,
            "web",
            "purchase",
            attrs={
                "order_value": value,
                "currency": cur,
                "product": label,
                "page": "/panier/confirmation",
            },
        )
        return tb

    def survey(self, p: Person, t: datetime, kind: str, value: int, text: str | None = None) -> str:
        scores = {kind: value}
        return self.add(
            p, t, "survey", "survey_response", text, scores=scores, attrs={"survey": kind}
        )

    def happy_survey(self, p: Person, t: datetime) -> datetime:
        kind = self.rng.choice(["nps", "csat", "ces"])
        value = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[kind]
        r = self.rng.random()
        text = (
            self.pick(p, "survey", wh.SURVEY_WORDS[p.lang])
            if r < 0.45
            else (self.rng.choice(wh.EMOJI) if r < 0.65 else None)
        )
        self.survey(p, t, kind, value, text)
        return t

    def happy_act(
        self,
        p: Person,
        t: datetime,
        lang: str | None = None,
        surveys: bool = True,
        weights: Sequence[int] = (5, 2, 2, 5, 2, 3, 2, 2, 2),
    ) -> datetime:
        """One happy act at t; returns when it (with answers and thanks) ends."""
        lang = lang or p.lang
        acts = [
            "praise",
            "again",
            "gripe",
            "question",
            "phone",
            "purchase",
            "page",
            "review",
            "survey",
        ]
        w = list(weights)
        if not surveys:
            w[8] = 0
        act = self.rng.choices(acts, weights=w)[0]
        if act in ("praise", "again", "gripe"):
            ch = "social" if self.rng.random() < 0.5 else "community"
            table = {"praise": wh.PRAISE, "again": wh.AGAIN, "gripe": wh.GRIPE}[act][lang]
            self.say(p, t, ch, self.fill(p, self.pick(p, act + lang, table), ch, lang))
            return t
        if act == "question":
            q, a, th = self.pick(p, "q" + lang, wh.QUESTIONS[lang])
            ch = "chat" if self.rng.random() < 0.6 else "email"
            subject = self.pick(p, "subj" + lang, wh.SUBJECT_Q[lang]) if ch == "email" else None
            return self.exchange(p, t, ch, q, a, th, lang, subject)
        if act == "phone":
            body, follow = self.pick(p, "pq" + lang, wh.PHONE_Q[lang])
            self.say(p, t, "phone", self.spoken(p, body, lang))
            te = t + timedelta(minutes=self.rng.uniform(10, 50))
            self.reply(
                p,
                te,
                "email",
                self.fill(p, follow, "email", lang, inbound=False),
                wh.CALL_SUBJECT[lang],
            )
            return te
        if act == "purchase":
            return self.purchase(p, t, page=self.rng.choice(wh.PAGES))
        if act == "page":
            self.add(p, t, "web", "page_view", attrs={"page": self.rng.choice(wh.PAGES)})
            return t
        if act == "review":
            rating, text = self.pick(p, "rev" + lang, wh.REVIEWS[lang])
            self.add(
                p,
                t,
                "web",
                "review",
                self.fill(p, text, "web", lang),
                attrs={"rating": str(rating), "page": "/avis"},
            )
            return t
        return self.happy_survey(p, t)

    def spread(
        self, n: int, days: Sequence[int], h0: float, h1: float, gap_h: float = 2.0
    ) -> list[datetime]:
        """n act times on the given days within h0-h1 UTC, at least gap_h apart."""
        times: list[datetime] = []
        for _ in range(n):
            for _try in range(40):
                t = self.at(self.rng.choice(list(days)), h0, h1)
                if all(abs((t - u).total_seconds()) >= gap_h * 3600 for u in times):
                    times.append(t)
                    break
        return sorted(times)

    def happy_acts(
        self,
        p: Person,
        n: int,
        days: Sequence[int],
        h0: float = 7.0,
        h1: float = 20.5,
        surveys: bool = True,
        alternate: bool = False,
    ) -> list[datetime]:
        times = self.spread(n, days, h0, h1)
        for i, t in enumerate(times):
            lang = p.second if (alternate and p.second and i % 2 == 1) else p.lang
            self.happy_act(p, t, lang, surveys)
        return times

    # ---- truth ---------------------------------------------------------------------
    def customer(
        self,
        p: Person,
        persona: str,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
        **fields: Any,
    ) -> dict[str, Any]:
        ids = dict(p.ids)
        ids["email"] = (ids["email"] or "").lower()
        entry: dict[str, Any] = {
            "identifiers": ids,
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "persona": persona,
            "language": p.lang,
            "country": p.market,
            "segment": "b2b" if p.b2b else "consumer",
        }
        entry.update(fields)
        self.customers[p.key] = entry
        return entry

    def write(self, planned: dict[str, int]) -> tuple[int, int]:
        expected: Counter[str] = Counter()
        for c in self.customers.values():
            expected.update(c["expected_rules"])
        for a in self.accounts.values():
            expected.update(a["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        if dict(expected) != planned:
            raise SystemExit(f"{self.name}: expected {dict(expected)} != planned {planned}")
        self.events.sort(key=lambda e: (e["_t"], e["event_id"]))
        seen: set[str] = set()
        rows: list[str] = []
        for e in self.events:
            p = self.people[e["_p"]]
            ids = p.ids
            if e["_out"] or p.key not in seen:
                cust = {k: v for k, v in ids.items() if v}
            else:
                ch = e["channel"]
                if ch == "phone":
                    cust = {"phone": p.phone_spaced}
                elif ch in ("social", "community") and ids["handle"]:
                    h = ids["handle"] or ""
                    cust = {"handle": h if self.rng.random() < 0.8 else h.lstrip("@")}
                elif ch in ("social", "community", "email"):
                    em = ids["email"] or ""
                    cust = {"email": em.upper() if self.rng.random() < 0.08 else em}
                else:
                    cust = {"customer_id": p.key}
                if ids["account_id"]:
                    cust["account_id"] = ids["account_id"]
            if not e["_out"]:
                seen.add(p.key)
            row = {
                "event_id": e["event_id"],
                "occurred_at": iso(e["_t"]),
                "channel": e["channel"],
                "kind": e["kind"],
                "direction": "outbound" if e["_out"] else "inbound",
                "customer": {
                    k: cust.get(k)
                    for k in ("customer_id", "email", "phone", "handle", "account_id")
                },
                "text": e["text"],
                "subject": e["subject"],
                "scores": {k: e["scores"].get(k) for k in ("nps", "csat", "ces")},
                "source": SOURCE[e["channel"]],
                "attributes": e["attributes"],
            }
            rows.append(json.dumps(row, ensure_ascii=False))
        missing = [k for k in self.customers if k not in {e["_p"] for e in self.events}]
        if missing:
            raise SystemExit(f"{self.name}: customers without touchpoints: {missing}")
        last = self.events[-1]["_t"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end {end} past the limit")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": self.seed,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.customers), len(rows)


# ---- shared stories ----------------------------------------------------------------


def out_of_night(f: Fam, t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        return f.morning(t)
    return t


def complain(
    f: Fam,
    p: Person,
    t: datetime,
    problem: str,
    channel: str,
    lang: str | None = None,
    long_email: bool = False,
) -> str:
    lang = lang or p.lang
    topic = wt.TOPIC[problem][lang]
    amount = {"double_charge": 49.90, "refund": 69.00, "vet_call": 25.00}.get(problem, 25.0)
    if channel == "phone":
        return f.say(p, t, "phone", f.spoken(p, wt.SPOKEN[problem][lang], lang))
    text = f.pick(p, "complaint" + problem + lang, wt.COMPLAINT[problem][lang])
    if long_email:
        text = f.pick(p, "long" + lang, wt.LONG_EMAIL[lang]).replace("{complaint}", text)
    if channel == "social":
        text = "@Croquo " + text
    subject = wt.COMPLAINT_SUBJECT[lang].replace("{topic}", topic)
    return f.say(
        p,
        t,
        channel,
        f.fill(p, text, channel, lang, amount=amount),
        subject,
        page="/contact/reclamation",
    )


def good_news(
    f: Fam, p: Person, t: datetime, problem: str, ref: str, lang: str | None = None
) -> str:
    lang = lang or p.lang
    amount = {"double_charge": 49.90, "refund": 69.00, "vet_call": 25.00}.get(problem, 25.0)
    fix = f.fill(p, wt.FIX[problem][lang], "email", lang, inbound=False, amount=amount)
    text = f.fill(p, wt.GOOD_NEWS[lang], "email", lang, inbound=False, ref=ref, fix=fix)
    return f.reply(
        p,
        t,
        "email",
        text,
        f"{wh.REPLY_PREFIX[lang]} {wt.CASE_SUBJECT[lang].replace('{ref}', ref)}",
    )


def fixed_case(
    f: Fam, p: Person, t: datetime, problem: str, lang: str, confirm_lang: str
) -> tuple[dict[str, Any], datetime]:
    """A problem raised, fixed by an agent and confirmed fixed by the customer."""
    ref = f.ref()
    ch = f.rng.choice(["chat", "email"])
    eid = complain(f, p, t, problem, ch, lang)
    f.reply(
        p,
        t + timedelta(minutes=f.rng.uniform(5, 30)),
        ch,
        f.fill(p, wt.CASE_OPENED[lang], ch, lang, inbound=False, ref=ref),
        f"{wh.REPLY_PREFIX[lang]} {wt.CASE_SUBJECT[lang].replace('{ref}', ref)}",
    )
    tf = out_of_night(f, t + timedelta(hours=f.rng.uniform(3, 20)))
    good_news(f, p, tf, problem, ref, lang)
    tc = out_of_night(f, tf + timedelta(hours=f.rng.uniform(8, 30)))
    cch = f.rng.choice(["chat", "email"])
    cid = f.say(
        p,
        tc,
        cch,
        f.fill(
            p,
            f.pick(p, "confirm" + confirm_lang, wt.CONFIRM[confirm_lang]),
            cch,
            confirm_lang,
            ref=ref,
        ),
        f"{wh.REPLY_PREFIX[confirm_lang]} {wt.CASE_SUBJECT[confirm_lang].replace('{ref}', ref)}",
    )
    case = {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }
    return case, tc


def repeat_story(
    f: Fam,
    p: Person,
    t0: datetime,
    problem: str,
    contacts: int,
    passed_on: bool,
    langs: Sequence[str],
) -> dict[str, Any]:
    """One problem raised `contacts` times, still open, on a different channel each time."""
    ref = f.ref()
    channels = ["email", "chat", "phone", "social", "web"]
    f.rng.shuffle(channels)
    channels = channels[:contacts]
    eids: list[str] = []
    t = t0
    for i, ch in enumerate(channels):
        lang = langs[i % len(langs)]
        if i == 0:
            eids.append(complain(f, p, t, problem, ch, lang))
            if passed_on:
                f.reply(
                    p,
                    t + timedelta(minutes=f.rng.uniform(90, 150)),
                    "email",
                    f.fill(p, wt.PASSED_ON[lang], "email", lang, inbound=False, ref=ref),
                    wt.CASE_SUBJECT[lang].replace("{ref}", ref),
                )
            else:
                f.reply(
                    p,
                    t + timedelta(minutes=f.rng.uniform(5, 30)),
                    "email",
                    f.fill(p, wt.CASE_OPENED[lang], "email", lang, inbound=False, ref=ref),
                    wt.CASE_SUBJECT[lang].replace("{ref}", ref),
                )
        else:
            t = out_of_night(f, t + timedelta(hours=f.rng.uniform(4, 40)))
            amount = {"double_charge": 49.90, "refund": 69.00}.get(problem, 25.0)
            still = f.fill(p, wt.STILL[problem][lang], "chat", lang, inbound=False, amount=amount)
            if ch == "phone":
                body = (
                    wt.SPOKEN_FOLLOW[lang]
                    .replace("{n}", wt.SPOKEN_ORDINAL[lang][i - 1])
                    .replace("{sref}", f.sref(p, ref, lang))
                )
                eids.append(
                    f.say(p, t, "phone", f.spoken(p, body + " " + wt.SPOKEN[problem][lang], lang))
                )
                continue
            table = {1: wt.FOLLOW2, 2: wt.FOLLOW3, 3: wt.FOLLOW4}[i][lang]
            text = f.pick(p, f"follow{i}{lang}", table)
            if ch == "social":
                text = "@Croquo " + text
            comp = COMPETITORS[f.rng.randint(0, 1)]
            subject = f"{wh.REPLY_PREFIX[lang]} {wt.CASE_SUBJECT[lang].replace('{ref}', ref)}"
            eids.append(
                f.say(
                    p,
                    t,
                    ch,
                    f.fill(p, text, ch, lang, ref=ref, still=still, comp=comp),
                    subject,
                    page="/contact/reclamation",
                )
            )
    return {
        "problem": problem,
        "contacts": contacts,
        "channels": channels,
        "booking": ref,
        "agent_passed_on": passed_on,
        "problem_event_ids": eids,
        "trouble_starts_at": iso(t0),
    }


def slide_story(
    f: Fam, p: Person, first_day: int, span: int, langs: Sequence[str]
) -> tuple[list[str], list[datetime]]:
    steps = f.pick(p, "slide", wt.SLIDE[langs[0]]) if len(langs) == 1 else None
    chans = ["social", "community", "chat", "web"]
    ratings = [3, 3, 2, 2, 1, 1]
    eids: list[str] = []
    times: list[datetime] = []
    day_list = sorted(first_day + round(i * (span - 1) / 5) for i in range(6))
    last: datetime | None = None
    comp = COMPETITORS[f.rng.randint(0, 1)]
    for i, d in enumerate(day_list):
        lang = langs[i % len(langs)]
        step_text = (steps or wt.SLIDE[lang][0])[i]
        t = f.at(d, 8, 20)
        if last is not None and t < last + timedelta(hours=1):
            t = last + timedelta(hours=f.rng.uniform(1, 3))
        if t.hour >= 22 or t.hour < 7:
            t = f.morning(t)
        last = t
        ch = f.rng.choice(chans)
        text = f.fill(p, step_text, ch, lang, comp=comp)
        if ch == "web":
            eids.append(
                f.add(
                    p, t, "web", "review", text, attrs={"rating": str(ratings[i]), "page": "/avis"}
                )
            )
        else:
            eids.append(f.say(p, t, ch, text))
        times.append(t)
    return eids, times


def happy_crowd(
    f: Fam,
    n: int,
    acts: tuple[int, int],
    days: range,
    habit: str,
    h0: float = 7.0,
    h1: float = 20.5,
) -> None:
    """n happy customers with acts[0]-acts[1] happy acts on the given days."""
    for _ in range(n):
        p = f.person()
        f.happy_acts(p, f.rng.randint(*acts), days, h0, h1)
        f.customer(p, "happy", habit=habit)


def grumble_once(f: Fam, p: Person, t: datetime, channel: str) -> str:
    """One mild grumble: answered in chat, or a web form acknowledged by e-mail."""
    q, a = f.pick(p, "mild", wt.MILD[p.lang])
    if channel == "chat":
        gid = f.say(p, t, "chat", f.fill(p, q, "chat"))
        f.reply(
            p,
            t + timedelta(minutes=f.rng.uniform(2, 6)),
            "chat",
            f.fill(p, a, "chat", inbound=False),
        )
    else:
        gid = f.say(p, t, "web", f.fill(p, q, "web"), page="/contact")
        ack = f.fill(p, wt.FORM_ACK[p.lang], "email", inbound=False)
        f.reply(p, t + timedelta(minutes=f.rng.uniform(20, 60)), "email", ack)
    return gid


# ---- families ------------------------------------------------------------------------

TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_SLIDE = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_B2B = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 2, 9, tzinfo=UTC),
        10,
        "happy day and night writers and survey answerers: nothing to warn about",
    )
    happy_crowd(f, 30, (5, 9), range(10), "day writer")
    for _ in range(8):
        p = f.person()
        nights = f.rng.sample(range(9), f.rng.randint(2, 4))
        for d in nights:
            t = f.at(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                ch = f.rng.choice(["social", "community"])
                f.say(p, t, ch, f.fill(p, f.pick(p, "night", wh.NIGHT_POSTS[p.lang]), ch))
            else:
                q, a, th = f.pick(p, "nq", wh.NIGHT_Q[p.lang])
                f.exchange(p, t, "chat", q, a, th)
        f.happy_acts(p, f.rng.randint(2, 3), range(10), 9, 18)
        f.customer(p, "happy", habit="night writer")
    for _ in range(8):
        p = f.person()
        for t in f.spread(f.rng.randint(3, 6), range(10), 8, 20):
            f.happy_survey(p, t)
        f.customer(p, "happy", habit="answers surveys")
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy customers with one angry moment, some with a low score after it",
    )
    ways = ["long", "email", "chat", "social", "web", "phone"] * 6
    problems = list(wt.PROBLEMS) * 6
    f.rng.shuffle(ways)
    f.rng.shuffle(problems)
    followups = ["csat"] * 7 + ["nps"] * 6 + [""] * 23
    f.rng.shuffle(followups)
    fixes = [True] * 18 + [False] * 18
    f.rng.shuffle(fixes)
    apologies = 0
    for i in range(36):
        p = f.person()
        problem, way = problems[i], ways[i]
        bad_day = f.rng.randint(2, 9)
        t = f.at(bad_day, 8, 20)
        ch = "email" if way == "long" else way
        eid = complain(f, p, t, problem, ch, long_email=way == "long")
        ok_days = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        f.happy_acts(p, f.rng.randint(1, 5), ok_days, surveys=False)
        fields: dict[str, Any] = {
            "habit": "one bad day",
            "problem": problem,
            "channel": ch,
            "long_email": way == "long",
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(t),
        }
        ref = f.ref() if ch == "chat" or fixes[i] else None
        if ch == "chat" and ref:
            f.reply(
                p,
                t + timedelta(minutes=f.rng.uniform(2, 6)),
                "chat",
                f.fill(p, wt.CASE_OPENED[p.lang], "chat", inbound=False, ref=ref),
            )
            fields["booking"] = ref
        fu = followups[i]
        persona = "happy_one_bad_day"
        expected: list[str] = []
        fields.update({"nps_given": False, "csat_given": False})
        if fu == "csat":
            v = f.rng.randint(1, 2)
            fields.update(
                {
                    "csat_given": True,
                    "csat": v,
                    "survey_event_id": f.survey(
                        p, t + timedelta(minutes=f.rng.uniform(40, 80)), "csat", v
                    ),
                }
            )
        elif fu == "nps":
            v = f.rng.randint(1, 5)
            fields.update(
                {
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": f.survey(
                        p, t + timedelta(minutes=f.rng.uniform(100, 140)), "nps", v
                    ),
                }
            )
            persona, expected = "bad_day_detractor", ["detractor"]
        fields.update({"agent_fixed": fixes[i], "apologised": False})
        if fixes[i] and ref:
            good_news(f, p, t + timedelta(hours=f.rng.uniform(1, 4)), problem, ref)
            fields["booking"] = ref
            if apologies < 8 and f.rng.random() < 0.55:
                apologies += 1
                ta = out_of_night(f, t + timedelta(hours=f.rng.uniform(16, 24)))
                ach = f.rng.choice(["chat", "email"])
                aid = f.say(
                    p,
                    ta,
                    ach,
                    f.fill(p, f.pick(p, "apology", wt.APOLOGY[p.lang]), ach),
                    f"{wh.REPLY_PREFIX[p.lang]} {wt.CASE_SUBJECT[p.lang].replace('{ref}', ref)}",
                )
                fields.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
        f.customer(p, persona, expected, ["silence"], **fields)
    happy_crowd(f, 12, (4, 7), range(12), "control")
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 11, tzinfo=UTC),
        10,
        "problems raised again while still open, against fixed ones, two different problems"
        " and frequent writers",
    )
    counts = [2] * 5 + [3] * 6 + [4] * 5
    f.rng.shuffle(counts)
    for i, n in enumerate(counts):
        p = f.person()
        f.happy_acts(p, f.rng.randint(1, 3), [0], 7, 20)
        t0 = f.at(f.rng.randint(1, 4), 8, 19)
        story = repeat_story(f, p, t0, wt.PROBLEMS[i % 6], n, i % 2 == 0, [p.lang])
        f.customer(p, "repeat_contact", ["repeat_contact"], TOL_REPEAT, **story)
    for i in range(6):
        p = f.person()
        f.happy_acts(p, f.rng.randint(1, 2), [0, 1], 8, 14)
        case, _tc = fixed_case(
            f, p, f.at(f.rng.randint(2, 5), 8, 18), wt.PROBLEMS[(i + 2) % 6], p.lang, p.lang
        )
        f.customer(
            p,
            "resolved_between_contacts",
            [],
            ["silence"],
            problems=[case],
            trouble_starts_at=case["raised_at"],
        )
    for i in range(4):
        p = f.person()
        f.happy_acts(p, 1, [0], 8, 14)
        a, b = wt.PROBLEMS[i], wt.PROBLEMS[(i + 3) % 6]
        case1, _ = fixed_case(f, p, f.at(f.rng.randint(1, 2), 8, 16), a, p.lang, p.lang)
        case2, _ = fixed_case(f, p, f.at(f.rng.randint(6, 7), 8, 16), b, p.lang, p.lang)
        f.customer(
            p,
            "different_problems",
            [],
            ["silence"],
            problems=[case1, case2],
            trouble_starts_at=case1["raised_at"],
        )
    for _ in range(14):
        p = f.person()
        times = f.spread(f.rng.randint(5, 8), range(10), 7, 20)
        for t in times:
            f.happy_act(p, t, weights=(1, 1, 0, 8, 3, 1, 1, 0, 1))
        f.customer(p, "happy", habit="frequent writer")
    return f


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 6, 1, tzinfo=UTC),
        32,
        "slow slides from a happy baseline, customers who ask to cancel, steady, grumpy"
        " and sarcastic ones",
    )
    spans = [3, 5, 7, 9] * 3
    f.rng.shuffle(spans)
    nps_for = set(f.rng.sample(range(12), 5))
    for i in range(12):
        p = f.person()
        for t in f.spread(f.rng.randint(4, 5), range(11), 8, 20):
            ch = f.rng.choice(["social", "community"])
            f.say(p, t, ch, f.fill(p, f.pick(p, "praise", wh.PRAISE[p.lang]), ch))
        f.happy_acts(p, f.rng.randint(2, 4), range(11), surveys=False, h0=8, h1=19)
        start = f.rng.randint(12, 18)
        eids, times = slide_story(f, p, start, spans[i], [p.lang])
        fields: dict[str, Any] = {
            "habit": "slides",
            "slide_event_ids": eids,
            "slide_days": spans[i],
            "trouble_starts_at": iso(times[0]),
            "nps_given": i in nps_for,
        }
        expected = ["sentiment_drop"]
        if i in nps_for:
            v = f.rng.randint(1, 5)
            fields.update(
                {
                    "nps": v,
                    "survey_event_id": f.survey(
                        p, times[3] + timedelta(minutes=f.rng.uniform(150, 210)), "nps", v
                    ),
                }
            )
            expected.append("detractor")
        f.customer(p, "slow_churner", expected, TOL_SLIDE, **fields)
    for _ in range(6):
        p = f.person()
        f.happy_acts(p, f.rng.randint(4, 6), range(14), surveys=False)
        t = f.at(f.rng.randint(15, 25), 9, 19)
        ask = f.say(
            p, t, "email", f.fill(p, wt.CANCEL_ASK[p.lang], "email"), wt.CANCEL_SUBJECT[p.lang]
        )
        f.reply(
            p,
            out_of_night(f, t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            f.fill(p, wt.CANCEL_ANSWER[p.lang], "email", inbound=False),
            f"{wh.REPLY_PREFIX[p.lang]} {wt.CANCEL_SUBJECT[p.lang]}",
        )
        tc = out_of_night(f, t + timedelta(hours=f.rng.uniform(20, 30)))
        reason = f.rng.choice(wt.CANCEL_REASON[p.lang]) or None
        cid = f.add(p, tc, "web", "cancellation", reason, attrs={"page": "/mon-compte/resilier"})
        f.customer(
            p,
            "slow_churner",
            ["churn_intent"],
            TOL_LEAVE,
            habit="asks to cancel",
            churn_intent_event_id=ask,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    happy_crowd(f, 10, (6, 10), range(32), "steady")
    for _ in range(6):
        p = f.person()
        day = f.rng.randint(0, 3)
        gids: list[str] = []
        for _k in range(f.rng.randint(5, 8)):
            if day > 31:
                break
            ch = f.rng.choice(["chat", "social", "community", "web"])
            text = f.fill(p, f.pick(p, "grumpy", wt.GRUMPY[p.lang]), ch)
            gids.append(f.say(p, f.at(day, 8, 21), ch, text, page="/contact"))
            day += f.rng.randint(1, 3)
        for _k in range(f.rng.randint(0, 2)):
            f.purchase(p, f.at(f.rng.randint(0, 31), 9, 20), page=f.rng.choice(wh.PAGES))
        f.customer(p, "steadily_grumpy", [], ["repeat_contact", "silence"], grumble_event_ids=gids)
    for _ in range(6):
        p = f.person()
        f.happy_acts(p, f.rng.randint(4, 7), [d for d in range(32) if d < 16 or d > 29])
        ch = f.rng.choice(["social", "community"])
        t = f.at(f.rng.randint(17, 28), 9, 21)
        sid = f.say(p, t, ch, f.fill(p, f.pick(p, "sarc", wh.SARCASM[p.lang]), ch))
        f.customer(p, "happy_one_sarcastic_remark", [], ["silence"], sarcasm_event_id=sid)
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 7, tzinfo=UTC),
        3,
        "a calm summer weekend with small night-owl bursts: nothing to warn about",
    )
    happy_crowd(f, 26, (1, 4), range(3), "day writer", 7, 17.5)
    for i in range(5):
        p = f.person()
        t = f.at(f.rng.randint(0, 2), 8, 17)
        ch = "chat" if i < 3 else "web"
        gid = grumble_once(f, p, t, ch)
        f.customer(p, "grumbles_once", [], ["silence"], grumble_event_id=gid, channel=ch)
    for night in range(3):
        first = f.at(night + 1, 1 + 10 / 60, 1.5)
        starts = [
            first,
            first + timedelta(minutes=f.rng.uniform(30, 34)),
            first + timedelta(minutes=f.rng.uniform(60, 68)),
        ]
        for b, bs in enumerate(starts):
            for _k in range(4):
                p = f.person()
                t = bs + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    q, a, th = f.pick(p, "nq", wh.NIGHT_Q[p.lang])
                    f.exchange(p, t, "chat", q, a, th)
                else:
                    ch = f.rng.choice(["social", "community"])
                    f.say(p, t, ch, f.fill(p, f.pick(p, "night", wh.NIGHT_POSTS[p.lang]), ch))
                if f.rng.random() < 0.4:
                    f.happy_act(
                        p, f.at(f.rng.randint(0, 2), 9, 17.5), weights=(5, 2, 0, 0, 0, 3, 2, 2, 2)
                    )
                f.customer(
                    p, "night_owl", habit=f"night {night + 1}, burst {b + 1}", burst_at=iso(bs)
                )
    return f


PAIRS: list[tuple[str, str, str, int]] = [
    ("fr", "es", "ES", 4),
    ("es", "fr", "FR", 3),
    ("es", "fr", "BE", 1),
    ("fr", "en", "UK", 2),
    ("fr", "en", "IE", 1),
    ("es", "en", "UK", 2),
    ("es", "en", "IE", 1),
    ("pt", "fr", "FR", 3),
    ("de", "fr", "CH", 3),
    ("en", "fr", "FR", 3),
    ("en", "es", "ES", 3),
    ("es", "pt", "PT", 2),
    ("fr", "de", "CH", 2),
    ("it", "fr", "CH", 2),
    ("pt", "es", "ES", 2),
    ("fr", "it", "CH", 1),
    ("es", "de", "DE", 2),
]


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers who write in two languages: happy, repeat contacts, slides, bad days,"
        " fixed cases",
    )
    pool = [(a, b, m) for a, b, m, n in PAIRS for _ in range(n)]
    f.rng.shuffle(pool)
    roles = ["happy"] * 18 + ["repeat"] * 6 + ["slide"] * 5 + ["bad"] * 4 + ["fixed"] * 4
    counts = [2, 2, 3, 3, 4, 4]
    for i, role in enumerate(roles):
        a, b, m = pool[i]
        p = f.person(a, m, second=b)
        base = {"languages": [a, b]}
        if role == "happy":
            f.happy_acts(p, f.rng.randint(5, 8), range(14), alternate=True)
            f.customer(p, "happy", habit="alternates languages", **base)
        elif role == "repeat":
            f.happy_acts(p, f.rng.randint(1, 3), [0, 1], 8, 19)
            k = len([c for c in f.customers.values() if c["persona"] == "repeat_contact"])
            story = repeat_story(
                f,
                p,
                f.at(f.rng.randint(2, 6), 8, 18),
                wt.PROBLEMS[k],
                counts[k],
                k % 2 == 1,
                [a, b],
            )
            f.customer(p, "repeat_contact", ["repeat_contact"], TOL_REPEAT, **base, **story)
        elif role == "slide":
            for t in f.spread(5, range(6), 8, 20):
                ch = f.rng.choice(["social", "community"])
                lang = f.rng.choice([a, b])
                f.say(p, t, ch, f.fill(p, f.pick(p, "praise" + lang, wh.PRAISE[lang]), ch, lang))
            f.happy_acts(
                p, f.rng.randint(1, 3), range(6), surveys=False, h0=8, h1=19, alternate=True
            )
            eids, times = slide_story(f, p, f.rng.randint(6, 8), f.rng.randint(3, 5), [a, b])
            f.customer(
                p,
                "slow_churner",
                ["sentiment_drop"],
                TOL_SLIDE,
                habit="slides",
                slide_event_ids=eids,
                slide_days=(times[-1].date() - times[0].date()).days + 1,
                trouble_starts_at=iso(times[0]),
                **base,
            )
        elif role == "bad":
            k = len([c for c in f.customers.values() if c.get("habit") == "one bad day"])
            day = f.rng.randint(4, 9)
            t = f.at(day, 9, 19)
            problem = wt.PROBLEMS[k + 1]
            ch = "email" if k < 2 else f.rng.choice(["chat", "social", "web"])
            eid = complain(f, p, t, problem, ch, b, long_email=k < 2)
            f.happy_acts(
                p,
                f.rng.randint(2, 4),
                [d for d in range(14) if d <= day - 2 or d >= day + 3],
                surveys=False,
                alternate=True,
            )
            fields: dict[str, Any] = {
                "habit": "one bad day",
                "problem": problem,
                "channel": ch,
                "long_email": k < 2,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": b,
                "agent_fixed": k in (1, 2),
                "apologised": False,
            }
            if k in (1, 2):
                ref = f.ref()
                good_news(f, p, t + timedelta(hours=f.rng.uniform(1, 4)), problem, ref, b)
                if k == 1:
                    ta = out_of_night(f, t + timedelta(hours=f.rng.uniform(16, 24)))
                    aid = f.say(
                        p, ta, "chat", f.fill(p, f.pick(p, "apology", wt.APOLOGY[b]), "chat", b)
                    )
                    fields.update(
                        {"apologised": True, "apology_at": iso(ta), "apology_event_id": aid}
                    )
            f.customer(p, "happy_one_bad_day", [], ["silence"], **base, **fields)
        else:
            f.happy_acts(p, f.rng.randint(1, 3), [0, 1, 2], 8, 18, alternate=True)
            case, _ = fixed_case(
                f, p, f.at(f.rng.randint(3, 8), 8, 17), wt.PROBLEMS[(i + 3) % 6], a, b
            )
            f.customer(
                p,
                "resolved_between_contacts",
                [],
                ["silence"],
                problems=[case],
                confirm_language=b,
                trouble_starts_at=case["raised_at"],
                **base,
            )
    return f


def office(f: Fam, t: datetime, h0: int = 8, h1: int = 15) -> datetime:
    """Move t into weekday office hours (h0-h1 UTC)."""
    while t.weekday() >= 5 or t.hour >= h1 or t.hour < h0:
        if t.hour >= h1 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(
                hour=h0, minute=f.rng.randint(0, 50), second=f.rng.randint(0, 59)
            )
        else:
            t = t.replace(hour=h0, minute=f.rng.randint(0, 50))
    return t


def b2b_routine(f: Fam, p: Person, t: datetime, happy: bool) -> None:
    lang = p.lang
    acts = ["q", "purchase", "page", "praise"] + (["survey"] if happy else [])
    act = f.rng.choice(acts)
    if act == "q":
        q, a, th = f.pick(p, "bq", wb.B2B_Q[lang])
        ch = f.rng.choice(["chat", "email"])
        f.exchange(p, t, ch, q, a, th, lang, wh.SUBJECT_Q[lang][0] if ch == "email" else None)
    elif act == "purchase":
        f.purchase(p, t, wb.ADDONS, page="/pro/catalogue")
    elif act == "page":
        f.add(p, t, "web", "page_view", attrs={"page": f.rng.choice(wb.PRO_PAGES)})
    elif act == "praise":
        f.say(p, t, "community", f.fill(p, f.pick(p, "bp", wb.B2B_PRAISE[lang]), "community"))
    else:
        f.happy_survey(p, t)


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        "Croquo Pro accounts: five at risk (one problem, several contacts), one unhappy contact,"
        " mild suggestions, happy",
    )
    slots = [(m, c) for m in wb.COMPANIES for c in wb.COMPANIES[m]]
    fr_es = [s for s in slots if s[0] in ("FR", "ES")]
    others = [s for s in slots if s[0] not in ("FR", "ES")]
    f.rng.shuffle(fr_es)
    chosen = fr_es[:9] + others
    f.rng.shuffle(chosen)
    kinds: list[tuple[str, str | None, int]] = [
        ("at_risk", "invoice", 3),
        ("at_risk", "orders_blocked", 3),
        ("at_risk", "portal", 3),
        ("at_risk", "invoice", 4),
        ("at_risk", "overbilled", 4),
    ]
    kinds += [
        ("one_unhappy", "portal", 1),
        ("one_unhappy", "invoice", 1),
        ("one_unhappy", "overbilled", 1),
        ("one_unhappy", "portal", 1),
    ]
    kinds += [("mild", None, 0)] * 3 + [("happy", None, 0)] * 3
    workdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    for (market, company), (kind, problem, n_unhappy) in zip(chosen, kinds, strict=True):
        lang = {
            "FR": "fr",
            "BE": "fr",
            "CH": "fr",
            "ES": "es",
            "DE": "de",
            "IT": "it",
            "PT": "pt",
            "UK": "en",
        }[market]
        acc = f.unique(lambda m=market: f"CQP-{m}-{f.rng.randint(1000, 9999)}")
        n = (
            f.rng.randint(5, 6)
            if kind == "at_risk"
            else f.rng.randint(3, 6 if kind == "one_unhappy" else 5)
        )
        people: list[Person] = []
        for _ in range(n):
            people.append(
                f.person(
                    lang, market, company=company, account_id=acc, taken=[q.first for q in people]
                )
            )
        unhappy = people[:n_unhappy]
        suggesting = people[:2] if kind == "mild" else []
        acc_expected = ["account_risk"] if kind == "at_risk" else []
        trouble: datetime | None = None
        vat = wb.VAT[market]
        comp = COMPETITORS[f.rng.randint(0, 1)]
        first_at: dict[str, datetime] = {}
        fields: dict[str, dict[str, Any]] = {q.key: {} for q in people}
        if kind == "at_risk" and problem:
            ref = f.ref()
            t = f.at(f.rng.choice([d for d in workdays if 2 <= d <= 4]), 8, 15)
            trouble = t
            first = unhappy[0]
            for j, q in enumerate(unhappy):
                if j > 0:
                    t = office(f, t + timedelta(hours=f.rng.uniform(8, 28)))
                first_at[q.key] = t
                subject = wb.B2B_SUBJECT[problem][lang].replace("{vat}", vat)
                if j == 0:
                    text = f.fill(
                        q, wb.B2B_PROBLEM[problem][lang], "email", vat=vat, amount=29.90 * 6
                    )
                    eid = f.say(q, t, "email", text, subject)
                    f.reply(
                        q,
                        t + timedelta(minutes=f.rng.uniform(20, 90)),
                        "email",
                        f.fill(q, wb.B2B_ACK[lang], "email", inbound=False, ref=ref),
                        f"{wh.REPLY_PREFIX[lang]} {subject}",
                    )
                else:
                    still = f.fill(q, wb.B2B_STILL[problem][lang], "email", inbound=False, vat=vat)
                    wd = wh.WEEKDAYS[lang][trouble.weekday()]
                    text = f.fill(
                        q,
                        wb.B2B_JOIN[lang],
                        "email",
                        colleague=first.first,
                        colleague_fem=str(first.fem),
                        weekday=wd,
                        ref=ref,
                        still=still,
                    )
                    eid = f.say(
                        q,
                        t,
                        "email",
                        text,
                        f"{wt.CASE_SUBJECT[lang].replace('{ref}', ref)} – {subject}",
                    )
                fq = fields[q.key]
                fq.update(
                    {
                        "problem": problem,
                        "booking": ref,
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                        "role": "complainer",
                    }
                )
                if j < len(unhappy) - 1:
                    v = f.rng.randint(1, 5)
                    fq.update(
                        {
                            "nps_given": True,
                            "nps": v,
                            "survey_event_id": f.survey(
                                q, t + timedelta(hours=f.rng.uniform(1, 3)), "nps", v
                            ),
                        }
                    )
                else:
                    t2 = office(f, t + timedelta(hours=f.rng.uniform(18, 40)), 8, 17)
                    still = f.fill(q, wb.B2B_STILL[problem][lang], "email", inbound=False, vat=vat)
                    case_subject = (
                        f"{wh.REPLY_PREFIX[lang]} {wt.CASE_SUBJECT[lang].replace('{ref}', ref)}"
                    )
                    if f.rng.random() < 0.2:
                        e2 = f.say(
                            q,
                            t2,
                            "email",
                            f.fill(q, wb.B2B_LAST[lang], "email", ref=ref, still=still, comp=comp),
                            case_subject,
                        )
                    else:
                        e2 = f.say(
                            q,
                            t2,
                            "phone",
                            f.spoken(
                                q, wb.B2B_LAST_SPOKEN[lang].replace("{sref}", f.sref(q, ref, lang))
                            ),
                        )
                    fq["complaint_event_ids"].append(e2)
                    fq.update({"nps_given": False, "repeat_event_id": e2})
        elif kind == "one_unhappy" and problem:
            q = unhappy[0]
            t = f.at(f.rng.choice([d for d in workdays if 3 <= d <= 10]), 8, 15)
            first_at[q.key] = t
            subject = wb.B2B_SUBJECT[problem][lang].replace("{vat}", vat)
            eid = f.say(
                q,
                t,
                "email",
                f.fill(q, wb.B2B_PROBLEM[problem][lang], "email", vat=vat, amount=29.90 * 6),
                subject,
            )
            oref: str | None = None
            if f.rng.random() < 0.75:
                oref = f.ref()
                f.reply(
                    q,
                    t + timedelta(minutes=f.rng.uniform(20, 90)),
                    "email",
                    f.fill(q, wb.B2B_ACK[lang], "email", inbound=False, ref=oref),
                    f"{wh.REPLY_PREFIX[lang]} {subject}",
                )
            v = f.rng.randint(1, 5)
            sid = f.survey(q, t + timedelta(hours=f.rng.uniform(1, 3)), "nps", v)
            fields[q.key].update(
                {
                    "problem": problem,
                    "booking": oref,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "role": "complainer",
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": sid,
                }
            )
        for q in suggesting:
            t = f.at(f.rng.choice(workdays), 8, 17)
            first_at[q.key] = t
            mid = f.say(
                q,
                t,
                "web",
                f.fill(q, f.pick(q, "sugg", wb.SUGGEST[lang]), "web"),
                page="/pro/contact",
            )
            f.reply(
                q,
                t + timedelta(minutes=f.rng.uniform(30, 120)),
                "email",
                f.fill(q, wb.SUGGEST_ACK[lang], "email", inbound=False),
            )
            fields[q.key].update(
                {"mild_event_id": mid, "trouble_starts_at": iso(t), "role": "suggests"}
            )
        for q in people:
            limit = first_at.get(q.key)
            happy = limit is None
            for _k in range(f.rng.randint(2, 4) if happy else f.rng.randint(1, 3)):
                t = f.at(f.rng.choice(workdays), 8, 16.5)
                if limit is not None and t > limit - timedelta(hours=14):
                    continue
                b2b_routine(f, q, t, happy)
            if happy and not any(e["_p"] == q.key for e in f.events):
                b2b_routine(f, q, f.at(f.rng.choice(workdays), 8, 16.5), True)
            fq = fields[q.key]
            base = {"company": company[0], "role": fq.pop("role", "contact")}
            if kind == "at_risk" and q in unhappy:
                exp = ["detractor"] if fq.get("nps_given") else ["repeat_contact"]
                f.customer(q, "b2b_unhappy", exp, TOL_B2B, **base, **fq)
            elif kind == "one_unhappy" and q in unhappy:
                f.customer(
                    q,
                    "b2b_one_unhappy",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    **base,
                    **fq,
                )
            elif q in suggesting:
                f.customer(q, "b2b_mild", [], ["silence"], **base, **fq)
            else:
                f.customer(q, "b2b_happy", [], [], **base)
        f.accounts[acc] = {
            "company": company[0],
            "site": company[2],
            "contacts": len(people),
            "contact_keys": [q.key for q in people],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [q.key for q in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": acc_expected,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": iso(trouble) if trouble else None,
            "language": lang,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 10, 19, tzinfo=UTC),
        7,
        "a calm week and a planted spike of card payments refused at checkout (error CQ-740)"
        " on Tuesday evening",
    )
    happy_crowd(f, 60, (1, 4), range(7), "day writer")
    for _ in range(5):
        p = f.person()
        t = f.at(f.rng.choice([0, 2, 3, 4, 5, 6]), 8, 20)
        gid = grumble_once(f, p, t, "chat")
        f.customer(p, "grumbles_once", [], ["silence"], grumble_event_id=gid, channel="chat")
    for lang, when in (
        ("fr", datetime(2026, 10, 19, 8, 14, 27, tzinfo=UTC)),
        ("es", datetime(2026, 10, 20, 7, 52, 9, tzinfo=UTC)),
    ):
        p = f.person(lang, "FR" if lang == "fr" else "ES")
        q, a = wt.LONE_Q[lang]
        lid = f.say(p, when, "chat", f.fill(p, q, "chat"))
        f.reply(
            p,
            when + timedelta(minutes=f.rng.uniform(2, 5)),
            "chat",
            f.fill(p, a, "chat", inbound=False),
        )
        f.customer(p, "grumbles_once", [], ["silence"], lone_report_event_id=lid, channel="chat")
    langs = ["fr"] * 7 + ["es"] * 6 + ["de"] * 2 + ["en"] * 2 + ["it"] * 2 + ["pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    s0 = datetime(2026, 10, 20, 18, 5, tzinfo=UTC)
    s1 = datetime(2026, 10, 20, 18, 50, tzinfo=UTC)
    offsets = [0.0, 45.0, *sorted(f.rng.uniform(1, 44) for _ in range(18))]
    f.rng.shuffle(offsets)
    roles = ["repeat"] * 6 + ["fixed"] * 6 + ["once"] * 8
    f.rng.shuffle(roles)
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i in range(20):
        regular = i < 12
        p = f.person(langs[i])
        if regular:
            f.happy_acts(p, f.rng.randint(1, 3), [0, 1], 8, 15.5)
        t = s0 + timedelta(minutes=int(offsets[i]))
        if offsets[i] not in (0.0, 45.0):
            t = t.replace(second=f.rng.randint(0, 59))
        ch = chans[i]
        text = f.pick(p, "spike", wt.SPIKE_REPORT[p.lang])
        if ch == "social" and "{at}" not in text:
            text = "@Croquo " + text
        eid = f.say(
            p,
            t,
            ch,
            f.fill(p, text, ch),
            wt.COMPLAINT_SUBJECT[p.lang].replace("{topic}", "CQ-740"),
            page="/contact",
        )
        keys.append(p.key)
        eids.append(eid)
        fields: dict[str, Any] = {
            "in_spike": True,
            "regular": regular,
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
        }
        if roles[i] == "repeat":
            ch2 = f.rng.choice([c for c in ("chat", "social", "email", "community") if c != ch])
            t2 = t + timedelta(minutes=f.rng.uniform(15, 50))
            text2 = wt.SPIKE_REPEAT[p.lang]
            if ch2 == "social":
                text2 = "@Croquo " + text2
            rid = f.say(p, t2, ch2, f.fill(p, text2, ch2), f"{wh.REPLY_PREFIX[p.lang]} CQ-740")
            reps.append(rid)
            fields["repeat_event_id"] = rid
            f.customer(
                p, "spike_repeater", ["repeat_contact"], ["silence", "sentiment_drop"], **fields
            )
        else:
            if roles[i] == "fixed":
                f.reply(
                    p,
                    f.at(2, 8, 9.5),
                    "email",
                    f.fill(p, wt.SPIKE_FIXED[p.lang], "email", inbound=False),
                    "CQ-740",
                )
            f.customer(
                p, "spike_reporter", [], ["silence"], agent_fixed=roles[i] == "fixed", **fields
            )
    f.spike = {
        "topic": (
            "checkout payment failure: card payments refused in the app and on the website,"
            " error CQ-740 (payment declined)"
        ),
        "about": (
            "Tuesday 20 October 2026 from 18:05 UTC (20:05 in France, Belgium, Switzerland, Spain,"
            " Germany, Austria and Italy; 19:05 in the UK, Ireland and Portugal): customers"
            " ordering in the evening cannot pay"
        ),
        "channel": None,
        "start": iso(s0),
        "end": iso(s1),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


FAMILIES = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 6}),
    (repeat_contacts, {"repeat_contact": 16}),
    (slow_churners, {"sentiment_drop": 12, "detractor": 5, "churn_intent": 6}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 6, "sentiment_drop": 5}),
    (b2b_accounts, {"account_risk": 5, "detractor": 16, "repeat_contact": 5}),
    (topic_spike, {"topic_spike": 1, "repeat_contact": 6}),
]


def main() -> None:
    total_c = total_t = 0
    for build, planned in FAMILIES:
        fam = build()
        c, t = fam.write(planned)
        total_c += c
        total_t += t
        print(f"{fam.name}: {c} customers, {t} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
