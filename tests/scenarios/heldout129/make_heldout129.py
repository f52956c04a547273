# ruff: noqa: E501
"""Write heldout129: hand-written alert scenarios for Kistora, written blind (report only).

Standard library only, seeded and deterministic: ``python make_heldout129.py`` from
anywhere writes the eight families' ``.jsonl`` and ``.truth.json`` beside this file.
It refuses a family whose expected counts differ from the planted ones, a customer
or account that both expects and tolerates a rule, a customer without an inbound
touchpoint, a reused identifier or case, a truth event id that is missing or not
the customer's, and any time outside the family's window or from 2026-11-15 on.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NoReturn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261031
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
YEAR = datetime(2026, 1, 1, tzinfo=UTC)
WRITTEN = "2026-12-05, blind, by a helper session (report only)"
BUSINESS = "Kistora: reusable moving crates with e-ink lid labels and Kistora Keep box storage by app and web (Kistora Plus membership); business arm Kistora Office (office moves and archive storage on account)"
LANG_WEIGHTS = (("en", 30), ("de", 30), ("fr", 10), ("es", 10), ("it", 10), ("pt", 10))
SOURCES = {
    "email": "kistora-mail",
    "phone": "kistora-voice",
    "social": "kistora-social",
    "community": "kistora-forum",
    "chat": "kistora-chat",
    "web": "kistora-web",
    "survey": "kistora-survey",
}
COUNTRY_CODE = {
    "UK": "44",
    "IE": "353",
    "DE": "49",
    "AT": "43",
    "CH": "41",
    "FR": "33",
    "BE": "32",
    "ES": "34",
    "IT": "39",
    "PT": "351",
    "LU": "352",
}
MOBILE = {
    "UK": (["7"], 9),
    "IE": (["83", "85", "86", "87", "89"], 7),
    "DE": (["151", "152", "157", "160", "162", "170", "172", "176"], 8),
    "AT": (["660", "664", "676", "650"], 7),
    "CH": (["76", "77", "78", "79"], 7),
    "FR": (["6", "7"], 8),
    "BE": (["47", "48", "46", "49"], 7),
    "ES": (["6", "7"], 8),
    "IT": (["320", "328", "333", "335", "340", "347", "349"], 7),
    "PT": (["91", "92", "93", "96"], 7),
    "LU": (["621", "661", "691"], 6),
}
MAIL_DOMAINS = [
    "mailbox.example",
    "post.example",
    "webmail.example",
    "inbox.example",
    "netz.example",
    "correo.example",
    "posta.example",
]
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
KEEP_CASE = {"Kistora", "Plegalo", "Stapelix", "Plus", "Keep", "Office", "I", "I'm", "I've", "I'll"}

T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_GRUMPY = ["repeat_contact", "silence"]
T_SILENCE = ["silence"]
T_SPIKE_REPEAT = ["sentiment_drop", "silence"]
T_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()


def fail(msg: str) -> NoReturn:
    raise SystemExit(f"make_heldout129: refused: {msg}")


def claim(value: str) -> bool:
    if value in USED:
        return False
    USED.add(value)
    return True


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_fold(text: str) -> str:
    out = []
    for ch in text:
        ch = UMLAUTS.get(ch, ch)
        out.append(
            "".join(x for x in unicodedata.normalize("NFD", ch) if not unicodedata.combining(x))
        )
    return "".join(out).lower().replace(" ", "").replace("'", "").replace(".", "")


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
        elif ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        else:
            out.append(
                "".join(x for x in unicodedata.normalize("NFD", ch) if not unicodedata.combining(x))
            )
    return "".join(out)


def transcript(lang: str, text: str) -> str:
    words = []
    for raw in text.replace("\n", " ").split():
        w = raw.strip(".,!?;:()\"'¿¡")
        if not w:
            continue
        if any(ch.isdigit() for ch in w) or w in KEEP_CASE:
            words.append(w)
        elif w.isupper() and len(w) > 1:
            words.append(w.lower())
        elif lang == "de":
            words.append(w)
        else:
            words.append(w.lower())
    return " ".join(words)


def unnight(t: datetime, rng: random.Random) -> datetime:
    if t.hour >= 22:
        base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        return base + timedelta(minutes=rng.randint(0, 59))
    if t.hour < 7:
        return t.replace(hour=8, minute=0, second=0) + timedelta(minutes=rng.randint(0, 59))
    return t


def office(t: datetime, rng: random.Random) -> datetime:
    if t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 50), second=0)
    elif t.hour < 8:
        t = t.replace(hour=8, minute=rng.randint(0, 50), second=0)
    while t.weekday() >= 5:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 50), second=0)
    return t


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    b2b: bool = False


class Fam:
    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.n = n
        self.name = name
        self.code = code
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.cust: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    # --- time -------------------------------------------------------------------
    def at(self, day: float, h: int = 0, m: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=h, minutes=m)

    def daytime(self, day: int, lo: float, hi: float) -> datetime:
        return self.at(day) + timedelta(minutes=self.rng.randint(int(lo * 60), int(hi * 60) - 1))

    def pick_days(self, lo: int, hi: int, k: int, avoid: Iterable[int] = ()) -> list[int]:
        pool = [d for d in range(lo, hi + 1) if d not in set(avoid)]
        return sorted(self.rng.sample(pool, min(k, len(pool))))

    def mins(self, lo: int, hi: int) -> timedelta:
        return timedelta(minutes=self.rng.randint(lo, hi))

    # --- people ------------------------------------------------------------------
    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]

    def market(self, lang: str) -> str:
        opts = W.MARKETS[lang]
        return str(self.rng.choices([m for m, _ in opts], [w for _, w in opts])[0])

    def phone(self, market: str) -> str:
        prefixes, n = MOBILE[market]
        while True:
            num = (
                "+"
                + COUNTRY_CODE[market]
                + self.rng.choice(prefixes)
                + "".join(self.rng.choice("0123456789") for _ in range(n))
            )
            if claim(num):
                return num

    def person(
        self,
        persona: str,
        habit: str,
        *,
        lang: str | None = None,
        market: str | None = None,
        expected: Iterable[str] = (),
        tolerated: Iterable[str] = (),
        account: str | None = None,
        domain: str | None = None,
        avoid_first: Iterable[str] = (),
        **extra: Any,
    ) -> Cust:
        r = self.rng
        lang = lang or self.lang()
        market = market or self.market(lang)
        first = r.choice([x for x in W.FIRST[lang] if x not in set(avoid_first)])
        last = r.choice(W.LAST[lang])
        while True:
            cid = f"KS{self.code}{r.randint(1000, 9999)}"
            if claim("id:" + cid):
                break
        if domain is not None:
            email = f"{ascii_fold(first)}@{domain}.example"
            if not claim(email):
                fail(f"company e-mail reused: {email}")
            handle = None
        else:
            while True:
                style = r.randint(0, 3)
                f_, l_ = ascii_fold(first), ascii_fold(last)
                local = [
                    f"{f_}.{l_}{r.randint(1, 99)}",
                    f"{l_}.{f_}",
                    f"{f_[0]}{l_}{r.randint(10, 99)}",
                    f"{f_}{l_}",
                ][style]
                email = f"{local}@{r.choice(MAIL_DOMAINS)}"
                if claim(email):
                    break
            while True:
                hs = r.randint(0, 3)
                handle = [
                    "@" + f"{l_}_{f_}{r.randint(1, 9)}",
                    "@" + f"{f_}{l_}{r.randint(10, 99)}",
                    "@" + f"{l_}{f_[0]}",
                    "@" + f"{f_}_{l_}",
                ][hs]
                if claim("h:" + handle):
                    break
        phone = self.phone(market)
        exp = sorted(set(expected))
        tol = sorted(set(tolerated))
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": extra.pop("job", None) or r.choice(W.JOBS),
            "town": r.choice(W.TOWNS[market]),
        }
        truth.update(extra)
        c = Cust(
            cid, lang, market, first, dict(truth["identifiers"]), truth, b2b=account is not None
        )
        self.cust[cid] = c
        return c

    def new_case(self) -> str:
        while True:
            case = f"KS-{self.rng.randint(100000, 999999)}"
            if claim("case:" + case):
                return case

    # --- touchpoints -------------------------------------------------------------------
    def roughen(self, text: str) -> str:
        rr = self.rr
        if rr.random() < 0.10:
            text = strip_accents(text)
        if (
            rr.random() < 0.125
            and text[:1].isalpha()
            and text[:1].isupper()
            and not text[:2].isupper()
        ):
            text = text[0].lower() + text[1:]
        if rr.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = rr.choice(idx)
                w = words[i]
                j = rr.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        *,
        out: bool = False,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"ks129-{self.code.lower()}-{self.seq:05d}"
        a = {"market": c.market}
        if c.b2b:
            a["segment"] = "b2b"
        a.update(attrs or {})
        if out and "agent" not in a:
            a["agent"] = self.rng.choice(W.AGENTS)
        if text is not None and not out and channel not in ("phone", "survey"):
            if channel == "social" and not c.b2b:
                pos = text.rfind(W.BRAND)
                text = text[:pos] + "@" + text[pos:] if pos >= 0 else "@" + W.BRAND + " " + text
            text = self.roughen(text)
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            {
                "_c": c.key,
                "_t": t,
                "_n": self.seq,
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "text": text,
                "subject": subject,
                "scores": sc,
                "source": SOURCES[channel],
                "attributes": a,
            }
        )
        return eid

    def reply_mail(self, c: Cust, t: datetime, body: str, subject: str) -> str:
        agent = self.rng.choice(W.AGENTS)
        return self.add(
            c,
            t,
            "email",
            "message",
            body.format(first=c.first, agent=agent),
            subject,
            out=True,
            attrs={"agent": agent},
        )

    def reply_chat(self, c: Cust, t: datetime, text: str) -> str:
        return self.add(c, t, "chat", "chat", text, out=True)

    def money(self, c: Cust, value: str) -> dict[str, str]:
        v = float(value)
        if c.market == "UK":
            return {"order_value": f"{v * 0.86:.2f}", "currency": "GBP"}
        if c.market == "CH":
            return {"order_value": f"{v * 0.94:.2f}", "currency": "CHF"}
        return {"order_value": f"{v:.2f}", "currency": "EUR"}

    # --- happy acts ----------------------------------------------------------------------
    def happy(self, c: Cust, t: datetime, kind: str, lang: str | None = None) -> list[str]:
        r = self.rng
        L = lang or c.lang
        if kind in ("praise", "again"):
            table = W.PRAISE if kind == "praise" else W.AGAIN
            ch = r.choice(["community", "social"])
            return [
                self.add(c, t, ch, "post" if ch == "community" else "mention", r.choice(table[L]))
            ]
        if kind in ("gripe", "review"):
            text = r.choice(W.GRIPE[L] if kind == "gripe" else W.PRAISE[L])
            return [
                self.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": "4" if kind == "gripe" else "5", "page": "/reviews"},
                )
            ]
        if kind == "chat":
            q, a, th = r.choice(W.CHAT_Q[L])
            ids = [self.add(c, t, "chat", "chat", q)]
            t2 = t + self.mins(1, 6)
            ids.append(self.reply_chat(c, t2, a))
            if r.random() < 0.6:
                ids.append(self.add(c, t2 + self.mins(1, 3), "chat", "chat", th))
            return ids
        if kind == "mail":
            subj, body, ans = r.choice(W.MAIL_Q[L])
            e = self.add(c, t, "email", "message", body.format(first=c.first), subj)
            self.reply_mail(
                c, unnight(t + self.mins(30, 180), r), ans, W.SUBJ_ANSWER[L].format(subject=subj)
            )
            return [e]
        if kind == "call":
            text, follow = r.choice(W.CALL_Q[L])
            e = self.add(c, t, "phone", "call", text)
            self.reply_mail(
                c,
                t + self.mins(5, 30),
                follow,
                {
                    "en": "Your call today",
                    "de": "Ihr Anruf heute",
                    "fr": "Votre appel",
                    "es": "Tu llamada",
                    "it": "La tua chiamata",
                    "pt": "A sua chamada",
                }[L],
            )
            return [e]
        if kind == "buy":
            name, price, page = r.choice(W.PRODUCTS)
            v = self.add(c, t, "web", "page_view", attrs={"page": page})
            p = self.add(
                c,
                t + self.mins(3, 15),
                "web",
                "purchase",
                attrs={**self.money(c, price), "product": name, "page": page},
            )
            return [v, p]
        if kind == "view":
            return [self.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})]
        if kind == "survey":
            which = r.choice(["nps", "csat", "ces"])
            score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[
                which
            ]
            word = r.choice(W.SURVEY_WORDS[L])
            return [
                self.add(
                    c,
                    t,
                    "survey",
                    "survey_response",
                    word or None,
                    scores={which: score},
                    attrs={"survey": which},
                )
            ]
        fail(f"unknown happy kind {kind}")

    def night(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        r = self.rng
        L = lang or c.lang
        if r.random() < 0.5:
            ch = r.choice(["community", "social"])
            return self.add(
                c, t, ch, "post" if ch == "community" else "mention", r.choice(W.NIGHT_POST[L])
            )
        q, a, th = r.choice(W.NIGHT_CHAT[L])
        e = self.add(c, t, "chat", "chat", q)
        t2 = t + self.mins(1, 4)
        self.reply_chat(c, t2, a)
        self.add(c, t2 + self.mins(1, 3), "chat", "chat", th)
        return e

    def low_survey(
        self, c: Cust, t: datetime, which: str, lang: str | None = None
    ) -> tuple[str, int]:
        r = self.rng
        L = lang or c.lang
        score = r.randint(1, 5) if which == "nps" else r.randint(1, 2)
        word = r.choice(W.LOW_WORDS[L])
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={which: score},
            attrs={"survey": which},
        ), score

    # --- trouble ---------------------------------------------------------------------------
    def complaint(
        self,
        c: Cust,
        t: datetime,
        ch: str,
        prob: str,
        case: str | None,
        *,
        reply: bool = True,
        lang: str | None = None,
    ) -> str:
        r = self.rng
        L = lang or c.lang
        core = r.choice(W.CORE[prob][L])
        demand = r.choice(W.DEMAND[L])
        subj = W.COMPLAINT_SUBJECT[L].format(topic=W.TOPIC[prob][L])
        if ch == "long":
            e = self.add(
                c,
                t,
                "email",
                "message",
                r.choice(W.LONG_EMAIL[L]).format(core=core, demand=demand, first=c.first),
                subj,
            )
        elif ch == "email":
            body = f"{W.GREET[L]}\n\n{core} {demand}\n\n{W.SIGN[L].format(first=c.first)}"
            e = self.add(c, t, "email", "message", body, subj)
        elif ch == "chat":
            e = self.add(c, t, "chat", "chat", f"{core} {demand}")
        elif ch == "social":
            e = self.add(c, t, "social", "mention", core)
        elif ch == "web":
            e = self.add(
                c, t, "web", "ticket", f"{core} {demand}", subj, attrs={"page": "/help/contact"}
            )
        elif ch == "phone":
            e = self.add(
                c,
                t,
                "phone",
                "call",
                r.choice(W.CALL_OPEN[L]) + " " + transcript(L, f"{core} {demand}"),
            )
        else:
            fail(f"unknown complaint channel {ch}")
        if reply and case is not None:
            if ch == "chat":
                self.reply_chat(c, t + self.mins(1, 4), W.CHAT_CASE[L].format(case=case))
            else:
                self.reply_mail(
                    c,
                    t + self.mins(10, 40),
                    W.CASE_OPENED[L].replace("{case}", case),
                    W.CASE_SUBJECT[L].format(case=case),
                )
        return e

    def later(
        self, c: Cust, t: datetime, ch: str, text: str, case: str, lang: str | None = None
    ) -> str:
        L = lang or c.lang
        if ch == "email":
            return self.add(
                c, t, "email", "message", f"{text}\n\n{c.first}", W.RE_SUBJECT[L].format(case=case)
            )
        if ch == "phone":
            return self.add(
                c, t, "phone", "call", self.rng.choice(W.CALL_OPEN[L]) + " " + transcript(L, text)
            )
        if ch == "web":
            return self.add(
                c,
                t,
                "web",
                "ticket",
                text,
                W.RE_SUBJECT[L].format(case=case),
                attrs={"page": "/help/contact"},
            )
        if ch == "social":
            return self.add(c, t, "social", "mention", text)
        if ch == "community":
            return self.add(c, t, "community", "post", text)
        e = self.add(c, t, "chat", "chat", text)
        self.reply_chat(c, t + self.mins(1, 4), W.URGENT[L].format(case=case))
        return e

    def fixed_case(
        self,
        c: Cust,
        t: datetime,
        prob: str,
        ch: str,
        lang: str | None = None,
        confirm_lang: str | None = None,
    ) -> dict[str, Any]:
        r = self.rng
        L = lang or c.lang
        CL = confirm_lang or L
        case = self.new_case()
        e = self.complaint(c, t, ch, prob, case, lang=L)
        fixed = unnight(t + timedelta(hours=r.uniform(3, 20)), r)
        self.reply_mail(
            c, fixed, W.GOOD_NEWS[CL].replace("{case}", case), W.CASE_SUBJECT[CL].format(case=case)
        )
        conf = unnight(fixed + timedelta(hours=r.uniform(8, 30)), r)
        cch = r.choice(["email", "chat"])
        text = r.choice(W.CONFIRM[CL]).format(case=case)
        if cch == "email":
            ce = self.add(c, conf, "email", "message", text, W.RE_SUBJECT[CL].format(case=case))
        else:
            ce = self.add(c, conf, "chat", "chat", text)
        return {
            "problem": prob,
            "booking": case,
            "raised_at": iso(t),
            "fixed_at": iso(fixed),
            "confirmed_at": iso(conf),
            "problem_event_ids": [e],
            "confirm_event_id": ce,
            "channel": ch,
            "confirm_channel": cch,
        }

    # --- output ------------------------------------------------------------------------------
    def finalize(self) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        rows = sorted(self.rows, key=lambda x: (x["_t"], x["_n"]))
        seen: set[str] = set()
        out_rows = []
        rr = self.rr
        for row in rows:
            c = self.cust[row["_c"]]
            ids = c.ids
            ref: dict[str, str | None]
            if row["direction"] == "outbound" or c.key not in seen:
                ref = dict(ids)
                if row["direction"] == "inbound":
                    seen.add(c.key)
            else:
                ch = row["channel"]
                ref = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": ids["account_id"],
                }
                if ch == "phone":
                    ph = ids["phone"] or ""
                    cc = COUNTRY_CODE[c.market]
                    ref["phone"] = "+" + cc + " " + ph[1 + len(cc) :] if rr.random() < 0.5 else ph
                elif ch in ("social", "community") and ids["handle"]:
                    h = ids["handle"]
                    ref["handle"] = h[1:] if rr.random() < 0.2 else h
                elif ch in ("email", "social", "community"):
                    em = ids["email"] or ""
                    ref["email"] = em.upper() if rr.random() < 1 / 12 else em
                else:
                    ref["customer_id"] = ids["customer_id"]
            rec = {
                "event_id": row["event_id"],
                "occurred_at": row["occurred_at"],
                "channel": row["channel"],
                "kind": row["kind"],
                "direction": row["direction"],
                "customer": ref,
                "text": row["text"],
                "subject": row["subject"],
                "scores": row["scores"],
                "source": row["source"],
                "attributes": row["attributes"],
            }
            out_rows.append(rec)
        # checks
        last = rows[-1]["_t"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        for row in rows:
            t = row["_t"]
            if t < self.start or t >= LIMIT or t < YEAR:
                fail(f"{self.name}: {row['event_id']} at {iso(t)} out of window")
        if end >= LIMIT:
            fail(f"{self.name}: end {iso(end)} too late")
        owner = {row["event_id"]: row["_c"] for row in rows}
        inbound = {row["_c"] for row in rows if row["direction"] == "inbound"}
        for key, c in self.cust.items():
            if key not in inbound:
                fail(f"{self.name}: {key} has no inbound touchpoint")
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                fail(f"{self.name}: {key} expects and tolerates a rule")
            for eid in event_ids_of(c.truth):
                if owner.get(eid) != key:
                    fail(f"{self.name}: {key} names {eid}, not theirs")
        for aid, acc in self.accounts.items():
            if set(acc["expected_rules"]) & set(acc["tolerated_rules"]):
                fail(f"{self.name}: account {aid} expects and tolerates a rule")
        for eid in self.spike.get("event_ids", []) + self.spike.get("repeat_event_ids", []):
            if eid not in owner:
                fail(f"{self.name}: spike names missing {eid}")
        expected: Counter[str] = Counter()
        for c in self.cust.values():
            expected.update(c.truth["expected_rules"])
        for acc in self.accounts.values():
            expected.update(acc["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in self.cust.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return out_rows, truth


def event_ids_of(truth: dict[str, Any]) -> list[str]:
    found: list[str] = []
    for k, v in truth.items():
        if k.endswith("event_id") and isinstance(v, str):
            found.append(v)
        elif k.endswith("event_ids") and isinstance(v, list):
            found.extend(v)
        elif k == "problems":
            for p in v:
                found.extend(p["problem_event_ids"])
                found.append(p["confirm_event_id"])
    return found


HAPPY_KINDS = [
    "praise",
    "again",
    "gripe",
    "chat",
    "mail",
    "call",
    "buy",
    "view",
    "review",
    "survey",
    "chat",
    "buy",
]
PLAIN_KINDS = [
    "praise",
    "again",
    "gripe",
    "chat",
    "mail",
    "call",
    "buy",
    "view",
    "review",
    "chat",
    "buy",
]


def happy_run(
    f: Fam,
    c: Cust,
    days: list[int],
    kinds: list[str],
    lo: float = 7,
    hi: float = 21,
    langs: list[str] | None = None,
) -> list[str]:
    ids = []
    for i, d in enumerate(days):
        L = langs[i % len(langs)] if langs else None
        ids += f.happy(c, f.daytime(d, lo, hi), f.rng.choice(kinds), lang=L)
    return ids


# --- families ------------------------------------------------------------------------------


def happy_writers(f: Fam) -> dict[str, int]:
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_run(f, c, f.pick_days(0, 9, r.randint(5, 8)), HAPPY_KINDS, 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer", job=r.choice(W.NIGHT_JOBS))
        for d in f.pick_days(0, 8, r.randint(2, 4)):
            f.night(c, f.at(d, 22, 12) + f.mins(0, 6 * 60 + 18))
        happy_run(
            f, c, f.pick_days(0, 9, r.randint(2, 3)), ["praise", "buy", "view", "review"], 9, 18
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        happy_run(f, c, f.pick_days(0, 9, r.randint(3, 6)), ["survey"], 8, 20)
    return {}


def one_bad_day(f: Fam) -> dict[str, int]:
    r = f.rng
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(probs)
    long_langs = ["en", "de", "en", "de"]
    bad: list[tuple[Cust, datetime, str | None]] = []
    for i, ch in enumerate(chans):
        lang = long_langs.pop() if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lang, tolerated=T_SILENCE)
        d = r.randint(2, 9)
        t = f.daytime(d, 8, 20)
        avoid = range(d - 1, d + 3)
        happy_run(f, c, f.pick_days(0, 11, r.randint(1, 5), avoid), PLAIN_KINDS, 7, 21)
        case = None if ch == "social" else f.new_case()
        e = f.complaint(c, t, ch, probs[i], case)
        c.truth.update(
            problem=probs[i],
            bad_day_at=iso(t),
            bad_day_event_id=e,
            trouble_starts_at=iso(t),
            booking=case,
            long_email=ch == "long",
            problem_event_ids=[e],
            channel="email" if ch == "long" else ch,
            nps_given=False,
            csat_given=False,
            agent_fixed=False,
            apologised=False,
        )
        bad.append((c, t, case))
    with_case = [b for b in bad if b[2] is not None]
    r.shuffle(with_case)
    for c, t, _ in with_case[:6]:
        e, s = f.low_survey(c, t + f.mins(100, 140), "nps")
        c.truth.update(
            persona="bad_day_detractor",
            expected_rules=["detractor"],
            nps_given=True,
            nps=s,
            survey_event_id=e,
        )
    for c, t, _ in with_case[6:11]:
        e, s = f.low_survey(c, t + f.mins(40, 80), "csat")
        c.truth.update(csat_given=True, csat=s, survey_event_id=e)
    good = r.sample(with_case, 12)
    for j, (c, t, case) in enumerate(good):
        assert case is not None
        f.reply_mail(
            c,
            unnight(t + f.mins(60, 240), r),
            W.GOOD_NEWS[c.lang].replace("{case}", case),
            W.CASE_SUBJECT[c.lang].format(case=case),
        )
        c.truth["agent_fixed"] = True
        if j < 5:
            ta = unnight(t + timedelta(hours=r.uniform(16, 24)), r)
            text = r.choice(W.APOLOGY[c.lang])
            if r.random() < 0.5:
                e = f.add(c, ta, "chat", "chat", text)
            else:
                e = f.add(c, ta, "email", "message", text, W.RE_SUBJECT[c.lang].format(case=case))
            c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=e)
    for _ in range(8):
        c = f.person("happy", "control")
        happy_run(f, c, f.pick_days(0, 11, r.randint(4, 7)), PLAIN_KINDS, 7, 21)
    return {"detractor": 6}


def repeat_contacts(f: Fam) -> dict[str, int]:
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(counts)
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    lead = set(r.sample(range(12), 6))
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=T_REPEAT)
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.daytime(0, 7, 12), r.choice(["chat", "buy", "view", "praise"]))
        prob = r.choice(W.PROBLEMS)
        case = f.new_case()
        t = f.daytime(r.randint(1, 4), 8, 19)
        ch0 = firsts[i]
        ids = [f.complaint(c, t, ch0, prob, case, reply=False)]
        L = c.lang
        if ch0 == "chat":
            f.reply_chat(c, t + f.mins(1, 4), W.CHAT_CASE[L].format(case=case))
        if i in lead:
            f.reply_mail(
                c,
                unnight(t + f.mins(90, 150), r),
                W.QUALITY_LEAD[L].replace("{case}", case),
                W.CASE_SUBJECT[L].format(case=case),
            )
        elif ch0 != "chat":
            f.reply_mail(
                c,
                t + f.mins(10, 40),
                W.CASE_OPENED[L].replace("{case}", case),
                W.CASE_SUBJECT[L].format(case=case),
            )
        pool = [x for x in ["email", "chat", "phone", "web", "social"] if x != ch0]
        r.shuffle(pool)
        comp = r.choice(W.COMPETITORS)
        tt = t
        chans = [ch0]
        for k in range(1, counts[i]):
            tt = unnight(tt + timedelta(hours=r.uniform(4, 40)), r)
            core = r.choice(W.CORE[prob][L])
            table = [W.STILL, W.THIRD, W.FOURTH][k - 1]
            text = r.choice(table[L]).format(case=case, core=core, comp=comp)
            ids.append(f.later(c, tt, pool[k - 1], text, case))
            chans.append(pool[k - 1])
        c.truth.update(
            problem=prob,
            booking=case,
            contacts=counts[i],
            channels=chans,
            channel=ch0,
            problem_event_ids=ids,
            trouble_starts_at=iso(t),
            competitor=comp if counts[i] >= 3 else None,
            agent_passed_on=i in lead,
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=T_SILENCE)
        happy_run(f, c, f.pick_days(0, 1, r.randint(1, 2)), PLAIN_KINDS, 8, 20)
        t = f.daytime(r.randint(1, 3), 8, 18)
        p = f.fixed_case(c, t, r.choice(W.PROBLEMS), r.choice(["web", "email", "chat"]))
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"], booking=p["booking"])
        happy_run(f, c, [r.randint(7, 9)], ["praise", "buy", "view"], 9, 19)
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=T_SILENCE)
        p1, p2 = r.sample(list(W.PROBLEMS), 2)
        d1 = r.randint(0, 2)
        a = f.fixed_case(c, f.daytime(d1, 9, 17), p1, r.choice(["web", "email", "chat"]))
        b = f.fixed_case(
            c,
            f.daytime(d1 + r.randint(4, 5), 9, 17),
            p2,
            r.choice(["web", "email", "chat", "phone"]),
        )
        c.truth.update(problems=[a, b], trouble_starts_at=a["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        happy_run(
            f,
            c,
            f.pick_days(0, 9, r.randint(5, 8)),
            ["chat", "chat", "mail", "call", "chat", "mail", "buy", "praise"],
            7,
            20,
        )
    return {"repeat_contact": 12}


def slide(f: Fam, c: Cust, s0: int, span: int, langs: list[str], comp: str) -> list[datetime]:
    r = f.rng
    ids = []
    times = []
    prev: datetime | None = None
    for i in range(6):
        t = f.daytime(s0 + int(span * i / 5), 9, 20)
        if prev is not None and t < prev + timedelta(hours=1):
            t = prev + timedelta(hours=1) + f.mins(0, 90)
        t = unnight(t, r)
        L = langs[i % len(langs)]
        text = W.SLIDE[L][i].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            e = f.add(
                c,
                t,
                "web",
                "review",
                text,
                attrs={"rating": ["3", "3", "2", "2", "1", "1"][i], "page": "/reviews"},
            )
        else:
            e = f.add(c, t, ch, "post" if ch == "community" else "mention", text)
        ids.append(e)
        times.append(t)
        prev = t
    c.truth.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(times[0])
    )
    return times


def slow_churners(f: Fam) -> dict[str, int]:
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    det = set(r.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop", "detractor"] if i in det else ["sentiment_drop"]
        c = f.person("slow_churner", "slides", expected=exp, tolerated=T_SLIDE)
        happy_run(f, c, f.pick_days(0, 10, r.randint(4, 5)), ["praise"], 8, 20)
        happy_run(
            f,
            c,
            f.pick_days(0, 10, r.randint(2, 4)),
            ["chat", "buy", "view", "mail", "again"],
            8,
            20,
        )
        times = slide(f, c, r.randint(12, 16), spans[i], [c.lang], r.choice(W.COMPETITORS))
        c.truth["nps_given"] = i in det
        if i in det:
            e, s = f.low_survey(c, unnight(times[3] + f.mins(150, 210), r), "nps")
            c.truth.update(nps=s, survey_event_id=e)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=T_LEAVE)
        happy_run(f, c, f.pick_days(0, 15, r.randint(4, 6)), PLAIN_KINDS, 8, 20)
        t = f.daytime(r.randint(17, 23), 9, 20)
        subj, body = r.choice(W.LEAVE[c.lang])
        e = f.add(c, t, "email", "message", body.format(first=c.first), subj)
        t2 = unnight(t + f.mins(60, 300), r)
        f.reply_mail(c, t2, W.SORRY_GO[c.lang], W.SUBJ_ANSWER[c.lang].format(subject=subj))
        t3 = unnight(t2 + f.mins(60, 24 * 60), r)
        x = f.add(
            c,
            t3,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Kistora Plus"},
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=iso(t3),
            trouble_starts_at=iso(t),
        )
    for _ in range(4):
        c = f.person("steadily_grumpy", "grumbles", tolerated=T_GRUMPY)
        ids = []
        texts = r.sample(W.GRUMPY[c.lang], min(len(W.GRUMPY[c.lang]), r.randint(4, 6)))
        for d, text in zip(f.pick_days(0, 31, len(texts)), texts, strict=True):
            ch = r.choice(["community", "social"])
            ids.append(
                f.add(c, f.daytime(d, 8, 21), ch, "post" if ch == "community" else "mention", text)
            )
        happy_run(f, c, f.pick_days(0, 31, r.randint(1, 2)), ["buy", "view"], 8, 20)
        first_t = min(row["_t"] for row in f.rows if row["event_id"] in ids)
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=iso(first_t))
    for _ in range(4):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=T_SILENCE)
        days = f.pick_days(0, 31, r.randint(5, 7))
        sd = days.pop(r.randrange(len(days)))
        happy_run(f, c, days, PLAIN_KINDS, 8, 20)
        ch = r.choice(["community", "social"])
        t = f.daytime(sd, 9, 20)
        e = f.add(c, t, ch, "post" if ch == "community" else "mention", r.choice(W.SARCASM[c.lang]))
        c.truth.update(sarcasm_event_id=e, trouble_starts_at=iso(t))
    for _ in range(8):
        c = f.person("happy", "steady")
        happy_run(f, c, f.pick_days(0, 31, r.randint(5, 9)), HAPPY_KINDS, 8, 20)
    return {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}


def quiet_hours(f: Fam) -> dict[str, int]:
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_run(
            f,
            c,
            f.pick_days(0, 2, r.randint(1, 3)),
            ["praise", "again", "gripe", "chat", "buy", "view", "review", "survey"],
            7,
            17.5,
        )
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=T_SILENCE)
        t = f.daytime(r.randint(0, 2), 9, 17)
        f.happy(c, t, r.choice(["buy", "view"]))
        t2 = t + f.mins(20, 30)
        text = r.choice(W.GRUMBLE[c.lang])
        if i < 2:
            e = f.add(c, t2, "chat", "chat", text)
            f.reply_chat(c, t2 + f.mins(1, 5), W.GRUMBLE_ANSWER[c.lang])
        else:
            e = f.add(c, t2, "web", "ticket", text, attrs={"page": "/help/contact"})
            subj, body = W.FORM_ACK[c.lang]
            f.reply_mail(c, t2 + f.mins(20, 90), body, subj)
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t2))
    owls = []
    for night in range(3):
        b0 = f.at(night + 1, 0, r.randint(40, 65))
        starts = [b0, b0 + f.mins(28, 33), b0 + f.mins(55, 65)]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person(
                    "night_owl", f"night {night + 1}, burst {b + 1}", job=r.choice(W.NIGHT_JOBS)
                )
                e = f.night(c, bs + f.mins(0, 9))
                c.truth.update(burst_at=iso(bs), night_event_id=e)
                owls.append(c)
    for c in r.sample(owls, 18):
        f.happy(c, f.daytime(r.randint(0, 2), 9, 17.5), r.choice(["praise", "buy", "view"]))
    return {}


PAIRS = (
    [("en", "de")] * 4
    + [("de", "en")] * 4
    + [
        ("en", "fr"),
        ("fr", "en"),
        ("de", "fr"),
        ("fr", "de"),
        ("en", "es"),
        ("es", "en"),
        ("de", "it"),
        ("it", "de"),
        ("en", "pt"),
        ("pt", "en"),
        ("de", "es"),
        ("en", "it"),
        ("it", "en"),
        ("pt", "de"),
        ("es", "de"),
        ("de", "pt"),
        ("fr", "es"),
        ("es", "fr"),
        ("en", "de"),
    ]
)
SECOND = [
    "works for an international firm",
    "partner's language",
    "grew up in the other country",
    "studied abroad",
    "colleagues' language at work",
    "moved here ten years ago",
]


def bilingual(f: Fam) -> dict[str, int]:
    r = f.rng
    pairs = list(PAIRS)
    r.shuffle(pairs)
    li = next(i for i, p in enumerate(pairs) if p[1] == "de")
    pairs.insert(0, pairs.pop(li))
    roles = (
        ["bad_long", "bad_email", "bad_chat"]
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["fixed"] * 2
        + ["happy"] * 12
    )
    rep_counts = [2, 2, 3, 3, 4]
    for (l1, l2), role in zip(pairs, roles, strict=True):
        langs = [l1, l2]
        market = f.market(r.choice(langs))
        extra: dict[str, Any] = {"languages": langs, "job_second_language": r.choice(SECOND)}
        if role == "happy":
            c = f.person("happy", "alternates languages", lang=l1, market=market, **extra)
            happy_run(f, c, f.pick_days(0, 13, r.randint(5, 8)), HAPPY_KINDS, 7, 21, langs=langs)
        elif role == "repeat":
            n = rep_counts.pop()
            c = f.person(
                "repeat_contact",
                "repeats",
                lang=l1,
                market=market,
                expected=["repeat_contact"],
                tolerated=T_REPEAT,
                **extra,
            )
            happy_run(
                f,
                c,
                f.pick_days(0, 1, r.randint(1, 2)),
                ["chat", "buy", "view", "praise"],
                8,
                18,
                langs=langs,
            )
            prob = r.choice(W.PROBLEMS)
            case = f.new_case()
            t = f.daytime(r.randint(2, 5), 8, 19)
            ch0 = r.choice(["web", "email", "chat", "phone"])
            ids = [f.complaint(c, t, ch0, prob, case, reply=False, lang=l1)]
            if ch0 == "chat":
                f.reply_chat(c, t + f.mins(1, 4), W.CHAT_CASE[l1].format(case=case))
            if n >= 3:
                f.reply_mail(
                    c,
                    unnight(t + f.mins(90, 150), r),
                    W.QUALITY_LEAD[l1].replace("{case}", case),
                    W.CASE_SUBJECT[l1].format(case=case),
                )
            elif ch0 != "chat":
                f.reply_mail(
                    c,
                    t + f.mins(10, 40),
                    W.CASE_OPENED[l1].replace("{case}", case),
                    W.CASE_SUBJECT[l1].format(case=case),
                )
            pool = [x for x in ["email", "chat", "phone", "web", "social"] if x != ch0]
            r.shuffle(pool)
            comp = r.choice(W.COMPETITORS)
            tt = t
            for k in range(1, n):
                tt = unnight(tt + timedelta(hours=r.uniform(4, 40)), r)
                L = langs[k % 2]
                text = r.choice([W.STILL, W.THIRD, W.FOURTH][k - 1][L]).format(
                    case=case, core=r.choice(W.CORE[prob][L]), comp=comp
                )
                ids.append(f.later(c, tt, pool[k - 1], text, case, lang=L))
            c.truth.update(
                problem=prob,
                booking=case,
                contacts=n,
                channel=ch0,
                channels=[ch0, *pool[: n - 1]],
                problem_event_ids=ids,
                trouble_starts_at=iso(t),
                competitor=comp if n >= 3 else None,
                agent_passed_on=n >= 3,
            )
        elif role == "slide":
            c = f.person(
                "slow_churner",
                "slides",
                lang=l1,
                market=market,
                expected=["sentiment_drop"],
                tolerated=T_SLIDE,
                **extra,
            )
            happy_run(f, c, f.pick_days(0, 5, 5), ["praise"], 8, 20, langs=langs)
            happy_run(
                f,
                c,
                f.pick_days(0, 5, r.randint(1, 3)),
                ["chat", "buy", "view"],
                8,
                20,
                langs=langs,
            )
            slide(f, c, r.randint(7, 8), r.randint(3, 5), langs, r.choice(W.COMPETITORS))
        elif role == "fixed":
            c = f.person(
                "resolved_between_contacts",
                "fixed",
                lang=l1,
                market=market,
                tolerated=T_SILENCE,
                **extra,
            )
            happy_run(f, c, f.pick_days(0, 2, 2), PLAIN_KINDS, 8, 20, langs=langs)
            p = f.fixed_case(
                c,
                f.daytime(r.randint(3, 6), 9, 17),
                r.choice(W.PROBLEMS),
                "web",
                lang=l1,
                confirm_lang=l2,
            )
            c.truth.update(
                problems=[p],
                trouble_starts_at=p["raised_at"],
                booking=p["booking"],
                confirm_language=l2,
            )
        else:
            c = f.person(
                "happy_one_bad_day",
                "one bad day",
                lang=l1,
                market=market,
                tolerated=T_SILENCE,
                **extra,
            )
            d = r.randint(4, 9)
            t = f.daytime(d, 9, 19)
            happy_run(
                f,
                c,
                f.pick_days(0, 13, r.randint(3, 6), range(d - 1, d + 3)),
                PLAIN_KINDS,
                8,
                20,
                langs=langs,
            )
            ch = {"bad_long": "long", "bad_email": "email", "bad_chat": "chat"}[role]
            case = f.new_case()
            prob = r.choice(W.PROBLEMS)
            e = f.complaint(c, t, ch, prob, case, lang=l2)
            c.truth.update(
                problem=prob,
                booking=case,
                bad_day_at=iso(t),
                bad_day_event_id=e,
                bad_day_language=l2,
                trouble_starts_at=iso(t),
                long_email=ch == "long",
                problem_event_ids=[e],
                agent_fixed=ch != "chat",
                apologised=False,
            )
            if ch != "chat":
                f.reply_mail(
                    c,
                    unnight(t + f.mins(60, 240), r),
                    W.GOOD_NEWS[l2].replace("{case}", case),
                    W.CASE_SUBJECT[l2].format(case=case),
                )
            if ch == "email":
                ta = unnight(t + timedelta(hours=r.uniform(18, 24)), r)
                ae = f.add(c, ta, "chat", "chat", r.choice(W.APOLOGY[l2]))
                c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=ae)
    return {"repeat_contact": 5, "sentiment_drop": 5}


def b2b_routine(f: Fam, c: Cust, t: datetime, kind: str) -> list[str]:
    r = f.rng
    L = c.lang
    if kind == "chat":
        q, a, th = r.choice(B.CHAT_Q[L])
        ids = [f.add(c, t, "chat", "chat", q)]
        t2 = t + f.mins(1, 6)
        f.reply_chat(c, t2, a)
        if r.random() < 0.6:
            ids.append(f.add(c, t2 + f.mins(1, 3), "chat", "chat", th))
        return ids
    if kind == "buy":
        name, price, page = r.choice(B.PRODUCTS)
        v = f.add(c, t, "web", "page_view", attrs={"page": page})
        return [
            v,
            f.add(
                c,
                t + f.mins(3, 15),
                "web",
                "purchase",
                attrs={**f.money(c, price), "product": name, "page": page},
            ),
        ]
    if kind == "view":
        return [f.add(c, t, "web", "page_view", attrs={"page": r.choice(B.PAGES)})]
    if kind == "praise":
        return [f.add(c, t, "community", "post", r.choice(B.PRAISE[L]))]
    return f.happy(c, t, "survey")


def weekdays(f: Fam, lo: int, hi: int) -> list[int]:
    return [d for d in range(lo, hi + 1) if f.at(d).weekday() < 5]


def b2b_accounts(f: Fam) -> dict[str, int]:
    r = f.rng
    specs: list[tuple[str, str | None, int, int]] = [
        ("at_risk", "portal", 5, 3),
        ("at_risk", "invoice", 4, 3),
        ("at_risk", "service_blocked", 6, 3),
        ("at_risk", "invoice", 5, 4),
        ("at_risk", "overbilled", 5, 4),
        ("one_unhappy", "service_blocked", 3, 1),
        ("one_unhappy", "overbilled", 3, 1),
        ("one_unhappy", "portal", 3, 1),
        ("one_unhappy", "invoice", 3, 1),
        ("mild", None, 3, 0),
        ("mild", None, 4, 0),
        ("mild", None, 3, 0),
        ("happy", None, 4, 0),
        ("happy", None, 3, 0),
        ("happy", None, 4, 0),
    ]
    pools = {k: list(v) for k, v in B.COMPANIES.items()}
    for lst in pools.values():
        r.shuffle(lst)
    last_channels = ["email", "phone", "phone", "phone", "phone"]
    r.shuffle(last_channels)
    wd = weekdays(f, 0, 13)
    acc_langs = ["en"] * 5 + ["de"] * 5 + ["fr", "es", "es", "it", "pt"]
    r.shuffle(acc_langs)
    for (kind, prob, ncont, nunhappy), lang in zip(specs, acc_langs, strict=True):
        company, domain, site = pools[lang].pop()
        market = f.market(lang)
        while True:
            aid = f"KSO-{market}-{r.randint(1000, 9999)}"
            if claim("acc:" + aid):
                break
        contacts: list[Cust] = []
        firsts: list[str] = []
        for j in range(ncont):
            unhappy = j < nunhappy
            if kind == "at_risk" and unhappy:
                persona, exp, tol, role = "b2b_unhappy", [], T_B2B_RISK, "complainer"
            elif kind == "one_unhappy" and unhappy:
                persona, exp, tol, role = "b2b_one_unhappy", ["detractor"], T_B2B_ONE, "complainer"
            elif kind == "mild" and j < 2:
                persona, exp, tol, role = "b2b_mild", [], T_SILENCE, "suggests"
            else:
                persona, exp, tol, role = "b2b_happy", [], [], "contact"
            title = r.choice(B.JOB_TITLES)
            c = f.person(
                persona,
                role,
                lang=lang,
                market=market,
                expected=exp,
                tolerated=tol,
                account=aid,
                domain=domain,
                avoid_first=firsts,
                job=title,
                company=company,
                role=role,
                job_title=title,
            )
            firsts.append(c.first)
            contacts.append(c)
        acc: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": ncont,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": nunhappy,
            "unhappy_contact_keys": [c.key for c in contacts[:nunhappy]],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        f.accounts[aid] = acc
        for j, c in enumerate(contacts):
            if c.truth["role"] == "contact":
                for d in sorted(r.sample(wd, r.randint(2, 5))):
                    b2b_routine(
                        f,
                        c,
                        f.daytime(d, 8, 16.5),
                        r.choice(["chat", "buy", "view", "praise", "survey"]),
                    )
            elif kind in ("at_risk", "one_unhappy") or j < 2:
                for _ in range(r.randint(0, 2)):
                    b2b_routine(
                        f, c, f.daytime(r.randint(0, 1), 8, 16.5), r.choice(["chat", "buy", "view"])
                    )
        if kind == "at_risk":
            assert prob is not None
            t = f.daytime(2, 8, 12)
            acc["trouble_starts_at"] = iso(t)
            first = contacts[0]
            case = f.new_case()
            wdname = B.WEEKDAYS[lang][t.weekday()]
            for j, c in enumerate(contacts[:nunhappy]):
                core = r.choice(B.CORE[prob][lang])
                subj = B.SUBJECT[lang].format(company=company, topic=B.TOPIC[prob][lang])
                if j == 0:
                    body = B.FIRST_MAIL[lang].format(
                        core=core, first=c.first, title=c.truth["job_title"], company=company
                    )
                else:
                    t = office(t + timedelta(hours=r.uniform(8, 28)), r)
                    body = r.choice(B.LATER_MAIL[lang]).format(
                        core=core,
                        first=c.first,
                        title=c.truth["job_title"],
                        company=company,
                        name=first.first,
                        weekday=wdname,
                        case=case,
                    )
                e = f.add(c, t, "email", "message", body, subj)
                if j == 0:
                    f.reply_mail(
                        c,
                        t + f.mins(10, 60),
                        B.ACK[lang].replace("{case}", case).replace("{company}", company),
                        W.CASE_SUBJECT[lang].format(case=case),
                    )
                ids = [e]
                c.truth.update(
                    problem=prob,
                    booking=case,
                    trouble_starts_at=iso(t),
                    complaint_event_ids=ids,
                    company=company,
                )
                if j < nunhappy - 1:
                    se, s = f.low_survey(c, t + f.mins(60, 180), "nps")
                    c.truth.update(
                        expected_rules=["detractor"], nps_given=True, nps=s, survey_event_id=se
                    )
                else:
                    t2 = office(t + timedelta(hours=r.uniform(18, 40)), r)
                    comp = r.choice(W.COMPETITORS)
                    lc = last_channels.pop()
                    if lc == "email":
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            B.LAST_MAIL[lang].format(
                                case=case,
                                comp=comp,
                                first=c.first,
                                title=c.truth["job_title"],
                                company=company,
                            ),
                            W.RE_SUBJECT[lang].format(case=case),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(c, t2, "phone", "call", B.LAST_CALL[lang].format(case=case))
                        c.truth["competitor"] = None
                    ids.append(e2)
                    c.truth.update(
                        expected_rules=["repeat_contact"], nps_given=False, repeat_event_id=e2
                    )
        elif kind == "one_unhappy":
            assert prob is not None
            c = contacts[0]
            t = office(f.daytime(r.randint(3, 7), 8, 16), r)
            case = f.new_case()
            core = r.choice(B.CORE[prob][lang])
            e = f.add(
                c,
                t,
                "email",
                "message",
                B.FIRST_MAIL[lang].format(
                    core=core, first=c.first, title=c.truth["job_title"], company=company
                ),
                B.SUBJECT[lang].format(company=company, topic=B.TOPIC[prob][lang]),
            )
            f.reply_mail(
                c,
                t + f.mins(10, 60),
                B.ACK[lang].replace("{case}", case).replace("{company}", company),
                W.CASE_SUBJECT[lang].format(case=case),
            )
            se, s = f.low_survey(c, t + f.mins(60, 180), "nps")
            c.truth.update(
                problem=prob,
                booking=case,
                trouble_starts_at=iso(t),
                complaint_event_ids=[e],
                nps_given=True,
                nps=s,
                survey_event_id=se,
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.daytime(r.choice([d for d in wd if d >= 2]), 8, 16)
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    r.choice(B.MILD[lang]),
                    attrs={"page": "/office/portal/feedback"},
                )
                f.reply_mail(
                    c,
                    t + f.mins(30, 120),
                    B.MILD_ACK[lang],
                    {
                        "en": "Your suggestion",
                        "de": "Ihre Anregung",
                        "fr": "Votre suggestion",
                        "es": "Tu sugerencia",
                        "it": "Il tuo suggerimento",
                        "pt": "A sua sugestão",
                    }[lang],
                )
                c.truth.update(mild_event_id=e, trouble_starts_at=iso(t))
    return {"account_risk": 5, "detractor": 16, "repeat_contact": 5}


def topic_spike(f: Fam) -> dict[str, int]:
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.pick_days(0, 5, r.randint(1, 4)):
            lo, hi = (12.0, 19.0) if d == 5 else (8.0, 20.0)
            f.happy(c, f.daytime(d, lo, hi), r.choice(HAPPY_KINDS))
    for lang in ("en", "de"):
        c = f.person("grumbles_once", "grumbles once", lang=lang, tolerated=T_SILENCE)
        t = f.daytime(0, 9, 17)
        e = f.add(c, t, "chat", "chat", W.GRUMBLE[lang][2])
        f.reply_chat(c, t + f.mins(1, 5), W.GRUMBLE_ANSWER[lang])
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t))
    for lang, hm in (("en", (9, 40)), ("de", (16, 5))):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=T_SILENCE)
        t = f.at(4, *hm)
        q, a = W.LONE_Q[lang]
        e = f.add(c, t, "chat", "chat", q)
        f.reply_chat(c, t + f.mins(2, 5), a)
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    langs = ["en"] * 6 + ["de"] * 6 + ["fr", "fr", "es", "es", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = f.at(5, 8, 20)
    offsets = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    regular = set(r.sample(range(20), 12))
    reporters: list[tuple[Cust, datetime, str, str]] = []
    ids: list[str] = []
    for i in range(20):
        L = langs[i]
        is_reg = i in regular
        c = f.person("spike_reporter", "regular" if is_reg else "new", lang=L, tolerated=T_SILENCE)
        if is_reg:
            for d in sorted(r.sample([2, 3, 4], r.randint(1, 3))):
                f.happy(c, f.daytime(d, 8, 17.5), r.choice(PLAIN_KINDS))
        t = s0 + timedelta(minutes=offsets[i])
        ch = chans[i]
        text = r.choice(W.SPIKE_REPORT[L])
        if ch == "social":
            e = f.add(c, t, "social", "mention", text)
        elif ch == "community":
            e = f.add(c, t, "community", "post", text)
        elif ch == "chat":
            e = f.add(c, t, "chat", "chat", text)
            f.reply_chat(c, t + f.mins(1, 3), W.SPIKE_CHAT_ANSWER[L])
        elif ch == "email":
            e = f.add(c, t, "email", "message", f"{text}\n\n{c.first}", W.SPIKE_SUBJECT[L])
        else:
            e = f.add(
                c, t, "web", "ticket", text, W.SPIKE_SUBJECT[L], attrs={"page": "/help/contact"}
            )
        ids.append(e)
        c.truth.update(
            in_spike=True,
            regular=is_reg,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=False,
        )
        reporters.append((c, t, ch, L))
    early = [x for x in reporters if x[1] <= f.at(5, 8, 45)]
    if len(early) < 6:
        fail("topic_spike: fewer than six reports by 08:45")
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    repeaters: list[tuple[Cust, datetime, str, str]] = []
    for x in r.sample(early, len(early)):
        if len(repeaters) == 6:
            break
        options = sorted({y for y in rep_chans if y != x[2]})
        if not options:
            continue
        ch2 = r.choice(options)
        rep_chans.remove(ch2)
        repeaters.append((x[0], x[1], ch2, x[3]))
    if len(repeaters) != 6:
        fail("topic_spike: could not place six repeaters")
    rep_ids = []
    for c, t, ch2, L in repeaters:
        t2 = t + f.mins(15, 50)
        text = r.choice(W.SPIKE_REPEAT[L])
        if ch2 == "email":
            e2 = f.add(c, t2, "email", "message", f"{text}\n\n{c.first}", W.SPIKE_SUBJECT[L])
        elif ch2 == "chat":
            e2 = f.add(c, t2, "chat", "chat", text)
            f.reply_chat(c, t2 + f.mins(1, 3), W.SPIKE_CHAT_ANSWER[L])
        else:
            e2 = f.add(c, t2, "community", "post", text)
        rep_ids.append(e2)
        c.truth.update(
            persona="spike_repeater",
            expected_rules=["repeat_contact"],
            tolerated_rules=T_SPIKE_REPEAT,
            repeat_event_id=e2,
        )
    rep_keys = {x[0].key for x in repeaters}
    others = [x for x in reporters if x[0].key not in rep_keys]
    for c, _t, _ch, L in r.sample(others, 6):
        local = "10:35" if c.market in ("UK", "IE", "PT") else "11:35"
        credit = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "€10" if L == "en" else "10 €")
        subj, body = W.SPIKE_FIXED[L]
        f.reply_mail(
            c,
            f.at(5, 11, 10) + f.mins(0, 10),
            body.replace("{local}", local).replace("{credit}", credit),
            subj,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "e-ink crate lid labels all rewritten to the bathroom, contents list gone: error LBZ-9/00",
        "about": "after an overnight label sync every Kistora crate's e-ink lid label shows BATHROOM (Bad, Salle de bain, Baño, Bagno, Casa de banho) and no contents, and the app's room planner fails with LBZ-9/00; on a moving Saturday helpers carry everything into the bathroom",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": [x[0].key for x in reporters],
        "event_ids": ids,
        "repeat_event_ids": rep_ids,
    }
    return {"topic_spike": 1, "repeat_contact": 6}


FAMILIES = [
    (
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy day and night writers and survey answerers",
        happy_writers,
    ),
    (
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one bad day, some giving a low NPS",
        one_bad_day,
    ),
    (
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "open problems raised again; problems fixed between contacts; frequent writers",
        repeat_contacts,
    ),
    (
        4,
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "sliding customers, leavers, steadily grumpy, sarcastic and steady customers",
        slow_churners,
    ),
    (
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm weekend with night owls' bursts",
        quiet_hours,
    ),
    (
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages",
        bilingual,
    ),
    (
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Kistora Office accounts: at risk, one unhappy, mild, happy",
        b2b_accounts,
    ),
    (
        8,
        "topic_spike",
        "TS",
        datetime(2026, 10, 26, tzinfo=UTC),
        7,
        "a calm week and one planted spike",
        topic_spike,
    ),
]


def main() -> None:
    for n, name, code, start, days, about, build in FAMILIES:
        f = Fam(n, name, code, start, days, about)
        planned = build(f)
        rows, truth = f.finalize()
        if truth["config"]["expected"] != dict(sorted(planned.items())):
            fail(f"{name}: expected {truth['config']['expected']} != planned {planned}")
        with (HERE / f"{name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            for rec in rows:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        (HERE / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(f"{name}: {len(f.cust)} customers, {len(rows)} touchpoints")


if __name__ == "__main__":
    main()
