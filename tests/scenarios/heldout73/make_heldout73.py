# ruff: noqa: E501
"""Generate tests/scenarios/heldout73/ (report only, written blind).

Standard library only, fixed seed, deterministic: `python make_heldout73.py` from
anywhere writes the eight families next to this file. It refuses to write a family
whose expected counts differ from the planted ones.
"""

from __future__ import annotations

import json
import random
import re
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
WRITTEN = "2026-12-03"
BUSINESS = "Cinerva: chimney sweeping, flue inspections and wood/pellet stove servicing booked by app and web, with the Cinerva Care annual plan; Cinerva Pro serves restaurants, bakeries, hotels, schools, care homes and councils on account"

LANG_W = [("pt", 30), ("de", 30), ("en", 10), ("fr", 10), ("it", 10), ("es", 10)]
MARKETS = {
    "pt": [("PT", 1)],
    "de": [("DE", 5), ("AT", 2), ("CH", 2)],
    "en": [("UK", 3), ("IE", 2)],
    "fr": [("FR", 3), ("BE", 2), ("CH", 1), ("LU", 1)],
    "it": [("IT", 4), ("CH", 1)],
    "es": [("ES", 1)],
}
FIRST = {
    "pt": [
        "Ana",
        "Joana",
        "Inês",
        "Rita",
        "Catarina",
        "Marta",
        "Sofia",
        "Beatriz",
        "Teresa",
        "Helena",
        "João",
        "Rui",
        "Miguel",
        "Pedro",
        "Tiago",
        "Nuno",
        "Duarte",
        "Filipe",
        "Luís",
        "Gonçalo",
        "Carla",
        "Sónia",
        "Paula",
        "Vasco",
    ],
    "de": [
        "Anna",
        "Julia",
        "Katrin",
        "Sabine",
        "Lena",
        "Miriam",
        "Petra",
        "Ulrike",
        "Jana",
        "Heike",
        "Jonas",
        "Lukas",
        "Tobias",
        "Markus",
        "Stefan",
        "Florian",
        "Matthias",
        "Jörg",
        "Uwe",
        "Felix",
        "Claudia",
        "Bernd",
        "Elke",
        "Sven",
    ],
    "en": [
        "Sarah",
        "Emma",
        "Claire",
        "Niamh",
        "Aoife",
        "Kate",
        "James",
        "Tom",
        "Ciaran",
        "Gareth",
        "Owen",
        "Liam",
    ],
    "fr": [
        "Camille",
        "Julie",
        "Sophie",
        "Élodie",
        "Chloé",
        "Manon",
        "Julien",
        "Nicolas",
        "Thomas",
        "Mathieu",
        "Luc",
        "Hugo",
    ],
    "it": [
        "Giulia",
        "Chiara",
        "Francesca",
        "Sara",
        "Elena",
        "Marta",
        "Luca",
        "Marco",
        "Davide",
        "Matteo",
        "Paolo",
        "Andrea",
    ],
    "es": [
        "Lucía",
        "María",
        "Carmen",
        "Elena",
        "Paula",
        "Irene",
        "Javier",
        "Pablo",
        "Sergio",
        "Diego",
        "Álvaro",
        "Raúl",
    ],
}
LAST = {
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Gomes",
        "Lopes",
        "Marques",
        "Alves",
        "Almeida",
        "Ribeiro",
        "Pinto",
        "Carvalho",
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
        "Nunes",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Schulz",
        "Hoffmann",
        "Koch",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Braun",
        "Krüger",
        "Hofer",
        "Huber",
        "Brunner",
        "Gerber",
    ],
    "en": [
        "Smith",
        "Jones",
        "Murphy",
        "Kelly",
        "Walsh",
        "Taylor",
        "Davies",
        "Evans",
        "Byrne",
        "Ryan",
        "Hughes",
        "Clarke",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Laurent",
        "Moreau",
        "Lefebvre",
        "Girard",
        "Roux",
        "Fontaine",
        "Mercier",
        "Lambert",
        "Dupont",
    ],
    "it": [
        "Rossi",
        "Russo",
        "Ferrari",
        "Esposito",
        "Bianchi",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Martín",
        "Ruiz",
        "Díaz",
        "Moreno",
        "Muñoz",
        "Navarro",
    ],
}
TOWNS = {
    "PT": ["Braga", "Viseu", "Guarda", "Évora", "Coimbra", "Bragança", "Sintra"],
    "DE": ["Freiburg", "Kassel", "Bamberg", "Görlitz", "Lüneburg", "Ulm"],
    "AT": ["Graz", "Linz", "Salzburg", "Villach"],
    "CH": ["Chur", "Thun", "Fribourg", "Lugano"],
    "UK": ["York", "Hereford", "Kendal", "Ludlow"],
    "IE": ["Galway", "Kilkenny", "Sligo"],
    "FR": ["Annecy", "Colmar", "Limoges"],
    "BE": ["Namur", "Liège"],
    "LU": ["Ettelbruck"],
    "IT": ["Bergamo", "Trento", "Cuneo", "Belluno"],
    "ES": ["Soria", "León", "Huesca", "Teruel"],
}
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "accountant",
    "farmer",
    "pharmacist",
    "retired",
    "bus driver",
    "architect",
    "baker",
    "shop owner",
    "IT support",
    "postwoman",
    "translator",
    "carpenter",
]
PHONE = {
    "PT": ("+351", ["91", "92", "93", "96"], 7),
    "DE": ("+49", ["151", "160", "170", "176"], 8),
    "AT": ("+43", ["664", "676", "699"], 7),
    "CH": ("+41", ["76", "78", "79"], 7),
    "UK": ("+44", ["77", "78", "79"], 8),
    "IE": ("+353", ["83", "85", "87"], 7),
    "FR": ("+33", ["6", "7"], 8),
    "BE": ("+32", ["470", "476", "495"], 6),
    "LU": ("+352", ["621", "691"], 6),
    "IT": ("+39", ["333", "347", "380"], 7),
    "ES": ("+34", ["6", "7"], 8),
}
DOMAINS = {
    "PT": "correio-pt.example",
    "DE": "postfach.example",
    "AT": "mail-at.example",
    "CH": "bluewin-mail.example",
    "UK": "inbox-uk.example",
    "IE": "eir-mail.example",
    "FR": "courriel.example",
    "BE": "skynet-mail.example",
    "LU": "post-lu.example",
    "IT": "posta-it.example",
    "ES": "correo-es.example",
}
AGENTS = {
    "pt": ["Marta", "Rui", "Sara"],
    "de": ["Jana", "Timo", "Birgit"],
    "en": ["Holly", "Sean"],
    "fr": ["Inès", "Paul"],
    "it": ["Giada", "Fabio"],
    "es": ["Nuria", "Íñigo"],
}
SOURCE = {
    "email": "cinerva-mail",
    "phone": "cinerva-voice",
    "social": "cinerva-social",
    "community": "cinerva-forum",
    "chat": "cinerva-chat",
    "web": "cinerva-web",
    "survey": "cinerva-survey",
}
UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
CALL_OPEN = {
    "pt": "sim bom dia ligo porque ",
    "de": "ja hallo ich rufe an weil ",
    "en": "hi yeah I'm ringing because ",
    "fr": "oui bonjour j'appelle parce que ",
    "it": "sì buongiorno chiamo perché ",
    "es": "hola buenas llamo porque ",
}
NAMES_KEPT = {"Cinerva", "Care", "Schlotto", "Tirallo", "KQ-0x9E"}

