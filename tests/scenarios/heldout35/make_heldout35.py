"""Build the thirty-fifth hand-written, report-only alert scenario set (Mendalo).

Standard library only and seeded: two runs give the same bytes. Run it from anywhere:
``python make_heldout35.py``. It writes ``<family>.jsonl`` and ``<family>.truth.json``
next to itself and refuses to write a family whose expected counts differ from the
planted ones, a customer without touchpoints, or a time outside 2026 / from 2026-11-15.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording_business as wb  # noqa: E402
import wording_happy as wh  # noqa: E402
import wording_trouble as wt  # noqa: E402

SEED = 20261008
BRAND = "Mendalo"
COMPETITORS = ("Reparix", "Handvo")
WRITTEN = "2026-12-02"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
BUSINESS = (
    "Mendalo: home repairs and maintenance booked by app (plumbers, electricians, handymen, "
    "boiler service, a yearly Care plan) and Mendalo Pro maintenance contracts for firms"
)
LANG_WEIGHTS = {"en": 28, "pt": 28, "de": 11, "es": 11, "fr": 11, "it": 11}
LANG_MARKETS: dict[str, list[tuple[str, int]]] = {
    "en": [("UK", 3), ("IE", 1)],
    "pt": [("PT", 1)],
    "de": [("DE", 3), ("AT", 1), ("CH", 1)],
    "es": [("ES", 1)],
    "fr": [("FR", 3), ("BE", 1), ("CH", 1)],
    "it": [("IT", 3), ("CH", 1)],
}
#: market -> (country code, first digit(s), digits after them)
PHONES = {
    "UK": ("44", "7", 9),
    "IE": ("353", "8", 8),
    "PT": ("351", "9", 8),
    "DE": ("49", "15", 9),
    "AT": ("43", "66", 8),
    "CH": ("41", "7", 8),
    "ES": ("34", "6", 8),
    "FR": ("33", "6", 8),
    "BE": ("32", "4", 8),
    "IT": ("39", "3", 9),
}
SOURCES = {
    "email": "mendalo-mail",
    "phone": "mendalo-voice",
    "social": "mendalo-social",
    "community": "mendalo-forum",
    "chat": "mendalo-chat",
    "web": "mendalo-web",
    "survey": "mendalo-survey",
}
MAIL_DOMAINS = ["mail.example", "inbox.example", "correio.example", "post.example", "net.example"]
QUESTION_SUBJECT = {
    "en": "Question",
    "pt": "Pergunta",
    "de": "Frage",
    "es": "Pregunta",
    "fr": "Question",
    "it": "Domanda",
}
CALL_SUBJECT_PREFIX = {"en": "Re:", "pt": "Re:", "de": "AW:", "es": "RE:", "fr": "RE :", "it": "R:"}

USED: set[str] = set()


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def drop_accents(text: str) -> str:
    """Drop accents as a hurried writer does; keep ñ and ß."""
    keep = text.replace("ñ", "\x01").replace("Ñ", "\x02")
    plain = "".join(
        ch for ch in unicodedata.normalize("NFD", keep) if unicodedata.category(ch) != "Mn"
    )
    return unicodedata.normalize("NFC", plain).replace("\x01", "ñ").replace("\x02", "Ñ")


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Person:
    key: str
    lang: str
    market: str
    gender: str
    first: str
    last: str
    email: str
    phone_cc: str
    phone_rest: str
    handle: str | None
    account: str | None
    job: str
    town: str
    persona: str
    habit: str
    segment: str = "consumer"
    langs: list[str] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    drawn: dict[str, list[int]] = field(default_factory=dict)

    @property
    def phone(self) -> str:
        return "+" + self.phone_cc + self.phone_rest

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


class Fam:
    """One family: its customers, touchpoints and truth."""

    def __init__(self, n: int, name: str, code: str, about: str, start: str, days: int) -> None:
        self.n = n
        self.name = name
        self.code = code
        self.about = about
        self.start = datetime.fromisoformat(start).replace(tzinfo=UTC)
        self.days = days
        self.rng = random.Random(SEED * 100 + n)
        self.people: list[Person] = []
        self.rows: list[dict[str, Any]] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.counter = 0

    # ---------------------------------------------------------------- identities
    def unique(self, make: Callable[[], str]) -> str:
        for _ in range(1000):
            value = make()
            if value.lower() not in USED:
                USED.add(value.lower())
                return value
        raise RuntimeError("no unique value")

    def pick_lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]

    def pick_market(self, lang: str) -> str:
        options = LANG_MARKETS[lang]
        return self.rng.choices([m for m, _ in options], weights=[w for _, w in options])[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
        account: str | None = None,
        domain: str | None = None,
        avoid_first: Sequence[str] = (),
    ) -> Person:
        rng = self.rng
        lang = lang or self.pick_lang()
        market = market or self.pick_market(lang)
        gender = rng.choice("fm")
        firsts = [
            f for f in (wh.FIRST_F if gender == "f" else wh.FIRST_M)[lang] if f not in avoid_first
        ]
        first = rng.choice(firsts)
        last = rng.choice(wh.SURNAMES[lang])
        cid = self.unique(lambda: f"MN{self.code}{rng.randint(1000, 9999)}")
        fa, la = ascii_fold(first).lower(), ascii_fold(last).lower().replace(" ", "")
        if domain:
            email = self.unique(lambda: f"{fa}.{la}@{domain}")
            handle = None
        else:
            email = self.unique(
                lambda: (
                    rng.choice(
                        [
                            f"{fa}.{la}{rng.randint(1, 99)}",
                            f"{fa}{la}{rng.randint(60, 99)}",
                            f"{fa[0]}_{la}{rng.randint(1, 999)}",
                        ]
                    )
                    + "@"
                    + rng.choice(MAIL_DOMAINS)
                )
            )
            handle = self.unique(
                lambda: (
                    "@"
                    + rng.choice(
                        [
                            f"{fa}_{la}{rng.randint(1, 999)}",
                            f"{fa}{la[:4]}{rng.randint(10, 99)}",
                            f"{fa}.{la}",
                        ]
                    )
                )
            )
        cc, lead, rest_len = PHONES[market]
        phone_rest = self.unique(
            lambda: lead + "".join(str(rng.randint(0, 9)) for _ in range(rest_len))
        )
        town_key = market if market != "CH" else f"CH-{lang}"
        p = Person(
            key=cid,
            lang=lang,
            market=market,
            gender=gender,
            first=first,
            last=last,
            email=email,
            phone_cc=cc,
            phone_rest=phone_rest,
            handle=handle,
            account=account,
            job="",
            town=rng.choice(wh.TOWNS.get(town_key, wh.TOWNS["CH-de"])),
            persona=persona,
            habit=habit,
            segment="b2b" if account else "consumer",
            langs=[lang],
            expected=list(expected),
            tolerated=list(tolerated),
        )
        jobs = wb.ROLES if account else wh.JOBS
        p.job = self.gendered(rng.choice(jobs[lang]), p.gender)
        self.people.append(p)
        return p

    @staticmethod
    def gendered(text: str, gender: str, pattern: str = r"\[\[([^|\]]*)\|([^\]]*)\]\]") -> str:
        return re.sub(pattern, lambda m: m.group(1) if gender == "f" else m.group(2), text)

    def draw(self, p: Person, key: str, seq: Sequence[Any]) -> Any:
        """A variant not yet used by this customer while unused ones remain."""
        used = p.drawn.setdefault(key, [])
        fresh = [i for i in range(len(seq)) if i not in used] or list(range(len(seq)))
        i = self.rng.choice(fresh)
        used.append(i)
        return seq[i]

    # ---------------------------------------------------------------- text
    def fill(self, text: str, p: Person, channel: str = "email", **kw: str) -> str:
        out = self.gendered(text, p.gender)
        if "cg" in kw:
            out = self.gendered(out, kw["cg"], r"<<([^|>]*)\|([^>]*)>>")
        values = {"brand": "@" + BRAND if channel in ("social", "community") else BRAND}
        values |= {"name": p.first, "town": p.town, "job": p.job}
        values |= {k: v for k, v in kw.items() if k != "cg"}
        for _ in range(3):
            for k, v in values.items():
                out = out.replace("{" + k + "}", self.gendered(v, p.gender))
        return out

    def noise(self, text: str) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            text = drop_accents(text)
        first = text.split(" ", 1)[0]
        if rng.random() < 0.15 and first[:1].isupper() and not first.isupper():
            text = text[0].lower() + text[1:]
        if rng.random() < 0.08:
            words = text.split(" ")
            spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if spots:
                i = rng.choice(spots)
                w = words[i]
                j = rng.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def money(self, p: Person, eur: float) -> str:
        if p.market == "UK":
            return f"£{eur * 0.87:.2f}"
        if p.market == "CH":
            return f"CHF {eur * 0.95:.2f}"
        if p.market == "IE" or p.lang == "en":
            return f"€{eur:.2f}"
        return f"{eur:.2f}".replace(".", ",") + " €"

    def account_id(self, cc: str) -> str:
        return self.unique(lambda: f"MNP-{cc}-{self.rng.randint(1000, 9999)}")

    def ref(self) -> str:
        return self.unique(lambda: f"MN-{self.rng.randint(100000, 999999)}")

    @staticmethod
    def spoken_ref(ref: str, lang: str) -> str:
        d = ref[3:]
        return f"{wt.SPOKEN_REF[lang]} {d[0:2]} {d[2:4]} {d[4:6]}"

    def agent(self, lang: str) -> str:
        return str(self.rng.choice(wh.AGENTS[lang]))

    # ---------------------------------------------------------------- time
    def at(self, day: float, hour: float = 0.0) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def rand_at(self, day: int, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=minutes)

    def mins(self, t: datetime, a: float, b: float) -> datetime:
        return t + timedelta(minutes=self.rng.randint(int(a), int(b)))

    def daytime(self, t: datetime) -> datetime:
        """Out of 22:00-07:00 UTC: to 08:00-09:00 the next (or same) morning."""
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        elif t.hour < 7:
            base = t.replace(hour=8, minute=0, second=0)
        else:
            return t
        return base + timedelta(minutes=self.rng.randint(0, 59))

    def office(self, t: datetime, last_hour: int = 17) -> datetime:
        """Weekdays 08:00-last_hour UTC, else the next working morning 08:00-09:00."""
        if t.weekday() < 5 and 8 <= t.hour < last_hour:
            return t
        nxt = t if t.hour < 8 else t + timedelta(days=1)
        while nxt.weekday() >= 5:
            nxt += timedelta(days=1)
        return nxt.replace(hour=8, minute=0, second=0) + timedelta(minutes=self.rng.randint(0, 59))

    # ---------------------------------------------------------------- touchpoints
    def tp(
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
        self.counter += 1
        eid = f"mn35-{self.code.lower()}-{self.counter:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.noise(text)
        attributes = {"market": p.market}
        if p.account:
            attributes["segment"] = "b2b"
        attributes |= attrs or {}
        self.rows.append(
            {
                "_p": p,
                "_n": self.counter,
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "text": text,
                "subject": subject,
                "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
                "source": SOURCES[channel],
                "attributes": attributes,
            }
        )
        return eid

    # ---------------------------------------------------------------- happy acts
    def post(self, p: Person, t: datetime, lang: str, table: dict[str, list[str]], key: str) -> str:
        ch = self.rng.choice(["social", "community"])
        text = self.fill(self.draw(p, key + lang, table[lang]), p, ch)
        return self.tp(p, t, ch, "mention" if ch == "social" else "post", text)

    def chat_qa(
        self,
        p: Person,
        t: datetime,
        lang: str,
        qa: dict[str, list[tuple[str, str]]] | None = None,
        thanks: dict[str, list[str]] | None = None,
        key: str = "qa",
    ) -> str:
        q, a = self.draw(p, key + lang, (qa or wh.QA)[lang])
        ag = self.agent(lang)
        eid = self.tp(p, t, "chat", "chat", self.fill(q, p, "chat"))
        t2 = self.mins(t, 1, 6)
        self.tp(p, t2, "chat", "chat", self.fill(a, p, "chat", agent=ag), out=True)
        th = self.draw(p, "th" + lang, (thanks or wh.THANKS)[lang])
        self.tp(p, self.mins(t2, 1, 4), "chat", "chat", self.fill(th, p, "chat", agent=ag))
        return eid

    def email_qa(
        self,
        p: Person,
        t: datetime,
        lang: str,
        qa: dict[str, list[tuple[str, str]]] | None = None,
        thanks: dict[str, list[str]] | None = None,
        wake: Callable[[datetime], datetime] | None = None,
        key: str = "qa",
    ) -> str:
        q, a = self.draw(p, key + lang, (qa or wh.QA)[lang])
        ag = self.agent(lang)
        subj = QUESTION_SUBJECT[lang]
        eid = self.tp(p, t, "email", "message", self.fill(q, p), subj)
        t2 = (wake or self.daytime)(self.mins(t, 20, 90))
        re_subj = f"{CALL_SUBJECT_PREFIX[lang]} {subj}"
        self.tp(p, t2, "email", "message", self.fill(a, p, agent=ag), re_subj, out=True)
        th = self.draw(p, "th" + lang, (thanks or wh.THANKS)[lang])
        t3 = (wake or self.daytime)(self.mins(t2, 30, 240))
        self.tp(p, t3, "email", "message", self.fill(th, p, agent=ag), re_subj)
        return eid

    def phone_q(self, p: Person, t: datetime, lang: str) -> str:
        q, (subj, follow) = self.draw(p, "ph" + lang, wh.PHONE_Q[lang])
        eid = self.tp(p, t, "phone", "call", q)
        ag = self.agent(lang)
        self.tp(
            p,
            self.mins(t, 10, 40),
            "email",
            "message",
            self.fill(follow, p, agent=ag),
            subj,
            out=True,
        )
        return eid

    def buy(
        self, p: Person, t: datetime, products: Sequence[tuple[str, float, str]] = wh.PRODUCTS
    ) -> str:
        label, eur, page = self.draw(p, "buy", products)
        self.tp(p, t, "web", "page_view", attrs={"page": page})
        cur, factor = (
            ("GBP", 0.87)
            if p.market == "UK"
            else ("CHF", 0.95)
            if p.market == "CH"
            else ("EUR", 1.0)
        )
        return self.tp(
            p,
            self.mins(t, 2, 15),
            "web",
            "purchase",
            attrs={
                "order_value": f"{eur * factor:.2f}",
                "currency": cur,
                "product": label,
                "page": page + "/checkout",
            },
        )

    def page(self, p: Person, t: datetime, pages: Sequence[str] = wh.PAGES) -> str:
        return self.tp(p, t, "web", "page_view", attrs={"page": self.draw(p, "page", pages)})

    def review(self, p: Person, t: datetime, lang: str) -> str:
        text = self.fill(self.draw(p, "rev" + lang, wh.REVIEWS[lang]), p, "web")
        return self.tp(
            p,
            t,
            "web",
            "review",
            text,
            attrs={"rating": str(self.rng.choice([5, 5, 4])), "page": "/reviews"},
        )

    def survey(self, p: Person, t: datetime, lang: str) -> str:
        kind = self.rng.choice(["nps", "csat", "ces"])
        value = {
            "nps": self.rng.choice([9, 10, 10]),
            "csat": self.rng.choice([4, 5, 5]),
            "ces": self.rng.choice([6, 7]),
        }[kind]
        word = self.draw(p, "sw" + lang, wh.SURVEY_WORDS[lang])
        return self.tp(
            p,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={kind: value},
            attrs={"survey": kind},
        )

    def low_nps(self, p: Person, t: datetime, word: str | None = None) -> str:
        """A detractor's NPS of 1-5 (a word or nothing), recorded in the truth."""
        score = self.rng.randint(1, 5)
        sid = self.tp(
            p,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={"nps": score},
            attrs={"survey": "nps"},
        )
        p.extra |= {"nps_given": True, "nps": score, "survey_event_id": sid}
        return sid

    def happy(self, p: Person, t: datetime, lang: str, kinds: Sequence[str] | None = None) -> str:
        kinds = kinds or [
            "praise",
            "praise",
            "praise",
            "again",
            "gripe",
            "chat",
            "chat",
            "email",
            "phone",
            "buy",
            "buy",
            "page",
            "review",
            "survey",
        ]
        k = self.rng.choice(list(kinds))
        if k == "praise":
            return self.post(p, t, lang, wh.PRAISE, "pr")
        if k == "again":
            return self.post(p, t, lang, wh.AGAIN, "ag")
        if k == "gripe":
            return self.post(p, t, lang, wh.GRIPE, "gr")
        if k == "chat":
            return self.chat_qa(p, t, lang)
        if k == "email":
            return self.email_qa(p, t, lang)
        if k == "phone":
            return self.phone_q(p, t, lang)
        if k == "buy":
            return self.buy(p, t)
        if k == "page":
            return self.page(p, t)
        if k == "review":
            return self.review(p, t, lang)
        return self.survey(p, t, lang)

    def spread(
        self, n: int, days: Sequence[int], h0: float = 7.0, h1: float = 20.5
    ) -> list[datetime]:
        chosen = [self.rng.choice(list(days)) for _ in range(n)]
        return sorted(self.rand_at(d, h0, h1) for d in chosen)

    # ---------------------------------------------------------------- trouble
    def complaint(
        self, p: Person, t: datetime, lang: str, problem: str, channel: str, long: bool = False
    ) -> str:
        amount = self.money(p, self.rng.choice([69.0, 89.0, 129.0, 59.0]))
        body = self.fill(
            self.draw(p, "body" + problem + lang, wt.BODY[problem][lang]), p, channel, amount=amount
        )
        topic = wt.SUBJECT_TOPIC[problem][lang]
        subj = f"{wt.COMPLAINT_WORD[lang]}: {topic}"
        if channel == "email":
            if long:
                letter = self.draw(p, "letter" + lang, wt.LETTER[lang])
                return self.tp(p, t, "email", "message", self.fill(letter, p, complaint=body), subj)
            return self.tp(p, t, "email", "message", body, subj)
        if channel == "chat":
            return self.tp(p, t, "chat", "chat", body)
        if channel == "form":
            return self.tp(
                p,
                t,
                "web",
                "ticket",
                body,
                topic[:1].upper() + topic[1:],
                attrs={"page": "/help/contact"},
            )
        if channel in ("social", "community"):
            text = self.fill(wt.SHORT[problem][lang], p, channel)
            return self.tp(p, t, channel, "mention" if channel == "social" else "post", text)
        return self.tp(p, t, "phone", "call", self.fill(wt.SPOKEN[problem][lang], p, "phone"))

    def agent_mail(
        self, p: Person, t: datetime, lang: str, pair: tuple[str, str], **kw: str
    ) -> str:
        subj, text = pair
        ag = self.agent(lang)
        return self.tp(
            p,
            t,
            "email",
            "message",
            self.fill(text, p, agent=ag, **kw),
            self.fill(subj, p, **kw),
            out=True,
        )

    def follow_up(
        self,
        p: Person,
        t: datetime,
        lang: str,
        n: int,
        ref: str,
        problem: str,
        channel: str,
        comp: str,
    ) -> str:
        label = wt.LABEL[problem][lang]
        kw = {"ref": ref, "label": label, "comp": comp, "ref_spoken": self.spoken_ref(ref, lang)}
        nn = min(n, 4)
        if channel == "phone":
            return self.tp(
                p, t, "phone", "call", self.fill(wt.FOLLOW_SPOKEN[lang][nn], p, "phone", **kw)
            )
        if channel in ("social", "community"):
            text = self.fill(wt.FOLLOW_SHORT[lang][nn], p, channel, **kw)
            return self.tp(p, t, channel, "mention" if channel == "social" else "post", text)
        text = self.fill(self.draw(p, f"fu{nn}{lang}", wt.FOLLOW[lang][nn]), p, channel, **kw)
        text = text[0].upper() + text[1:]
        if channel == "email":
            pre = self.rng.choice(wt.REPLY_PREFIX[lang])
            return self.tp(p, t, "email", "message", text, f"{pre} {wt.CASE_WORD[lang]} {ref}")
        if channel == "chat":
            return self.tp(p, t, "chat", "chat", text)
        return self.tp(
            p,
            t,
            "web",
            "ticket",
            text,
            f"{wt.CASE_WORD[lang]} {ref}",
            attrs={"page": "/help/contact"},
        )

    def open_case(
        self, p: Person, t: datetime, langs: Sequence[str], n: int, passed: bool, max_gap_h: int
    ) -> None:
        """One problem raised n times, still open, each contact on another channel."""
        problem = self.rng.choice(wt.PROBLEMS)
        chans = ["email", "chat", "phone", "social", "form"]
        self.rng.shuffle(chans)
        ref, comp = self.ref(), self.rng.choice(COMPETITORS)
        first, lang = t, langs[0]
        ids = [self.complaint(p, t, lang, problem, chans[0])]
        pair = wt.PASSED_ON[lang] if passed else wt.CASE_OPENED[lang]
        when = self.mins(t, 90, 150) if passed else self.mins(t, 5, 30)
        self.agent_mail(p, when, lang, pair, ref=ref, label=wt.LABEL[problem][lang])
        for k in range(2, n + 1):
            t = self.daytime(self.mins(t, 4 * 60, max_gap_h * 60))
            ids.append(
                self.follow_up(
                    p, t, langs[(k - 1) % len(langs)], k, ref, problem, chans[k - 1], comp
                )
            )
        p.extra |= {
            "problem": problem,
            "booking": ref,
            "contacts": n,
            "channels": chans[:n],
            "agent_passed_on": passed,
            "problem_event_ids": ids,
            "trouble_starts_at": iso(first),
        }

    def fixed_case(
        self, p: Person, t: datetime, lang: str, confirm_lang: str, problem: str
    ) -> dict[str, Any]:
        """A problem raised, case opened, fixed and confirmed (naming the case)."""
        ch = self.rng.choice(["email", "chat"])
        ref = self.ref()
        label = wt.LABEL[problem][lang]
        e1 = self.complaint(p, t, lang, problem, ch)
        self.agent_mail(p, self.mins(t, 5, 30), lang, wt.CASE_OPENED[lang], ref=ref, label=label)
        fixed = self.daytime(self.mins(t, 180, 1200))
        self.agent_mail(
            p,
            fixed,
            confirm_lang,
            wt.GOOD_NEWS[confirm_lang],
            ref=ref,
            fix=wt.FIX[problem][confirm_lang],
        )
        conf_t = self.daytime(self.mins(fixed, 480, 1800))
        cch = self.rng.choice(["email", "chat"])
        ctext = self.fill(
            self.draw(p, "conf" + confirm_lang, wt.CONFIRM[confirm_lang]),
            p,
            cch,
            ref=ref,
            agent=self.agent(confirm_lang),
        )
        subj = (
            f"{self.rng.choice(wt.REPLY_PREFIX[confirm_lang])} {wt.CASE_WORD[confirm_lang]} {ref}"
            if cch == "email"
            else None
        )
        ce = self.tp(p, conf_t, cch, "message" if cch == "email" else "chat", ctext, subj)
        return {
            "problem": problem,
            "booking": ref,
            "raised_at": iso(t),
            "fixed_at": iso(fixed),
            "confirmed_at": iso(conf_t),
            "problem_event_ids": [e1],
            "confirm_event_id": ce,
            "channel": ch,
            "confirm_channel": cch,
        }

    def slide(self, p: Person, first: datetime, span_days: int, langs: Sequence[str]) -> list[str]:
        """The six-step slide; returns the event ids."""
        ids: list[str] = []
        gaps = sorted(self.rng.uniform(0, span_days * 24) for _ in range(5))
        times = [first] + [first + timedelta(minutes=int(g * 60)) for g in gaps]
        prev = first - timedelta(hours=2)
        ratings = [3, 3, 2, 2, 1, 1]
        comp = self.rng.choice(COMPETITORS)
        for i, t0 in enumerate(times):
            t = self.daytime(max(t0, prev + timedelta(minutes=60 + self.rng.randint(0, 90))))
            lang = langs[i % len(langs)]
            text = self.fill(wt.SLIDE[lang][i], p, "social", comp=comp)
            ch = self.rng.choice(["social", "community", "chat", "review"])
            if ch == "review":
                text = text.replace("@" + BRAND, BRAND)
                ids.append(
                    self.tp(
                        p,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": str(ratings[i]), "page": "/reviews"},
                    )
                )
            elif ch == "chat":
                ids.append(self.tp(p, t, "chat", "chat", text.replace("@" + BRAND, BRAND)))
            else:
                text = self.fill(wt.SLIDE[lang][i], p, ch, comp=comp)
                ids.append(self.tp(p, t, ch, "mention" if ch == "social" else "post", text))
            prev = t
        p.extra["slide_days"] = span_days
        return ids

    # ---------------------------------------------------------------- output
    def write(self, planted: dict[str, int]) -> tuple[int, int]:
        counts: Counter[str] = Counter()
        for p in self.people:
            counts.update(p.expected)
        for acc in self.accounts.values():
            counts.update(acc["expected_rules"])
        if self.spike:
            counts["topic_spike"] += 1
        if dict(counts) != planted:
            raise SystemExit(f"{self.name}: expected {dict(counts)} != planted {planted}")
        rows = sorted(self.rows, key=lambda r: (r["occurred_at"], r["_n"]))
        seen: set[str] = set()
        lines: list[str] = []
        last = self.start
        for r in rows:
            p = r["_p"]
            t: datetime = r["occurred_at"]
            if not (datetime(2026, 1, 1, tzinfo=UTC) <= t < LIMIT):
                raise SystemExit(f"{self.name}: {r['event_id']} at {t}")
            last = max(last, t)
            full = r["direction"] == "outbound" or (p.key not in seen)
            if r["direction"] == "inbound":
                seen.add(p.key)
            cust: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": p.account,
            }
            if full:
                cust |= {
                    "customer_id": p.key,
                    "email": p.email,
                    "phone": p.phone,
                    "handle": p.handle,
                }
            elif r["channel"] == "phone":
                sp = " " if self.rng.random() < 0.5 else ""
                cust["phone"] = f"+{p.phone_cc}{sp}{p.phone_rest}"
            elif r["channel"] in ("social", "community"):
                if p.handle:
                    cust["handle"] = p.handle if self.rng.random() >= 0.2 else p.handle.lstrip("@")
                else:
                    cust["email"] = p.email
            elif r["channel"] == "email":
                cust["email"] = p.email.upper() if self.rng.random() < 1 / 12 else p.email
            else:
                cust["customer_id"] = p.key
            out = {k: v for k, v in r.items() if not k.startswith("_")}
            out["occurred_at"] = iso(t)
            out["customer"] = cust
            lines.append(json.dumps(out, ensure_ascii=False))
        missing = [p.key for p in self.people if p.key not in seen]
        if missing:
            raise SystemExit(f"{self.name}: customers without touchpoints {missing}")
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end {end}")
        customers: dict[str, dict[str, Any]] = {}
        for p in self.people:
            c: dict[str, Any] = {
                "identifiers": {
                    "customer_id": p.key,
                    "email": p.email.lower(),
                    "phone": p.phone,
                    "handle": p.handle,
                    "account_id": p.account,
                },
                "expected_rules": sorted(p.expected),
                "tolerated_rules": sorted(p.tolerated),
                "persona": p.persona,
                "habit": p.habit,
                "language": p.lang,
                "country": p.market,
                "segment": p.segment,
                "name": p.name,
                "job": p.job,
                "town": p.town,
            }
            if len(p.langs) > 1:
                c["languages"] = p.langs
            c |= p.extra
            customers[p.key] = c
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(counts.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.people), len(lines)


