# ruff: noqa: E501
"""Write the heldout287 families (Glaciva, cold-plunge studios): python make_heldout287.py."""

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

SEED = 20261010
CODE = "Q7:214"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_B2B_RISK = [*T_REPEAT, "account_risk"]
AGENTS = {
    "fr": ("Amandine", "Karim"),
    "en": ("Beth", "Tom"),
    "de": ("Heike",),
    "es": ("Rocío",),
    "it": ("Paola",),
    "pt": ("Filipa",),
}
SOURCES = {
    "email": "glaciva-mail",
    "phone": "glaciva-voice",
    "social": "glaciva-social",
    "community": "glaciva-forum",
    "chat": "glaciva-chat",
    "web": "glaciva-web",
    "survey": "glaciva-survey",
}
USED: set[str] = set()


def uniq(make: Any) -> str:
    while True:
        value = str(make())
        if value.lower() not in USED:
            USED.add(value.lower())
            return value


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    langs: tuple[str, ...] = ()


@dataclass
class Row:
    t: datetime
    seq: int
    cust: Cust
    data: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    expected: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def pick(self, table: dict[str, Any], lang: str) -> str:
        value = table[lang]
        return value if isinstance(value, str) else str(self.rng.choice(value))

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, weights=W.WEIGHTS)[0]

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        company: str | None = None,
        domain: str | None = None,
        market: str | None = None,
    ) -> Cust:
        r = self.rng
        market = market or r.choice(W.MARKETS[lang])
        first = r.choice(W.FIRST[lang])
        last = r.choice(W.LAST[lang])
        key = uniq(lambda: f"GV{self.code}{r.randint(1000, 9999)}")
        plain = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        if domain:
            email = uniq(
                lambda: (
                    f"{plain.split('.')[0]}{r.choice(['', '.' + plain.split('.')[1][:1]])}{r.choice(['', str(r.randint(2, 9))])}@{domain}"
                )
            )
            handle = None
        else:
            email = uniq(
                lambda: (
                    f"{plain}{r.randint(1, 99)}@{r.choice(['mailo', 'boitepost', 'postbox', 'webmail', 'correo', 'posta'])}.example"
                )
            )
            f0, l0 = plain.split(".")[0], plain.split(".")[1]
            handle = uniq(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{l0}_{f0}{r.randint(1, 9)}",
                            f"{f0}{l0}{r.randint(10, 99)}",
                            f"{f0[:1]}{l0}",
                            f"{f0}_{l0}",
                        ]
                    )
                )
            )
        phone = uniq(lambda: phone_for(market, r))
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "company": company,
        }
        c = Cust(key, lang, market, ids, truth)
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
        lang: str | None = None,
    ) -> str:
        seq = len(self.rows) + 1
        eid = f"gv287-{self.code.lower()}-{seq:05d}"
        a = {"market": c.market}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if out:
            a["agent"] = self.rng.choice(AGENTS[lang or c.lang])
        elif text and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text and channel == "social" and not out:
            if "Glaciva" in text:
                i = text.rfind("Glaciva")
                text = text[:i] + "@" + text[i:]
            else:
                text = "@Glaciva " + text
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None, **(scores or {})},
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, seq, c, data))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 1 / 8 and text[:1].isupper():
            text = text[:1].lower() + text[1:]
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

    def customer_ref(self, row: Row, full: bool) -> dict[str, str | None]:
        ids = row.cust.ids
        if full:
            return dict(ids)
        ch = row.data["channel"]
        ref: dict[str, str | None] = {k: None for k in ids}
        ref["account_id"] = ids["account_id"]
        if ch == "phone":
            p = str(ids["phone"])
            ref["phone"] = p.replace(" ", "", 1) if self.rr.random() < 0.5 else p
        elif ch in ("social", "community"):
            if ids["handle"]:
                h = str(ids["handle"])
                ref["handle"] = h.lstrip("@") if self.rr.random() < 0.2 else h
            else:
                ref["email"] = ids["email"]
        elif ch == "email":
            e = str(ids["email"])
            ref["email"] = e.upper() if self.rr.random() < 1 / 12 else e
        else:
            ref["customer_id"] = ids["customer_id"]
        return ref

    def write(self) -> tuple[int, int]:
        self.rows.sort(key=lambda r: (r.t, r.seq))
        first_seen: set[str] = set()
        lines = []
        for row in self.rows:
            assert datetime(2026, 1, 1, tzinfo=UTC) <= row.t < LIMIT, row.data
            assert row.t >= self.start, row.data
            inbound = row.data["direction"] == "inbound"
            full = not inbound or row.cust.key not in first_seen
            if inbound:
                first_seen.add(row.cust.key)
            row.data["customer"] = self.customer_ref(row, full)
            lines.append(json.dumps(row.data, ensure_ascii=False, sort_keys=False))
        for c in self.custs:
            assert c.key in first_seen, c.key
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
        assert counts == self.expected, (self.name, counts, self.expected)
        end = max(self.start + timedelta(days=self.days), self.rows[-1].t + timedelta(hours=1))
        assert end < LIMIT
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Glaciva: cold-plunge and ice-bath studios with the Glaciva Club membership; Glaciva Works sells staff wellness passes to companies on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "by hand, blind (heldout287)",
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
        return len(self.custs), len(lines)


def phone_for(market: str, r: random.Random) -> str:
    def d(n: int) -> str:
        return "".join(str(r.randint(0, 9)) for _ in range(n))

    return {
        "FR": lambda: f"+33 {r.choice('67')}{d(8)}",
        "BE": lambda: f"+32 4{r.choice('789')}{d(7)}",
        "CH": lambda: f"+41 7{r.choice('6789')}{d(7)}",
        "UK": lambda: f"+44 7{r.choice('45789')}{d(8)}",
        "IE": lambda: f"+353 8{r.choice('3567')}{d(7)}",
        "DE": lambda: f"+49 1{r.choice(['51', '52', '60', '70', '76'])}{d(8)}",
        "AT": lambda: f"+43 6{r.choice(['64', '76', '99'])}{d(7)}",
        "ES": lambda: f"+34 6{d(8)}",
        "IT": lambda: f"+39 3{r.choice('234')}{d(8)}",
        "PT": lambda: f"+351 9{r.choice('1236')}{d(7)}",
    }[market]()


