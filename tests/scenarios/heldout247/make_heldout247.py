# ruff: noqa: E501
"""Build tests/scenarios/heldout247/ (Oleiva), written blind. Standard library only.

Run as ``python make_heldout247.py`` from anywhere; two runs give the same bytes.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261029
LANG_WEIGHTS = (("it", 30), ("pt", 30), ("en", 10), ("fr", 10), ("de", 10), ("es", 10))
MARKETS = {
    "it": ("IT", "IT", "IT", "CH"),
    "pt": ("PT",),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE", "CH"),
    "de": ("DE", "AT", "CH"),
    "es": ("ES",),
}
PHONE = {
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "CH": ("+41", "7", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "ES": ("+34", "6", 8),
}
FIRST = {
    "it": (
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Matteo",
        "Sara",
        "Davide",
        "Elena",
        "Paolo",
        "Silvia",
        "Andrea",
        "Federica",
        "Stefano",
        "Martina",
        "Alessio",
    ),
    "pt": (
        "Inês",
        "João",
        "Mariana",
        "Tiago",
        "Beatriz",
        "Rui",
        "Catarina",
        "Pedro",
        "Sofia",
        "Miguel",
        "Rita",
        "Nuno",
        "Joana",
        "Hugo",
        "Filipa",
        "Duarte",
    ),
    "en": ("Emma", "Oliver", "Sophie", "Jack", "Grace", "Liam", "Aoife", "Tom"),
    "fr": ("Camille", "Julien", "Léa", "Antoine", "Manon", "Hugo", "Chloé", "Louis"),
    "de": ("Anna", "Lukas", "Lena", "Jonas", "Marie", "Felix", "Hannah", "Paul"),
    "es": ("Lucía", "Pablo", "Carmen", "Javier", "Irene", "Álvaro", "Marta", "Diego"),
}
LAST = {
    "it": (
        "Rossi",
        "Bianchi",
        "Esposito",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "Mancini",
        "Costa",
        "Giordano",
        "Lombardi",
        "Moretti",
        "Barbieri",
        "Fontana",
        "Caruso",
        "Ferri",
    ),
    "pt": (
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Gomes",
        "Lopes",
        "Marques",
        "Alves",
        "Ribeiro",
        "Pinto",
        "Carvalho",
        "Teixeira",
    ),
    "en": ("Smith", "Murphy", "Walsh", "Taylor", "Byrne", "Evans", "Hughes", "Kelly"),
    "fr": ("Martin", "Bernard", "Dubois", "Laurent", "Moreau", "Girard", "Roux", "Fournier"),
    "de": ("Müller", "Schmidt", "Weber", "Becker", "Hoffmann", "Wagner", "Keller", "Vogel"),
    "es": ("García", "López", "Martín", "Sánchez", "Romero", "Navarro", "Torres", "Ruiz"),
}
TOWNS = {
    "IT": ("Bari", "Lecce", "Firenze", "Bologna", "Torino", "Palermo"),
    "PT": ("Porto", "Lisboa", "Braga", "Évora", "Coimbra"),
    "UK": ("Bristol", "Leeds"),
    "IE": ("Cork", "Galway"),
    "FR": ("Lyon", "Nantes"),
    "BE": ("Liège",),
    "CH": ("Lugano", "Genève", "Zürich"),
    "DE": ("Köln", "Leipzig"),
    "AT": ("Graz",),
    "ES": ("Sevilla", "Valencia"),
}
SOURCES = {
    "email": "oleiva-mail",
    "phone": "oleiva-voice",
    "social": "oleiva-social",
    "community": "oleiva-forum",
    "chat": "oleiva-chat",
    "web": "oleiva-web",
    "survey": "oleiva-survey",
}
CURRENCY = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    keep = {"ß", "ñ", "Ñ"}
    return "".join(ch if ch in keep else unicodedata.normalize("NFKD", ch)[0] for ch in text)


def speech(text: str) -> str:
    """A speech-to-text transcript: no punctuation, lower case but for codes and names."""
    words = []
    for word in text.replace("\n", " ").split():
        w = word.strip(".,!?;:()'\"")
        if not w:
            continue
        keep = (
            any(ch.isdigit() for ch in w)
            or w in (W.BRAND, *W.COMPETITORS, "Plus")
            or (w.isupper() and len(w) > 1 and "-" in w)
        )
        words.append(w if keep else w.lower())
    return " ".join(words)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    segment: str
    truth: dict[str, Any] = field(default_factory=dict)


@dataclass
class Row:
    seq: int
    t: datetime
    cust: Cust
    data: dict[str, Any]


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0
        self.refs = 0

    # ---------------------------------------------------------------- people --
    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
        company: str | None = None,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.rng.choice(MARKETS[lang])
        first = self.rng.choice(FIRST[lang])
        last = self.rng.choice(LAST[lang])
        key = f"OL{self.code.upper()}{1000 + len(self.custs) * 37 + self.rng.randint(0, 30):04d}"
        plain = strip_accents(f"{first}.{last}").lower().replace("ß", "ss").replace(" ", "")
        idx = len(self.custs) + 1
        if company:
            domain = (
                strip_accents(company).lower().replace(" ", "").replace("'", "")[:14] + ".example"
            )
            email = f"{plain.split('.')[0]}{idx}@{domain}"
            handle = None
        else:
            email = f"{plain}{idx}@{self.rng.choice(('posta', 'mail', 'correio', 'web', 'inbox'))}.example"
            style = self.rng.randint(0, 2)
            h = (
                plain.replace(".", "_")
                if style == 0
                else plain.replace(".", "")
                if style == 1
                else plain.split(".")[1] + plain[0]
            )
            handle = f"@{h}{self.code}{idx}"
        cc, pre, length = PHONE[market]
        digits = pre + "".join(str(self.rng.randint(0, 9)) for _ in range(length - len(pre) + 1))
        phone = f"{cc}{digits}"
        c = Cust(
            key,
            lang,
            market,
            first,
            f"{first} {last}",
            email,
            phone,
            handle,
            account,
            "b2b" if account else "consumer",
        )
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": c.segment,
            "name": c.name,
            "town": self.rng.choice(TOWNS[market]),
        }
        if company:
            c.truth["company"] = company
        self.custs[key] = c
        return c

    def ref(self) -> str:
        self.refs += 1
        return f"OC/26-{self.rng.randint(10, 99)}{self.code.upper()}{self.refs:03d}"

    # ----------------------------------------------------------------- times --
    def at(self, day: float, h0: float = 8.0, h1: float = 20.0) -> datetime:
        hours = h0 + self.rng.random() * (h1 - h0)
        return self.start + timedelta(days=int(day), hours=hours, seconds=self.rng.randint(0, 59))

    @staticmethod
    def awake(t: datetime, rng: random.Random) -> datetime:
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 59))
        elif t.hour < 7:
            t = t.replace(hour=8, minute=rng.randint(0, 59))
        return t

    # ------------------------------------------------------------------ rows --
    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

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
        if t.year != 2026 or t >= LIMIT or t < self.start:
            raise SystemExit(f"{self.name}: time out of range {t}")
        self.count += 1
        eid = f"h247-{self.code}-{self.count:05d}"
        if text is not None and not out:
            if channel == "phone":
                text = speech(text)
            elif channel != "survey":
                text = self.roughen(text)
            if channel == "social" and c.segment == "consumer":
                if W.BRAND in text:
                    i = text.rfind(W.BRAND)
                    text = text[:i] + "@" + text[i:]
                else:
                    text = f"@{W.BRAND} {text}"
        a = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        a.update(attrs or {})
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(self.count, t, c, data))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 0.14:
            words = text.split(" ")
            cands = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
            if cands:
                i = r.choice(cands)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def agent(self) -> str:
        return self.rng.choice(W.AGENTS)

    def reply(
        self, c: Cust, t: datetime, channel: str, text: str, subject: str | None = None
    ) -> str:
        return self.add(
            c,
            t,
            channel,
            "chat" if channel == "chat" else "message",
            text,
            subject,
            out=True,
            attrs={"agent": self.agent()},
        )

    def mail_answer(self, c: Cust, t: datetime, text: str, subject: str | None = None) -> str:
        return self.reply(c, self.awake(t, self.rng), "email", text, subject)

    # ---------------------------------------------------------- happy things --
    def happy(self, c: Cust, t: datetime, surveys: bool = True, lang: str | None = None) -> None:
        lg = lang or c.lang
        r = self.rng
        kinds = ["praise", "again", "gripe", "chat", "mail", "phone", "buy", "view", "review"] + (
            ["survey"] if surveys else []
        )
        k = r.choice(kinds)
        if c.segment == "b2b":
            k = r.choice(["chat", "buy", "view", "praise"] + (["survey"] if surveys else []))
        if k in ("praise", "again", "gripe"):
            table = (
                W.B2B_PRAISE
                if c.segment == "b2b"
                else {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[k]
            )
            ch = "community" if c.segment == "b2b" else r.choice(["social", "community"])
            self.add(c, t, ch, "mention" if ch == "social" else "post", self.pick(table, lg))
        elif k == "chat":
            q, a = r.choice((W.B2B_Q if c.segment == "b2b" else W.QUESTIONS)[lg])
            self.add(c, t, "chat", "chat", q)
            t2 = t + timedelta(minutes=r.randint(1, 6))
            self.reply(c, t2, "chat", a)
            if r.random() < 0.6:
                self.add(
                    c,
                    t2 + timedelta(minutes=r.randint(1, 4)),
                    "chat",
                    "chat",
                    self.pick(W.THANKS, lg),
                )
        elif k == "mail":
            q, a = r.choice(W.QUESTIONS[lg])
            self.add(c, t, "email", "message", q, subject=q[:30])
            self.mail_answer(c, t + timedelta(minutes=r.randint(30, 180)), a, "Re: " + q[:30])
        elif k == "phone":
            q, a = r.choice(W.PHONE_Q[lg])
            self.add(c, t, "phone", "call", q)
            self.mail_answer(c, t + timedelta(minutes=r.randint(10, 40)), a)
        elif k in ("buy", "view"):
            pages = W.B2B_PAGES if c.segment == "b2b" else W.PAGES
            page = r.choice(pages)
            self.add(c, t, "web", "page_view", attrs={"page": page})
            if k == "buy":
                prod, price = r.choice(W.PRODUCTS)
                cur, f = CURRENCY.get(c.market, ("EUR", 1.0))
                value = f"{float(price) * f * (6 if c.segment == 'b2b' else 1):.2f}"
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(2, 15)),
                    "web",
                    "purchase",
                    attrs={"order_value": value, "currency": cur, "product": prod, "page": page},
                )
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.REVIEW, lg),
                attrs={"rating": r.choice(("5", "5", "4")), "page": "/reviews"},
            )
        else:
            self.survey_happy(c, t, lg)

    def survey_happy(self, c: Cust, t: datetime, lg: str) -> None:
        r = self.rng
        kind = r.choice(("nps", "csat", "ces"))
        score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[kind]
        self.add(
            c,
            t,
            "survey",
            "survey_response",
            self.pick(W.SURVEY_WORDS, lg) or None,
            scores={kind: score},
            attrs={"survey": kind},
        )

    def happy_days(
        self,
        c: Cust,
        n: int,
        days: list[int],
        h0: float = 8.0,
        h1: float = 20.0,
        surveys: bool = True,
    ) -> None:
        for d in self.rng.sample(days, min(n, len(days))):
            self.happy(c, self.at(d, h0, h1), surveys)

    def expect(self, c: Cust, *rules: str) -> None:
        c.truth["expected_rules"] = sorted({*c.truth["expected_rules"], *rules})

    def tolerate(self, c: Cust, rules: list[str]) -> None:
        c.truth["tolerated_rules"] = sorted(rules)

    # --------------------------------------------------------------- troubles --
    def problem_msg(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        long: bool = False,
    ) -> str:
        lg = lang or c.lang
        body = self.rng.choice(W.PROBLEM_TEXT[problem][lg])
        subj = W.COMPLAINT_SUBJ[lg] + W.PROBLEM_SUBJECT[problem][lg]
        if long:
            text = self.rng.choice(W.LONG_EMAIL[lg]).format(body=body[0].lower() + body[1:])
            return self.add(c, t, "email", "message", text, subj)
        if channel == "email":
            return self.add(c, t, "email", "message", body, subj)
        if channel == "chat":
            return self.add(c, t, "chat", "chat", body)
        if channel == "social":
            return self.add(c, t, "social", "mention", body)
        if channel == "community":
            return self.add(c, t, "community", "post", body)
        if channel == "web":
            return self.add(c, t, "web", "ticket", body, subj, attrs={"page": "/help/contact"})
        return self.add(
            c,
            t,
            "phone",
            "call",
            self.rng.choice(W.PHONE_PROBLEM[lg]).format(subj=W.PROBLEM_SUBJECT[problem][lg]),
        )

    def open_case(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        ref: str,
        lang: str | None = None,
        lead: bool = False,
    ) -> str:
        lg = lang or c.lang
        table = W.AGENT_LEAD if lead else W.AGENT_CASE
        text = table[lg].format(ref=ref, agent=self.agent())
        if channel == "chat" and not lead:
            return self.reply(c, t, "chat", text)
        return self.mail_answer(c, t, text, W.CASE_SUBJ[lg] + ref)

    def later_contact(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        ref: str,
        problem: str,
        nth: int,
        comp: str,
        lang: str | None = None,
    ) -> str:
        lg = lang or c.lang
        body = self.rng.choice(W.PROBLEM_TEXT[problem][lg])
        if nth == 2:
            text = self.rng.choice(W.LATER[lg]).format(ref=ref, body=body)
        elif nth == 3:
            text = self.rng.choice(W.THIRD[lg]).format(ref=ref, comp=comp)
        else:
            text = self.rng.choice(W.FOURTH[lg]).format(ref=ref)
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[channel]
        subj = W.CASE_SUBJ[lg] + ref if channel in ("email", "web") else None
        eid = self.add(
            c,
            t,
            channel,
            kind,
            text,
            subj,
            attrs={"page": "/help/contact"} if channel == "web" else None,
        )
        if channel == "chat":
            self.reply(
                c,
                t + timedelta(minutes=self.rng.randint(1, 5)),
                "chat",
                W.AGENT_URGENT[lg].format(ref=ref),
            )
        return eid

    def repeat_run(
        self,
        c: Cust,
        first_day: float,
        contacts: int,
        first_ch: str,
        lead: bool,
        lang2: str | None = None,
    ) -> None:
        r = self.rng
        problem = r.choice(W.PROBLEMS)
        ref = self.ref()
        comp = r.choice(W.COMPETITORS)
        langs = [c.lang, lang2 or c.lang]
        t = self.at(first_day, 8, 19)
        ids = [self.problem_msg(c, t, problem, first_ch, langs[0])]
        if lead:
            if first_ch == "chat":
                self.open_case(c, t + timedelta(minutes=r.randint(1, 5)), "chat", ref, langs[0])
            self.open_case(
                c, t + timedelta(minutes=r.randint(90, 150)), "email", ref, langs[0], lead=True
            )
        else:
            self.open_case(
                c,
                t + timedelta(minutes=r.randint(10, 40) if first_ch != "chat" else r.randint(1, 5)),
                first_ch,
                ref,
                langs[0],
            )
        used = {first_ch}
        for nth in range(2, contacts + 1):
            t = self.awake(t + timedelta(hours=r.uniform(4, 40)), r)
            ch = r.choice([x for x in ("email", "chat", "phone", "web", "social") if x not in used])
            used.add(ch)
            ids.append(self.later_contact(c, t, ch, ref, problem, nth, comp, langs[(nth - 1) % 2]))
        self.expect(c, "repeat_contact")
        self.tolerate(c, T_REPEAT)
        c.truth.update(
            {
                "problem": problem,
                "booking": ref,
                "contacts": contacts,
                "channels": sorted(used),
                "channel": first_ch,
                "agent_passed_on": lead,
                "problem_event_ids": ids,
                "competitor": comp if contacts >= 3 else None,
                "trouble_starts_at": iso(self.row_time(ids[0])),
            }
        )

    def row_time(self, eid: str) -> datetime:
        return next(r.t for r in self.rows if r.data["event_id"] == eid)

    def fixed_case(
        self, c: Cust, t: datetime, problem: str, lang: str, lang2: str
    ) -> dict[str, Any]:
        r = self.rng
        ref = self.ref()
        ch = r.choice(("web", "email", "chat"))
        e1 = self.problem_msg(c, t, problem, ch, lang)
        self.open_case(
            c,
            t + timedelta(minutes=r.randint(10, 40) if ch != "chat" else r.randint(1, 5)),
            ch,
            ref,
            lang,
        )
        t2 = self.awake(t + timedelta(hours=r.uniform(3, 20)), r)
        self.mail_answer(
            c, t2, W.AGENT_GOOD[lang].format(ref=ref, agent=self.agent()), W.CASE_SUBJ[lang] + ref
        )
        t3 = self.awake(t2 + timedelta(hours=r.uniform(8, 30)), r)
        cch = r.choice(("email", "chat"))
        e3 = self.add(
            c,
            t3,
            cch,
            "message" if cch == "email" else "chat",
            self.pick(W.CONFIRM, lang2).format(ref=ref),
            W.CASE_SUBJ[lang2] + ref if cch == "email" else None,
        )
        return {
            "problem": problem,
            "booking": ref,
            "raised_at": iso(t),
            "fixed_at": iso(t2),
            "confirmed_at": iso(t3),
            "problem_event_ids": [e1],
            "confirm_event_id": e3,
            "channel": ch,
            "confirm_channel": cch,
        }

    def slide(self, c: Cust, day0: float, span: int, langs: list[str]) -> list[str]:
        r = self.rng
        comp = r.choice(W.COMPETITORS)
        ids = []
        t = self.at(day0, 8, 19)
        gaps = sorted(r.uniform(0, span) for _ in range(5))
        base = t
        ratings = ("3", "3", "2", "2", "1", "1")
        for i in range(6):
            if i:
                t = max(t + timedelta(hours=1), base + timedelta(days=gaps[i - 1]))
                t = self.awake(t, r)
            lg = langs[i % len(langs)]
            text = W.SLIDE[lg][i].format(comp=comp)
            ch = r.choice(("social", "community", "review"))
            if ch == "review":
                ids.append(
                    self.add(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": ratings[i], "page": "/reviews"},
                    )
                )
            else:
                ids.append(self.add(c, t, ch, "mention" if ch == "social" else "post", text))
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": span,
                "competitor": comp,
                "trouble_starts_at": iso(self.row_time(ids[0])),
            }
        )
        self.expect(c, "sentiment_drop")
        self.tolerate(c, T_SLIDE)
        return ids

    # ----------------------------------------------------------------- output --
    def write(self) -> tuple[int, int, int]:
        rows = sorted(self.rows, key=lambda r: (r.t, r.seq))
        seen: set[str] = set()
        lines = []
        for row in rows:
            c = row.cust
            d = dict(row.data)
            full = d["direction"] == "outbound" or c.key not in seen
            if d["direction"] == "inbound":
                seen.add(c.key)
            ch = d["channel"]
            ref: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif ch == "phone":
                ref["phone"] = (
                    c.phone if self.rough.random() < 0.5 else c.phone[:3] + " " + c.phone[3:]
                )
            elif ch in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif ch == "email":
                ref["email"] = c.email.upper() if self.rough.random() < 0.08 else c.email
            else:
                ref["customer_id"] = c.key
            d["customer"] = ref
            order = (
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
            lines.append(json.dumps({k: d[k] for k in order}, ensure_ascii=False))
        for c in self.custs.values():
            if c.key not in seen:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{self.name}: {c.key} expects and tolerates a rule")
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        expected: Counter[str] = Counter()
        for c in self.custs.values():
            expected.update(c.truth["expected_rules"])
        for a in self.accounts.values():
            expected.update(a["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        end = max(self.start + timedelta(days=self.days), rows[-1].t + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Oleiva: olive oil by subscription (app and web, Oleiva Plus) and Oleiva Horeca on account",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: self.custs[k].truth for k in sorted(self.custs)},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        replies = sum(1 for r in rows if r.data["direction"] == "outbound")
        return len(self.custs), len(rows), replies


def D(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ------------------------------------------------------------------ families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "hw",
        1,
        D(2026, 3, 9),
        10,
        "happy customers only: day writers, night writers, survey answerers",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, r.randint(5, 8), list(range(10)), 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in r.sample(range(9), r.randint(2, 4)):
            t = f.at(d, 22.2, 28.5)
            if r.random() < 0.5:
                f.add(
                    c, t, r.choice(("social", "community")), "post", f.pick(W.NIGHT_POSTS, c.lang)
                )
            else:
                q, a = r.choice(W.NIGHT_Q[c.lang])
                f.add(c, t, "chat", "chat", q)
                f.reply(c, t + timedelta(minutes=r.randint(1, 5)), "chat", a)
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(6, 9)),
                    "chat",
                    "chat",
                    f.pick(W.THANKS, c.lang),
                )
        f.happy_days(c, r.randint(2, 3), list(range(10)), 9, 18, surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in r.sample(range(10), r.randint(3, 6)):
            f.survey_happy(c, f.at(d, 8, 20), c.lang)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "bd",
        2,
        D(2026, 4, 20),
        12,
        "happy customers with one angry moment, some with a low score",
    )
    r = f.rng
    plan = [
        (p, ch)
        for i, ch in enumerate(["long", "email", "chat", "social", "web", "phone"] * 4)
        for p in [W.PROBLEMS[i % 6]]
    ]
    with_case = [i for i, (_, ch) in enumerate(plan) if ch != "social"]
    nps = set(r.sample(with_case, 6))
    csat = set(r.sample([i for i in with_case if i not in nps], 5))
    good = set(r.sample(with_case, 12))
    sorry = set(r.sample(sorted(good), 5))
    for i, (problem, ch) in enumerate(plan):
        lang = r.choice(("it", "pt")) if ch == "long" else None
        c = f.person(
            "bad_day_detractor" if i in nps else "happy_one_bad_day", "one bad day", lang=lang
        )
        bd = r.randint(2, 9)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, r.randint(1, 5), days, 8, 20, surveys=False)
        t = f.at(bd, 8, 20)
        eid = f.problem_msg(c, t, problem, "email" if ch == "long" else ch, long=ch == "long")
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "booking": None,
                "agent_fixed": False,
                "apologised": False,
                "nps_given": False,
                "csat_given": False,
            }
        )
        f.tolerate(c, ["silence"])
        if ch == "social":
            continue
        ref = f.ref()
        c.truth["booking"] = ref
        f.open_case(
            c,
            t + timedelta(minutes=r.randint(10, 40) if ch != "chat" else r.randint(1, 5)),
            "chat" if ch == "chat" else "email",
            ref,
        )
        if i in nps:
            score = r.randint(1, 5)
            s = f.add(
                c,
                t + timedelta(minutes=r.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": score, "survey_event_id": s})
            f.expect(c, "detractor")
        elif i in csat:
            score = r.randint(1, 2)
            s = f.add(
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                r.choice((None, "pessimo", "mau")),
                scores={"csat": score},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": score, "survey_event_id": s})
        if i in good:
            f.mail_answer(
                c,
                t + timedelta(hours=r.uniform(1, 4)),
                W.AGENT_GOOD[c.lang].format(ref=ref, agent=f.agent()),
                W.CASE_SUBJ[c.lang] + ref,
            )
            c.truth["agent_fixed"] = True
            if i in sorry:
                ta = f.awake(t + timedelta(hours=r.uniform(16, 24)), r)
                ach = r.choice(("chat", "email"))
                a = f.add(
                    c,
                    ta,
                    ach,
                    "chat" if ach == "chat" else "message",
                    f.pick(W.APOLOGY, c.lang),
                    W.CASE_SUBJ[c.lang] + ref if ach == "email" else None,
                )
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": a})
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, r.randint(4, 7), list(range(12)), 8, 20)
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "rc",
        3,
        D(2026, 6, 1),
        10,
        "problems raised again while open, fixed cases, frequent writers",
    )
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    leads = set(r.sample(range(12), 6))
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12), surveys=False)
        f.repeat_run(c, r.randint(1, 4), counts[i], firsts[i], i in leads)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        f.happy(c, f.at(0, 8, 18), surveys=False)
        case = f.fixed_case(c, f.at(r.randint(1, 4), 8, 19), r.choice(W.PROBLEMS), c.lang, c.lang)
        c.truth.update({"problems": [case], "trouble_starts_at": case["raised_at"]})
        f.tolerate(c, ["silence"])
    for _ in range(3):
        c = f.person("different_problems", "two problems")
        p1, p2 = r.sample(W.PROBLEMS, 2)
        d1 = r.randint(0, 2)
        cases = [
            f.fixed_case(c, f.at(d1, 8, 19), p1, c.lang, c.lang),
            f.fixed_case(c, f.at(d1 + r.randint(4, 5), 8, 19), p2, c.lang, c.lang),
        ]
        c.truth.update({"problems": cases, "trouble_starts_at": cases[0]["raised_at"]})
        f.tolerate(c, ["silence"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, r.randint(5, 8), list(range(10)), 8, 20)
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "sc",
        4,
        D(2026, 7, 6),
        32,
        "slow slides, leavers, steady, steadily grumpy, one sarcastic remark",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    nps = set(r.sample(range(10), 5))
    for i in range(10):
        c = f.person("slow_churner", "slides")
        days = r.sample(range(11), r.randint(4, 5) + r.randint(2, 4))
        for j, d in enumerate(days):
            t = f.at(d, 8, 20)
            if j < 5 and j < len(days) - 2:
                ch = r.choice(("social", "community"))
                f.add(
                    c,
                    t,
                    ch,
                    "mention" if ch == "social" else "post",
                    f.pick(W.PRAISE if j % 2 else W.AGAIN, c.lang),
                )
            else:
                f.happy(c, t, surveys=False)
        ids = f.slide(c, r.randint(12, 16), spans[i], [c.lang])
        if i in nps:
            score = r.randint(1, 5)
            s = f.add(
                c,
                f.awake(f.row_time(ids[3]) + timedelta(hours=r.uniform(2.5, 3.5)), r),
                "survey",
                "survey_response",
                None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": score, "survey_event_id": s})
            f.expect(c, "detractor")
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        f.happy_days(c, r.randint(4, 6), list(range(16)), 8, 20, surveys=False)
        t = f.at(r.randint(17, 23), 8, 19)
        e = f.add(c, t, "email", "message", f.pick(W.LEAVE, c.lang), "Oleiva Plus")
        f.mail_answer(
            c,
            t + timedelta(hours=r.uniform(1, 5)),
            W.AGENT_SORRY[c.lang].format(agent=f.agent()),
            "Re: Oleiva Plus",
        )
        tc = f.awake(t + timedelta(hours=r.uniform(20, 30)), r)
        x = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/plus/cancel", "product": "Oleiva Plus"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
        f.expect(c, "churn_intent")
        f.tolerate(c, T_LEAVE)
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, r.randint(6, 10), list(range(32)), 8, 20)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        gd = r.randint(0, 4)
        ids = []
        for _ in range(r.randint(5, 7)):
            t = f.at(gd, 8, 20)
            ch = r.choice(("social", "community", "web", "review"))
            text = f.pick(W.GRUMBLE, c.lang)
            if ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            gd += r.randint(1, 3)
        for _ in range(r.randint(0, 2)):
            f.happy(c, f.at(r.randint(0, 30), 8, 20), surveys=False)
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(f.row_time(ids[0]))})
        f.tolerate(c, ["repeat_contact", "silence"])
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        f.happy_days(c, r.randint(4, 7), list(range(16)), 8, 20, surveys=False)
        s = f.add(c, f.at(r.randint(17, 28), 9, 20), "social", "mention", f.pick(W.SARCASM, c.lang))
        c.truth["sarcasm_event_id"] = s
        f.tolerate(c, ["silence"])
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "qh",
        5,
        D(2026, 8, 28),
        3,
        "a calm summer weekend with night-owl bursts, no spike",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in r.sample(range(3), r.randint(1, 3)):
            f.happy(c, f.at(d, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once")
        t = f.at(r.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/recipes"})
        q, a = r.choice(W.MILD[c.lang])
        t2 = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            g = f.add(c, t2, "chat", "chat", q)
            f.reply(c, t2 + timedelta(minutes=r.randint(1, 5)), "chat", a)
        else:
            g = f.add(c, t2, "web", "ticket", q, attrs={"page": "/help/contact"})
            f.mail_answer(c, t2 + timedelta(minutes=r.randint(20, 60)), a)
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t2)})
        f.tolerate(c, ["silence"])
    owl = 0
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        for burst, off in enumerate((0, r.randint(28, 33), r.randint(55, 65))):
            bstart = first + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}")
                t = bstart + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    q, a = r.choice(W.NIGHT_Q[c.lang])
                    e = f.add(c, t, "chat", "chat", q)
                    f.reply(c, t + timedelta(minutes=r.randint(1, 4)), "chat", a)
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(5, 8)),
                        "chat",
                        "chat",
                        f.pick(W.THANKS, c.lang),
                    )
                else:
                    ch = r.choice(("social", "community"))
                    e = f.add(
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        f.pick(W.NIGHT_POSTS, c.lang),
                    )
                c.truth.update({"burst_at": iso(bstart), "night_event_id": e})
                if owl % 2 == 0:
                    f.happy(c, f.at(r.randint(0, 2), 9, 17.5), surveys=False)
                owl += 1
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "bl", 6, D(2026, 9, 21), 14, "customers writing in two languages")
    r = f.rng
    pairs = (
        [("it", "pt")] * 4
        + [("pt", "it")] * 4
        + [
            ("it", "en"),
            ("it", "en"),
            ("pt", "en"),
            ("pt", "en"),
            ("pt", "fr"),
            ("pt", "fr"),
            ("it", "de"),
            ("it", "de"),
            ("it", "fr"),
            ("pt", "es"),
            ("pt", "es"),
            ("es", "it"),
            ("fr", "pt"),
            ("de", "it"),
            ("en", "pt"),
            ("it", "es"),
            ("it", "es"),
            ("pt", "de"),
            ("pt", "de"),
        ]
    )
    r.shuffle(pairs)
    market_of = {"it": "IT", "pt": "PT", "en": "IE", "fr": "CH", "de": "CH", "es": "ES"}
    kinds = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    bad_long_done = False
    rep_counts = [2, 2, 3, 3, 4]
    for k, (l1, l2) in zip(kinds, pairs, strict=True):
        m = market_of[l1] if r.random() < 0.7 else market_of[l2]
        if k == "happy":
            c = f.person("happy", "alternates languages", l1, m)
            for j, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
                f.happy(c, f.at(d, 8, 20), lang=(l1, l2)[j % 2])
        elif k == "repeat":
            c = f.person("repeat_contact", "repeats", l1, m)
            for _ in range(r.randint(1, 3)):
                f.happy(c, f.at(r.randint(0, 1), 8, 12), surveys=False)
            n = rep_counts.pop()
            f.repeat_run(c, r.randint(2, 5), n, r.choice(("web", "email", "chat")), n >= 3, l2)
        elif k == "slide":
            c = f.person("slow_churner", "slides", l1, m)
            for j, d in enumerate(sorted(r.sample(range(6), 5))):
                ch = r.choice(("social", "community"))
                f.add(
                    c,
                    f.at(d, 8, 20),
                    ch,
                    "mention" if ch == "social" else "post",
                    f.pick(W.PRAISE, (l1, l2)[j % 2]),
                )
            for _ in range(r.randint(1, 3)):
                f.happy(c, f.at(r.randint(0, 5), 8, 20), surveys=False, lang=l2)
            f.slide(c, r.randint(7, 8), r.randint(3, 5), [l1, l2])
        elif k == "bad":
            c = f.person("happy_one_bad_day", "one bad day", l1, m)
            for j, d in enumerate(r.sample([0, 1, 2, 3, 9, 10, 11, 12], r.randint(2, 4))):
                f.happy(c, f.at(d, 8, 20), surveys=False, lang=(l1, l2)[j % 2])
            t = f.at(r.randint(5, 6), 8, 19)
            long = not bad_long_done and l2 in W.LONG_EMAIL
            bad_long_done = bad_long_done or long
            ch = "email" if long or r.random() < 0.5 else "chat"
            problem = r.choice(W.PROBLEMS)
            e = f.problem_msg(c, t, problem, ch, l2, long=long)
            ref = f.ref()
            f.open_case(c, t + timedelta(minutes=r.randint(5, 40)), ch, ref, l2)
            c.truth.update(
                {
                    "problem": problem,
                    "booking": ref,
                    "bad_day_at": iso(t),
                    "bad_day_event_id": e,
                    "bad_day_language": l2,
                    "long_email": long,
                    "trouble_starts_at": iso(t),
                    "channel": ch,
                }
            )
            if ch == "email":
                f.mail_answer(
                    c,
                    t + timedelta(hours=r.uniform(1, 4)),
                    W.AGENT_GOOD[l2].format(ref=ref, agent=f.agent()),
                    W.CASE_SUBJ[l2] + ref,
                )
            else:
                ta = f.awake(t + timedelta(hours=r.uniform(18, 24)), r)
                a = f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, l2))
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": a})
            f.tolerate(c, ["silence"])
        else:
            c = f.person("resolved_between_contacts", "fixed", l1, m)
            f.happy(c, f.at(0, 8, 18), surveys=False)
            case = f.fixed_case(c, f.at(r.randint(2, 6), 8, 19), r.choice(W.PROBLEMS), l1, l2)
            c.truth.update(
                {"problems": [case], "trouble_starts_at": case["raised_at"], "confirm_language": l2}
            )
            f.tolerate(c, ["silence"])
        c.truth["languages"] = [l1, l2]
        c.truth["job_second_language"] = r.choice(
            ("partner's family", "works across the border", "grew up abroad", "studied abroad")
        )
    return f


ACCOUNTS = [
    ("at_risk", 5, 3, "portal", "it", "IT", "Trattoria Le Macine", "restaurant"),
    ("at_risk", 6, 4, "invoice", "pt", "PT", "Hotel Miradouro", "hotel"),
    ("at_risk", 5, 4, "overbilled", "it", "IT", "Catering Borgo Antico", "catering"),
    ("at_risk", 4, 3, "service_blocked", "pt", "PT", "Cantina Escolar Vale", "school"),
    ("at_risk", 5, 3, "invoice", "fr", "FR", "Bistrot du Marché", "restaurant"),
    ("one_unhappy", 3, 1, "service_blocked", "it", "IT", "Gastronomia Serafini", "deli"),
    ("one_unhappy", 3, 1, "overbilled", "pt", "PT", "Tasca do Largo", "restaurant"),
    ("one_unhappy", 3, 1, "portal", "de", "AT", "Gasthof Lindner", "hotel"),
    ("one_unhappy", 3, 1, "invoice", "es", "ES", "Horno San Blas", "bakery"),
    ("mild", 4, 0, None, "it", "IT", "Hotel Belvedere Lago", "hotel"),
    ("mild", 4, 0, None, "pt", "PT", "Quinta das Amoras Eventos", "catering"),
    ("mild", 3, 0, None, "en", "UK", "The Olive Branch Pub", "pub"),
    ("happy", 4, 0, None, "it", "CH", "Osteria Ticinese", "restaurant"),
    ("happy", 3, 0, None, "pt", "PT", "Padaria Central", "bakery"),
    ("happy", 3, 0, None, "de", "DE", "Kantine Werkhof", "canteen"),
]
JOBS = (
    "head chef",
    "owner",
    "purchasing manager",
    "accounts assistant",
    "restaurant manager",
    "sous chef",
    "office manager",
)


def office(t: datetime, rng: random.Random) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        if t.hour >= 17 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 59))
        else:
            t = t.replace(hour=8, minute=rng.randint(0, 59))
    return t


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "bb",
        7,
        D(2026, 10, 12),
        14,
        "Oleiva Horeca accounts: at risk, one unhappy contact, mild remarks, happy",
    )
    r = f.rng
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    for n, (kind, size, unhappy, problem, lang, market, company, site) in enumerate(ACCOUNTS):
        acc = f"OH-{market}-{4100 + n * 13}"
        contacts = [
            f.person("b2b_happy", "contact", lang, market, acc, company) for _ in range(size)
        ]
        for c in contacts:
            c.truth["job_title"] = c.truth["job"] = r.choice(JOBS)
            c.truth["role"] = "contact"
        bad = contacts[:unhappy]
        mild = contacts[:2] if kind == "mild" else []
        for c in contacts:
            if c in bad or c in mild:
                for _ in range(r.randint(0, 2)):
                    f.happy(c, f.at(r.randint(0, 1), 8, 16.5), surveys=False)
            else:
                for d in r.sample(weekdays, r.randint(2, 5)):
                    f.happy(c, f.at(d, 8, 16.5))
        info: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": size,
            "contact_keys": sorted(c.key for c in contacts),
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": sorted(c.key for c in bad),
            "at_risk": kind == "at_risk",
            "expected_rules": [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            assert problem is not None
            ref = f.ref()
            t = f.at(2, 8, 12)
            first = bad[0]
            t_first = t
            info["trouble_starts_at"] = iso(t)
            for j, c in enumerate(bad):
                body = W.B2B_TEXT[problem][lang]
                subj = W.COMPLAINT_SUBJ[lang] + W.B2B_SUBJ[problem][lang]
                if j == 0:
                    e = f.add(c, t, "email", "message", body, subj)
                    f.reply(
                        c,
                        t + timedelta(minutes=r.randint(20, 60)),
                        "email",
                        W.AGENT_CASE[lang].format(ref=ref, agent=f.agent()),
                        W.CASE_SUBJ[lang] + ref,
                    )
                else:
                    prev = t
                    t = office(t + timedelta(hours=r.uniform(8, 28)), r)
                    day = (
                        "stamattina"
                        if lang == "it" and prev.date() == t.date()
                        else W.WEEKDAY[lang][t_first.weekday()]
                    )
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        W.B2B_LATER[lang].format(
                            first=first.first, day=day, ref=ref, body=body[0].lower() + body[1:]
                        ),
                        W.CASE_SUBJ[lang] + ref,
                    )
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "habit": "complainer",
                        "role": "complainer",
                        "problem": problem,
                        "booking": ref,
                        "complaint_event_ids": [e],
                        "trouble_starts_at": iso(t),
                    }
                )
                f.tolerate(c, T_B2B_RISK)
                if j < len(bad) - 1:
                    score = r.randint(1, 5)
                    s = f.add(
                        c,
                        office(t + timedelta(hours=r.uniform(1, 3)), r),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": score},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "nps": score, "survey_event_id": s})
                    f.expect(c, "detractor")
                else:
                    t2 = office(t + timedelta(hours=r.uniform(18, 40)), r)
                    comp = r.choice(W.COMPETITORS)
                    if n == 1:
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            W.B2B_LAST_MAIL[lang].format(ref=ref, comp=comp),
                            W.CASE_SUBJ[lang] + ref,
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(c, t2, "phone", "call", W.B2B_LAST_CALL[lang].format(ref=ref))
                    c.truth["complaint_event_ids"].append(e2)
                    f.expect(c, "repeat_contact")
            info["expected_rules"] = ["account_risk"]
        elif kind == "one_unhappy":
            assert problem is not None
            c = bad[0]
            ref = f.ref()
            t = f.at(r.choice([d for d in weekdays if 3 <= d <= 7]), 8, 16)
            e = f.add(
                c,
                t,
                "email",
                "message",
                W.B2B_TEXT[problem][lang],
                W.COMPLAINT_SUBJ[lang] + W.B2B_SUBJ[problem][lang],
            )
            f.reply(
                c,
                t + timedelta(minutes=r.randint(20, 60)),
                "email",
                W.AGENT_CASE[lang].format(ref=ref, agent=f.agent()),
                W.CASE_SUBJ[lang] + ref,
            )
            score = r.randint(1, 5)
            s = f.add(
                c,
                office(t + timedelta(hours=r.uniform(1, 3)), r),
                "survey",
                "survey_response",
                None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": [e],
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": s,
                    "trouble_starts_at": iso(t),
                }
            )
            f.expect(c, "detractor")
            f.tolerate(c, T_B2B_ONE)
        for j, c in enumerate(mild):
            t = f.at(r.choice([d for d in weekdays if d >= 2]), 8, 16)
            e = f.add(
                c,
                t,
                "web",
                "ticket",
                W.B2B_MILD[lang][j % len(W.B2B_MILD[lang])],
                attrs={"page": "/horeca/feedback"},
            )
            f.mail_answer(
                c,
                t + timedelta(minutes=r.randint(30, 120)),
                W.MILD[lang][0][1] if lang in W.MILD else "Thanks",
            )
            c.truth.update(
                {
                    "persona": "b2b_mild",
                    "habit": "suggests",
                    "role": "suggests",
                    "mild_event_id": e,
                    "trouble_starts_at": iso(t),
                }
            )
            f.tolerate(c, ["silence"])
        f.accounts[acc] = info
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "ts", 8, D(2026, 10, 26), 7, "a calm week and one planted incident")
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in r.sample(range(6), r.randint(1, 4)):
            f.happy(c, f.at(d, 8, 17 if d == 3 else 20))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", lang=r.choice(("it", "pt")))
        t = f.at(0, 9, 17)
        q, a = W.SPIKE_CALM_GRUMBLE[c.lang][0]
        g = f.add(c, t, "chat", "chat", q)
        f.reply(c, t + timedelta(minutes=r.randint(1, 5)), "chat", a)
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t)})
        f.tolerate(c, ["silence"])
    for lang, hour in (("it", 9.6), ("pt", 15.1)):
        c = f.person("grumbles_once", "lone question", lang=lang)
        t = f.start + timedelta(days=2, hours=hour)
        q, a = W.LONE_Q[lang]
        e = f.add(c, t, "chat", "chat", q)
        f.reply(c, t + timedelta(minutes=r.randint(2, 6)), "chat", a)
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
        f.tolerate(c, ["silence"])
    langs = ["it"] * 6 + ["pt"] * 6 + ["en", "en", "fr", "fr", "de", "de", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = f.start + timedelta(days=3, hours=18, minutes=20)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    reporters = []
    for i in range(20):
        regular = i < 12
        c = f.person("spike_reporter", "regular" if regular else "new", lang=langs[i])
        if regular:
            for _ in range(r.randint(1, 3)):
                f.happy(c, f.at(1, 8, 17.5), surveys=False)
        t = s0 + timedelta(minutes=offs[i], seconds=r.randint(0, 50) if 0 < offs[i] < 45 else 0)
        ch = chans[i]
        text = f.pick(W.SPIKE_REPORT, c.lang)
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
            "TRC-738" if ch in ("email", "web") else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=r.randint(1, 4)), "chat", W.SPIKE_AGENT_CHAT[c.lang])
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
            }
        )
        f.tolerate(c, ["silence"])
        reporters.append((c, t, ch, e))
    early = [x for x in reporters if x[1] <= s0 + timedelta(minutes=25)]
    rep = r.sample(early, 6)
    rep_ch = ["email", "email", "chat", "chat", "community", "community"]
    rep_ids = []
    for (c, t, ch, _), ch2 in zip(rep, rep_ch, strict=True):
        if ch2 == ch:
            ch2 = "email" if ch != "email" else "chat"
        t2 = t + timedelta(minutes=r.randint(15, 50))
        e2 = f.add(
            c,
            t2,
            ch2,
            {"email": "message", "chat": "chat", "community": "post"}[ch2],
            f.pick(W.SPIKE_REPEAT, c.lang),
            "Re: TRC-738" if ch2 == "email" else None,
        )
        c.truth.update({"persona": "spike_repeater", "repeat_event_id": e2})
        f.expect(c, "repeat_contact")
        f.tolerate(c, ["silence", "sentiment_drop"])
        rep_ids.append(e2)
    rest = [x for x in reporters if x not in rep]
    for c, _, _, _ in r.sample(rest, 6):
        wet = c.market in ("UK", "IE", "PT")
        when = "20:15" if wet else "21:15"
        amt = "£4" if c.market == "UK" else "CHF 5" if c.market == "CH" else "€5"
        f.reply(
            c,
            s0 + timedelta(hours=2, minutes=r.randint(8, 17)),
            "email",
            W.SPIKE_FIXED[c.lang].format(when=when, amt=amt, agent=f.agent()),
            "TRC-738",
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "olive-oil app's authenticity QR check calls every genuine tin 'not authentic' (counterfeit), error TRC-738",
        "about": "app QR authenticity / traceability check",
        "channel": None,
        "start": iso(reporters[0][1]),
        "end": iso(reporters[-1][1]),
        "customers": 20,
        "customer_keys": sorted(c.key for c, _, _, _ in reporters),
        "event_ids": [e for _, _, _, e in reporters],
        "repeat_event_ids": rep_ids,
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
    total = [0, 0, 0]
    for build in FAMILIES:
        fam = build()
        counts = fam.write()
        print(fam.name, *counts)
        total = [a + b for a, b in zip(total, counts, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