SILENCE = ["silence"]
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDER_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVER_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]


def langs_by_count(counts: dict[str, int], rng: random.Random) -> list[str]:
    out = [lang for lang, n in counts.items() for _ in range(n)]
    rng.shuffle(out)
    return out


# -------------------------------------------------------------------- families
def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        "happy members: day writers, night writers, survey answerers",
        "2026-03-09",
        10,
    )
    for _ in range(22):
        p = f.person("happy", "day writer")
        for t in f.spread(f.rng.randint(5, 8), range(10)):
            f.happy(p, t, p.lang)
    for _ in range(5):
        p = f.person("happy", "night writer")
        nights = f.rng.sample(range(9), f.rng.randint(2, 4))
        for d in nights:
            t = f.rand_at(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.post(p, t, p.lang, wh.NIGHT_POST, "np")
            else:
                f.chat_qa(p, t, p.lang, wh.NIGHT_QA, key="nqa")
        for t in f.spread(f.rng.randint(2, 3), range(10), 9, 18):
            f.happy(p, t, p.lang, ["praise", "buy", "page", "review", "chat"])
    for _ in range(5):
        p = f.person("happy", "answers surveys")
        for t in f.spread(f.rng.randint(3, 6), range(10), 8, 20):
            f.survey(p, t, p.lang)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2, "one_bad_day", "BD", "happy members with one angry message on one day", "2026-04-13", 12
    )
    channels = ["long", "email", "chat", "social", "form", "phone"]
    plan = [(ch, wt.PROBLEMS[(i + j) % 6]) for i, ch in enumerate(channels) for j in range(5)]
    f.rng.shuffle(plan)
    csat_idx = set(range(0, 6))
    nps_idx = set(range(6, 12))
    good_idx = set(range(3, 18))
    apology_idx = set(range(12, 18))
    for i, (ch, problem) in enumerate(plan):
        detr = i in nps_idx
        p = f.person(
            "bad_day_detractor" if detr else "happy_one_bad_day",
            "one bad day",
            expected=["detractor"] if detr else [],
            tolerated=SILENCE,
        )
        bad_day = f.rng.randint(2, 9)
        bad = f.rand_at(bad_day, 8, 20)
        other_days = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        for t in f.spread(f.rng.randint(1, 5), other_days):
            f.happy(
                p, t, p.lang, ["praise", "again", "chat", "email", "buy", "page", "review", "phone"]
            )
        channel = "email" if ch == "long" else ch
        eid = f.complaint(p, bad, p.lang, problem, channel, long=ch == "long")
        ref = f.ref()
        label = wt.LABEL[problem][p.lang]
        if channel == "chat":
            ag = f.agent(p.lang)
            f.tp(
                p,
                f.mins(bad, 1, 5),
                "chat",
                "chat",
                f.fill(wt.CASE_OPENED[p.lang][1], p, "chat", ref=ref, label=label, agent=ag),
                out=True,
            )
        p.extra |= {
            "problem": problem,
            "bad_day_at": iso(bad),
            "bad_day_event_id": eid,
            "channel": channel,
            "long_email": ch == "long",
            "booking": ref,
            "trouble_starts_at": iso(bad),
        }
        if i in csat_idx:
            word = f.draw(p, "csat", wt.CSAT_LOW[p.lang])
            sid = f.tp(
                p,
                f.mins(bad, 40, 80),
                "survey",
                "survey_response",
                word or None,
                scores={"csat": f.rng.choice([1, 2])},
                attrs={"survey": "csat"},
            )
            p.extra |= {
                "csat_given": True,
                "csat": f.rows[-1]["scores"]["csat"],
                "survey_event_id": sid,
            }
        if detr:
            f.low_nps(p, f.mins(bad, 100, 140), f.draw(p, "nps", wt.NPS_LOW[p.lang]))
        p.extra["agent_fixed"] = i in good_idx
        if i in good_idx:
            f.agent_mail(
                p,
                f.mins(bad, 60, 240),
                p.lang,
                wt.GOOD_NEWS[p.lang],
                ref=ref,
                fix=wt.FIX[problem][p.lang],
            )
        p.extra["apologised"] = i in apology_idx
        if i in apology_idx:
            at = f.daytime(f.mins(bad, 16 * 60, 24 * 60))
            ach = f.rng.choice(["chat", "email"])
            text = f.fill(f.draw(p, "apo", wt.APOLOGY[p.lang]), p, ach)
            subj = (
                f"{f.rng.choice(wt.REPLY_PREFIX[p.lang])} {wt.CASE_WORD[p.lang]} {ref}"
                if ach == "email"
                else None
            )
            aid = f.tp(p, at, ach, "chat" if ach == "chat" else "message", text, subj)
            p.extra |= {"apology_at": iso(at), "apology_event_id": aid}
    for _ in range(10):
        p = f.person("happy", "control")
        for t in f.spread(f.rng.randint(4, 7), range(12)):
            f.happy(p, t, p.lang)
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        "open problems raised again; fixed ones; frequent writers",
        "2026-05-11",
        10,
    )
    times_plan = [2] * 4 + [3] * 5 + [4] * 4
    f.rng.shuffle(times_plan)
    for i, n in enumerate(times_plan):
        p = f.person(
            "repeat_contact",
            "raises one problem again",
            expected=["repeat_contact"],
            tolerated=REPEAT_TOL,
        )
        for t in f.spread(f.rng.randint(1, 3), [0], 7, 12):
            f.happy(p, t, p.lang, ["praise", "buy", "page", "chat", "review"])
        t = f.rand_at(f.rng.randint(1, 4), 8, 19)
        f.open_case(p, t, [p.lang], n, i < 7, 40)
    for _ in range(5):
        p = f.person("resolved_between_contacts", "problem fixed", tolerated=SILENCE)
        for t in f.spread(f.rng.randint(1, 3), [0, 1]):
            f.happy(p, t, p.lang, ["praise", "buy", "page", "chat"])
        t = f.rand_at(f.rng.randint(2, 4), 8, 19)
        case = f.fixed_case(p, t, p.lang, p.lang, f.rng.choice(wt.PROBLEMS))
        p.extra |= {"problems": [case], "trouble_starts_at": case["raised_at"]}
    for _ in range(3):
        p = f.person("different_problems", "two problems", tolerated=SILENCE)
        probs = f.rng.sample(wt.PROBLEMS, 2)
        t1 = f.rand_at(f.rng.randint(0, 1), 8, 18)
        c1 = f.fixed_case(p, t1, p.lang, p.lang, probs[0])
        t2 = f.daytime(t1 + timedelta(days=f.rng.randint(4, 6), hours=f.rng.randint(0, 3)))
        c2 = f.fixed_case(p, t2, p.lang, p.lang, probs[1])
        p.extra |= {"problems": [c1, c2], "trouble_starts_at": c1["raised_at"]}
    for _ in range(9):
        p = f.person("happy", "frequent writer")
        for t in f.spread(f.rng.randint(5, 8), range(10)):
            f.happy(p, t, p.lang, ["chat", "chat", "email", "email", "phone", "buy", "praise"])
    return f


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        "slow slides from a happy baseline, leavers, steady, grumpy, sarcastic",
        "2026-06-01",
        32,
    )
    spans = [3, 5, 7, 9] * 3
    for i in range(10):
        nps = i < 5
        p = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if nps else []),
            tolerated=SLIDER_TOL,
        )
        posts = f.spread(f.rng.randint(4, 5), range(11))
        for t in posts:
            f.happy(p, t, p.lang, ["praise", "praise", "again"])
        for t in f.spread(f.rng.randint(2, 4), range(11)):
            f.happy(p, t, p.lang, ["chat", "buy", "page", "review", "email"])
        first = f.rand_at(f.rng.randint(12, 17), 8, 19)
        ids = f.slide(p, first, spans[i], [p.lang])
        p.extra |= {"slide_event_ids": ids, "trouble_starts_at": iso(first)}
        if nps:
            fourth = next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[3])
            f.low_nps(p, f.mins(fourth, 150, 210), f.draw(p, "nps", wt.NPS_LOW[p.lang]))
    for _ in range(5):
        p = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVER_TOL
        )
        for t in f.spread(f.rng.randint(4, 6), range(15)):
            f.happy(p, t, p.lang, ["praise", "chat", "buy", "page", "review"])
        t = f.rand_at(f.rng.randint(16, 25), 8, 19)
        subj, text = f.draw(p, "leave", wh.LEAVE[p.lang])
        ask = f.tp(p, t, "email", "message", f.fill(text, p), subj)
        f.agent_mail(p, f.daytime(f.mins(t, 60, 300)), p.lang, wh.LEAVE_REPLY[p.lang])
        ct = f.mins(t, 20 * 60, 30 * 60)
        cid = f.tp(
            p,
            ct,
            "web",
            "cancellation",
            wh.CANCEL_REASON[p.lang] if f.rng.random() < 0.6 else None,
            attrs={"page": "/profile/plan/cancel"},
        )
        p.extra |= {
            "churn_intent_event_id": ask,
            "cancellation_event_id": cid,
            "churn_at": iso(ct),
            "trouble_starts_at": iso(t),
        }
    for _ in range(6):
        p = f.person("happy", "steady")
        for t in f.spread(f.rng.randint(6, 10), range(32)):
            f.happy(p, t, p.lang)
    for _ in range(5):
        p = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        t = f.rand_at(f.rng.randint(0, 4), 8, 20)
        gids = []
        for _ in range(f.rng.randint(5, 7)):
            text = f.draw(p, "grm", wh.GRUMBLES[p.lang])
            ch = f.rng.choice(["social", "community", "form", "review"])
            if ch == "form":
                gids.append(
                    f.tp(p, t, "web", "ticket", text, None, attrs={"page": "/help/contact"})
                )
            elif ch == "review":
                gids.append(
                    f.tp(p, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            else:
                gids.append(f.tp(p, t, ch, "mention" if ch == "social" else "post", text))
            t = f.daytime(t + timedelta(days=f.rng.randint(1, 3), minutes=f.rng.randint(-120, 120)))
        for t in f.spread(f.rng.randint(0, 2), range(30)):
            f.buy(p, t)
        p.extra["grumble_event_ids"] = gids
    for _ in range(5):
        p = f.person("happy_one_sarcastic_remark", "sarcastic once", tolerated=SILENCE)
        for t in f.spread(f.rng.randint(4, 7), [d for d in range(32) if d < 16 or d > 29]):
            f.happy(p, t, p.lang)
        t = f.rand_at(f.rng.randint(17, 28), 9, 21)
        sid = f.post(p, t, p.lang, wh.SARCASM, "sar")
        p.extra["sarcasm_event_id"] = sid
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5, "quiet_hours", "QH", "a calm summer weekend with bursts of night owls", "2026-07-24", 3
    )
    for _ in range(18):
        p = f.person("happy", "day writer")
        for t in f.spread(f.rng.randint(1, 4), range(3), 7, 17.5):
            f.happy(p, t, p.lang, ["praise", "again", "chat", "buy", "page", "review", "survey"])
    for i in range(4):
        p = f.person("grumbles_once", "mild remark", tolerated=SILENCE)
        t = f.rand_at(f.rng.randint(0, 2), 8, 17)
        if i < 2:
            gid = f.chat_qa(p, t, p.lang, wh.MILD, key="mild")
        else:
            gid = f.tp(
                p,
                t,
                "web",
                "ticket",
                f.draw(p, "fm", wh.FORM_MILD[p.lang]),
                None,
                attrs={"page": "/help/contact"},
            )
            f.agent_mail(p, f.mins(t, 20, 90), p.lang, wh.FORM_ACK[p.lang])
        p.extra["grumble_event_id"] = gid
    for night in range(3):
        b0 = f.rand_at(night + 1, 1 + 10 / 60, 1.5)
        starts = [b0, f.mins(b0, 30, 34), f.mins(b0, 60, 68)]
        for b, bs in enumerate(starts):
            for _ in range(4):
                p = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = f.mins(bs, 0, 10)
                if f.rng.random() < 0.5:
                    f.post(p, t, p.lang, wh.NIGHT_POST, "np")
                else:
                    f.chat_qa(p, t, p.lang, wh.NIGHT_QA, key="nqa")
                p.extra["burst_at"] = iso(bs)
                if f.rng.random() < 0.47:
                    f.happy(
                        p,
                        f.rand_at(f.rng.randint(0, 2), 9, 17.5),
                        p.lang,
                        ["praise", "buy", "page"],
                    )
    return f


BILINGUAL_PAIRS = [
    ("pt", "en", "UK", 3),
    ("en", "pt", "PT", 3),
    ("pt", "fr", "FR", 2),
    ("pt", "de", "CH", 2),
    ("en", "es", "ES", 2),
    ("en", "de", "DE", 2),
    ("de", "fr", "CH", 2),
    ("fr", "de", "CH", 2),
    ("it", "de", "CH", 2),
    ("es", "en", "IE", 2),
    ("pt", "es", "ES", 1),
    ("en", "it", "IT", 2),
    ("de", "it", "CH", 2),
    ("fr", "pt", "FR", 1),
]


def bilingual() -> Fam:
    f = Fam(6, "bilingual", "BL", "customers who write in two languages", "2026-08-31", 14)
    pairs = [(a, b, m) for a, b, m, n in BILINGUAL_PAIRS for _ in range(n)]
    f.rng.shuffle(pairs)
    roles = ["happy"] * 13 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    rep_n = [2, 2, 3, 3, 4]
    bad_kinds = ["long", "email", "chat"]
    for (a, b, m), role in zip(pairs, roles, strict=True):
        langs = [a, b]
        if role == "happy":
            p = f.person("happy", "alternates languages", a, m)
            for k, t in enumerate(f.spread(f.rng.randint(5, 8), range(14))):
                f.happy(p, t, langs[k % 2])
        elif role == "repeat":
            p = f.person(
                "repeat_contact", "raises one problem again", a, m, ["repeat_contact"], REPEAT_TOL
            )
            for k, t in enumerate(f.spread(f.rng.randint(1, 3), [0, 1])):
                f.happy(p, t, langs[k % 2], ["praise", "buy", "chat"])
            n = rep_n.pop()
            t = f.rand_at(f.rng.randint(2, 6), 8, 19)
            f.open_case(p, t, langs, n, len(rep_n) < 3, 30)
        elif role == "slide":
            p = f.person("slow_churner", "slides", a, m, ["sentiment_drop"], SLIDER_TOL)
            for k, t in enumerate(f.spread(5, range(6))):
                f.happy(p, t, langs[k % 2], ["praise", "again"])
            for k, t in enumerate(f.spread(f.rng.randint(1, 3), range(6))):
                f.happy(p, t, langs[k % 2], ["chat", "buy", "page"])
            first = f.rand_at(f.rng.randint(6, 8), 8, 19)
            ids = f.slide(p, first, f.rng.randint(3, 5), langs)
            p.extra |= {"slide_event_ids": ids, "trouble_starts_at": iso(first)}
        elif role == "bad":
            p = f.person("happy_one_bad_day", "one bad day", a, m, [], SILENCE)
            kind = bad_kinds.pop()
            bad_day = f.rng.randint(4, 9)
            bad = f.rand_at(bad_day, 8, 20)
            for k, t in enumerate(
                f.spread(
                    f.rng.randint(3, 5),
                    [d for d in range(14) if d <= bad_day - 2 or d >= bad_day + 3],
                )
            ):
                f.happy(p, t, langs[k % 2], ["praise", "chat", "buy", "page"])
            problem = f.rng.choice(wt.PROBLEMS)
            ch = "email" if kind == "long" else kind
            eid = f.complaint(p, bad, b, problem, ch, long=kind == "long")
            ref = f.ref()
            if ch == "chat":
                f.tp(
                    p,
                    f.mins(bad, 1, 5),
                    "chat",
                    "chat",
                    f.fill(
                        wt.CASE_OPENED[b][1],
                        p,
                        "chat",
                        ref=ref,
                        label=wt.LABEL[problem][b],
                        agent=f.agent(b),
                    ),
                    out=True,
                )
            fixed = kind != "email"
            p.extra |= {
                "problem": problem,
                "bad_day_at": iso(bad),
                "bad_day_event_id": eid,
                "bad_day_language": b,
                "long_email": kind == "long",
                "booking": ref,
                "agent_fixed": fixed,
                "apologised": kind == "chat",
                "trouble_starts_at": iso(bad),
            }
            if fixed:
                f.agent_mail(
                    p, f.mins(bad, 60, 240), b, wt.GOOD_NEWS[b], ref=ref, fix=wt.FIX[problem][b]
                )
            if kind == "chat":
                at = f.daytime(f.mins(bad, 16 * 60, 24 * 60))
                aid = f.tp(
                    p, at, "chat", "chat", f.fill(f.draw(p, "apo", wt.APOLOGY[b]), p, "chat")
                )
                p.extra |= {"apology_at": iso(at), "apology_event_id": aid}
        else:
            p = f.person("resolved_between_contacts", "problem fixed", a, m, [], SILENCE)
            for k, t in enumerate(f.spread(f.rng.randint(1, 3), [0, 1])):
                f.happy(p, t, langs[k % 2], ["praise", "buy", "chat"])
            case = f.fixed_case(
                p, f.rand_at(f.rng.randint(3, 7), 8, 18), a, b, f.rng.choice(wt.PROBLEMS)
            )
            p.extra |= {
                "problems": [case],
                "confirm_language": b,
                "trouble_starts_at": case["raised_at"],
            }
        p.langs = langs
        p.extra["job_second_language"] = f.gendered(f.rng.choice(wh.JOBS[b]), p.gender)
    return f


B2B_ACCOUNTS = [
    ("UK", 0, "at_risk", "invoice", 4),
    ("UK", 1, "at_risk", "overbilled", 4),
    ("PT", 0, "at_risk", "jobs_on_hold", 3),
    ("PT", 1, "at_risk", "portal", 3),
    ("DE", 0, "at_risk", "invoice", 3),
    ("ES", 0, "one_unhappy", "portal", 1),
    ("FR", 0, "one_unhappy", "invoice", 1),
    ("IT", 0, "one_unhappy", "overbilled", 1),
    ("IE", 0, "one_unhappy", "portal", 1),
    ("PT", 2, "mild", None, 0),
    ("UK", 2, "mild", None, 0),
    ("CH-de", 0, "mild", None, 0),
    ("UK", 3, "happy", None, 0),
    ("PT", 3, "happy", None, 0),
    ("DE", 1, "happy", None, 0),
]
B2B_LANG = {
    "UK": "en",
    "IE": "en",
    "PT": "pt",
    "DE": "de",
    "CH-de": "de",
    "ES": "es",
    "FR": "fr",
    "IT": "it",
}
B2B_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        "Mendalo Pro accounts: at risk, one unhappy contact, mild remarks, happy",
        "2026-09-21",
        14,
    )

    def routine(p: Person, t: datetime, kinds: Sequence[str]) -> None:
        k = f.rng.choice(list(kinds))
        wake = f.office
        if k == "chat":
            f.chat_qa(p, t, p.lang, wb.QA, wb.THANKS, key="bqa")
        elif k == "email":
            f.email_qa(p, t, p.lang, wb.QA, wb.THANKS, wake, "bqa")
        elif k == "buy":
            f.buy(p, t, wb.ADDONS)
        elif k == "page":
            f.page(p, t, wb.PRO_PAGES)
        elif k == "praise":
            text = f.fill(f.draw(p, "bpr", wb.PRAISE[p.lang]), p, "community")
            f.tp(p, t, "community", "post", text)
        else:
            f.survey(p, t, p.lang)

    def weekday_times(n: int, days: Sequence[int], h1: float = 16.5) -> list[datetime]:
        ok = [d for d in days if (f.start + timedelta(days=d)).weekday() < 5]
        return f.spread(n, ok, 8, h1) if ok else []

    for market, idx, kind, problem, unhappy in B2B_ACCOUNTS:
        company, domain, site = wb.COMPANIES[market][idx]
        cc = "CH" if market.startswith("CH") else market
        lang = B2B_LANG[market]
        acc = f.account_id(cc)
        n_contacts = {
            "at_risk": f.rng.randint(5, 6),
            "one_unhappy": f.rng.randint(3, 4),
            "mild": f.rng.randint(3, 4),
            "happy": f.rng.randint(3, 4),
        }[kind]
        contacts: list[Person] = []
        firsts: list[str] = []
        roles_n = unhappy if kind != "mild" else 2
        for c in range(n_contacts):
            complains = c < roles_n
            if kind == "at_risk" and complains:
                persona, exp, tol, role = "b2b_unhappy", [], B2B_TOL, "complainer"
            elif kind == "one_unhappy" and complains:
                persona, exp, tol, role = (
                    "b2b_one_unhappy",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    "complainer",
                )
            elif kind == "mild" and complains:
                persona, exp, tol, role = "b2b_mild", [], SILENCE, "suggests"
            else:
                persona, exp, tol, role = "b2b_happy", [], [], "contact"
            p = f.person(
                persona, role, lang, cc, exp, tol, account=acc, domain=domain, avoid_first=firsts
            )
            firsts.append(p.first)
            p.extra |= {"company": company, "role": role}
            contacts.append(p)
        f.rng.shuffle(contacts)
        complainers = [p for p in contacts if p.extra["role"] in ("complainer", "suggests")]
        trouble = None
        if kind == "at_risk":
            assert problem is not None
            ref = f.ref()
            t = f.office(f.rand_at(f.rng.randint(9, 11), 8, 15), 15)
            trouble = t
            taxid = wb.TAXID[cc]
            first_p = complainers[0]
            for k, p in enumerate(complainers):
                if k == 0:
                    subj, text = wb.FIRST[problem][lang]
                    eid = f.tp(p, t, "email", "message", f.fill(text, p, taxid=taxid), subj)
                    f.agent_mail(p, f.office(f.mins(t, 20, 90)), lang, wb.ACK[lang], ref=ref)
                else:
                    t = f.office(f.mins(t, 8 * 60, 28 * 60), 15)
                    subj, text = wb.LATER[lang][(k - 1) % len(wb.LATER[lang])]
                    restate = wb.RESTATE[problem][lang]
                    wd = wb.WEEKDAYS[lang][trouble.weekday()]
                    eid = f.tp(
                        p,
                        t,
                        "email",
                        "message",
                        f.fill(
                            text,
                            p,
                            first=first_p.first,
                            weekday=wd,
                            ref=ref,
                            restate=restate,
                            taxid=taxid,
                            cg=first_p.gender,
                        ),
                        f.fill(subj, p, ref=ref),
                    )
                ids = [eid]
                if k < len(complainers) - 1:
                    f.low_nps(p, f.mins(t, 60, 180))
                    p.expected = ["detractor"]
                else:
                    t2 = f.office(f.mins(t, 18 * 60, 40 * 60), 17)
                    comp = f.rng.choice(COMPETITORS)
                    if f.rng.random() < 0.6:
                        subj, text = wb.LAST[lang]
                        ids.append(
                            f.tp(
                                p,
                                t2,
                                "email",
                                "message",
                                f.fill(text, p, ref=ref, comp=comp),
                                f.fill(subj, p, ref=ref),
                            )
                        )
                        p.extra["channel"] = "email"
                    else:
                        ids.append(
                            f.tp(
                                p,
                                t2,
                                "phone",
                                "call",
                                f.fill(
                                    wb.LAST_SPOKEN[lang],
                                    p,
                                    "phone",
                                    ref_spoken=f.spoken_ref(ref, lang),
                                ),
                            )
                        )
                        p.extra["channel"] = "phone"
                    p.expected = ["repeat_contact"]
                p.extra |= {
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": ids,
                    "trouble_starts_at": iso(p_first_time(f, ids[0])),
                }
        elif kind == "one_unhappy":
            assert problem is not None
            p = complainers[0]
            t = f.office(f.rand_at(f.rng.randint(3, 10), 8, 15), 15)
            pair = wb.ONE.get(problem, {}).get(lang) or wb.FIRST[problem][lang]
            eid = f.tp(p, t, "email", "message", f.fill(pair[1], p, taxid=wb.TAXID[cc]), pair[0])
            ref = f.ref()
            f.agent_mail(p, f.office(f.mins(t, 20, 90)), lang, wb.ACK[lang], ref=ref)
            f.low_nps(p, f.mins(t, 60, 180))
            p.extra |= {
                "problem": problem,
                "booking": ref,
                "complaint_event_ids": [eid],
                "trouble_starts_at": iso(t),
            }
        elif kind == "mild":
            for k, p in enumerate(complainers):
                t = f.office(f.rand_at(f.rng.randint(2, 11), 8, 17))
                mid = f.tp(
                    p, t, "web", "ticket", wb.MILD[lang][k], None, attrs={"page": "/pro/contact"}
                )
                f.agent_mail(p, f.office(f.mins(t, 30, 120)), lang, wb.MILD_ACK[lang])
                p.extra |= {"mild_event_id": mid, "trouble_starts_at": iso(t)}
        for p in contacts:
            if p.extra["role"] == "contact":
                for t in weekday_times(f.rng.randint(3, 6), range(14)):
                    routine(p, t, ["chat", "email", "buy", "page", "praise", "survey"])
            else:
                limit = datetime.fromisoformat(
                    p.extra["trouble_starts_at"].replace("Z", "+00:00")
                ) - timedelta(hours=14)
                for t in weekday_times(f.rng.randint(1, 3), range(14)):
                    if t <= limit:
                        routine(p, t, ["chat", "buy", "page"])
        unhappy_keys = [p.key for p in contacts if p.extra["role"] == "complainer"]
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": sorted(p.key for p in contacts),
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": sorted(unhappy_keys),
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": iso(trouble) if trouble else None,
            "language": lang,
            "country": cc,
        }
    return f


