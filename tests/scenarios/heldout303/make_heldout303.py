"""Writes heldout303 (Sfoglina, fresh pasta boxes): eight families, JSONL plus truth. Blind."""

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

SEED = 20260926
CODE = "PAY·7C"
LANGS = list(W.LANG_WEIGHTS)
WEIGHTS = list(W.LANG_WEIGHTS.values())
PREFIX = {
    "IT": "+39 3",
    "CH": "+41 7",
    "UK": "+44 7",
    "IE": "+353 8",
    "DE": "+49 15",
    "AT": "+43 66",
    "ES": "+34 6",
    "FR": "+33 6",
    "BE": "+32 47",
    "PT": "+351 9",
}
CUR = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
SILENCE = ["silence"]
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_B2B_RISK = [*T_REPEAT, "account_risk"]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

B2B_COMPLAINT = {
    "invoice": {
        "it": "Le fatture di {brand} Horeca arrivano senza numero d'ordine e il nostro amministrativo le respinge tutte",
        "en": "Your invoices come without our PO number and accounts payable bounce every one",
        "de": "Ihre Rechnungen kommen ohne Bestellnummer, unsere Buchhaltung lehnt alle ab",
    },
    "short_delivery": {
        "it": "Da due settimane le consegne del lunedi arrivano con meta dei chili ordinati, la cucina resta senza tagliatelle",
        "en": "Monday deliveries have been half the kilos we ordered two weeks running, the kitchen runs out of tagliatelle by lunch",
        "de": "Seit zwei Wochen kommt montags nur die Hälfte der bestellten Kilo",
    },
}
B2B_AGAIN = {
    "it": "Come ha gia scritto {first} {when}, pratica {ref}: il problema resta. {text}",
    "en": "As {first} wrote {when}, case {ref}: still the same. {text}",
    "de": "Wie {first} {when} schrieb, Vorgang {ref}: unverändert. {text}",
}
B2B_LAST = {
    "it": "pratica {ref} ancora aperta siamo in quattro ad avervi scritto il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "en": "case {ref} still open several of us have written my boss says if it isn't fixed this week we move to another supplier",
    "de": "Vorgang {ref} immer noch offen mehrere von uns haben geschrieben mein Chef sagt wir wechseln den Lieferanten wenn das diese Woche nicht geht",
}
B2B_ACK = {
    "it": "Grazie, abbiamo aperto la pratica {ref} per il vostro conto.",
    "en": "Thanks, we've opened case {ref} for your account.",
    "de": "Danke, wir haben den Vorgang {ref} für Ihr Konto angelegt.",
}
B2B_MILD = {
    "it": "Sarebbe utile avere in fattura il dettaglio per sede",
    "en": "Would be handy to get invoices split by site",
    "de": "Wäre praktisch, die Rechnung nach Standort aufzuteilen",
}
B2B_PRAISE = {
    "it": "Consegna delle 7 puntualissima anche oggi, la cucina ringrazia",
    "en": "7am drop bang on time again, kitchen's happy",
    "de": "Lieferung um 7 wieder pünktlich, die Küche ist zufrieden",
}
B2B_Q = {
    "it": "Possiamo aggiungere 3 kg di gnocchi all'ordine di domani?",
    "en": "Can we add 3 kg of gnocchi to tomorrow's order?",
    "de": "Können wir 3 kg Gnocchi zur Bestellung morgen hinzufügen?",
}
B2B_A = {
    "it": "Fatto, aggiunti all'ordine di domani.",
    "en": "Done, added to tomorrow's order.",
    "de": "Erledigt, ist in der Bestellung morgen.",
}
SITES = ["restaurant", "canteen", "deli", "hotel", "school", "catering"]


def pick(rng: random.Random, table: dict[str, list[str]], lang: str, **kw: str) -> str:
    return rng.choice(table[lang]).format(brand=W.BRAND, club=W.CLUB, **kw)


