# ruff: noqa: E501
"""Builds heldout174/ (Relvaro, robot lawn mowers on hire): every family's JSONL and truth.

Standard library only; fixed seed; one random.Random per family. Run from anywhere.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261174
LANG_W = (("pt", 30), ("es", 30), ("en", 10), ("fr", 10), ("de", 10), ("it", 10))
MARKETS = {
    "pt": ("PT",),
    "es": ("ES",),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE"),
    "de": ("DE", "AT", "CH"),
    "it": ("IT",),
}
PHONE = {
    "PT": ("+351", "9", 8),
    "ES": ("+34", "6", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "7", 8),
    "IT": ("+39", "3", 9),
}
FIRST = {
    "pt": (
        "Ana",
        "Rui",
        "Inês",
        "João",
        "Marta",
        "Tiago",
        "Sofia",
        "Nuno",
        "Beatriz",
        "Pedro",
        "Catarina",
        "Miguel",
        "Rita",
        "Duarte",
    ),
    "es": (
        "Lucía",
        "Javier",
        "Carmen",
        "Pablo",
        "Marta",
        "Diego",
        "Elena",
        "Sergio",
        "Nuria",
        "Álvaro",
        "Irene",
        "Raúl",
        "Paula",
        "Hugo",
    ),
    "en": ("Emma", "Oliver", "Grace", "Liam", "Chloe", "Ciarán", "Hannah", "Tom"),
    "fr": ("Camille", "Julien", "Léa", "Hugo", "Manon", "Bastien", "Chloé"),
    "de": ("Lena", "Jonas", "Anna", "Felix", "Miriam", "Lukas", "Jana"),
    "it": ("Giulia", "Marco", "Chiara", "Luca", "Sara", "Matteo", "Elisa"),
}
LAST = {
    "pt": (
        "Silva",
        "Costa",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Gomes",
        "Lopes",
        "Marques",
        "Carvalho",
    ),
    "es": (
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Ruiz",
        "Moreno",
        "Ortega",
        "Castro",
        "Vidal",
    ),
    "en": ("Walsh", "Murphy", "Taylor", "Brown", "Hughes", "Byrne", "Evans"),
    "fr": ("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard"),
    "de": ("Müller", "Schmidt", "Weber", "Wagner", "Becker", "Hoffmann"),
    "it": ("Rossi", "Bianchi", "Ferrari", "Greco", "Conti", "Russo"),
}
NO_TOL: tuple[str, ...] = ()
REPEAT_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
SLIDE_TOL = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
LEAVE_TOL = ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence")
AT_RISK_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
)
USED: set[str] = set()


def plain(s: str) -> str:
    return str(W.strip_accents(s)).lower().replace(" ", "").replace("'", "")


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def day_out(t: datetime) -> datetime:
    """Moves a time out of 22:00-07:00 UTC to 08:00-09:00 of the next morning."""
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute % 60)
    return t


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
    langs: tuple[str, ...] = ()
    rows: int = 0


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
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v

    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_W], [w for _, w in LANG_W])[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = NO_TOL,
        account: str | None = None,
        market: str | None = None,
        company: str | None = None,
        **extra: Any,
    ) -> Cust:
        r = self.rng
        lg = lang or self.lang()
        mk = market or r.choice(MARKETS[lg])
        first, last = r.choice(FIRST[lg]), r.choice(LAST[lg])
        key = self.uniq(lambda: f"RV{self.code}{r.randrange(1000, 10000)}")
        if company:
            email = self.uniq(
                lambda: f"{plain(first)}.{plain(last)}{r.randrange(1, 99)}@{company}.example"
            )
            handle = None
        else:
            email = self.uniq(
                lambda: (
                    f"{plain(first)}.{plain(last)}{r.randrange(1, 999)}@{r.choice(('correo', 'mail', 'post', 'web'))}.example"
                )
            )
            handle = (
                self.uniq(lambda: f"@{plain(first)}_{plain(last)}{r.randrange(1, 99)}")
                if r.random() < 0.7
                else None
            )
        cc, pre, digits = PHONE[mk]
        phone = self.uniq(
            lambda: cc + pre + "".join(str(r.randrange(10)) for _ in range(digits - len(pre) + 1))
        )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        truth.update(extra)
        c = Cust(key, lg, mk, f"{first} {last}", email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    def at(self, day: float, lo: float, hi: float) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(lo, hi))

    def case(self) -> str:
        return self.uniq(lambda: f"RV-{self.rng.randrange(100000, 1000000)}")

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
        eid = f"h174-{self.code.lower()}-{self.seq:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = W.roughen(text, self.rough)
        if text and not out and channel == "social" and "@" + W.BRAND not in text:
            text = (
                text.replace(W.BRAND, "@" + W.BRAND)
                if W.BRAND in text
                else "@" + W.BRAND + " " + text
            )
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(("Rita", "Pau", "Sam", "Noé", "Lea", "Gio"))
        a.update(attrs or {})
        self.rows.append(
            {
                "_t": t,
                "_c": c,
                "_out": out,
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "text": text,
                "subject": subject,
                "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
                "source": "relvaro-"
                + {"email": "mail", "phone": "voice", "social": "social", "community": "forum"}.get(
                    channel, channel
                ),
                "attributes": a,
            }
        )
        c.rows += 1
        return eid

    # ---- common acts ----
    def say(self, c: Cust, key: str, lang: str | None = None, **kw: str) -> str:
        return str(W.say(lang or c.lang, key, self.rng, **kw))

    def happy(self, c: Cust, t: datetime, surveys: bool = True, lang: str | None = None) -> None:
        r = self.rng
        lg = lang or c.lang
        kinds = ["praise", "again", "gripe", "chat", "call", "buy", "view", "review"] + (
            ["survey"] if surveys else []
        )
        k = r.choice(kinds)
        if k in ("praise", "again"):
            ch = r.choice(("social", "community"))
            self.add(
                c,
                t,
                ch,
                "post" if ch == "community" else "mention",
                self.say(c, "praise" if k == "praise" else "praise_again", lg),
            )
        elif k == "gripe":
            self.add(
                c,
                t,
                "web",
                "review",
                self.say(c, "praise_gripe", lg),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif k == "chat":
            self.add(c, t, "chat", "chat", self.say(c, "question", lg))
            self.add(
                c,
                t + timedelta(minutes=r.randint(1, 6)),
                "chat",
                "chat",
                self.say(c, "answer", lg),
                out=True,
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(7, 12)),
                    "chat",
                    "chat",
                    self.say(c, "thanks", lg),
                )
        elif k == "call":
            self.add(c, t, "phone", "call", self.say(c, "call_question", lg))
            self.add(
                c,
                t + timedelta(minutes=r.randint(20, 90)),
                "email",
                "message",
                self.say(c, "answer", lg),
                subject="Relvaro",
                out=True,
            )
        elif k == "buy":
            page = r.choice(W.PAGES)
            self.add(c, t, "web", "page_view", attrs={"page": page})
            prod, eur = r.choice(W.PRODUCTS)
            cur, val = (
                ("GBP", eur * 0.86)
                if c.market == "UK"
                else ("CHF", eur * 0.94)
                if c.market == "CH"
                else ("EUR", float(eur))
            )
            self.add(
                c,
                t + timedelta(minutes=r.randint(2, 15)),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{val:.2f}",
                    "currency": cur,
                    "product": prod,
                    "page": "/checkout",
                },
            )
        elif k == "view":
            self.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.say(c, "review_good", lg),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey_good(c, t, lg)

    def survey_good(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        r = self.rng
        s = r.choice(("nps", "csat", "ces"))
        v = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[s]
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            self.say(c, "survey_word", lang) or None,
            scores={s: v},
            attrs={"survey": s},
        )

    def happy_days(
        self, c: Cust, days: list[int], lo: float = 7, hi: float = 19, surveys: bool = True
    ) -> None:
        for d in days:
            self.happy(c, self.at(d, lo, hi), surveys)

    def complaint(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        problem: str,
        lang: str | None = None,
        long: bool = False,
    ) -> str:
        lg = lang or c.lang
        subj = f"{self.say(c, 'complaint_subject', lg)}: {problem.replace('_', ' ')}"
        if channel == "phone":
            return self.add(
                c, t, "phone", "call", self.say(c, "call_problem", lg, what=W.what(lg, problem))
            )
        if long:
            return self.add(
                c,
                t,
                "email",
                "message",
                self.say(c, "long_email", lg, what=W.what(lg, problem), name=c.name.split()[0]),
                subject=subj,
            )
        text = self.say(c, "p_" + problem, lg)
        if channel == "email":
            return self.add(c, t, "email", "message", text, subject=subj)
        if channel == "web":
            return self.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        if channel == "chat":
            return self.add(c, t, "chat", "chat", text)
        return self.add(c, t, channel, "mention" if channel == "social" else "post", text)

    def reply(
        self, c: Cust, t: datetime, channel: str, key: str, lang: str | None = None, **kw: str
    ) -> str:
        ch = "chat" if channel == "chat" else "email"
        return self.add(
            c,
            t,
            ch,
            "chat" if ch == "chat" else "message",
            self.say(c, key, lang, **kw),
            subject=None if ch == "chat" else "Relvaro " + kw.get("case", ""),
            out=True,
        )

    # ---- output ----
    def finish(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda x: (x["_t"], x["event_id"]))
        seen: set[str] = set()
        for row in self.rows:
            c: Cust = row["_c"]
            ids = c.truth["identifiers"]
            if row["_out"] or (row["direction"] == "inbound" and c.key not in seen):
                cust = {k: v for k, v in ids.items() if v}
                if row["direction"] == "inbound":
                    seen.add(c.key)
            else:
                ch = row["channel"]
                if ch == "phone":
                    cust = {"phone": ids["phone"]}
                elif ch in ("social", "community"):
                    cust = (
                        {
                            "handle": ids["handle"].lstrip("@")
                            if ids["handle"] and self.rough.random() < 0.2
                            else ids["handle"]
                        }
                        if ids["handle"]
                        else {"email": ids["email"]}
                    )
                elif ch == "email":
                    cust = {
                        "email": ids["email"].upper()
                        if self.rough.random() < 0.08
                        else ids["email"]
                    }
                else:
                    cust = {"customer_id": ids["customer_id"]}
                if ids["account_id"]:
                    cust["account_id"] = ids["account_id"]
            row["customer"] = cust
        for c in self.custs.values():
            assert c.rows and c.key in seen, c.key
            overlap = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            assert not overlap, (c.key, overlap)
        last = self.rows[-1]["_t"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        counts: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        assert counts == expected, (self.name, counts, expected)
        keys = (
            "event_id",
            "occurred_at",
            "channel",
            "kind",
            "direction",
            "customer",
            "text",
            "subject",
            "scores",
            "source",
            "attributes",
        )
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as out:
            for row in self.rows:
                out.write(json.dumps({k: row[k] for k in keys}, ensure_ascii=False) + "\n")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Relvaro (robot lawn mowers on hire; Relvaro Pro for companies)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-06",
                "expected": dict(sorted(counts.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.custs.values()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d(2026, 3, 16),
        10,
        "happy customers writing often, by day, by night, or only in surveys",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, sorted(r.sample(range(10), r.randint(5, 8))))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for nd in r.sample(range(9), r.randint(2, 4)):
            t = f.at(nd, 22.2, 28.5)
            if r.random() < 0.5:
                f.add(c, t, r.choice(("social", "community")), "post", f.say(c, "night_post"))
            else:
                f.add(c, t, "chat", "chat", f.say(c, "night_question"))
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(2, 6)),
                    "chat",
                    "chat",
                    f.say(c, "night_answer"),
                    out=True,
                )
                f.add(
                    c, t + timedelta(minutes=r.randint(8, 12)), "chat", "chat", f.say(c, "thanks")
                )
        f.happy_days(c, r.sample(range(10), r.randint(2, 3)), 9, 18, surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for sd in r.sample(range(10), r.randint(3, 6)):
            f.survey_good(c, f.at(sd, 8, 20))
    f.finish({})


def one_bad_day() -> None:
    f = Fam("one_bad_day", "BD", 2, d(2026, 4, 13), 12, "happy customers with one angry moment")
    r = f.rng
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    longs = ["pt", "pt", "es", "es"]
    cased = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(r.sample(cased, 6))
    rest = [i for i in cased if i not in det]
    low_csat = set(r.sample(rest, 5))
    news = set(r.sample(cased, 12))
    sorry = set(r.sample(sorted(news), 5))
    for i, ch in enumerate(chans):
        problem = W.PROBLEMS[i % 4]
        lg = longs.pop() if ch == "long" else None
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            lang=lg,
            expected=("detractor",) if i in det else (),
            tolerated=("silence",),
            problem=problem,
            channel=ch,
            long_email=ch == "long",
        )
        bd = r.randint(2, 9)
        f.happy_days(
            c,
            [x for x in range(12) if x <= bd - 2 or x >= bd + 3][: r.randint(1, 5)],
            surveys=False,
        )
        t = f.at(bd, 8, 20)
        e = f.complaint(c, t, "email" if ch == "long" else ch, problem, long=ch == "long")
        c.truth.update(
            bad_day_at=iso(t), bad_day_event_id=e, trouble_starts_at=iso(t), booking=None
        )
        if i in cased:
            case = f.case()
            c.truth["booking"] = case
            f.reply(
                c,
                t + timedelta(minutes=r.randint(2, 5) if ch == "chat" else r.randint(10, 40)),
                ch,
                "case_opened",
                case=case,
            )
            if i in det:
                nps = r.randint(1, 5)
                c.truth.update(
                    nps_given=True,
                    nps=nps,
                    survey_event_id=f.add(
                        c,
                        t + timedelta(minutes=r.randint(100, 140)),
                        "survey",
                        "survey_response",
                        f.say(c, "low_word") or None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    ),
                )
            elif i in low_csat:
                cs = r.randint(1, 2)
                c.truth.update(
                    csat_given=True,
                    csat=cs,
                    survey_event_id=f.add(
                        c,
                        t + timedelta(minutes=r.randint(40, 80)),
                        "survey",
                        "survey_response",
                        f.say(c, "low_word") or None,
                        scores={"csat": cs},
                        attrs={"survey": "csat"},
                    ),
                )
            if i in news:
                c.truth["agent_fixed"] = True
                f.reply(
                    c,
                    day_out(t + timedelta(hours=r.uniform(1, 4))),
                    "email",
                    "good_news",
                    case=case,
                )
                if i in sorry:
                    ta = day_out(t + timedelta(hours=r.uniform(16, 24)))
                    c.truth.update(
                        apologised=True,
                        apology_at=iso(ta),
                        apology_event_id=f.add(
                            c, ta, r.choice(("chat", "email")), "chat", f.say(c, "apology")
                        ),
                    )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, r.sample(range(12), r.randint(4, 7)), surveys=False)
    f.finish({"detractor": 6})


def repeat_run(
    f: Fam, c: Cust, first_day: int, n: int, lang_of: Any = None, quality: bool = False
) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    lg0 = lang_of(0) if lang_of else c.lang
    t = f.at(first_day, 8, 19)
    ch0 = r.choice(("web", "email", "chat", "phone"))
    ids = [f.complaint(c, t, ch0, problem, lang=lg0)]
    c.truth["trouble_starts_at"] = iso(t)
    case = f.case()
    f.reply(
        c,
        t + timedelta(minutes=r.randint(2, 5) if ch0 == "chat" else r.randint(10, 40)),
        ch0,
        "case_opened",
        lang=lg0,
        case=case,
    )
    if quality:
        f.reply(
            c,
            t + timedelta(hours=r.uniform(1.5, 2.5)),
            "email",
            "quality_lead",
            lang=lg0,
            case=case,
        )
    chans = [x for x in ("email", "chat", "phone", "web", "social") if x != ch0]
    r.shuffle(chans)
    comp = r.choice(W.COMPETITORS) if n >= 3 else None
    for k in range(1, n):
        t = day_out(t + timedelta(hours=r.uniform(4, 40)))
        lg = lang_of(k) if lang_of else c.lang
        ch = chans[k - 1]
        if ch == "phone":
            text = f.say(
                c, "call_problem", lg, what=W.what(lg, problem)
            ) + f" processo {case}".replace(
                "processo",
                {
                    "pt": "processo",
                    "es": "incidencia",
                    "en": "case",
                    "fr": "dossier",
                    "de": "Vorgang",
                    "it": "pratica",
                }[lg],
            )
            ids.append(f.add(c, t, "phone", "call", text))
            continue
        key = "fourth" if k == 3 else "third" if k == 2 else "still_open"
        text = f.say(c, key, lg, case=case, comp=comp or "", what=W.what(lg, problem))
        kind = {"email": "message", "chat": "chat", "web": "ticket", "social": "mention"}[ch]
        ids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                text,
                subject=f"RE: {case}" if ch == "email" else None,
                attrs={"page": "/help/contact"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=r.randint(2, 6)), "chat", "urgent", lang=lg)
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=n,
        problem_event_ids=ids,
        competitor=comp,
        agent_passed_on=quality,
        channel=ch0,
    )


def fixed_run(f: Fam, c: Cust, t: datetime, lang_of: Any = None) -> dict[str, Any]:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    lg0 = lang_of(0) if lang_of else c.lang
    lg1 = lang_of(1) if lang_of else c.lang
    ch = r.choice(("web", "email", "chat"))
    e = f.complaint(c, t, ch, problem, lang=lg0)
    case = f.case()
    f.reply(c, t + timedelta(minutes=r.randint(10, 40)), ch, "case_opened", lang=lg0, case=case)
    tf = day_out(t + timedelta(hours=r.uniform(3, 20)))
    f.reply(c, tf, "email", "good_news", lang=lg1, case=case)
    tc = day_out(tf + timedelta(hours=r.uniform(8, 30)))
    cch = r.choice(("email", "chat"))
    ce = f.add(
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        f.say(c, "confirm", lg1, case=case),
        subject=f"RE: {case}" if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d(2026, 5, 25),
        10,
        "the same open problem raised again, against fixed problems and frequent writers",
    )
    r = f.rng
    for i, n in enumerate([2] * 4 + [3] * 4 + [4] * 4):
        c = f.person(
            "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=REPEAT_TOL
        )
        f.happy_days(c, [0] * r.randint(1, 3), 7, 12, surveys=False)
        repeat_run(f, c, r.randint(1, 4), n, quality=i % 2 == 0)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=("silence",))
        f.happy_days(c, [0], 7, 12, surveys=False)
        p = fixed_run(f, c, f.at(r.randint(1, 4), 8, 19))
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=("silence",))
        d1 = r.randint(0, 2)
        p1 = fixed_run(f, c, f.at(d1, 8, 12))
        p2 = fixed_run(f, c, f.at(d1 + r.randint(4, 5), 8, 12))
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, r.sample(range(10), r.randint(5, 8)), 8, 19)
    f.finish({"repeat_contact": 12})


def slide(f: Fam, c: Cust, d0: int, span: int, lang_of: Any = None) -> list[str]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    ids = []
    t = f.at(d0, 9, 18)
    for k in range(6):
        lg = lang_of(k) if lang_of else c.lang
        text = W.T["slide"].get(lg, W.T["slide"]["en"])[k].format(comp=comp)
        ch = r.choice(("social", "community", "review"))
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
        t = day_out(t + timedelta(hours=max(1.2, span * 24 / 6 * r.uniform(0.6, 1.3))))
    c.truth.update(slide_event_ids=ids, slide_days=span, competitor=comp)
    return ids


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d(2026, 6, 29),
        32,
        "slow slides, leavers, steady, grumpy and sarcastic customers",
    )
    r = f.rng
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            expected=("sentiment_drop", "detractor") if det else ("sentiment_drop",),
            tolerated=SLIDE_TOL,
        )
        for dd in sorted(r.sample(range(11), r.randint(4, 5))):
            t = f.at(dd, 8, 19)
            f.add(c, t, r.choice(("social", "community")), "post", f.say(c, "praise"))
        f.happy_days(c, r.sample(range(11), r.randint(2, 4)), surveys=False)
        ids = slide(f, c, r.randint(12, 16), (3, 5, 5, 5, 5, 9, 9, 9, 9, 5)[i])
        c.truth["trouble_starts_at"] = next(
            x["occurred_at"] for x in f.rows if x["event_id"] == ids[0]
        )
        if det:
            t4 = datetime.fromisoformat(
                next(x["occurred_at"] for x in f.rows if x["event_id"] == ids[3]).replace(
                    "Z", "+00:00"
                )
            )
            nps = r.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=nps,
                survey_event_id=f.add(
                    c,
                    day_out(t4 + timedelta(hours=r.uniform(2.5, 3.5))),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": nps},
                    attrs={"survey": "nps"},
                ),
            )
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=("churn_intent",), tolerated=LEAVE_TOL
        )
        f.happy_days(c, r.sample(range(16), r.randint(4, 6)), surveys=False)
        t = f.at(r.randint(17, 23), 9, 17)
        e = f.add(c, t, "email", "message", f.say(c, "cancel"), subject="Relvaro Plus")
        f.reply(c, t + timedelta(hours=r.uniform(1, 5)), "email", "sorry_go")
        tc = day_out(t + timedelta(hours=r.uniform(20, 30)))
        ce = f.add(
            c, tc, "web", "cancellation", attrs={"page": "/account/plan", "product": "Relvaro Plus"}
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=ce,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, r.sample(range(32), r.randint(6, 10)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        dd = r.randint(0, 4)
        ids = []
        for _ in range(r.randint(5, 7)):
            ch = r.choice(("social", "community", "web"))
            ids.append(
                f.add(
                    c,
                    f.at(dd, 9, 19),
                    ch,
                    {"social": "mention", "community": "post", "web": "ticket"}[ch],
                    f.say(c, "grumble"),
                    attrs={"page": "/help/contact"} if ch == "web" else None,
                )
            )
            dd += r.randint(1, 3)
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=f.rows[-1]["occurred_at"])
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        f.happy_days(c, r.sample(range(17), r.randint(4, 6)), surveys=False)
        c.truth["sarcasm_event_id"] = f.add(
            c, f.at(r.randint(17, 28), 9, 19), "social", "mention", f.say(c, "sarcasm")
        )
    f.finish({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        d(2026, 8, 21),
        3,
        "a calm summer weekend with night owls in small bursts",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, r.sample(range(3), r.randint(1, 3)), 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.at(r.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/app/map"})
        t2 = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            e = f.add(c, t2, "chat", "chat", f.say(c, "mild"))
            f.reply(c, t2 + timedelta(minutes=3), "chat", "ack")
        else:
            e = f.add(c, t2, "web", "ticket", f.say(c, "mild"), attrs={"page": "/help/contact"})
            f.reply(c, t2 + timedelta(minutes=25), "email", "ack")
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t2))
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        for b, off in enumerate((0, r.randint(28, 33), r.randint(55, 65))):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}", burst_at=iso(bs))
                t = bs + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    e = f.add(
                        c, t, r.choice(("social", "community")), "post", f.say(c, "night_post")
                    )
                else:
                    e = f.add(c, t, "chat", "chat", f.say(c, "night_question"))
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(2, 5)),
                        "chat",
                        "chat",
                        f.say(c, "night_answer"),
                        out=True,
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(6, 9)),
                        "chat",
                        "chat",
                        f.say(c, "thanks"),
                    )
                c.truth["night_event_id"] = e
                if r.random() < 0.5:
                    f.happy(c, f.at(r.randint(0, 2), 9, 17.5))
    f.finish({})


PAIRS = [
    ("pt", "es"),
    ("es", "pt"),
    ("pt", "en"),
    ("es", "en"),
    ("pt", "fr"),
    ("es", "fr"),
    ("pt", "de"),
    ("es", "it"),
    ("en", "pt"),
    ("fr", "es"),
    ("de", "pt"),
    ("it", "es"),
]
LOCALE = {"pt": "PT", "es": "ES", "en": "IE", "fr": "FR", "de": "CH", "it": "IT"}


def bilingual() -> None:
    f = Fam("bilingual", "BL", 6, d(2026, 9, 14), 14, "customers who write in two languages")
    r = f.rng

    def mk(persona: str, habit: str, i: int, **kw: Any) -> tuple[Cust, Any]:
        a, b = PAIRS[i % len(PAIRS)]
        c = f.person(
            persona,
            habit,
            lang=a,
            market=LOCALE[r.choice((a, b))],
            languages=[a, b],
            job_second_language=r.choice(("partner's family", "works abroad", "grew up there")),
            **kw,
        )
        return c, (lambda k: (a, b)[k % 2])

    for i in range(12):
        c, lo = mk("happy", "alternates languages", i)
        for k, dd in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            f.happy(c, f.at(dd, 8, 19), lang=lo(k))
    for i, n in enumerate((2, 2, 3, 3, 4)):
        c, lo = mk(
            "repeat_contact", "repeats", i + 3, expected=("repeat_contact",), tolerated=REPEAT_TOL
        )
        f.happy(c, f.at(r.randint(0, 1), 8, 12), lang=lo(0))
        repeat_run(f, c, r.randint(2, 5), n, lang_of=lo, quality=n >= 3)
    for i in range(5):
        c, lo = mk(
            "slow_churner", "slides", i + 6, expected=("sentiment_drop",), tolerated=SLIDE_TOL
        )
        for k, dd in enumerate(sorted(r.sample(range(6), 5))):
            f.add(
                c,
                f.at(dd, 8, 19),
                r.choice(("social", "community")),
                "post",
                f.say(c, "praise", lo(k)),
            )
        ids = slide(f, c, r.randint(7, 8), r.randint(3, 5), lang_of=lo)
        c.truth["trouble_starts_at"] = next(
            x["occurred_at"] for x in f.rows if x["event_id"] == ids[0]
        )
    for i in range(3):
        c, lo = mk("happy_one_bad_day", "one bad day", i + 9, tolerated=("silence",))
        f.happy_days(c, [0, 1, 11], surveys=False)
        t = f.at(r.randint(4, 8), 9, 18)
        problem = r.choice(W.PROBLEMS)
        ch = ("email", "email", "chat")[i]
        e = f.complaint(c, t, ch, problem, lang=lo(1), long=i == 0 and lo(1) in ("pt", "es"))
        case = f.case()
        f.reply(
            c, t + timedelta(minutes=r.randint(10, 40)), ch, "case_opened", lang=lo(1), case=case
        )
        if i < 2:
            f.reply(
                c,
                day_out(t + timedelta(hours=r.uniform(1, 4))),
                "email",
                "good_news",
                lang=lo(1),
                case=case,
            )
        c.truth.update(
            problem=problem,
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=e,
            bad_day_language=lo(1),
            trouble_starts_at=iso(t),
        )
    for i in range(2):
        c, lo = mk("resolved_between_contacts", "fixed", i + 1, tolerated=("silence",))
        f.happy(c, f.at(0, 9, 12), lang=lo(0))
        p = fixed_run(f, c, f.at(r.randint(2, 6), 9, 17), lang_of=lo)
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    f.finish({"repeat_contact": 5, "sentiment_drop": 5})


COMPANIES = [
    ("verdequinta", "hotel", "pt"),
    ("campusnorte", "university", "es"),
    ("logisur", "facilities", "es"),
    ("jardimar", "municipality", "pt"),
    ("colegiosol", "school", "es"),
    ("parcotech", "facilities", "it"),
    ("lusotel", "hotel", "pt"),
    ("gruenhof", "hotel", "de"),
    ("residencialuz", "facilities", "es"),
    ("eirbusiness", "facilities", "en"),
    ("clubpadel", "events", "es"),
    ("escolamar", "school", "pt"),
    ("mairieverte", "municipality", "fr"),
    ("fincasur", "facilities", "es"),
    ("quintasol", "hotel", "pt"),
]
MONTHS = {
    "pt": "setembro",
    "es": "septiembre",
    "en": "September",
    "fr": "septembre",
    "de": "September",
    "it": "settembre",
}


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d(2026, 10, 5),
        14,
        "company accounts on contract: at risk, one unhappy, mild, happy",
    )
    r = f.rng
    plan = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    for ai, (company, site, lg) in enumerate(COMPANIES):
        kind = plan[ai]
        mk = LOCALE[lg] if lg != "de" else "DE"
        acct = f.uniq(lambda mk=mk: f"RVP-{mk}-{r.randrange(1000, 10000)}")
        n = {
            "at_risk": r.randint(4, 6),
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": r.randint(3, 5),
        }[kind]
        n_bad = (3, 3, 3, 4, 4)[ai] if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        problem = r.choice(W.B2B_PROBLEMS) if kind in ("at_risk", "one_unhappy") else None
        contacts: list[Cust] = []
        bad: list[Cust] = []
        tol: tuple[str, ...]
        exp: tuple[str, ...]
        for k in range(n):
            if k < n_bad:
                persona, tol, exp = (
                    ("b2b_unhappy", AT_RISK_TOL, ("detractor",))
                    if kind == "at_risk"
                    else (
                        "b2b_one_unhappy",
                        ("sentiment_drop", "high_value_at_risk", "silence"),
                        ("detractor",),
                    )
                )
                if kind == "at_risk" and k == n_bad - 1:
                    exp = ("repeat_contact",)
                role = "complainer"
            elif kind == "mild" and k < 2:
                persona, tol, exp, role = "b2b_mild", ("silence",), (), "suggests"
            else:
                persona, tol, exp, role = "b2b_happy", NO_TOL, (), "contact"
            c = f.person(
                persona,
                role,
                lang=lg,
                market=mk,
                expected=exp,
                tolerated=tol,
                account=acct,
                company=company,
                company_name=company.title(),
                role=role,
                job_title=r.choice(
                    (
                        "Facilities manager",
                        "Office manager",
                        "Accounts payable",
                        "Grounds supervisor",
                    )
                ),
            )
            contacts.append(c)
            if role == "complainer":
                bad.append(c)
        for c in contacts:
            if c.truth["role"] == "contact":
                for dd in r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 4)):
                    t = f.at(dd, 8, 16.5)
                    x = r.random()
                    if x < 0.4:
                        f.add(c, t, "chat", "chat", f.say(c, "b_question"))
                        f.reply(c, t + timedelta(minutes=r.randint(1, 6)), "chat", "answer")
                        if r.random() < 0.5:
                            f.add(
                                c,
                                t + timedelta(minutes=r.randint(7, 12)),
                                "chat",
                                "chat",
                                f.say(c, "thanks"),
                            )
                    elif x < 0.6:
                        f.add(c, t, "community", "post", f.say(c, "b_praise"))
                    elif x < 0.8:
                        f.add(c, t, "web", "page_view", attrs={"page": "/portal/fleet"})
                    else:
                        f.survey_good(c, t)
            else:
                for dd in r.sample([0, 1], r.randint(1, 2)):
                    f.add(
                        c, f.at(dd, 8, 16.5), "web", "page_view", attrs={"page": "/portal/invoices"}
                    )
        acc: dict[str, Any] = {
            "company": company.title(),
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": n_bad,
            "unhappy_contact_keys": [c.key for c in bad],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lg,
            "country": mk,
        }
        if kind == "at_risk":
            t = f.at(2, 8.5, 11)
            case = f.case()
            first = bad[0].name.split()[0]
            for k, c in enumerate(bad):
                text = f.say(c, "b_" + str(problem), month=MONTHS[lg])
                if k:
                    text = (
                        f.say(c, "b_follow", first=first, when=f.say(c, "b_when"), case=case)
                        + " "
                        + text
                    )
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=f"{f.say(c, 'complaint_subject')}: {problem}",
                )
                c.truth.update(
                    complaint_event_ids=[e],
                    problem=problem,
                    booking=case,
                    trouble_starts_at=iso(t),
                    company=company.title(),
                )
                if k == 0:
                    acc["trouble_starts_at"] = iso(t)
                    f.reply(
                        c,
                        t + timedelta(minutes=r.randint(20, 60)),
                        "email",
                        "case_opened",
                        case=case,
                    )
                if k < n_bad - 1:
                    nps = r.randint(1, 5)
                    c.truth.update(
                        nps_given=True,
                        nps=nps,
                        survey_event_id=f.add(
                            c,
                            t + timedelta(hours=r.uniform(1, 3)),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": nps},
                            attrs={"survey": "nps"},
                        ),
                    )
                else:
                    t2 = t + timedelta(hours=r.uniform(18, 40))
                    if t2.hour >= 17 or t2.hour < 8:
                        t2 = (t2 + timedelta(days=1 if t2.hour >= 17 else 0)).replace(hour=9)
                    if ai == 0:
                        comp = r.choice(W.COMPETITORS)
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            f.say(c, "b_last", case=case, comp=comp),
                            subject=f"RE: {case}",
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(c, t2, "phone", "call", f.say(c, "b_call_last", case=case))
                    c.truth["complaint_event_ids"].append(e2)
                t = t + timedelta(hours=r.uniform(8, 28))
                if t.hour >= 17 or t.hour < 8:
                    t = (t + timedelta(days=1 if t.hour >= 17 else 0)).replace(
                        hour=8, minute=r.randint(0, 59)
                    )
                if t.weekday() >= 5:
                    t = t + timedelta(days=7 - t.weekday())
        elif kind == "one_unhappy":
            c = bad[0]
            t = f.at(r.randint(3, 4), 9, 16)
            e = f.add(
                c,
                t,
                "email",
                "message",
                f.say(c, "b_" + str(problem), month=MONTHS[lg]),
                subject=f"{f.say(c, 'complaint_subject')}: {problem}",
            )
            case = f.case()
            f.reply(c, t + timedelta(minutes=r.randint(20, 60)), "email", "case_opened", case=case)
            nps = r.randint(1, 5)
            c.truth.update(
                complaint_event_ids=[e],
                problem=problem,
                booking=case,
                trouble_starts_at=iso(t),
                nps_given=True,
                nps=nps,
                survey_event_id=f.add(
                    c,
                    t + timedelta(hours=r.uniform(1, 3)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": nps},
                    attrs={"survey": "nps"},
                ),
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.at(r.choice((2, 3, 4, 7, 8)), 8, 16)
                e = f.add(
                    c, t, "web", "ticket", f.say(c, "b_suggest"), attrs={"page": "/portal/feedback"}
                )
                f.reply(c, t + timedelta(minutes=r.randint(30, 90)), "email", "ack")
                c.truth.update(mild_event_id=e, trouble_starts_at=iso(t))
        f.accounts[acct] = acc
    f.finish({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam("topic_spike", "TS", 8, d(2026, 11, 2), 7, "a calm week and one planted incident")
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for dd in r.sample(range(6), r.randint(1, 4)):
            f.happy(c, f.at(dd, 12, 19) if dd == 5 else f.at(dd, 8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.at(0, 9, 17)
        e = f.add(c, t, "chat", "chat", f.say(c, "grumble"))
        f.reply(c, t + timedelta(minutes=4), "chat", "ack")
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t))
    for lg, hh in (("es", 9.6), ("pt", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=("silence",))
        t = f.at(4, hh, hh)
        e = f.add(c, t, "chat", "chat", f.say(c, "lone_q"))
        f.reply(c, t + timedelta(minutes=5), "chat", "lone_a")
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    langs = ["pt"] * 6 + ["es"] * 6 + ["en", "en", "fr", "fr", "de", "de", "it", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = f.start + timedelta(days=5, hours=8, minutes=5)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    repeaters = set(r.sample([i for i, o in enumerate(offs) if o <= 28], 6))
    fixed = set(r.sample([i for i in range(20) if i not in repeaters], 6))
    keys, eids, reps = [], [], []
    times: list[datetime] = []
    for i in range(20):
        regular = i < 12 if i not in repeaters else i % 2 == 0
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            expected=("repeat_contact",) if rep else (),
            tolerated=("silence", "sentiment_drop") if rep else ("silence",),
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy(c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i], seconds=r.randint(0, 50))
        ch = chans[i]
        text = f.say(c, "spike_code" if r.random() < 0.6 else "spike_nocode")
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
            text,
            subject="Relvaro app" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=r.randint(1, 4)), "chat", "spike_chat_answer")
        c.truth.update(spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t))
        keys.append(c.key)
        times.append(t)
        eids.append(e)
        if rep:
            ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + timedelta(minutes=r.randint(10, 60))
            e2 = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.say(c, "spike_again"),
                subject="RE: Relvaro app" if ch2 == "email" else None,
            )
            c.truth["repeat_event_id"] = e2
            reps.append(e2)
        if i in fixed:
            f.reply(c, s0 + timedelta(hours=3, minutes=r.randint(0, 10)), "email", "spike_fixed")
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "robot-mower app anti-theft lock: mowers locked in their docks, owners' PIN rejected, error "
        + W.SPIKE_CODE,
        "about": "the planted incident",
        "channel": None,
        "start": iso(min(times)),
        "end": iso(max(times)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.finish({"topic_spike": 1, "repeat_contact": 6})


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
    for build in FAMILIES:
        build()


if __name__ == "__main__":
    main()