USED: set[str] = set()


def uniq(value: str) -> bool:
    if value in USED:
        return False
    USED.add(value)
    return True


def ascii_fold(text: str) -> str:
    text = "".join(UMLAUT.get(ch, ch) for ch in text).replace("ß", "ss")
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in UMLAUT:
            out.append(UMLAUT[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            out.append(
                "".join(
                    c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
                )
            )
    return "".join(out)


def transcript(text: str, lang: str) -> str:
    words = []
    for tok in text.replace("\n", " ").split():
        if re.search(r"\d", tok) or tok.strip(".,!?;:¿¡()'\"") in NAMES_KEPT:
            words.append(tok.strip(".,!?;:¿¡()\"'"))
            continue
        tok = re.sub(r"[.,!?;:¿¡()\"']", "", tok)
        if not tok or tok in ("€", "👏", "😂", "😡", "🔥"):
            continue
        words.append(tok if lang == "de" and not tok.isupper() else tok.lower())
    return " ".join(words)


@dataclass
class Cust:
    key: str
    cid: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    lang: str
    market: str
    first: str
    last: str
    persona: str
    habit: str
    expected: set[str] = field(default_factory=set)
    tolerated: set[str] = field(default_factory=set)
    info: dict[str, Any] = field(default_factory=dict)


@dataclass
class Row:
    ts: datetime
    eid: str
    cust: Cust
    channel: str
    out: bool
    d: dict[str, Any]


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.counter = 0

    # -- people -------------------------------------------------------------
    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_W], [w for _, w in LANG_W])[0]

    def market(self, lang: str) -> str:
        ms = MARKETS[lang]
        return self.rng.choices([m for m, _ in ms], [w for _, w in ms])[0]

    def phone(self, market: str) -> str:
        cc, pre, n = PHONE[market]
        for _ in range(200):
            num = cc + self.rng.choice(pre) + "".join(str(self.rng.randint(0, 9)) for _ in range(n))
            if uniq("phone:" + num):
                return num
        raise RuntimeError("no free phone number")

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        domain: str | None = None,
        first: str | None = None,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.market(lang)
        for _ in range(200):
            cid = f"CV{self.code}{self.rng.randint(1000, 9999)}"
            if uniq("id:" + cid):
                break
        else:
            raise RuntimeError("no free customer id")
        fn = first or self.rng.choice(FIRST[lang])
        ln = self.rng.choice(LAST[lang])
        f_a, l_a = ascii_fold(fn).lower(), ascii_fold(ln).lower().replace(" ", "")
        email = ""
        for i in range(200):
            if domain:
                cand = f"{f_a}.{l_a}@{domain}" if i == 0 else f"{f_a}.{l_a}{i}@{domain}"
            else:
                cand = (
                    self.rng.choice(
                        [
                            f"{f_a}.{l_a}{self.rng.randint(1, 99)}",
                            f"{f_a[0]}{l_a}{self.rng.randint(10, 999)}",
                            f"{l_a}.{f_a}{self.rng.randint(1, 9)}",
                        ]
                    )
                    + "@"
                    + DOMAINS[market]
                )
            if uniq("email:" + cand):
                email = cand
                break
        if not email:
            raise RuntimeError("no free e-mail")
        handle = None
        if account is None:
            for _ in range(200):
                cand = self.rng.choice(
                    [
                        f"@{l_a}_{f_a}{self.rng.randint(1, 9)}",
                        f"@{f_a}{l_a}{self.rng.randint(10, 99)}",
                        f"@{l_a}{f_a[0]}",
                        f"@{f_a}_{l_a}",
                    ]
                )
                if uniq("handle:" + cand.lstrip("@")):
                    handle = cand
                    break
            if handle is None:
                raise RuntimeError("no free handle")
        c = Cust(
            cid,
            cid,
            email,
            self.phone(market),
            handle,
            account,
            lang,
            market,
            fn,
            ln,
            persona,
            habit,
            set(expected),
            set(tolerated),
        )
        c.info["job"] = self.rng.choice(JOBS)
        c.info["town"] = self.rng.choice(TOWNS[market])
        self.custs.append(c)
        return c

    # -- touchpoints ----------------------------------------------------------
    def rough(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if cands:
                i = r.choice(cands)
                w = words[i]
                j = r.randint(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.counter += 1
        eid = f"cv73-{self.code.lower()}-{self.counter:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.rough(text)
        if text is not None and channel == "social" and not out and c.account is None:
            if "Cinerva" in text:
                i = text.rfind("Cinerva")
                text = text[:i] + "@" + text[i:]
            else:
                text = "@Cinerva " + text
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rr.choice(AGENTS[c.lang]) + " (Cinerva)"
        a.update(attrs or {})
        d: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCE[channel],
            "attributes": a,
        }
        self.rows.append(Row(ts, eid, c, channel, out, d))
        return eid

    # -- time -------------------------------------------------------------------
    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=int(day), minutes=self.rng.randint(int(h0 * 60), int(h1 * 60))
        )

    def day_of(self, ts: datetime) -> int:
        return (ts - self.start).days


def awake(ts: datetime, rng: random.Random) -> datetime:
    """Move a time out of 22:00-07:00 UTC to 08:00-09:00 the next morning."""
    if ts.hour >= 22:
        base = (ts + timedelta(days=1)).replace(hour=8, minute=0, second=0)
    elif ts.hour < 7:
        base = ts.replace(hour=8, minute=0, second=0)
    else:
        return ts
    return base + timedelta(minutes=rng.randint(0, 59))


def office(ts: datetime, rng: random.Random) -> datetime:
    """Move a time into weekday office hours 08-17 UTC."""
    for _ in range(10):
        if ts.weekday() < 5 and 8 <= ts.hour < 17:
            return ts
        nxt = ts if ts.hour < 8 else ts + timedelta(days=1)
        ts = nxt.replace(hour=8, minute=rng.randint(0, 50), second=0)
    return ts


def fmt(s: str, **kw: str) -> str:
    return s.format(b=W.BRAND, **kw)


def money(c: Cust, eur: float) -> tuple[str, str]:
    if c.market == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if c.market == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


def amount_text(c: Cust, eur: float) -> str:
    if c.market == "UK":
        return f"£{round(eur * 0.86)}"
    if c.market == "CH":
        return f"CHF {round(eur * 0.94)}"
    return f"{round(eur)} €"


CASES: set[str] = set()


def case_ref(f: Fam) -> str:
    for _ in range(500):
        ref = f"CIN-{f.rng.randint(100000, 999999)}"
        if ref not in CASES:
            CASES.add(ref)
            return ref
    raise RuntimeError("no free case reference")


# --- acts -------------------------------------------------------------------