def ascii_(s: str) -> str:
    s = (
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    out = []
    for ch in s:
        if ch in "ñßÑ" or ord(ch) < 128 or ord(ch) > 0x2000:
            out.append(ch)
        else:
            out.append(unicodedata.normalize("NFKD", ch)[0])
    return "".join(out)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, str | None]
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
    rows: list[tuple[datetime, int, dict[str, Any], str, bool]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    refs: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=self.rng.randint(0, 50))

    def ref(self) -> str:
        self.refs += 1
        return f"SG-{self.n}{self.refs:05d}"

    def lang(self) -> str:
        return self.rng.choices(LANGS, WEIGHTS)[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        exp: list[str] | None = None,
        tol: list[str] | None = None,
        account: str | None = None,
        **extra: Any,
    ) -> Cust:
        lang = lang or self.lang()
        i = len(self.custs) + 1
        market = self.rng.choice(W.MARKETS[lang])
        first = self.rng.choice(W.FIRST[lang])
        last = self.rng.choice(W.LAST[lang])
        key = f"SF{self.code}{1000 + i * 7:04d}"
        slug = ascii_(f"{first}.{last}").lower().replace("ß", "ss").replace("ñ", "n")
        dom = (
            f"{extra.pop('company_slug')}.example"
            if account
            else f"{self.rng.choice(['posta', 'mail', 'web', 'inbox'])}{self.n}.example"
        )
        email = f"{slug}{i}@{dom}"
        phone = f"{PREFIX[market]}{self.n}{i:03d}{(i * 37) % 1000:03d}"
        handle = None if account else f"@{slug.replace('.', '_')}{self.n}{i}"
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": exp or [],
            "tolerated_rules": tol or [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            **extra,
        }
        c = Cust(key, lang, market, ids, truth)
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        inbound: bool = True,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        eid = f"sg303-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if inbound and text and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c.market, **(attrs or {})}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        if not inbound:
            a["agent"] = self.rng.choice(["Serena", "Matteo", "Alice", "Jamie", "Noemi"])
        row: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "inbound" if inbound else "outbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None, **(scores or {})},
            "source": f"sfoglina-{channel}",
            "attributes": a,
        }
        self.rows.append((t, len(self.rows), row, c.key, inbound))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = ascii_(text)
        if r.random() < 1 / 8 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [w for w in text.split(" ") if len(w) > 4 and w.isalpha() and w.islower()]
            if words:
                w = r.choice(words)
                j = r.randrange(1, len(w) - 2)
                text = text.replace(w, w[:j] + w[j + 1] + w[j] + w[j + 2 :], 1)
        return text

    # ------------------------------------------------------------ acts --
    def happy(self, c: Cust, day: float, hour: float | None = None) -> None:
        h = hour if hour is not None else self.rng.uniform(8, 19)
        t = self.at(day, h)
        lg = c.lang
        k = self.rng.randrange(7)
        if k == 0:
            self.add(
                c,
                t,
                "social",
                "mention",
                pick(self.rng, W.PRAISE, lg),
            )
        elif k == 1:
            self.add(c, t, "chat", "chat", pick(self.rng, W.QUESTION, lg))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 6)),
                "chat",
                "chat",
                pick(self.rng, W.ANSWER, lg),
                inbound=False,
            )
            if self.rng.random() < 0.6:
                self.add(c, t + timedelta(minutes=8), "chat", "chat", pick(self.rng, W.THANKS, lg))
        elif k == 2:
            self.add(c, t, "web", "page_view", attrs={"page": self.rng.choice(W.PAGES)})
            self.purchase(c, t + timedelta(minutes=self.rng.randint(3, 12)))
        elif k == 3:
            self.add(
                c,
                t,
                "web",
                "review",
                pick(self.rng, W.REVIEW, lg),
                attrs={"rating": self.rng.choice(["4", "5", "5"]), "page": "/reviews"},
            )
        elif k == 4:
            self.add(c, t, "phone", "call", pick(self.rng, W.CALL_Q, lg))
            self.add(
                c,
                t + timedelta(minutes=20),
                "email",
                "message",
                pick(self.rng, W.CALL_FOLLOW, lg),
                inbound=False,
            )
        elif k == 5:
            self.add(
                c,
                t,
                "community",
                "post",
                pick(self.rng, self.rng.choice([W.AGAIN, W.GRIPE, W.PRAISE]), lg),
            )
        else:
            self.add(c, t, "web", "page_view", attrs={"page": self.rng.choice(W.PAGES)})

    def purchase(self, c: Cust, t: datetime) -> None:
        prod, price = self.rng.choice(W.PRODUCTS)
        cur, f = CUR.get(c.market, ("EUR", 1.0))
        self.add(
            c,
            t,
            "web",
            "purchase",
            attrs={
                "order_value": f"{float(price) * f:.2f}",
                "currency": cur,
                "product": prod,
                "page": "/checkout",
            },
        )

    def survey(
        self,
        c: Cust,
        t: datetime,
        nps: int | None = None,
        csat: int | None = None,
        ces: int | None = None,
        word: str = "",
    ) -> str:
        s = {k: v for k, v in (("nps", nps), ("csat", csat), ("ces", ces)) if v is not None}
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores=s,
            attrs={"survey": next(iter(s))},
        )

    def happy_survey(self, c: Cust, t: datetime) -> None:
        k = self.rng.randrange(3)
        w = self.rng.choice(W.SURVEY_WORD[c.lang])
        if k == 0:
            self.survey(c, t, nps=self.rng.choice([9, 10]), word=w)
        elif k == 1:
            self.survey(c, t, csat=self.rng.choice([4, 5]), word=w)
        else:
            self.survey(c, t, ces=self.rng.choice([6, 7]), word=w)

    def complaint(
        self, c: Cust, t: datetime, problem: str, channel: str, long: bool = False
    ) -> tuple[str, str | None]:
        lg = c.lang
        text = pick(self.rng, W.COMPLAINT[problem], lg)
        subj = W.COMPLAINT_SUBJ[lg] + W.TOPIC[problem][lg]
        if channel == "phone":
            return self.add(
                c, t, "phone", "call", pick(self.rng, W.CALL_COMPLAINT[problem], lg)
            ), self.ref()
        if channel == "social":
            return self.add(c, t, "social", "mention", "@" + W.BRAND + " " + text), None
        if channel == "chat":
            return self.add(c, t, "chat", "chat", text), self.ref()
        if channel == "web":
            return self.add(
                c, t, "web", "ticket", text, subject=subj, attrs={"page": "/help/contact"}
            ), self.ref()
        if long:
            text = pick(self.rng, W.LONG_OPEN, lg) + text + "." + pick(self.rng, W.LONG_CLOSE, lg)
        return self.add(c, t, "email", "message", text, subject=subj), self.ref()

    def reply(
        self,
        c: Cust,
        t: datetime,
        table: dict[str, list[str]],
        ref: str | None,
        channel: str = "email",
    ) -> str:
        text = pick(self.rng, table, c.lang, ref=ref or "")
        subj = W.CASE_SUBJ[c.lang] + ref if (ref and channel == "email") else None
        kind = "chat" if channel == "chat" else "message"
        return self.add(c, t, channel, kind, text, inbound=False, subject=subj)

    def write(self) -> None:
        self.rows.sort(key=lambda r: (r[0], r[1]))
        seen: set[str] = set()
        lines = []
        for _t, _i, row, key, inbound in self.rows:
            c = self.custs[key]
            ids = dict(c.ids)
            if inbound and key in seen:
                ch = row["channel"]
                keep = {
                    "phone": "phone",
                    "social": "handle",
                    "community": "handle",
                    "email": "email",
                }.get(ch, "customer_id")
                if keep == "handle" and not ids["handle"]:
                    keep = "email"
                ids = {k: (v if k in (keep, "account_id") else None) for k, v in ids.items()}
            if inbound:
                seen.add(key)
            row["customer"] = ids
            lines.append(json.dumps(row, ensure_ascii=False))
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for c in self.custs.values():
            for r in c.truth["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Sfoglina: fresh pasta boxes by app and web; Sfoglina Horeca on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-07",
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
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d(2026, 2, 2),
        10,
        "happy day and night writers, survey-only customers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(c, day)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for day in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.at(day, f.rng.choice([22.2, 23.0, 0.5 + 24, 2.0 + 24, 3.5 + 24]))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", pick(f.rng, W.NIGHT_POST, c.lang))
            else:
                f.add(c, t, "chat", "chat", pick(f.rng, W.NIGHT_Q, c.lang))
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    pick(f.rng, W.NIGHT_A, c.lang),
                    inbound=False,
                )
                f.add(c, t + timedelta(minutes=6), "chat", "chat", pick(f.rng, W.THANKS, c.lang))
        for day in f.rng.sample(range(10), 2):
            f.happy(c, day, f.rng.uniform(9, 17))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for day in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.happy_survey(c, f.at(day, f.rng.uniform(9, 19)))
    return f


