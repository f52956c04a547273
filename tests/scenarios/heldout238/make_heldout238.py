"""Build heldout238 (Cargolino, cargo-bike subscriptions): every <family>.jsonl and truth.

Standard library only, fixed seed, one random.Random per family. Run from anywhere.
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

from wording import COMPETITORS, PRODUCTS, W  # noqa: E402

SEED = 20260238
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
TOL_CANCEL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
MARKETS = {
    "en": ["UK", "IE"],
    "pt": ["PT", "BR"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT"],
    "it": ["IT"],
    "es": ["ES"],
}
PHONE = {
    "UK": "+44 7",
    "IE": "+353 8",
    "PT": "+351 9",
    "BR": "+55 11 9",
    "FR": "+33 6",
    "BE": "+32 4",
    "DE": "+49 15",
    "AT": "+43 66",
    "IT": "+39 3",
    "ES": "+34 6",
}
FIRST = [
    "ana",
    "rui",
    "joana",
    "tiago",
    "emma",
    "liam",
    "olivia",
    "noah",
    "claire",
    "hugo",
    "lena",
    "jonas",
    "giulia",
    "marco",
    "lucia",
    "pablo",
    "ines",
    "diogo",
    "sofia",
    "harry",
    "chloe",
    "felix",
    "anna",
    "luca",
    "marta",
    "beatriz",
    "jack",
    "grace",
]
LAST = [
    "silva",
    "costa",
    "ferreira",
    "smith",
    "walsh",
    "jones",
    "martin",
    "dubois",
    "weber",
    "huber",
    "rossi",
    "bianchi",
    "garcia",
    "lopez",
    "santos",
    "pereira",
    "murphy",
    "taylor",
    "moreau",
    "keller",
]
SRC = {
    "email": "cargolino-mail",
    "phone": "cargolino-voice",
    "social": "cargolino-social",
    "community": "cargolino-forum",
    "chat": "cargolino-chat",
    "web": "cargolino-web",
    "survey": "cargolino-survey",
}


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    channel: str
    kind: str
    cust: Cust
    text: str | None
    direction: str = "inbound"
    subject: str | None = None
    scores: dict[str, int] = field(default_factory=dict)
    attrs: dict[str, str] = field(default_factory=dict)
    eid: str = ""


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.cases = 0

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> Cust:
        r = self.rng
        i = len(self.custs)
        key = f"CG{self.code}{1000 + i * 7 + r.randrange(7)}"
        fn, ln = r.choice(FIRST), r.choice(LAST)
        mk = market or r.choice(MARKETS[lang])
        dom = (
            f"{account.lower()}.example"
            if account
            else r.choice(["mail.example", "post.example", "correio.example"])
        )
        email = f"{fn}.{ln}{i}{self.code.lower()}@{dom}"
        phone = (
            PHONE[mk]
            + "".join(str(r.randrange(10)) for _ in range(8))
            + f"{self.code_num()}{i:02d}"
        )
        handle = None if account else f"@{fn}_{ln}{i}{self.code.lower()}"
        c = Cust(key, lang, mk, email, phone, handle, account, {})
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": expected or [],
            "tolerated_rules": tolerated or [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{fn.title()} {ln.title()}",
        }
        self.custs.append(c)
        return c

    def code_num(self) -> str:
        return str("HW BD RC SC QH BL BB TS".split().index(self.code) + 1)

    def case(self) -> str:
        self.cases += 1
        return f"CG-{int(self.code_num()) * 100000 + self.cases * 37:06d}"

    def w(self, table: str, lang: str, **kw: str) -> str:
        text = self.rng.choice(W[table][lang])
        for k, v in kw.items():
            text = text.replace("{" + k + "}", v)
        return text

    def add(
        self, t: datetime, c: Cust, channel: str, kind: str, text: str | None, **kw: Any
    ) -> Row:
        row = Row(t, channel, kind, c, text, **kw)
        self.rows.append(row)
        return row

    def reply(
        self, t: datetime, c: Cust, channel: str, text: str, subject: str | None = None
    ) -> Row:
        kind = "chat" if channel == "chat" else "message"
        return self.add(
            t,
            c,
            channel,
            kind,
            text,
            direction="outbound",
            subject=subject,
            attrs={"agent": self.rng.choice(["Marta", "Sam", "Joao", "Ines"])},
        )

    def day(self, d: int, h0: float = 8.0, h1: float = 20.0) -> datetime:
        return self.start + timedelta(days=d, hours=h0 + self.rng.random() * (h1 - h0))

    def happy_act(self, c: Cust, t: datetime) -> None:
        r, lang = self.rng, c.lang
        k = r.randrange(6)
        if k == 0:
            self.add(
                t,
                c,
                "social",
                "post",
                "@Cargolino " + self.w("praise", lang)
                if r.random() < 0.5
                else self.w("praise", lang).replace("Cargolino", "@Cargolino", 1)
                if "Cargolino" in self.w("praise", lang)
                else "@Cargolino " + self.w("praise", lang),
            )
        elif k == 1:
            self.add(t, c, "community", "post", self.w("praise", lang))
        elif k == 2:
            self.add(t, c, "chat", "chat", self.w("question", lang))
            self.reply(t + timedelta(minutes=r.randint(1, 6)), c, "chat", self.w("answer", lang))
            if r.random() < 0.7:
                self.add(
                    t + timedelta(minutes=r.randint(8, 12)),
                    c,
                    "chat",
                    "chat",
                    self.w("thanks", lang),
                )
        elif k == 3:
            self.add(t, c, "web", "page_view", None, attrs={"page": "/bikes"})
            p = r.choice(PRODUCTS)
            self.add(
                t + timedelta(minutes=r.randint(3, 15)),
                c,
                "web",
                "purchase",
                None,
                attrs={
                    "page": "/checkout",
                    "product": p,
                    "order_value": f"{r.randint(29, 149)}.00",
                    "currency": "GBP" if c.market == "UK" else "EUR",
                },
            )
        elif k == 4:
            self.add(
                t,
                c,
                "web",
                "review",
                self.w("review", lang),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.add(t, c, "community", "post", self.w("gripe_praise", lang))

    def survey(
        self,
        t: datetime,
        c: Cust,
        nps: int | None = None,
        csat: int | None = None,
        ces: int | None = None,
        word: str | None = None,
    ) -> Row:
        sc = {k: v for k, v in (("nps", nps), ("csat", csat), ("ces", ces)) if v is not None}
        return self.add(
            t,
            c,
            "survey",
            "survey_response",
            word or None,
            scores=sc,
            attrs={"survey": next(iter(sc))},
        )

    def happy(self, c: Cust, days: list[int]) -> None:
        for d in days:
            self.happy_act(c, self.day(d))

    def complaint(
        self,
        t: datetime,
        c: Cust,
        channel: str,
        text: str,
        case: str | None,
        subject: str | None = None,
    ) -> Row:
        kind = {
            "email": "message",
            "chat": "chat",
            "web": "ticket",
            "phone": "call",
            "social": "mention",
            "community": "post",
        }[channel]
        if channel == "social":
            text = "@Cargolino " + text
        row = self.add(
            t,
            c,
            channel,
            kind,
            text,
            subject=subject,
            attrs={"page": "/help"} if channel == "web" else {},
        )
        return row


def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def roughen(f: Fam, row: Row) -> None:
    if row.direction != "inbound" or not row.text or row.channel in ("phone", "survey"):
        return
    r = f.rough
    text = row.text
    if r.random() < 1 / 7:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) > 4]
        if idx:
            i = r.choice(idx)
            w = words[i]
            j = r.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    if r.random() < 0.1:
        text = strip_accents(text)
    if r.random() < 1 / 8 and text[:1].isupper() and not text[:2].isupper():
        text = text[0].lower() + text[1:]
    row.text = text


def ids_for(row: Row, first: bool) -> dict[str, str | None]:
    c = row.cust
    full: dict[str, str | None] = {
        "customer_id": c.key,
        "email": c.email,
        "phone": c.phone,
        "handle": c.handle,
        "account_id": c.account,
    }
    if first or row.direction == "outbound":
        return full
    out: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if row.channel == "phone":
        out["phone"] = c.phone
    elif row.channel in ("social", "community"):
        if c.handle:
            out["handle"] = c.handle
        else:
            out["email"] = c.email
    elif row.channel == "email":
        out["email"] = c.email
    else:
        out["customer_id"] = c.key
    return out


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def write(f: Fam) -> None:
    f.rows.sort(key=lambda r: (r.t, r.direction))
    for n, row in enumerate(f.rows):
        row.eid = f"h238-{f.code.lower()}-{n:05d}"
    seen: set[str] = set()
    lines = []
    for row in f.rows:
        first = row.direction == "inbound" and row.cust.key not in seen
        if row.direction == "inbound":
            seen.add(row.cust.key)
        roughen(f, row)
        attrs = {"market": row.cust.market} | row.attrs
        if row.cust.account:
            attrs["segment"] = "b2b"
        rec = {
            "event_id": row.eid,
            "occurred_at": iso(row.t),
            "channel": row.channel,
            "kind": row.kind,
            "direction": row.direction,
            "customer": ids_for(row, first),
            "text": row.text,
            "subject": row.subject,
            "scores": {
                "nps": row.scores.get("nps"),
                "csat": row.scores.get("csat"),
                "ces": row.scores.get("ces"),
            },
            "source": SRC[row.channel],
            "attributes": attrs,
        }
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    for c in f.custs:
        for k, v in list(c.truth.items()):
            if isinstance(v, Row):
                c.truth[k] = v.eid
            elif isinstance(v, list) and v and isinstance(v[0], Row):
                c.truth[k] = [x.eid for x in v]
            elif isinstance(v, datetime):
                c.truth[k] = iso(v)
            elif k == "problems":
                c.truth[k] = [flat(x) for x in v]
        assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
    for key in ("event_ids", "repeat_event_ids"):
        if key in f.spike:
            f.spike[key] = [x.eid for x in f.spike[key]]
    expected: dict[str, int] = {}
    for c in f.custs:
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    end = max(f.start + timedelta(days=f.days), f.rows[-1].t + timedelta(hours=1))
    assert end < datetime(2026, 11, 15, tzinfo=UTC)
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Cargolino, cargo-bike subscriptions",
            "days": f.days,
            "seed": SEED,
            "written": "2026-12-07",
            "expected": expected,
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in f.custs},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def pick_lang(r: random.Random) -> str:
    return r.choices(["en", "pt", "fr", "de", "it", "es"], weights=[30, 30, 10, 10, 10, 10])[0]


def dt(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, dt(2026, 3, 16), 10, "happy customers only")
    r = f.rng
    for _ in range(16):
        c = f.person(pick_lang(r), "happy", "day writer")
        f.happy(c, r.sample(range(10), r.randint(5, 7)))
    for _ in range(5):
        c = f.person(pick_lang(r), "happy", "night writer")
        for d in r.sample(range(9), r.randint(2, 3)):
            t = f.start + timedelta(
                days=d, hours=22, minutes=r.randint(12, 59) + r.randint(0, 5) * 60
            )
            if r.random() < 0.5:
                f.add(t, c, "community", "post", f.w("night_post", c.lang))
            else:
                f.add(t, c, "chat", "chat", f.w("night_q", c.lang))
                f.reply(t + timedelta(minutes=r.randint(2, 6)), c, "chat", f.w("night_a", c.lang))
                f.add(
                    t + timedelta(minutes=r.randint(8, 12)),
                    c,
                    "chat",
                    "chat",
                    f.w("thanks", c.lang),
                )
        f.happy(c, r.sample(range(10), 2))
    for _ in range(5):
        c = f.person(pick_lang(r), "happy", "answers surveys")
        for d in r.sample(range(10), r.randint(3, 5)):
            f.survey(f.day(d), c, nps=r.choice([9, 10]), word=f.w("survey_word", c.lang))
    return f


PROBLEMS = ["no_show", "double_charge", "flat_battery", "refund", "wrong_price", "cancel_fee"]
SUBJ = {
    "en": "Complaint",
    "pt": "Reclamacao",
    "fr": "Réclamation",
    "de": "Beschwerde",
    "it": "Reclamo",
    "es": "Reclamación",
}
RE = {
    "en": "Re: Your case",
    "pt": "RE: Processo",
    "fr": "RE : Dossier",
    "de": "AW: Vorgang",
    "it": "R: Pratica",
    "es": "RE: Incidencia",
}


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, dt(2026, 4, 13), 12, "happy customers with one angry day")
    r = f.rng
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    det = set(r.sample([i for i, ch in enumerate(chans) if ch != "social"], 6))
    rest = [i for i, ch in enumerate(chans) if ch != "social" and i not in det]
    low_csat = set(r.sample(rest, 5))
    good = set(r.sample([i for i, ch in enumerate(chans) if ch != "social"], 12))
    for i, ch in enumerate(chans):
        lang = r.choice(["en", "pt"]) if ch == "long" else pick_lang(r)
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = f.person(lang, persona, "one bad day", ["detractor"] if i in det else [], ["silence"])
        bd = 2 + i % 8
        f.happy(c, [d for d in r.sample(range(12), 8) if d < bd - 1 or d > bd + 2][:3])
        p = i % 6
        t = f.day(bd, 8, 18)
        channel = "email" if ch == "long" else ch
        text = (
            f.w("long_email", lang)
            if ch == "long"
            else f.w("call", lang)
            if ch == "phone"
            else f.w("complaint", lang).split("\n")[0]
        )
        if ch not in ("long", "phone"):
            text = W["complaint"][lang][p]
        row = f.complaint(
            t,
            c,
            channel,
            text,
            None,
            subject=f"{SUBJ[lang]}: {PROBLEMS[p]}" if channel == "email" else None,
        )
        c.truth.update(
            problem=PROBLEMS[p],
            bad_day_at=t,
            bad_day_event_id=row,
            long_email=ch == "long",
            channel=channel,
            booking=None,
        )
        if ch != "social":
            cs = f.case()
            c.truth["booking"] = cs
            if ch == "chat":
                f.reply(t + timedelta(minutes=3), c, "chat", f.w("case_opened", lang, case=cs))
            else:
                f.reply(
                    t + timedelta(minutes=r.randint(10, 40)),
                    c,
                    "email",
                    f.w("case_opened", lang, case=cs),
                    subject=f"{RE[lang]} {cs}",
                )
            if i in det:
                nps = r.randint(1, 5)
                c.truth.update(
                    nps_given=True,
                    nps=nps,
                    survey_event_id=f.survey(
                        t + timedelta(minutes=r.randint(100, 140)), c, nps=nps
                    ),
                )
            elif i in low_csat:
                csat = r.randint(1, 2)
                c.truth.update(
                    csat_given=True,
                    csat=csat,
                    survey_event_id=f.survey(
                        t + timedelta(minutes=r.randint(40, 80)), c, csat=csat
                    ),
                )
            if i in good:
                f.reply(
                    t + timedelta(hours=r.uniform(1, 4)),
                    c,
                    "email",
                    f.w("good_news", lang, case=cs),
                    subject=f"{RE[lang]} {cs}",
                )
                c.truth["agent_fixed"] = True
                if len([x for x in f.custs if x.truth.get("apologised")]) < 5:
                    ta = t + timedelta(hours=r.uniform(16, 24))
                    c.truth.update(
                        apologised=True,
                        apology_at=ta,
                        apology_event_id=f.add(ta, c, "chat", "chat", f.w("apology", lang)),
                    )
        c.truth["trouble_starts_at"] = t
    for _ in range(8):
        c = f.person(pick_lang(r), "happy", "control")
        f.happy(c, r.sample(range(12), r.randint(4, 7)))
    return f


def repeat_run(f: Fam, c: Cust, first_day: int, times: int, lead: bool, langs: list[str]) -> None:
    r = f.rng
    lang = langs[0]
    cs = f.case()
    p = r.randrange(6)
    chans = ["web", "email", "chat", "phone", "social"]
    first_ch = r.choice(["web", "email", "chat"])
    t = f.day(first_day, 8, 19)
    rows = [
        f.complaint(
            t,
            c,
            first_ch,
            W["complaint"][lang][p],
            cs,
            subject=f"{SUBJ[lang]}: {PROBLEMS[p]}" if first_ch == "email" else None,
        )
    ]
    if first_ch == "chat":
        f.reply(t + timedelta(minutes=3), c, "chat", f.w("case_opened", lang, case=cs))
    if lead:
        f.reply(
            t + timedelta(hours=r.uniform(1.5, 2.5)),
            c,
            "email",
            f.w("quality_lead", lang, case=cs),
            subject=f"{RE[lang]} {cs}",
        )
    elif first_ch != "chat":
        f.reply(
            t + timedelta(minutes=r.randint(10, 40)),
            c,
            "email",
            f.w("case_opened", lang, case=cs),
            subject=f"{RE[lang]} {cs}",
        )
    others = [ch for ch in chans if ch != first_ch]
    r.shuffle(others)
    comp = None
    for k in range(1, times):
        t = t + timedelta(hours=r.uniform(4, 40))
        if t.hour >= 22 or t.hour < 7:
            t = t.replace(hour=8, minute=r.randint(0, 59)) + (
                timedelta(days=1) if t.hour >= 22 else timedelta()
            )
        lg = langs[k % len(langs)]
        if k == 2:
            comp = r.choice(COMPETITORS)
            text = f.w("third", lg, case=cs, comp=comp)
        elif k == 3:
            text = f.w("fourth", lg, case=cs)
        else:
            text = f.w("later", lg, case=cs)
        ch = others[k - 1]
        if ch == "phone":
            text = text.lower().replace(".", "").replace(",", "")
        rows.append(
            f.complaint(t, c, ch, text, cs, subject=f"{RE[lg]} {cs}" if ch == "email" else None)
        )
        if ch == "chat":
            f.reply(t + timedelta(minutes=2), c, "chat", f.w("urgent", lg, case=cs))
    c.truth.update(
        problem=PROBLEMS[p],
        booking=cs,
        contacts=times,
        problem_event_ids=rows,
        agent_passed_on=lead,
        competitor=comp,
        trouble_starts_at=rows[0].t,
        channels=[x.channel for x in rows],
    )


def fixed_run(f: Fam, c: Cust, d: int, langs: list[str]) -> dict[str, Any]:
    r = f.rng
    cs = f.case()
    p = r.randrange(6)
    t = f.day(d, 8, 17)
    row = f.complaint(t, c, "web", W["complaint"][langs[0]][p], cs)
    f.reply(
        t + timedelta(minutes=r.randint(10, 40)),
        c,
        "email",
        f.w("case_opened", langs[0], case=cs),
        subject=f"{RE[langs[0]]} {cs}",
    )
    tf = t + timedelta(hours=r.uniform(3, 8))
    f.reply(tf, c, "email", f.w("good_news", langs[-1], case=cs), subject=f"{RE[langs[-1]]} {cs}")
    tc = tf + timedelta(hours=r.uniform(14, 20))
    conf = f.add(tc, c, "chat", "chat", f.w("confirm", langs[-1], case=cs))
    return {
        "problem": PROBLEMS[p],
        "booking": cs,
        "raised_at": t,
        "fixed_at": tf,
        "confirmed_at": tc,
        "problem_event_ids": [row],
        "confirm_event_id": conf,
        "channel": "web",
        "confirm_channel": "chat",
    }


def flat(x: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in x.items():
        out[k] = (
            iso(v)
            if isinstance(v, datetime)
            else v.eid
            if isinstance(v, Row)
            else [y.eid for y in v]
            if isinstance(v, list) and v and isinstance(v[0], Row)
            else v
        )
    return out


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        dt(2026, 5, 25),
        10,
        "repeat contacts, fixed cases, frequent writers",
    )
    r = f.rng
    fixed_later: list[tuple[Cust, list[dict[str, Any]]]] = []
    for i, times in enumerate([2] * 4 + [3] * 4 + [4] * 4):
        c = f.person(pick_lang(r), "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        f.happy(c, [0])
        repeat_run(f, c, 1 + i % 4, times, i % 2 == 0, [c.lang])
    for _ in range(5):
        c = f.person(pick_lang(r), "resolved_between_contacts", "fixed", [], ["silence"])
        f.happy(c, [0])
        fixed_later.append((c, [fixed_run(f, c, r.randint(1, 4), [c.lang])]))
    for _ in range(3):
        c = f.person(pick_lang(r), "different_problems", "two problems", [], ["silence"])
        d = r.randint(1, 3)
        fixed_later.append((c, [fixed_run(f, c, d, [c.lang]), fixed_run(f, c, d + 4, [c.lang])]))
    for c, probs in fixed_later:
        c.truth["problems"] = probs
        c.truth["trouble_starts_at"] = probs[0]["raised_at"]
    for _ in range(7):
        c = f.person(pick_lang(r), "happy", "frequent writer")
        f.happy(c, r.sample(range(10), r.randint(6, 9)))
    return f


def slide(f: Fam, c: Cust, d0: int, langs: list[str], span: int, nps: bool) -> None:
    r = f.rng
    comp = r.choice(COMPETITORS)
    t = f.day(d0, 9, 12)
    rows = []
    for k in range(6):
        lg = langs[k % len(langs)]
        text = W["slide"][lg][k].replace("{comp}", comp)
        ch = r.choice(["social", "community", "web"])
        if ch == "web":
            rows.append(
                f.add(
                    t,
                    c,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            rows.append(f.complaint(t, c, ch, text, None))
        if k == 3 and nps:
            n = r.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=n,
                survey_event_id=f.survey(t + timedelta(hours=r.uniform(2.5, 3.5)), c, nps=n),
            )
        t = t + timedelta(hours=span * 24 / 6 * r.uniform(0.8, 1.1))
        if t.hour >= 21 or t.hour < 8:
            t = t.replace(hour=9) + (timedelta(days=1) if t.hour >= 21 else timedelta())
    c.truth.update(
        slide_event_ids=rows, slide_days=span, competitor=comp, trouble_starts_at=rows[0].t
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners", "SC", 4, dt(2026, 6, 29), 32, "sliders, leavers, steady, grumpy, sarcastic"
    )
    r = f.rng
    for i in range(10):
        nps = i < 5
        c = f.person(
            pick_lang(r),
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if nps else []),
            TOL_SLIDE,
        )
        for d in r.sample(range(11), 5):
            f.add(f.day(d), c, "community", "post", f.w("praise", c.lang))
        f.happy(c, r.sample(range(11), 3))
        slide(f, c, 12 + i % 5, [c.lang], [3, 5, 5, 9, 9][i % 5], nps)
    for _ in range(5):
        c = f.person(pick_lang(r), "slow_churner", "asks to cancel", ["churn_intent"], TOL_CANCEL)
        f.happy(c, r.sample(range(15), 5))
        t = f.day(r.randint(17, 23), 9, 15)
        ask = f.add(t, c, "email", "message", f.w("cancel", c.lang), subject="Cargolino Plus")
        f.reply(t + timedelta(hours=r.uniform(1, 5)), c, "email", f.w("sorry_go", c.lang))
        tc = t + timedelta(hours=r.uniform(20, 30))
        cancel = f.add(
            tc,
            c,
            "web",
            "cancellation",
            None,
            attrs={"page": "/membership/cancel", "product": "Cargolino Plus"},
        )
        c.truth.update(
            churn_intent_event_id=ask,
            cancellation_event_id=cancel,
            churn_at=tc,
            trouble_starts_at=t,
        )
    for _ in range(6):
        c = f.person(pick_lang(r), "happy", "steady")
        f.happy(c, r.sample(range(32), r.randint(6, 10)))
    for _ in range(5):
        c = f.person(pick_lang(r), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = r.randint(0, 4)
        rows = []
        for _k in range(r.randint(5, 7)):
            rows.append(
                f.complaint(
                    f.day(d),
                    c,
                    r.choice(["social", "community", "web"]),
                    f.w("grumble", c.lang),
                    None,
                )
            )
            d += r.randint(1, 3)
        c.truth.update(grumble_event_ids=rows, trouble_starts_at=rows[0].t)
    for _ in range(5):
        c = f.person(pick_lang(r), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        f.happy(c, r.sample(range(16), 4))
        c.truth["sarcasm_event_id"] = f.complaint(
            f.day(r.randint(17, 28)), c, "social", f.w("sarcasm", c.lang), None
        )
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, dt(2026, 8, 21), 3, "calm weekend with night owls")
    r = f.rng
    for _ in range(16):
        c = f.person(pick_lang(r), "happy", "day writer")
        for d in r.sample(range(3), r.randint(1, 3)):
            f.happy_act(c, f.day(d, 7, 17.5))
    for i in range(4):
        c = f.person(pick_lang(r), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.day(r.randint(0, 2), 9, 16)
        f.add(t, c, "web", "page_view", None, attrs={"page": "/stations"})
        t2 = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            row = f.add(t2, c, "chat", "chat", f.w("mild", c.lang))
            f.reply(t2 + timedelta(minutes=3), c, "chat", f.w("mild_a", c.lang))
        else:
            row = f.add(t2, c, "web", "ticket", f.w("mild", c.lang), attrs={"page": "/help"})
            f.reply(t2 + timedelta(minutes=20), c, "email", f.w("mild_a", c.lang))
        c.truth.update(grumble_event_id=row, trouble_starts_at=t2)
    for night in range(3):
        base = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        for b, off in enumerate([0, r.randint(28, 33), r.randint(55, 65)]):
            bt = base + timedelta(minutes=off)
            for _ in range(4):
                c = f.person(pick_lang(r), "night_owl", f"night {night + 1}, burst {b + 1}")
                t = bt + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    row = f.add(t, c, "community", "post", f.w("night_post", c.lang))
                else:
                    row = f.add(t, c, "chat", "chat", f.w("night_q", c.lang))
                    f.reply(t + timedelta(minutes=3), c, "chat", f.w("night_a", c.lang))
                    f.add(t + timedelta(minutes=9), c, "chat", "chat", f.w("thanks", c.lang))
                c.truth.update(burst_at=bt, night_event_id=row)
                if r.random() < 0.5:
                    f.happy_act(c, f.day(r.randint(0, 2), 9, 17.5))
    return f


PAIRS = [
    ("en", "pt"),
    ("pt", "en"),
    ("en", "fr"),
    ("pt", "es"),
    ("en", "de"),
    ("pt", "fr"),
    ("en", "it"),
    ("es", "pt"),
    ("de", "en"),
    ("fr", "pt"),
    ("it", "en"),
    ("pt", "it"),
]


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, dt(2026, 9, 14), 14, "customers writing in two languages")
    r = f.rng
    for i in range(12):
        a, b = PAIRS[i]
        c = f.person(a, "happy", "alternates languages")
        c.truth["languages"] = [a, b]
        for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            c.lang = [a, b][k % 2]
            f.happy_act(c, f.day(d))
        c.lang = a
    for i, times in enumerate([2, 2, 3, 3, 4]):
        a, b = PAIRS[i + 3]
        c = f.person(a, "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        c.truth["languages"] = [a, b]
        f.happy(c, [0])
        repeat_run(f, c, 2 + i % 3, times, times >= 3, [a, b])
    for i in range(5):
        a, b = PAIRS[i + 6]
        c = f.person(a, "slow_churner", "slides", ["sentiment_drop"], TOL_SLIDE)
        c.truth["languages"] = [a, b]
        for k, d in enumerate(range(6)):
            f.add(f.day(d), c, "community", "post", f.w("praise", [a, b][k % 2]))
        slide(f, c, 7 + i % 2, [a, b], [3, 5, 4, 3, 5][i], False)
    for i in range(3):
        a, b = PAIRS[i]
        c = f.person(a, "happy_one_bad_day", "one bad day", [], ["silence"])
        c.truth.update(languages=[a, b], bad_day_language=b)
        f.happy(c, [0, 1, 12])
        t = f.day(5 + i, 9, 16)
        cs = f.case()
        row = f.complaint(
            t,
            c,
            "chat" if i == 2 else "email",
            f.w("long_email", b) if i == 0 else W["complaint"][b][i],
            cs,
            subject=f"{SUBJ[b]}: {PROBLEMS[i]}" if i < 2 else None,
        )
        f.reply(
            t + timedelta(minutes=20),
            c,
            "chat" if i == 2 else "email",
            f.w("case_opened", b, case=cs),
        )
        c.truth.update(
            bad_day_at=t, bad_day_event_id=row, booking=cs, problem=PROBLEMS[i], trouble_starts_at=t
        )
    for i in range(2):
        a, b = PAIRS[i + 9]
        c = f.person(a, "resolved_between_contacts", "fixed", [], ["silence"])
        c.truth.update(languages=[a, b], confirm_language=b)
        f.happy(c, [0])
        pr = fixed_run(f, c, 3 + i, [a, b])
        c.truth.update(problems=[pr], trouble_starts_at=pr["raised_at"])
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, dt(2026, 10, 5), 14, "company contacts on account")
    r = f.rng
    plan = (
        [
            ("at_risk", 5, 3),
            ("at_risk", 5, 3),
            ("at_risk", 5, 3),
            ("at_risk", 5, 4),
            ("at_risk", 6, 4),
        ]
        + [("one_unhappy", 3, 1)] * 4
        + [("mild", 4, 0)] * 3
        + [("happy", 3, 0)] * 3
    )
    for n, (kind, size, bad) in enumerate(plan):
        lang = r.choice(["en", "en", "pt", "pt", "fr", "de", "it", "es"])
        mk = MARKETS[lang][0]
        acc = f"CGP-{mk}-{4000 + n * 13}"
        cs = f.case()
        keys: list[str] = []
        unhappy: list[str] = []
        first_name = ""
        t = f.start + timedelta(days=2, hours=9)
        for j in range(size):
            role = (
                "complainer" if j < bad else "suggests" if kind == "mild" and j < 2 else "contact"
            )
            last = kind == "at_risk" and j == bad - 1
            if kind == "at_risk" and role == "complainer":
                exp, tol, persona = (
                    (["repeat_contact"] if last else ["detractor"]),
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                    "b2b_unhappy",
                )
            elif kind == "one_unhappy" and role == "complainer":
                exp, tol, persona = (
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    "b2b_one_unhappy",
                )
            elif role == "suggests":
                exp, tol, persona = [], ["silence"], "b2b_mild"
            else:
                exp, tol, persona = [], [], "b2b_happy"
            c = f.person(lang, persona, role, exp, tol, account=acc, market=mk)
            c.truth.update(
                company=f"Account {acc}", role=role, job_title="fleet manager", job="fleet manager"
            )
            keys.append(c.key)
            name = c.truth["name"].split()[0]
            if role == "contact":
                for d in r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 4)):
                    tt = f.day(d, 8, 16.5)
                    f.add(tt, c, "chat", "chat", f.w("question", lang))
                    f.reply(tt + timedelta(minutes=r.randint(1, 6)), c, "chat", f.w("answer", lang))
                if r.random() < 0.5:
                    f.survey(f.day(r.choice([3, 8]), 9, 16), c, csat=5)
                continue
            f.add(
                f.day(r.randint(0, 1), 8, 16),
                c,
                "web",
                "page_view",
                None,
                attrs={"page": "/portal"},
            )
            if role == "suggests":
                tt = f.day(r.randint(3, 9), 9, 16)
                row = f.add(
                    tt,
                    c,
                    "web",
                    "ticket",
                    f.w("b2b_suggest", lang),
                    attrs={"page": "/portal/feedback"},
                )
                f.reply(tt + timedelta(minutes=40), c, "email", f.w("mild_a", lang))
                c.truth.update(mild_event_id=row, trouble_starts_at=tt)
                continue
            unhappy.append(c.key)
            if kind == "one_unhappy":
                t = f.day(r.randint(3, 7), 9, 16)
            elif j > 0:
                t = t + timedelta(hours=r.uniform(8, 28))
                if t.hour >= 17 or t.hour < 8:
                    t = t.replace(hour=9, minute=r.randint(0, 50)) + (
                        timedelta(days=1) if t.hour >= 17 else timedelta()
                    )
                if t.weekday() >= 5:
                    t = t + timedelta(days=7 - t.weekday())
            text = (
                f.w("b2b_problem", lang)
                if j == 0
                else f.w("b2b_follow", lang, name=first_name, case=cs)
            )
            row = f.add(t, c, "email", "message", text, subject=f"{SUBJ[lang]}: {cs}")
            if j == 0:
                first_name = name
                f.reply(
                    t + timedelta(minutes=r.randint(20, 60)),
                    c,
                    "email",
                    f.w("case_opened", lang, case=cs),
                    subject=f"{RE[lang]} {cs}",
                )
            rows = [row]
            if not last:
                nps = r.randint(1, 5)
                c.truth.update(
                    nps_given=True,
                    nps=nps,
                    survey_event_id=f.survey(t + timedelta(hours=r.uniform(1, 3)), c, nps=nps),
                )
            else:
                t2 = t + timedelta(hours=r.uniform(18, 40))
                if t2.hour >= 17 or t2.hour < 8:
                    t2 = t2.replace(hour=10) + (timedelta(days=1) if t2.hour >= 17 else timedelta())
                if t2.weekday() >= 5:
                    t2 = t2 + timedelta(days=7 - t2.weekday())
                comp = r.choice(COMPETITORS)
                rows.append(
                    f.add(
                        t2,
                        c,
                        "email",
                        "message",
                        f.w("b2b_last", lang, case=cs, comp=comp),
                        subject=f"{RE[lang]} {cs}",
                    )
                )
                c.truth["competitor"] = comp
            c.truth.update(complaint_event_ids=rows, trouble_starts_at=t, booking=cs)
        f.accounts[acc] = {
            "company": f"Account {acc}",
            "site": r.choice(["logistics", "bakery", "pharmacy", "couriers", "florist"]),
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": "invoice" if kind == "at_risk" else None,
            "trouble_starts_at": iso(f.start + timedelta(days=2, hours=9))
            if kind == "at_risk"
            else None,
            "language": lang,
            "country": mk,
        }
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, dt(2026, 11, 2), 7, "calm week and the planted incident")
    r = f.rng
    for _ in range(40):
        c = f.person(pick_lang(r), "happy", "day writer")
        for d in r.sample(range(6), r.randint(2, 5)):
            f.happy_act(c, f.day(d, 12, 19) if d == 5 else f.day(d))
    for _ in range(2):
        c = f.person(pick_lang(r), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.day(0, 9, 16)
        row = f.add(t, c, "chat", "chat", f.w("mild", c.lang))
        f.reply(t + timedelta(minutes=3), c, "chat", f.w("mild_a", c.lang))
        c.truth.update(grumble_event_id=row, trouble_starts_at=t)
    for lang, hh in (("pt", 9.6), ("en", 16.1)):
        c = f.person(lang, "grumbles_once", "lone question", [], ["silence"])
        t = f.start + timedelta(days=4, hours=hh)
        row = f.add(t, c, "chat", "chat", f.w("lone_q", lang))
        f.reply(t + timedelta(minutes=4), c, "chat", f.w("lone_a", lang))
        c.truth.update(lone_report_event_id=row, trouble_starts_at=t)
    s0 = dt(2026, 11, 7) + timedelta(hours=8, minutes=5)
    langs = ["en"] * 6 + ["pt"] * 6 + ["fr", "fr", "de", "de", "it", "it", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    firsts: list[Row] = []
    repeats: list[Row] = []
    keys: list[str] = []
    rep_idx = set(r.sample([i for i, o in enumerate(offs) if o <= 25], 6))
    for i, lang in enumerate(langs):
        rep = i in rep_idx
        c = f.person(
            lang,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i < 12 else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if i < 12:
            f.happy_act(c, f.day(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.w("spike", lang)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        if ch == "social":
            text = "@Cargolino " + text
        row = f.add(
            t,
            c,
            ch,
            kind,
            text,
            subject="Cargolino" if ch == "email" else None,
            attrs={"page": "/help"} if ch == "web" else {},
        )
        if ch == "chat":
            f.reply(t + timedelta(minutes=2), c, "chat", f.w("spike_chat_a", lang))
        firsts.append(row)
        keys.append(c.key)
        c.truth.update(
            in_spike=True, regular=i < 12, spike_event_id=row, spike_channel=ch, trouble_starts_at=t
        )
        if rep:
            ch2 = "email" if ch != "email" else "chat"
            t2 = t + timedelta(minutes=r.randint(10, 40))
            row2 = f.add(
                t2,
                c,
                ch2,
                "message" if ch2 == "email" else "chat",
                f.w("spike_again", lang),
                subject="Cargolino" if ch2 == "email" else None,
            )
            repeats.append(row2)
            c.truth["repeat_event_id"] = row2
        elif i % 3 == 0:
            f.reply(
                dt(2026, 11, 7) + timedelta(hours=11, minutes=10 + i % 7),
                c,
                "email",
                f.w("spike_fixed", lang),
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "cargo-bike motor assist limited to walking pace after an overnight update, error code shown in the app",
        "about": "the planted incident",
        "channel": None,
        "start": iso(firsts[0].t),
        "end": iso(firsts[-1].t),
        "customers": len(firsts),
        "customer_keys": keys,
        "event_ids": firsts,
        "repeat_event_ids": repeats,
    }
    return f


def main() -> None:
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
        write(build())


if __name__ == "__main__":
    main()