def happy(f: Fam, c: Cust, ts: datetime, kind: str | None = None, lang: str | None = None) -> str:
    r = f.rng
    lg = lang or c.lang
    kind = kind or r.choice(
        [
            "praise",
            "praise",
            "again",
            "gripe",
            "chat",
            "email",
            "phone",
            "buy",
            "buy",
            "view",
            "review",
            "survey",
        ]
    )
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind]
        ch = r.choice(["community", "social"])
        return f.add(
            c, ts, ch, "post" if ch == "community" else "mention", fmt(r.choice(table[lg]))
        )
    if kind == "chat":
        q, a = r.choice(W.QUESTION[lg])
        e = f.add(c, ts, "chat", "chat", q)
        t2 = ts + timedelta(minutes=r.randint(1, 6))
        f.add(c, t2, "chat", "chat", a, out=True)
        if r.random() < 0.6:
            f.add(
                c, t2 + timedelta(minutes=r.randint(1, 3)), "chat", "chat", r.choice(W.THANKS[lg])
            )
        return e
    if kind == "email":
        q, a = r.choice(W.QUESTION[lg])
        e = f.add(c, ts, "email", "message", q, subject=q[:40])
        f.add(
            c,
            awake(ts + timedelta(minutes=r.randint(30, 180)), r),
            "email",
            "message",
            a,
            subject="Re: " + q[:40],
            out=True,
        )
        return e
    if kind == "phone":
        q, a = r.choice(W.PHONE_Q[lg])
        e = f.add(c, ts, "phone", "call", q)
        f.add(
            c,
            ts + timedelta(minutes=r.randint(10, 40)),
            "email",
            "message",
            a,
            subject="Cinerva",
            out=True,
        )
        return e
    if kind in ("buy", "view"):
        page = r.choice(W.PAGES)
        e = f.add(c, ts, "web", "page_view", attrs={"page": page})
        if kind == "buy":
            prod, eur = r.choice(W.PRODUCTS)
            val, cur = money(c, eur)
            e = f.add(
                c,
                ts + timedelta(minutes=r.randint(2, 15)),
                "web",
                "purchase",
                attrs={"page": "/app/book", "product": prod, "order_value": val, "currency": cur},
            )
        return e
    if kind == "review":
        return f.add(
            c,
            ts,
            "web",
            "review",
            fmt(r.choice(W.REVIEW[lg])),
            attrs={"rating": str(r.choice([4, 5, 5])), "page": "/reviews"},
        )
    if kind == "survey":
        which = r.choice(["nps", "csat", "ces"])
        score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
        word = r.choice(W.SURVEY_WORD[lg])
        return f.add(
            c,
            ts,
            "survey",
            "survey_response",
            word or None,
            scores={which: score},
            attrs={"survey": which},
        )
    raise ValueError(kind)


def happy_days(
    f: Fam,
    c: Cust,
    n: int,
    days: list[int],
    h0: float = 7,
    h1: float = 19,
    kinds: list[str] | None = None,
    langs: list[str] | None = None,
) -> None:
    chosen = sorted(f.rng.sample(days, min(n, len(days))))
    for i, d in enumerate(chosen):
        happy(
            f,
            c,
            f.at(d, h0, h1),
            kinds[i % len(kinds)] if kinds else None,
            langs[i % len(langs)] if langs else None,
        )


def night_act(f: Fam, c: Cust, ts: datetime) -> str:
    r = f.rng
    if r.random() < 0.5:
        q, a = r.choice(W.NIGHT_Q[c.lang])
        e = f.add(c, ts, "chat", "chat", q)
        t2 = ts + timedelta(minutes=r.randint(1, 5))
        f.add(c, t2, "chat", "chat", a, out=True)
        f.add(
            c, t2 + timedelta(minutes=r.randint(1, 3)), "chat", "chat", r.choice(W.THANKS[c.lang])
        )
        return e
    ch = r.choice(["community", "social"])
    return f.add(
        c, ts, ch, "post" if ch == "community" else "mention", fmt(r.choice(W.NIGHT_POST[c.lang]))
    )


def core(f: Fam, c: Cust, problem: str, lang: str) -> str:
    eur = f.rng.choice([69, 89, 99, 119, 129])
    text: str = f.rng.choice(W.PROBLEM_CORE[lang][problem])
    return text.format(amt=amount_text(c, eur))


def complaint(
    f: Fam, c: Cust, ts: datetime, problem: str, channel: str, lang: str, long_mail: bool = False
) -> str:
    r = f.rng
    text = core(f, c, problem, lang)
    subj = W.COMPLAINT_SUBJECT[lang] + W.PROBLEM_SUBJECT[lang][problem]
    if channel == "email":
        if long_mail:
            text = (
                r.choice(W.LONG_OPEN[lang])
                + text
                + " "
                + r.choice(W.ANGER_TAIL[lang])
                + r.choice(W.LONG_CLOSE[lang])
                + c.first
            )
        else:
            text = text + " " + r.choice(W.ANGER_TAIL[lang])
        return f.add(c, ts, "email", "message", text, subject=subj)
    if channel == "phone":
        return f.add(c, ts, "phone", "call", CALL_OPEN[lang] + transcript(text, lang))
    if channel == "chat":
        return f.add(c, ts, "chat", "chat", text)
    if channel == "web":
        return f.add(
            c,
            ts,
            "web",
            "ticket",
            text + " " + r.choice(W.ANGER_TAIL[lang]),
            subject=subj,
            attrs={"page": "/help/contact"},
        )
    if channel == "social":
        return f.add(
            c, ts, "social", "mention", "Cinerva " + text + " " + r.choice(W.ANGER_TAIL[lang])
        )
    raise ValueError(channel)


def later(
    f: Fam,
    c: Cust,
    ts: datetime,
    problem: str,
    channel: str,
    lang: str,
    ref: str,
    nth: int,
    comp: str | None,
) -> str:
    r = f.rng
    short = core(f, c, problem, lang).split(". ")[0] + "."
    if nth == 2:
        text = r.choice(W.STILL_OPEN[lang]).format(ref=ref, core_short=short)
    elif nth == 3:
        text = r.choice(W.THIRD[lang]).format(ref=ref, c=comp or "")
    else:
        text = W.FOURTH[lang].format(ref=ref)
    subj = W.RE_SUBJECT[lang] + ref
    if channel == "email":
        return f.add(c, ts, "email", "message", text, subject=subj)
    if channel == "phone":
        return f.add(c, ts, "phone", "call", CALL_OPEN[lang] + transcript(text, lang))
    if channel == "chat":
        e = f.add(c, ts, "chat", "chat", text)
        f.add(
            c,
            ts + timedelta(minutes=r.randint(1, 4)),
            "chat",
            "chat",
            W.CHAT_URGENT[lang].format(ref=ref),
            out=True,
        )
        return e
    if channel == "web":
        return f.add(c, ts, "web", "ticket", text, subject=subj, attrs={"page": "/help/contact"})
    return f.add(c, ts, "social", "mention", "Cinerva " + text)


def acknowledge(f: Fam, c: Cust, ts: datetime, channel: str, lang: str, ref: str) -> None:
    r = f.rng
    if channel == "chat":
        f.add(
            c,
            ts + timedelta(minutes=r.randint(1, 4)),
            "chat",
            "chat",
            W.CHAT_CASE[lang].format(ref=ref),
            out=True,
        )
    elif channel != "social":
        f.add(
            c,
            awake(ts + timedelta(minutes=r.randint(10, 40)), r),
            "email",
            "message",
            W.CASE_OPENED[lang].format(first=c.first, ref=ref),
            subject=W.RE_SUBJECT[lang] + ref,
            out=True,
        )


