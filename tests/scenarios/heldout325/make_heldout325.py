# ruff: noqa: E501
"""Generate heldout325 (Tressalia, wigs and hair pieces), written blind.

Standard library only; one random.Random per family; two runs give the same bytes.
Run: python make_heldout325.py (from anywhere).
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as w  # noqa: E402

SEED = 20260919
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
LANG_W = (("en", 30), ("fr", 30), ("de", 10), ("es", 10), ("it", 10), ("pt", 10))
REP_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVE_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
GRUMPY_TOL = ["repeat_contact", "silence"]
SIL = ["silence"]
RISK_TOL = [*REP_TOL, "account_risk"]
ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]
PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]
AGENTS = ["Maeve", "Lucie", "Tobias", "Inés", "Giada", "Tiago", "Owen", "Margaux"]

COUNT = {"cust": 0, "ref": 0}


def ascii_(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def strip_accents(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
    s = s.replace("Ö", "Oe").replace("Ü", "Ue")
    out = []
    for ch in s:
        if ch in "ñÑß":
            out.append(ch)
            continue
        d = unicodedata.normalize("NFKD", ch)
        out.append(
            "".join(x for x in d if not unicodedata.combining(x))
            if d.isascii() or len(d) > 1
            else ch
        )
    return "".join(out)


def speech(s: str) -> str:
    words = []
    for tok in s.split():
        t = tok.strip(".,!?;:\"'()«»")
        if not t:
            continue
        words.append(t if any(c.isdigit() for c in t) else t.lower())
    return " ".join(words)


def mention(text: str) -> str:
    if "@" + w.BRAND in text:
        return text
    i = text.rfind(w.BRAND)
    if i < 0:
        return "@" + w.BRAND + " " + text
    return text[:i] + "@" + text[i:]


def ref() -> str:
    COUNT["ref"] += 1
    return f"TR-{610000 + COUNT['ref'] * 37}"


class Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def f_(s: str, **kw: str) -> str:
    return s.format_map(Keep(brand=w.BRAND, **kw))


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    cid: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    segment: str
    truth: dict[str, Any]
    lang2: str | None = None


@dataclass
class Row:
    t: datetime
    seq: int
    c: Cust
    d: dict[str, Any]


@dataclass
class Fam:
    n: int
    name: str
    code: str
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)

    def at(self, day: float, h: int = 0, m: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=h, minutes=m)

    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_W], [y for _, y in LANG_W])[0]

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
        market: str | None = None,
        account: str | None = None,
        company: str | None = None,
        first: str | None = None,
    ) -> Cust:
        COUNT["cust"] += 1
        n = COUNT["cust"]
        r = self.rng
        mk = market or r.choice(w.MARKETS[lang])
        fn = first or r.choice(w.FIRST_NAMES[lang])
        sn = r.choice(w.SURNAMES[lang])
        cid = f"TS{self.code}{1000 + n * 7}"
        cc, pre, ln = w.PHONE[mk]
        digits = pre + str(10**ln + n * 7919 + 123)[-(ln - len(pre) + 1) :].rjust(
            ln - len(pre) + 1, "0"
        )
        phone = cc + digits
        if company:
            email = f"{ascii_(fn)}.{ascii_(sn)}{n}@{ascii_(company).replace(' ', '').replace(chr(39), '')[:18]}.example"
            handle = None
        else:
            email = f"{ascii_(fn)}.{ascii_(sn)}{n}@{r.choice(['mailbox', 'postmail', 'inbox', 'webpost'])}.example"
            handle = "@" + r.choice(
                [
                    f"{ascii_(fn)}_{ascii_(sn)}{n}",
                    f"{ascii_(sn)}{ascii_(fn)[0]}{n}",
                    f"{ascii_(fn)}{n}",
                ]
            )
        seg = "b2b" if account else "consumer"
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": seg,
            "name": f"{fn} {sn}",
        }
        c = Cust(cid, lang, mk, fn, cid, email, phone, handle, account, seg, truth)
        self.custs[cid] = c
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
    ) -> str:
        self.counter += 1
        eid = f"tr325-{self.code.lower()}-{self.counter:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        d: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": f"tressalia-{ {'social': 'social', 'community': 'forum'}.get(channel, channel) }",
            "attributes": a,
        }
        self.rows.append(Row(t, self.counter, c, d))
        return eid

    def roughen(self, s: str) -> str:
        r = self.rng
        if r.random() < 0.1:
            s = strip_accents(s)
        if r.random() < 0.125 and s[:1].isupper() and not s.startswith(w.BRAND):
            s = s[0].lower() + s[1:]
        if r.random() < 1 / 7:
            ws = s.split(" ")
            cand = [i for i, x in enumerate(ws) if len(x) >= 5 and x.isalpha() and x.islower()]
            if cand:
                i = r.choice(cand)
                x = ws[i]
                j = r.randrange(1, len(x) - 2)
                ws[i] = x[:j] + x[j + 1] + x[j] + x[j + 2 :]
                s = " ".join(ws)
        return s

    # ---------------------------------------------------------------- acts --
    def reply_email(self, c: Cust, t: datetime, text: str, subject: str) -> str:
        return self.add(c, daytime(t), "email", "message", f_(text, name=c.name), subject, out=True)

    def happy(self, c: Cust, t: datetime, surveys: bool = True, lang: str | None = None) -> None:
        r = self.rng
        L = w.W[lang or c.lang]
        kinds = [
            "praise_s",
            "praise_c",
            "again",
            "gripe",
            "chat",
            "email",
            "phone",
            "buy",
            "view",
            "review",
        ]
        if surveys:
            kinds.append("survey")
        k = r.choice(kinds)
        if c.account:
            k = r.choice(["chat", "buy", "view", "praise_c"] + (["survey"] if surveys else []))
        if k == "praise_s":
            self.add(c, t, "social", "mention", mention(f_(r.choice(L["praise"]))))
        elif k == "praise_c":
            txt = r.choice(w.B[lang or c.lang]["praise"]) if c.account else r.choice(L["praise"])
            self.add(c, t, "community", "post", f_(txt))
        elif k == "again":
            self.add(c, t, "social", "mention", mention(f_(r.choice(L["praise_again"]))))
        elif k == "gripe":
            self.add(
                c,
                t,
                "web",
                "review",
                f_(r.choice(L["praise_gripe"])),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif k == "chat":
            q, a = r.choice(w.B[lang or c.lang]["chat_q"] if c.account else L["chat_q"])
            self.add(c, t, "chat", "chat", q)
            t2 = t + timedelta(minutes=r.randint(1, 6))
            self.add(c, t2, "chat", "chat", f_(a), out=True)
            if r.random() < 0.6:
                th = w.B[lang or c.lang]["thanks"] if c.account else L["thanks"]
                self.add(c, t2 + timedelta(minutes=r.randint(1, 3)), "chat", "chat", r.choice(th))
        elif k == "email":
            sub, q, a = r.choice(L["email_q"])
            self.add(c, t, "email", "message", f_(q, name=c.name), sub)
            self.reply_email(c, t + timedelta(hours=r.randint(1, 5)), a, "Re: " + sub)
        elif k == "phone":
            q, a = r.choice(L["phone_q"])
            self.add(c, t, "phone", "call", q)
            self.reply_email(c, t + timedelta(minutes=r.randint(20, 90)), f_(a), w.BRAND)
        elif k in ("buy", "view"):
            page = r.choice(w.PAGES)
            self.add(c, t, "web", "page_view", attrs={"page": page})
            if k == "buy":
                prod, val = r.choice(w.STUDIO_PRODUCTS if c.account else w.PRODUCTS)
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(3, 25)),
                    "web",
                    "purchase",
                    attrs=money(c, prod, val, page),
                )
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                f_(r.choice(L["review"])),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            which = r.choice(["nps", "csat", "ces"])
            val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                r.choice(L["survey_word"]) or None,
                scores={which: val},
                attrs={"survey": which},
            )

    def happy_days(
        self, c: Cust, days: Sequence[int], h0: int = 7, h1: int = 19, surveys: bool = True
    ) -> None:
        for d in days:
            self.happy(
                c, self.at(d, self.rng.randint(h0, h1 - 1), self.rng.randint(0, 59)), surveys
            )

    def complaint(
        self, c: Cust, t: datetime, prob: str, ch: str, lang: str | None = None, long_: bool = False
    ) -> str:
        L = w.W[lang or c.lang]
        p = L["problems"][prob]
        sub, body = p["short"]
        if long_:
            return self.add(
                c,
                t,
                "email",
                "message",
                f_(self.rng.choice(L["long"]), core=body, name=c.name),
                L["sub_complaint"] + sub,
            )
        if ch == "email":
            return self.add(c, t, "email", "message", body, L["sub_complaint"] + sub)
        if ch == "chat":
            return self.add(c, t, "chat", "chat", p["chat"])
        if ch == "social":
            return self.add(c, t, "social", "mention", f_(p["social"]))
        if ch == "web":
            return self.add(c, t, "web", "ticket", p["form"], attrs={"page": "/help/contact"})
        return self.add(c, t, "phone", "call", p["phone"])

    def ack(self, c: Cust, t: datetime, ch: str, rf: str, lang: str | None = None) -> str:
        L = w.W[lang or c.lang]
        if ch == "chat":
            return self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 5)),
                "chat",
                "chat",
                f_(L["chat_case"], ref=rf),
                out=True,
            )
        return self.reply_email(
            c,
            t + timedelta(minutes=self.rng.randint(10, 40)),
            f_(L["case_opened"], ref=rf),
            f_(L["sub_re"], ref=rf),
        )

    def later(
        self, c: Cust, t: datetime, ch: str, rf: str, nth: int, comp: str, lang: str | None = None
    ) -> str:
        L = w.W[lang or c.lang]
        extra = (f_(L["third"], comp=comp) if nth == 3 else "") + (L["fourth"] if nth == 4 else "")
        if ch == "chat":
            e = self.add(c, t, "chat", "chat", f_(L["later_chat"], ref=rf) + extra)
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 5)),
                "chat",
                "chat",
                f_(L["chat_urgent"], ref=rf),
                out=True,
            )
            return e
        if ch == "phone":
            return self.add(c, t, "phone", "call", speech(f_(L["later_phone"], ref=rf) + extra))
        if ch == "email":
            return self.add(
                c, t, "email", "message", f_(L["later"], ref=rf) + extra, f_(L["sub_re"], ref=rf)
            )
        if ch == "social":
            return self.add(c, t, "social", "mention", mention(f_(L["later"], ref=rf) + extra))
        return self.add(
            c, t, "web", "ticket", f_(L["later"], ref=rf) + extra, attrs={"page": "/help/contact"}
        )

    def slide(
        self, c: Cust, t0: datetime, span: int, comp: str, lang2: str | None = None
    ) -> list[str]:
        ids: list[str] = []
        t = t0
        gaps = sorted(self.rng.sample(range(1, span * 24 - 1), 5))
        times = [t0] + [t0 + timedelta(hours=g) for g in gaps]
        for i, t in enumerate(times):
            lg = (lang2 if lang2 and i % 2 else c.lang) or c.lang
            txt = f_(w.W[lg]["slide"][i], comp=comp)
            t = daytime(t if not ids else max(t, self.rows[-1].t + timedelta(hours=1)))
            ch = self.rng.choice(["social", "community", "review"])
            if ch == "social":
                ids.append(self.add(c, t, "social", "mention", mention(txt)))
            elif ch == "community":
                ids.append(self.add(c, t, "community", "post", txt))
            else:
                ids.append(
                    self.add(
                        c,
                        t,
                        "web",
                        "review",
                        txt,
                        attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                    )
                )
        return ids

    def nps_low(self, c: Cust, t: datetime) -> str:
        v = self.rng.randint(1, 5)
        c.truth.update({"nps_given": True, "nps": v})
        e = self.add(
            c,
            daytime(t),
            "survey",
            "survey_response",
            None,
            scores={"nps": v},
            attrs={"survey": "nps"},
        )
        c.truth["survey_event_id"] = e
        return e

    # -------------------------------------------------------------- output --
    def write(self) -> tuple[int, int, int]:
        self.rows.sort(key=lambda x: (x.t, x.seq))
        seen: set[str] = set()
        out_lines = []
        for row in self.rows:
            c, d = row.c, row.d
            assert datetime(2026, 1, 1, tzinfo=UTC) <= row.t < LIMIT, (self.name, row.t)
            ids: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            full = d["direction"] == "outbound" or (
                c.key not in seen and d["direction"] == "inbound"
            )
            if d["direction"] == "inbound":
                seen.add(c.key)
            if full:
                ids.update(customer_id=c.cid, email=c.email, phone=c.phone, handle=c.handle)
            elif d["channel"] == "phone":
                ids["phone"] = c.phone
            elif d["channel"] in ("social", "community"):
                if c.handle:
                    ids["handle"] = c.handle if self.rng.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ids["email"] = c.email
            elif d["channel"] == "email":
                ids["email"] = c.email.upper() if self.rng.random() < 1 / 12 else c.email
            else:
                ids["customer_id"] = c.cid
            d["customer"] = ids
            out_lines.append(json.dumps(d, ensure_ascii=False, sort_keys=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out_lines) + "\n", "utf-8")
        end = self.start + timedelta(days=self.days)
        last = self.rows[-1].t + timedelta(hours=1)
        end = max(end, last)
        assert end < LIMIT
        exp: dict[str, int] = {}
        for cu in self.custs.values():
            assert not set(cu.truth["expected_rules"]) & set(cu.truth["tolerated_rules"]), cu.key
            assert any(r.c is cu and r.d["direction"] == "inbound" for r in self.rows), cu.key
            for rule in cu.truth["expected_rules"]:
                exp[rule] = exp.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                exp[rule] = exp.get(rule, 0) + 1
        if self.spike:
            exp["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Tressalia: wigs, toppers and hair pieces by app and web, fitting studios, restyle by post; Tressalia Care membership; Tressalia Studio on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "by hand, blind (heldout325)",
                "expected": dict(sorted(exp.items())),
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {k: v.truth for k, v in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        replies = sum(1 for r in self.rows if r.d["direction"] == "outbound")
        return len(self.custs), len(self.rows), replies


def daytime(t: datetime, lo: int = 7, hi: int = 22) -> datetime:
    if t.hour < lo:
        return t.replace(hour=lo + (1 if lo < 8 else 0), minute=t.minute)
    if t.hour >= hi:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
    return t


def office(t: datetime) -> datetime:
    t = daytime(t, 8, 17)
    while t.weekday() >= 5:
        t = (t + timedelta(days=1)).replace(hour=8)
    return t


def money(c: Cust, prod: str, val: int, page: str) -> dict[str, str]:
    cur, k = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}.get(c.market, ("EUR", 1.0))
    return {"order_value": f"{val * k:.2f}", "currency": cur, "product": prod, "page": page}


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# ================================================================ families ==
def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 1, 12, tzinfo=UTC),
        10,
        "happy day writers, night writers and survey-only customers; nothing expected",
    )
    r = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        f.happy_days(c, sorted(r.sample(range(10), r.randint(5, 8))))
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer")
        L = w.W[c.lang]
        for d in sorted(r.sample(range(9), r.randint(2, 4))):
            t = (
                f.at(d, 22, r.randint(12, 59))
                if r.random() < 0.5
                else f.at(d + 1, r.randint(0, 3), r.randint(0, 59))
            )
            if r.random() < 0.5:
                f.add(c, t, "social", "post", mention(f_(r.choice(L["night_post"]))))
            else:
                q, a = r.choice(L["night_chat"])
                f.add(c, t, "chat", "chat", q)
                f.add(c, t + timedelta(minutes=3), "chat", "chat", a, out=True)
                f.add(c, t + timedelta(minutes=5), "chat", "chat", r.choice(L["thanks"]))
        f.happy_days(c, sorted(r.sample(range(10), r.randint(2, 3))), 9, 18, surveys=False)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys")
        for d in sorted(r.sample(range(10), r.randint(3, 6))):
            which = r.choice(["nps", "csat", "ces"])
            val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
            f.add(
                c,
                f.at(d, r.randint(8, 19), r.randint(0, 59)),
                "survey",
                "survey_response",
                r.choice(w.W[c.lang]["survey_word"]) or None,
                scores={which: val},
                attrs={"survey": which},
            )
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 2, 9, tzinfo=UTC),
        12,
        "happy customers with one bad day, detractors, low CSAT, good-news follow-ups, apologies, controls",
    )
    r = f.rng
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    probs = PROBLEMS * 4
    r.shuffle(probs)
    cased = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(r.sample(cased, 6))
    rest = [i for i in cased if i not in det]
    csat = set(r.sample(rest, 5))
    good = r.sample(cased, 12)
    apol = set(good[:5])
    for i in range(24):
        ch = chans[i]
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = f.person(f.lang(), persona, "one bad day", ["detractor"] if i in det else [], SIL)
        bd = r.randint(2, 9)
        t = f.at(bd, r.randint(8, 19), r.randint(0, 59))
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, sorted(r.sample(days, r.randint(1, min(5, len(days))))), surveys=False)
        e = f.complaint(c, t, probs[i], "email" if ch == "long" else ch, long_=ch == "long")
        rf = None
        if ch != "social":
            rf = ref()
            f.ack(c, t, "chat" if ch == "chat" else "email", rf)
        c.truth.update(
            {
                "problem": probs[i],
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "trouble_starts_at": iso(t),
                "booking": rf,
                "agent_fixed": i in good,
                "apologised": i in apol,
            }
        )
        if i in det:
            f.nps_low(c, t + timedelta(minutes=r.randint(100, 140)))
        if i in csat:
            v = r.randint(1, 2)
            c.truth.update({"csat_given": True, "csat": v})
            c.truth["survey_event_id"] = f.add(
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                r.choice(w.W[c.lang]["csat_low"]) or None,
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
        if i in good and rf:
            L = w.W[c.lang]
            f.reply_email(
                c,
                t + timedelta(hours=r.randint(1, 4)),
                L["good_news"].replace("{ref}", rf),
                f_(L["sub_re"], ref=rf),
            )
            if i in apol:
                ta = daytime(t + timedelta(hours=r.randint(16, 24)))
                c.truth["apology_at"] = iso(ta)
                c.truth["apology_event_id"] = f.add(
                    c, ta, r.choice(["chat", "email"]), "message", r.choice(L["apology"])
                )
                if f.rows[-1].d["channel"] == "chat":
                    f.rows[-1].d["kind"] = "chat"
                else:
                    f.rows[-1].d["subject"] = f_(L["sub_re"], ref=rf)
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control")
        f.happy_days(c, sorted(r.sample(range(12), r.randint(4, 7))))
    return f


def repeat_run(
    f: Fam, c: Cust, first_day: int, n: int, escalate: bool, lang2: str | None = None
) -> None:
    r = f.rng
    prob = r.choice(PROBLEMS)
    t = f.at(first_day, r.randint(8, 18), r.randint(0, 59))
    ch0 = r.choice(["web", "web", "email", "chat", "phone"])
    e = f.complaint(c, t, prob, ch0)
    rf = ref()
    f.ack(c, t, "chat" if ch0 == "chat" else "email", rf)
    L = w.W[c.lang]
    if escalate:
        f.reply_email(
            c,
            t + timedelta(minutes=r.randint(90, 150)),
            L["quality_lead"].replace("{ref}", rf),
            f_(L["sub_re"], ref=rf),
        )
    others = [x for x in ["email", "chat", "phone", "web", "social"] if x != ch0]
    r.shuffle(others)
    comp = r.choice(w.COMPETITORS)
    ids = [e]
    chs = [ch0]
    for k in range(2, n + 1):
        t = t + timedelta(hours=r.randint(4, 40))
        if t.hour >= 22 or t.hour < 7:
            t = (t if t.hour < 7 else t + timedelta(days=1)).replace(
                hour=8, minute=r.randint(0, 59)
            )
        lg = (lang2 if lang2 and k % 2 == 0 else c.lang) or c.lang
        ids.append(f.later(c, t, others[k - 2], rf, k, comp, lg))
        chs.append(others[k - 2])
    c.truth.update(
        {
            "problem": prob,
            "booking": rf,
            "contacts": n,
            "channels": chs,
            "agent_passed_on": escalate,
            "problem_event_ids": ids,
            "competitor": comp if n >= 3 else None,
            "trouble_starts_at": f.rows[[x.d["event_id"] for x in f.rows].index(e)].d[
                "occurred_at"
            ],
        }
    )


def fixed_case(f: Fam, c: Cust, t: datetime, lang_confirm: str | None = None) -> dict[str, Any]:
    r = f.rng
    prob = r.choice(PROBLEMS)
    ch = r.choice(["web", "email", "chat"])
    e = f.complaint(c, t, prob, ch)
    rf = ref()
    f.ack(c, t, ch, rf)
    L = w.W[c.lang]
    tg = daytime(t + timedelta(hours=r.randint(3, 20)))
    f.reply_email(c, tg, L["good_news"].replace("{ref}", rf), f_(L["sub_re"], ref=rf))
    lc = lang_confirm or c.lang
    tc = daytime(tg + timedelta(hours=r.randint(8, 30)))
    cch = r.choice(["email", "chat"])
    txt = r.choice(w.W[lc]["confirm_fixed"]).replace("{ref}", rf)
    ce = f.add(
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        txt,
        f_(w.W[lc]["sub_re"], ref=rf) if cch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": rf,
        "raised_at": iso(t),
        "fixed_at": iso(tg),
        "confirmed_at": iso(tc),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "repeat contacts about one open problem, fixed at first contact, two problems, frequent writers",
    )
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    esc = set(r.sample(range(12), 6))
    for i in range(12):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], REP_TOL)
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(0, r.randint(7, 11), r.randint(0, 59)))
        repeat_run(f, c, r.randint(1, 4), counts[i], i in esc)
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], SIL)
        f.happy_days(c, [0])
        p = fixed_case(f, c, f.at(r.randint(1, 4), r.randint(8, 18), r.randint(0, 59)))
        c.truth.update({"problems": [p], "trouble_starts_at": p["raised_at"]})
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], SIL)
        d = r.randint(1, 3)
        p1 = fixed_case(f, c, f.at(d, r.randint(8, 12), r.randint(0, 59)))
        p2 = fixed_case(f, c, f.at(d + r.randint(4, 5), r.randint(8, 12), r.randint(0, 59)))
        while p2["problem"] == p1["problem"]:
            p2["problem"] = r.choice(PROBLEMS)
        c.truth.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer")
        f.happy_days(c, sorted(r.sample(range(10), r.randint(5, 8))))
    return f


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 4, 13, tzinfo=UTC),
        32,
        "sliders from praise to anger, leavers, steady, steadily grumpy, sarcastic",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    det = set(r.sample(range(10), 5))
    for i in range(10):
        c = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if i in det else []),
            SLIDE_TOL,
        )
        L = w.W[c.lang]
        for d in sorted(r.sample(range(11), r.randint(4, 5))):
            t = f.at(d, r.randint(8, 19), r.randint(0, 59))
            if r.random() < 0.5:
                f.add(c, t, "social", "mention", mention(f_(r.choice(L["praise"]))))
            else:
                f.add(c, t, "community", "post", f_(r.choice(L["praise"])))
        f.happy_days(c, sorted(r.sample(range(11), r.randint(2, 4))), surveys=False)
        comp = r.choice(w.COMPETITORS)
        t0 = f.at(r.randint(12, 16), r.randint(8, 12), r.randint(0, 59))
        ids = f.slide(c, t0, spans[i], comp)
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": spans[i],
                "competitor": comp,
                "trouble_starts_at": iso(t0),
            }
        )
        if i in det:
            t4 = next(x.t for x in f.rows if x.d["event_id"] == ids[3])
            f.nps_low(c, t4 + timedelta(minutes=r.randint(150, 210)))
    for _ in range(5):
        c = f.person(f.lang(), "slow_churner", "asks to cancel", ["churn_intent"], LEAVE_TOL)
        L = w.W[c.lang]
        f.happy_days(c, sorted(r.sample(range(16), r.randint(4, 6))))
        t = f.at(r.randint(17, 23), r.randint(8, 18), r.randint(0, 59))
        e = f.add(
            c, t, "email", "message", f_(r.choice(L["cancel_req"]), name=c.name), L["cancel_sub"]
        )
        f.reply_email(
            c, t + timedelta(hours=r.randint(1, 5)), L["sorry_go"], "Re: " + L["cancel_sub"]
        )
        tc = daytime(t + timedelta(hours=r.randint(20, 30)))
        ce = f.add(
            c, tc, "web", "cancellation", None, attrs={"page": "/account/plan", "product": w.PLAN}
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": ce,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady")
        f.happy_days(c, sorted(r.sample(range(32), r.randint(6, 10))))
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], GRUMPY_TOL)
        L = w.W[c.lang]
        d = r.randint(0, 4)
        ids = []
        for _ in range(r.randint(5, 7)):
            t = f.at(d, r.randint(8, 20), r.randint(0, 59))
            txt = f_(r.choice(L["grumbles"]))
            ch = r.choice(["social", "community", "web", "review"])
            if ch == "social":
                ids.append(f.add(c, t, "social", "mention", mention(txt)))
            elif ch == "community":
                ids.append(f.add(c, t, "community", "post", txt))
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", txt, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(c, t, "web", "review", txt, attrs={"rating": "3", "page": "/reviews"})
                )
            d += r.randint(1, 3)
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": f.rows[-len(ids)].d["occurred_at"] if False else None,
            }
        )
        c.truth["trouble_starts_at"] = min(
            x.d["occurred_at"] for x in f.rows if x.d["event_id"] in ids
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], SIL)
        f.happy_days(c, sorted(r.sample(range(17), r.randint(3, 5))), surveys=False)
        t = f.at(r.randint(17, 28), r.randint(9, 20), r.randint(0, 59))
        c.truth["sarcasm_event_id"] = f.add(
            c, t, "social", "mention", f_(r.choice(w.W[c.lang]["sarcastic"]))
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 6, 19, tzinfo=UTC),
        3,
        "a calm weekend: day customers, mild grumblers, night owls in three bursts a night; nothing expected",
    )
    r = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        f.happy_days(c, sorted(r.sample(range(3), r.randint(1, 3))), 7, 17)
    for _ in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], SIL)
        t = f.at(r.randint(0, 2), r.randint(9, 16), r.randint(0, 59))
        f.add(c, t, "web", "page_view", attrs={"page": "/studios"})
        t2 = t + timedelta(minutes=r.randint(20, 30))
        txt = r.choice(w.W[c.lang]["mild"])
        if r.random() < 0.5:
            e = f.add(c, t2, "chat", "chat", txt)
            f.add(
                c,
                t2 + timedelta(minutes=4),
                "chat",
                "chat",
                "👍 " + f_(w.W[c.lang]["chat_case"], ref=ref()),
                out=True,
            )
        else:
            e = f.add(c, t2, "web", "ticket", txt, attrs={"page": "/help/contact"})
            rf = ref()
            f.reply_email(
                c,
                t2 + timedelta(minutes=30),
                w.W[c.lang]["case_opened"].replace("{ref}", rf),
                f_(w.W[c.lang]["sub_re"], ref=rf),
            )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t2)})
    owl = 0
    for night in range(3):
        b0 = f.at(night + 1, 0, r.randint(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=r.randint(28, 33)),
            b0 + timedelta(minutes=r.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                owl += 1
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {b + 1}")
                L = w.W[c.lang]
                t = bs + timedelta(minutes=r.randint(0, 9))
                if r.random() < 0.5:
                    e = f.add(c, t, "social", "post", mention(f_(r.choice(L["night_post"]))))
                else:
                    q, a = r.choice(L["night_chat"])
                    e = f.add(c, t, "chat", "chat", q)
                    f.add(c, t + timedelta(minutes=2), "chat", "chat", a, out=True)
                    f.add(c, t + timedelta(minutes=4), "chat", "chat", r.choice(L["thanks"]))
                c.truth.update({"burst_at": iso(bs), "night_event_id": e})
                if owl % 2 == 0:
                    f.happy(c, f.at(r.randint(0, 2), r.randint(9, 16), r.randint(0, 59)))
    return f


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 7, 6, tzinfo=UTC),
        14,
        "customers who alternate two languages",
    )
    r = f.rng
    pairs = (
        [("en", "fr"), ("fr", "en")] * 4
        + [
            ("fr", "de"),
            ("en", "es"),
            ("fr", "it"),
            ("en", "pt"),
            ("de", "fr"),
            ("es", "en"),
            ("it", "fr"),
            ("pt", "fr"),
        ]
        * 2
        + [("fr", "es"), ("en", "de"), ("fr", "pt")]
    )
    mk = {
        ("en", "fr"): "CH",
        ("fr", "en"): "BE",
        ("fr", "de"): "CH",
        ("de", "fr"): "CH",
        ("fr", "it"): "CH",
        ("it", "fr"): "CH",
    }
    why = [
        "grew up in the other language's country",
        "works in the other language",
        "partner speaks it at home",
        "studied abroad",
    ]
    k = 0

    def mk_c(persona: str, habit: str, exp: Sequence[str], tol: Sequence[str]) -> Cust:
        nonlocal k
        a, b = pairs[k % len(pairs)]
        k += 1
        c = f.person(a, persona, habit, exp, tol, market=mk.get((a, b)) or r.choice(w.MARKETS[a]))
        c.lang2 = b
        c.truth.update({"languages": [a, b], "job_second_language": r.choice(why)})
        return c

    for _ in range(12):
        c = mk_c("happy", "alternates languages", [], [])
        for j, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            f.happy(
                c, f.at(d, r.randint(8, 19), r.randint(0, 59)), lang=c.lang2 if j % 2 else c.lang
            )
    for n in [2, 2, 3, 3, 4]:
        c = mk_c("repeat_contact", "repeats", ["repeat_contact"], REP_TOL)
        f.happy(c, f.at(0, r.randint(8, 18), 0))
        repeat_run(f, c, r.randint(2, 5), n, n >= 3, c.lang2)
    for _ in range(5):
        c = mk_c("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        for j, d in enumerate(range(5)):
            lg = c.lang2 if j % 2 else c.lang
            f.add(
                c,
                f.at(d, r.randint(8, 19), r.randint(0, 59)),
                "social",
                "mention",
                mention(f_(r.choice(w.W[lg or c.lang]["praise"]))),
            )
        f.happy_days(c, [r.randint(0, 5)], surveys=False)
        comp = r.choice(w.COMPETITORS)
        t0 = f.at(r.randint(7, 8), 9, r.randint(0, 59))
        ids = f.slide(c, t0, r.randint(3, 5), comp, c.lang2)
        c.truth.update({"slide_event_ids": ids, "competitor": comp, "trouble_starts_at": iso(t0)})
    for j, ch in enumerate(["long", "email", "chat"]):
        c = mk_c("happy_one_bad_day", "one bad day", [], SIL)
        l2 = c.lang2 or c.lang
        f.happy_days(c, [0, 2, 11], surveys=False)
        t = f.at(6, r.randint(9, 17), r.randint(0, 59))
        prob = PROBLEMS[j]
        e = f.complaint(c, t, prob, "email" if ch == "long" else ch, lang=l2, long_=ch == "long")
        rf = ref()
        f.ack(c, t, "chat" if ch == "chat" else "email", rf, l2)
        c.truth.update(
            {
                "problem": prob,
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "bad_day_language": l2,
                "booking": rf,
                "long_email": ch == "long",
                "trouble_starts_at": iso(t),
            }
        )
        if ch != "chat":
            f.reply_email(
                c,
                t + timedelta(hours=2),
                w.W[l2]["good_news"].replace("{ref}", rf),
                f_(w.W[l2]["sub_re"], ref=rf),
            )
        if ch == "email":
            ta = daytime(t + timedelta(hours=r.randint(18, 24)))
            c.truth.update(
                {
                    "apologised": True,
                    "apology_event_id": f.add(c, ta, "chat", "chat", r.choice(w.W[l2]["apology"])),
                    "apology_at": iso(ta),
                }
            )
    for _ in range(2):
        c = mk_c("resolved_between_contacts", "fixed", [], SIL)
        f.happy_days(c, [0, 1], surveys=False)
        p = fixed_case(f, c, f.at(r.randint(3, 6), 10, r.randint(0, 59)), c.lang2)
        c.truth.update(
            {"problems": [p], "confirm_language": c.lang2, "trouble_starts_at": p["raised_at"]}
        )
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 8, 10, tzinfo=UTC),
        14,
        "company accounts of Tressalia Studio: at risk, one unhappy contact, mild suggestions, happy",
    )
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    risk_probs = [
        ("invoice", 3),
        ("service_blocked", 3),
        ("portal", 3),
        ("invoice", 4),
        ("overbilled", 4),
    ]
    one_probs = ["service_blocked", "overbilled", "portal", "invoice"]
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    ri = oi = 0
    for a, (company, site, lang, market) in enumerate(w.COMPANIES):
        kind = kinds[a]
        acc = f"TRS-{market}-{4100 + a * 13}"
        n_contacts = r.randint(4, 6) if kind == "at_risk" else r.randint(3, 4)
        firsts = r.sample(w.FIRST_NAMES[lang], n_contacts)
        B = w.B[lang]
        cs: list[Cust] = []
        if kind == "at_risk":
            prob, nun = risk_probs[ri]
            ri += 1
        elif kind == "one_unhappy":
            prob, nun = one_probs[oi], 1
            oi += 1
        else:
            prob, nun = "", 2 if kind == "mild" else 0
        unhappy: list[str] = []
        for j in range(n_contacts):
            if j < nun and kind == "at_risk":
                last = j == nun - 1
                c = f.person(
                    lang,
                    "b2b_unhappy",
                    "complainer",
                    ["repeat_contact"] if last else ["detractor"],
                    [x for x in RISK_TOL if not (last and x == "repeat_contact")],
                    market,
                    acc,
                    company,
                    firsts[j],
                )
                c.truth.update({"role": "complainer"})
            elif j < nun and kind == "one_unhappy":
                c = f.person(
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ONE_TOL,
                    market,
                    acc,
                    company,
                    firsts[j],
                )
                c.truth.update({"role": "complainer"})
            elif j < nun:
                c = f.person(lang, "b2b_mild", "suggests", [], SIL, market, acc, company, firsts[j])
                c.truth.update({"role": "suggests"})
            else:
                c = f.person(lang, "b2b_happy", "contact", [], [], market, acc, company, firsts[j])
                c.truth.update({"role": "contact"})
            c.truth.update(
                {
                    "company": company,
                    "job_title": r.choice(
                        [
                            "Wardrobe supervisor",
                            "Head of wigs",
                            "Procurement",
                            "Ward manager",
                            "Production coordinator",
                        ]
                    ),
                }
            )
            c.truth["job"] = c.truth["job_title"]
            cs.append(c)
            if c.truth["role"] == "contact":
                for d in sorted(r.sample(weekdays, r.randint(2, 4))):
                    f.happy(c, f.at(d, r.randint(8, 16), r.randint(0, 30)))
            else:
                for _ in range(r.randint(0, 2)):
                    f.happy(
                        c, f.at(r.randint(0, 1), r.randint(8, 15), r.randint(0, 59)), surveys=False
                    )
        rf = ref() if prob else None
        if kind == "at_risk" and rf:
            t = f.at(2, r.randint(9, 11), r.randint(0, 59))
            ids: list[str] = []
            for j in range(nun):
                c = cs[j]
                txt = f_(B["problems"][prob])
                if j == 0:
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f_(B["first"], problem=txt, name=c.name, company=company),
                        w.W[lang]["sub_complaint"] + company,
                    )
                    f.reply_email(
                        c,
                        t + timedelta(minutes=r.randint(20, 60)),
                        B["ack"].replace("{ref}", rf).replace("{company}", company),
                        f_(w.W[lang]["sub_re"], ref=rf),
                    )
                else:
                    dd = B["weekdays"][
                        (f.rows[[x.d["event_id"] for x in f.rows].index(ids[0])].t).weekday()
                    ]
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f_(
                            B["later"],
                            first=cs[0].name,
                            day=dd,
                            ref=rf,
                            problem=txt,
                            name=c.name,
                            company=company,
                        ),
                        f_(w.W[lang]["sub_re"], ref=rf),
                    )
                ids.append(e)
                c.truth.update(
                    {
                        "complaint_event_ids": [e],
                        "trouble_starts_at": iso(t),
                        "problem": prob,
                        "booking": rf,
                    }
                )
                if j < nun - 1:
                    f.nps_low(c, office(t + timedelta(minutes=r.randint(60, 180))))
                else:
                    t2 = office(t + timedelta(hours=r.randint(18, 40)))
                    if r.random() < 0.3:
                        comp = r.choice(w.COMPETITORS)
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            f_(B["last_email"], ref=rf, comp=comp, name=c.name, company=company),
                            f_(w.W[lang]["sub_re"], ref=rf),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(c, t2, "phone", "call", speech(f_(B["last_phone"], ref=rf)))
                    c.truth["complaint_event_ids"] = [e, e2]
                t = office(t + timedelta(hours=r.randint(8, 28)))
            unhappy = [x.key for x in cs[:nun]]
            f.accounts[acc] = {"trouble_starts_at": c.truth and cs[0].truth["trouble_starts_at"]}
        elif kind == "one_unhappy" and rf:
            c = cs[0]
            t = office(f.at(r.choice([3, 4, 7]), r.randint(9, 15), r.randint(0, 59)))
            e = f.add(
                c,
                t,
                "email",
                "message",
                f_(B["first"], problem=f_(B["problems"][prob]), name=c.name, company=company),
                w.W[lang]["sub_complaint"] + company,
            )
            f.reply_email(
                c,
                t + timedelta(minutes=r.randint(20, 60)),
                B["ack"].replace("{ref}", rf).replace("{company}", company),
                f_(w.W[lang]["sub_re"], ref=rf),
            )
            f.nps_low(c, office(t + timedelta(minutes=r.randint(60, 180))))
            c.truth.update(
                {
                    "complaint_event_ids": [e],
                    "trouble_starts_at": iso(t),
                    "problem": prob,
                    "booking": rf,
                }
            )
            unhappy = [c.key]
        elif kind == "mild":
            for j in range(2):
                c = cs[j]
                t = office(f.at(r.choice(weekdays[2:]), r.randint(8, 15), r.randint(0, 59)))
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    B["mild"][j % len(B["mild"])],
                    attrs={"page": "/studio/feedback"},
                )
                f.reply_email(
                    c, t + timedelta(minutes=r.randint(30, 120)), B["mild_ack"], "Re: " + company
                )
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
        ts = f.accounts.get(acc, {}).get("trouble_starts_at") if kind == "at_risk" else None
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": [x.key for x in cs],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": ts,
            "language": lang,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 9, 14, tzinfo=UTC),
        7,
        "a calm week and a planted incident on Saturday morning",
    )
    r = f.rng
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer")
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            h = r.randint(12, 18) if d == 5 else r.randint(7, 19)
            f.happy(c, f.at(d, h, r.randint(0, 59)))
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], SIL)
        t = f.at(0, r.randint(9, 16), r.randint(0, 59))
        e = f.add(c, t, "chat", "chat", r.choice(w.W[c.lang]["grumbles"][:1]).format(brand=w.BRAND))
        f.add(
            c,
            t + timedelta(minutes=3),
            "chat",
            "chat",
            f_(w.W[c.lang]["chat_case"], ref=ref()),
            out=True,
        )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for lg, hm in (("fr", (9, 40)), ("en", (16, 5))):
        c = f.person(lg, "grumbles_once", "lone question", [], SIL)
        t = f.at(4, *hm)
        e = f.add(c, t, "chat", "chat", w.W[lg]["lone_q"])
        f.add(c, t + timedelta(minutes=4), "chat", "chat", w.W[lg]["lone_a"], out=True)
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    langs = ["en"] * 6 + ["fr"] * 6 + ["de", "de", "es", "es", "it", "it", "pt", "pt"]
    r.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    s0 = f.at(5, 8, 20)
    mins = sorted([0, 45, *r.sample(range(1, 45), 18)])
    early = [i for i in range(20) if mins[i] <= 25]
    rep = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in rep], 6))
    keys: list[str] = []
    eids: list[str] = []
    reids: list[str] = []
    for i in range(20):
        regular = i < 12
        lg = langs[i]
        c = f.person(
            lg,
            "spike_repeater" if i in rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if i in rep else [],
            ["sentiment_drop", "silence"] if i in rep else SIL,
        )
        L = w.W[lg]
        if regular:
            for _ in range(r.randint(1, 3)):
                f.happy(c, f.at(2, r.randint(8, 16), r.randint(0, 59)))
        t = s0 + timedelta(minutes=mins[i])
        txt = f_(r.choice(L["spike"]), code=w.CODE)
        ch = chans[i]
        if ch == "social":
            e = f.add(c, t, "social", "mention", mention(txt))
        elif ch == "community":
            e = f.add(c, t, "community", "post", txt)
        elif ch == "chat":
            e = f.add(c, t, "chat", "chat", txt)
            f.add(
                c, t + timedelta(minutes=r.randint(1, 4)), "chat", "chat", L["spike_chat"], out=True
            )
        elif ch == "email":
            e = f.add(c, t, "email", "message", txt, L["sub_complaint"] + w.CODE)
        else:
            e = f.add(c, t, "web", "ticket", txt, attrs={"page": "/checkout"})
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if i in rep:
            t2 = t + timedelta(minutes=r.randint(15, 50))
            ch2 = r.choice([x for x in ["email", "chat", "community"] if x != ch])
            txt2 = f_(L["spike_again"], code=w.CODE)
            if ch2 == "chat":
                e2 = f.add(c, t2, "chat", "chat", txt2)
            elif ch2 == "email":
                e2 = f.add(c, t2, "email", "message", txt2, L["sub_complaint"] + w.CODE)
            else:
                e2 = f.add(c, t2, "community", "post", txt2)
            reids.append(e2)
            c.truth["repeat_event_id"] = e2
        if i in fixed:
            local = "11:30" if c.market in ("UK", "IE", "PT") else "12:30"
            credit = "10 %" if lg in ("fr", "de") else "10%"
            f.reply_email(
                c,
                f.at(5, 11, r.randint(8, 17)),
                f_(L["works_again"], time=local, credit=credit, name=c.name),
                w.BRAND,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"card payments refused at checkout for wig orders and fitting deposits, error {w.CODE}",
        "about": "every card payment in app and web fails with one error code for 45 minutes",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
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
    tot = [0, 0, 0]
    for make in FAMILIES:
        fam = make()
        n = fam.write()
        print(fam.name, *n)
        tot = [a + b for a, b in zip(tot, n, strict=True)]
    print("total", *tot)


if __name__ == "__main__":
    main()
