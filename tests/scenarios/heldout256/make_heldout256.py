# ruff: noqa: E501
"""Write heldout256: eight families of Amarrio (marina berths by app) touchpoints and truth."""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

H = 3600.0
D = 86400.0
CODE = "GT5#207"
ALL = (
    "detractor",
    "sentiment_drop",
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class C:
    def __init__(
        self, fam: Fam, n: int, lang: str, market: str, segment: str, account: str | None
    ) -> None:
        r = fam.rng
        self.key = f"h256-{fam.abbr}-c{n:03d}"
        self.lang = lang
        self.market = market
        self.first = r.choice(W.FIRST[lang])
        self.last = r.choice(W.LAST[lang])
        base = (
            unicodedata.normalize("NFKD", f"{self.first}.{self.last}")
            .encode("ascii", "ignore")
            .decode()
            .lower()
            .replace(" ", "")
            .replace("'", "")
        )
        dom = "example.com" if segment == "consumer" else f"{account}.example.org"
        self.email = f"{base}{n}@{dom}"
        self.phone = f"+{W.PHONE_CC[market]}{fam.abbr_n}{n:03d}{r.randint(1000, 9999)}"
        self.handle = f"@{base.replace('.', '_')}{n}"
        self.segment = segment
        self.account = account
        self.seen = False
        self.t: dict[str, Any] = {}


class Fam:
    def __init__(
        self, name: str, abbr: str, abbr_n: int, start: datetime, days: int, seed: int, about: str
    ) -> None:
        self.name, self.abbr, self.abbr_n = name, abbr, abbr_n
        self.t0 = start.timestamp()
        self.days = days
        self.seed = seed
        self.about = about
        self.rng = random.Random(seed)
        self.events: list[tuple[float, int, dict[str, Any]]] = []
        self.cs: list[C] = []
        self.accounts: dict[str, Any] = {}
        self.spike: dict[str, Any] = {}
        self.refn = 0

    # ---------------------------------------------------------------- helpers --
    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def cust(
        self,
        persona: str,
        habit: str,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        lang: str | None = None,
        segment: str = "consumer",
        account: str | None = None,
        market: str | None = None,
    ) -> C:
        lg = lang or self.lang()
        c = C(
            self, len(self.cs) + 1, lg, market or self.rng.choice(W.MARKETS[lg]), segment, account
        )
        c.t = {
            "identifiers": {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": account,
            },
            "persona": persona,
            "habit": habit,
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "language": lg,
            "country": c.market,
            "segment": segment,
            "name": f"{c.first} {c.last}",
            "job": self.rng.choice(W.JOBS),
            "town": self.rng.choice(W.TOWNS[lg]),
        }
        self.cs.append(c)
        return c

    def at(self, day: float, h0: float, h1: float) -> float:
        return self.t0 + day * D + self.rng.uniform(h0, h1) * H

    def dayish(self, ts: float) -> float:
        h = ((ts - self.t0) % D) / H
        if h >= 21.5:
            return ts - h * H + D + self.rng.uniform(7.2, 9.0) * H
        if h < 7.0:
            return ts - h * H + self.rng.uniform(7.2, 9.0) * H
        return ts

    def ref(self) -> str:
        self.refn += 1
        return f"AM-{self.abbr_n}{self.refn:03d}"

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def rough(self, text: str) -> str:
        r = self.rng
        if r.random() < 0.1:
            text = "".join(
                ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
            )
        if r.random() < 1 / 8 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [i for i, w in enumerate(text.split(" ")) if len(w) > 4 and w.isalpha()]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    def emit(
        self,
        c: C,
        ts: float,
        channel: str,
        kind: str,
        text: str = "",
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        eid = f"h256-{self.abbr}-e{len(self.events) + 1:04d}"
        if out or not c.seen:
            ids: dict[str, str | None] = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
            }
            if not out:
                c.seen = True
        else:
            ids = {
                "email": {"email": c.email},
                "phone": {"phone": c.phone},
                "social": {"handle": c.handle},
                "community": {"handle": c.handle},
                "chat": {"customer_id": c.key, "email": c.email},
            }.get(channel, {"customer_id": c.key})  # type: ignore[assignment]
        cust: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        cust.update(ids)
        if text and not out:
            if channel == "phone":
                text = "".join(ch for ch in text.lower() if ch.isalnum() or ch in " '")
            else:
                text = self.rough(text)
        a: dict[str, str] = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(W.AGENTS[c.lang])
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        ev = {
            "event_id": eid,
            "occurred_at": iso(ts),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": cust,
            "text": text or None,
            "subject": subject,
            "scores": sc,
            "source": {
                "email": "helpdesk",
                "chat": "livechat",
                "phone": "callcentre",
                "social": "social_listening",
                "community": "forum",
                "web": "website",
                "survey": "surveys",
            }[channel],
            "attributes": a,
        }
        self.events.append((ts, len(self.events), ev))
        return eid

    def reply(self, c: C, ts: float, channel: str, key: str, **kw: str) -> str:
        text = self.rng.choice(W.AGENT[key][c.lang]).format(plan=W.PLAN, arm=W.B2B_ARM, **kw)
        return self.emit(
            c,
            ts,
            channel,
            "chat" if channel == "chat" else "message",
            text,
            out=True,
            subject=W.SUBJECTS[c.lang] if channel == "email" else None,
        )

    def cur(self, c: C) -> str:
        return {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")

    # ------------------------------------------------------------ happy acts --
    def happy(
        self,
        c: C,
        ts: float,
        kinds: tuple[str, ...] = (
            "praise",
            "mention",
            "qa",
            "buy",
            "view",
            "review",
            "phone",
            "gripe",
        ),
    ) -> None:
        r, lg = self.rng, c.lang
        k = r.choice(kinds)
        if k == "praise":
            self.emit(
                c,
                ts,
                r.choice(("social", "community")),
                "post",
                self.pick(W.PRAISE, lg).format(brand=W.BRAND),
            )
        elif k == "gripe":
            self.emit(c, ts, "community", "post", self.pick(W.GRIPE_PRAISE, lg))
        elif k == "mention":
            self.emit(c, ts, "social", "mention", self.pick(W.MENTION, lg))
        elif k == "qa":
            q, a = r.choice(W.QA[lg])
            ch = r.choice(("chat", "email"))
            self.emit(
                c,
                ts,
                ch,
                "chat" if ch == "chat" else "message",
                q,
                subject=None if ch == "chat" else W.SUBJECTS[lg],
            )
            self.emit(
                c, ts + r.uniform(60, 900), ch, "chat" if ch == "chat" else "message", a, out=True
            )
            if r.random() < 0.6:
                self.emit(
                    c,
                    ts + r.uniform(1000, 1500),
                    ch,
                    "chat" if ch == "chat" else "message",
                    self.pick(W.THANKS, lg),
                )
        elif k == "buy":
            prod = r.choice(
                ("berth_2_nights", "berth_week", "fuel_card", "launch_slot", "ancora_annual")
            )
            self.emit(c, ts, "web", "page_view", attrs={"page": f"/marinas/{prod}"})
            self.emit(
                c,
                ts + r.uniform(120, 600),
                "web",
                "purchase",
                attrs={
                    "page": "/checkout",
                    "product": prod,
                    "order_value": f"{r.randint(38, 420)}.00",
                    "currency": self.cur(c),
                },
            )
        elif k == "view":
            self.emit(
                c,
                ts,
                "web",
                "page_view",
                attrs={"page": r.choice(("/marinas", "/account", "/tides", "/marinas/map"))},
            )
        elif k == "review":
            self.emit(
                c,
                ts,
                "web",
                "review",
                self.pick(W.REVIEW, lg),
                attrs={"rating": r.choice(("5", "5", "4")), "page": "/reviews"},
            )
        else:
            self.emit(c, ts, "phone", "call", self.pick(W.PHONE_Q, lg))
            self.emit(
                c,
                ts + r.uniform(600, 2400),
                "email",
                "message",
                self.pick(W.PHONE_FOLLOW, lg),
                out=True,
                subject=W.SUBJECTS[lg],
            )

    def survey(self, c: C, ts: float, low: int | None = None, csat: int | None = None) -> str:
        r = self.rng
        if low is not None:
            return self.emit(
                c, ts, "survey", "survey_response", "", scores={"nps": low}, attrs={"survey": "nps"}
            )
        if csat is not None:
            return self.emit(
                c,
                ts,
                "survey",
                "survey_response",
                r.choice(("", "Slow", "Mau", "Bad")) if r.random() < 0.5 else "",
                scores={"csat": csat},
                attrs={"survey": "csat"},
            )
        kind = r.choice(("nps", "csat", "ces"))
        val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[kind]
        return self.emit(
            c,
            ts,
            "survey",
            "survey_response",
            self.pick(W.SURVEY_WORD, c.lang),
            scores={kind: val},
            attrs={"survey": kind},
        )

    def complaint(self, c: C, ts: float, channel: str, p: str, long: bool = False) -> str:
        lg = c.lang
        if long:
            return self.emit(
                c,
                ts,
                "email",
                "message",
                self.pick(W.LONG_EMAIL, lg).format(brand=W.BRAND, p=p),
                subject=W.SUBJECTS[lg],
            )
        text = self.pick(W.COMPLAIN[channel], lg).format(p=p)
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[channel]
        return self.emit(
            c,
            ts,
            channel,
            kind,
            text,
            subject=W.SUBJECTS[lg] if channel == "email" else None,
            attrs={"page": "/help/contact"} if channel == "web" else None,
        )

    # ----------------------------------------------------------------- output --
    def write(self, expected_total: dict[str, int]) -> None:
        self.events.sort(key=lambda e: (e[0], e[1]))
        last = self.events[-1][0] if self.events else self.t0
        end = max(self.t0 + self.days * D, last + H)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": f"{W.BRAND}: marina berths booked by app and web, membership {W.PLAN}, company arm {W.B2B_ARM}",
                "days": self.days,
                "seed": self.seed,
                "written": "by hand, blind, heldout256",
                "expected": expected_total,
            },
            "start": iso(self.t0),
            "end": iso(end),
            "customers": {c.key: c.t for c in self.cs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as f:
            for _, _, ev in self.events:
                f.write(json.dumps(ev, ensure_ascii=False, sort_keys=True) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def counts(f: Fam) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in f.cs:
        for rule in c.t["expected_rules"]:
            out[rule] = out.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            out[rule] = out.get(rule, 0) + 1
    if f.spike:
        out["topic_spike"] = 1
    return out


def spread(
    f: Fam,
    c: C,
    n: int,
    days: list[int],
    h0: float = 7.5,
    h1: float = 19.0,
    kinds: tuple[str, ...] | None = None,
) -> None:
    for d in f.rng.sample(days, min(n, len(days))):
        if kinds:
            f.happy(c, f.at(d, h0, h1), kinds)
        else:
            f.happy(c, f.at(d, h0, h1))


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "hw",
        11,
        datetime(2026, 1, 5, tzinfo=UTC),
        10,
        25601,
        "happy day and night writers and survey-only customers",
    )
    r = f.rng
    for _ in range(16):
        c = f.cust("happy", "day writer")
        spread(f, c, r.randint(5, 8), list(range(10)))
        if r.random() < 0.4:
            f.survey(c, f.at(r.randint(0, 9), 9, 18))
    for _ in range(5):
        c = f.cust("happy", "night writer")
        for d in r.sample(range(10), r.randint(2, 4)):
            ts = f.at(d, 22.2, 27.5)
            q, a = r.choice(W.NIGHT_Q[c.lang])
            if r.random() < 0.5:
                f.emit(c, ts, "chat", "chat", q)
                f.emit(c, ts + 300, "chat", "chat", a, out=True)
                f.emit(c, ts + 600, "chat", "chat", f.pick(W.THANKS, c.lang))
            else:
                f.emit(c, ts, "social", "post", f.pick(W.NIGHT_POST, c.lang).format(brand=W.BRAND))
        spread(f, c, r.randint(2, 3), list(range(10)), 9, 18, ("praise", "buy", "view", "review"))
    for _ in range(5):
        c = f.cust("happy", "answers surveys")
        for d in r.sample(range(10), r.randint(3, 6)):
            f.survey(c, f.at(d, 8, 20))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "ob",
        12,
        datetime(2026, 1, 19, tzinfo=UTC),
        12,
        25602,
        "happy customers with one bad day",
    )
    r = f.rng
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    cased: list[tuple[C, float, str, str]] = []
    for i, ch in enumerate(chans):
        prob = W.PROBLEMS[i % 6]
        c = f.cust("happy_one_bad_day", "one bad day", tolerated=("silence",))
        bd = r.randint(2, 9)
        ts = f.at(bd, 8, 20)
        for d in r.sample([d for d in range(12) if d <= bd - 2 or d >= bd + 3], r.randint(1, 5)):
            f.happy(c, f.at(d, 8, 19))
        p = W.PROBLEM[prob][c.lang]
        eid = f.complaint(c, ts, "email" if ch == "long" else ch, p, long=ch == "long")
        c.t.update(
            {
                "problem": prob,
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "bad_day_at": iso(ts),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(ts),
                "booking": None,
                "nps_given": False,
                "csat_given": False,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        if ch != "social":
            ref = f.ref()
            c.t["booking"] = ref
            if ch == "chat":
                f.reply(c, ts + r.uniform(60, 400), "chat", "case_opened", ref=ref)
            else:
                f.reply(c, ts + r.uniform(600, 2400), "email", "case_opened", ref=ref)
            cased.append((c, ts, ref, ch))
    r.shuffle(cased)
    for j, (c, ts, ref, _ch) in enumerate(cased):
        if j < 6:
            nps = r.randint(1, 5)
            c.t.update(
                {
                    "persona": "bad_day_detractor",
                    "expected_rules": ["detractor"],
                    "nps_given": True,
                    "nps": nps,
                }
            )
            c.t["survey_event_id"] = f.survey(c, ts + r.uniform(100, 140) * 60, low=nps)
        elif j < 11:
            cs = r.randint(1, 2)
            c.t.update({"csat_given": True, "csat": cs})
            c.t["survey_event_id"] = f.survey(c, ts + r.uniform(40, 80) * 60, csat=cs)
        if (j < 12 and j % 2 == 0) or 12 <= j < 18:
            f.reply(c, f.dayish(ts + r.uniform(1, 4) * H), "email", "good_news", ref=ref)
            c.t["agent_fixed"] = True
            if j >= 13:
                at = f.dayish(ts + r.uniform(16, 24) * H)
                c.t.update(
                    {
                        "apologised": True,
                        "apology_at": iso(at),
                        "apology_event_id": f.emit(
                            c, at, "chat", "chat", f.pick(W.APOLOGY, c.lang)
                        ),
                    }
                )
    for _ in range(8):
        c = f.cust("happy", "control")
        spread(f, c, r.randint(4, 7), list(range(12)))
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "rc",
        13,
        datetime(2026, 2, 16, tzinfo=UTC),
        10,
        25603,
        "repeat contacts about one open problem",
    )
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    times = [2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4]
    r.shuffle(times)
    for i in range(12):
        c = f.cust(
            "repeat_contact",
            "repeats",
            ("repeat_contact",),
            (
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12), ("praise", "view", "buy", "review"))
        prob = W.PROBLEMS[i % 6]
        p = W.PROBLEM[prob][c.lang]
        ts = f.at(r.randint(1, 4), 8, 19)
        ch = firsts[i]
        ref = f.ref()
        ids = [f.complaint(c, ts, ch, p)]
        esc = i % 2 == 0
        if ch == "chat":
            f.reply(c, ts + 200, "chat", "case_opened", ref=ref)
        if esc:
            f.reply(c, ts + r.uniform(1.5, 2.5) * H, "email", "escalated", ref=ref)
        elif ch != "chat":
            f.reply(c, ts + r.uniform(600, 2400), "email", "case_opened", ref=ref)
        others = r.sample(
            [x for x in ("email", "chat", "phone", "web", "social") if x != ch], times[i] - 1
        )
        comp = r.choice(W.COMPETITORS) if times[i] >= 3 else None
        t = ts
        for k, och in enumerate(others, start=2):
            t = f.dayish(t + r.uniform(4, 40) * H)
            if k == 2:
                text = f.pick(W.REPEAT2, c.lang).format(ref=ref, p=p)
            elif k == 3:
                text = f.pick(W.REPEAT3, c.lang).format(ref=ref, comp=comp)
            else:
                text = f.pick(W.REPEAT4, c.lang).format(ref=ref)
            if och == "phone":
                text = f"{text} {p}"
            kind = {
                "email": "message",
                "chat": "chat",
                "social": "mention",
                "web": "ticket",
                "phone": "call",
            }[och]
            ids.append(
                f.emit(
                    c,
                    t,
                    och,
                    kind,
                    text,
                    subject=W.SUBJECTS[c.lang] if och == "email" else None,
                    attrs={"page": "/help/contact"} if och == "web" else None,
                )
            )
            if och == "chat":
                f.reply(c, t + 240, "chat", "urgent", ref=ref)
        c.t.update(
            {
                "problem": prob,
                "booking": ref,
                "contacts": times[i],
                "channels": [ch, *others],
                "agent_passed_on": esc,
                "problem_event_ids": ids,
                "competitor": comp,
                "trouble_starts_at": iso(ts),
            }
        )
    for i in range(5):
        c = f.cust("resolved_between_contacts", "fixed", tolerated=("silence",))
        prob = W.PROBLEMS[(i + 2) % 6]
        ts = f.at(r.randint(1, 4), 8, 18)
        ref = f.ref()
        ch = r.choice(("email", "web", "chat"))
        e1 = f.complaint(c, ts, ch, W.PROBLEM[prob][c.lang])
        f.reply(c, ts + 600, "chat" if ch == "chat" else "email", "case_opened", ref=ref)
        fx = f.dayish(ts + r.uniform(3, 20) * H)
        f.reply(c, fx, "email", "good_news", ref=ref)
        cc = r.choice(("email", "chat"))
        cf = f.dayish(fx + r.uniform(8, 30) * H)
        ce = f.emit(
            c,
            cf,
            cc,
            "chat" if cc == "chat" else "message",
            f.pick(W.CONFIRM, c.lang).format(ref=ref),
        )
        c.t.update(
            {
                "booking": ref,
                "trouble_starts_at": iso(ts),
                "problems": [
                    {
                        "problem": prob,
                        "booking": ref,
                        "raised_at": iso(ts),
                        "fixed_at": iso(fx),
                        "confirmed_at": iso(cf),
                        "problem_event_ids": [e1],
                        "confirm_event_id": ce,
                        "channel": ch,
                        "confirm_channel": cc,
                    }
                ],
            }
        )
    for i in range(3):
        c = f.cust("different_problems", "two problems", tolerated=("silence",))
        probs = []
        d0 = r.randint(0, 1)
        for j, d in enumerate((d0, d0 + r.randint(4, 5))):
            prob = W.PROBLEMS[(i * 2 + j) % 6]
            ts = f.at(d, 8, 17)
            ref = f.ref()
            e1 = f.complaint(c, ts, "email", W.PROBLEM[prob][c.lang])
            f.reply(c, ts + 900, "email", "case_opened", ref=ref)
            fx = f.dayish(ts + r.uniform(3, 10) * H)
            f.reply(c, fx, "email", "good_news", ref=ref)
            cf = f.dayish(fx + r.uniform(8, 20) * H)
            ce = f.emit(c, cf, "email", "message", f.pick(W.CONFIRM, c.lang).format(ref=ref))
            probs.append(
                {
                    "problem": prob,
                    "booking": ref,
                    "raised_at": iso(ts),
                    "fixed_at": iso(fx),
                    "confirmed_at": iso(cf),
                    "problem_event_ids": [e1],
                    "confirm_event_id": ce,
                    "channel": "email",
                    "confirm_channel": "email",
                }
            )
        c.t.update({"problems": probs, "trouble_starts_at": probs[0]["raised_at"]})
    for _ in range(7):
        c = f.cust("happy", "frequent writer")
        spread(f, c, r.randint(5, 8), list(range(10)), kinds=("qa", "qa", "phone", "buy"))
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "sc",
        14,
        datetime(2026, 4, 6, tzinfo=UTC),
        32,
        25604,
        "slow churners, leavers, steady, grumpy and sarcastic customers",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.cust(
            "slow_churner",
            "slides",
            ("sentiment_drop",),
            (
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        for d in r.sample(range(11), r.randint(4, 5)):
            f.happy(c, f.at(d, 8, 19), ("praise",))
        spread(f, c, r.randint(2, 4), list(range(11)), kinds=("buy", "qa", "view", "review"))
        d0 = r.randint(12, 16)
        comp = r.choice(W.COMPETITORS)
        ids: list[str] = []
        t = f.at(d0, 8, 12)
        steps = W.SLIDE[c.lang]
        for k in range(6):
            if k:
                t = f.dayish(max(t + H, f.t0 + (d0 + spans[i] * k / 5) * D + r.uniform(9, 18) * H))
            ch = r.choice(("social", "community", "review"))
            text = steps[k].format(comp=comp)
            if ch == "review":
                ids.append(
                    f.emit(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": ("3", "3", "2", "2", "1", "1")[k], "page": "/reviews"},
                    )
                )
            else:
                ids.append(f.emit(c, t, ch, "post", text))
            if k == 3 and i < 5:
                nps = r.randint(1, 5)
                c.t["expected_rules"] = ["detractor", "sentiment_drop"]
                c.t.update(
                    {
                        "nps_given": True,
                        "nps": nps,
                        "survey_event_id": f.survey(
                            c, f.dayish(t + r.uniform(2.5, 3.5) * H), low=nps
                        ),
                    }
                )
        c.t.update(
            {
                "slide_event_ids": ids,
                "slide_days": spans[i],
                "competitor": comp,
                "trouble_starts_at": f.events[-1][2]["occurred_at"]
                if False
                else iso(f.t0 + d0 * D),
            }
        )
        c.t["trouble_starts_at"] = next(
            e[2]["occurred_at"] for e in f.events if e[2]["event_id"] == ids[0]
        )
    for _ in range(5):
        c = f.cust(
            "slow_churner",
            "asks to cancel",
            ("churn_intent",),
            ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        spread(f, c, r.randint(4, 6), list(range(16)))
        ts = f.at(r.randint(17, 23), 8, 18)
        e = f.emit(
            c,
            ts,
            "email",
            "message",
            f.pick(W.CANCEL, c.lang).format(plan=W.PLAN),
            subject=W.SUBJECTS[c.lang],
        )
        f.reply(c, f.dayish(ts + r.uniform(1, 5) * H), "email", "sorry_go")
        ct = f.dayish(ts + r.uniform(20, 30) * H)
        ce = f.emit(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/membership", "product": "ancora_annual"},
        )
        c.t.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": ce,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(ts),
            }
        )
    for _ in range(6):
        c = f.cust("happy", "steady")
        spread(f, c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.cust("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        d = r.randint(0, 4)
        g = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(("social", "community", "web", "review"))
            text = f.pick(W.GRUMBLE, c.lang)
            ts = f.at(d, 8, 19)
            if ch == "review":
                g.append(
                    f.emit(c, ts, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                g.append(f.emit(c, ts, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                g.append(f.emit(c, ts, ch, "post", text))
            d += r.randint(1, 3)
        c.t.update(
            {
                "grumble_event_ids": g,
                "trouble_starts_at": next(
                    e[2]["occurred_at"] for e in f.events if e[2]["event_id"] == g[0]
                ),
            }
        )
    for _ in range(5):
        c = f.cust("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        spread(f, c, r.randint(4, 6), list(range(17)))
        ts = f.at(r.randint(17, 28), 9, 19)
        c.t.update(
            {
                "sarcasm_event_id": f.emit(c, ts, "social", "post", f.pick(W.SARCASM, c.lang)),
                "trouble_starts_at": iso(ts),
            }
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "qh",
        15,
        datetime(2026, 6, 5, tzinfo=UTC),
        3,
        25605,
        "a calm weekend with night owls in bursts",
    )
    r = f.rng
    for _ in range(16):
        c = f.cust("happy", "day writer")
        for d in r.sample(range(3), r.randint(1, 3)):
            f.happy(c, f.at(d, 7, 17.5), ("praise", "mention", "buy", "view", "review"))
    for _ in range(4):
        c = f.cust("grumbles_once", "grumbles once", tolerated=("silence",))
        ts = f.at(r.randint(0, 2), 9, 17)
        f.emit(c, ts, "web", "page_view", attrs={"page": "/marinas"})
        t2 = ts + r.uniform(20, 30) * 60
        if r.random() < 0.5:
            e = f.emit(c, t2, "chat", "chat", f.pick(W.MILD, c.lang))
            f.reply(c, t2 + 300, "chat", "grumble_answer")
        else:
            e = f.emit(
                c, t2, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.reply(c, t2 + 1500, "email", "grumble_answer")
        c.t.update({"grumble_event_id": e, "trouble_starts_at": iso(t2)})
    owls = [f.cust("night_owl", "", tolerated=()) for _ in range(36)]
    for night in range(3):
        b0 = f.t0 + night * D + r.uniform(0.67, 1.08) * H
        for b, off in enumerate((0.0, r.uniform(28, 33) * 60, r.uniform(55, 65) * 60)):
            for k in range(4):
                c = owls[night * 12 + b * 4 + k]
                c.t["habit"] = f"night {night + 1}, burst {b + 1}"
                ts = b0 + off + r.uniform(0, 600)
                if r.random() < 0.5:
                    q, a = r.choice(W.NIGHT_Q[c.lang])
                    e = f.emit(c, ts, "chat", "chat", q)
                    f.emit(c, ts + 240, "chat", "chat", a, out=True)
                    f.emit(c, ts + 420, "chat", "chat", f.pick(W.THANKS, c.lang))
                else:
                    e = f.emit(
                        c, ts, "social", "post", f.pick(W.NIGHT_POST, c.lang).format(brand=W.BRAND)
                    )
                c.t.update({"burst_at": iso(b0 + off), "night_event_id": e})
                if (night * 12 + b * 4 + k) % 2 == 0:
                    f.happy(c, f.at(r.randint(0, 2), 9, 17.5), ("praise", "buy", "view"))
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "bl",
        16,
        datetime(2026, 5, 11, tzinfo=UTC),
        14,
        25606,
        "customers who alternate two languages",
    )
    r = f.rng

    def two() -> tuple[str, str]:
        a = f.lang()
        b = r.choice([x for x in W.LANGS if x != a and (a in ("en", "pt") or x in ("en", "pt"))])
        return a, b

    def mk(
        persona: str, habit: str, exp: tuple[str, ...] = (), tol: tuple[str, ...] = ()
    ) -> tuple[C, str, str]:
        a, b = two()
        c = f.cust(persona, habit, exp, tol, lang=a, market=r.choice(W.MARKETS[a] + W.MARKETS[b]))
        c.t.update(
            {
                "languages": [a, b],
                "job_second_language": r.choice(
                    (
                        "partner's language",
                        "works abroad",
                        "grew up in both",
                        "keeps the boat abroad",
                    )
                ),
            }
        )
        return c, a, b

    for _ in range(12):
        c, a, b = mk("happy", "alternates languages")
        for n, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            c.lang = (a, b)[n % 2]
            f.happy(c, f.at(d, 8, 19))
    cnts = [2, 2, 3, 3, 4]
    for i in range(5):
        c, a, b = mk(
            "repeat_contact",
            "repeats",
            ("repeat_contact",),
            (
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        c.lang = a
        f.happy(c, f.at(r.randint(0, 1), 8, 12), ("praise", "view"))
        prob = W.PROBLEMS[i]
        ref = f.ref()
        ts = f.at(r.randint(2, 5), 8, 18)
        ids = [f.complaint(c, ts, "email", W.PROBLEM[prob][a])]
        f.reply(
            c,
            ts + 1200 if cnts[i] == 2 else ts + 2 * H,
            "email",
            "case_opened" if cnts[i] == 2 else "escalated",
            ref=ref,
        )
        t = ts
        comp = r.choice(W.COMPETITORS) if cnts[i] >= 3 else None
        for k in range(2, cnts[i] + 1):
            c.lang = (a, b)[(k - 1) % 2]
            t = f.dayish(t + r.uniform(4, 40) * H)
            text = {
                2: f.pick(W.REPEAT2, c.lang).format(ref=ref, p=W.PROBLEM[prob][c.lang]),
                3: f.pick(W.REPEAT3, c.lang).format(ref=ref, comp=comp),
                4: f.pick(W.REPEAT4, c.lang).format(ref=ref),
            }[k]
            ch = ("chat", "email", "web")[k - 2]
            ids.append(
                f.emit(
                    c,
                    t,
                    ch,
                    {"chat": "chat", "email": "message", "web": "ticket"}[ch],
                    text,
                    attrs={"page": "/help/contact"} if ch == "web" else None,
                )
            )
        c.lang = a
        c.t.update(
            {
                "problem": prob,
                "booking": ref,
                "contacts": cnts[i],
                "problem_event_ids": ids,
                "competitor": comp,
                "trouble_starts_at": iso(ts),
                "agent_passed_on": cnts[i] > 2,
            }
        )
    for _ in range(5):
        c, a, b = mk(
            "slow_churner",
            "slides",
            ("sentiment_drop",),
            (
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        for n, d in enumerate(sorted(r.sample(range(6), 5))):
            c.lang = (a, b)[n % 2]
            f.happy(c, f.at(d, 8, 19), ("praise",))
        c.lang = a
        spread(f, c, r.randint(1, 3), list(range(6)), kinds=("buy", "view"))
        d0 = r.randint(7, 8)
        span = r.randint(3, 5)
        comp = r.choice(W.COMPETITORS)
        ids = []
        for k in range(6):
            c.lang = (a, b)[k % 2]
            t = (
                f.at(d0 + span * k / 5, 9, 18)
                if k == 0
                else f.dayish(f.t0 + (d0 + span * k / 5) * D + r.uniform(9, 18) * H)
            )
            ids.append(
                f.emit(
                    c,
                    t,
                    r.choice(("social", "community")),
                    "post",
                    W.SLIDE[c.lang][k].format(comp=comp),
                )
            )
        c.lang = a
        c.t.update(
            {
                "slide_event_ids": ids,
                "slide_days": span,
                "competitor": comp,
                "trouble_starts_at": next(
                    e[2]["occurred_at"] for e in f.events if e[2]["event_id"] == ids[0]
                ),
            }
        )
    for i, ch in enumerate(("long", "email", "chat")):
        c, a, b = mk("happy_one_bad_day", "one bad day", tol=("silence",))
        spread(f, c, 3, [0, 1, 2, 3], kinds=("praise", "view", "buy"))
        c.lang = b
        ts = f.at(r.randint(7, 10), 9, 18)
        e = f.complaint(
            c,
            ts,
            "email" if ch == "long" else ch,
            W.PROBLEM[W.PROBLEMS[i + 3]][b],
            long=ch == "long",
        )
        ref = f.ref()
        f.reply(c, ts + 900, "chat" if ch == "chat" else "email", "case_opened", ref=ref)
        c.t.update(
            {
                "bad_day_at": iso(ts),
                "bad_day_event_id": e,
                "bad_day_language": b,
                "booking": ref,
                "long_email": ch == "long",
                "trouble_starts_at": iso(ts),
                "problem": W.PROBLEMS[i + 3],
            }
        )
        if ch != "chat":
            f.reply(c, f.dayish(ts + 3 * H), "email", "good_news", ref=ref)
        if ch == "email":
            at = f.dayish(ts + r.uniform(18, 24) * H)
            c.t.update(
                {
                    "apologised": True,
                    "apology_event_id": f.emit(c, at, "chat", "chat", f.pick(W.APOLOGY, b)),
                    "apology_at": iso(at),
                }
            )
        c.lang = a
    for i in range(2):
        c, a, b = mk("resolved_between_contacts", "fixed", tol=("silence",))
        prob = W.PROBLEMS[i]
        ts = f.at(r.randint(2, 6), 9, 17)
        ref = f.ref()
        e1 = f.complaint(c, ts, "web", W.PROBLEM[prob][a])
        f.reply(c, ts + 1200, "email", "case_opened", ref=ref)
        fx = f.dayish(ts + 8 * H)
        f.reply(c, fx, "email", "good_news", ref=ref)
        c.lang = b
        cf = f.dayish(fx + 12 * H)
        ce = f.emit(c, cf, "email", "message", f.pick(W.CONFIRM, b).format(ref=ref))
        c.lang = a
        c.t.update(
            {
                "confirm_language": b,
                "booking": ref,
                "trouble_starts_at": iso(ts),
                "problems": [
                    {
                        "problem": prob,
                        "booking": ref,
                        "raised_at": iso(ts),
                        "fixed_at": iso(fx),
                        "confirmed_at": iso(cf),
                        "problem_event_ids": [e1],
                        "confirm_event_id": ce,
                        "channel": "web",
                        "confirm_channel": "email",
                    }
                ],
            }
        )
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "bb",
        17,
        datetime(2026, 6, 15, tzinfo=UTC),
        14,
        25607,
        "company accounts of Amarrio Frota",
    )
    r = f.rng
    sites = (
        "charter",
        "sailing_school",
        "yacht_club",
        "diving_centre",
        "boat_dealer",
        "water_taxi",
        "hotel",
        "surveyors",
    )
    names = (
        "Marés Charter",
        "Tidewater Sailing School",
        "Clube Naval Ribeira",
        "Solent Dive Co",
        "Ventos Yacht Sales",
        "Harbour Hop Taxis",
        "Quinta do Cais Hotel",
        "Keel & Rudder Surveyors",
        "Ostsee Charter",
        "Escola de Vela Foz",
        "Voiles d'Iroise",
        "Nautica Flegrea",
        "Vela Brava",
        "Lough Derg Marine",
        "Costa Azul Barcos",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    for n, kind in enumerate(kinds):
        aid = f"h256-acc{n + 1:02d}"
        lg = f.lang()
        mk = r.choice(W.MARKETS[lg])
        k = 3 + (n % 2) if kind == "at_risk" else 0
        ncont = {
            "at_risk": k + r.randint(0, 2),
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": r.randint(3, 4),
        }[kind]
        acc_exp = ["account_risk"] if kind == "at_risk" else []
        contacts = []
        for j in range(ncont):
            if kind == "at_risk" and j < k:
                c = f.cust(
                    "b2b_unhappy",
                    "complainer",
                    ("detractor",) if j < k - 1 else ("repeat_contact",),
                    (
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ),
                    lang=lg,
                    segment="b2b",
                    account=aid,
                    market=mk,
                )
                c.t["role"] = "complainer"
            elif kind == "one_unhappy" and j == 0:
                c = f.cust(
                    "b2b_one_unhappy",
                    "complainer",
                    ("detractor",),
                    ("sentiment_drop", "high_value_at_risk", "silence"),
                    lang=lg,
                    segment="b2b",
                    account=aid,
                    market=mk,
                )
                c.t["role"] = "complainer"
            elif kind == "mild" and j < 2:
                c = f.cust(
                    "b2b_mild",
                    "suggests",
                    (),
                    ("silence",),
                    lang=lg,
                    segment="b2b",
                    account=aid,
                    market=mk,
                )
                c.t["role"] = "suggests"
            else:
                c = f.cust("b2b_happy", "contact", lang=lg, segment="b2b", account=aid, market=mk)
                c.t["role"] = "contact"
            c.t.update(
                {
                    "company": names[n],
                    "job_title": r.choice(
                        ("fleet manager", "office manager", "skipper", "accounts")
                    ),
                    "habit": c.t["role"],
                }
            )
            c.t["job"] = c.t["job_title"]
            contacts.append(c)
        prob = B = W.B2B_PROBLEMS[n % 4] if kind in ("at_risk", "one_unhappy") else None
        for c in contacts:
            if c.t["role"] == "contact":
                for _ in range(r.randint(2, 4)):
                    ts = f.at(r.randint(0, 13) // 7 * 7 + r.randint(0, 4), 8.5, 17)
                    q, a = r.choice(W.B2B_Q[lg])
                    roll = r.random()
                    if roll < 0.4:
                        f.emit(c, ts, "chat", "chat", q)
                        f.emit(c, ts + 300, "chat", "chat", a, out=True)
                    elif roll < 0.6:
                        f.survey(c, ts)
                    else:
                        f.emit(c, ts, "web", "page_view", attrs={"page": "/frota/portal"})
            elif r.random() < 0.6:
                f.emit(
                    c,
                    f.at(r.randint(0, 1), 9, 17),
                    "web",
                    "page_view",
                    attrs={"page": "/frota/portal"},
                )
        trouble = None
        if kind == "at_risk":
            assert B is not None
            ref = f.ref()
            t = f.at(2, 9, 11)
            trouble = iso(t)
            first = contacts[0]
            day = W.DAYS[lg][2]
            for j in range(k):
                c = contacts[j]
                p = W.B2B_PROBLEM[B][lg].format(arm=W.B2B_ARM)
                if j == 0:
                    txt = f.pick(W.B2B_FIRST, lg).format(p=p)
                else:
                    t = t + r.uniform(8, 28) * H
                    t = f.dayish(t)
                    txt = f.pick(W.B2B_LATER, lg).format(who=first.first, day=day, ref=ref, p=p)
                e = f.emit(c, t, "email", "message", txt, subject=W.B2B_ARM)
                c.t.update(
                    {
                        "complaint_event_ids": [e],
                        "trouble_starts_at": iso(t),
                        "booking": ref,
                        "problem": B,
                    }
                )
                if j == 0:
                    f.reply(c, t + 1800, "email", "b2b_ack", ref=ref)
                if j < k - 1:
                    nps = r.randint(1, 5)
                    c.t.update(
                        {
                            "nps_given": True,
                            "nps": nps,
                            "survey_event_id": f.survey(c, t + r.uniform(1, 3) * H, low=nps),
                        }
                    )
                else:
                    t2 = f.dayish(t + r.uniform(18, 40) * H)
                    if r.random() < 0.3:
                        comp = r.choice(W.COMPETITORS)
                        e2 = f.emit(
                            c,
                            t2,
                            "email",
                            "message",
                            f.pick(W.B2B_LAST_EMAIL, lg).format(ref=ref, comp=comp),
                            subject=W.B2B_ARM,
                        )
                        c.t["competitor"] = comp
                    else:
                        e2 = f.emit(
                            c, t2, "phone", "call", f.pick(W.B2B_LAST_CALL, lg).format(ref=ref)
                        )
                    c.t["complaint_event_ids"].append(e2)
        elif kind == "one_unhappy":
            assert B is not None
            c = contacts[0]
            ref = f.ref()
            t = f.at(r.randint(3, 7), 9, 16)
            e = f.emit(
                c,
                t,
                "email",
                "message",
                f.pick(W.B2B_FIRST, lg).format(p=W.B2B_PROBLEM[B][lg].format(arm=W.B2B_ARM)),
                subject=W.B2B_ARM,
            )
            f.reply(c, t + 1800, "email", "b2b_ack", ref=ref)
            nps = r.randint(1, 5)
            c.t.update(
                {
                    "complaint_event_ids": [e],
                    "trouble_starts_at": iso(t),
                    "booking": ref,
                    "problem": B,
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.survey(c, t + 2 * H, low=nps),
                }
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.at(r.randint(2, 9), 9, 16)
                e = f.emit(
                    c, t, "web", "ticket", f.pick(W.B2B_MILD, lg), attrs={"page": "/frota/feedback"}
                )
                f.reply(c, t + 2400, "email", "mild_ack")
                c.t.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
        unhappy = [c for c in contacts if c.t["role"] == "complainer"]
        f.accounts[aid] = {
            "company": names[n],
            "site": sites[n % len(sites)],
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": acc_exp,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lg,
            "country": mk,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "ts",
        18,
        datetime(2026, 3, 9, tzinfo=UTC),
        7,
        25608,
        "a calm week and a Saturday-morning spike",
    )
    r = f.rng
    for _ in range(40):
        c = f.cust("happy", "day writer")
        for d in r.sample(range(6), r.randint(1, 4)):
            f.happy(c, f.at(d, 12, 19) if d == 5 else f.at(d, 7.5, 19))
    for _ in range(2):
        c = f.cust("grumbles_once", "grumbles once", tolerated=("silence",))
        ts = f.at(0, 9, 16)
        e = f.emit(c, ts, "chat", "chat", f.pick(W.MILD, c.lang))
        f.reply(c, ts + 300, "chat", "grumble_answer")
        c.t.update({"grumble_event_id": e, "trouble_starts_at": iso(ts)})
    for lg, hh in (("en", 9.6), ("pt", 16.1)):
        c = f.cust("grumbles_once", "lone question", tolerated=("silence",), lang=lg)
        ts = f.t0 + 4 * D + hh * H
        e = f.emit(c, ts, "chat", "chat", f.pick(W.LONE, lg))
        f.reply(c, ts + 360, "chat", "lone_answer")
        c.t.update({"lone_report_event_id": e, "trouble_starts_at": iso(ts)})
    s0 = f.t0 + 5 * D + 7 * H + 25 * 60
    langs = ["en"] * 6 + ["pt"] * 6 + ["de", "de", "es", "es", "fr", "fr", "it", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    offs = sorted([0.0, 45.0] + [r.uniform(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    reporters = []
    for i in range(20):
        regular = i < 12
        c = f.cust(
            "spike_reporter", "regular" if regular else "new", tolerated=("silence",), lang=langs[i]
        )
        if regular:
            spread(f, c, r.randint(1, 3), [2, 3], 8, 17.5)
        reporters.append(c)
    order = list(range(20))
    r.shuffle(order)
    for slot, i in enumerate(order):
        c = reporters[i]
        ts = s0 + offs[slot] * 60
        ch = chans[i]
        text = f.pick(W.SPIKE, c.lang).format(code=CODE)
        if ch == "social" and not text.startswith("@"):
            text = "@amarrio " + text
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.emit(
            c,
            ts,
            ch,
            kind,
            text,
            subject="Gate" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.reply(c, ts + 180, "chat", "spike_chat")
        keys.append(c.key)
        eids.append(e)
        c.t.update(
            {
                "in_spike": True,
                "regular": i < 12,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(ts),
            }
        )
    early = [c for c in reporters if c.t["trouble_starts_at"] <= iso(s0 + 25 * 60)]
    for c in early[:6]:
        ts = (
            datetime.fromisoformat(c.t["trouble_starts_at"].replace("Z", "+00:00")).timestamp()
            + r.uniform(15, 50) * 60
        )
        ch = r.choice([x for x in ("email", "chat", "community") if x != c.t["spike_channel"]])
        e = f.emit(
            c,
            ts,
            ch,
            {"chat": "chat", "email": "message", "community": "post"}[ch],
            f.pick(W.SPIKE_AGAIN, c.lang).format(code=CODE),
            subject="Gate" if ch == "email" else None,
        )
        c.t.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
                "repeat_event_id": e,
            }
        )
        reps.append(e)
    rest = [c for c in reporters if c.t["persona"] == "spike_reporter"]
    for c in rest[:6]:
        local = {"UK": "10:52", "IE": "10:52", "PT": "10:52"}.get(c.market, "11:52")
        credit = {"UK": "£9", "CH": "CHF 10"}.get(
            c.market, "10 €" if c.lang in ("pt", "de", "fr", "es", "it") else "€10"
        )
        f.reply(c, s0 + r.uniform(3.4, 3.6) * H, "email", "works_again", time=local, credit=credit)
        c.t["agent_fixed"] = True
    f.spike = {
        "topic": f"marina app gate keys refused at pontoon and shower-block gates: berth holders locked out of the pontoons, error {CODE}",
        "about": "pontoon gate access by the app",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + 45 * 60),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
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
        fam = build()
        fam.write(counts(fam))


if __name__ == "__main__":
    main()