def fixed_case(
    f: Fam, c: Cust, ts: datetime, problem: str, channel: str, lang1: str, lang2: str
) -> dict[str, Any]:
    r = f.rng
    ref = case_ref(f)
    e = complaint(f, c, ts, problem, channel, lang1)
    acknowledge(f, c, ts, channel, lang1, ref)
    fixed = awake(ts + timedelta(hours=r.uniform(3, 20)), r)
    f.add(
        c,
        fixed,
        "email",
        "message",
        W.GOOD_NEWS[lang2].format(first=c.first, ref=ref),
        subject=W.RE_SUBJECT[lang2] + ref,
        out=True,
    )
    conf = awake(fixed + timedelta(hours=r.uniform(8, 30)), r)
    cch = r.choice(["email", "chat"])
    ce = f.add(
        c,
        conf,
        cch,
        "message" if cch == "email" else "chat",
        r.choice(W.CONFIRM[lang2]).format(ref=ref),
        subject=(W.RE_SUBJECT[lang2] + ref) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(ts),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": channel,
        "confirm_channel": cch,
    }


def iso(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


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
CANCEL_TOL = ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence")


def repeat_run(
    f: Fam, c: Cust, first_ts: datetime, first_ch: str, n: int, langs: list[str], quality: bool
) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    ref = case_ref(f)
    comp = r.choice(W.COMPETITORS) if n >= 3 else None
    e1 = complaint(f, c, first_ts, problem, first_ch, langs[0])
    ids = [e1]
    if quality:
        if first_ch == "chat":
            f.add(
                c,
                first_ts + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.CHAT_CASE[langs[0]].format(ref=ref),
                out=True,
            )
        f.add(
            c,
            awake(first_ts + timedelta(minutes=r.randint(90, 150)), r),
            "email",
            "message",
            W.QUALITY_LEAD[langs[0]].format(first=c.first, ref=ref),
            subject=W.RE_SUBJECT[langs[0]] + ref,
            out=True,
        )
    else:
        acknowledge(f, c, first_ts, first_ch, langs[0], ref)
    others = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    r.shuffle(others)
    ts = first_ts
    for k in range(2, n + 1):
        ts = awake(ts + timedelta(hours=r.uniform(4, 40)), r)
        ids.append(
            later(f, c, ts, problem, others[k - 2], langs[(k - 1) % len(langs)], ref, k, comp)
        )
    c.info.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": n,
            "channels": [first_ch, *others[: n - 1]],
            "channel": first_ch,
            "problem_event_ids": ids,
            "agent_passed_on": quality,
            "competitor": comp,
            "trouble_starts_at": iso(first_ts),
        }
    )


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str]) -> list[datetime]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    times = sorted(
        f.at(start_day, 8, 20) + timedelta(hours=r.uniform(0, span * 24)) for _ in range(6)
    )
    fixed_times: list[datetime] = []
    prev: datetime | None = None
    ids = []
    for i, t in enumerate(times):
        if prev is not None and t < prev + timedelta(hours=1):
            t = prev + timedelta(hours=1, minutes=r.randint(0, 50))
        t = awake(t, r)
        prev = t
        fixed_times.append(t)
        lg = langs[i % len(langs)]
        text = W.SLIDE[lg][i].format(b=W.BRAND, c=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
    c.info.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(fixed_times[0]),
        }
    )
    return fixed_times