def p_first_time(f: Fam, eid: str) -> datetime:
    found: datetime = next(r["occurred_at"] for r in f.rows if r["event_id"] == eid)
    return found


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        "a calm week and one planted spike: payment at booking refused (PG-208)",
        "2026-10-05",
        7,
    )
    s0 = datetime(2026, 10, 8, 18, 20, tzinfo=UTC)
    langs = langs_by_count({"en": 7, "pt": 7, "de": 2, "es": 2, "fr": 1, "it": 1}, f.rng)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["form"] * 2
    f.rng.shuffle(chans)
    offsets = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    keys, ids, rep_ids = [], [], []
    for i in range(20):
        lang = langs[i]
        repeater = i % 10 in (1, 4, 7) and i < 20
        regular = i < 12
        p = f.person(
            "spike_repeater" if repeater else "spike_reporter",
            "regular" if regular else "new",
            lang,
            expected=["repeat_contact"] if repeater else [],
            tolerated=["sentiment_drop", "silence"] if repeater else SILENCE,
        )
        if regular:
            for t in f.spread(f.rng.randint(1, 3), [2], 7, 18):
                f.happy(p, t, lang, ["praise", "buy", "page", "chat", "review"])
        t = s0 + timedelta(minutes=offsets[i])
        ch = chans[i]
        text = f.fill(f.draw(p, "sp", wt.SPIKE[lang]), p, ch)
        if ch == "email":
            eid = f.tp(p, t, "email", "message", text, "PG-208")
        elif ch == "form":
            eid = f.tp(p, t, "web", "ticket", text, "PG-208", attrs={"page": "/help/contact"})
        elif ch == "chat":
            eid = f.tp(p, t, "chat", "chat", text)
        else:
            eid = f.tp(p, t, ch, "mention" if ch == "social" else "post", text)
        keys.append(p.key)
        ids.append(eid)
        p.extra |= {
            "in_spike": True,
            "regular": regular,
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
        }
        if repeater:
            ch2 = f.rng.choice([c for c in ("social", "chat", "community", "email") if c != ch])
            text2 = f.fill(wt.SPIKE_AGAIN[lang], p, ch2)
            t2 = f.mins(t, 15, 50)
            if ch2 == "email":
                rid = f.tp(p, t2, "email", "message", text2, "RE: PG-208")
            elif ch2 == "chat":
                rid = f.tp(p, t2, "chat", "chat", text2)
            else:
                rid = f.tp(p, t2, ch2, "mention" if ch2 == "social" else "post", text2)
            rep_ids.append(rid)
            p.extra["repeat_event_id"] = rid
        elif i % 10 in (2, 5, 8):
            f.agent_mail(
                p,
                datetime(2026, 10, 8, 20, 5, tzinfo=UTC) + timedelta(minutes=f.rng.randint(0, 65)),
                lang,
                wt.SPIKE_FIXED[lang],
                amount=f.money(p, 10.0),
            )
    for _ in range(40):
        p = f.person("happy", "day writer")
        for t in f.spread(f.rng.randint(1, 4), range(7), 7, 20.5):
            f.happy(p, t, p.lang)
    for _ in range(2):
        p = f.person("grumbles_once", "mild remark", tolerated=SILENCE)
        t = f.rand_at(f.rng.choice([0, 1, 2, 4, 5, 6]), 8, 18)
        p.extra["grumble_event_id"] = f.chat_qa(p, t, p.lang, wh.MILD, key="mild")
    for lang, hour in (("en", 9 + 14 / 60), ("pt", 14 + 37 / 60)):
        p = f.person("grumbles_once", "lone question", lang, tolerated=SILENCE)
        q, a = wt.LONE[lang]
        t = f.at(2, hour)
        lid = f.tp(p, t, "chat", "chat", q)
        f.tp(
            p, f.mins(t, 2, 5), "chat", "chat", f.fill(a, p, "chat", agent=f.agent(lang)), out=True
        )
        p.extra["lone_report_event_id"] = lid
    f.spike = {
        "topic": (
            "booking payment failure: the app's payment at booking refused with error PG-208"
            " (payment could not be authorised)"
        ),
        "about": (
            "Thursday 8 October 2026 evening, 18:20-19:05 UTC first reports,"
            " six languages, five channels"
        ),
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rep_ids,
    }
    return f


FAMILIES: list[tuple[Callable[[], Fam], dict[str, int]]] = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 6}),
    (repeat_contacts, {"repeat_contact": 13}),
    (slow_churners, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 5, "sentiment_drop": 5}),
    (b2b_accounts, {"account_risk": 5, "detractor": 16, "repeat_contact": 5}),
    (topic_spike, {"topic_spike": 1, "repeat_contact": 6}),
]


def main() -> None:
    total_c = total_t = 0
    for build, planted in FAMILIES:
        fam = build()
        c, t = fam.write(planted)
        total_c += c
        total_t += t
        print(f"{fam.name}: {c} customers, {t} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
