"""Write the heldout32 report-only alert scenarios (Netvero, home fibre and mobile).

Standard library only, seeded, deterministic: ``python make_heldout32.py`` from
anywhere writes ``<family>.jsonl`` and ``<family>.truth.json`` next to this file.
Report only: never tune on these files (see README.md).
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording_business as wb  # noqa: E402
import wording_happy as wh  # noqa: E402
import wording_trouble as wt  # noqa: E402

SEED = 20261029
BRAND = "Netvero"
COMPETITORS = ("Conexo", "Lumifon")
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
BUSINESS = (
    "Netvero: home fibre internet (Fibra 500, 29.90 EUR a month, later 34.90), mobile SIM "
    "plans, routers, mesh extenders and a TV box sold in the app and online, installation by "
    "technicians booked in the app, in Portugal, Germany, Austria, Switzerland, Spain, France, "
    "Belgium, Italy, the UK and Ireland; Netvero Business for small firms (staff SIM lines, "
    "office fibre, one monthly invoice, a portal with the line list). Competitors (invented): "
    "Conexo, Lumifon."
)

LANG_WEIGHTS = {"pt": 28, "de": 28, "en": 12, "es": 11, "fr": 11, "it": 10}
LANG_MARKETS: dict[str, list[tuple[str, int]]] = {
    "pt": [("PT", 1)],
    "de": [("DE", 2), ("AT", 1), ("CH", 1)],
    "en": [("UK", 3), ("IE", 2)],
    "es": [("ES", 1)],
    "fr": [("FR", 3), ("BE", 1), ("CH", 1)],
    "it": [("IT", 4), ("CH", 1)],
}
# Where a second language is spoken (bilinguals live there).
SECOND_MARKETS = {
    "en": ["UK", "IE"],
    "pt": ["PT"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "it": ["IT", "CH"],
}
PHONE_FORMAT = {
    "PT": ("+351", "9", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "664", 7),
    "CH": ("+41", "7", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "ES": ("+34", "6", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "IT": ("+39", "3", 9),
}
SOURCES = {
    "email": "netvero-mail",
    "phone": "netvero-voice",
    "social": "netvero-social",
    "community": "netvero-forum",
    "chat": "netvero-chat",
    "web": "netvero-web",
    "survey": "netvero-survey",
}
MAIL_SUBJ = {
    "pt": "Dúvida",
    "de": "Frage",
    "en": "Quick question",
    "es": "Consulta",
    "fr": "Question",
    "it": "Domanda",
}
FORM_PAGE = "/ajuda/contacto"
SPIKE_SUBJ = {
    "pt": "Sem rede móvel",
    "de": "Kein Netz",
    "en": "No signal",
    "es": "Sin cobertura",
    "fr": "Plus de réseau",
    "it": "Niente rete",
}
ACCENTS_DE = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}

ABOUT = {
    "happy_writers": "Happy households, night writers and survey-only customers: nothing to warn about.",  # noqa: E501
    "one_bad_day": "Happy households with one angry moment about one problem; some give a low CSAT or NPS.",  # noqa: E501
    "repeat_contacts": "One open problem raised again and again, against fixed cases, two different problems and frequent writers.",  # noqa: E501
    "slow_churners": "Slides from a happy baseline, leavers who cancel, steady, steadily grumpy and sarcastic customers.",  # noqa: E501
    "quiet_hours": "A calm summer weekend with night-owl bursts on unrelated things; no spike.",
    "bilingual": "Customers writing in two languages: happy, repeat contacts, slides, bad days, fixed cases.",  # noqa: E501
    "b2b_accounts": "Netvero Business accounts: at-risk accounts, one unhappy contact, mild suggestions, happy.",  # noqa: E501
    "topic_spike": "A calm stream and a planted mobile outage (SOS only, error NV-208) on Thursday 29 October 2026.",  # noqa: E501
}


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def fmt_amount(eur: str, market: str) -> str:
    value = float(eur)
    if market == "UK":
        return f"£{value * 0.87:.2f}"
    if market == "CH":
        return f"CHF {value * 0.95:.2f}"
    if market == "IE":
        return f"€{value:.2f}"
    return f"{value:.2f}".replace(".", ",") + " €"


def money(eur: str, market: str) -> tuple[str, str]:
    value = float(eur)
    if market == "UK":
        return f"{value * 0.87:.2f}", "GBP"
    if market == "CH":
        return f"{value * 0.95:.2f}", "CHF"
    return f"{value:.2f}", "EUR"


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def drop_accents(text: str, lang: str) -> str:
    if lang == "de":
        return "".join(ACCENTS_DE.get(ch, ch) for ch in text)
    out = []
    for ch in text:
        if ch in "ñÑ" or ord(ch) < 128 or not unicodedata.category(ch).startswith("L"):
            out.append(ch)
        else:
            out.append(ascii_fold(ch) or ch)
    return "".join(out)


@dataclass
class Person:
    key: str
    lang: str
    market: str
    first: str
    last: str
    gender: str
    email: str
    phone: str
    handle: str | None
    account_id: str | None
    rng: random.Random
    town: str
    reasons: dict[str, str]
    truth: dict[str, Any]
    segment: str = "consumer"
    used: dict[str, set[int]] = field(default_factory=dict)

    def pick(self, name: str, options: list[Any]) -> Any:
        """Draw from a table without repeating while unused entries remain."""
        seen = self.used.setdefault(name, set())
        free = [i for i in range(len(options)) if i not in seen]
        if not free:
            seen.clear()
            free = list(range(len(options)))
        i = self.rng.choice(free)
        seen.add(i)
        return options[i]

    def title(self, lang: str) -> str:
        if lang == "de":
            return ("Frau " if self.gender == "f" else "Herr ") + self.last
        if lang == "fr":
            return ("Madame " if self.gender == "f" else "Monsieur ") + self.last
        return self.first


@dataclass
class Event:
    eid: str
    t: datetime
    person: Person
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]


class Registry:
    """Identifiers unique across the whole set."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def fresh(self, make: Callable[[], str]) -> str:
        while True:
            value = make()
            if value.lower() not in self.taken:
                self.taken.add(value.lower())
                return value


REG = Registry()


