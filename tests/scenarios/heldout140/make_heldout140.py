"""Generate heldout140 (report only, blind): python make_heldout140.py.

Standard library only, seeded, deterministic. Refuses inconsistent truth.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

CUTOFF = datetime(2026, 11, 15, tzinfo=UTC)
LANG_WEIGHTS = (("pt", 30), ("it", 30), ("en", 10), ("fr", 10), ("de", 10), ("es", 10))
FIRST = [
    "Ana",
    "Rui",
    "Giulia",
    "Marco",
    "Emma",
    "Louis",
    "Lena",
    "Pablo",
    "Sofia",
    "Tiago",
    "Chiara",
    "Luca",
]
LAST = [
    "Silva",
    "Costa",
    "Rossi",
    "Bianchi",
    "Brown",
    "Martin",
    "Weber",
    "Garcia",
    "Ferreira",
    "Greco",
]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_B2B_BAD = [*T_REPEAT, "account_risk"]


def pick(rng: random.Random, table: dict[str, list[str]], lang: str) -> str:
    return rng.choice(table[lang])


class Fam:
    def __init__(self, name: str, start: datetime, days: int, about: str, seed: int) -> None:
        self.name, self.start, self.days, self.about = name, start, days, about
        self.rng = random.Random(seed)
        self.seed = seed
        self.rows: list[tuple[datetime, int, dict[str, Any]]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.ids: set[str] = set()
        self.n = 0

    def lang(self) -> str:
        langs, weights = zip(*LANG_WEIGHTS, strict=True)
        return str(self.rng.choices(langs, weights)[0])

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        lang: str | None = None,
        account: str | None = None,
    ) -> dict[str, Any]:
        lang = lang or self.lang()
        key = f"lu{self.seed % 1000:03d}-{len(self.customers) + 1:03d}"
        if key in self.customers:
            raise ValueError(f"reused customer {key}")
        if set(expected) & set(tolerated):
            raise ValueError(f"{key}: a rule both expected and tolerated")
        name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
        email = f"{name.split()[0].lower()}.{key}@example.org"
        phone = f"+35{self.rng.randint(1, 9)}9{len(self.customers):03d}{self.seed % 10000:04d}"
        handle = f"@{name.split()[0].lower()}_{key}" if self.rng.random() < 0.5 else None
        for ident in (email, phone, handle):
            if ident is not None and ident in self.ids:
                raise ValueError(f"reused identifier {ident}")
            if ident is not None:
                self.ids.add(ident)
        market = self.rng.choice(W.MARKETS[lang])
        cust: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
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
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": name,
        }
        self.customers[key] = cust
        return cust

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        if not self.start <= t < min(CUTOFF, self.start + timedelta(days=self.days)):
            raise ValueError(f"{self.name}: time out of window {t}")
        self.n += 1
        eid = f"h140-{self.name}-{self.n:04d}"
        ident = c["identifiers"]
        ref = {k: ident[k] for k in ("customer_id", "email", "account_id")}
        if channel == "phone":
            ref["phone"] = ident["phone"]
        if channel in ("social", "community") and ident["handle"]:
            ref["handle"] = ident["handle"]
        a = {"market": c["country"], **(attrs or {})}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if direction == "outbound":
            a["agent"] = self.rng.choice(["Marta", "Paolo", "Inês", "Sara"])
        row = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": direction,
            "customer": ref,
            "text": text,
            "subject": None,
            "scores": scores or {},
            "source": "ludovara-crm",
            "attributes": a,
        }
        self.rows.append((t, self.n, row))
        return eid

    def at(self, day: float, lo: float = 8.0, hi: float = 19.0) -> datetime:
        minutes = self.rng.randint(int(lo * 60), int(hi * 60))
        return self.start + timedelta(days=int(day), minutes=minutes)

    # Routine acts.
    def happy_act(self, c: dict[str, Any], t: datetime) -> None:
        lang = c["language"]
        game = self.rng.choice(W.GAMES)
        r = self.rng.random()
        if r < 0.3:
            self.add(
                c,
                t,
                self.rng.choice(["social", "community"]),
                "post",
                pick(self.rng, W.PRAISE, lang).format(game=game),
            )
        elif r < 0.45:
            self.add(c, t, "community", "post", pick(self.rng, W.PRAISE_GRIPE, lang))
        elif r < 0.65:
            self.add(c, t, "chat", "chat", pick(self.rng, W.QUESTION, lang).format(game=game))
            self.add(c, t + timedelta(minutes=3), "chat", "chat", W.ANSWER[lang], "outbound")
            if self.rng.random() < 0.6:
                self.add(
                    c, t + timedelta(minutes=5), "chat", "chat", pick(self.rng, W.THANKS, lang)
                )
        elif r < 0.75:
            self.add(c, t, "phone", "call", pick(self.rng, W.CALL_QUESTION, lang).format(game=game))
            self.add(c, t + timedelta(minutes=20), "email", "message", W.ANSWER[lang], "outbound")
        elif r < 0.9:
            cur = W.CURRENCY.get(c["country"], "EUR")
            self.add(c, t, "web", "page_view", None, attrs={"page": f"/jogos/{game.lower()}"})
            self.add(
                c,
                t + timedelta(minutes=4),
                "web",
                "purchase",
                None,
                attrs={
                    "order_value": "9.90",
                    "currency": cur,
                    "product": game,
                    "page": "/checkout",
                },
            )
        else:
            self.add(
                c,
                t,
                "web",
                "review",
                pick(self.rng, W.PRAISE, lang).format(game=game),
                attrs={"rating": "5", "page": "/reviews"},
            )

    def happy_days(
        self, c: dict[str, Any], n: int, days: list[int], lo: float = 8.0, hi: float = 19.0
    ) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy_act(c, self.at(d, lo, hi))

    def survey(
        self,
        c: dict[str, Any],
        t: datetime,
        nps: int | None = None,
        csat: int | None = None,
        word: str = "",
    ) -> str:
        sc: dict[str, int] = {}
        if nps is not None:
            sc["nps"] = nps
        if csat is not None:
            sc["csat"] = csat
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores=sc,
            attrs={"survey": "nps" if nps is not None else "csat"},
        )

    def write(self) -> tuple[int, int]:
        self.rows.sort(key=lambda r: (r[0], r[1]))
        counts: dict[str, int] = {}
        for c in self.customers.values():
            for rule in c["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        known = {r[2]["event_id"]: r[2]["customer"]["customer_id"] for r in self.rows}
        for key, c in self.customers.items():
            for field, val in c.items():
                if field.endswith("event_id") and val is not None and known.get(val) != key:
                    raise ValueError(f"{key}: {field} names an event not its own")
                if field.endswith("event_ids"):
                    for v in val:
                        if known.get(v) != key:
                            raise ValueError(f"{key}: {field} names an event not its own")
        end = max(self.start + timedelta(days=self.days), self.rows[-1][0] + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Ludovara",
                "days": self.days,
                "seed": self.seed,
                "written": "2026-12-05",
                "expected": dict(sorted(counts.items())),
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with (HERE / f"{self.name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            for _, _, row in self.rows:
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.customers), len(self.rows)


def ref_of(fam: Fam) -> str:
    return f"LU-{fam.seed % 100:02d}{len(fam.rows) + 100:04d}"


def bad_moment(
    fam: Fam, c: dict[str, Any], t: datetime, problem: str, channel: str
) -> tuple[str, str | None]:
    lang = c["language"]
    game = fam.rng.choice(W.GAMES)
    complaint = pick(fam.rng, W.COMPLAINT[problem], lang).format(game=game)
    ref: str | None = ref_of(fam)
    if channel == "long":
        text = W.LONG_EMAIL.get(lang, "{complaint}").format(complaint=complaint, name=c["name"])
        eid = fam.add(c, t, "email", "message", text)
        c["long_email"] = True
    elif channel == "phone":
        eid = fam.add(c, t, "phone", "call", W.CALL_COMPLAINT[lang].format(complaint=complaint))
    elif channel == "chat":
        eid = fam.add(c, t, "chat", "chat", complaint)
    elif channel == "social":
        eid = fam.add(c, t, "social", "mention", complaint)
        ref = None
    elif channel == "web":
        eid = fam.add(c, t, "web", "ticket", complaint, attrs={"page": "/ajuda"})
    else:
        eid = fam.add(c, t, "email", "message", complaint)
    if ref is not None:
        ch = "chat" if channel == "chat" else "email"
        delay = 3 if channel == "chat" else fam.rng.randint(10, 40)
        fam.add(
            c,
            t + timedelta(minutes=delay),
            ch,
            "chat" if ch == "chat" else "message",
            W.CASE_OPENED[lang].format(ref=ref),
            "outbound",
        )
    return eid, ref


def day_out_of_night(t: datetime) -> datetime:
    if t.hour >= 21:
        return t.replace(hour=8, minute=t.minute) + timedelta(days=1)
    if t.hour < 8:
        return t.replace(hour=8)
    return t


def happy_writers() -> Fam:
    f = Fam("happy_writers", datetime(2026, 3, 16, tzinfo=UTC), 10, "happy customers only", 140001)
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)), 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer", [], [])
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.at(d, 22.2, 23.9)
            f.add(
                c,
                t,
                "social",
                "post",
                pick(f.rng, W.NIGHT, c["language"]).format(game=f.rng.choice(W.GAMES)),
            )
        f.happy_days(c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys", [], [])
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            if f.rng.random() < 0.5:
                f.survey(
                    c,
                    f.at(d),
                    nps=f.rng.randint(9, 10),
                    word=pick(f.rng, W.SURVEY_WORD, c["language"]),
                )
            else:
                f.survey(
                    c,
                    f.at(d),
                    csat=f.rng.randint(4, 5),
                    word=pick(f.rng, W.SURVEY_WORD, c["language"]),
                )
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy customers with one bad day",
        140002,
    )
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    detractors = set(f.rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in detractors]
    csats = set(f.rng.sample(rest, 5))
    goods = set(f.rng.sample(with_case, 12))
    for i, ch in enumerate(channels):
        det = i in detractors
        lang = f.rng.choice(["pt", "it"]) if ch == "long" else None
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
            lang=lang,
        )
        bd = f.rng.randint(2, 9)
        problem = W.PROBLEMS[i % 4]
        t = f.at(bd, 8, 20)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, f.rng.randint(1, 5), days)
        eid, ref = bad_moment(f, c, t, problem, ch)
        c.update(
            {
                "problem": problem,
                "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "bad_day_event_id": eid,
                "booking": ref,
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
        if det:
            sid = f.survey(
                c, t + timedelta(minutes=f.rng.randint(100, 140)), nps=f.rng.randint(1, 5)
            )
            c.update(
                {"nps_given": True, "nps": f.rows[-1][2]["scores"]["nps"], "survey_event_id": sid}
            )
        elif i in csats:
            sid = f.survey(
                c, t + timedelta(minutes=f.rng.randint(40, 80)), csat=f.rng.randint(1, 2)
            )
            c.update(
                {
                    "csat_given": True,
                    "csat": f.rows[-1][2]["scores"]["csat"],
                    "survey_event_id": sid,
                }
            )
        if i in goods and ref is not None:
            g = day_out_of_night(t + timedelta(hours=f.rng.randint(1, 4)))
            f.add(c, g, "email", "message", W.GOOD_NEWS[c["language"]].format(ref=ref), "outbound")
            c["agent_fixed"] = True
            if len([x for x in f.customers.values() if x.get("apologised")]) < 5:
                a = day_out_of_night(t + timedelta(hours=f.rng.randint(16, 24)))
                aid = f.add(c, a, "chat", "chat", W.APOLOGY[c["language"]])
                c.update(
                    {
                        "apologised": True,
                        "apology_at": a.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "apology_event_id": aid,
                    }
                )
    for _ in range(8):
        c = f.person("happy", "control", [], [])
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)))
    return f


def repeat_run(
    f: Fam, c: dict[str, Any], first_day: int, times: int, lang_seq: list[str] | None = None
) -> None:
    problem = f.rng.choice(W.PROBLEMS)
    t = f.at(first_day, 8, 19)
    chans = ["web", "email", "chat", "phone", "social"]
    f.rng.shuffle(chans)
    eid, ref = bad_moment(f, c, t, problem, chans[0] if chans[0] != "social" else "email")
    assert ref is not None
    passed = times >= 3
    if passed:
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(90, 150)),
            "email",
            "message",
            W.QUALITY_LEAD[c["language"]].format(ref=ref),
            "outbound",
        )
    ids = [eid]
    comp = None
    for k in range(1, times):
        lang = lang_seq[k % len(lang_seq)] if lang_seq else c["language"]
        t = day_out_of_night(t + timedelta(hours=f.rng.randint(4, 40)))
        ch = chans[k]
        if k == 2:
            comp = f.rng.choice(W.COMPETITORS)
            text = W.THIRD[lang].format(ref=ref, comp=comp)
        elif k == 3:
            text = W.FOURTH[lang].format(ref=ref)
        else:
            text = pick(f.rng, W.STILL_OPEN, lang).format(ref=ref)
        kind = {
            "web": "ticket",
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "social": "mention",
        }[ch]
        ids.append(f.add(c, t, ch, kind, text))
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                W.URGENT[lang].format(ref=ref),
                "outbound",
            )
    c.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": times,
            "problem_event_ids": ids,
            "agent_passed_on": passed,
            "competitor": comp,
        }
    )
    c["trouble_starts_at"] = next(r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == eid)


def fixed_run(f: Fam, c: dict[str, Any], day: int, lang2: str | None = None) -> dict[str, Any]:
    problem = f.rng.choice(W.PROBLEMS)
    t = f.at(day, 8, 17)
    eid, ref = bad_moment(f, c, t, problem, "web")
    lang = lang2 or c["language"]
    g = day_out_of_night(t + timedelta(hours=f.rng.randint(3, 20)))
    f.add(c, g, "email", "message", W.GOOD_NEWS[lang].format(ref=ref), "outbound")
    k = day_out_of_night(g + timedelta(hours=f.rng.randint(8, 30)))
    cid = f.add(c, k, "email", "message", W.CONFIRM[lang].format(ref=ref))
    iso = "%Y-%m-%dT%H:%M:%SZ"
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": t.strftime(iso),
        "fixed_at": g.strftime(iso),
        "confirmed_at": k.strftime(iso),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": "web",
        "confirm_channel": "email",
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        "repeat contacts and look-alikes",
        140003,
    )
    for times in [2] * 4 + [3] * 4 + [4] * 4:
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], T_REPEAT)
        f.happy_days(c, f.rng.randint(1, 3), [0], 7, 12)
        repeat_run(f, c, f.rng.randint(1, 4), times)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], ["silence"])
        f.happy_days(c, 1, [0])
        c["problems"] = [fixed_run(f, c, f.rng.randint(1, 5))]
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], ["silence"])
        d = f.rng.randint(1, 2)
        c["problems"] = [fixed_run(f, c, d), fixed_run(f, c, d + f.rng.randint(4, 5))]
    for _ in range(7):
        c = f.person("happy", "frequent writer", [], [])
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    return f


def slide(f: Fam, c: dict[str, Any], start: int, span: int, langs: list[str] | None = None) -> None:
    comp = f.rng.choice(W.COMPETITORS)
    game = f.rng.choice(W.GAMES)
    t = f.at(start, 9, 12)
    ids = []
    step = max(1, span) * 24 / 6
    for k in range(6):
        lang = langs[k % len(langs)] if langs else c["language"]
        text = W.SLIDE[lang][k].format(game=game, comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "post", text))
        if k == 3 and c["persona"] == "slow_churner" and "detractor" in c["expected_rules"]:
            s = day_out_of_night(t + timedelta(minutes=f.rng.randint(150, 210)))
            c["survey_event_id"] = f.survey(c, s, nps=f.rng.randint(1, 5))
            c["nps_given"] = True
        t = day_out_of_night(t + timedelta(hours=step + f.rng.randint(1, 3)))
    c.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": f.rows[[r[2]["event_id"] for r in f.rows].index(ids[0])][2][
                "occurred_at"
            ],
        }
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        "slow churners and look-alikes",
        140004,
    )
    for i, span in enumerate([3] + [5] * 5 + [9] * 4):
        exp = ["sentiment_drop", "detractor"] if i % 2 == 0 else ["sentiment_drop"]
        c = f.person("slow_churner", "slides", exp, T_SLIDE)
        for d in sorted(f.rng.sample(range(11), f.rng.randint(4, 5))):
            f.add(
                c,
                f.at(d),
                "community",
                "post",
                pick(f.rng, W.PRAISE, c["language"]).format(game=f.rng.choice(W.GAMES)),
            )
        f.happy_days(c, f.rng.randint(2, 4), list(range(11)))
        slide(f, c, f.rng.randint(12, 16), span)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", ["churn_intent"], T_LEAVE)
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)))
        t = f.at(f.rng.randint(17, 23), 9, 16)
        cid = f.add(c, t, "email", "message", W.CANCEL[c["language"]])
        f.add(
            c,
            t + timedelta(hours=f.rng.randint(1, 5)),
            "email",
            "message",
            W.SORRY_GO[c["language"]],
            "outbound",
        )
        k = t + timedelta(hours=f.rng.randint(20, 30))
        kid = f.add(
            c,
            k,
            "web",
            "cancellation",
            None,
            attrs={"page": "/conta/cancelar", "product": "Ludovara Plus"},
        )
        iso = "%Y-%m-%dT%H:%M:%SZ"
        c.update(
            {
                "churn_intent_event_id": cid,
                "cancellation_event_id": kid,
                "churn_at": k.strftime(iso),
                "trouble_starts_at": t.strftime(iso),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady", [], [])
        f.happy_days(c, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    c,
                    f.at(d),
                    f.rng.choice(["social", "community"]),
                    "post",
                    pick(f.rng, W.GRUMBLE, c["language"]),
                )
            )
            d += f.rng.randint(1, 3)
        c["grumble_event_ids"] = ids
        c["trouble_starts_at"] = next(
            r[2]["occurred_at"] for r in f.rows if r[2]["event_id"] == ids[0]
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], ["silence"])
        f.happy_days(c, f.rng.randint(3, 6), list(range(16)))
        c["sarcasm_event_id"] = f.add(
            c, f.at(f.rng.randint(17, 28)), "social", "post", W.SARCASM[c["language"]]
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        "a calm weekend with night owls",
        140005,
    )
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        f.happy_days(c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(f.rng.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", None, attrs={"page": "/pontos-recolha"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if f.rng.random() < 0.5:
            c["grumble_event_id"] = f.add(c, t2, "chat", "chat", W.MILD[c["language"]])
            f.add(c, t2 + timedelta(minutes=3), "chat", "chat", W.ACK[c["language"]], "outbound")
        else:
            c["grumble_event_id"] = f.add(
                c, t2, "web", "ticket", W.MILD[c["language"]], attrs={"page": "/ajuda"}
            )
            f.add(
                c, t2 + timedelta(minutes=25), "email", "message", W.ACK[c["language"]], "outbound"
            )
        c["trouble_starts_at"] = t2.strftime("%Y-%m-%dT%H:%M:%SZ")
    n = 0
    for night in range(3):
        first = f.start + timedelta(days=night, hours=0, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            for _ in range(4):
                n += 1
                c = f.person("night_owl", f"night {night}, burst {b}", [], [])
                t = first + timedelta(minutes=off + f.rng.randint(0, 9))
                c["burst_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
                if n % 2:
                    c["night_event_id"] = f.add(
                        c,
                        t,
                        "social",
                        "post",
                        pick(f.rng, W.NIGHT, c["language"]).format(game=f.rng.choice(W.GAMES)),
                    )
                else:
                    c["night_event_id"] = f.add(
                        c,
                        t,
                        "chat",
                        "chat",
                        pick(f.rng, W.QUESTION, c["language"]).format(game=f.rng.choice(W.GAMES)),
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=4),
                        "chat",
                        "chat",
                        W.ANSWER[c["language"]],
                        "outbound",
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=6),
                        "chat",
                        "chat",
                        pick(f.rng, W.THANKS, c["language"]),
                    )
                if n % 2 == 0 and night < 2:
                    f.happy_act(c, f.at(night + 1, 9, 17.5))
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers writing in two languages",
        140006,
    )
    pairs = [
        ("pt", "it"),
        ("it", "pt"),
        ("pt", "en"),
        ("it", "en"),
        ("pt", "fr"),
        ("it", "de"),
        ("pt", "es"),
        ("it", "fr"),
        ("en", "pt"),
        ("de", "it"),
        ("fr", "it"),
        ("es", "pt"),
    ]

    def mk(
        persona: str, habit: str, exp: list[str], tol: list[str], i: int
    ) -> tuple[dict[str, Any], list[str]]:
        pair = list(pairs[i % len(pairs)])
        c = f.person(persona, habit, exp, tol, lang=pair[0])
        c["languages"] = pair
        return c, pair

    for i in range(12):
        c, pair = mk("happy", "alternates languages", [], [], i)
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c["language"] = pair[k % 2]
            f.happy_act(c, f.at(d))
        c["language"] = pair[0]
    for i, times in enumerate([2, 2, 3, 3, 4]):
        c, pair = mk("repeat_contact", "repeats", ["repeat_contact"], T_REPEAT, i + 3)
        f.happy_days(c, f.rng.randint(1, 3), [0, 1])
        repeat_run(f, c, f.rng.randint(2, 5), times, pair)
    for i in range(5):
        c, pair = mk("slow_churner", "slides", ["sentiment_drop"], T_SLIDE, i + 5)
        for k, d in enumerate(range(5)):
            f.add(
                c,
                f.at(d),
                "community",
                "post",
                pick(f.rng, W.PRAISE, pair[k % 2]).format(game=f.rng.choice(W.GAMES)),
            )
        f.happy_days(c, f.rng.randint(1, 3), [5, 6])
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), pair)
    for i, ch in enumerate(["email", "email", "chat"]):
        c, pair = mk("happy_one_bad_day", "one bad day", [], ["silence"], i + 1)
        f.happy_days(c, 3, [0, 1, 2, 10, 11])
        c["language"] = pair[1]
        t = f.at(f.rng.randint(5, 7))
        eid, ref = bad_moment(f, c, t, f.rng.choice(W.PROBLEMS), ch)
        c["language"] = pair[0]
        c.update(
            {
                "bad_day_event_id": eid,
                "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "bad_day_language": pair[1],
                "booking": ref,
                "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
    for i in range(2):
        c, pair = mk("resolved_between_contacts", "fixed", [], ["silence"], i + 7)
        c["problems"] = [fixed_run(f, c, f.rng.randint(3, 8), pair[1])]
        c["confirm_language"] = pair[1]
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", datetime(2026, 10, 5, tzinfo=UTC), 14, "company accounts", 140007)
    weekdays = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
    plan = [
        ("at_risk", 5, 3),
        ("at_risk", 4, 3),
        ("at_risk", 6, 4),
        ("at_risk", 5, 4),
        ("at_risk", 4, 3),
    ]
    plan += (
        [("one_unhappy", 3, 1)] * 4
        + [("mild", 3, 0), ("mild", 4, 0), ("mild", 3, 0)]
        + [("happy", 4, 0)] * 3
    )
    iso = "%Y-%m-%dT%H:%M:%SZ"
    for a, (kind, n, bad) in enumerate(plan):
        acc = f"acct-{a + 1:02d}"
        lang = f.rng.choice(["pt", "pt", "it", "it", "en", "fr", "de", "es"])
        site = f.rng.choice(B.SITES)
        company = (
            f"{f.rng.choice(['Casa', 'Studio', 'Grupo', 'Officina'])} {f.rng.choice(LAST)} {site}"
        )
        problem = f.rng.choice(B.B2B_PROBLEMS) if kind in ("at_risk", "one_unhappy") else None
        contacts = []
        for k in range(n):
            if kind == "at_risk" and k < bad:
                persona, habit, exp, tol = (
                    "b2b_unhappy",
                    "complainer",
                    ["detractor"] if k < bad - 1 else [],
                    T_B2B_BAD,
                )
                if k == bad - 1:
                    exp = ["repeat_contact"]
            elif kind == "one_unhappy" and k == 0:
                persona, habit, exp, tol = (
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif kind == "mild" and k < 2:
                persona, habit, exp, tol = "b2b_mild", "suggests", [], []
            else:
                persona, habit, exp, tol = "b2b_happy", "contact", [], []
            c = f.person(persona, habit, exp, tol, lang=lang, account=acc)
            c.update({"company": company, "role": habit, "job_title": "office manager"})
            contacts.append(c)
            if persona in ("b2b_happy",):
                f.happy_days(c, f.rng.randint(2, 4), weekdays, 8, 17)
            else:
                f.happy_days(c, f.rng.randint(0, 2), [0, 1], 8, 17)
        keys = [c["identifiers"]["customer_id"] for c in contacts]
        unhappy: list[str] = []
        trouble = None
        if kind == "at_risk" and problem:
            t = f.at(2, 9, 11)
            trouble = t.strftime(iso)
            complaint = B.B2B_COMPLAINT[problem][lang]
            ref = ref_of(f)
            for k in range(bad):
                c = contacts[k]
                if k == 0:
                    eid = f.add(c, t, "email", "message", complaint)
                    f.add(
                        c,
                        t + timedelta(minutes=30),
                        "email",
                        "message",
                        W.CASE_OPENED[lang].format(ref=ref),
                        "outbound",
                    )
                else:
                    t = t + timedelta(hours=f.rng.randint(8, 28))
                    t = day_out_of_night(t)
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        B.B2B_FOLLOW[lang].format(
                            ref=ref, first=contacts[0]["name"], complaint=complaint
                        ),
                    )
                c["complaint_event_ids"] = [eid]
                c["trouble_starts_at"] = t.strftime(iso)
                c["booking"] = ref
                if k < bad - 1:
                    c["survey_event_id"] = f.survey(
                        c, t + timedelta(minutes=f.rng.randint(60, 180)), nps=f.rng.randint(1, 5)
                    )
                    c["nps_given"] = True
                unhappy.append(keys[k])
            last = contacts[bad - 1]
            t2 = day_out_of_night(t + timedelta(hours=f.rng.randint(18, 40)))
            last["complaint_event_ids"].append(
                f.add(last, t2, "phone", "call", B.B2B_LAST[lang].format(ref=ref))
            )
        elif kind == "one_unhappy" and problem:
            c = contacts[0]
            t = f.at(f.rng.randint(3, 7), 9, 16)
            ref = ref_of(f)
            eid = f.add(c, t, "email", "message", B.B2B_COMPLAINT[problem][lang])
            f.add(
                c,
                t + timedelta(minutes=40),
                "email",
                "message",
                W.CASE_OPENED[lang].format(ref=ref),
                "outbound",
            )
            c["survey_event_id"] = f.survey(
                c, t + timedelta(minutes=f.rng.randint(60, 180)), nps=f.rng.randint(1, 5)
            )
            c.update(
                {
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": t.strftime(iso),
                    "booking": ref,
                    "nps_given": True,
                }
            )
            unhappy.append(keys[0])
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.at(f.rng.randint(3, 9), 9, 16)
                c["mild_event_id"] = f.add(
                    c, t, "web", "ticket", B.B2B_MILD[lang], attrs={"page": "/empresas/ajuda"}
                )
                f.add(c, t + timedelta(minutes=50), "email", "message", W.ACK[lang], "outbound")
                c["trouble_starts_at"] = t.strftime(iso)
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": contacts[0]["country"],
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week with one planted spike",
        140008,
    )
    iso = "%Y-%m-%dT%H:%M:%SZ"
    for _ in range(40):
        c = f.person("happy", "day writer", [], [])
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy_act(c, f.at(d, 8, 19) if d != 5 else f.at(d, 12, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, 9, 16)
        c["grumble_event_id"] = f.add(c, t, "chat", "chat", W.MILD[c["language"]])
        f.add(c, t + timedelta(minutes=3), "chat", "chat", W.ACK[c["language"]], "outbound")
        c["trouble_starts_at"] = t.strftime(iso)
    for lang, hm in (("pt", (9, 40)), ("it", (16, 5))):
        c = f.person("grumbles_once", "lone question", [], ["silence"], lang=lang)
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        c["lone_report_event_id"] = f.add(c, t, "chat", "chat", B.LONE_Q[lang])
        f.add(c, t + timedelta(minutes=4), "chat", "chat", B.LONE_A[lang], "outbound")
        c["trouble_starts_at"] = t.strftime(iso)
    s0 = f.start + timedelta(days=5, hours=8, minutes=25)
    langs = ["pt"] * 7 + ["it"] * 7 + ["en", "en", "fr", "fr", "de", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    early = [i for i, o in enumerate(offs) if o <= 25]
    if len(early) < 6:
        raise ValueError("too few early spike reports for six repeaters")
    repeaters = set(f.rng.sample(early, 6))
    fixed = set(f.rng.sample([i for i in range(20) if i not in repeaters], 6))
    for i in range(20):
        lang = langs[i]
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i < 12 else "new",
            ["repeat_contact"] if rep else [],
            ["sentiment_drop", "silence"] if rep else ["silence"],
            lang=lang,
        )
        if i < 12:
            f.happy_act(c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = f.add(c, t, ch, kind, pick(f.rng, B.SPIKE, lang))
        if ch == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", "chat", B.SPIKE_CHAT[lang], "outbound")
        c.update(
            {
                "in_spike": True,
                "regular": i < 12,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": t.strftime(iso),
            }
        )
        keys.append(c["identifiers"]["customer_id"])
        eids.append(eid)
        if rep:
            ch2 = f.rng.choice([x for x in ("email", "chat", "community") if x != ch])
            kind2 = {"chat": "chat", "community": "post", "email": "message"}[ch2]
            r = f.add(
                c, t + timedelta(minutes=f.rng.randint(15, 50)), ch2, kind2, B.SPIKE_AGAIN[lang]
            )
            c["repeat_event_id"] = r
            reps.append(r)
        if i in fixed:
            f.add(
                c,
                s0 + timedelta(hours=2, minutes=40 + i % 9),
                "email",
                "message",
                B.SPIKE_FIXED[lang],
                "outbound",
            )
            c["agent_fixed"] = True
    f.spike = {
        "topic": (
            "board-game library app switches adult accounts to a kids profile: "
            "12+ games and current loans hidden, loans cannot be extended, error " + B.SPIKE_CODE
        ),
        "about": "planted spike",
        "channel": None,
        "start": s0.strftime(iso),
        "end": (s0 + timedelta(minutes=45)).strftime(iso),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
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
    tc = tt = 0
    for make in FAMILIES:
        c, t = make().write()
        tc, tt = tc + c, tt + t
        print(f"{make.__name__}: {c} customers, {t} touchpoints")
    print(f"total: {tc} customers, {tt} touchpoints")


if __name__ == "__main__":
    main()
