# ruff: noqa: E501
"""Build heldout222 (report only, written blind). Run: python make_heldout222.py"""

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

SEED = 20261031
LANG_MARKET = {
    "de": ["DE", "AT", "CH"],
    "es": ["ES"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
    "pt": ["PT"],
}
NAMES = {
    "de": (
        ["Jonas", "Miriam", "Tobias", "Sabine", "Lukas", "Anja", "Felix", "Petra"],
        ["Krüger", "Hofmann", "Vogel", "Seidel", "Brandl", "Winkler", "Haas", "Lorenz"],
    ),
    "es": (
        ["Lucía", "Javier", "Marta", "Álvaro", "Nuria", "Sergio", "Irene", "Raúl"],
        ["Gómez", "Navarro", "Ortega", "Molina", "Castro", "Rubio", "Serrano", "Iglesias"],
    ),
    "en": (["Oliver", "Hannah", "Callum", "Niamh"], ["Hughes", "Doyle", "Patel", "Walsh"]),
    "fr": (["Camille", "Hugo", "Léa", "Mathis"], ["Moreau", "Girard", "Lambert", "Faure"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide"], ["Ferri", "Conti", "Greco", "Marino"]),
    "pt": (["Inês", "Tiago", "Beatriz", "Rui"], ["Sousa", "Pires", "Lopes", "Teixeira"]),
}
PHONE = {
    "DE": "+49 15",
    "AT": "+43 66",
    "CH": "+41 79",
    "ES": "+34 6",
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 47",
    "IT": "+39 3",
    "PT": "+351 9",
}
CUR = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
COMPETITORS = ["Tickwerk", "Horalia"]
SOURCE = {
    "email": "relojo-mail",
    "phone": "relojo-voice",
    "social": "relojo-social",
    "community": "relojo-forum",
    "chat": "relojo-chat",
    "web": "relojo-web",
    "survey": "relojo-survey",
}
SUBJ = {
    "de": "Beschwerde",
    "es": "Reclamación",
    "en": "Complaint",
    "fr": "Réclamation",
    "it": "Reclamo",
    "pt": "Reclamação",
}
REPLY = {
    "de": "AW: Vorgang",
    "es": "RE: Incidencia",
    "en": "Re: Your case",
    "fr": "RE : Dossier",
    "it": "R: Pratica",
    "pt": "RE: Caso",
}
WEIGHTS = {"de": 30, "es": 30, "en": 10, "fr": 10, "it": 10, "pt": 10}
USED: set[str] = set()


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


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, str | None]
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    c: Cust
    channel: str
    kind: str
    text: str | None
    direction: str = "inbound"
    subject: str | None = None
    scores: dict[str, int] | None = None
    attrs: dict[str, str] = field(default_factory=dict)


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.custs: list[Cust] = []
        self.rows: list[Row] = []
        self.accounts: dict[str, Any] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.cases = 0

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(h0, h1))

    def lang(self) -> str:
        return self.rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        account: str | None = None,
        market: str | None = None,
        handle: bool = True,
    ) -> Cust:
        lg = lang or self.lang()
        mk = market or self.rng.choice(LANG_MARKET[lg])
        while True:
            first, last = self.rng.choice(NAMES[lg][0]), self.rng.choice(NAMES[lg][1])
            cid = f"RJ{self.code}{self.rng.randint(1000, 9999)}"
            base = strip_accents(f"{first}.{last}").lower()
            email = f"{base}{self.rng.randint(1, 99)}@{'firma' if account else 'mail'}{self.rng.randint(1, 9)}.example"
            digits = "".join(str(self.rng.randint(0, 9)) for _ in range(8))
            phone = PHONE[mk] + digits
            hd = (
                f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{self.rng.randint(1, 99)}"
                if handle and not account
                else None
            )
            keys = [cid, email, phone.replace(" ", ""), hd or cid]
            if not any(k in USED for k in keys):
                USED.update(keys)
                break
        ids: dict[str, str | None] = {
            "customer_id": cid,
            "email": email,
            "phone": phone,
            "handle": hd,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": hd,
                "account_id": account,
            },
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(cid, lg, mk, ids, truth)
        self.custs.append(c)
        return c

    def case(self) -> str:
        self.cases += 1
        return f"RJ-{self.code}{self.cases:02d}{self.rng.randint(100, 999)}"

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        *,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        extra: dict[str, str] | None = None,
        **attrs: str,
    ) -> Row:
        row = Row(
            t, c, channel, kind, text, direction, subject, scores, dict(attrs) | (extra or {})
        )
        self.rows.append(row)
        return row

    def say(self, table: dict[str, list[str]], who: Cust, /, **kw: str) -> str:
        return self.rng.choice(table.get(who.lang) or table["es"]).format(**kw)

    def agent(
        self, c: Cust, t: datetime, channel: str, text: str, subject: str | None = None
    ) -> Row:
        return self.add(
            c,
            t,
            channel,
            "chat" if channel == "chat" else "message",
            text,
            direction="outbound",
            subject=subject,
            agent=self.rng.choice(["Nora", "Pablo", "Lena", "Iker"]),
        )

    # ------------------------------------------------------------ acts --
    def happy(self, c: Cust, t: datetime) -> None:
        r = self.rng.random()

        def m(k: int) -> datetime:
            return t + timedelta(minutes=k)

        if r < 0.2:
            self.add(c, t, self.rng.choice(["social", "community"]), "post", self.say(W.PRAISE, c))
        elif r < 0.3:
            self.add(c, t, "social", "mention", self.say(W.AGAIN, c))
        elif r < 0.4:
            self.add(c, t, "web", "review", self.say(W.GRIPE, c), rating="4", page="/reviews")
        elif r < 0.6:
            self.add(c, t, "chat", "chat", self.say(W.QUESTION, c))
            self.agent(c, m(self.rng.randint(1, 6)), "chat", self.say(W.ANSWER, c))
            if self.rng.random() < 0.6:
                self.add(c, m(self.rng.randint(7, 12)), "chat", "chat", self.say(W.THANKS, c))
        elif r < 0.7:
            self.add(c, t, "phone", "call", self.say(W.CALL_Q, c))
            self.agent(c, m(self.rng.randint(20, 50)), "email", self.say(W.ANSWER, c))
        elif r < 0.9:
            prod = self.rng.choice(W.PRODUCTS)
            cur, f = CUR.get(c.market, ("EUR", 1.0))
            self.add(c, t, "web", "page_view", None, page="/services")
            self.add(
                c,
                m(self.rng.randint(2, 9)),
                "web",
                "purchase",
                None,
                order_value=f"{self.rng.choice([19, 49, 89, 189]) * f:.2f}",
                currency=cur,
                product=prod,
                page="/checkout",
            )
        else:
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                self.say(W.SURVEY_GOOD, c) or None,
                scores={"nps": self.rng.choice([9, 10])},
                survey="nps",
            )

    def happy_days(self, c: Cust, n: int, d0: int, d1: int, skip: set[int] | None = None) -> None:
        days = [d for d in range(d0, d1 + 1) if d not in (skip or set())]
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.at(d, 7, 19))

    def complaint(
        self, c: Cust, t: datetime, problem: str, channel: str, long: bool = False
    ) -> tuple[Row, str | None]:
        text = self.say(W.COMPLAINT[problem], c)
        if long and c.lang in W.LONG_MAIL:
            text = self.say(W.LONG_MAIL, c, m=text)
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[channel]
        if channel == "phone":
            text = (
                strip_accents(text)
                .lower()
                .replace(".", "")
                .replace(",", "")
                .replace("!", "")
                .replace("?", "")
            )
        row = self.add(
            c,
            t,
            channel,
            kind,
            text,
            subject=f"{SUBJ[c.lang]}: {problem.replace('_', ' ')}" if channel == "email" else None,
            extra={"page": "/help/form"} if channel == "web" else None,
        )
        if channel == "social":
            return row, None
        ref = self.case()
        self.agent(
            c,
            t + timedelta(minutes=self.rng.randint(10, 40))
            if channel != "chat"
            else t + timedelta(minutes=3),
            "chat" if channel == "chat" else "email",
            self.say(W.CASE_OPENED, c, c=ref),
            None if channel == "chat" else f"{REPLY[c.lang]} {ref}",
        )
        return row, ref

    def daytime(self, t: datetime) -> datetime:
        if t.hour >= 22:
            return t.replace(hour=8, minute=self.rng.randint(0, 59)) + timedelta(days=1)
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    # ---------------------------------------------------------- output --
    def roughen(self, text: str, c: Cust, channel: str) -> str:
        if channel in ("phone", "survey") or not text:
            return text
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[0].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if len(w) > 4 and w.isalpha() and w.islower()
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    def ref(self, row: Row, full: bool) -> dict[str, str | None]:
        ids = row.c.ids
        out: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": ids["account_id"],
        }
        if full:
            out.update(ids)
        elif row.channel == "phone":
            out["phone"] = ids["phone"]
        elif row.channel in ("social", "community"):
            if ids["handle"]:
                h = ids["handle"] or ""
                out["handle"] = h if self.rough.random() > 0.2 else h.lstrip("@")
            else:
                out["email"] = ids["email"]
        elif row.channel == "email":
            e = ids["email"] or ""
            out["email"] = e.upper() if self.rough.random() < 1 / 12 else e
        else:
            out["customer_id"] = ids["customer_id"]
        return out

    def write(self, expected: dict[str, int]) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r.t, r.c.key))
        seen: set[str] = set()
        ids: dict[int, str] = {}
        lines = []
        for i, row in enumerate(self.rows):
            ids[id(row)] = f"h222-{self.code.lower()}-{i + 1:05d}"
        for row in self.rows:
            full = row.direction == "outbound" or (
                row.direction == "inbound" and row.c.key not in seen
            )
            if row.direction == "inbound":
                seen.add(row.c.key)
            text = row.text
            if text is not None and row.direction == "inbound":
                text = self.roughen(text, row.c, row.channel)
                if row.channel == "social" and "@Relojo" not in text:
                    text = (
                        text.replace("Relojo", "@Relojo") if "Relojo" in text else "@Relojo " + text
                    )
            attrs = {"market": row.c.market} | row.attrs
            if row.c.ids["account_id"]:
                attrs["segment"] = "b2b"
            tp = {
                "event_id": ids[id(row)],
                "occurred_at": row.t.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": row.channel,
                "kind": row.kind,
                "direction": row.direction,
                "customer": self.ref(row, full),
                "text": text,
                "subject": row.subject,
                "scores": {"nps": None, "csat": None, "ces": None} | (row.scores or {}),
                "source": SOURCE[row.channel],
                "attributes": attrs,
            }
            lines.append(json.dumps(tp, ensure_ascii=False, sort_keys=False))
        for c in self.custs:
            for k, v in list(c.truth.items()):
                if isinstance(v, Row):
                    c.truth[k] = ids[id(v)]
                elif isinstance(v, list) and v and isinstance(v[0], Row):
                    c.truth[k] = [ids[id(x)] for x in v]
        if self.spike:
            self.spike["event_ids"] = [ids[id(x)] for x in self.spike["event_ids"]]
            self.spike["repeat_event_ids"] = [ids[id(x)] for x in self.spike["repeat_event_ids"]]
        got: dict[str, int] = {}
        for c in self.custs:
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{c.key} expects and tolerates")
            for rule in c.truth["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        if got != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {got}")
        last = max(r.t for r in self.rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= datetime(2026, 11, 15, tzinfo=UTC):
            raise SystemExit(f"{self.name} ends too late")

        def iso(x: datetime) -> str:
            return x.strftime("%Y-%m-%dT%H:%M:%SZ")

        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Relojo (watch servicing by post)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": expected,
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
        return len(self.custs), len(self.rows), sum(r.direction == "outbound" for r in self.rows)


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


def happy_writers() -> tuple[Fam, dict[str, int]]:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d(2026, 2, 2),
        10,
        "happy writers: daytime, night writers, survey-only",
    )
    for _ in range(16):
        f.happy_days(f.person("happy", "day writer"), f.rng.randint(5, 8), 0, 9)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for n in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.start + timedelta(days=n, hours=22 + f.rng.uniform(0.2, 6.4))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", f.say(W.NIGHT_POST, c))
            else:
                f.add(c, t, "chat", "chat", f.say(W.NIGHT_Q, c))
                f.agent(c, t + timedelta(minutes=4), "chat", f.say(W.ANSWER, c))
                f.add(c, t + timedelta(minutes=9), "chat", "chat", f.say(W.THANKS, c))
        f.happy_days(c, f.rng.randint(2, 3), 0, 9)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for day in f.rng.sample(range(10), f.rng.randint(3, 6)):
            kind = f.rng.choice(["nps", "csat", "ces"])
            score = {
                "nps": f.rng.choice([9, 10]),
                "csat": f.rng.choice([4, 5]),
                "ces": f.rng.choice([6, 7]),
            }[kind]
            f.add(
                c,
                f.at(day, 8, 19),
                "survey",
                "survey_response",
                f.say(W.SURVEY_GOOD, c) or None,
                scores={kind: score},
                survey=kind,
            )
    return f, {}