CHANNELS6 = ["long", "email", "chat", "social", "web", "phone"]


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, d(2026, 3, 9), 12, "happy customers with one bad day")
    with_case: list[tuple[Cust, datetime, str]] = []
    for i in range(24):
        ch = CHANNELS6[i % 6]
        problem = W.PROBLEMS[i % 4]
        c = f.person(
            "happy_one_bad_day",
            "one bad day",
            tol=list(SILENCE),
            problem=problem,
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
        )
        bad = f.rng.randint(3, 8)
        for day in f.rng.sample(
            [x for x in range(12) if x < bad - 1 or x > bad + 2], f.rng.randint(2, 5)
        ):
            f.happy(c, day)
        t = f.at(bad, f.rng.uniform(8, 19))
        eid, ref = f.complaint(c, t, problem, "email" if ch == "long" else ch, long=ch == "long")
        c.truth.update(
            bad_day_at=iso(t), bad_day_event_id=eid, trouble_starts_at=iso(t), booking=ref
        )
        if ref:
            if ch == "chat":
                f.reply(c, t + timedelta(minutes=4), W.CASE_OPENED, ref, "chat")
            else:
                f.reply(c, t + timedelta(minutes=f.rng.randint(10, 40)), W.CASE_OPENED, ref)
            with_case.append((c, t, ref))
    for j, (c, t, ref) in enumerate(with_case):
        if j < 6:
            c.truth.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                nps_given=True,
                nps=f.rng.randint(1, 5),
            )
            c.truth["survey_event_id"] = f.survey(
                c, t + timedelta(minutes=f.rng.randint(100, 140)), nps=c.truth["nps"]
            )
        elif j < 11:
            c.truth.update(csat_given=True, csat=f.rng.choice([1, 2]))
            c.truth["survey_event_id"] = f.survey(
                c, t + timedelta(minutes=f.rng.randint(40, 80)), csat=c.truth["csat"]
            )
        if j % 20 < 12:
            g = t + timedelta(hours=f.rng.uniform(1, 4))
            if g.hour >= 21:
                g = g.replace(hour=8) + timedelta(days=1)
            f.reply(c, g, W.GOOD_NEWS, ref)
            c.truth["agent_fixed"] = True
            if (
                j % 12 in (1, 4, 7, 9, 11)
                and sum(1 for x in f.custs.values() if x.truth.get("apologised")) < 5
            ):
                a = t + timedelta(hours=f.rng.uniform(16, 24))
                if a.hour < 8 or a.hour >= 21:
                    a = a.replace(hour=9)
                a = max(a, g + timedelta(hours=1))
                c.truth.update(
                    apologised=True,
                    apology_at=iso(a),
                    apology_event_id=f.add(c, a, "chat", "chat", pick(f.rng, W.APOLOGY, c.lang)),
                )
    for _ in range(8):
        c = f.person("happy", "control")
        for day in f.rng.sample(range(12), f.rng.randint(4, 7)):
            f.happy(c, day)
    return f