# --- families ----------------------------------------------------------------


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        "households and night writers who are happy",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = sorted(f.rng.sample(range(9), f.rng.randint(2, 4)))
        for d in nights:
            night_act(
                f,
                c,
                f.start
                + timedelta(days=d, hours=22, minutes=12)
                + timedelta(minutes=f.rng.randint(0, 378)),
            )
        happy_days(
            f,
            c,
            f.rng.randint(2, 3),
            [d for d in range(10) if d not in nights],
            9,
            18,
            kinds=["praise", "buy", "view", "review"],
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        happy_days(f, c, f.rng.randint(3, 6), list(range(10)), kinds=["survey"])
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy households with one angry day",
    )
    r = f.rng
    plan = [("email_long", lg) for lg in ("pt", "pt", "de", "de")] + [
        (ch, None) for ch in ("email", "chat", "social", "web", "phone") for _ in range(4)
    ]
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(problems)
    cased = [i for i, (ch, _) in enumerate(plan) if ch != "social"]
    detr = set(r.sample(cased, 6))
    csat = set(r.sample([i for i in cased if i not in detr], 5))
    good = set(r.sample(cased, 12))
    apol = set(r.sample(sorted(good), 5))
    for i, (ch, lg) in enumerate(plan):
        persona = "bad_day_detractor" if i in detr else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            lang=lg,
            expected=("detractor",) if i in detr else (),
            tolerated=("silence",),
        )
        bd = r.randint(2, 9)
        ts = f.at(bd, 8, 20)
        channel = "email" if ch == "email_long" else ch
        e = complaint(f, c, ts, problems[i], channel, c.lang, long_mail=ch == "email_long")
        ref = case_ref(f) if ch != "social" else None
        if ref:
            acknowledge(f, c, ts, channel, c.lang, ref)
        c.info.update(
            {
                "problem": problems[i],
                "bad_day_at": iso(ts),
                "bad_day_event_id": e,
                "booking": ref,
                "long_email": ch == "email_long",
                "channel": channel,
                "trouble_starts_at": iso(ts),
            }
        )
        if i in detr:
            t = ts + timedelta(minutes=r.randint(100, 140))
            nps = r.randint(1, 5)
            c.info.update(
                {
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.add(
                        c,
                        t,
                        "survey",
                        "survey_response",
                        r.choice(W.LOW_CSAT_WORD[c.lang]) or None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    ),
                }
            )
        if i in csat:
            t = ts + timedelta(minutes=r.randint(40, 80))
            cs = r.randint(1, 2)
            c.info.update(
                {
                    "csat_given": True,
                    "csat": cs,
                    "survey_event_id": f.add(
                        c,
                        t,
                        "survey",
                        "survey_response",
                        r.choice(W.LOW_CSAT_WORD[c.lang]) or None,
                        scores={"csat": cs},
                        attrs={"survey": "csat"},
                    ),
                }
            )
        if i in good and ref:
            t = awake(ts + timedelta(hours=r.uniform(1, 4)), r)
            f.add(
                c,
                t,
                "email",
                "message",
                W.GOOD_NEWS[c.lang].format(first=c.first, ref=ref),
                subject=W.RE_SUBJECT[c.lang] + ref,
                out=True,
            )
            c.info["agent_fixed"] = True
            if i in apol:
                t2 = awake(ts + timedelta(hours=r.uniform(16, 24)), r)
                ach = r.choice(["chat", "email"])
                c.info.update(
                    {
                        "apologised": True,
                        "apology_at": iso(t2),
                        "apology_event_id": f.add(
                            c,
                            t2,
                            ach,
                            "chat" if ach == "chat" else "message",
                            r.choice(W.APOLOGY[c.lang]),
                            subject=(W.RE_SUBJECT[c.lang] + ref) if ach == "email" else None,
                        ),
                    }
                )
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        happy_days(
            f,
            c,
            r.randint(1, 5),
            days,
            kinds=["praise", "chat", "buy", "view", "review", "again", "email"],
        )
    for _ in range(8):
        c = f.person("happy", "control")
        happy_days(f, c, r.randint(4, 7), list(range(12)))
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "households who write again about one open problem",
    )
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(counts)
    r.shuffle(firsts)
    quality = set(r.sample(range(12), 6))
    for i in range(12):
        c = f.person(
            "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=REPEAT_TOL
        )
        happy_days(f, c, 1, [0], 7, 12)
        for _ in range(r.randint(0, 2)):
            happy(f, c, f.at(0, 7, 12))
        repeat_run(f, c, f.at(r.randint(1, 4), 8, 19), firsts[i], counts[i], [c.lang], i in quality)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=("silence",))
        happy_days(f, c, r.randint(1, 2), [0, 1])
        case = fixed_case(
            f,
            c,
            f.at(r.randint(2, 5), 8, 19),
            r.choice(W.PROBLEMS),
            r.choice(["web", "email", "chat"]),
            c.lang,
            c.lang,
        )
        c.info.update(
            {"problems": [case], "booking": case["booking"], "trouble_starts_at": case["raised_at"]}
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=("silence",))
        p1, p2 = r.sample(W.PROBLEMS, 2)
        d1 = r.randint(0, 2)
        c1 = fixed_case(f, c, f.at(d1, 8, 12), p1, r.choice(["web", "email"]), c.lang, c.lang)
        c2 = fixed_case(
            f,
            c,
            f.at(d1 + r.randint(4, 5), 8, 12),
            p2,
            r.choice(["web", "email", "chat"]),
            c.lang,
            c.lang,
        )
        c.info.update({"problems": [c1, c2], "trouble_starts_at": c1["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        happy_days(
            f, c, r.randint(5, 8), list(range(10)), kinds=["chat", "email", "phone", "chat", "buy"]
        )
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "households who slide away, leave, grumble or joke",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    detr = set(r.sample(range(10), 5))
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            expected=("sentiment_drop", "detractor") if i in detr else ("sentiment_drop",),
            tolerated=SLIDE_TOL,
        )
        n_praise = r.randint(4, 5)
        happy_days(
            f,
            c,
            n_praise + r.randint(2, 4),
            list(range(11)),
            kinds=["praise"] * n_praise + ["buy", "chat", "view", "review"],
        )
        times = slide(f, c, r.randint(12, 16), spans[i], [c.lang])
        if i in detr:
            t = awake(times[3] + timedelta(hours=r.uniform(2.5, 3.5)), r)
            nps = r.randint(1, 5)
            c.info.update(
                {
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.add(
                        c,
                        t,
                        "survey",
                        "survey_response",
                        r.choice(W.LOW_CSAT_WORD[c.lang]) or None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    ),
                }
            )
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=("churn_intent",), tolerated=CANCEL_TOL
        )
        happy_days(
            f, c, r.randint(4, 6), list(range(16)), kinds=["praise", "buy", "chat", "view", "again"]
        )
        t = f.at(r.randint(17, 23), 8, 19)
        e = f.add(
            c,
            t,
            "email",
            "message",
            r.choice(W.CANCEL_ASK[c.lang]),
            subject={
                "pt": "Cancelar plano",
                "de": "Kündigung",
                "en": "Cancel",
                "fr": "Résiliation",
                "it": "Disdetta",
                "es": "Baja",
            }[c.lang],
        )
        f.add(
            c,
            awake(t + timedelta(hours=r.uniform(1, 5)), r),
            "email",
            "message",
            W.SORRY_GO[c.lang].format(first=c.first),
            subject="Re: Cinerva Care",
            out=True,
        )
        t3 = t + timedelta(hours=r.uniform(20, 30))
        x = f.add(
            c,
            t3,
            "web",
            "cancellation",
            attrs={
                "page": "/account/plan",
                "product": "Cinerva Care annual plan / Plano anual Cinerva Care",
            },
        )
        c.info.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(t3),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        happy_days(f, c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        d = r.randint(0, 4)
        ids = []
        for k in range(r.randint(5, 7)):
            text = fmt(r.choice(W.GRUMBLE[c.lang]))
            ch = r.choice(["social", "community", "web", "review"])
            t = f.at(d, 8, 20)
            if ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            elif ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            else:
                ids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
            if k == 0:
                c.info["trouble_starts_at"] = iso(t)
            d += r.randint(1, 3)
        c.info["grumble_event_ids"] = ids
        happy_days(f, c, r.randint(0, 2), list(range(30)), kinds=["buy"])
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        happy_days(f, c, r.randint(4, 6), list(range(16)))
        t = f.at(r.randint(17, 28), 9, 20)
        c.info["sarcasm_event_id"] = f.add(
            c, t, "social", "mention", fmt(r.choice(W.SARCASM[c.lang]))
        )
        c.info["trouble_starts_at"] = iso(t)
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm late-summer weekend with night owls",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, r.randint(1, 3), [0, 1, 2], 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.at(r.randint(0, 2), 8, 17)
        happy(f, c, t, r.choice(["buy", "view"]))
        t2 = t + timedelta(minutes=r.randint(20, 30))
        q, a = r.choice(W.MILD[c.lang])
        if r.random() < 0.5:
            e = f.add(c, t2, "chat", "chat", q)
            f.add(c, t2 + timedelta(minutes=r.randint(1, 5)), "chat", "chat", a, out=True)
        else:
            e = f.add(c, t2, "web", "ticket", q, attrs={"page": "/help/contact"})
            f.add(
                c,
                t2 + timedelta(minutes=r.randint(15, 60)),
                "email",
                "message",
                W.ACK_FORM[c.lang],
                subject="Cinerva",
                out=True,
            )
        c.info.update({"grumble_event_id": e, "trouble_starts_at": iso(t2)})
    for night in range(1, 4):
        b1 = f.start + timedelta(days=night, minutes=r.randint(40, 65))
        starts = [
            b1,
            b1 + timedelta(minutes=r.randint(28, 33)),
            b1 + timedelta(minutes=r.randint(55, 65)),
        ]
        for bi, bs in enumerate(starts, 1):
            for _ in range(4):
                c = f.person("night_owl", f"night {night}, burst {bi}")
                e = night_act(f, c, bs + timedelta(minutes=r.randint(0, 9)))
                c.info.update({"burst_at": iso(bs), "night_event_id": e})
                if r.random() < 0.5:
                    happy(
                        f,
                        c,
                        f.at(r.randint(0, 2), 9, 17.5),
                        r.choice(["praise", "buy", "view", "review"]),
                    )
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers who write in two languages",
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
        ("pt", "it"),
        ("de", "es"),
    ]
    why = [
        "grew up in the other country",
        "partner's language at home",
        "works across the border",
        "studied abroad",
        "parents' language",
        "answers in whatever the app shows",
    ]
    pair_mkt = {"pt": "PT", "de": "DE", "en": "IE", "fr": "LU", "it": "CH", "es": "ES"}

    def bperson(persona: str, habit: str, pair: tuple[str, str], **kw: Any) -> Cust:
        m = r.choice([pair_mkt[pair[0]], pair_mkt[pair[1]]])
        if pair == ("de", "fr") or pair == ("fr", "de"):
            m = r.choice(["CH", "LU", "BE"])
        c = f.person(persona, habit, lang=pair[0], market=m, **kw)
        c.info.update({"languages": list(pair), "job_second_language": r.choice(why)})
        return c

    for i in range(12):
        pair = pairs[i % len(pairs)]
        c = bperson("happy", "alternates languages", pair)
        happy_days(f, c, r.randint(5, 8), list(range(14)), langs=list(pair))
    counts = [2, 2, 3, 3, 4]
    for i in range(5):
        pair = pairs[(i + 3) % len(pairs)]
        c = bperson(
            "repeat_contact", "repeats", pair, expected=("repeat_contact",), tolerated=REPEAT_TOL
        )
        happy_days(f, c, r.randint(1, 3), [0, 1], langs=list(pair))
        repeat_run(
            f,
            c,
            f.at(r.randint(2, 5), 8, 19),
            r.choice(["web", "email", "chat"]),
            counts[i],
            list(pair),
            counts[i] >= 3,
        )
    for i in range(5):
        pair = pairs[(i + 7) % len(pairs)]
        c = bperson(
            "slow_churner", "slides", pair, expected=("sentiment_drop",), tolerated=SLIDE_TOL
        )
        happy_days(f, c, 5, list(range(6)), kinds=["praise"], langs=list(pair))
        happy_days(
            f, c, r.randint(1, 3), list(range(6)), kinds=["buy", "chat", "view"], langs=list(pair)
        )
        slide(f, c, r.randint(7, 8), r.randint(3, 5), list(pair))
    for j, (ch, pair) in enumerate(
        [("email_long", ("pt", "de")), ("email", ("de", "pt")), ("chat", ("fr", "pt"))]
    ):
        c = bperson("happy_one_bad_day", "one bad day", pair, tolerated=("silence",))
        bd = r.randint(4, 9)
        ts = f.at(bd, 9, 19)
        channel = "email" if ch == "email_long" else ch
        problem = r.choice(W.PROBLEMS)
        e = complaint(f, c, ts, problem, channel, pair[1], long_mail=ch == "email_long")
        ref = case_ref(f)
        acknowledge(f, c, ts, channel, pair[1], ref)
        c.info.update(
            {
                "problem": problem,
                "bad_day_at": iso(ts),
                "bad_day_event_id": e,
                "bad_day_language": pair[1],
                "booking": ref,
                "long_email": ch == "email_long",
                "channel": channel,
                "trouble_starts_at": iso(ts),
            }
        )
        if channel == "email":
            f.add(
                c,
                awake(ts + timedelta(hours=r.uniform(1, 4)), r),
                "email",
                "message",
                W.GOOD_NEWS[pair[1]].format(first=c.first, ref=ref),
                subject=W.RE_SUBJECT[pair[1]] + ref,
                out=True,
            )
            c.info["agent_fixed"] = True
        if j == 1:
            t2 = awake(ts + timedelta(hours=r.uniform(18, 24)), r)
            c.info.update(
                {
                    "apologised": True,
                    "apology_at": iso(t2),
                    "apology_event_id": f.add(c, t2, "chat", "chat", r.choice(W.APOLOGY[pair[1]])),
                }
            )
        happy_days(
            f,
            c,
            r.randint(2, 4),
            [d for d in range(14) if d <= bd - 2 or d >= bd + 3],
            langs=list(pair),
        )
    for i in range(2):
        pair = pairs[(i + 1) % len(pairs)]
        c = bperson("resolved_between_contacts", "fixed", pair, tolerated=("silence",))
        happy_days(f, c, r.randint(1, 3), [0, 1, 2], langs=list(pair))
        case = fixed_case(
            f, c, f.at(r.randint(3, 8), 9, 18), r.choice(W.PROBLEMS), "web", pair[0], pair[1]
        )
        c.info.update(
            {
                "problems": [case],
                "booking": case["booking"],
                "confirm_language": pair[1],
                "trouble_starts_at": case["raised_at"],
            }
        )
    return f