def money(c: Cust, eur: float) -> str:
    if c.market == "UK":
        return f"£{round(eur * 0.86)}"
    if c.market == "CH":
        return f"{round(eur * 0.94)} CHF"
    if c.lang == "en":
        return f"€{eur:.0f}"
    return f"{eur:.0f} €"


def currency(c: Cust) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")


def new_ref(f: Fam) -> str:
    return uniq(lambda: f"GV-{f.rng.randint(100000, 999999)}")


def fmt(f: Fam, c: Cust, text: str, lang: str | None = None, **kw: str) -> str:
    studio = f.rng.choice(W.STUDIOS[lang or c.lang])
    return text.format(studio=studio, **kw)


def daytime(f: Fam, day: float, lo: float = 7.0, hi: float = 21.0) -> datetime:
    return f.at(day, f.rng.uniform(lo, hi))


def out_of_night(t: datetime, rng: random.Random) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 59))
    if t.hour < 7:
        return t.replace(hour=8, minute=rng.randint(0, 59))
    return t


def happy_act(f: Fam, c: Cust, t: datetime, lang: str | None = None, surveys: bool = True) -> None:
    lg = lang or c.lang
    r = f.rng
    kind = r.choice(
        ["praise", "praise", "question", "purchase", "view", "review", "phone", "gripe"]
        + (["survey"] if surveys else [])
    )
    if kind == "praise":
        text = fmt(f, c, f.pick(W.PRAISE, lg), lg)
        if r.random() < 0.5:
            f.add(c, t, "social", "mention", text)
        else:
            f.add(c, t, "community", "post", text)
    elif kind == "gripe":
        f.add(c, t, "community", "post", f.pick(W.GRIPE_PRAISE, lg))
    elif kind == "question":
        ch = r.choice(["chat", "email"])
        f.add(
            c,
            t,
            ch,
            "chat" if ch == "chat" else "message",
            f.pick(W.QUESTION, lg),
            subject=None if ch == "chat" else "Question",
        )
        ans = (
            t + timedelta(minutes=r.randint(1, 6))
            if ch == "chat"
            else out_of_night(t + timedelta(minutes=r.randint(30, 180)), r)
        )
        f.add(c, ans, ch, "chat" if ch == "chat" else "message", W.ANSWER[lg], out=True, lang=lg)
        if r.random() < 0.6:
            f.add(
                c,
                ans + timedelta(minutes=r.randint(1, 20)),
                ch,
                "chat" if ch == "chat" else "message",
                f.pick(W.THANKS, lg),
            )
    elif kind == "purchase":
        label, price = r.choice(W.PRODUCTS)
        page = r.choice(W.PAGES)
        f.add(c, t, "web", "page_view", attrs={"page": page})
        value = price * (0.86 if c.market == "UK" else 0.94 if c.market == "CH" else 1.0)
        f.add(
            c,
            t + timedelta(minutes=r.randint(2, 9)),
            "web",
            "purchase",
            attrs={
                "page": "/book",
                "product": label,
                "order_value": f"{value:.2f}",
                "currency": currency(c),
            },
        )
    elif kind == "view":
        f.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
    elif kind == "review":
        f.add(
            c,
            t,
            "web",
            "review",
            f.pick(W.REVIEW, lg),
            attrs={"rating": str(r.choice([4, 5, 5])), "page": "/studios"},
        )
    elif kind == "phone":
        f.add(c, t, "phone", "call", fmt(f, c, W.PHONE_QUESTION[lg], lg))
        f.add(
            c,
            t + timedelta(minutes=r.randint(10, 40)),
            "email",
            "message",
            W.PHONE_FOLLOWUP[lg],
            subject="Glaciva",
            out=True,
            lang=lg,
        )
    else:
        happy_survey(f, c, t, lg)


def happy_survey(f: Fam, c: Cust, t: datetime, lang: str) -> None:
    r = f.rng
    s = r.choice(["nps", "csat", "ces"])
    score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[s]
    f.add(
        c,
        t,
        "survey",
        "survey_response",
        f.pick(W.SURVEY_WORD, lang) or None,
        scores={s: score},
        attrs={"survey": s},
    )


def acts_on_days(
    f: Fam,
    c: Cust,
    days: list[int],
    lo: float = 7.0,
    hi: float = 19.0,
    surveys: bool = True,
    lang: str | None = None,
) -> None:
    for d in days:
        happy_act(f, c, daytime(f, d, lo, hi), lang, surveys)


def complaint_text(f: Fam, c: Cust, problem: str, lang: str) -> str:
    return fmt(
        f,
        c,
        f.rng.choice(W.COMPLAINT[lang][problem]),
        lang,
        amt=money(c, f.rng.choice([29.0, 36.0, 59.0, 72.0])),
    )