def day_time(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d(2026, 4, 20),
        10,
        "repeat contacts, fixed cases, two problems, frequent writers",
    )
    later_ch = ["email", "chat", "phone", "web", "social"]
    for i in range(12):
        times = 2 + i % 3
        problem = W.PROBLEMS[i % 4]
        first_ch = ["web", "email", "chat", "web"][i % 4]
        comp = W.COMPETITORS[i % 2] if times >= 3 else None
        c = f.person(
            "repeat_contact",
            "repeats",
            exp=["repeat_contact"],
            tol=list(T_REPEAT),
            problem=problem,
            contacts=times,
            competitor=comp,
            agent_passed_on=i < 6,
        )
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, 0, f.rng.uniform(7, 12))
        t = f.at(1 + i % 4, f.rng.uniform(8, 18))
        eid, ref = f.complaint(c, t, problem, first_ch)
        ev = [eid]
        if first_ch == "chat":
            f.reply(c, t + timedelta(minutes=3), W.CASE_OPENED, ref, "chat")
        if i < 6:
            f.reply(c, t + timedelta(hours=f.rng.uniform(1.5, 2.5)), W.ESCALATED, ref)
        elif first_ch != "chat":
            f.reply(c, t + timedelta(minutes=f.rng.randint(10, 40)), W.CASE_OPENED, ref)
        chans = [x for x in later_ch if x != first_ch]
        f.rng.shuffle(chans)
        for n in range(2, times + 1):
            t = day_time(t + timedelta(hours=f.rng.uniform(4, 40)))
            text = pick(f.rng, W.STILL_OPEN, c.lang, ref=ref or "")
            if n == 3 and comp:
                text += W.THIRD[c.lang][0].format(comp=comp)
            if n == 4:
                text += W.FOURTH[c.lang][0]
            ch = chans[n - 2]
            if ch == "phone":
                text = text.lower().replace(".", "").replace(",", "").replace(":", "")
            kind = {
                "email": "message",
                "chat": "chat",
                "phone": "call",
                "web": "ticket",
                "social": "mention",
            }[ch]
            if ch == "social":
                text = "@" + W.BRAND + " " + text
            ev.append(
                f.add(
                    c,
                    t,
                    ch,
                    kind,
                    text,
                    subject=W.CASE_SUBJ[c.lang] + (ref or "") if ch == "email" else None,
                )
            )
            if ch == "chat":
                f.reply(c, t + timedelta(minutes=3), W.URGENT, ref, "chat")
        c.truth.update(
            booking=ref,
            problem_event_ids=ev,
            trouble_starts_at=f.custs[c.key].truth.get("trouble_starts_at") or iso(t),
        )
    for i in range(5):
        problem = W.PROBLEMS[i % 4]
        c = f.person("resolved_between_contacts", "fixed", tol=list(SILENCE), problem=problem)
        f.happy(c, 0)
        t = f.at(1 + i % 3, f.rng.uniform(9, 16))
        eid, ref = f.complaint(c, t, problem, "email")
        f.reply(c, t + timedelta(minutes=20), W.CASE_OPENED, ref)
        g = day_time(t + timedelta(hours=f.rng.uniform(3, 20)))
        f.reply(c, g, W.GOOD_NEWS, ref)
        k = day_time(g + timedelta(hours=f.rng.uniform(8, 30)))
        ce = f.add(
            c,
            k,
            "email",
            "message",
            pick(f.rng, W.CONFIRMED, c.lang, ref=ref or ""),
            subject=W.CASE_SUBJ[c.lang] + (ref or ""),
        )
        c.truth.update(
            booking=ref,
            trouble_starts_at=iso(t),
            problems=[
                {
                    "problem": problem,
                    "booking": ref,
                    "raised_at": iso(t),
                    "fixed_at": iso(g),
                    "confirmed_at": iso(k),
                    "problem_event_ids": [eid],
                    "confirm_event_id": ce,
                    "channel": "email",
                    "confirm_channel": "email",
                }
            ],
        )
    for i in range(3):
        c = f.person("different_problems", "two problems", tol=list(SILENCE))
        probs = []
        for j, day in enumerate((1, 5 + i % 2)):
            problem = W.PROBLEMS[(i + j * 2) % 4]
            t = f.at(day, f.rng.uniform(9, 15))
            eid, ref = f.complaint(c, t, problem, "email")
            f.reply(c, t + timedelta(minutes=25), W.CASE_OPENED, ref)
            g = day_time(t + timedelta(hours=6))
            f.reply(c, g, W.GOOD_NEWS, ref)
            k = day_time(g + timedelta(hours=12))
            ce = f.add(c, k, "chat", "chat", pick(f.rng, W.CONFIRMED, c.lang, ref=ref or ""))
            probs.append(
                {
                    "problem": problem,
                    "booking": ref,
                    "raised_at": iso(t),
                    "fixed_at": iso(g),
                    "confirmed_at": iso(k),
                    "problem_event_ids": [eid],
                    "confirm_event_id": ce,
                    "channel": "email",
                    "confirm_channel": "chat",
                }
            )
        c.truth.update(problems=probs, trouble_starts_at=probs[0]["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for day in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(c, day)
    for c in f.custs.values():
        if c.truth["persona"] == "repeat_contact":
            first = next(
                r
                for r in f.rows
                if r[3] == c.key and r[2]["event_id"] == c.truth["problem_event_ids"][0]
            )
            c.truth["trouble_starts_at"] = iso(first[0])
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners", "SC", 4, d(2026, 5, 11), 32, "sliders, leavers, steady, grumpy, sarcastic"
    )
    for i in range(10):
        comp = W.COMPETITORS[i % 2]
        c = f.person(
            "slow_churner", "slides", exp=["sentiment_drop"], tol=list(T_SLIDE), competitor=comp
        )
        for day in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.add(
                c, f.at(day, f.rng.uniform(8, 19)), "social", "post", pick(f.rng, W.PRAISE, c.lang)
            )
        for day in f.rng.sample(range(11), f.rng.randint(2, 4)):
            f.happy(c, day)
        span = [3, 5, 5, 5, 5, 5, 9, 9, 9, 9][i]
        t = f.at(12 + i % 5, f.rng.uniform(9, 17))
        ev = []
        for step, text in enumerate(W.SLIDE[c.lang]):
            ch = ["social", "community", "web"][step % 3]
            kind = {"social": "post", "community": "post", "web": "review"}[ch]
            attrs = (
                {"rating": "33221"[min(step, 4)] if step < 5 else "1", "page": "/reviews"}
                if ch == "web"
                else None
            )
            ev.append(f.add(c, t, ch, kind, text.format(comp=comp, brand=W.BRAND), attrs=attrs))
            if step == 3 and i < 5:
                s = day_time(t + timedelta(hours=f.rng.uniform(2.5, 3.5)))
                c.truth.update(
                    expected_rules=["sentiment_drop", "detractor"],
                    nps_given=True,
                    nps=f.rng.randint(1, 5),
                )
                c.truth["survey_event_id"] = f.survey(c, s, nps=c.truth["nps"])
            t = day_time(t + timedelta(hours=max(1.0, span * 24 / 5 + f.rng.uniform(-3, 3))))
        c.truth.update(
            slide_event_ids=ev,
            slide_days=span,
            trouble_starts_at=f.custs[c.key].truth.get("trouble_starts_at"),
        )
        c.truth["trouble_starts_at"] = next(iso(r[0]) for r in f.rows if r[2]["event_id"] == ev[0])
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", exp=["churn_intent"], tol=list(T_LEAVE))
        for day in f.rng.sample(range(15), f.rng.randint(4, 6)):
            f.happy(c, day)
        t = f.at(f.rng.randint(17, 23), f.rng.uniform(9, 16))
        eid = f.add(
            c,
            t,
            "email",
            "message",
            pick(f.rng, W.CANCEL, c.lang),
            subject="Disdetta" if c.lang == "it" else "Cancel",
        )
        f.reply(c, day_time(t + timedelta(hours=f.rng.uniform(1, 5))), W.SORRY_GO, None)
        k = day_time(t + timedelta(hours=f.rng.uniform(20, 30)))
        ce = f.add(
            c, k, "web", "cancellation", attrs={"page": "/account/membership", "product": W.CLUB}
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=ce,
            churn_at=iso(k),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for day in f.rng.sample(range(30), f.rng.randint(6, 10)):
            f.happy(c, day)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tol=["repeat_contact", "silence"])
        day = f.rng.randint(0, 4)
        ev = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            kind = {"social": "post", "community": "post", "web": "ticket"}[ch]
            ev.append(
                f.add(
                    c,
                    f.at(day, f.rng.uniform(9, 19)),
                    ch,
                    kind,
                    pick(f.rng, W.GRUMBLE, c.lang),
                    attrs={"page": "/help/contact"} if ch == "web" else None,
                )
            )
            day += f.rng.randint(1, 3)
        c.truth.update(
            grumble_event_ids=ev,
            trouble_starts_at=next(iso(r[0]) for r in f.rows if r[2]["event_id"] == ev[0]),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tol=list(SILENCE))
        for day in f.rng.sample(range(16), f.rng.randint(3, 5)):
            f.happy(c, day)
        t = f.at(f.rng.randint(17, 28), f.rng.uniform(9, 19))
        c.truth.update(
            sarcasm_event_id=f.add(c, t, "social", "mention", pick(f.rng, W.SARCASM, c.lang)),
            trouble_starts_at=iso(t),
        )
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, d(2026, 7, 17), 3, "a calm weekend with night-owl bursts")
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy(c, day, f.rng.uniform(7, 17.5))
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tol=list(SILENCE))
        t = f.at(f.rng.randint(0, 2), f.rng.uniform(9, 16))
        f.add(c, t, "web", "page_view", attrs={"page": "/menu"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if len(f.custs) % 2:
            eid = f.add(c, t2, "chat", "chat", pick(f.rng, W.MILD, c.lang))
            f.reply(c, t2 + timedelta(minutes=3), W.MILD_ACK, None, "chat")
        else:
            eid = f.add(
                c, t2, "web", "ticket", pick(f.rng, W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.reply(c, t2 + timedelta(minutes=30), W.MILD_ACK, None)
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(t2))
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for burst, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}", burst_at=iso(bt))
                t = bt + timedelta(minutes=f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    eid = f.add(c, t, "social", "post", pick(f.rng, W.NIGHT_POST, c.lang))
                else:
                    eid = f.add(c, t, "chat", "chat", pick(f.rng, W.NIGHT_Q, c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        pick(f.rng, W.NIGHT_A, c.lang),
                        inbound=False,
                    )
                    f.add(
                        c, t + timedelta(minutes=6), "chat", "chat", pick(f.rng, W.THANKS, c.lang)
                    )
                c.truth["night_event_id"] = eid
                if f.rng.random() < 0.5:
                    f.happy(c, night, f.rng.uniform(9, 17))
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d(2026, 6, 8), 14, "customers who write in two languages")
    pairs = [
        ("it", "en"),
        ("en", "it"),
        ("it", "de"),
        ("en", "fr"),
        ("it", "fr"),
        ("en", "es"),
        ("it", "pt"),
        ("de", "it"),
        ("es", "en"),
        ("fr", "it"),
        ("pt", "en"),
        ("it", "es"),
    ]

    def mk(i: int, persona: str, habit: str, **kw: Any) -> tuple[Cust, list[str]]:
        a, b = pairs[i % len(pairs)]
        c = f.person(
            persona,
            habit,
            lang=a,
            languages=[a, b],
            job_second_language="works for a company whose office language is " + b,
            **kw,
        )
        return c, [a, b]

    n = 0
    for _ in range(12):
        c, ls = mk(n, "happy", "alternates languages")
        n += 1
        for j, day in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = ls[j % 2]
            f.happy(c, day)
        c.lang = ls[0]
    for i in range(5):
        times = [2, 2, 3, 3, 4][i]
        c, ls = mk(
            n,
            "repeat_contact",
            "repeats",
            exp=["repeat_contact"],
            tol=list(T_REPEAT),
            contacts=times,
            competitor=W.COMPETITORS[i % 2] if times > 2 else None,
        )
        n += 1
        f.happy(c, f.rng.randint(0, 1))
        problem = W.PROBLEMS[i % 4]
        t = f.at(2 + i % 4, f.rng.uniform(9, 16))
        eid, ref = f.complaint(c, t, problem, "email")
        f.reply(
            c,
            t + timedelta(hours=2) if times > 2 else t + timedelta(minutes=30),
            W.ESCALATED if times > 2 else W.CASE_OPENED,
            ref,
        )
        ev = [eid]
        for k in range(2, times + 1):
            c.lang = ls[(k - 1) % 2]
            t = day_time(t + timedelta(hours=f.rng.uniform(4, 40)))
            text = pick(f.rng, W.STILL_OPEN, c.lang, ref=ref or "")
            if k == 3:
                text += W.THIRD[c.lang][0].format(comp=c.truth["competitor"])
            if k == 4:
                text += W.FOURTH[c.lang][0]
            ch = ["chat", "web", "email"][k - 2]
            ev.append(
                f.add(
                    c,
                    t,
                    ch,
                    {"chat": "chat", "web": "ticket", "email": "message"}[ch],
                    text,
                    subject=W.CASE_SUBJ[c.lang] + (ref or "") if ch == "email" else None,
                )
            )
        c.lang = ls[0]
        c.truth.update(
            booking=ref,
            problem_event_ids=ev,
            trouble_starts_at=next(iso(r[0]) for r in f.rows if r[2]["event_id"] == eid),
        )
    for i in range(5):
        c, ls = mk(
            n,
            "slow_churner",
            "slides",
            exp=["sentiment_drop"],
            tol=list(T_SLIDE),
            competitor=W.COMPETITORS[i % 2],
        )
        n += 1
        for j, day in enumerate(range(6)):
            if j == 5 and i % 2:
                continue
            c.lang = ls[j % 2]
            f.add(
                c, f.at(day, f.rng.uniform(9, 19)), "social", "post", pick(f.rng, W.PRAISE, c.lang)
            )
        f.happy(c, 3)
        t = f.at(7 + i % 2, f.rng.uniform(9, 16))
        ev = []
        for step in range(6):
            c.lang = ls[step % 2]
            ev.append(
                f.add(
                    c,
                    t,
                    "community",
                    "post",
                    W.SLIDE[c.lang][step].format(comp=c.truth["competitor"], brand=W.BRAND),
                )
            )
            t = day_time(t + timedelta(hours=f.rng.uniform(12, 20)))
        c.lang = ls[0]
        c.truth.update(
            slide_event_ids=ev,
            trouble_starts_at=next(iso(r[0]) for r in f.rows if r[2]["event_id"] == ev[0]),
        )
    for i in range(3):
        c, ls = mk(n, "happy_one_bad_day", "one bad day", tol=list(SILENCE))
        n += 1
        f.happy(c, 1)
        f.happy(c, 10)
        c.lang = ls[1]
        t = f.at(5, f.rng.uniform(9, 16))
        eid, ref = f.complaint(c, t, W.PROBLEMS[i], ["email", "email", "chat"][i], long=i == 0)
        f.reply(c, t + timedelta(minutes=20), W.CASE_OPENED, ref, "chat" if i == 2 else "email")
        c.lang = ls[0]
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=ls[1],
            booking=ref,
            trouble_starts_at=iso(t),
            long_email=i == 0,
        )
    for i in range(2):
        c, ls = mk(n, "resolved_between_contacts", "fixed", tol=list(SILENCE))
        n += 1
        t = f.at(3 + i, 10)
        eid, ref = f.complaint(c, t, W.PROBLEMS[i + 2], "web")
        f.reply(c, t + timedelta(minutes=30), W.CASE_OPENED, ref)
        g = t + timedelta(hours=5)
        f.reply(c, g, W.GOOD_NEWS, ref)
        c.lang = ls[1]
        kt = day_time(g + timedelta(hours=18))
        ce = f.add(
            c,
            kt,
            "email",
            "message",
            pick(f.rng, W.CONFIRMED, c.lang, ref=ref or ""),
            subject=W.CASE_SUBJ[c.lang] + (ref or ""),
        )
        c.lang = ls[0]
        c.truth.update(
            booking=ref,
            trouble_starts_at=iso(t),
            confirm_language=ls[1],
            problems=[
                {
                    "problem": W.PROBLEMS[i + 2],
                    "booking": ref,
                    "raised_at": iso(t),
                    "fixed_at": iso(g),
                    "confirmed_at": iso(kt),
                    "problem_event_ids": [eid],
                    "confirm_event_id": ce,
                    "channel": "web",
                    "confirm_channel": "email",
                }
            ],
        )
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, d(2026, 8, 31), 14, "Sfoglina Horeca accounts")
    blang = [
        "it",
        "en",
        "it",
        "en",
        "de",
        "it",
        "en",
        "it",
        "en",
        "it",
        "en",
        "de",
        "it",
        "en",
        "it",
    ]
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    titles = [
        "head chef",
        "kitchen manager",
        "purchasing",
        "owner",
        "operations manager",
        "accounts",
    ]
    for a in range(15):
        lg, kind = blang[a], kinds[a]
        acc = f"SGH-{a + 1:02d}{(a * 53) % 97:02d}"
        comp = f"{['Osteria', 'Mensa', 'Bottega', 'Hotel', 'Scuola', 'Catering'][a % 6]} {['Aurora', 'del Ponte', 'Verde', 'Riva', 'Nord', 'Sole', 'Corte'][a % 7]} {a + 1}"
        site = SITES[a % 6]
        nconts = 4 + a % 2 if kind == "at_risk" else 3
        same = ["invoice", "short_delivery"][a % 2] if kind == "at_risk" else None
        nunhappy = 3 + a % 2 if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        nunhappy = min(nunhappy, nconts)
        contacts: list[Cust] = []
        for k in range(nconts):
            role = (
                "complainer"
                if k < nunhappy
                else ("suggests" if kind == "mild" and k < 2 else "contact")
            )
            persona = (
                {"at_risk": "b2b_unhappy", "one_unhappy": "b2b_one_unhappy"}.get(kind, "b2b_happy")
                if role == "complainer"
                else ("b2b_mild" if role == "suggests" else "b2b_happy")
            )
            tol = (
                T_B2B_RISK
                if persona == "b2b_unhappy"
                else T_B2B_ONE
                if persona == "b2b_one_unhappy"
                else SILENCE
                if persona == "b2b_mild"
                else []
            )
            c = f.person(
                persona,
                role,
                lang=lg,
                tol=list(tol),
                account=acc,
                company_slug=f"horeca{a + 1}-{f.n}",
                company=comp,
                role=role,
                job_title=titles[k % 6],
                job=titles[k % 6],
            )
            contacts.append(c)
        refs: list[str] = []
        first_ev: datetime | None = None
        for c in contacts:
            role = c.truth["role"]
            if role != "complainer" and role != "suggests":
                for _ in range(f.rng.randint(2, 4)):
                    day = f.rng.choice([0, 1, 2, 3, 4, 7, 8, 9])
                    t = f.at(day, f.rng.uniform(8, 16))
                    r = f.rng.randrange(3)
                    if r == 0:
                        f.add(c, t, "chat", "chat", B2B_Q[lg])
                        f.add(c, t + timedelta(minutes=4), "chat", "chat", B2B_A[lg], inbound=False)
                    elif r == 1:
                        f.add(c, t, "community", "post", B2B_PRAISE[lg])
                    else:
                        f.survey(c, t, nps=f.rng.choice([9, 10]))
            else:
                f.add(
                    c,
                    f.at(f.rng.choice([0, 1]), f.rng.uniform(8, 10)),
                    "web",
                    "page_view",
                    attrs={"page": "/horeca/portal"},
                )
        if kind == "at_risk":
            assert same
            ref = f.ref()
            t = f.start + timedelta(days=2, hours=9, minutes=a * 7)
            first_ev = t
            names: list[str] = []
            for k in range(nunhappy):
                c = contacts[k]
                text = B2B_COMPLAINT[same][lg].format(brand=W.BRAND)
                if k:
                    text = B2B_AGAIN[lg].format(
                        first=names[0],
                        when="ieri" if lg == "it" else "yesterday" if lg == "en" else "gestern",
                        ref=ref,
                        text=text,
                    )
                eid = f.add(c, t, "email", "message", text, subject=f"{W.ARM}: {same}")
                if k == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=40),
                        "email",
                        "message",
                        B2B_ACK[lg].format(ref=ref),
                        inbound=False,
                        subject=ref,
                    )
                names.append(c.truth["name"].split()[0])
                ev = [eid]
                if k < nunhappy - 1:
                    nps = f.rng.randint(1, 5)
                    s = f.survey(c, t + timedelta(hours=f.rng.uniform(1, 3)), nps=nps)
                    c.truth.update(
                        expected_rules=["detractor"], nps_given=True, nps=nps, survey_event_id=s
                    )
                else:
                    t2 = t + timedelta(hours=24)
                    ev.append(f.add(c, t2, "phone", "call", B2B_LAST[lg].format(ref=ref)))
                    c.truth["expected_rules"] = ["repeat_contact"]
                c.truth.update(complaint_event_ids=ev, trouble_starts_at=iso(t), booking=ref)
                t = t + timedelta(hours=f.rng.uniform(20, 26))
                if t.weekday() >= 5:
                    t += timedelta(days=7 - t.weekday())
                refs.append(ref)
        elif kind == "one_unhappy":
            c = contacts[0]
            ref = f.ref()
            t = f.at(3 + a % 4, f.rng.uniform(9, 15))
            eid = f.add(
                c,
                t,
                "email",
                "message",
                B2B_COMPLAINT[["invoice", "short_delivery"][a % 2]][lg].format(brand=W.BRAND),
                subject=W.ARM,
            )
            f.add(
                c,
                t + timedelta(minutes=35),
                "email",
                "message",
                B2B_ACK[lg].format(ref=ref),
                inbound=False,
                subject=ref,
            )
            nps = f.rng.randint(1, 5)
            s = f.survey(c, t + timedelta(hours=2), nps=nps)
            c.truth.update(
                expected_rules=["detractor"],
                nps_given=True,
                nps=nps,
                survey_event_id=s,
                complaint_event_ids=[eid],
                trouble_starts_at=iso(t),
                booking=ref,
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.at(f.rng.randint(3, 8), f.rng.uniform(9, 15))
                eid = f.add(c, t, "web", "ticket", B2B_MILD[lg], attrs={"page": "/horeca/feedback"})
                f.reply(c, t + timedelta(hours=1), W.MILD_ACK, None)
                c.truth.update(mild_event_id=eid, trouble_starts_at=iso(t))
        unhappy = [c.key for c in contacts if c.truth["role"] == "complainer"]
        f.accounts[acc] = {
            "company": comp,
            "site": site,
            "contacts": nconts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": same,
            "trouble_starts_at": iso(first_ev) if first_ev else None,
            "language": lg,
            "country": contacts[0].market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, d(2026, 9, 21), 7, "a calm week and a Saturday-morning spike")
    for _ in range(40):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy(c, day, f.rng.uniform(12, 19) if day == 5 else None)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tol=list(SILENCE))
        t = f.at(0, f.rng.uniform(9, 16))
        eid = f.add(c, t, "chat", "chat", pick(f.rng, W.MILD, c.lang))
        f.reply(c, t + timedelta(minutes=4), W.MILD_ACK, None, "chat")
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(t))
    for i, lg in enumerate(("it", "en")):
        c = f.person("grumbles_once", "lone question", lang=lg, tol=list(SILENCE))
        t = f.start + timedelta(days=4, hours=9 + i * 6, minutes=35)
        eid = f.add(c, t, "chat", "chat", W.LONE_Q[lg][0])
        f.add(c, t + timedelta(minutes=5), "chat", "chat", W.LONE_A[lg][0], inbound=False)
        c.truth.update(lone_report_event_id=eid, trouble_starts_at=iso(t))
    s0 = f.start + timedelta(days=5, hours=7, minutes=25)
    langs = ["it"] * 6 + ["en"] * 6 + ["de", "de", "es", "es", "fr", "fr", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    keys: list[str] = []
    evs: list[str] = []
    reps: list[str] = []
    for i in range(20):
        regular = i < 12
        c = f.person(
            "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            tol=list(SILENCE),
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy(c, 2, f.rng.uniform(8, 17))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = pick(f.rng, W.SPIKE, c.lang, code=CODE)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        if ch == "social" and "@" + W.BRAND not in text:
            text = "@" + W.BRAND + " " + text.replace(W.BRAND + " ", "")
        eid = f.add(
            c,
            t,
            ch,
            kind,
            text,
            subject="Checkout" if ch == "email" else None,
            attrs={"page": "/checkout"} if ch == "web" else None,
        )
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=2), W.SPIKE_ANSWER, None, "chat")
        keys.append(c.key)
        evs.append(eid)
        c.truth.update(spike_event_id=eid, spike_channel=ch, trouble_starts_at=iso(t))
        if offs[i] <= 25 and len(reps) < 6 and i % 2 == 0:
            ch2 = ["email", "chat", "community"][len(reps) % 3]
            if ch2 == ch:
                ch2 = "email" if ch != "email" else "chat"
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(15, 50)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                pick(f.rng, W.SPIKE_AGAIN, c.lang, code=CODE),
            )
            reps.append(r)
            c.truth.update(
                persona="spike_repeater",
                expected_rules=["repeat_contact"],
                tolerated_rules=["silence", "sentiment_drop"],
                repeat_event_id=r,
            )
        elif i % 3 == 1 and sum(1 for x in f.custs.values() if x.truth.get("agent_fixed")) < 6:
            f.reply(c, s0 + timedelta(hours=3, minutes=40 + i % 9), W.WORKS_AGAIN, None)
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"fresh-pasta app checkout refuses every payment before the Saturday cut-off, error {CODE}",
        "about": "checkout payment failures",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": evs,
        "repeat_event_ids": reps,
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
    for make in FAMILIES:
        fam = make()
        for c in fam.custs.values():
            both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            if both:
                raise SystemExit(f"{c.key}: {both}")
        if fam.rows and max(r[0] for r in fam.rows) >= datetime(2026, 11, 25, tzinfo=UTC):
            raise SystemExit(f"{fam.name}: too late")
        fam.write()


if __name__ == "__main__":
    main()