B2B_ACCOUNTS = [
    # (kind, market, lang, site, contacts, problem, complainers)
    ("at_risk", "PT", "pt", "restaurant", 5, "service_blocked", 3),
    ("at_risk", "PT", "pt", "school", 4, "invoice", 3),
    ("at_risk", "DE", "de", "care home", 4, "portal", 3),
    ("at_risk", "DE", "de", "bakery", 6, "overbilled", 4),
    ("at_risk", "AT", "de", "hotel", 5, "invoice", 4),
    ("one_unhappy", "PT", "pt", "municipality", 3, "portal", 1),
    ("one_unhappy", "DE", "de", "pizzeria", 3, "overbilled", 1),
    ("one_unhappy", "FR", "fr", "hotel", 3, "service_blocked", 1),
    ("one_unhappy", "UK", "en", "pub", 3, "invoice", 1),
    ("mild", "PT", "pt", "hotel", 4, None, 0),
    ("mild", "CH", "de", "school", 4, None, 0),
    ("mild", "IT", "it", "pizzeria", 3, None, 0),
    ("happy", "DE", "de", "university", 4, None, 0),
    ("happy", "ES", "es", "restaurant", 4, None, 0),
    ("happy", "IE", "en", "bakery", 4, None, 0),
]
COMPANY = {
    "restaurant": "Tasca",
    "school": "Escola",
    "care home": "Seniorenheim",
    "bakery": "Bäckerei",
    "hotel": "Hotel",
    "municipality": "Junta",
    "pizzeria": "Pizzeria",
    "pub": "The",
    "university": "Hochschule",
}
TITLES = [
    "facilities manager",
    "head chef",
    "office manager",
    "operations lead",
    "bursar",
    "accounts payable",
    "site manager",
]


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, datetime(2026, 10, 12, tzinfo=UTC), 14, "Cinerva Pro accounts")
    r = f.rng
    complaint_tol = (
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    )
    for kind, market, lang, site, n, problem, ncomp in B2B_ACCOUNTS:
        acc = f"CVP-{market}-{r.randint(1000, 9999)}"
        while not uniq("acc:" + acc):
            acc = f"CVP-{market}-{r.randint(1000, 9999)}"
        cname = f"{COMPANY[site]} {r.choice(LAST[lang])}"
        domain = ascii_fold(cname).lower().replace(" ", "-") + ".example"
        firsts = r.sample(FIRST[lang], n)
        contacts: list[Cust] = []
        for k in range(n):
            exp: tuple[str, ...]
            tol: tuple[str, ...]
            if kind == "at_risk" and k < ncomp:
                persona, habit, exp, tol = (
                    "b2b_unhappy",
                    "complainer",
                    ("repeat_contact",) if k == ncomp - 1 else ("detractor",),
                    complaint_tol,
                )
            elif kind == "one_unhappy" and k == 0:
                persona, habit, exp, tol = (
                    "b2b_one_unhappy",
                    "complainer",
                    ("detractor",),
                    ("sentiment_drop", "high_value_at_risk", "silence"),
                )
            elif kind == "mild" and k < 2:
                persona, habit, exp, tol = "b2b_mild", "suggests", (), ("silence",)
            else:
                persona, habit, exp, tol = "b2b_happy", "contact", (), ()
            c = f.person(
                persona,
                habit,
                lang=lang,
                market=market,
                expected=exp,
                tolerated=tol,
                account=acc,
                domain=domain,
                first=firsts[k],
            )
            title = r.choice(TITLES)
            c.info.update({"company": cname, "role": habit, "job_title": title, "job": title})
            contacts.append(c)
        for c in contacts:
            if c.habit == "contact":
                for d in sorted(
                    r.sample(
                        [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5],
                        r.randint(3, 6),
                    )
                ):
                    t = f.at(d, 8, 16.5)
                    act = r.choice(["chat", "buy", "view", "praise", "survey"])
                    if act == "chat":
                        q, a = r.choice(B.B2B_CHAT_Q[lang])
                        f.add(c, t, "chat", "chat", q)
                        t2 = t + timedelta(minutes=r.randint(1, 6))
                        f.add(c, t2, "chat", "chat", a, out=True)
                        if r.random() < 0.6:
                            f.add(
                                c,
                                t2 + timedelta(minutes=r.randint(1, 3)),
                                "chat",
                                "chat",
                                r.choice(B.B2B_THANKS[lang]),
                            )
                    elif act in ("buy", "view"):
                        f.add(c, t, "web", "page_view", attrs={"page": r.choice(B.B2B_PAGES)})
                        if act == "buy":
                            prod, eur = r.choice(B.B2B_PRODUCTS)
                            val, cur = money(c, eur)
                            f.add(
                                c,
                                t + timedelta(minutes=r.randint(2, 12)),
                                "web",
                                "purchase",
                                attrs={
                                    "page": "/pro/portal/visits",
                                    "product": prod,
                                    "order_value": val,
                                    "currency": cur,
                                },
                            )
                    elif act == "praise":
                        f.add(c, t, "community", "post", r.choice(B.B2B_PRAISE[lang]))
                    else:
                        which = r.choice(["nps", "csat", "ces"])
                        score = {
                            "nps": r.randint(9, 10),
                            "csat": r.randint(4, 5),
                            "ces": r.randint(6, 7),
                        }[which]
                        f.add(
                            c,
                            t,
                            "survey",
                            "survey_response",
                            None,
                            scores={which: score},
                            attrs={"survey": which},
                        )
            else:
                for _ in range(r.randint(0, 2)):
                    t = f.at(r.randint(0, 1), 8, 16.5)
                    if r.random() < 0.5:
                        q, a = r.choice(B.B2B_CHAT_Q[lang])
                        f.add(c, t, "chat", "chat", q)
                        f.add(
                            c, t + timedelta(minutes=r.randint(1, 6)), "chat", "chat", a, out=True
                        )
                    else:
                        f.add(c, t, "web", "page_view", attrs={"page": r.choice(B.B2B_PAGES)})
        unhappy: list[str] = []
        trouble = None
        if kind == "at_risk" and problem:
            ref = case_ref(f)
            comps = contacts[:ncomp]
            t = f.start + timedelta(days=2, hours=8, minutes=r.randint(0, 180))
            trouble = iso(t)
            first_t = t
            for k, c in enumerate(comps):
                if k > 0:
                    t = office(t + timedelta(hours=r.uniform(8, 28)), r)
                text = B.B2B_COMPLAINT[lang][problem]
                if k > 0:
                    wd = (
                        W.WEEKDAY[lang][first_t.weekday()]
                        if first_t.date() != t.date()
                        else {
                            "pt": "hoje de manhã",
                            "de": "heute Morgen",
                            "en": "this morning",
                            "fr": "ce matin",
                            "it": "stamattina",
                            "es": "esta mañana",
                        }[lang]
                    )
                    text = (
                        B.B2B_LATER[lang].format(first_name=comps[0].first, wd=wd, ref=ref) + text
                    )
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=(W.RE_SUBJECT[lang] + ref)
                    if k
                    else W.COMPLAINT_SUBJECT[lang] + B.B2B_SUBJECT[lang][problem],
                )
                ids = [e]
                if k == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(20, 90)),
                        "email",
                        "message",
                        B.B2B_ACK[lang].format(ref=ref),
                        subject=W.RE_SUBJECT[lang] + ref,
                        out=True,
                    )
                if k < ncomp - 1:
                    nps = r.randint(1, 5)
                    c.info.update(
                        {
                            "nps_given": True,
                            "nps": nps,
                            "survey_event_id": f.add(
                                c,
                                t + timedelta(hours=r.uniform(1, 3)),
                                "survey",
                                "survey_response",
                                None,
                                scores={"nps": nps},
                                attrs={"survey": "nps"},
                            ),
                        }
                    )
                else:
                    t2 = office(t + timedelta(hours=r.uniform(18, 40)), r)
                    comp = r.choice(W.COMPETITORS)
                    if kind == "at_risk" and problem == "invoice" and market == "AT":
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                B.B2B_LAST_EMAIL[lang].format(ref=ref, c=comp),
                                subject=W.RE_SUBJECT[lang] + ref,
                            )
                        )
                        c.info["competitor"] = comp
                    else:
                        ids.append(
                            f.add(c, t2, "phone", "call", B.B2B_LAST_CALL[lang].format(ref=ref))
                        )
                c.info.update(
                    {
                        "problem": problem,
                        "booking": ref,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t),
                    }
                )
                unhappy.append(c.key)
        elif kind == "one_unhappy" and problem:
            c = contacts[0]
            ref = case_ref(f)
            t = office(f.at(r.randint(3, 7), 8, 16), r)
            e = f.add(
                c,
                t,
                "email",
                "message",
                B.B2B_COMPLAINT[lang][problem],
                subject=W.COMPLAINT_SUBJECT[lang] + B.B2B_SUBJECT[lang][problem],
            )
            f.add(
                c,
                t + timedelta(minutes=r.randint(20, 90)),
                "email",
                "message",
                B.B2B_ACK[lang].format(ref=ref),
                subject=W.RE_SUBJECT[lang] + ref,
                out=True,
            )
            nps = r.randint(1, 5)
            c.info.update(
                {
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": [e],
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(hours=r.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    ),
                }
            )
            unhappy.append(c.key)
        elif kind == "mild":
            for k in range(2):
                c = contacts[k]
                t = office(f.at(r.randint(2, 11), 8, 16), r)
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    B.B2B_MILD[lang][k % len(B.B2B_MILD[lang])],
                    attrs={"page": "/pro/portal/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(30, 120)),
                    "email",
                    "message",
                    B.B2B_MILD_ACK[lang],
                    subject="Cinerva Pro",
                    out=True,
                )
                c.info.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
        at_risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": cname,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if at_risk else None,
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
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and one planted incident",
    )
    r = f.rng
    spike_start = datetime(2026, 11, 14, 9, 20, tzinfo=UTC)
    langs = ["pt"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    offsets = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    regular = set(r.sample(range(20), 12))
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        c = f.person(
            "spike_reporter",
            "regular" if i in regular else "new",
            lang=langs[i],
            tolerated=("silence",),
        )
        if i in regular:
            happy_days(f, c, r.randint(1, 3), [2, 3, 4], 8, 17.5)
        t = spike_start + timedelta(minutes=offsets[i])
        text = fmt(r.choice(W.SPIKE_REPORT[c.lang]), code=W.SPIKE_CODE)
        ch = chans[i]
        if ch == "chat":
            e = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[c.lang],
                out=True,
            )
        elif ch == "email":
            e = f.add(
                c,
                t,
                "email",
                "message",
                text,
                subject={
                    "pt": "Erro na app",
                    "de": "Fehler in der App",
                    "en": "App error",
                    "fr": "Erreur app",
                    "it": "Errore app",
                    "es": "Error en la app",
                }[c.lang]
                + " "
                + W.SPIKE_CODE,
            )
        elif ch == "web":
            e = f.add(c, t, "web", "ticket", text, attrs={"page": "/app/book"})
        else:
            e = f.add(c, t, ch, "post" if ch == "community" else "mention", text)
        c.info.update(
            {
                "in_spike": True,
                "regular": i in regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        reporters.append((c, t, ch, e))
    early = [
        k for k, (_, t, _, _) in enumerate(reporters) if t <= spike_start + timedelta(minutes=25)
    ]
    rep = r.sample(early, 6)
    rep_ch = ["email", "email", "chat", "chat", "community", "community"]
    repeat_ids = []
    for j, k in enumerate(rep):
        c, t, ch, _ = reporters[k]
        ch2 = rep_ch[j] if rep_ch[j] != ch else ("web" if ch != "web" else "email")
        t2 = t + timedelta(minutes=r.randint(15, 50))
        text = r.choice(W.SPIKE_REPEAT[c.lang]).format(code=W.SPIKE_CODE)
        if ch2 == "email":
            e2 = f.add(c, t2, "email", "message", text, subject="Re: " + W.SPIKE_CODE)
        elif ch2 == "chat":
            e2 = f.add(c, t2, "chat", "chat", text)
            f.add(
                c,
                t2 + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[c.lang],
                out=True,
            )
        elif ch2 == "web":
            e2 = f.add(c, t2, "web", "ticket", text, attrs={"page": "/app/book"})
        else:
            e2 = f.add(c, t2, "community", "post", text)
        c.persona = "spike_repeater"
        c.expected = {"repeat_contact"}
        c.tolerated = {"silence", "sentiment_drop"}
        c.info["repeat_event_id"] = e2
        repeat_ids.append(e2)
    for k in r.sample([k for k in range(20) if k not in rep], 6):
        c = reporters[k][0]
        local = "10:40" if c.market in ("PT", "UK", "IE") else "11:40"
        credit = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "10 €")
        f.add(
            c,
            datetime(2026, 11, 14, 11, 8, tzinfo=UTC) + timedelta(minutes=r.randint(0, 9)),
            "email",
            "message",
            W.SPIKE_FIXED[c.lang].format(first=c.first, t=local, amt=credit),
            subject="Cinerva",
            out=True,
        )
        c.info["agent_fixed"] = True
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            happy(f, c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 19))
    for lg in ("pt", "de"):
        c = f.person("grumbles_once", "grumbles once", lang=lg, tolerated=("silence",))
        q, a = W.SPIKE_DAY_GRUMBLE[lg]
        t = f.at(0, 9, 17)
        e = f.add(c, t, "chat", "chat", q)
        f.add(c, t + timedelta(minutes=r.randint(1, 5)), "chat", "chat", a, out=True)
        c.info.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for lg, hh, mm in (("pt", 9, 40), ("de", 16, 5)):
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=("silence",))
        q, a = W.LONE_Q[lg]
        t = datetime(2026, 11, 13, hh, mm, tzinfo=UTC)
        e = f.add(c, t, "chat", "chat", q)
        f.add(c, t + timedelta(minutes=r.randint(2, 6)), "chat", "chat", a, out=True)
        c.info.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    f.spike = {
        "topic": f"chimney-sweep app reads every flue as an industrial stack (heights ten times over): no sweep can be quoted or booked, error {W.SPIKE_CODE}",
        "about": "Saturday-morning booking incident in the household app, reported in six languages on five channels",
        "channel": None,
        "start": iso(reporters[0][1]),
        "end": iso(max(t for _, t, _, _ in reporters)),
        "customers": 20,
        "customer_keys": [c.key for c, _, _, _ in reporters],
        "event_ids": [e for _, _, _, e in reporters],
        "repeat_event_ids": repeat_ids,
    }
    return f