class Fam:
    def __init__(self, name: str, code: str, n: int, start: datetime, days: int) -> None:
        self.name = name
        self.code = code
        self.rng = random.Random(SEED * 100 + n)
        self.seed = SEED * 100 + n
        self.start = start
        self.days = days
        self.people: list[Person] = []
        self.events: list[Event] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0
        self.name_use: Counter[str] = Counter()

    # ---- time helpers
    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def when(self, day: int, lo: float, hi: float) -> datetime:
        minutes = self.rng.randint(int(lo * 60), int(hi * 60))
        return self.start + timedelta(days=day, minutes=minutes)

    def mins(self, lo: float, hi: float) -> timedelta:
        return timedelta(seconds=self.rng.randint(int(lo * 60), int(hi * 60)))

    def awake(self, t: datetime) -> datetime:
        """Moved out of 22:00-07:00 UTC: to the next morning."""
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=7, minute=0, second=0)
            return t + self.mins(5, 80)
        if t.hour < 7:
            return t.replace(hour=7, minute=0, second=0) + self.mins(5, 80)
        return t

    def office(self, t: datetime, hi: int = 15) -> datetime:
        """Weekdays 08:00 to hi:00 UTC, else the next working morning."""
        while t.weekday() >= 5 or t.hour < 8 or t.hour >= hi:
            if t.hour >= hi or t.weekday() >= 5:
                t = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
            else:
                t = t.replace(hour=8, minute=0, second=0)
            t += self.mins(2, 55)
        return t

    # ---- people
    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, [LANG_WEIGHTS[x] for x in langs])[0]

    def market_for(self, lang: str) -> str:
        pairs = LANG_MARKETS[lang]
        return self.rng.choices([m for m, _ in pairs], [w for _, w in pairs])[0]

    def town(self, market: str, lang: str) -> str:
        if market == "CH":
            key = "CH-" + (lang if lang in ("de", "fr", "it") else "de")
            return str(self.rng.choice(wh.TOWNS[key]))
        return str(self.rng.choice(wh.TOWNS[market]))

    def customer(
        self,
        persona: str,
        lang: str | None = None,
        market: str | None = None,
        *,
        habit: str | None = None,
        second: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        avoid_first: set[str] | None = None,
    ) -> Person:
        rng = self.rng
        lang = lang or self.lang()
        if market is None:
            market = rng.choice(SECOND_MARKETS[second]) if second else self.market_for(lang)
        names = wh.NAMES[lang]
        least = min(self.name_use[f"{lang}:{n[0]}"] for n in names)
        pool = [n for n in names if self.name_use[f"{lang}:{n[0]}"] == least]
        if avoid_first:
            pool = [n for n in pool if n[0] not in avoid_first] or [
                n for n in names if n[0] not in avoid_first
            ]
        first, last, gender = rng.choice(pool)
        self.name_use[f"{lang}:{first}"] += 1
        key = REG.fresh(lambda: f"NV{self.code}{rng.randint(0, 9999):04d}")
        base = ascii_fold(f"{first}.{last}").lower().replace(" ", "")
        if domain:
            email = REG.fresh(lambda: f"{ascii_fold(first).lower()}@{domain}.example")
        else:
            dom = rng.choice(["mail", "correio", "post", "webmail", "inbox", "net"])
            email = REG.fresh(lambda: f"{base}{rng.randint(1, 999)}@{dom}.example")
        cc, lead, rest = PHONE_FORMAT[market]
        phone = REG.fresh(lambda: cc + lead + "".join(str(rng.randint(0, 9)) for _ in range(rest)))
        handle = None
        if not account:
            style = rng.random()
            stem = ascii_fold(first + ("_" + last if style < 0.6 else town_stub(market))).lower()
            handle = REG.fresh(lambda: f"@{stem.replace(' ', '')}{rng.randint(1, 9999)}")
        idx = rng.randrange(64)
        reasons = {lg: wh.REASONS[lg][idx % len(wh.REASONS[lg])] for lg in wh.LANGS}
        town_lang = second or lang
        p = Person(
            key=key,
            lang=lang,
            market=market,
            first=first,
            last=last,
            gender=gender,
            email=email,
            phone=phone,
            handle=handle,
            account_id=account,
            rng=random.Random(rng.random()),
            town=self.town(market, town_lang),
            reasons=reasons,
            truth={},
            segment="b2b" if account else "consumer",
        )
        p.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "language": lang,
            "country": market,
            "segment": p.segment,
        }
        if habit:
            p.truth["habit"] = habit
        if second:
            p.truth["languages"] = [lang, second]
        self.people.append(p)
        return p

    # ---- text
    def render(self, p: Person, template: str, lang: str, channel: str, **kw: str) -> str:
        values = {
            "at": ("@" + BRAND) if channel in ("social", "community") else BRAND,
            "town": p.town,
            "reason": p.reasons[lang],
            "reason_cap": p.reasons[lang][:1].upper() + p.reasons[lang][1:],
            "first": p.first,
            "title": p.title(lang),
        }
        values.update(kw)
        if "topic" in values:
            values["topic_cap"] = values["topic"][:1].upper() + values["topic"][1:]
        text = re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], template)
        fem = p.gender == "f"
        text = re.sub(r"\[\[([^|\]]*)\|([^\]]*)\]\]", lambda m: m.group(1 if fem else 2), text)
        cfem = kw.get("colleague_gender", "f") == "f"
        text = re.sub(r"<<([^|>]*)\|([^>]*)>>", lambda m: m.group(1 if cfem else 2), text)
        return text

    def roughen(self, p: Person, text: str, lang: str) -> str:
        """Real people's typing: dropped accents, a lower-case start, a swapped pair."""
        r = p.rng.random()
        if r < 0.1:
            text = drop_accents(text, lang)
        words = text.split(" ")
        if p.rng.random() < 0.12 and words and words[0][:1].isupper() and not words[0].isupper():
            words[0] = words[0][:1].lower() + words[0][1:]
        if p.rng.random() < 0.08:
            cands = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and w.islower()]
            if cands:
                i = p.rng.choice(cands)
                w = words[i]
                j = p.rng.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        return " ".join(words)

    # ---- events
    def add(
        self,
        p: Person,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
        rough: bool = True,
    ) -> str:
        self.count += 1
        eid = f"nv32-{self.code.lower()}-{self.count:05d}"
        if text is not None and not out and rough and channel != "phone":
            text = self.roughen(p, text, lang or p.lang)
        a = {"market": p.market}
        if p.segment == "b2b":
            a["segment"] = "b2b"
        a.update(attrs or {})
        self.events.append(
            Event(
                eid,
                t,
                p,
                channel,
                kind,
                "outbound" if out else "inbound",
                text,
                subject,
                scores or {},
                a,
            )
        )
        return eid

    def say(
        self,
        p: Person,
        t: datetime,
        channel: str,
        text: str,
        subject: str | None = None,
        lang: str | None = None,
    ) -> str:
        """A customer's written message on a channel (e-mail, web form, chat, social, forum)."""
        kind = {"email": "message", "web": "ticket", "chat": "chat", "social": "mention"}
        attrs = {"page": FORM_PAGE} if channel == "web" else None
        return self.add(
            p,
            t,
            channel,
            kind.get(channel, "post"),
            text,
            subject=subject if channel == "email" else None,
            attrs=attrs,
            lang=lang,
        )

    def exchange(
        self,
        p: Person,
        t: datetime,
        channel: str,
        question: str,
        answer: str,
        thanks: tuple[str, list[str]],
        lg: str,
        later: Callable[[datetime], datetime],
        mail_wait: int,
    ) -> datetime:
        """A question in chat or by e-mail, the agent's answer, the customer's thanks."""
        ag = self.agent(lg)
        subj = MAIL_SUBJ[lg] if channel == "email" else None
        re_subj = wt.REPLY[lg] + MAIL_SUBJ[lg] if channel == "email" else None
        self.say(p, t, channel, self.render(p, question, lg, channel), subj, lg)
        chat = channel == "chat"
        t2 = t + (self.mins(1, 6) if chat else self.mins(20, 90))
        reply = self.render(p, answer, lg, channel) + ("" if chat else f" {ag}")
        self.add(p, t2, channel, "chat" if chat else "message", reply, subject=re_subj, out=True)
        t3 = t2 + (self.mins(1, 5) if chat else self.mins(10, mail_wait))
        if not chat:
            t3 = later(t3)
        said = self.render(p, p.pick(thanks[0] + lg, thanks[1]), lg, channel, agent=ag)
        self.say(p, t3, channel, said, re_subj, lg)
        return t3

    def purchase(self, p: Person, t: datetime, product: tuple[str, str, str]) -> datetime:
        page, label, price = product
        self.add(p, t, "web", "page_view", attrs={"page": page})
        t2 = t + self.mins(2, 10)
        value, cur = money(price, p.market)
        attrs = {
            "order_value": value,
            "currency": cur,
            "product": label,
            "page": page + "/checkout",
        }
        self.add(p, t2, "web", "purchase", attrs=attrs)
        return t2

    def spoken_case(self, p: Person, case: str, lang: str) -> str:
        digits = case.split("-")[1]
        style = p.rng.randrange(3)
        if style == 0:
            num = f"{digits[:2]} {digits[2:4]} {digits[4:]}"
        elif style == 1:
            num = digits
        else:
            num = f"{digits[:3]} {digits[3:]}"
        return f"{wt.SPOKEN_CASE_WORD[lang]} {num}"

    def new_case(self) -> str:
        return REG.fresh(lambda: f"NV-{self.rng.randint(100000, 999999)}")

    def agent(self, lang: str) -> str:
        return str(self.rng.choice(wh.AGENTS[lang]))

    # ---- happy acts; each returns when it ends
    def act(self, p: Person, t: datetime, kind: str, lang: str | None = None) -> datetime:
        lg = lang or p.lang
        rng = p.rng
        if kind in ("praise", "again", "gripe", "night_post"):
            table = {
                "praise": wh.PRAISE,
                "again": wh.AGAIN,
                "gripe": wh.GRIPE,
                "night_post": wh.NIGHT_POSTS,
            }[kind][lg]
            channel = rng.choice(["social", "community"])
            k = "mention" if channel == "social" else "post"
            self.add(
                p, t, channel, k, self.render(p, p.pick(kind + lg, table), lg, channel), lang=lg
            )
            return t
        if kind in ("qa_chat", "qa_mail", "night_qa"):
            table = wh.NIGHT_QA[lg] if kind == "night_qa" else wh.QA[lg]
            q, a = p.pick(kind + lg, table)
            ch = "email" if kind == "qa_mail" else "chat"
            return self.exchange(p, t, ch, q, a, ("th", wh.THANKS[lg]), lg, self.awake, 120)
        if kind == "phone_q":
            opener = rng.choice(wh.PHONE_OPEN[lg])
            self.add(p, t, "phone", "call", f"{opener} {p.pick('ph' + lg, wh.PHONE_Q[lg])}")
            t2 = t + self.mins(8, 40)
            ag = self.agent(lg)
            self.add(
                p,
                t2,
                "email",
                "message",
                self.render(p, wh.PHONE_ANSWER[lg], lg, "email") + f" {ag}",
                out=True,
            )
            return t2
        if kind == "purchase":
            return self.purchase(p, t, p.pick("prod", wh.PRODUCTS))
        if kind == "page":
            self.add(p, t, "web", "page_view", attrs={"page": p.pick("page", wh.PAGES)})
            return t
        if kind == "review":
            text, rating = p.pick("rev" + lg, wh.REVIEWS[lg])
            self.add(
                p,
                t,
                "web",
                "review",
                self.render(p, text, lg, "web"),
                attrs={"rating": str(rating), "page": "/avaliacoes"},
                lang=lg,
            )
            return t
        if kind == "survey":
            return self.happy_survey(p, t, lg)
        raise ValueError(kind)

    def happy_survey(self, p: Person, t: datetime, lg: str) -> datetime:
        rng = p.rng
        sort = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[
            sort
        ]
        r = rng.random()
        text: str | None
        if r < 0.4:
            text = p.pick("sw" + lg, wh.SURVEY_WORDS[lg])
        elif r < 0.65:
            text = rng.choice(wh.SURVEY_EMOJI)
        else:
            text = None
        self.survey(p, t, sort, score, text, lg)
        return t

    def survey(
        self, p: Person, t: datetime, sort: str, score: int, text: str | None, lg: str
    ) -> str:
        attrs = {"survey": sort}
        return self.add(
            p, t, "survey", "survey_response", text, scores={sort: score}, attrs=attrs, lang=lg
        )

    def happy_kinds(self, p: Person, n: int, pool: list[str]) -> list[str]:
        return [p.rng.choice(pool) for _ in range(n)]

    def schedule(
        self,
        p: Person,
        kinds: list[str],
        d0: int,
        d1: int,
        lo: float = 7.0,
        hi: float = 21.5,
        lang: Callable[[int], str] | None = None,
    ) -> list[datetime]:
        """Acts on random days in [d0, d1], starting lo-hi UTC, in order; late ones dropped."""
        times = sorted(self.when(self.rng.randint(d0, d1), lo, hi) for _ in kinds)
        done: list[datetime] = []
        end = self.start - timedelta(days=1)
        for i, (kind, t) in enumerate(zip(kinds, times, strict=True)):
            if t <= end + timedelta(minutes=30):
                t = end + self.mins(30, 90)
            if t.hour + t.minute / 60 > hi or t.hour < lo or t.date() > self.at(d1, 0).date():
                continue
            end = self.act(p, t, kind, lang(i) if lang else None)
            done.append(t)
        return done

    # ---- trouble helpers
    def low_score(self, p: Person, t: datetime, sort: str, lg: str) -> str:
        score = p.rng.randint(1, 5) if sort == "nps" else p.rng.randint(1, 2)
        word = p.pick("low" + lg, wt.LOW_WORDS[lg]) or None
        eid = self.survey(p, t, sort, score, word, lg)
        p.truth[f"{sort}_given"] = True
        p.truth[sort] = score
        p.truth["survey_event_id"] = eid
        return eid

    def complaint(
        self,
        p: Person,
        t: datetime,
        problem: str,
        channel: str,
        lg: str,
        long_mail: bool = False,
    ) -> str:
        kw = {"amount": fmt_amount(wt.AMOUNTS.get(problem, "0"), p.market)}
        topic = wt.TOPIC[lg][problem]
        if channel == "phone":
            opener = p.rng.choice(wh.PHONE_OPEN[lg])
            return self.add(p, t, "phone", "call", f"{opener} {wt.PHONE[lg][problem]}")
        core = self.render(p, p.pick("sh" + problem + lg, wt.SHORT[lg][problem]), lg, channel, **kw)
        if channel == "email":
            body = core
            if long_mail:
                body = self.render(p, p.pick("long" + lg, wt.LONG[lg]), lg, "email", complaint=core)
            subj = wt.SUBJ_COMPLAINT[lg].replace("{topic}", topic)
            return self.say(p, t, "email", body, subj, lg)
        return self.say(p, t, channel, core, lang=lg)

    def follow_up(
        self,
        p: Person,
        t: datetime,
        problem: str,
        channel: str,
        lg: str,
        case: str,
        nth: int,
        competitor: str,
    ) -> str:
        topic = wt.TOPIC[lg][problem]
        if channel == "phone":
            opener = p.rng.choice(wh.PHONE_OPEN[lg])
            said = wt.PHONE_FOLLOW[lg].replace("{spoken_case}", self.spoken_case(p, case, lg))
            return self.add(p, t, "phone", "call", f"{opener} {said}")
        if nth == 3:
            tmpl = wt.THIRD[lg]
        elif nth == 4:
            tmpl = wt.FOURTH[lg]
        else:
            tmpl = p.pick("fol" + lg, wt.FOLLOW[lg])
        text = self.render(p, tmpl, lg, channel, case=case, topic=topic, competitor=competitor)
        subj = wt.REPLY[lg] + wt.SUBJ_CASE[lg].replace("{case}", case)
        return self.say(p, t, channel, text, subj, lg)

    def agent_mail(
        self, p: Person, t: datetime, tmpl: str, lg: str, subject: str, **kw: str
    ) -> str:
        ag = self.agent(lg)
        text = self.render(p, tmpl, lg, "email", agent=ag, **kw)
        return self.add(p, t, "email", "message", text, subject=subject, out=True)

    def case_opened(self, p: Person, t: datetime, problem: str, lg: str, case: str) -> str:
        return self.agent_mail(
            p,
            t,
            wt.CASE_OPENED[lg],
            lg,
            wt.SUBJ_CASE[lg].replace("{case}", case),
            case=case,
            topic=wt.TOPIC[lg][problem],
        )

    def good_news(self, p: Person, t: datetime, problem: str, lg: str, case: str) -> str:
        amount = fmt_amount(wt.AMOUNTS.get(problem, "0"), p.market)
        fix = self.render(p, wt.FIX[lg][problem], lg, "email", amount=amount)
        return self.agent_mail(
            p,
            t,
            wt.GOOD_NEWS[lg],
            lg,
            wt.GOOD_NEWS_SUBJ[lg].replace("{case}", case),
            case=case,
            fix=fix,
        )

    def confirm(self, p: Person, t: datetime, lg: str, case: str, channel: str) -> str:
        text = self.render(
            p, p.pick("conf" + lg, wt.CONFIRM[lg]), lg, channel, case=case, agent=self.agent(lg)
        )
        if channel == "email":
            subj = wt.REPLY[lg] + wt.GOOD_NEWS_SUBJ[lg].replace("{case}", case)
            return self.add(p, t, "email", "message", text, subject=subj, lang=lg)
        return self.add(p, t, "chat", "chat", text, lang=lg)

    # ---- output
    def write(self, expected: dict[str, int], about: str) -> tuple[int, int]:
        self.events.sort(key=lambda e: (e.t, e.eid))
        seen: set[str] = set()
        rows = []
        for e in self.events:
            p = e.person
            full = e.direction == "outbound" or p.key not in seen
            seen.add(p.key)
            rows.append(self.row(e, full))
        people_with = {e.person.key for e in self.events}
        for p in self.people:
            if p.key not in people_with:
                raise SystemExit(f"{self.name}: {p.key} has no touchpoints")
        first_t, last_t = self.events[0].t, self.events[-1].t
        end = max(self.at(self.days, 0), last_t + timedelta(hours=1))
        if first_t.year != 2026 or end >= LIMIT or self.start.year != 2026:
            raise SystemExit(f"{self.name}: outside 2026 or after the limit")
        got: Counter[str] = Counter()
        for p in self.people:
            got.update(p.truth["expected_rules"])
        for acc in self.accounts.values():
            got.update(acc["expected_rules"])
        if self.spike:
            got["topic_spike"] += 1
        if dict(got) != expected:
            raise SystemExit(f"{self.name}: expected {dict(got)} != planted {expected}")
        truth = {
            "config": {
                "family": self.name,
                "about": about,
                "business": BUSINESS,
                "days": self.days,
                "seed": self.seed,
                "written": "2026-12-01, by hand, blind (heldout32)",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {p.key: p.truth for p in self.people},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with (HERE / f"{self.name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
        )
        return len(self.people), len(rows)

    def row(self, e: Event, full: bool) -> dict[str, Any]:
        p = e.person
        ref: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": p.account_id,
        }
        if full:
            ref.update(customer_id=p.key, email=p.email, phone=p.phone, handle=p.handle)
        elif e.channel == "phone":
            ph = p.phone
            if p.rng.random() < 0.3:
                cc = PHONE_FORMAT[p.market][0]
                ph = cc + " " + ph[len(cc) :]
            ref["phone"] = ph
        elif e.channel in ("social", "community"):
            if p.handle:
                ref["handle"] = p.handle if p.rng.random() < 0.8 else p.handle.lstrip("@")
            else:
                ref["email"] = p.email
        elif e.channel == "email":
            ref["email"] = p.email.upper() if p.rng.random() < 0.1 else p.email
        else:
            ref["customer_id"] = p.key
        return {
            "event_id": e.eid,
            "occurred_at": iso(e.t),
            "channel": e.channel,
            "kind": e.kind,
            "direction": e.direction,
            "customer": ref,
            "text": e.text,
            "subject": e.subject,
            "scores": {
                "nps": e.scores.get("nps"),
                "csat": e.scores.get("csat"),
                "ces": e.scores.get("ces"),
            },
            "source": SOURCES[e.channel],
            "attributes": e.attrs,
        }


def town_stub(market: str) -> str:
    return {
        "PT": "porto",
        "DE": "berlin",
        "AT": "wien",
        "CH": "zh",
        "UK": "uk",
        "IE": "ie",
        "ES": "es",
        "FR": "fr",
        "BE": "be",
        "IT": "it",
    }[market]


DAY_POOL = [
    "praise",
    "praise",
    "again",
    "gripe",
    "qa_chat",
    "qa_mail",
    "phone_q",
    "purchase",
    "page",
    "review",
    "survey",
]
CALM_POOL = ["praise", "again", "qa_chat", "purchase", "page", "review", "survey"]
NO_SURVEY = [k for k in DAY_POOL if k != "survey"]
SILENCE = ("silence",)
REPEAT_TOL = (
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
)
SLIDE_TOL = (
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
)
LEAVE_TOL = ("competitor_mention", "high_value_at_risk", "sentiment_drop", "silence")
CHANNELS = ["email", "chat", "phone", "social", "web"]


# ---------------------------------------------------------------- families
def happy_writers() -> tuple[Fam, dict[str, int]]:
    f = Fam("happy_writers", "HW", 1, datetime(2026, 3, 2, tzinfo=UTC), 10)
    for _ in range(40):
        p = f.customer("happy", habit="day writer")
        f.schedule(p, f.happy_kinds(p, f.rng.randint(5, 9), DAY_POOL), 0, 9)
    for _ in range(10):
        p = f.customer("happy", habit="night writer")
        for day in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            minute = f.rng.randint(22 * 60 + 12, 28 * 60 + 30)
            t = f.start + timedelta(days=day, minutes=minute)
            f.act(p, t, f.rng.choice(["night_post", "night_qa"]))
        f.schedule(p, f.happy_kinds(p, f.rng.randint(2, 3), CALM_POOL), 0, 9, 9, 18)
    for _ in range(10):
        p = f.customer("happy", habit="answers surveys")
        f.schedule(p, ["survey"] * f.rng.randint(3, 6), 0, 9)
    return f, {}


def one_bad_day() -> tuple[Fam, dict[str, int]]:
    f = Fam("one_bad_day", "BD", 2, datetime(2026, 4, 20, tzinfo=UTC), 12)
    slots = [(pr, i) for pr in wt.PROBLEMS for i in range(9)]
    channels = (
        ["long"] * 9 + ["email"] * 9 + ["chat"] * 10 + ["social"] * 9 + ["web"] * 9 + ["phone"] * 8
    )
    f.rng.shuffle(channels)
    after = ["csat"] * 11 + ["nps"] * 10 + [""] * 33
    f.rng.shuffle(after)
    news = [True] * 27 + [False] * 27
    f.rng.shuffle(news)
    sorry = [True] * 12 + [False] * 15
    f.rng.shuffle(sorry)
    for n, (problem, _) in enumerate(slots):
        kind = after[n]
        persona = "bad_day_detractor" if kind == "nps" else "happy_one_bad_day"
        p = f.customer(persona, expected=("detractor",) if kind == "nps" else (), tolerated=SILENCE)
        bad_day = f.rng.randint(2, 9)
        t = f.when(bad_day, 8, 20)
        ch = channels[n]
        eid = f.complaint(p, t, problem, "email" if ch == "long" else ch, p.lang, ch == "long")
        p.truth.update(
            problem=problem,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
            agent_fixed=news[n],
            apologised=False,
        )
        if kind == "csat":
            f.low_score(p, t + f.mins(40, 80), "csat", p.lang)
        elif kind == "nps":
            f.low_score(p, t + f.mins(100, 140), "nps", p.lang)
        if news[n]:
            case = f.new_case()
            p.truth["booking"] = case
            f.good_news(p, t + f.mins(60, 240), problem, p.lang, case)
            if sorry.pop():
                ts = f.awake(t + f.mins(16 * 60, 24 * 60))
                ch2 = f.rng.choice(["chat", "email"])
                text = f.render(p, p.pick("sorry", wt.APOLOGY[p.lang]), p.lang, ch2)
                subj = wt.REPLY[p.lang] + wt.GOOD_NEWS_SUBJ[p.lang].replace("{case}", case)
                aid = f.say(p, ts, ch2, text, subj)
                p.truth.update(apologised=True, apology_at=iso(ts), apology_event_id=aid)
        before = f.happy_kinds(p, f.rng.randint(1, 3), NO_SURVEY)
        f.schedule(p, before, 0, max(0, bad_day - 2))
        if bad_day + 3 <= 11:
            f.schedule(p, f.happy_kinds(p, f.rng.randint(1, 2), NO_SURVEY), bad_day + 3, 11)
    for _ in range(20):
        p = f.customer("happy", habit="control")
        f.schedule(p, f.happy_kinds(p, f.rng.randint(4, 7), DAY_POOL), 0, 11)
    return f, {"detractor": 10}


def repeat_contacts() -> tuple[Fam, dict[str, int]]:
    f = Fam("repeat_contacts", "RC", 3, datetime(2026, 5, 18, tzinfo=UTC), 10)
    counts = [2] * 8 + [3] * 9 + [4] * 7
    f.rng.shuffle(counts)
    passed = [True] * 12 + [False] * 12
    f.rng.shuffle(passed)
    for n, k in enumerate(counts):
        p = f.customer("repeat_contact", expected=("repeat_contact",), tolerated=REPEAT_TOL)
        f.schedule(p, f.happy_kinds(p, f.rng.randint(1, 3), NO_SURVEY), 0, 0, 8, 20)
        repeat_story(
            f,
            p,
            p.rng.choice(wt.PROBLEMS),
            k,
            passed[n],
            f.rng.randint(1, 4),
            own_lang(p),
        )
    for _ in range(9):
        p = f.customer("resolved_between_contacts", tolerated=SILENCE)
        fixed_case(f, p, p.rng.choice(wt.PROBLEMS), f.rng.randint(1, 5), p.lang, p.lang)
    for _ in range(6):
        p = f.customer("different_problems", tolerated=SILENCE)
        a, b = p.rng.sample(list(wt.PROBLEMS), 2)
        fixed_case(f, p, a, f.rng.randint(0, 2), p.lang, p.lang)
        gap = f.rng.uniform(4, 5.5)
        first_at = datetime.fromisoformat(
            p.truth["problems"][0]["raised_at"].replace("Z", "+00:00")
        )
        day2 = min(8, int((first_at - f.start).total_seconds() // 86400 + gap))
        fixed_case(f, p, b, day2, p.lang, p.lang)
    for _ in range(22):
        p = f.customer("happy", habit="frequent writer")
        pool = ["qa_chat", "qa_chat", "qa_mail", "qa_mail", "phone_q", "praise", "page"]
        f.schedule(p, f.happy_kinds(p, f.rng.randint(5, 8), pool), 0, 9)
    return f, {"repeat_contact": 24}


def own_lang(p: Person) -> Callable[[int], str]:
    def pick(_i: int) -> str:
        return p.lang

    return pick


def account_maker(rng: random.Random, market: str) -> Callable[[], str]:
    def make() -> str:
        return f"NVB-{market}-{rng.randint(0, 9999):04d}"

    return make


def repeat_story(
    f: Fam,
    p: Person,
    problem: str,
    k: int,
    passed_on: bool,
    day: int,
    lang: Callable[[int], str],
) -> None:
    t = f.when(day, 8, 19)
    channels = CHANNELS[:]
    p.rng.shuffle(channels)
    ids = []
    case = f.new_case()
    competitor = p.rng.choice(COMPETITORS)
    ch = channels[0]
    lg = lang(0)
    ids.append(f.complaint(p, t, problem, ch, lg))
    start = t
    if passed_on:
        f.agent_mail(
            p,
            t + f.mins(90, 150),
            wt.PASSED_ON[lg],
            lg,
            wt.SUBJ_CASE[lg].replace("{case}", case),
            case=case,
        )
    else:
        f.case_opened(p, t + f.mins(5, 30), problem, lg, case)
    used = [ch]
    for nth in range(2, k + 1):
        t = f.awake(t + f.mins(4 * 60, 40 * 60))
        ch = channels[nth - 1]
        used.append(ch)
        ids.append(f.follow_up(p, t, problem, ch, lang(nth - 1), case, nth, competitor))
    p.truth.update(
        problem=problem,
        booking=case,
        contacts=k,
        channels=used,
        agent_passed_on=passed_on,
        problem_event_ids=ids,
        trouble_starts_at=iso(start),
    )


def fixed_case(f: Fam, p: Person, problem: str, day: int, lg: str, confirm_lg: str) -> None:
    t = f.when(day, 8, 19)
    ch = p.rng.choice(CHANNELS)
    eid = f.complaint(p, t, problem, ch, lg)
    case = f.new_case()
    f.case_opened(p, t + f.mins(5, 30), problem, lg, case)
    fixed = t + f.mins(3 * 60, 20 * 60)
    f.good_news(p, fixed, problem, lg, case)
    conf_ch = p.rng.choice(["email", "chat"])
    ct = f.awake(fixed + f.mins(8 * 60, 30 * 60))
    cid = f.confirm(p, ct, confirm_lg, case, conf_ch)
    entry = {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(ct),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": conf_ch,
    }
    p.truth.setdefault("problems", []).append(entry)
    p.truth.setdefault("trouble_starts_at", iso(t))
    if confirm_lg != lg:
        p.truth["confirm_language"] = confirm_lg


def slide(
    f: Fam,
    p: Person,
    day: int,
    span: int,
    lang: Callable[[int], str],
    nps: bool,
) -> None:
    competitor = p.rng.choice(COMPETITORS)
    t = f.when(day, 8, 20)
    t0 = t
    step_gap = span * 24 * 60 / 5
    ids = []
    ratings = [3, 3, 2, 2, 1, 1]
    for i in range(6):
        lg = lang(i)
        ch = p.rng.choice(["social", "community", "chat", "review"])
        text = f.render(p, wh.SLIDE[lg][i], lg, ch, competitor=competitor)
        if ch == "review":
            eid = f.add(
                p,
                t,
                "web",
                "review",
                text,
                lang=lg,
                attrs={"rating": str(ratings[i]), "page": "/avaliacoes"},
            )
        elif ch == "chat":
            eid = f.add(p, t, "chat", "chat", text, lang=lg)
        else:
            eid = f.add(p, t, ch, "mention" if ch == "social" else "post", text, lang=lg)
        ids.append(eid)
        if i == 3 and nps:
            f.low_score(p, t + f.mins(150, 210), "nps", lg)
        nxt = t + timedelta(minutes=step_gap * f.rng.uniform(0.8, 1.05))
        nxt = f.awake(nxt)
        if nps and i == 3:
            nxt = max(nxt, t + timedelta(hours=4))
        t = max(nxt, t + timedelta(hours=1))
    p.truth.update(slide_event_ids=ids, slide_days=span, trouble_starts_at=iso(t0))


def slow_churners() -> tuple[Fam, dict[str, int]]:
    f = Fam("slow_churners", "SC", 4, datetime(2026, 6, 8, tzinfo=UTC), 32)
    spans = [3] * 5 + [5] * 5 + [7] * 4 + [9] * 4
    f.rng.shuffle(spans)
    nps = [True] * 6 + [False] * 12
    f.rng.shuffle(nps)
    for n, span in enumerate(spans):
        exp = ("sentiment_drop", "detractor") if nps[n] else ("sentiment_drop",)
        p = f.customer("slow_churner", habit="slides", expected=exp, tolerated=SLIDE_TOL)
        kinds = ["praise"] * f.rng.randint(4, 5) + f.happy_kinds(
            p, f.rng.randint(2, 4), ["qa_chat", "purchase", "page", "review", "gripe"]
        )
        p.rng.shuffle(kinds)
        f.schedule(p, kinds, 0, 10)
        slide(f, p, f.rng.randint(12, 18), span, own_lang(p), nps[n])
    for _ in range(9):
        p = f.customer(
            "slow_churner", habit="asks to cancel", expected=("churn_intent",), tolerated=LEAVE_TOL
        )
        f.schedule(p, f.happy_kinds(p, f.rng.randint(4, 6), NO_SURVEY), 0, 12)
        lg = p.lang
        subj, req, answer, reason = wh.LEAVE[lg]
        t = f.when(f.rng.randint(15, 25), 8, 20)
        rid = f.add(p, t, "email", "message", f.render(p, req, lg, "email"), subject=subj)
        f.agent_mail(p, t + f.mins(60, 300), answer, lg, wt.REPLY[lg] + subj)
        tc = f.awake(t + f.mins(20 * 60, 30 * 60))
        cid = f.add(
            p,
            tc,
            "web",
            "cancellation",
            reason if p.rng.random() < 0.6 else None,
            attrs={"page": "/conta/cancelar"},
        )
        p.truth.update(
            churn_intent_event_id=rid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(16):
        p = f.customer("happy", habit="steady")
        f.schedule(p, f.happy_kinds(p, f.rng.randint(6, 10), DAY_POOL), 0, 31)
    for _ in range(8):
        p = f.customer("steadily_grumpy", tolerated=("repeat_contact", "silence"))
        day = f.rng.randint(0, 3)
        ids = []
        for _ in range(f.rng.randint(5, 8)):
            if day > 31:
                break
            t = f.when(day, 8, 21)
            ch = p.rng.choice(["social", "community", "chat"])
            text = f.render(p, p.pick("gr", wh.GRUMPY[p.lang]), p.lang, ch)
            ids.append(
                f.add(
                    p, t, ch, {"social": "mention", "community": "post", "chat": "chat"}[ch], text
                )
            )
            day += f.rng.randint(1, 3)
        for _ in range(f.rng.randint(0, 2)):
            f.act(p, f.when(f.rng.randint(0, 31), 9, 9.4), p.rng.choice(["page", "purchase"]))
        p.truth["grumble_event_ids"] = ids
    for _ in range(9):
        p = f.customer("happy_one_sarcastic_remark", tolerated=SILENCE)
        f.schedule(p, f.happy_kinds(p, f.rng.randint(3, 6), NO_SURVEY), 0, 14)
        t = f.when(f.rng.randint(17, 28), 8, 21)
        ch = p.rng.choice(["social", "community"])
        sid = f.add(
            p,
            t,
            ch,
            "mention" if ch == "social" else "post",
            f.render(p, p.pick("sar", wh.SARCASM[p.lang]), p.lang, ch),
        )
        p.truth["sarcasm_event_id"] = sid
    return f, {"sentiment_drop": 18, "detractor": 6, "churn_intent": 9}


def calm_households(f: Fam, n: int, last_day: int, hi: float) -> None:
    for _ in range(n):
        p = f.customer("happy", habit="day writer")
        f.schedule(p, f.happy_kinds(p, f.rng.randint(1, 4), CALM_POOL), 0, last_day, 7, hi)


def grumble_once(f: Fam, day: int, lo: float, hi: float, channel: str) -> None:
    """One mild grumble: answered in chat, or a web form acknowledged by e-mail."""
    p = f.customer("grumbles_once", tolerated=SILENCE)
    t = f.when(day, lo, hi)
    q, a = p.pick("mild", wh.MILD[p.lang])
    gid = f.say(p, t, channel, f.render(p, q, p.lang, channel))
    if channel == "chat":
        f.add(p, t + f.mins(1, 6), "chat", "chat", f.render(p, a, p.lang, "chat"), out=True)
    else:
        f.agent_mail(p, t + f.mins(30, 120), a, p.lang, MAIL_SUBJ[p.lang])
    p.truth["grumble_event_id"] = gid


def quiet_hours() -> tuple[Fam, dict[str, int]]:
    f = Fam("quiet_hours", "QH", 5, datetime(2026, 8, 14, tzinfo=UTC), 3)
    calm_households(f, 36, 2, 17.5)
    for i in range(7):
        grumble_once(f, f.rng.randint(0, 2), 8, 17, "chat" if i < 5 else "web")
    for night in range(3):
        first = f.at(night + 1, 1) + f.mins(10, 30)
        bursts = [first, first + f.mins(30, 34), first + f.mins(60, 68)]
        for b, start in enumerate(bursts):
            for _ in range(4):
                p = f.customer("night_owl", habit=f"night {night + 1}, burst {b + 1}")
                t = start + f.mins(0, 9.5)
                f.act(p, t, p.rng.choice(["night_post", "night_qa"]))
                p.truth["burst_at"] = iso(start)
                if f.rng.random() < 0.33:
                    f.act(
                        p,
                        f.when(f.rng.randint(0, 2), 9, 17.5),
                        p.rng.choice(["praise", "page", "purchase"]),
                    )
    return f, {}


BL_PAIRS = (
    [("pt", "en")] * 7
    + [("de", "en")] * 7
    + [("pt", "fr")] * 5
    + [("de", "fr")] * 4
    + [("pt", "es")] * 4
    + [("de", "it")] * 4
    + [("pt", "de")] * 4
    + [("de", "pt")] * 3
    + [("en", "pt")] * 4
    + [("fr", "de")] * 4
    + [("es", "pt")] * 3
    + [("it", "de")] * 3
)


def bilingual() -> tuple[Fam, dict[str, int]]:
    f = Fam("bilingual", "BL", 6, datetime(2026, 9, 14, tzinfo=UTC), 14)
    pairs = BL_PAIRS[:]
    f.rng.shuffle(pairs)
    roles = ["happy"] * 26 + ["repeat"] * 9 + ["slide"] * 7 + ["bad"] * 5 + ["fixed"] * 5
    counts = [2, 2, 2, 3, 3, 3, 4, 4, 4]
    bad_news = [True, True, False, False, False]
    for n, role in enumerate(roles):
        a, b = pairs[n]

        def alt(i: int, a: str = a, b: str = b) -> str:
            return a if i % 2 == 0 else b

        if role == "happy":
            p = f.customer("happy", a, second=b, habit="alternates languages")
            f.schedule(p, f.happy_kinds(p, f.rng.randint(5, 8), NO_SURVEY), 0, 13, lang=alt)
        elif role == "repeat":
            p = f.customer(
                "repeat_contact", a, second=b, expected=("repeat_contact",), tolerated=REPEAT_TOL
            )
            f.schedule(p, f.happy_kinds(p, f.rng.randint(1, 3), NO_SURVEY), 0, 1, 8, 20, lang=alt)
            k = counts.pop()
            repeat_story(
                f, p, p.rng.choice(wt.PROBLEMS), k, len(counts) % 2 == 0, f.rng.randint(2, 6), alt
            )
        elif role == "slide":
            p = f.customer(
                "slow_churner",
                a,
                second=b,
                habit="slides",
                expected=("sentiment_drop",),
                tolerated=SLIDE_TOL,
            )
            kinds = ["praise"] * 5 + f.happy_kinds(p, f.rng.randint(1, 3), ["qa_chat", "page"])
            f.schedule(p, kinds, 0, 5, lang=alt)
            slide(f, p, f.rng.randint(6, 8), f.rng.randint(3, 5), alt, False)
        elif role == "bad":
            p = f.customer("happy_one_bad_day", a, second=b, tolerated=SILENCE)
            bad_day = f.rng.randint(4, 9)
            f.schedule(
                p, f.happy_kinds(p, f.rng.randint(2, 3), NO_SURVEY), 0, bad_day - 2, lang=alt
            )
            t = f.when(bad_day, 9, 19)
            problem = p.rng.choice(wt.PROBLEMS)
            longm = len(bad_news) > 3
            ch = "email" if longm else p.rng.choice(["chat", "social", "web"])
            eid = f.complaint(p, t, problem, ch, b, longm)
            fix = bad_news.pop()
            p.truth.update(
                problem=problem,
                bad_day_at=iso(t),
                bad_day_event_id=eid,
                bad_day_language=b,
                long_email=longm,
                channel=ch,
                agent_fixed=fix,
                apologised=False,
            )
            if fix:
                case = f.new_case()
                p.truth["booking"] = case
                f.good_news(p, t + f.mins(60, 240), problem, b, case)
                if len(bad_news) == 0:
                    ts = f.awake(t + f.mins(16 * 60, 24 * 60))
                    text = f.render(p, p.pick("sorry", wt.APOLOGY[b]), b, "chat")
                    aid = f.add(p, ts, "chat", "chat", text, lang=b)
                    p.truth.update(apologised=True, apology_at=iso(ts), apology_event_id=aid)
            if bad_day + 3 <= 13:
                f.schedule(p, f.happy_kinds(p, 1, NO_SURVEY), bad_day + 3, 13, lang=alt)
        else:
            p = f.customer("resolved_between_contacts", a, second=b, tolerated=SILENCE)
            fixed_case(f, p, p.rng.choice(wt.PROBLEMS), f.rng.randint(2, 9), a, b)
            f.schedule(p, f.happy_kinds(p, 2, NO_SURVEY), 0, 1, lang=alt)
    return f, {"repeat_contact": 9, "sentiment_drop": 7}


def b2b_accounts() -> tuple[Fam, dict[str, int]]:
    f = Fam("b2b_accounts", "BB", 7, datetime(2026, 10, 5, tzinfo=UTC), 14)
    firms = [(m, c, s) for m, lst in wb.COMPANIES.items() for c, s in lst]
    f.rng.shuffle(firms)
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 4
    risk_sizes = [3, 3, 3, 4, 4]
    risk_problems = ["lines_blocked", "invoice", "portal", "invoice", "overbilled"]
    one_problems = ["portal", "portal", "invoice", "overbilled"]
    market_lang = {
        "PT": "pt",
        "DE": "de",
        "AT": "de",
        "CH": "de",
        "ES": "es",
        "FR": "fr",
        "IT": "it",
        "UK": "en",
    }
    for kind, (market, company, site) in zip(kinds, firms[: len(kinds)], strict=True):
        lg = market_lang[market]
        acc = REG.fresh(account_maker(f.rng, market))
        size = {
            "at_risk": f.rng.randint(4, 6),
            "one_unhappy": f.rng.randint(3, 6),
            "mild": f.rng.randint(3, 5),
            "happy": f.rng.randint(3, 5),
        }[kind]
        n_unhappy = (
            risk_sizes.pop()
            if kind == "at_risk"
            else (1 if kind == "one_unhappy" else (2 if kind == "mild" else 0))
        )
        firsts: set[str] = set()
        contacts: list[Person] = []
        for i in range(size):
            role_kind = kind if i < n_unhappy else "happy"
            persona, exp, tol = {
                "at_risk": (
                    "b2b_unhappy",
                    ("detractor",),
                    (
                        "account_risk",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "sentiment_drop",
                        "silence",
                    ),
                ),
                "one_unhappy": (
                    "b2b_one_unhappy",
                    ("detractor",),
                    ("high_value_at_risk", "sentiment_drop", "silence"),
                ),
                "mild": ("b2b_mild", (), SILENCE),
                "happy": ("b2b_happy", (), ()),
            }[role_kind]
            if role_kind == "at_risk" and i == n_unhappy - 1:
                exp = ("repeat_contact",)
            p = f.customer(
                persona, lg, market, account=acc, domain=wb.DOMAINS[company], avoid_first=firsts
            )
            firsts.add(p.first)
            p.truth.update(
                expected_rules=sorted(exp),
                tolerated_rules=sorted(tol),
                company=company,
                role={
                    "at_risk": "complainer",
                    "one_unhappy": "complainer",
                    "mild": "suggests",
                    "happy": "contact",
                }[role_kind],
            )
            contacts.append(p)
        unhappy = contacts[:n_unhappy] if kind in ("at_risk", "one_unhappy") else []
        trouble = None
        problem = None
        if kind == "at_risk":
            problem = risk_problems.pop()
            trouble = at_risk_story(f, unhappy, problem, lg, company)
        elif kind == "one_unhappy":
            problem = one_problems.pop()
            p = unhappy[0]
            t = f.office(f.when(f.rng.randint(3, 10), 8, 15))
            eid = b2b_complaint(f, p, t, problem, lg, company, ack=len(one_problems) > 0)
            f.low_score(p, f.office(t + f.mins(60, 180), 18), "nps", lg)
            p.truth.update(problem=problem, complaint_event_ids=[eid], trouble_starts_at=iso(t))
        elif kind == "mild":
            for j, p in enumerate(contacts[:2]):
                t = f.office(f.when(f.rng.randint(2, 11), 8, 17), 17)
                text = f.render(p, wb.B2B_SUGGEST[lg][j], lg, "web")
                mid = f.add(p, t, "web", "ticket", text, attrs={"page": "/empresas/sugestoes"})
                f.agent_mail(p, t + f.mins(30, 120), wb.B2B_SUGGEST_ACK[lg], lg, MAIL_SUBJ[lg])
                p.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
        for p in contacts:
            b2b_routine(f, p, lg, company)
        keys = [p.key for p in contacts]
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [p.key for p in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lg,
            "country": market,
        }
    return f, {"account_risk": 5, "detractor": 16, "repeat_contact": 5}


def b2b_complaint(
    f: Fam,
    p: Person,
    t: datetime,
    problem: str,
    lg: str,
    company: str,
    ack: bool,
    case: str | None = None,
) -> str:
    text = f.render(p, wb.B2B_FIRST[lg][problem], lg, "email", lines=fmt_amount("47.70", p.market))
    topic = wb.B2B_TOPIC[lg][problem]
    subj = wt.SUBJ_COMPLAINT[lg].replace("{topic}", topic) + f" ({company})"
    eid = f.add(p, t, "email", "message", text, subject=subj)
    if ack:
        case = case or f.new_case()
        p.truth["booking"] = case
        f.agent_mail(
            p,
            t + f.mins(20, 90),
            wb.B2B_ACK[lg],
            lg,
            wt.REPLY[lg] + wt.SUBJ_CASE[lg].replace("{case}", case),
            case=case,
            topic=topic,
            company=company,
        )
    return eid


def at_risk_story(f: Fam, people: list[Person], problem: str, lg: str, company: str) -> str:
    case = f.new_case()
    topic = wb.B2B_TOPIC[lg][problem]
    t = f.office(f.when(f.rng.randint(2, 4), 8, 15))
    start = t
    first = people[0]
    first_day = wb.WEEKDAYS[lg][t.weekday()]
    competitor = f.rng.choice(COMPETITORS)
    for i, p in enumerate(people):
        if i == 0:
            eid = b2b_complaint(f, p, t, problem, lg, company, ack=True, case=case)
        else:
            t = f.office(t + f.mins(8 * 60, 28 * 60))
            text = f.render(
                p,
                p.pick("next", wb.B2B_NEXT[lg]),
                lg,
                "email",
                colleague=first.first,
                colleague_gender=first.gender,
                weekday=first_day,
                case=case,
                topic=topic,
            )
            subj = wt.SUBJ_CASE[lg].replace("{case}", case) + f" ({company})"
            eid = f.add(p, t, "email", "message", text, subject=subj)
            p.truth["booking"] = case
        ids = [eid]
        first_at = t
        if i < len(people) - 1:
            f.low_score(p, f.office(t + f.mins(60, 180), 18), "nps", lg)
        else:
            t2 = f.office(t + f.mins(18 * 60, 40 * 60), 17)
            if p.rng.random() < 0.6:
                text = f.render(
                    p, wb.B2B_LAST[lg], lg, "email", case=case, topic=topic, competitor=competitor
                )
                subj = wt.REPLY[lg] + wt.SUBJ_CASE[lg].replace("{case}", case)
                rid = f.add(p, t2, "email", "message", text, subject=subj)
                p.truth["channel"] = "email"
            else:
                said = (
                    wb.B2B_LAST_PHONE[lg]
                    .replace("{company}", company.lower())
                    .replace("{spoken_case}", f.spoken_case(p, case, lg))
                )
                rid = f.add(p, t2, "phone", "call", said)
                p.truth["channel"] = "phone"
            ids.append(rid)
            p.truth["repeat_event_id"] = rid
        p.truth.update(problem=problem, complaint_event_ids=ids, trouble_starts_at=iso(first_at))
    return iso(start)


def b2b_routine(f: Fam, p: Person, lg: str, company: str) -> None:
    first = p.truth.get("trouble_starts_at")
    limit = (
        datetime.fromisoformat(first.replace("Z", "+00:00")) - timedelta(hours=14)
        if first
        else f.at(14, 0)
    )
    happy = p.truth["persona"] == "b2b_happy"
    n = f.rng.randint(3, 6) if happy else f.rng.randint(1, 3)
    pool = ["b2b_qa", "b2b_qa", "b2b_phone", "addon", "portal"]
    if happy:
        pool += ["b2b_praise", "survey"]
    end = f.start
    for day in sorted(f.rng.randint(0, 13) for _ in range(n)):
        t = f.office(f.when(day, 8, 16.5), 17)
        if t <= end + timedelta(minutes=30) or t >= limit:
            continue
        kind = p.rng.choice(pool)
        end = b2b_act(f, p, t, kind, lg)
    if happy and end == f.start:
        b2b_act(f, p, f.office(f.when(f.rng.randint(0, 4), 8, 16.5), 17), "b2b_qa", lg)


def b2b_act(f: Fam, p: Person, t: datetime, kind: str, lg: str) -> datetime:
    if kind == "b2b_qa":
        q, a = p.pick("bqa", wb.B2B_QA[lg])

        def working(t: datetime) -> datetime:
            return f.office(t, 18)

        ch = "chat" if p.rng.random() < 0.5 else "email"
        return f.exchange(p, t, ch, q, a, ("bth", wb.B2B_THANKS[lg]), lg, working, 60)
    if kind == "b2b_phone":
        opener = p.rng.choice(wh.PHONE_OPEN[lg])
        f.add(p, t, "phone", "call", f"{opener} {p.pick('bph', wb.B2B_PHONE_Q[lg])}")
        return t
    if kind == "addon":
        return f.purchase(p, t, p.pick("addon", wb.ADDONS))
    if kind == "portal":
        f.add(p, t, "web", "page_view", attrs={"page": "/empresas/portal/linhas"})
        return t
    if kind == "b2b_praise":
        f.add(p, t, "community", "post", p.pick("bpr", wb.B2B_PRAISE[lg]))
        return t
    return f.happy_survey(p, t, lg)


def topic_spike() -> tuple[Fam, dict[str, int]]:
    f = Fam("topic_spike", "TS", 8, datetime(2026, 10, 26, tzinfo=UTC), 7)
    calm_households(f, 80, 6, 21)
    for day in (0, 1, 2, 4, 5, 6, 1):
        grumble_once(f, day, 9, 20, "chat")
    for lg, t in (
        ("pt", f.at(0, 8) + timedelta(minutes=12)),
        ("de", f.at(1, 7) + timedelta(minutes=48)),
    ):
        p = f.customer("grumbles_once", lg, "PT" if lg == "pt" else "DE", tolerated=SILENCE)
        q, a = wt.LONE[lg]
        lid = f.add(p, t, "chat", "chat", q, rough=False)
        f.add(p, t + f.mins(2, 5), "chat", "chat", f.render(p, a, lg, "chat"), out=True)
        p.truth["lone_report_event_id"] = lid
    langs = ["pt"] * 6 + ["de"] * 6 + ["en"] * 3 + ["es"] * 2 + ["fr"] * 2 + ["it"]
    f.rng.shuffle(langs)
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(channels)
    window = f.at(3, 8) + timedelta(minutes=5)
    offsets = sorted([*f.rng.sample(range(1, 45), 18), 0, 45])
    repeaters = set(f.rng.sample(range(20), 6))
    fixed = set(f.rng.sample([i for i in range(20) if i not in repeaters], 6))
    keys, eids, rids = [], [], []
    for i, lg in enumerate(langs):
        regular = i < 12
        rep = i in repeaters
        persona = "spike_repeater" if rep else "spike_reporter"
        tol = ("sentiment_drop", "silence") if rep else SILENCE
        p = f.customer(persona, lg, expected=("repeat_contact",) if rep else (), tolerated=tol)
        if regular:
            f.schedule(p, f.happy_kinds(p, f.rng.randint(1, 3), CALM_POOL), 0, 2, 7, 21)
        sec = 0 if offsets[i] in (0, 45) else f.rng.randint(0, 50)
        t = window + timedelta(minutes=offsets[i], seconds=sec)
        ch = channels[i]
        text = f.render(p, p.pick("sp", wt.SPIKE_REPORT[lg]), lg, ch)
        eid = f.say(p, t, ch, text, SPIKE_SUBJ[lg])
        p.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        keys.append(p.key)
        eids.append(eid)
        if rep:
            ch2 = p.rng.choice([c for c in ("social", "chat", "community", "email") if c != ch])
            t2 = t + f.mins(15, 50)
            text2 = wt.SPIKE_REPEAT[lg]
            rid = f.say(p, t2, ch2, text2, wt.REPLY[lg] + SPIKE_SUBJ[lg])
            p.truth["repeat_event_id"] = rid
            rids.append(rid)
        if i in fixed:
            tf = f.at(3, 11) + f.mins(0, 90)
            f.agent_mail(p, tf, wt.SPIKE_FIXED[lg], lg, wt.SPIKE_FIXED_SUBJ[lg])
    f.spike = {
        "topic": "mobile network outage: phones show SOS only / no service, app error NV-208 (mobile service unavailable)",  # noqa: E501
        "about": "Thursday 29 October 2026 morning: Netvero mobile customers in several markets lose the mobile network (SOS only) and the app shows error NV-208; reported in six languages on social, chat, community, e-mail and web form.",  # noqa: E501
        "channel": None,
        "start": iso(window),
        "end": iso(window + timedelta(minutes=45)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": rids,
    }
    return f, {"topic_spike": 1, "repeat_contact": 6}


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
    total_c = total_t = 0
    for build in FAMILIES:
        fam, expected = build()
        c, t = fam.write(expected, ABOUT[fam.name])
        total_c += c
        total_t += t
        print(f"{fam.name}: {c} customers, {t} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