def complain(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    lang: str,
    long: bool = False,
    answer: bool = True,
) -> tuple[str, str | None, datetime]:
    """One complaint; returns its event id, the case reference and the reply's time."""
    r = f.rng
    text = complaint_text(f, c, problem, lang)
    subject = {
        "fr": "Réclamation : ",
        "en": "Complaint: ",
        "de": "Beschwerde: ",
        "es": "Reclamación: ",
        "it": "Reclamo: ",
        "pt": "Reclamação: ",
    }[lang] + W.TOPIC[lang][problem]
    if long:
        text = (
            r.choice(W.LONG_EMAIL[lang]).format(complaint=text) + "\n" + c.truth["name"].split()[0]
        )
        eid = f.add(c, t, "email", "message", text, subject=subject)
    elif channel == "email":
        eid = f.add(c, t, "email", "message", text, subject=subject)
    elif channel == "chat":
        eid = f.add(c, t, "chat", "chat", text)
    elif channel == "social":
        eid = f.add(c, t, "social", "mention", text)
        return eid, None, t
    elif channel == "web":
        eid = f.add(c, t, "web", "ticket", text, subject=subject, attrs={"page": "/contact"})
    else:
        eid = f.add(
            c, t, "phone", "call", W.PHONE_COMPLAINT[lang].format(topic=W.TOPIC[lang][problem])
        )
    ref = new_ref(f)
    if not answer:
        return eid, ref, t
    if channel == "chat":
        rt = t + timedelta(minutes=r.randint(1, 6))
        f.add(c, rt, "chat", "chat", W.CASE_OPENED[lang].format(ref=ref), out=True, lang=lang)
    else:
        rt = out_of_night(t + timedelta(minutes=r.randint(10, 40)), r)
        f.add(
            c,
            rt,
            "email",
            "message",
            W.CASE_OPENED[lang].format(ref=ref),
            subject=f"Glaciva {ref}",
            out=True,
            lang=lang,
        )
    return eid, ref, rt


def free_days(f: Fam, n: int, lo: int, hi: int, avoid: set[int] | None = None) -> list[int]:
    pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
    return sorted(f.rng.sample(pool, min(n, len(pool))))


