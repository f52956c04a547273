"""Writes heldout300: blind alert scenarios for Scaccora (chess coaching, clubs, sets).

Standard library only, seeded; two runs give the same bytes. Run from anywhere.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20260919
LIMIT = datetime(2026, 11, 1, tzinfo=UTC)
CONSUMER_TOLERATE_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDER_TOLERATE = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVER_TOLERATE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_RISK_TOLERATE = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOLERATE = ["sentiment_drop", "high_value_at_risk", "silence"]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in base if unicodedata.category(c) != "Mn"))
    return "".join(out)


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.counter = 0

    # ------------------------------------------------------------ people --
    def lang(self) -> str:
        return self.rng.choices(W.LANGS, weights=W.WEIGHTS)[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> dict[str, Any]:
        lang = lang or self.lang()
        market = market or self.rng.choice(W.MARKETS[lang])
        while True:
            cid = f"SC{self.code}{self.rng.randint(1000, 9999)}"
            if cid not in USED:
                break
        USED.add(cid)
        first = self.rng.choice(W.FIRST[lang])
        last = self.rng.choice(W.LAST[lang])
        slug = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        num = self.rng.randint(2, 99)
        dom = (
            "colegio-" + account.lower().replace("-", "") + ".example"
            if account
            else self.rng.choice(["correo.example", "posta.example", "mail.example", "web.example"])
        )
        email = f"{slug}{num}@{dom}"
        prefix = W.PHONE[market]
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        phone = prefix + digits
        handle = None if account else "@" + strip_accents(f"{last}_{first}").lower() + str(num)
        for ident in (email, phone, handle):
            if ident is not None:
                assert ident not in USED, ident
                USED.add(ident)
        c: dict[str, Any] = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "raw_phone": phone,
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "first": first,
        }
        self.customers[cid] = c
        return c

    # ------------------------------------------------------------ events --
    def ref(self) -> str:
        while True:
            r = f"SQ-{self.rng.randint(100000, 999999)}"
            if r not in USED:
                USED.add(r)
                return r

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.counter += 1
        eid = f"sq300-{self.code.lower()}-{self.counter:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c["country"]}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(W.AGENTS)
            if text is not None:
                text = text.replace("{agent}", a["agent"])
        a.update(attrs or {})
        src = {
            "email": "mail",
            "phone": "voice",
            "social": "social",
            "community": "forum",
            "chat": "chat",
            "web": "web",
            "survey": "survey",
        }[channel]
        self.rows.append(
            {
                "event_id": eid,
                "t": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "cust": c,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": f"scaccora-{src}",
                "attributes": a,
            }
        )
        return eid

    def fmt(self, tmpl: str, c: dict[str, Any], **kw: str) -> str:
        kw.setdefault("brand", W.BRAND)
        kw.setdefault("first", c["first"])
        kw.setdefault("name", c["name"])
        kw.setdefault("code", W.CODE)
        kw.setdefault("agent", "{agent}")
        return tmpl.format(**kw)

    def pick(self, table: dict[str, list[str]], c: dict[str, Any], **kw: str) -> str:
        return self.fmt(self.rng.choice(table[c["language"]]), c, **kw)

    def day_time(self, day: int, lo: float = 7.0, hi: float = 20.0) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(lo, hi))

    @staticmethod
    def out_of_night(t: datetime) -> datetime:
        if t.hour >= 22:
            return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
        if t.hour < 7:
            return t.replace(hour=8)
        return t

    def happy_act(self, c: dict[str, Any], t: datetime) -> None:
        lang = c["language"]
        k = self.rng.randrange(8)
        if k == 0:
            self.add(
                c,
                t,
                "social",
                "mention",
                "@"
                + W.BRAND
                + " "
                + self.pick(W.PRAISE, c).replace(W.BRAND, "").replace("  ", " ").strip(),
            )
        elif k == 1:
            self.add(c, t, "community", "post", self.pick(W.PRAISE, c))
        elif k == 2:
            self.add(c, t, "chat", "chat", self.pick(W.QUESTION, c))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 6)),
                "chat",
                "chat",
                self.fmt(W.ANSWER[lang], c),
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=self.rng.randint(8, 12)),
                    "chat",
                    "chat",
                    self.pick(W.THANKS, c),
                )
        elif k == 3:
            self.add(c, t, "phone", "call", self.pick(W.CALLQ, c))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(10, 30)),
                "email",
                "message",
                self.fmt(W.ANSWER[lang], c),
                out=True,
            )
        elif k == 4:
            prod, val = self.rng.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": self.rng.choice(W.PAGES)})
            cur, v = (
                ("GBP", val * 0.86)
                if c["country"] in ("UK",)
                else ("CHF", val * 0.94)
                if c["country"] == "CH"
                else ("EUR", float(val))
            )
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(3, 15)),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{v:.2f}",
                    "currency": cur,
                    "product": prod,
                    "page": "/checkout",
                },
            )
        elif k == 5:
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.REVIEW_GOOD, c),
                attrs={"rating": str(self.rng.choice([4, 5, 5])), "page": "/reviews"},
            )
        elif k == 6:
            self.add(c, t, "community", "post", self.pick(W.GRIPE, c))
        else:
            self.add(c, t, "web", "page_view", attrs={"page": self.rng.choice(W.PAGES)})

    def happy_survey(self, c: dict[str, Any], t: datetime) -> None:
        kind = self.rng.choice(["nps", "csat", "ces"])
        score = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[kind]
        word = self.rng.choice(W.SURVEY_WORD[c["language"]]) or None
        self.add(
            c, t, "survey", "survey_response", word, scores={kind: score}, attrs={"survey": kind}
        )

    def happy_days(
        self, c: dict[str, Any], n: int, days: list[int], lo: float = 7.0, hi: float = 19.0
    ) -> None:
        for d in self.rng.sample(days, min(n, len(days))):
            self.happy_act(c, self.day_time(d, lo, hi))

    def complaint(
        self, c: dict[str, Any], t: datetime, channel: str, problem: str, long_email: bool = False
    ) -> str:
        lang = c["language"]
        p = self.rng.choice(W.PROB[problem][lang])
        P = p[0].upper() + p[1:]
        if channel == "email" and long_email:
            return self.add(
                c,
                t,
                "email",
                "message",
                self.fmt(self.rng.choice(W.LONG_EMAIL[lang]), c, p=p),
                subject="Clases / Lezioni",
            )
        if channel == "email":
            return self.add(
                c,
                t,
                "email",
                "message",
                self.fmt(
                    self.rng.choice(W.COMPLAINT[lang]),
                    c,
                    p=P if "{p}." in W.COMPLAINT[lang][0][:4] else p,
                ),
                subject={
                    "es": "Reclamación",
                    "it": "Reclamo",
                    "de": "Beschwerde",
                    "en": "Complaint",
                    "fr": "Réclamation",
                    "pt": "Reclamação",
                }[lang],
            )
        if channel == "phone":
            return self.add(
                c, t, "phone", "call", self.fmt(self.rng.choice(W.CALL_ANGRY[lang]), c, p=p)
            )
        if channel == "social":
            return self.add(
                c,
                t,
                "social",
                "mention",
                self.fmt(self.rng.choice(W.SOCIAL_ANGRY[lang]), c, p=P).replace(
                    W.BRAND, "@" + W.BRAND
                ),
            )
        if channel == "web":
            return self.add(
                c,
                t,
                "web",
                "ticket",
                self.fmt(self.rng.choice(W.COMPLAINT[lang]), c, p=p),
                attrs={"page": "/help/contact"},
            )
        return self.add(c, t, "chat", "chat", self.fmt(self.rng.choice(W.COMPLAINT[lang]), c, p=p))

    # ------------------------------------------------------------ output --
    def write(self, expected: dict[str, int]) -> tuple[int, int, int]:
        counts: dict[str, int] = {}
        for c in self.customers.values():
            for r in c["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"]), c["name"]
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        assert counts == expected, (self.name, counts, expected)
        self.rows.sort(key=lambda r: (r["t"], r["event_id"]))
        first_in: set[str] = set()
        lines = []
        for r in self.rows:
            c = r["cust"]
            ids = c["identifiers"]
            assert self.start <= r["t"] < LIMIT, (self.name, r["t"])
            full = r["direction"] == "outbound" or ids["customer_id"] not in first_in
            if r["direction"] == "inbound":
                first_in.add(ids["customer_id"])
            ref: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": ids["account_id"],
            }
            if full:
                ref.update(
                    customer_id=ids["customer_id"],
                    email=ids["email"],
                    phone=c["raw_phone"],
                    handle=ids["handle"],
                )
            elif r["channel"] == "phone":
                ref["phone"] = (
                    c["raw_phone"] if self.rough.random() < 0.5 else c["raw_phone"].replace(" ", "")
                )
            elif r["channel"] in ("social", "community"):
                h = ids["handle"]
                ref["handle"] = (h if self.rough.random() < 0.8 else h[1:]) if h else None
                if h is None:
                    ref["email"] = ids["email"]
            elif r["channel"] == "email":
                ref["email"] = (
                    ids["email"].upper() if self.rough.random() < 1 / 12 else ids["email"]
                )
            else:
                ref["customer_id"] = ids["customer_id"]
            tp = {
                "event_id": r["event_id"],
                "occurred_at": iso(r["t"]),
                "channel": r["channel"],
                "kind": r["kind"],
                "direction": r["direction"],
                "customer": ref,
                "text": r["text"],
                "subject": r["subject"],
                "scores": {
                    "nps": r["scores"].get("nps"),
                    "csat": r["scores"].get("csat"),
                    "ces": r["scores"].get("ces"),
                },
                "source": r["source"],
                "attributes": r["attributes"],
            }
            lines.append(json.dumps(tp, ensure_ascii=False))
        assert all(c["identifiers"]["customer_id"] in first_in for c in self.customers.values())
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        last = self.rows[-1]["t"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < LIMIT
        customers = {}
        for cid, c in self.customers.items():
            d = {k: v for k, v in c.items() if k not in ("raw_phone", "first")}
            customers[cid] = d
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Scaccora: chess coaching (online and in clubs), Scaccora Club membership, chess sets; Scaccora Scuole for schools and companies on account",
                "days": self.days,
                "seed": SEED,
                "written": "by hand, blind (heldout300)",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        outb = sum(1 for r in self.rows if r["direction"] == "outbound")
        return len(self.customers), len(self.rows), outb


USED: set[str] = set()


def d0(y: int, m: int, d: int, weekday: int) -> datetime:
    t = datetime(y, m, d, tzinfo=UTC)
    assert t.weekday() == weekday, t
    return t


# ---------------------------------------------------------------- families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d0(2026, 1, 12, 0),
        10,
        "happy day writers, night writers and survey-only customers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
        if f.rng.random() < 0.5:
            f.happy_survey(c, f.day_time(f.rng.randint(0, 9)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 380))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", f.pick(W.NIGHT_POST, c))
            else:
                f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c))
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    f.fmt(W.ANSWER[c["language"]], c),
                    out=True,
                )
                f.add(c, t + timedelta(minutes=9), "chat", "chat", f.pick(W.THANKS, c))
        f.happy_days(c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.happy_survey(c, f.day_time(d))
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, d0(2026, 2, 9, 0), 12, "happy customers with one bad day")
    channels = ["long", "email", "chat", "social", "web", "phone"]
    bad = []
    for i in range(24):
        ch = channels[i // 4]
        lang = f.rng.choice(["es", "it"]) if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang)
        c["tolerated_rules"] = ["silence"]
        day = f.rng.randint(2, 9)
        t = f.day_time(day, 8, 20)
        prob = W.PROBLEMS[i % 6]
        eid = f.complaint(c, t, "email" if ch == "long" else ch, prob, long_email=ch == "long")
        c.update(
            problem=prob,
            channel=ch if ch != "long" else "email",
            long_email=ch == "long",
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            booking=None,
        )
        others = [d for d in range(12) if d <= day - 2 or d >= day + 3]
        f.happy_days(c, f.rng.randint(1, 5), others)
        if ch != "social":
            ref = f.ref()
            c["booking"] = ref
            lang = c["language"]
            if ch == "chat":
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(2, 6)),
                    "chat",
                    "chat",
                    f.fmt(W.CASE_OPENED[lang], c, ref=ref),
                    out=True,
                )
            else:
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(10, 40)),
                    "email",
                    "message",
                    f.fmt(W.CASE_OPENED[lang], c, ref=ref),
                    out=True,
                )
            bad.append((c, t, ref))
    order = f.rng.sample(range(len(bad)), len(bad))
    for n, idx in enumerate(order):
        c, t, ref = bad[idx]
        if n < 6:
            c["persona"] = "bad_day_detractor"
            c["expected_rules"] = ["detractor"]
            score = f.rng.randint(1, 5)
            eid = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.update(nps_given=True, nps=score, survey_event_id=eid)
        elif n < 11:
            score = f.rng.randint(1, 2)
            eid = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                f.rng.choice(["", "mal", "male"]) or None,
                scores={"csat": score},
                attrs={"survey": "csat"},
            )
            c.update(csat_given=True, csat=score, survey_event_id=eid)
    goods = f.rng.sample(range(len(bad)), 12)
    for n, idx in enumerate(goods):
        c, t, ref = bad[idx]
        tg = f.out_of_night(t + timedelta(hours=f.rng.uniform(1, 4)))
        f.add(c, tg, "email", "message", f.fmt(W.GOOD_NEWS[c["language"]], c, ref=ref), out=True)
        c["agent_fixed"] = True
        if n < 5:
            ta = f.out_of_night(t + timedelta(hours=f.rng.uniform(16, 24)))
            eid = f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, c))
            c.update(apologised=True, apology_at=iso(ta), apology_event_id=eid)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)))
    return f


def repeat_run(
    f: Fam,
    c: dict[str, Any],
    t: datetime,
    times: int,
    escalate: bool,
    alternate: list[str] | None = None,
) -> None:
    prob = f.rng.choice(W.PROBLEMS)
    chans = ["web", "email", "chat", "phone", "social"]
    first = f.rng.choice(["web", "email", "chat"])
    later = f.rng.sample([x for x in chans if x != first], times - 1)
    ref = f.ref()
    langs = alternate or [c["language"]]
    c0 = c["language"]
    eids = [f.complaint(c, t, first, prob)]
    lang = c0
    if first == "chat":
        f.add(
            c,
            t + timedelta(minutes=3),
            "chat",
            "chat",
            f.fmt(W.CASE_OPENED[lang], c, ref=ref),
            out=True,
        )
    if escalate:
        f.add(
            c,
            t + timedelta(hours=f.rng.uniform(1.5, 2.5)),
            "email",
            "message",
            f.fmt(W.ESCALATED[lang], c, ref=ref),
            out=True,
        )
    elif first != "chat":
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(10, 40)),
            "email",
            "message",
            f.fmt(W.CASE_OPENED[lang], c, ref=ref),
            out=True,
        )
    comp = f.rng.choice(W.COMPETITORS)
    tk = t
    for k, ch in enumerate(later, start=2):
        lang = langs[(k - 1) % len(langs)]
        c["language"] = lang
        tk = f.out_of_night(tk + timedelta(hours=f.rng.uniform(4, 40)))
        p = f.rng.choice(W.PROB[prob][lang])
        if k == 3:
            text = f.fmt(W.THIRD[lang], c, ref=ref, comp=comp)
        elif k == 4:
            text = f.fmt(W.FOURTH[lang], c, ref=ref)
        elif ch == "phone":
            text = f.fmt(W.REPEAT_CALL[lang][0], c, ref=ref)
        else:
            text = f.fmt(f.rng.choice(W.REPEAT[lang]), c, ref=ref, p=p[0].upper() + p[1:])
        if ch == "phone" and k >= 3:
            text = text.lower().replace(".", "").replace(",", "")
        kind = {
            "web": "ticket",
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "social": "mention",
        }[ch]
        if ch == "social":
            text = "@" + W.BRAND + " " + text
        eids.append(
            f.add(
                c,
                tk,
                ch,
                kind,
                text,
                subject=f"RE: {ref}" if ch == "email" else None,
                attrs={"page": "/help/contact"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            f.add(
                c,
                tk + timedelta(minutes=3),
                "chat",
                "chat",
                f.fmt(W.URGENT[lang], c, ref=ref),
                out=True,
            )
    c["language"] = c0
    c.update(
        problem=prob,
        booking=ref,
        contacts=times,
        channels=[first, *later],
        channel=first,
        agent_passed_on=escalate,
        problem_event_ids=eids,
        competitor=comp if times >= 3 else None,
        trouble_starts_at=iso(t),
    )
    c["expected_rules"] = ["repeat_contact"]
    c["tolerated_rules"] = list(CONSUMER_TOLERATE_REPEAT)


def fixed_run(
    f: Fam, c: dict[str, Any], t: datetime, confirm_lang: str | None = None
) -> dict[str, Any]:
    prob = f.rng.choice(W.PROBLEMS)
    ref = f.ref()
    eid = f.complaint(c, t, "web", prob)
    lang = c["language"]
    f.add(
        c,
        t + timedelta(minutes=f.rng.randint(10, 40)),
        "email",
        "message",
        f.fmt(W.CASE_OPENED[lang], c, ref=ref),
        out=True,
    )
    tf = f.out_of_night(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(c, tf, "email", "message", f.fmt(W.GOOD_NEWS[lang], c, ref=ref), out=True)
    tc = f.out_of_night(tf + timedelta(hours=f.rng.uniform(8, 30)))
    cl = confirm_lang or lang
    ch = f.rng.choice(["email", "chat"])
    ceid = f.add(
        c,
        tc,
        ch,
        "message" if ch == "email" else "chat",
        f.fmt(f.rng.choice(W.CONFIRM[cl]), c, ref=ref),
        subject=f"RE: {ref}" if ch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0(2026, 3, 9, 0),
        10,
        "repeat contacts, fixed problems, two problems, frequent writers",
    )
    times = [2] * 4 + [3] * 4 + [4] * 4
    esc = [True, False] * 6
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        f.happy_days(c, f.rng.randint(1, 3), [0], 7, 12)
        repeat_run(f, c, f.day_time(f.rng.randint(1, 4), 8, 19), times[i], esc[i])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        c["tolerated_rules"] = ["silence"]
        f.happy_days(c, f.rng.randint(1, 2), [0])
        pr = fixed_run(f, c, f.day_time(f.rng.randint(1, 5), 8, 18))
        c["problems"] = [pr]
        c["trouble_starts_at"] = pr["raised_at"]
    for _ in range(3):
        c = f.person("different_problems", "two problems")
        c["tolerated_rules"] = ["silence"]
        d = f.rng.randint(0, 2)
        p1 = fixed_run(f, c, f.day_time(d, 8, 18))
        p2 = fixed_run(f, c, f.day_time(d + f.rng.randint(4, 5), 8, 18))
        while p2["problem"] == p1["problem"]:
            p2["problem"] = f.rng.choice(W.PROBLEMS)
        c["problems"] = [p1, p2]
        c["trouble_starts_at"] = p1["raised_at"]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    return f


def slide(f: Fam, c: dict[str, Any], t0: datetime, span: int, langs: list[str]) -> list[str]:
    comp = f.rng.choice(W.COMPETITORS)
    eids = []
    t = t0
    step = span * 24 / 5
    for k in range(6):
        lang = langs[k % len(langs)]
        text = W.SLIDE[lang][k].format(comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            eids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        elif ch == "social":
            eids.append(f.add(c, t, "social", "mention", "@" + W.BRAND + " " + text))
        else:
            eids.append(f.add(c, t, "community", "post", text))
        if k == 3:
            c["_fourth"] = t
        t = f.out_of_night(t + timedelta(hours=max(1.0, step * f.rng.uniform(0.7, 1.3))))
    c["competitor"] = comp
    return eids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0(2026, 4, 6, 0),
        32,
        "sliders, leavers, steady, steadily grumpy, sarcastic",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.person("slow_churner", "slides")
        for d in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.add(
                c,
                f.day_time(d),
                "community" if f.rng.random() < 0.5 else "social",
                "post",
                f.pick(W.PRAISE, c),
            )
        f.happy_days(c, f.rng.randint(2, 4), list(range(11)))
        t0 = f.day_time(f.rng.randint(12, 16), 9, 19)
        eids = slide(f, c, t0, spans[i], [c["language"]])
        c.update(slide_event_ids=eids, slide_days=spans[i], trouble_starts_at=iso(t0))
        c["expected_rules"] = ["sentiment_drop"]
        c["tolerated_rules"] = list(SLIDER_TOLERATE)
        if i % 2 == 0:
            score = f.rng.randint(1, 5)
            eid = f.add(
                c,
                f.out_of_night(c["_fourth"] + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.update(nps_given=True, nps=score, survey_event_id=eid)
            c["expected_rules"].append("detractor")
        del c["_fourth"]
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)))
        t = f.day_time(f.rng.randint(17, 23), 8, 19)
        eid = f.add(c, t, "email", "message", f.pick(W.CHURN, c), subject="Baja / Disdetta")
        f.add(
            c,
            f.out_of_night(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            f.fmt(W.SORRY_GO[c["language"]], c),
            out=True,
        )
        tc = f.out_of_night(t + timedelta(hours=f.rng.uniform(20, 30)))
        ceid = f.add(
            c, tc, "web", "cancellation", attrs={"page": "/account/club", "product": W.PLAN}
        )
        c.update(
            churn_intent_event_id=eid,
            cancellation_event_id=ceid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
        c["expected_rules"] = ["churn_intent"]
        c["tolerated_rules"] = list(LEAVER_TOLERATE)
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), list(range(30)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        c["tolerated_rules"] = ["repeat_contact", "silence"]
        d = f.rng.randint(0, 4)
        eids = []
        for _k in range(f.rng.randint(5, 7)):
            t = f.day_time(d, 8, 20)
            ch = f.rng.choice(["social", "community", "web"])
            text = f.pick(W.GRUMBLE, c)
            if ch == "web":
                eids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            else:
                eids.append(f.add(c, t, ch, "post", text))
            d += f.rng.randint(1, 3)
        c.update(grumble_event_ids=eids, trouble_starts_at=iso(f.rows[-1]["t"]))
        c["trouble_starts_at"] = min(r["t"] for r in f.rows if r["event_id"] in eids).strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        c["tolerated_rules"] = ["silence"]
        f.happy_days(c, f.rng.randint(3, 5), list(range(16)))
        eid = f.add(
            c, f.day_time(f.rng.randint(17, 28), 9, 20), "social", "post", f.pick(W.SARCASM, c)
        )
        c["sarcasm_event_id"] = eid
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, d0(2026, 5, 22, 4), 3, "a calm weekend with night-owl bursts")
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy_act(c, f.day_time(d, 7, 17.5))
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once")
        c["tolerated_rules"] = ["silence"]
        t = f.day_time(f.rng.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/clubs"})
        tg = t + timedelta(minutes=f.rng.randint(20, 30))
        if f.rng.random() < 0.5:
            eid = f.add(c, tg, "chat", "chat", W.SLOW_GRUMBLE[c["language"]])
            f.add(
                c,
                tg + timedelta(minutes=4),
                "chat",
                "chat",
                f.fmt(W.ANSWER[c["language"]], c),
                out=True,
            )
        else:
            eid = f.add(
                c,
                tg,
                "web",
                "ticket",
                W.SLOW_GRUMBLE[c["language"]],
                attrs={"page": "/help/contact"},
            )
            f.add(
                c,
                tg + timedelta(minutes=30),
                "email",
                "message",
                f.fmt(W.FORM_ACK[c["language"]], c),
                out=True,
            )
        c.update(grumble_event_id=eid, trouble_starts_at=iso(tg))
    for night in range(3):
        base = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            burst = base + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = burst + timedelta(minutes=f.rng.uniform(0, 9.5))
                if f.rng.random() < 0.5:
                    eid = f.add(c, t, "social", "post", f.pick(W.NIGHT_POST, c))
                else:
                    eid = f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c))
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        f.fmt(W.ANSWER[c["language"]], c),
                        out=True,
                    )
                    f.add(c, t + timedelta(minutes=8), "chat", "chat", f.pick(W.THANKS, c))
                c.update(burst_at=iso(burst), night_event_id=eid)
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.day_time(night, 9, 17.5))
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d0(2026, 6, 8, 0), 14, "customers who write in two languages")
    pairs = [
        ("es", "it"),
        ("it", "es"),
        ("es", "en"),
        ("it", "de"),
        ("es", "fr"),
        ("it", "fr"),
        ("es", "pt"),
        ("it", "en"),
        ("de", "es"),
        ("fr", "it"),
        ("pt", "es"),
        ("en", "it"),
    ]
    why = "works abroad / family in the other country"

    def bi(persona: str, habit: str, pair: tuple[str, str]) -> dict[str, Any]:
        c = f.person(persona, habit, pair[0])
        c["languages"] = list(pair)
        c["job_second_language"] = why
        return c

    for i in range(12):
        pair = pairs[i]
        c = bi("happy", "alternates languages", pair)
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c["language"] = pair[k % 2]
            f.happy_act(c, f.day_time(d))
        c["language"] = pair[0]
    for i, n in enumerate([2, 2, 3, 3, 4]):
        pair = pairs[(i * 5) % 12]
        c = bi("repeat_contact", "repeats", pair)
        f.happy_days(c, f.rng.randint(1, 3), [0, 1])
        repeat_run(f, c, f.day_time(f.rng.randint(2, 5), 8, 18), n, n >= 3, alternate=list(pair))
    for i in range(5):
        pair = pairs[(i * 7 + 3) % 12]
        c = bi("slow_churner", "slides", pair)
        for k, d in enumerate(sorted(f.rng.sample(range(6), 5))):
            c["language"] = pair[k % 2]
            f.add(c, f.day_time(d), "community", "post", f.pick(W.PRAISE, c))
        c["language"] = pair[0]
        f.happy_days(c, f.rng.randint(1, 3), list(range(6)))
        t0 = f.day_time(f.rng.randint(7, 8), 9, 19)
        eids = slide(f, c, t0, f.rng.randint(3, 5), list(pair))
        del c["_fourth"]
        c.update(slide_event_ids=eids, trouble_starts_at=iso(t0))
        c["expected_rules"] = ["sentiment_drop"]
        c["tolerated_rules"] = list(SLIDER_TOLERATE)
    for i, ch in enumerate(["email", "email", "chat"]):
        pair = pairs[(i * 3 + 1) % 12]
        c = bi("happy_one_bad_day", "one bad day", pair)
        c["tolerated_rules"] = ["silence"]
        f.happy_days(c, f.rng.randint(2, 4), [0, 1, 2, 10, 11, 12, 13])
        c["language"] = pair[1]
        t = f.day_time(f.rng.randint(5, 7), 9, 18)
        prob = f.rng.choice(W.PROBLEMS)
        long_mail = i == 0 and pair[1] in W.LONG_EMAIL
        eid = f.complaint(c, t, ch, prob, long_email=long_mail)
        ref = f.ref()
        f.add(
            c,
            t + timedelta(minutes=20),
            ch,
            "message" if ch == "email" else "chat",
            f.fmt(W.CASE_OPENED[pair[1]], c, ref=ref),
            out=True,
        )
        if ch == "email":
            f.add(
                c,
                f.out_of_night(t + timedelta(hours=2)),
                "email",
                "message",
                f.fmt(W.GOOD_NEWS[pair[1]], c, ref=ref),
                out=True,
            )
            c["agent_fixed"] = True
        if i == 1:
            ta = f.out_of_night(t + timedelta(hours=f.rng.uniform(18, 24)))
            c.update(
                apologised=True,
                apology_event_id=f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, c)),
                apology_at=iso(ta),
            )
        c["language"] = pair[0]
        c.update(
            problem=prob,
            booking=ref,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=pair[1],
            long_email=long_mail,
            trouble_starts_at=iso(t),
        )
    for i in range(2):
        pair = pairs[i + 6]
        c = bi("resolved_between_contacts", "fixed", pair)
        c["tolerated_rules"] = ["silence"]
        f.happy_days(c, 2, [0, 1, 2])
        pr = fixed_run(f, c, f.day_time(f.rng.randint(4, 8), 8, 17), confirm_lang=pair[1])
        c.update(problems=[pr], confirm_language=pair[1], trouble_starts_at=pr["raised_at"])
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d0(2026, 7, 6, 0),
        14,
        "schools and companies on account (Scaccora Scuole)",
    )
    wed = f.start + timedelta(days=2)
    plan = [
        ("at_risk", 3, "invoice", "es"),
        ("at_risk", 4, "no_coach", "it"),
        ("at_risk", 3, "portal", "it"),
        ("at_risk", 4, "overbilled", "es"),
        ("at_risk", 3, "invoice", "de"),
    ]
    plan += [
        ("one_unhappy", 1, p, lg)
        for p, lg in [("no_coach", "es"), ("overbilled", "it"), ("portal", "fr"), ("invoice", "pt")]
    ]
    plan += [("mild", 0, "", lg) for lg in ["es", "it", "en"]]
    plan += [("happy", 0, "", lg) for lg in ["it", "es", "pt"]]
    sites = [
        "school",
        "school",
        "academy",
        "company",
        "library",
        "school",
        "school",
        "company",
        "school",
        "academy",
        "school",
        "company",
        "school",
        "school",
        "company",
    ]
    for n, (kind, nbad, prob, lang) in enumerate(plan):
        market = W.MARKETS[lang][0]
        acc = f"SCS-{market}-{f.rng.randint(1000, 9999)}"
        ncont = max(nbad + 1, f.rng.randint(3, 4)) if kind == "at_risk" else f.rng.randint(3, 4)
        contacts = [f.person("b2b_happy", "contact", lang, acc, market) for _ in range(ncont)]
        firsts = set()
        for c in contacts:
            while c["first"] in firsts:
                c["first"] = f.rng.choice(W.FIRST[lang])
                c["name"] = c["first"] + " " + c["name"].split(" ", 1)[1]
            firsts.add(c["first"])
            c.update(
                company=f"Centro {n + 1} {W.LAST[lang][n % len(W.LAST[lang])]}",
                role="contact",
                job="coordinator",
                job_title="Activities coordinator",
            )
        a: dict[str, Any] = {
            "company": contacts[0]["company"],
            "site": sites[n],
            "contacts": ncont,
            "contact_keys": [c["identifiers"]["customer_id"] for c in contacts],
            "unhappy_contacts": nbad,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        f.accounts[acc] = a
        bad = contacts[:nbad] if kind != "mild" else []
        for c in contacts:
            if c in bad or kind == "mild":
                continue
            for _ in range(f.rng.randint(1, 3)):
                t = f.start + timedelta(
                    days=f.rng.choice([0, 1, 2, 3, 4, 7, 8, 9, 10, 11]),
                    hours=f.rng.uniform(8, 16.5),
                )
                k = f.rng.randrange(3)
                if k == 0:
                    f.add(c, t, "chat", "chat", W.B2B_Q[lang])
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        "chat",
                        f.fmt(W.ANSWER[lang], c),
                        out=True,
                    )
                elif k == 1:
                    f.add(c, t, "community", "post", f.fmt(W.B2B_PRAISE[lang], c))
                else:
                    f.add(
                        c,
                        t,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(9, 10)},
                        attrs={"survey": "nps"},
                    )
        if kind == "at_risk":
            ref = f.ref()
            t = wed + timedelta(hours=f.rng.uniform(8.5, 11))
            a["trouble_starts_at"] = iso(t)
            a["expected_rules"] = ["account_risk"]
            for j, c in enumerate(bad):
                c.update(
                    persona="b2b_unhappy",
                    habit="complainer",
                    role="complainer",
                    booking=ref,
                    problem=prob,
                    trouble_starts_at=iso(t),
                )
                c["tolerated_rules"] = list(B2B_RISK_TOLERATE)
                p = W.B2B_PROB[prob][lang]
                text = (
                    f.fmt(W.B2B_FIRST[lang], c, p=p)
                    if j == 0
                    else f.fmt(W.B2B_MORE[lang], c, p=p, other=bad[0]["first"], ref=ref)
                )
                eids = [f.add(c, t, "email", "message", text, subject=ref if j else None)]
                if j == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 60)),
                        "email",
                        "message",
                        f.fmt(W.B2B_ACK[lang], c, ref=ref),
                        out=True,
                    )
                if j < len(bad) - 1:
                    score = f.rng.randint(1, 5)
                    sid = f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": score},
                        attrs={"survey": "nps"},
                    )
                    c.update(nps_given=True, nps=score, survey_event_id=sid)
                    c["expected_rules"] = ["detractor"]
                else:
                    tl = t + timedelta(hours=f.rng.uniform(18, 40))
                    if tl.hour < 8 or tl.hour >= 17:
                        tl = tl.replace(hour=9) + timedelta(days=1 if tl.hour >= 17 else 0)
                    if tl.weekday() >= 5:
                        tl += timedelta(days=7 - tl.weekday())
                    eids.append(f.add(c, tl, "phone", "call", f.fmt(W.B2B_LAST[lang], c, ref=ref)))
                    c["expected_rules"] = ["repeat_contact"]
                c["complaint_event_ids"] = eids
                a["unhappy_contact_keys"].append(c["identifiers"]["customer_id"])
                nt = t + timedelta(hours=f.rng.uniform(8, 28))
                if nt.hour < 8 or nt.hour >= 17:
                    nt = (nt + timedelta(days=1 if nt.hour >= 17 else 0)).replace(
                        hour=8, minute=f.rng.randint(0, 59)
                    )
                if nt.weekday() >= 5:
                    nt += timedelta(days=7 - nt.weekday())
                t = nt
        elif kind == "one_unhappy":
            c = bad[0]
            ref = f.ref()
            t = f.start + timedelta(days=f.rng.randint(7, 9), hours=f.rng.uniform(8.5, 15))
            eid = f.add(
                c, t, "email", "message", f.fmt(W.B2B_FIRST[lang], c, p=W.B2B_PROB[prob][lang])
            )
            f.add(
                c,
                t + timedelta(minutes=40),
                "email",
                "message",
                f.fmt(W.B2B_ACK[lang], c, ref=ref),
                out=True,
            )
            score = f.rng.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(hours=2),
                "survey",
                "survey_response",
                None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.update(
                persona="b2b_one_unhappy",
                habit="complainer",
                role="complainer",
                booking=ref,
                problem=prob,
                complaint_event_ids=[eid],
                nps_given=True,
                nps=score,
                survey_event_id=sid,
                trouble_starts_at=iso(t),
            )
            c["expected_rules"] = ["detractor"]
            c["tolerated_rules"] = list(B2B_ONE_TOLERATE)
            a["unhappy_contact_keys"].append(c["identifiers"]["customer_id"])
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.start + timedelta(days=f.rng.randint(7, 10), hours=f.rng.uniform(8, 16))
                eid = f.add(c, t, "web", "ticket", W.B2B_MILD[lang], attrs={"page": "/portal/help"})
                f.add(
                    c,
                    t + timedelta(minutes=35),
                    "email",
                    "message",
                    f.fmt(W.FORM_ACK[lang], c),
                    out=True,
                )
                c.update(
                    persona="b2b_mild",
                    habit="suggests",
                    role="suggests",
                    mild_event_id=eid,
                    trouble_starts_at=iso(t),
                )
                c["tolerated_rules"] = ["silence"]
            for c in contacts[2:]:
                f.add(
                    c,
                    f.start + timedelta(days=f.rng.randint(0, 4), hours=f.rng.uniform(8, 16)),
                    "chat",
                    "chat",
                    W.B2B_Q[lang],
                )
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike", "TS", 8, d0(2026, 9, 14, 0), 7, "a calm week and a Saturday-morning spike"
    )
    sat = f.start + timedelta(days=5)
    s0 = sat + timedelta(hours=8, minutes=20)
    for _ in range(40):
        c = f.person("happy", "day writer")
        for _k in range(f.rng.randint(1, 4)):
            d = f.rng.randint(0, 5)
            f.happy_act(c, f.day_time(d, 12, 19) if d == 5 else f.day_time(d, 7, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once")
        c["tolerated_rules"] = ["silence"]
        t = f.day_time(0, 9, 17)
        eid = f.add(c, t, "chat", "chat", W.SLOW_GRUMBLE[c["language"]])
        f.add(
            c, t + timedelta(minutes=4), "chat", "chat", f.fmt(W.ANSWER[c["language"]], c), out=True
        )
        c.update(grumble_event_id=eid, trouble_starts_at=iso(t))
    for lang, hh in (("es", 9.6), ("it", 16.1)):
        c = f.person("grumbles_once", "lone question", lang)
        c["tolerated_rules"] = ["silence"]
        t = f.start + timedelta(days=4, hours=hh)
        eid = f.add(c, t, "chat", "chat", W.LONE_Q[lang])
        f.add(c, t + timedelta(minutes=5), "chat", "chat", f.fmt(W.LONE_A[lang], c), out=True)
        c.update(lone_report_event_id=eid, trouble_starts_at=iso(t))
    langs = ["es"] * 6 + ["it"] * 6 + ["de", "de", "en", "en", "fr", "fr", "pt", "pt"]
    f.rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    reporters = []
    for i in range(20):
        regular = i < 12
        c = f.person("spike_reporter", "regular" if regular else "new", langs[i])
        c["tolerated_rules"] = ["silence"]
        if regular:
            for _k in range(f.rng.randint(1, 3)):
                f.happy_act(c, f.day_time(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i], seconds=f.rng.randint(0, 50) if 0 < offs[i] < 45 else 0)
        ch = chans[i]
        text = f.fmt(f.rng.choice(W.SPIKE[langs[i]]), c)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        if ch == "social":
            text = "@" + W.BRAND + " " + text
        eid = f.add(c, t, ch, kind, text, attrs={"page": "/help/contact"} if ch == "web" else None)
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                f.fmt(W.SPIKE_CHAT[langs[i]], c),
                out=True,
            )
        c.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        reporters.append((c, t, ch))
    early = [x for x in reporters if x[1] <= s0 + timedelta(minutes=25)]
    rep_ids = []
    for c, t, ch in f.rng.sample(early, 6):
        c["persona"] = "spike_repeater"
        c["expected_rules"] = ["repeat_contact"]
        c["tolerated_rules"] = ["sentiment_drop", "silence"]
        ch2 = f.rng.choice([x for x in ["email", "chat", "community"] if x != ch])
        t2 = t + timedelta(minutes=f.rng.randint(15, 45))
        kind = {"chat": "chat", "community": "post", "email": "message"}[ch2]
        eid = f.add(c, t2, ch2, kind, W.SPIKE_AGAIN[c["language"]].format(code=W.CODE))
        c["repeat_event_id"] = eid
        rep_ids.append(eid)
    rest = [x for x in reporters if x[0]["persona"] == "spike_reporter"]
    for c, _t, _ch in f.rng.sample(rest, 6):
        f.add(
            c,
            sat + timedelta(hours=11, minutes=f.rng.randint(5, 15)),
            "email",
            "message",
            f.fmt(W.SPIKE_FIXED[c["language"]], c),
            out=True,
        )
        c["agent_fixed"] = True
    f.spike = {
        "topic": f"online chess lesson rooms will not open in the app or on the web: no lesson can start, error {W.CODE}",
        "about": "Saturday-morning lesson rooms outage",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": [c["identifiers"]["customer_id"] for c, _t, _ch in reporters],
        "event_ids": [c["spike_event_id"] for c, _t, _ch in reporters],
        "repeat_event_ids": rep_ids,
    }
    return f


EXPECTED = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}
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
    total = [0, 0, 0]
    for make in FAMILIES:
        fam = make()
        n = fam.write(EXPECTED[fam.name])
        print(fam.name, *n)
        total = [a + b for a, b in zip(total, n, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