PLANTED = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}


def ident(c: Cust, channel: str, full: bool, rr: random.Random) -> dict[str, str | None]:
    if full:
        return {
            "customer_id": c.cid,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
    d: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if channel == "phone":
        cc = PHONE[c.market][0]
        d["phone"] = cc + " " + c.phone[len(cc) :] if rr.random() < 0.5 else c.phone
    elif channel in ("social", "community"):
        if c.handle:
            d["handle"] = c.handle if rr.random() >= 0.2 else c.handle.lstrip("@")
        else:
            d["email"] = c.email
    elif channel == "email":
        d["email"] = c.email.upper() if rr.random() < 1 / 12 else c.email
    else:
        d["customer_id"] = c.cid
    return d


def finish(f: Fam) -> None:
    rows = sorted(f.rows, key=lambda x: (x.ts, x.eid))
    seen: set[str] = set()
    lines = []
    for row in rows:
        full = row.out or (row.cust.key not in seen)
        if not row.out:
            seen.add(row.cust.key)
        row.d["customer"] = ident(row.cust, row.channel, full, f.rr)
        if row.d["text"] is None:
            del row.d["text"]
        if row.d["subject"] is None:
            del row.d["subject"]
        lines.append(json.dumps(row.d, ensure_ascii=False))
    for c in f.custs:
        if c.key not in seen:
            raise SystemExit(f"{f.name}: {c.key} has no inbound touchpoint")
        if c.expected & c.tolerated:
            raise SystemExit(f"{f.name}: {c.key} expects and tolerates {c.expected & c.tolerated}")
    for row in rows:
        if row.ts.year != 2026 or row.ts < f.start or row.ts >= datetime(2026, 11, 25, tzinfo=UTC):
            raise SystemExit(f"{f.name}: {row.eid} out of range")
    got: dict[str, int] = {}
    for c in f.custs:
        for rule in c.expected:
            got[rule] = got.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            got[rule] = got.get(rule, 0) + 1
    if f.spike:
        got["topic_spike"] = 1
    if got != PLANTED[f.name]:
        raise SystemExit(f"{f.name}: expected counts {got} differ from planted {PLANTED[f.name]}")
    end = max(f.start + timedelta(days=f.days), rows[-1].ts + timedelta(hours=1))
    customers = {}
    for c in f.custs:
        customers[c.key] = {
            "identifiers": {
                "customer_id": c.cid,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            },
            "expected_rules": sorted(c.expected),
            "tolerated_rules": sorted(c.tolerated),
            "persona": c.persona,
            "habit": c.habit,
            "language": c.lang,
            "country": c.market,
            "segment": "b2b" if c.account else "consumer",
            "name": f"{c.first} {c.last}",
        } | c.info
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": BUSINESS,
            "days": f.days,
            "seed": SEED,
            "written": WRITTEN,
            "expected": PLANTED[f.name],
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": customers,
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(
        f"{f.name}: {len(f.custs)} customers, {len(rows)} touchpoints, {sum(1 for x in rows if x.out)} agents' replies"
    )


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
    for build in FAMILIES:
        finish(build())


if __name__ == "__main__":
    main()