# ---------------------------------------------------------------- families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 2, 2, tzinfo=UTC),
        10,
        "happy day writers, night writers and survey-only customers",
    )
    r = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        acts_on_days(f, c, free_days(f, r.randint(5, 8), 0, 9))
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer")
        for d in free_days(f, r.randint(2, 4), 0, 8):
            t = f.at(d, 22.2 + r.uniform(0, 6.3))
            if r.random() < 0.5:
                f.add(
                    c,
                    t,
                    r.choice(["social", "community"]),
                    "post" if r.random() < 0.5 else "mention",
                    f.pick(W.NIGHT_POST, c.lang),
                )
            else:
                f.add(c, t, "chat", "chat", f.pick(W.NIGHT_QUESTION, c.lang))
                a = t + timedelta(minutes=r.randint(1, 5))
                f.add(c, a, "chat", "chat", W.NIGHT_ANSWER[c.lang], out=True)
                f.add(
                    c,
                    a + timedelta(minutes=r.randint(1, 4)),
                    "chat",
                    "chat",
                    f.pick(W.THANKS, c.lang),
                )
        acts_on_days(f, c, free_days(f, r.randint(2, 3), 0, 9), 9, 18, surveys=False)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys")
        for d in free_days(f, r.randint(3, 6), 0, 9):
            happy_survey(f, c, daytime(f, d, 8, 20), c.lang)
    for row in f.rows:  # social posts at night are mentions or posts: keep kinds consistent
        if row.data["channel"] == "social":
            row.data["kind"] = "mention"
        elif row.data["channel"] == "community":
            row.data["kind"] = "post"
    f.expected = {}
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 3, 9, tzinfo=UTC),
        12,
        "happy customers with one bad day, and controls",
    )
    r = f.rng
    chans = [ch for ch in ("long", "email", "chat", "social", "web", "phone") for _ in range(4)]
    r.shuffle(chans)
    cased: list[tuple[Cust, str, str, datetime, str]] = []
    for i, ch in enumerate(chans):
        lang = r.choice(["fr", "en"]) if ch == "long" else f.lang()
        c = f.person(lang, "happy_one_bad_day", "one bad day", tolerated=["silence"])
        bd = 2 + i % 8
        t = f.at(bd, r.uniform(8, 20))
        problem = W.PROBLEMS[i % 6]
        eid, ref, rt = complain(
            f, c, t, "email" if ch == "long" else ch, problem, lang, long=ch == "long"
        )
        c.truth.update(
            {
                "problem": problem,
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "booking": ref,
            }
        )
        days = [d for d in range(0, 12) if d <= bd - 2 or d >= bd + 3]
        acts_on_days(f, c, sorted(r.sample(days, r.randint(1, 5))), surveys=False)
        if ref:
            cased.append((c, ref, eid, rt, lang))
    r.shuffle(cased)
    for j, (c, _ref, _eid, _rt, lang) in enumerate(cased):
        t0 = datetime.fromisoformat(c.truth["bad_day_at"].replace("Z", "+00:00"))
        if j < 6:
            nps = r.randint(1, 5)
            s = f.add(
                c,
                t0 + timedelta(minutes=r.randint(100, 140)),
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
                    "survey_event_id": s,
                }
            )
        elif j < 11:
            cs = r.randint(1, 2)
            s = f.add(
                c,
                t0 + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                f.pick(W.LOW_CSAT_WORD, lang) or None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": cs, "survey_event_id": s})
    good = r.sample(range(len(cased)), 12)
    for k, j in enumerate(good):
        c, ref, _eid, rt, lang = cased[j]
        t0 = datetime.fromisoformat(c.truth["bad_day_at"].replace("Z", "+00:00"))
        gt = out_of_night(t0 + timedelta(hours=r.uniform(1, 4)), r)
        f.add(
            c,
            gt,
            "email",
            "message",
            W.GOOD_NEWS[lang].format(ref=ref),
            subject=f"Glaciva {ref}",
            out=True,
        )
        c.truth["agent_fixed"] = True
        if k < 5:
            at = out_of_night(t0 + timedelta(hours=r.uniform(16, 24)), r)
            ch = r.choice(["chat", "email"])
            a = f.add(
                c,
                at,
                ch,
                "chat" if ch == "chat" else "message",
                f.pick(W.APOLOGY, lang),
                subject=None if ch == "chat" else f"RE: {ref}",
            )
            c.truth.update({"apologised": True, "apology_at": iso(at), "apology_event_id": a})
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control")
        acts_on_days(f, c, free_days(f, r.randint(4, 7), 0, 11))
    f.expected = {"detractor": 6}
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    first: datetime,
    first_ch: str,
    problem: str,
    times: int,
    escalate: bool,
    langs: tuple[str, ...],
) -> None:
    r = f.rng
    lang = langs[0]
    eid, ref, _rt = complain(f, c, first, first_ch, problem, lang)
    assert ref
    if escalate:
        f.add(
            c,
            out_of_night(first + timedelta(hours=r.uniform(1.5, 2.5)), r),
            "email",
            "message",
            W.ESCALATED[lang].format(ref=ref),
            subject=f"Glaciva {ref}",
            out=True,
        )
    ids = [eid]
    chans = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_ch]
    r.shuffle(chans)
    t = first
    comp = None
    for k in range(1, times):
        lg = langs[k % len(langs)]
        t = out_of_night(t + timedelta(hours=r.uniform(4, 40)), r)
        ch = chans[k - 1]
        if k == 2:
            comp = r.choice(W.COMPETITORS)
            text = f.pick(W.THIRD, lg).format(ref=ref, comp=comp)
        elif k == 3:
            text = f.pick(W.FOURTH, lg).format(ref=ref)
        else:
            text = f.pick(W.STILL_OPEN, lg).format(ref=ref)
        if ch == "phone":
            text = (
                text.lower()
                .replace(",", "")
                .replace(".", "")
                .replace("?", "")
                .replace("!", "")
                .replace(":", "")
                .replace(ref.lower(), ref)
            )
            if comp:
                text = text.replace(comp.lower(), comp)
            ids.append(f.add(c, t, "phone", "call", text))
        elif ch == "chat":
            ids.append(f.add(c, t, "chat", "chat", text))
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 5)),
                "chat",
                "chat",
                W.ADDED_URGENT[lg].format(ref=ref),
                out=True,
                lang=lg,
            )
        elif ch == "email":
            ids.append(f.add(c, t, "email", "message", text, subject=f"RE: {ref}"))
        elif ch == "web":
            ids.append(f.add(c, t, "web", "ticket", text, subject=ref, attrs={"page": "/contact"}))
        else:
            ids.append(f.add(c, t, "social", "mention", text))
    c.truth.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": times,
            "channels": [first_ch, *chans[: times - 1]],
            "problem_event_ids": ids,
            "agent_passed_on": escalate,
            "competitor": comp,
            "trouble_starts_at": iso(first),
        }
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, problem: str, lang: str, confirm_lang: str, channel: str = "web"
) -> dict[str, Any]:
    r = f.rng
    eid, ref, _rt = complain(f, c, t, channel, problem, lang)
    assert ref
    ft = out_of_night(t + timedelta(hours=r.uniform(3, 20)), r)
    f.add(
        c,
        ft,
        "email",
        "message",
        W.GOOD_NEWS[lang].format(ref=ref),
        subject=f"Glaciva {ref}",
        out=True,
        lang=lang,
    )
    ct = out_of_night(ft + timedelta(hours=r.uniform(8, 30)), r)
    ch = r.choice(["email", "chat"])
    cid = f.add(
        c,
        ct,
        ch,
        "chat" if ch == "chat" else "message",
        f.pick(W.CONFIRMED, confirm_lang).format(ref=ref),
        subject=None if ch == "chat" else f"RE: {ref}",
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(ft),
        "confirmed_at": iso(ct),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": ch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 4, 20, tzinfo=UTC),
        10,
        "repeat contacts about one open problem, fixed cases, two problems, frequent writers",
    )
    r = f.rng
    for i in range(12):
        c = f.person(
            f.lang(), "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=T_REPEAT
        )
        acts_on_days(f, c, [0] * r.randint(1, 3), 7, 12, surveys=False)
        first = f.at(1 + i % 4, r.uniform(8, 19))
        repeat_run(
            f,
            c,
            first,
            ["web", "email", "chat", "phone"][i % 4],
            W.PROBLEMS[i % 6],
            2 + i % 3,
            i % 2 == 0,
            (c.lang,),
        )
    for i in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", tolerated=["silence"])
        acts_on_days(f, c, [0], 7, 12, surveys=False)
        case = fixed_case(
            f,
            c,
            f.at(1 + i % 4, r.uniform(8, 18)),
            W.PROBLEMS[(i + 2) % 6],
            c.lang,
            c.lang,
            r.choice(["web", "email", "chat"]),
        )
        c.truth.update({"problems": [case], "trouble_starts_at": case["raised_at"]})
    for i in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", tolerated=["silence"])
        a = fixed_case(
            f, c, f.at(0.5 + i, r.uniform(8, 12)), W.PROBLEMS[i], c.lang, c.lang, "email"
        )
        b = fixed_case(
            f, c, f.at(4.5 + i, r.uniform(8, 12)), W.PROBLEMS[i + 3], c.lang, c.lang, "chat"
        )
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer")
        for d in free_days(f, r.randint(5, 8), 0, 9):
            t = daytime(f, d, 8, 19)
            if r.random() < 0.3:
                f.add(c, t, "phone", "call", fmt(f, c, W.PHONE_QUESTION[c.lang]))
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(10, 40)),
                    "email",
                    "message",
                    W.PHONE_FOLLOWUP[c.lang],
                    subject="Glaciva",
                    out=True,
                )
            else:
                ch = r.choice(["chat", "chat", "email"])
                k = "chat" if ch == "chat" else "message"
                f.add(
                    c,
                    t,
                    ch,
                    k,
                    f.pick(W.QUESTION, c.lang),
                    subject=None if ch == "chat" else "Question",
                )
                ans = t + timedelta(minutes=r.randint(1, 6) if ch == "chat" else r.randint(30, 120))
                f.add(c, ans, ch, k, W.ANSWER[c.lang], out=True)
                if r.random() < 0.6:
                    f.add(
                        c,
                        ans + timedelta(minutes=r.randint(1, 15)),
                        ch,
                        k,
                        f.pick(W.THANKS, c.lang),
                    )
    f.expected = {"repeat_contact": 12}
    return f