def one_bad_day() -> tuple[Fam, dict[str, int]]:
    f = Fam("one_bad_day", "BD", 2, d(2026, 3, 9), 12, "happy customers with one angry moment")
    chans = ["email"] * 8 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    det = 0
    for i, ch in enumerate(chans):
        c = f.person("happy_one_bad_day", "one bad day")
        bd = f.rng.randint(2, 9)
        t = f.at(bd, 8, 20)
        prob = W.PROBLEMS[i % 6]
        row, ref = f.complaint(c, t, prob, ch, long=i < 4)
        f.happy_days(c, f.rng.randint(1, 5), 0, 11, set(range(bd - 1, bd + 3)))
        c.truth.update(
            problem=prob,
            bad_day_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            bad_day_event_id=row,
            booking=ref,
            channel=ch,
            long_email=i < 4 and c.lang in W.LONG_MAIL,
            tolerated_rules=["silence"],
        )
        if ref and det < 6 and i % 3 == 0:
            det += 1
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                f.say(W.SURVEY_BAD, c) or None,
                scores={"nps": f.rng.randint(1, 5)},
                survey="nps",
            )
            c.truth.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                nps_given=True,
                survey_event_id=s,
            )
        elif ref and i % 3 == 1:
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                f.say(W.SURVEY_BAD, c) or None,
                scores={"csat": f.rng.randint(1, 2)},
                survey="csat",
            )
            c.truth.update(csat_given=True, survey_event_id=s)
        if ref and i % 2 == 0:
            f.agent(
                c,
                f.daytime(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                f.say(W.GOOD_NEWS, c, c=ref),
                f"{REPLY[c.lang]} {ref}",
            )
            c.truth["agent_fixed"] = True
            if i % 4 == 0:
                a = f.add(
                    c,
                    f.daytime(t + timedelta(hours=f.rng.uniform(16, 24))),
                    "chat",
                    "chat",
                    f.say(W.APOLOGY, c),
                )
                c.truth.update(apologised=True, apology_event_id=a)
    for _ in range(8):
        f.happy_days(f.person("happy", "control"), f.rng.randint(4, 7), 0, 11)
    return f, {"detractor": det}


def repeat_run(f: Fam, c: Cust, prob: str, t: datetime, n: int, quality: bool) -> list[Row]:
    first_ch = f.rng.choice(["web", "email", "chat", "phone"])
    row, ref = f.complaint(c, t, prob, first_ch)
    assert ref
    if quality:
        f.agent(
            c,
            t + timedelta(hours=f.rng.uniform(1.5, 2.5)),
            "email",
            f.say(W.QUALITY_LEAD, c, c=ref),
            f"{REPLY[c.lang]} {ref}",
        )
    rows = [row]
    chans = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    f.rng.shuffle(chans)
    comp = f.rng.choice(COMPETITORS)
    for k in range(1, n):
        t = f.daytime(t + timedelta(hours=f.rng.uniform(4, 40)))
        ch = chans[k - 1]
        table = W.STILL_OPEN if k == 1 else W.THIRD if k == 2 else W.FOURTH
        text = f.say(table, c, c=ref, x=comp)
        if ch == "phone":
            text = text.lower().replace(".", "").replace(",", "")
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[ch]
        rows.append(
            f.add(c, t, ch, kind, text, subject=f"{REPLY[c.lang]} {ref}" if ch == "email" else None)
        )
        if ch == "chat":
            f.agent(c, t + timedelta(minutes=3), "chat", f.say(W.URGENT, c))
    c.truth.update(
        problem=prob,
        booking=ref,
        contacts=n,
        problem_event_ids=rows,
        agent_passed_on=quality,
        competitor=comp if n > 2 else None,
        trouble_starts_at=rows[0].t.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    return rows


def fixed_run(f: Fam, c: Cust, prob: str, t: datetime) -> dict[str, Any]:
    row, ref = f.complaint(c, t, prob, "web")
    assert ref
    fx = f.daytime(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.agent(c, fx, "email", f.say(W.GOOD_NEWS, c, c=ref), f"{REPLY[c.lang]} {ref}")
    cf = f.daytime(fx + timedelta(hours=f.rng.uniform(8, 30)))
    conf = f.add(
        c, cf, "email", "message", f.say(W.CONFIRM, c, c=ref), subject=f"{REPLY[c.lang]} {ref}"
    )
    return {"problem": prob, "booking": ref, "problem_event_ids": [row], "confirm_event_id": conf}


REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def repeat_contacts() -> tuple[Fam, dict[str, int]]:
    f = Fam("repeat_contacts", "RC", 3, d(2026, 4, 13), 10, "the same open problem raised again")
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        f.happy_days(c, f.rng.randint(1, 3), 0, 0)
        repeat_run(
            f, c, W.PROBLEMS[i % 6], f.at(f.rng.randint(1, 4), 8, 19), [2, 3, 4][i % 3], i < 6
        )
        c.truth.update(expected_rules=["repeat_contact"], tolerated_rules=REPEAT_TOL)
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        fr = fixed_run(f, c, W.PROBLEMS[i], f.at(f.rng.randint(1, 3), 8, 18))
        c.truth.update(problems=[], tolerated_rules=["silence"], **fr)
    for i in range(3):
        c = f.person("different_problems", "two problems")
        a = fixed_run(f, c, W.PROBLEMS[i], f.at(1, 8, 18))
        b = fixed_run(f, c, W.PROBLEMS[i + 3], f.at(f.rng.randint(5, 6), 8, 18))
        c.truth.update(problems=[a, b], tolerated_rules=["silence"])
        c.truth["problem_event_ids"] = a["problem_event_ids"] + b["problem_event_ids"]
        for p in (a, b):
            c.truth.setdefault("confirm_event_ids", []).append(p["confirm_event_id"])
            del p["problem_event_ids"], p["confirm_event_id"]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for day in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(c, f.at(day, 7, 19))
    for c in f.custs:
        for p in c.truth.get("problems") or []:
            p.pop("problem_event_ids", None)
            p.pop("confirm_event_id", None)
    return f, {"repeat_contact": 12}


def slide(f: Fam, c: Cust, t: datetime, span: int) -> list[Row]:
    comp = f.rng.choice(COMPETITORS)
    rows = []
    for k, text in enumerate(W.SLIDE.get(c.lang) or W.SLIDE["es"]):
        ch = f.rng.choice(["social", "community", "web"])
        kind = {"social": "post", "community": "post", "web": "review"}[ch]
        extra = {"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"} if ch == "web" else {}
        rows.append(f.add(c, t, ch, kind, text.format(x=comp), extra=extra))
        t = f.daytime(t + timedelta(hours=max(1.5, span * 24 / 6 * f.rng.uniform(0.7, 1.1))))
    c.truth.update(
        slide_event_ids=rows,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=rows[0].t.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    return rows


SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def slow_churners() -> tuple[Fam, dict[str, int]]:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d(2026, 6, 1),
        32,
        "slow slides, leavers, steady and grumpy customers",
    )
    det = 0
    for i in range(10):
        c = f.person("slow_churner", "slides")
        for day in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.add(
                c,
                f.at(day, 8, 19),
                f.rng.choice(["social", "community"]),
                "post",
                f.say(W.PRAISE, c),
            )
        f.happy_days(c, f.rng.randint(2, 4), 0, 10)
        rows = slide(f, c, f.at(f.rng.randint(12, 16), 8, 18), [3, 5, 5, 5, 5, 5, 9, 9, 9, 9][i])
        c.truth.update(expected_rules=["sentiment_drop"], tolerated_rules=SLIDE_TOL)
        if i % 2 == 0:
            det += 1
            s = f.add(
                c,
                f.daytime(rows[3].t + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                f.say(W.SURVEY_BAD, c) or None,
                scores={"nps": f.rng.randint(1, 5)},
                survey="nps",
            )
            c.truth.update(
                expected_rules=["sentiment_drop", "detractor"], nps_given=True, survey_event_id=s
            )
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        f.happy_days(c, f.rng.randint(4, 6), 0, 15)
        t = f.at(f.rng.randint(17, 23), 8, 18)
        ask = f.add(c, t, "email", "message", f.say(W.LEAVE, c), subject="Relojo Care")
        f.agent(
            c,
            f.daytime(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            f.say(W.SORRY_GO, c),
            "Re: Relojo Care",
        )
        can = f.add(
            c,
            f.daytime(t + timedelta(hours=f.rng.uniform(20, 30))),
            "web",
            "cancellation",
            None,
            page="/account/cancel",
            product="Relojo Care",
        )
        c.truth.update(
            expected_rules=["churn_intent"],
            tolerated_rules=[
                "sentiment_drop",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
            churn_intent_event_id=ask,
            cancellation_event_id=can,
            churn_at=can.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    for _ in range(6):
        f.happy_days(f.person("happy", "steady"), f.rng.randint(6, 10), 0, 31)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        day, rows = f.rng.randint(0, 4), []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            rows.append(
                f.add(
                    c,
                    f.at(day, 8, 20),
                    ch,
                    "post" if ch != "web" else "ticket",
                    f.say(W.GRUMBLE, c),
                )
            )
            day += f.rng.randint(1, 3)
        c.truth.update(tolerated_rules=["repeat_contact", "silence"], grumble_event_ids=rows)
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        f.happy_days(c, f.rng.randint(4, 6), 0, 16)
        s = f.add(c, f.at(f.rng.randint(17, 28), 9, 19), "social", "post", f.say(W.SARCASM, c))
        c.truth.update(tolerated_rules=["silence"], sarcasm_event_id=s)
    return f, {"sentiment_drop": 10, "detractor": det, "churn_intent": 5}


def quiet_hours() -> tuple[Fam, dict[str, int]]:
    f = Fam("quiet_hours", "QH", 5, d(2026, 7, 10), 3, "a calm weekend with small night bursts")
    for _ in range(16):
        f.happy_days(f.person("happy", "day writer"), f.rng.randint(1, 3), 0, 2)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once")
        t = f.at(f.rng.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", None, page="/services")
        g = f.add(
            c, t + timedelta(minutes=f.rng.randint(20, 30)), "chat", "chat", f.say(W.GRUMBLE, c)
        )
        f.agent(c, g.t + timedelta(minutes=4), "chat", f.say(W.ANSWER, c))
        c.truth.update(tolerated_rules=["silence"], grumble_event_id=g)
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = b0 + timedelta(minutes=off + f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    n = f.add(c, t, "chat", "chat", f.say(W.NIGHT_Q, c))
                    f.agent(c, t + timedelta(minutes=3), "chat", f.say(W.ANSWER, c))
                    f.add(c, t + timedelta(minutes=7), "chat", "chat", f.say(W.THANKS, c))
                else:
                    n = f.add(c, t, "social", "post", f.say(W.NIGHT_POST, c))
                c.truth.update(
                    burst_at=(b0 + timedelta(minutes=off)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    night_event_id=n,
                )
                if f.rng.random() < 0.5:
                    f.happy(c, f.at(night + 1, 9, 17.5))
    return f, {}


PAIRS = [
    ("es", "de"),
    ("de", "es"),
    ("es", "en"),
    ("de", "en"),
    ("de", "fr"),
    ("es", "pt"),
    ("es", "it"),
    ("fr", "es"),
    ("it", "de"),
    ("pt", "es"),
    ("en", "de"),
    ("es", "fr"),
]


def bilingual() -> tuple[Fam, dict[str, int]]:
    f = Fam("bilingual", "BL", 6, d(2026, 9, 7), 14, "customers who write in two languages")

    def pair(persona: str, habit: str, i: int) -> tuple[Cust, str, str]:
        a, b = PAIRS[i % len(PAIRS)]
        c = f.person(persona, habit, lang=a)
        c.truth.update(
            languages=[a, b],
            job_second_language=f.rng.choice(
                ["partner's language", "works abroad", "grew up there"]
            ),
        )
        return c, a, b

    for i in range(12):
        c, a, b = pair("happy", "alternates languages", i)
        for k, day in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = [a, b][k % 2]
            f.happy(c, f.at(day, 7, 19))
        c.lang = a
    for i in range(5):
        c, a, b = pair("repeat_contact", "repeats", i + 3)
        f.happy_days(c, f.rng.randint(1, 3), 0, 1)
        c.lang = b
        repeat_run(
            f, c, W.PROBLEMS[i], f.at(f.rng.randint(2, 5), 8, 18), [2, 2, 3, 3, 4][i], i >= 2
        )
        c.lang = a
        c.truth.update(expected_rules=["repeat_contact"], tolerated_rules=REPEAT_TOL)
    for i in range(5):
        c, a, b = pair("slow_churner", "slides", i + 1)
        for k, day in enumerate(range(6)):
            c.lang = [a, b][k % 2]
            f.add(c, f.at(day, 8, 19), "social", "post", f.say(W.PRAISE, c))
        c.lang = b
        slide(f, c, f.at(f.rng.randint(7, 8), 8, 18), f.rng.randint(3, 5))
        c.lang = a
        c.truth.update(expected_rules=["sentiment_drop"], tolerated_rules=SLIDE_TOL)
    for i in range(3):
        c, a, b = pair("happy_one_bad_day", "one bad day", i)
        f.happy_days(c, 3, 0, 5)
        c.lang = b
        t = f.at(f.rng.randint(8, 11), 9, 18)
        row, ref = f.complaint(c, t, W.PROBLEMS[i + 2], ["email", "email", "chat"][i], long=i == 0)
        c.lang = a
        c.truth.update(
            tolerated_rules=["silence"], bad_day_event_id=row, bad_day_language=b, booking=ref
        )
    for i in range(2):
        c, a, b = pair("resolved_between_contacts", "fixed", i + 6)
        fr = fixed_run(f, c, W.PROBLEMS[i], f.at(3, 9, 17))
        c.truth.update(tolerated_rules=["silence"], **fr)
    return f, {"repeat_contact": 5, "sentiment_drop": 5}


def b2b_accounts() -> tuple[Fam, dict[str, int]]:
    f = Fam("b2b_accounts", "BB", 7, d(2026, 10, 5), 14, "companies on account")
    expected = {"account_risk": 0, "detractor": 0, "repeat_contact": 0}
    plan = (
        [
            ("at_risk", 3, "invoice"),
            ("at_risk", 3, "portal"),
            ("at_risk", 4, "invoice"),
            ("at_risk", 4, "portal"),
            ("at_risk", 3, "invoice"),
        ]
        + [("one_unhappy", 1, "portal")] * 4
        + [("mild", 0, "")] * 3
        + [("happy", 0, "")] * 3
    )
    markets = [
        "DE",
        "ES",
        "DE",
        "ES",
        "FR",
        "DE",
        "PT",
        "IT",
        "UK",
        "DE",
        "ES",
        "AT",
        "PT",
        "DE",
        "IE",
    ]
    langs = {
        "DE": "de",
        "AT": "de",
        "ES": "es",
        "FR": "fr",
        "PT": "pt",
        "IT": "it",
        "UK": "en",
        "IE": "en",
    }
    for n, (kind, unhappy, prob) in enumerate(plan):
        mk = markets[n]
        acc = f"RJP-{mk}-{f.rng.randint(1000, 9999)}"
        size = 4 if kind in ("at_risk", "happy") else 3
        size = max(size, unhappy + 1)
        cs = [
            f.person("b2b_happy", "contact", lang=langs[mk], account=acc, market=mk)
            for _ in range(size)
        ]
        for c in cs:
            c.truth.update(company=f"Firma {n + 1}", role="contact")
            for day in f.rng.sample(
                [0, 1] if kind != "happy" else list(range(12)), 1 if kind != "happy" else 3
            ):
                t = f.at(day, 8, 16.5)
                if day < 5 or kind == "happy":
                    f.happy(c, t)
        risky = kind == "at_risk"
        unhappy_keys = []
        t = f.at(2, 8, 11) if risky else f.at(f.rng.randint(3, 7), 9, 16)
        ref = ""
        for k in range(unhappy):
            c = cs[k]
            unhappy_keys.append(c.key)
            row = f.add(
                c,
                t,
                "email",
                "message",
                f.say(W.B2B_COMPLAINT[prob], c),
                subject=f"{SUBJ[c.lang]}: {prob}",
            )
            if k == 0:
                ref = f.case()
                f.agent(
                    c,
                    t + timedelta(minutes=f.rng.randint(15, 50)),
                    "email",
                    f.say(W.CASE_OPENED, c, c=ref),
                    f"{REPLY[c.lang]} {ref}",
                )
            s = f.add(
                c,
                t + timedelta(hours=f.rng.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                survey="nps",
            )
            rows = [row]
            exp = ["detractor"]
            if risky and k == unhappy - 1:
                t2 = f.daytime(t + timedelta(hours=f.rng.uniform(18, 40)))
                if t2.weekday() >= 5:
                    t2 += timedelta(days=7 - t2.weekday())
                rows.append(f.add(c, t2, "phone", "call", f.say(W.B2B_LAST, c, c=ref)))
                exp.append("repeat_contact")
            c.truth.update(
                persona="b2b_unhappy" if risky else "b2b_one_unhappy",
                role="complainer",
                habit="complainer",
                problem=prob,
                booking=ref,
                complaint_event_ids=rows,
                survey_event_id=s,
                nps_given=True,
                expected_rules=exp,
                trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                tolerated_rules=[*REPEAT_TOL, "account_risk"]
                if risky
                else ["sentiment_drop", "high_value_at_risk", "silence"],
            )
            if risky and "repeat_contact" in exp:
                c.truth["tolerated_rules"] = [
                    r for r in c.truth["tolerated_rules"] if r != "repeat_contact"
                ]
            t = f.daytime(t + timedelta(hours=f.rng.uniform(8, 28)))
            if t.weekday() >= 5:
                t += timedelta(days=7 - t.weekday())
            for r in exp:
                expected[r] += 1
        if kind == "mild":
            for c in cs[:2]:
                m = f.add(
                    c,
                    f.at(f.rng.randint(2, 8), 9, 16),
                    "web",
                    "ticket",
                    f.say(W.B2B_MILD, c),
                    page="/portal/feedback",
                )
                f.agent(c, m.t + timedelta(minutes=30), "email", f.say(W.ANSWER, c), "Re: feedback")
                c.truth.update(
                    persona="b2b_mild",
                    role="suggests",
                    habit="suggests",
                    mild_event_id=m,
                    tolerated_rules=["silence"],
                )
        if risky:
            expected["account_risk"] += 1
        f.accounts[acc] = {
            "company": f"Firma {n + 1}",
            "site": f.rng.choice(["hotel", "jeweller", "bank", "airline", "school"]),
            "contacts": len(cs),
            "contact_keys": [c.key for c in cs],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": risky,
            "expected_rules": ["account_risk"] if risky else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if risky else None,
            "trouble_starts_at": cs[0].truth.get("trouble_starts_at") if risky else None,
            "language": langs[mk],
            "country": mk,
        }
    return f, {k: v for k, v in expected.items() if v}


def topic_spike() -> tuple[Fam, dict[str, int]]:
    f = Fam("topic_spike", "TS", 8, d(2026, 10, 26), 7, "a calm week and one planted incident")
    for _ in range(40):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy(c, f.at(day, 12 if day == 5 else 7, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once")
        g = f.add(c, f.at(0, 9, 17), "chat", "chat", f.say(W.GRUMBLE, c))
        f.agent(c, g.t + timedelta(minutes=4), "chat", f.say(W.ANSWER, c))
        c.truth.update(tolerated_rules=["silence"], grumble_event_id=g)
    for lg, h in (("es", 9.6), ("de", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lg)
        q = f.add(c, f.start + timedelta(days=4, hours=h), "chat", "chat", W.LONE_Q[lg][0])
        f.agent(c, q.t + timedelta(minutes=5), "chat", W.LONE_A[lg][0])
        c.truth.update(tolerated_rules=["silence"], lone_report_event_id=q)
    s0 = f.start + timedelta(days=5, hours=8, minutes=10)
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.uniform(1, 44) for _ in range(18)])
    firsts: list[Row] = []
    repeats: list[Row] = []
    keys: list[str] = []
    for i, lg in enumerate(langs):
        regular = i % 5 < 3
        c = f.person("spike_reporter", "regular" if regular else "new", lang=lg)
        if regular:
            f.happy(c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.say(W.SPIKE, c)
        if i % 3 == 2:
            text = (
                text.replace(", error RJL-274", "")
                .replace(", Fehler RJL-274", "")
                .replace(": RJL-274", "")
                .replace(", erreur RJL-274", "")
                .replace(", errore RJL-274", "")
                .replace(", erro RJL-274", "")
            )
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        row = f.add(
            c,
            t,
            ch,
            kind,
            text,
            subject="Etiqueta / label" if ch == "email" else None,
            extra={"page": "/help/form"} if ch == "web" else None,
        )
        if ch == "chat":
            f.agent(c, t + timedelta(minutes=2), "chat", f.say(W.SPIKE_ANSWER, c))
        firsts.append(row)
        keys.append(c.key)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=row,
            spike_channel=ch,
            tolerated_rules=["silence"],
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        if len(repeats) < 6 and offs[i] <= 25 and i % 2 == 0:
            ch2 = "email" if ch != "email" else "chat"
            ch2 = "community" if len(repeats) % 3 == 2 and ch != "community" else ch2
            r2 = f.add(
                c,
                t + timedelta(minutes=f.rng.uniform(10, 60)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.say(W.SPIKE_AGAIN, c),
                subject="Etiqueta / label" if ch2 == "email" else None,
            )
            repeats.append(r2)
            c.truth.update(
                persona="spike_repeater",
                repeat_event_id=r2,
                expected_rules=["repeat_contact"],
                tolerated_rules=["sentiment_drop", "silence"],
            )
    f.spike = {
        "topic": "watch-servicing app shipping labels rendered blank: parcels refused at post offices",
        "about": "the planted incident",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": len(firsts),
        "customer_keys": keys,
        "event_ids": firsts,
        "repeat_event_ids": repeats,
    }
    return f, {"topic_spike": 1, "repeat_contact": len(repeats)}


def main() -> None:
    totals = [0, 0, 0]
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
        fam, expected = build()
        got = fam.write(expected)
        print(fam.name, *got)
        totals = [a + b for a, b in zip(totals, got, strict=True)]
    print("total", *totals)


if __name__ == "__main__":
    main()