def slide(f: Fam, c: Cust, day0: float, span: float, langs: tuple[str, ...], nps: bool) -> None:
    r = f.rng
    ids = []
    comp = r.choice(W.COMPETITORS)
    steps = []
    for k in range(6):
        lg = langs[k % len(langs)]
        t = daytime(f, day0 + k * span / 5, 8, 21)
        text = W.SLIDE[lg][k].format(comp=comp)
        ch = "social" if k in (0, 4, 5) else r.choice(["community", "chat", "email"])
        kind = {"social": "mention", "community": "post", "chat": "chat", "email": "message"}[ch]
        ids.append(f.add(c, t, ch, kind, text, subject="Glaciva" if ch == "email" else None))
        steps.append(t)
        if k == 4 and nps:
            s = r.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(hours=r.uniform(2, 6)),
                "survey",
                "survey_response",
                None,
                scores={"nps": s},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": s, "survey_event_id": sid})
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": sorted({(t - f.start).days for t in steps}),
            "competitor": comp,
            "trouble_starts_at": iso(steps[0]),
        }
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 1, tzinfo=UTC),
        28,
        "sliders, leavers, steady, steadily grumpy and sarcastic customers",
    )
    r = f.rng
    for i in range(10):
        nps = i < 5
        exp = ["sentiment_drop", "detractor"] if nps else ["sentiment_drop"]
        c = f.person(f.lang(), "slow_churner", "slides", expected=exp, tolerated=T_SLIDE)
        for d in free_days(f, r.randint(4, 5), 0, 11):
            ch = r.choice(["social", "community"])
            f.add(
                c,
                daytime(f, d, 8, 20),
                ch,
                "mention" if ch == "social" else "post",
                fmt(f, c, f.pick(W.PRAISE, c.lang)),
            )
        acts_on_days(f, c, free_days(f, r.randint(2, 4), 0, 11), surveys=False)
        slide(f, c, 13 + r.randint(0, 2), r.uniform(9, 12), (c.lang,), nps)
    for _ in range(5):
        c = f.person(
            f.lang(), "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=T_LEAVE
        )
        acts_on_days(f, c, free_days(f, r.randint(3, 5), 0, 15), surveys=False)
        t = f.at(r.randint(17, 25), r.uniform(9, 18))
        eid = f.add(
            c, t, "email", "message", f.pick(W.CANCEL_REQUEST, c.lang), subject="Glaciva Club"
        )
        rt = t + timedelta(minutes=r.randint(30, 180))
        f.add(c, rt, "email", "message", W.SORRY_TO_GO[c.lang], subject="Glaciva Club", out=True)
        ct = rt + timedelta(minutes=r.randint(10, 90))
        cid = f.add(
            c,
            ct,
            "web",
            "cancellation",
            None,
            attrs={"page": "/club/cancel", "product": W.PRODUCTS[4][0]},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady")
        acts_on_days(f, c, free_days(f, r.randint(5, 8), 0, 27))
    for _ in range(5):
        c = f.person(
            f.lang(), "steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"]
        )
        g = []
        for d in free_days(f, r.randint(4, 6), 0, 27):
            ch = r.choice(["community", "chat", "social"])
            g.append(
                f.add(
                    c,
                    daytime(f, d, 8, 20),
                    ch,
                    {"community": "post", "chat": "chat", "social": "mention"}[ch],
                    f.pick(W.GRUMPY, c.lang),
                )
            )
        c.truth.update({"grumble_event_ids": g})
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        days = free_days(f, r.randint(4, 6), 0, 27)
        acts_on_days(f, c, days[:-1], surveys=False)
        s = f.add(c, daytime(f, days[-1], 9, 20), "social", "mention", f.pick(W.SARCASM, c.lang))
        c.truth.update({"sarcasm_event_id": s})
    f.expected = {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 7, 17, tzinfo=UTC),
        3,
        "a quiet weekend with night owls in three bursts a night",
    )
    r = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        acts_on_days(f, c, free_days(f, r.randint(1, 3), 0, 2), 7, 20)
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(i % 3, r.uniform(9, 19))
        g = f.add(c, t, "chat", "chat", W.GRUMBLE_ONCE[c.lang])
        f.add(
            c,
            t + timedelta(minutes=r.randint(1, 5)),
            "chat",
            "chat",
            W.GRUMBLE_ANSWER[c.lang],
            out=True,
        )
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t)})
    bursts = (0.72, 1.85, 3.08)
    for night in range(3):
        for b, h in enumerate(bursts):
            start = f.at(night + 1, h + r.uniform(-0.05, 0.05))
            for _ in range(4):
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {b + 1}")
                t = start + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    ch = r.choice(["social", "community"])
                    e = f.add(
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        f.pick(W.NIGHT_POST, c.lang),
                    )
                else:
                    e = f.add(c, t, "chat", "chat", f.pick(W.NIGHT_QUESTION, c.lang))
                    a = t + timedelta(minutes=r.randint(1, 4))
                    f.add(c, a, "chat", "chat", W.NIGHT_ANSWER[c.lang], out=True)
                    f.add(
                        c,
                        a + timedelta(minutes=r.randint(1, 3)),
                        "chat",
                        "chat",
                        f.pick(W.THANKS, c.lang),
                    )
                c.truth.update({"burst_at": iso(start), "night_event_id": e})
    f.expected = {}
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 8, 3, tzinfo=UTC),
        16,
        "customers who write in two languages",
    )
    r = f.rng
    pairs = [
        ("fr", "en"),
        ("en", "fr"),
        ("fr", "de"),
        ("en", "es"),
        ("fr", "it"),
        ("en", "pt"),
        ("fr", "pt"),
        ("en", "de"),
        ("de", "fr"),
        ("es", "en"),
        ("it", "fr"),
        ("pt", "en"),
    ]
    weights = [30, 30, 10, 10, 10, 10, 8, 8, 5, 5, 5, 5]

    def bi(
        persona: str,
        habit: str,
        exp: list[str] | None = None,
        tol: list[str] | None = None,
        pair: tuple[str, str] | None = None,
    ) -> Cust:
        p = pair or r.choices(pairs, weights=weights)[0]
        c = f.person(p[0], persona, habit, exp, tol)
        c.langs = p
        c.truth.update({"languages": list(p), "job_second_language": r.choice(W.BILINGUAL_WHY)})
        return c

    for _ in range(12):
        c = bi("happy", "alternates languages")
        for k, d in enumerate(free_days(f, r.randint(4, 6), 0, 15)):
            happy_act(f, c, daytime(f, d, 8, 20), c.langs[k % 2], surveys=False)
    for i in range(5):
        c = bi("repeat_contact", "repeats", ["repeat_contact"], T_REPEAT)
        happy_act(f, c, daytime(f, 0, 8, 12), c.langs[1], surveys=False)
        repeat_run(
            f,
            c,
            f.at(1 + i, r.uniform(8, 18)),
            ["web", "email", "chat", "web", "email"][i],
            W.PROBLEMS[i],
            2 + i % 2,
            i < 2,
            c.langs,
        )
    for _ in range(5):
        c = bi("slow_churner", "slides", ["sentiment_drop"], T_SLIDE)
        for k, d in enumerate(free_days(f, 5, 0, 6)):
            ch = r.choice(["social", "community"])
            lg = c.langs[k % 2]
            f.add(
                c,
                daytime(f, d, 8, 20),
                ch,
                "mention" if ch == "social" else "post",
                fmt(f, c, f.pick(W.PRAISE, lg), lg),
            )
        for k, d in enumerate(free_days(f, r.randint(1, 3), 0, 6)):
            happy_act(f, c, daytime(f, d, 8, 20), c.langs[k % 2], surveys=False)
        slide(f, c, r.choice([7, 8]), r.uniform(3, 5), c.langs, False)
    for i, (kind, pair) in enumerate(
        (("long", ("de", "fr")), ("email", ("es", "en")), ("chat", ("it", "en")))
    ):
        c = bi("happy_one_bad_day", "one bad day", None, ["silence"], pair)
        lg = c.langs[1]
        for k, d in enumerate(free_days(f, r.randint(2, 3), 0, 4)):
            happy_act(f, c, daytime(f, d, 8, 20), c.langs[k % 2], surveys=False)
        t = f.at(8 + i * 2, r.uniform(9, 19))
        problem = W.PROBLEMS[i + 1]
        eid, ref, _rt = complain(
            f, c, t, "email" if kind == "long" else kind, problem, lg, long=kind == "long"
        )
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": lg,
                "booking": ref,
                "long_email": kind == "long",
                "trouble_starts_at": iso(t),
            }
        )
        if kind != "chat":
            f.add(
                c,
                out_of_night(t + timedelta(hours=r.uniform(1, 4)), r),
                "email",
                "message",
                W.GOOD_NEWS[lg].format(ref=ref),
                subject=f"Glaciva {ref}",
                out=True,
                lang=lg,
            )
            c.truth["agent_fixed"] = True
        if kind == "email":
            at = out_of_night(t + timedelta(hours=r.uniform(18, 24)), r)
            a = f.add(c, at, "chat", "chat", f.pick(W.APOLOGY, lg))
            c.truth.update({"apologised": True, "apology_at": iso(at), "apology_event_id": a})
    for i in range(2):
        c = bi(
            "resolved_between_contacts", "fixed", None, ["silence"], (("fr", "en"), ("en", "fr"))[i]
        )
        case = fixed_case(
            f,
            c,
            f.at(3 + i * 4, r.uniform(9, 17)),
            W.PROBLEMS[4 + i],
            c.langs[0],
            c.langs[1],
            "web",
        )
        c.truth.update(
            {
                "problems": [case],
                "trouble_starts_at": case["raised_at"],
                "confirm_language": c.langs[1],
            }
        )
    f.expected = {"repeat_contact": 5, "sentiment_drop": 5}
    return f


def office(f: Fam, t: datetime) -> datetime:
    r = f.rng
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        if t.hour >= 17 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=r.randint(0, 59))
        else:
            t = t.replace(hour=8, minute=r.randint(0, 59))
    return t


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "Glaciva Works company accounts",
    )
    r = f.rng
    plan = [
        ("at_risk", 3, 5),
        ("at_risk", 3, 4),
        ("at_risk", 3, 6),
        ("at_risk", 4, 5),
        ("at_risk", 4, 6),
    ]
    plan += (
        [("one_unhappy", 1, 3)] * 4
        + [("mild", 2, 3), ("mild", 2, 4), ("mild", 2, 3)]
        + [("happy", 0, 3)] * 3
    )
    langs = [
        "fr",
        "en",
        "fr",
        "en",
        "de",
        "fr",
        "en",
        "es",
        "it",
        "fr",
        "en",
        "pt",
        "en",
        "fr",
        "de",
    ]
    sites = (
        "logistics",
        "law firm",
        "engineering",
        "bank",
        "agency",
        "municipality",
        "hospital",
        "software",
        "architects",
        "insurance",
    )
    used_companies: set[str] = set()
    complaints_by_problem = [*list(W.B2B_PROBLEMS), "invoice"]
    for ai, (kind, unhappy, ncontacts) in enumerate(plan):
        lang = langs[ai]
        market = r.choice(W.MARKETS[lang])
        company = (
            next((x for x in W.COMPANIES[lang] if x not in used_companies), None)
            or f"{r.choice(W.LAST[lang])} {r.choice(['Partners', 'Groupe', 'GmbH', 'SA', 'Lda', 'Srl'])}"
        )
        used_companies.add(company)
        domain = strip_accents(company).lower().replace(" & ", "-").replace(" ", "-") + ".example"
        acc = uniq(lambda m=market: f"GVW-{m}-{r.randint(1000, 9999)}")
        contacts: list[Cust] = []
        for k in range(ncontacts):
            role = (
                "complainer"
                if kind in ("at_risk", "one_unhappy") and k < unhappy
                else "suggests"
                if kind == "mild" and k < unhappy
                else "contact"
            )
            persona = (
                {
                    "at_risk": "b2b_unhappy",
                    "one_unhappy": "b2b_one_unhappy",
                    "mild": "b2b_mild",
                }.get(kind, "b2b_happy")
                if role != "contact"
                else "b2b_happy"
            )
            c = f.person(
                lang, persona, role, account=acc, company=company, domain=domain, market=market
            )
            title = W.JOB_TITLES[(ai + k) % len(W.JOB_TITLES)]
            c.truth.update({"role": role, "job_title": title, "job": title})
            contacts.append(c)
        problem = complaints_by_problem[ai % 5] if kind != "one_unhappy" else W.B2B_PROBLEMS[ai % 4]
        acc_truth: dict[str, Any] = {
            "company": company,
            "site": sites[ai % len(sites)],
            "contacts": ncontacts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy if kind in ("at_risk", "one_unhappy") else 0,
            "unhappy_contact_keys": [c.key for c in contacts[:unhappy]]
            if kind in ("at_risk", "one_unhappy")
            else [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        f.accounts[acc] = acc_truth
        for c in contacts:
            routine_days = (
                [0, 1]
                if c.truth["role"] != "contact"
                else [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
            )
            n = r.randint(0, 2) if c.truth["role"] != "contact" else r.randint(2, 4)
            for d in sorted(r.sample(routine_days, min(n, len(routine_days)))):
                t = f.at(d, r.uniform(8, 16.5))
                what = r.choice(
                    ["q", "view", "buy"]
                    + (["praise", "survey"] if c.truth["role"] == "contact" else [])
                )
                if what == "q":
                    f.add(c, t, "chat", "chat", f.pick(W.B2B_QUESTION, lang))
                    a = t + timedelta(minutes=r.randint(1, 6))
                    f.add(c, a, "chat", "chat", W.B2B_ANSWER[lang], out=True)
                    if r.random() < 0.5:
                        f.add(
                            c,
                            a + timedelta(minutes=r.randint(1, 10)),
                            "chat",
                            "chat",
                            f.pick(W.THANKS, lang),
                        )
                elif what == "view":
                    f.add(c, t, "web", "page_view", attrs={"page": "/works/portal"})
                elif what == "buy":
                    f.add(c, t, "web", "page_view", attrs={"page": "/works/passes"})
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(2, 8)),
                        "web",
                        "purchase",
                        attrs={
                            "page": "/works/passes",
                            "product": "Works staff pass, 10 sessions / Pass Works 10 séances",
                            "order_value": f"{r.choice([480, 960, 1440]):.2f}",
                            "currency": currency(c),
                        },
                    )
                elif what == "praise":
                    f.add(c, t, "community", "post", f.pick(W.B2B_PRAISE, lang))
                else:
                    happy_survey(f, c, t, lang)
        if kind == "at_risk":
            t = office(f, f.at(2, r.uniform(8.5, 15)))
            acc_truth["trouble_starts_at"] = iso(t)
            ref = new_ref(f)
            first_name = contacts[0].truth["name"].split()[0]
            first_day = W.WEEKDAY[lang][t.weekday()]
            for k in range(unhappy):
                c = contacts[k]
                c.truth["expected_rules"] = ["detractor"] if k < unhappy - 1 else ["repeat_contact"]
                c.truth["tolerated_rules"] = sorted(
                    set(T_B2B_RISK) - set(c.truth["expected_rules"])
                )
                text = (
                    fmt(f, c, W.B2B_COMPLAINT[lang][problem])
                    if k == 0
                    else W.B2B_LATER[lang].format(first=first_name, day=first_day, ref=ref)
                    + " "
                    + fmt(f, c, W.B2B_COMPLAINT[lang][problem])
                )
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=f"Glaciva Works: {problem}" if k == 0 else f"RE: {ref}",
                )
                ids = [e]
                if k == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(20, 60)),
                        "email",
                        "message",
                        W.B2B_ACK[lang].format(ref=ref),
                        subject=f"Glaciva Works {ref}",
                        out=True,
                    )
                if k < unhappy - 1:
                    s = r.randint(1, 5)
                    sid = f.add(
                        c,
                        t + timedelta(hours=r.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": s},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "nps": s, "survey_event_id": sid})
                else:
                    lt = office(f, t + timedelta(hours=r.uniform(18, 40)))
                    if ai == 0:
                        comp = r.choice(W.COMPETITORS)
                        ids.append(
                            f.add(
                                c,
                                lt,
                                "email",
                                "message",
                                W.B2B_LAST_EMAIL[lang].format(ref=ref, comp=comp),
                                subject=f"RE: {ref}",
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(c, lt, "phone", "call", W.B2B_LAST_CALL[lang].format(ref=ref))
                        )
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": ref,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t),
                    }
                )
                t = office(f, t + timedelta(hours=r.uniform(8, 28)))
        elif kind == "one_unhappy":
            c = contacts[0]
            t = office(f, f.at(r.randint(3, 7), r.uniform(8.5, 15)))
            e = f.add(
                c,
                t,
                "email",
                "message",
                fmt(f, c, W.B2B_COMPLAINT[lang][problem]),
                subject=f"Glaciva Works: {problem}",
            )
            ref = new_ref(f)
            f.add(
                c,
                t + timedelta(minutes=r.randint(20, 60)),
                "email",
                "message",
                W.B2B_ACK[lang].format(ref=ref),
                subject=f"Glaciva Works {ref}",
                out=True,
            )
            s = r.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(hours=r.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": s},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "expected_rules": ["detractor"],
                    "tolerated_rules": ["high_value_at_risk", "sentiment_drop", "silence"],
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": [e],
                    "nps_given": True,
                    "nps": s,
                    "survey_event_id": sid,
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            for k in range(unhappy):
                c = contacts[k]
                t = office(f, f.at(r.randint(2, 9), r.uniform(8, 16)))
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    W.B2B_SUGGEST[lang][k % 2],
                    subject="Suggestion",
                    attrs={"page": "/works/contact"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(30, 120)),
                    "email",
                    "message",
                    W.B2B_SUGGEST_ACK[lang],
                    subject="Glaciva Works",
                    out=True,
                )
                c.truth.update(
                    {
                        "tolerated_rules": ["silence"],
                        "mild_event_id": e,
                        "trouble_starts_at": iso(t),
                    }
                )
        for c in contacts:
            if not any(row.cust is c and row.data["direction"] == "inbound" for row in f.rows):
                t = f.at(r.choice([0, 1]), r.uniform(8, 16))
                f.add(c, t, "web", "page_view", attrs={"page": "/works/portal"})
    f.expected = {"account_risk": 5, "detractor": 16, "repeat_contact": 5}
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 10, 5, tzinfo=UTC),
        7,
        "a calm week, then app bookings failing at payment on Saturday morning",
    )
    r = f.rng
    s0 = datetime(2026, 10, 10, 8, 5, tzinfo=UTC)
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer")
        for d in free_days(f, r.randint(1, 4), 0, 5):
            happy_act(f, c, daytime(f, d, 12, 19) if d == 5 else daytime(f, d, 7, 20))
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, r.uniform(9, 17))
        g = f.add(c, t, "chat", "chat", W.GRUMBLE_ONCE[c.lang])
        f.add(
            c,
            t + timedelta(minutes=r.randint(1, 5)),
            "chat",
            "chat",
            W.GRUMBLE_ANSWER[c.lang],
            out=True,
        )
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t)})
    for lg, h in (("fr", 9.67), ("en", 16.08)):
        c = f.person(lg, "grumbles_once", "lone question", tolerated=["silence"])
        t = f.at(4, h)
        g = f.add(c, t, "chat", "chat", W.LONE_QUESTION[lg])
        f.add(
            c, t + timedelta(minutes=r.randint(2, 6)), "chat", "chat", W.LONE_ANSWER[lg], out=True
        )
        c.truth.update({"lone_report_event_id": g, "trouble_starts_at": iso(t)})
    langs = ["fr"] * 6 + ["en"] * 6 + ["de", "de", "es", "es", "it", "pt", "it", "pt"]
    r.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    offsets = sorted([0.0, 45.0] + [r.uniform(1, 44) for _ in range(18)])
    reporters: list[tuple[Cust, datetime, str]] = []
    first_ids: list[str] = []
    regular_flags = [True] * 12 + [False] * 8
    r.shuffle(regular_flags)
    for i in range(20):
        regular = regular_flags[i]
        c = f.person(
            langs[i], "spike_reporter", "regular" if regular else "new", tolerated=["silence"]
        )
        c.truth["regular"] = regular
        if regular:
            for _ in range(r.randint(1, 2)):
                happy_act(f, c, f.at(2, r.uniform(8, 17.5)), surveys=False)
        t = s0 + timedelta(minutes=offsets[i])
        ch = chans[i]
        text = f.pick(W.SPIKE_REPORT, c.lang).format(code=CODE)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = f.add(
            c,
            t,
            ch,
            kind,
            text,
            subject="Q7:214 ?" if ch == "email" else "App" if ch == "web" else None,
            attrs={"page": "/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[c.lang],
                out=True,
            )
        c.truth.update(
            {
                "in_spike": True,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        reporters.append((c, t, ch))
        first_ids.append(eid)
    regs = sum(1 for c, _, _ in reporters if c.truth["regular"])
    assert regs == 12, regs
    early = [x for x in reporters if x[1] <= s0 + timedelta(minutes=25)]
    repeaters = r.sample(early, 6)
    rep_ids = []
    for c, t, ch in repeaters:
        nch = r.choice([x for x in ("email", "chat", "community") if x != ch])
        t2 = t + timedelta(minutes=r.uniform(15, 50))
        kind = {"chat": "chat", "community": "post", "email": "message"}[nch]
        e = f.add(
            c,
            t2,
            nch,
            kind,
            f.pick(W.SPIKE_REPEAT, c.lang).format(code=CODE),
            subject=CODE if nch == "email" else None,
        )
        rep_ids.append(e)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
                "repeat_event_id": e,
            }
        )
    others = [x for x in reporters if x not in repeaters]
    for c, _t, _ch in r.sample(others, 6):
        local = "11:40" if c.market in ("UK", "IE", "PT") else "12:40"
        f.add(
            c,
            datetime(2026, 10, 10, 11, r.randint(5, 15), tzinfo=UTC),
            "email",
            "message",
            W.SPIKE_FIXED[c.lang].format(time=local),
            subject="Glaciva app",
            out=True,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"cold-plunge studio app: bookings fail at payment, no session can be booked, error {CODE}",
        "about": "Saturday 10 October 2026, 08:05-08:50 UTC",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": [c.key for c, _, _ in reporters],
        "event_ids": first_ids,
        "repeat_event_ids": rep_ids,
    }
    f.expected = {"topic_spike": 1, "repeat_contact": 6}
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
    USED.clear()
    for build in FAMILIES:
        fam = build()
        n, rows = fam.write()
        print(f"{fam.name}: {n} customers, {rows} touchpoints")


if __name__ == "__main__":
    main()
