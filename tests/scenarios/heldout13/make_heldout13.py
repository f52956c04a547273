"""Build the heldout13 alert scenarios (Casalume home insurance), deterministically.

Standard library only. ``python make_heldout13.py`` rewrites the eight families
(``<family>.jsonl`` and ``<family>.truth.json``) next to this file; two runs give
the same bytes. One ``random.Random`` per family, seeded from SEED and the family.
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

import wording as w  # noqa: E402

SEED = 20261007
WRITTEN = "2026-11-30"
PHONE_PREFIX = {"pt": "+351", "de": "+49", "en": "+44", "fr": "+33", "es": "+34", "it": "+39"}
CHANNEL_OF_PRAISE = ("social", "community", "email", "chat")
PROBLEM_IDS = tuple(w.PROBLEMS)
REPEAT_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
B2B_COMPLAINT_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]


def iso(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Family:
    """One family being written: its touchpoints, its truth, its random stream."""

    def __init__(self, name: str, code: str, start: str, days: int, about: str) -> None:
        self.name = name
        self.code = code
        self.start = datetime.fromisoformat(start).replace(tzinfo=UTC)
        self.days = days
        self.about = about
        self.rng = random.Random(f"{SEED}-{name}")
        self.tps: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.people: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.n_events = 0

    # -- people -------------------------------------------------------------
    def customer(self, persona: str, lang: str, account: str | None = None, **extra: Any) -> str:
        idx = len(self.customers) + 1
        key = f"CL{self.code}{idx:04d}"
        first = self.rng.choice(w.FIRST[lang])
        last = self.rng.choice(w.LAST[lang])
        digits = f"{self.rng.randrange(10**8, 10**9)}"
        phone = PHONE_PREFIX[lang] + digits
        ids = {
            "customer_id": key,
            "email": f"{first.lower()}.{last.lower()}.{self.code.lower()}{idx}@example.com",
            "phone": phone,
            "handle": f"@{first.lower()}{last[:3].lower()}_{self.code.lower()}{idx}",
            "account_id": account,
        }
        self.customers[key] = {
            "identifiers": ids,
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "language": lang,
            "country": w.COUNTRY[lang],
            **extra,
        }
        self.people[key] = {"name": f"{first} {last}", "lang": lang}
        return key

    def at(self, day: float, hour_lo: float = 8, hour_hi: float = 21) -> datetime:
        hour = self.rng.uniform(hour_lo, hour_hi)
        return self.start + timedelta(days=int(day), hours=hour)

    # -- touchpoints --------------------------------------------------------
    def tp(
        self,
        key: str,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        outbound: bool = False,
        attrs: dict[str, str] | None = None,
        source: str | None = None,
    ) -> str:
        self.n_events += 1
        eid = f"h13-{self.code.lower()}-{self.n_events:05d}"
        person = self.customers[key]
        attributes = {"market": person["country"]}
        if person["identifiers"]["account_id"]:
            attributes["segment"] = "b2b"
        attributes.update(attrs or {})
        self.tps.append(
            {
                "event_id": eid,
                "occurred_at": iso(when),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if outbound else "inbound",
                "_key": key,
                "text": text,
                "subject": subject,
                "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
                "source": source or SOURCE[channel],
                "attributes": attributes,
            }
        )
        return eid

    def identifiers_for(self, key: str, tp: dict[str, Any], first: bool) -> dict[str, Any]:
        ids = self.customers[key]["identifiers"]
        shown: dict[str, Any] = {k: None for k in ("customer_id", "email", "phone", "handle")}
        shown["account_id"] = ids["account_id"]
        if first or tp["direction"] == "outbound":
            shown.update({k: ids[k] for k in ("customer_id", "email", "phone", "handle")})
            return shown
        channel = tp["channel"]
        rng = self.rng
        if channel == "phone":
            phone = ids["phone"]
            shown["phone"] = (
                phone
                if rng.random() < 0.6
                else f"{phone[:-9]} {phone[-9:-6]} {phone[-6:-3]} {phone[-3:]}"
            )
        elif channel in ("social", "community"):
            shown["handle"] = ids["handle"] if rng.random() < 0.7 else ids["handle"].lstrip("@")
        elif channel == "email":
            shown["email"] = ids["email"] if rng.random() < 0.85 else ids["email"].upper()
        else:
            shown["customer_id"] = ids["customer_id"]
        return shown

    # -- common acts --------------------------------------------------------
    def happy_act(self, key: str, when: datetime, kinds: str = "pqbvs") -> None:
        lang = self.customers[key]["language"]
        act = self.rng.choice(kinds)
        if act == "p":
            channel = self.rng.choice(CHANNEL_OF_PRAISE)
            kind = KIND[channel]
            self.tp(key, when, channel, kind, self.rng.choice(w.PRAISE[lang]))
        elif act == "q":
            self.tp(key, when, "chat", "chat", self.rng.choice(w.QUESTION[lang]))
            answer_at = when + timedelta(minutes=self.rng.randint(2, 9))
            self.tp(key, answer_at, "chat", "chat", w.ANSWER[lang], outbound=True)
            thanks_at = answer_at + timedelta(minutes=self.rng.randint(1, 6))
            self.tp(key, thanks_at, "chat", "chat", self.rng.choice(w.THANKS[lang]))
        elif act == "b":
            name, value = self.rng.choice(w.EXTRAS)
            self.tp(
                key, when, "web", "purchase", None, attrs={"order_value": value, "product": name}
            )
        elif act == "v":
            self.tp(key, when, "web", "page_view", None, attrs={"page": self.rng.choice(w.PAGES)})
        else:
            self.happy_survey(key, when)

    def happy_survey(self, key: str, when: datetime) -> None:
        lang = self.customers[key]["language"]
        which = self.rng.choice(("nps", "csat", "ces"))
        score = {"nps": self.rng.choice((9, 10)), "csat": 5, "ces": self.rng.choice((6, 7))}[which]
        text = self.rng.choice(w.SURVEY_WORD[lang]) or None
        self.tp(key, when, "survey", "survey_response", text, scores={which: score})

    def complaint(
        self,
        key: str,
        when: datetime,
        problem: str,
        lang: str | None = None,
        channel: str | None = None,
    ) -> str:
        lang = lang or self.customers[key]["language"]
        text = self.rng.choice(w.PROBLEMS[problem][lang])
        channel = channel or self.rng.choice(("email", "chat", "social", "community", "web"))
        if channel == "email" and lang in w.LONG_EMAIL and self.rng.random() < 0.4:
            text = w.LONG_EMAIL[lang].format(problem=text, name=self.people[key]["name"])
        kind = KIND[channel]
        subject = w.PROBLEM_SUBJECT[problem] if channel in ("email", "web") else None
        return self.tp(key, when, channel, kind, text, subject=subject)

    # -- writing ------------------------------------------------------------
    def write(self, expected_total: dict[str, int] | None = None) -> dict[str, Any]:
        self.tps.sort(key=lambda t: (t["occurred_at"], t["event_id"]))
        seen: set[str] = set()
        lines = []
        for tp in self.tps:
            key = tp.pop("_key")
            tp["customer"] = self.identifiers_for(key, tp, key not in seen)
            seen.add(key)
            ordered = {
                k: tp[k]
                for k in (
                    "event_id",
                    "occurred_at",
                    "channel",
                    "kind",
                    "direction",
                    "customer",
                    "text",
                    "subject",
                    "scores",
                    "source",
                    "attributes",
                )
            }
            lines.append(json.dumps(ordered, ensure_ascii=False))
        last = datetime.fromisoformat(self.tps[-1]["occurred_at"].replace("Z", "+00:00"))
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for c in self.customers.values():
            c["expected_rules"] = sorted(set(c["expected_rules"]))
            c["tolerated_rules"] = sorted(set(c["tolerated_rules"]) - set(c["expected_rules"]))
            for rule in c["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "days": self.days,
                "seed": SEED,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return {"customers": len(self.customers), "touchpoints": len(lines), "expected": expected}


SOURCE = {
    "email": "zendesk",
    "chat": "intercom",
    "social": "sprout",
    "community": "forum",
    "web": "casalume_app",
    "survey": "qualtrics",
    "phone": "genesys",
    "in_person": "branch",
}
KIND = {
    "email": "message",
    "chat": "chat",
    "social": "post",
    "community": "post",
    "web": "ticket",
    "phone": "call",
}
CONTACT_CHANNELS = ("email", "chat", "phone", "social", "web", "community")


def langs_mix(rng: random.Random, n: int) -> list[str]:
    """Portuguese and German first, then English, French, Spanish, Italian."""
    weights = (26, 24, 18, 12, 11, 9)
    return rng.choices(w.LANGS, weights=weights, k=n)


def happy_days(
    f: Family, key: str, n: int, day_lo: float, day_hi: float, kinds: str = "pqbvs"
) -> None:
    for _ in range(n):
        f.happy_act(key, f.at(f.rng.uniform(day_lo, day_hi)), kinds)


REPLY_PREFIX = {"pt": "RES:", "de": "AW:", "en": "RE:", "fr": "RE :", "es": "RE:", "it": "R:"}


def strip_reply_prefix(text: str) -> str:
    """A reply prefix belongs to an e-mail, not to a chat, a call or a post."""
    for prefix in sorted(set(REPLY_PREFIX.values()), key=len, reverse=True):
        if text.startswith(prefix + " "):
            return text[len(prefix) + 1 :]
    return text


def repeat_story(
    f: Family, key: str, problem: str, first_at: datetime, langs: list[str]
) -> list[str]:
    """One open problem raised 2-4 times on changing channels; later contacts: still open."""
    n = f.rng.choice((2, 2, 3, 3, 4))
    channels = f.rng.sample(CONTACT_CHANNELS, n)
    if channels[0] == "phone":
        channels[0], channels[1] = channels[1], channels[0]
    followups = {
        lang: f.rng.sample(w.FOLLOWUP[lang], len(w.FOLLOWUP[lang])) for lang in dict.fromkeys(langs)
    }
    ids = []
    when = first_at
    for i, channel in enumerate(channels):
        lang = langs[i % len(langs)]
        if i == 0:
            ids.append(f.complaint(key, when, problem, lang, channel))
            if f.rng.random() < 0.5:
                f.tp(
                    key,
                    when + timedelta(hours=2),
                    "email",
                    "message",
                    w.AGENT_PASSED[lang],
                    outbound=True,
                )
        else:
            text = strip_reply_prefix(followups[lang].pop())
            if i >= 2:
                text = f"{w.THIRD_TIME[lang]} {text}" if i == 2 else text.upper()
            kind = KIND[channel]
            if channel == "email":
                text = f"{REPLY_PREFIX[lang]} {text}"
            ids.append(f.tp(key, when, channel, kind, text))
        when += timedelta(hours=f.rng.uniform(4, 40))
    return ids


def resolved_story(f: Family, key: str, problem: str, first_at: datetime) -> list[str]:
    lang = f.customers[key]["language"]
    ids = [f.complaint(key, first_at, problem)]
    fixed_at = first_at + timedelta(hours=f.rng.uniform(4, 20))
    f.tp(key, fixed_at, "email", "message", w.AGENT_FIXED[lang], outbound=True)
    thanks_at = fixed_at + timedelta(hours=f.rng.uniform(8, 30))
    ids.append(
        f.tp(
            key,
            thanks_at,
            f.rng.choice(("chat", "email")),
            "message",
            f.rng.choice(w.CUSTOMER_FIXED[lang]),
        )
    )
    return ids


def slide_story(f: Family, key: str, first_day: float, span: float, langs: list[str]) -> list[str]:
    comp = f.rng.choice(w.COMPETITORS)
    ids = []
    for step in range(6):
        lang = langs[step % len(langs)]
        when = f.at(first_day + span * step / 5, 9, 20)
        text = w.SLIDE[lang][step].format(c=comp)
        channel = f.rng.choice(("email", "chat", "social", "community"))
        kind = KIND[channel]
        ids.append(f.tp(key, when, channel, kind, text))
    return ids


# -- the families ---------------------------------------------------------------


def happy_writers() -> dict[str, Any]:
    f = Family(
        "happy_writers",
        "HW",
        "2026-01-12",
        8,
        "happy customers writing, buying and answering surveys",
    )
    for lang in langs_mix(f.rng, 42):
        key = f.customer("happy", lang, habit="daytime")
        happy_days(f, key, f.rng.randint(5, 9), 0, 8)
    for lang in langs_mix(f.rng, 8):
        key = f.customer("happy", lang, habit="night")
        for _ in range(f.rng.randint(5, 8)):
            when = f.start + timedelta(days=f.rng.randint(0, 7), hours=f.rng.uniform(22.5, 28.5))
            f.happy_act(key, min(when, f.start + timedelta(days=8, hours=-1)), "pqs")
    for lang in langs_mix(f.rng, 10):
        key = f.customer("happy", lang, habit="surveys only")
        for _ in range(f.rng.randint(3, 6)):
            f.happy_survey(key, f.at(f.rng.uniform(0, 8)))
    return f.write()


def one_bad_day() -> dict[str, Any]:
    f = Family("one_bad_day", "OB", "2026-02-09", 11, "happy customers with one bad day")
    plan = ["plain"] * 45 + ["csat"] * 12 + ["nps"] * 9 + ["control"] * 24
    f.rng.shuffle(plan)
    for lang, what in zip(langs_mix(f.rng, len(plan)), plan, strict=True):
        persona = {
            "plain": "happy_one_bad_day",
            "csat": "happy_one_bad_day",
            "nps": "bad_day_detractor",
            "control": "happy",
        }[what]
        key = f.customer(persona, lang)
        happy_days(f, key, f.rng.randint(5, 8), 0, 11)
        if what == "control":
            continue
        c = f.customers[key]
        problem = f.rng.choice(PROBLEM_IDS)
        day = f.rng.randint(2, 8)
        when = f.at(day, 8, 19)
        eid = f.complaint(key, when, problem)
        c.update(problem=problem, bad_day_at=iso(when), bad_day_event_id=eid, nps_given=None)
        c["tolerated_rules"] = ["silence"]
        if what == "csat":
            f.tp(
                key,
                when + timedelta(hours=1),
                "survey",
                "survey_response",
                None,
                scores={"csat": f.rng.choice((1, 2))},
            )
        if what == "nps":
            nps = f.rng.randint(1, 5)
            f.tp(
                key,
                when + timedelta(hours=2),
                "survey",
                "survey_response",
                f.rng.choice(("", "-", "👎")) or None,
                scores={"nps": nps},
            )
            c["nps_given"] = nps
            c["expected_rules"] = ["detractor"]
        if f.rng.random() < 0.5:
            f.tp(
                key,
                when + timedelta(hours=f.rng.uniform(16, 26)),
                "chat",
                "chat",
                w.APOLOGY[c["language"]],
            )
    return f.write()


def repeat_contacts() -> dict[str, Any]:
    f = Family(
        "repeat_contacts",
        "RC",
        "2026-03-10",
        9,
        "open problems raised again, fixed problems, frequent writers",
    )
    plan = ["repeat"] * 24 + ["resolved"] * 10 + ["different"] * 7 + ["happy"] * 20
    f.rng.shuffle(plan)
    for lang, what in zip(langs_mix(f.rng, len(plan)), plan, strict=True):
        if what == "happy":
            key = f.customer("happy", lang, habit="frequent writer")
            happy_days(f, key, f.rng.randint(7, 11), 0, 9)
            continue
        persona = {
            "repeat": "repeat_contact",
            "resolved": "resolved_between_contacts",
            "different": "different_problems",
        }[what]
        key = f.customer(persona, lang)
        c = f.customers[key]
        happy_days(f, key, f.rng.randint(1, 3), 0, 2, "bvs")
        if what == "repeat":
            problem = f.rng.choice(PROBLEM_IDS)
            ids = repeat_story(f, key, problem, f.at(f.rng.uniform(2, 5)), [lang])
            c.update(problem=problem, contacts=len(ids), problem_event_ids=ids)
            c["expected_rules"] = ["repeat_contact"]
            c["tolerated_rules"] = list(REPEAT_TOL)
        elif what == "resolved":
            problem = f.rng.choice(PROBLEM_IDS)
            ids = resolved_story(f, key, problem, f.at(f.rng.uniform(2, 6)))
            c.update(problem=problem, problem_event_ids=ids)
            c["tolerated_rules"] = ["silence"]
        else:
            problems = f.rng.sample(PROBLEM_IDS, 2)
            first_day = f.rng.uniform(2, 3)
            ids = resolved_story(f, key, problems[0], f.at(first_day, 8, 14))
            ids += resolved_story(
                f, key, problems[1], f.at(first_day + f.rng.uniform(4, 5.5), 8, 12)
            )
            c.update(problems=problems, problem_event_ids=ids)
            c["tolerated_rules"] = ["silence"]
    return f.write()


def slow_churners() -> dict[str, Any]:
    f = Family(
        "slow_churners",
        "SC",
        "2026-04-13",
        32,
        "slow slides, cancellations, grumpy and sarcastic customers",
    )
    plan = ["slide"] * 19 + ["cancel"] * 8 + ["happy"] * 10 + ["grumpy"] * 7 + ["sarcasm"] * 6
    f.rng.shuffle(plan)
    nps_left = 7
    for lang, what in zip(langs_mix(f.rng, len(plan)), plan, strict=True):
        if what == "slide":
            key = f.customer("slow_churner", lang)
            c = f.customers[key]
            for _ in range(3):
                f.happy_act(key, f.at(f.rng.uniform(0, 10)), "p")
            happy_days(f, key, f.rng.randint(3, 6), 0, 10)
            span = f.rng.choice((3, 5, 7, 10))
            ids = slide_story(f, key, f.rng.randint(12, 15), span, [lang])
            c.update(slide_event_ids=ids, slide_days=span, nps_given=None)
            c["expected_rules"] = ["sentiment_drop"]
            c["tolerated_rules"] = [
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "repeat_contact",
                "silence",
            ]
            if nps_left:
                nps_left -= 1
                when = datetime.fromisoformat(
                    next(t["occurred_at"] for t in f.tps if t["event_id"] == ids[3]).replace(
                        "Z", "+00:00"
                    )
                )
                nps = f.rng.randint(1, 5)
                f.tp(
                    key,
                    when + timedelta(hours=3),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": nps},
                )
                c["nps_given"] = nps
                c["expected_rules"].append("detractor")
        elif what == "cancel":
            key = f.customer("slow_churner", lang, habit="cancels")
            c = f.customers[key]
            happy_days(f, key, f.rng.randint(4, 6), 0, 12)
            day = f.rng.randint(16, 24)
            when = f.at(day, 9, 18)
            ask = f.tp(
                key, when, "email", "message", w.CANCEL_ASK[lang], subject="Anulacao / Cancel"
            )
            done = f.tp(
                key,
                when + timedelta(days=1, hours=f.rng.uniform(-2, 3)),
                "web",
                "cancellation",
                None,
                attrs={"product": "seguro casa"},
            )
            c.update(churn_intent_event_id=ask, cancellation_event_id=done)
            c["expected_rules"] = ["churn_intent"]
            c["tolerated_rules"] = [
                "competitor_mention",
                "high_value_at_risk",
                "sentiment_drop",
                "silence",
            ]
        elif what == "happy":
            key = f.customer("happy", lang, habit="steady")
            happy_days(f, key, f.rng.randint(6, 10), 0, 32)
        elif what == "grumpy":
            key = f.customer("steadily_grumpy", lang)
            for _ in range(f.rng.randint(4, 7)):
                channel = f.rng.choice(("email", "social"))
                kind = "message" if channel == "email" else "post"
                f.tp(key, f.at(f.rng.uniform(0, 32)), channel, kind, f.rng.choice(w.GRUMPY[lang]))
            f.customers[key]["tolerated_rules"] = ["repeat_contact", "silence"]
        else:
            key = f.customer("happy_one_sarcastic_remark", lang)
            happy_days(f, key, f.rng.randint(5, 8), 0, 32)
            eid = f.tp(key, f.at(f.rng.uniform(8, 24)), "social", "post", w.SARCASM[lang])
            f.customers[key]["sarcasm_event_id"] = eid
    return f.write()


def quiet_hours() -> dict[str, Any]:
    f = Family("quiet_hours", "QH", "2026-06-19", 3, "a calm low-volume weekend with night owls")
    langs = langs_mix(f.rng, 194)
    grumblers = set(f.rng.sample(range(194), 20))
    for i, lang in enumerate(langs):
        if i in grumblers:
            key = f.customer("grumbles_once", lang)
            problem = f.rng.choice(PROBLEM_IDS)
            eid = f.complaint(key, f.at(f.rng.randint(0, 2), 9, 22), problem, channel="email")
            f.customers[key].update(problem=problem, problem_event_ids=[eid])
            f.customers[key]["tolerated_rules"] = ["silence"]
            happy_days(f, key, f.rng.randint(0, 2), 0, 3, "vb")
        else:
            key = f.customer("happy", lang)
            for _ in range(f.rng.randint(1, 3)):
                f.happy_act(key, f.at(f.rng.randint(0, 2), 9, 22))
    for night in range(3):
        starts = sorted(f.rng.sample(range(30, 250, 10), 3))
        for minute in starts:
            burst = f.start + timedelta(days=night, minutes=minute + f.rng.randint(0, 5))
            for lang in langs_mix(f.rng, 4):
                key = f.customer("night_owl", lang, burst_at=iso(burst))
                when = burst + timedelta(minutes=f.rng.uniform(0, 9.5))
                f.happy_act(key, when, f.rng.choice(("q", "p")))
    return f.write()


def b2b_accounts() -> dict[str, Any]:
    f = Family(
        "b2b_accounts",
        "BB",
        "2026-08-03",
        12,
        "Casalume Pro accounts: at risk, one unhappy, mild, happy",
    )
    kinds = ["at_risk"] * 9 + ["one_unhappy"] * 5 + ["mild"] * 2 + ["happy"] * 6
    f.rng.shuffle(kinds)
    companies = [
        "Imobiliaria",
        "Hausverwaltung",
        "Property Mgmt",
        "Gestion Immo",
        "Gestion Inmuebles",
        "Gestione Immobili",
    ]
    roles = ("property manager", "finance", "facilities", "owner", "assistant", "director")
    weekdays = [d for d in range(12) if (f.start + timedelta(days=d)).weekday() < 5]
    for n, kind in enumerate(kinds, start=1):
        lang = langs_mix(f.rng, 1)[0]
        account = f"PRO-{w.COUNTRY[lang]}-{4100 + n * 7}"
        company = f"{f.rng.choice(w.LAST[lang])} {companies[w.LANGS.index(lang)]}"
        size = f.rng.randint(4, 6)
        keys = [
            f.customer("b2b_happy", lang, account, company=company, role=roles[i])
            for i in range(size)
        ]
        for key in keys:
            for _ in range(f.rng.randint(1, 3)):
                when = f.at(f.rng.choice(weekdays), 8, 17)
                f.tp(key, when, "email", "message", f.rng.choice(w.B2B_ROUTINE[lang]))
                if f.rng.random() < 0.4:
                    f.tp(
                        key,
                        when + timedelta(hours=1),
                        "email",
                        "message",
                        w.B2B_AGENT[lang],
                        outbound=True,
                    )
            if kind == "happy" and f.rng.random() < 0.5:
                f.tp(
                    key,
                    f.at(f.rng.choice(weekdays), 8, 17),
                    "web",
                    "message",
                    w.B2B_PRAISE[lang],
                    source="pro_portal",
                )
                f.tp(
                    key,
                    f.at(f.rng.choice(weekdays), 8, 17),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.choice((9, 10))},
                )
        acc: dict[str, Any] = {
            "company": company,
            "contacts": size,
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
        }
        f.accounts[account] = acc
        if kind == "happy":
            continue
        if kind == "mild":
            for key in f.rng.sample(keys, 2):
                eid = f.tp(
                    key, f.at(f.rng.choice(weekdays), 9, 16), "email", "message", w.B2B_MILD[lang]
                )
                f.customers[key].update(
                    persona="b2b_mild", complaint_event_ids=[eid], tolerated_rules=["silence"]
                )
            continue
        problem = f.rng.choice(tuple(w.B2B_PROBLEMS))
        acc["same_problem"] = problem
        unhappy = f.rng.sample(keys, 3 if kind == "at_risk" else 1)
        when = f.at(f.rng.randint(1, 6), 8, 12)
        if kind == "at_risk":
            acc["trouble_starts_at"] = iso(when)
            acc["expected_rules"] = ["account_risk"]
        for i, key in enumerate(unhappy):
            c = f.customers[key]
            persona = "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"
            eids = [
                f.tp(
                    key,
                    when,
                    "email",
                    "message",
                    w.B2B_PROBLEMS[problem][lang],
                    subject="Casalume Pro",
                )
            ]
            c.update(persona=persona, problem=problem, nps_given=None)
            c["tolerated_rules"] = list(B2B_COMPLAINT_TOL) + (
                ["account_risk"] if kind == "at_risk" else []
            )
            if i < 2:
                nps = f.rng.randint(1, 5)
                eids.append(
                    f.tp(
                        key,
                        when + timedelta(hours=f.rng.uniform(2, 4)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                    )
                )
                c["nps_given"] = nps
                c["expected_rules"] = ["detractor"]
            else:
                later = when + timedelta(hours=f.rng.uniform(18, 40))
                eids.append(
                    f.tp(
                        key,
                        later,
                        "email",
                        "message",
                        w.B2B_STILL[lang],
                        subject="RE: Casalume Pro",
                    )
                )
                c["expected_rules"] = ["repeat_contact"]
            c["complaint_event_ids"] = eids
            when += timedelta(hours=f.rng.uniform(10, 28))
        acc["unhappy_contacts"] = len(unhappy)
        acc["unhappy_contact_keys"] = sorted(unhappy)
    return f.write()


PAIRS = (
    ("pt", "de"),
    ("de", "pt"),
    ("en", "pt"),
    ("pt", "fr"),
    ("de", "en"),
    ("es", "it"),
    ("fr", "es"),
    ("it", "en"),
)


def bilingual() -> dict[str, Any]:
    f = Family("bilingual", "BL", "2026-09-08", 14, "customers who write in two languages")
    plan = ["happy"] * 30 + ["repeat"] * 11 + ["slide"] * 8 + ["bad_day"] * 7 + ["resolved"] * 5
    f.rng.shuffle(plan)
    for i, what in enumerate(plan):
        pair = list(PAIRS[i % len(PAIRS)])
        persona = {
            "happy": "happy",
            "repeat": "repeat_contact",
            "slide": "slow_churner",
            "bad_day": "happy_one_bad_day",
            "resolved": "resolved_between_contacts",
        }[what]
        key = f.customer(persona, pair[0], languages=pair)
        c = f.customers[key]
        n_happy = {
            "happy": f.rng.randint(5, 9),
            "slide": 0,
            "repeat": 2,
            "bad_day": 6,
            "resolved": 3,
        }[what]
        for j in range(n_happy):
            c["language"] = pair[j % 2]
            f.happy_act(key, f.at(f.rng.uniform(0, 14 if what in ("happy", "bad_day") else 4)))
        c["language"] = pair[0]
        if what == "repeat":
            problem = f.rng.choice(PROBLEM_IDS)
            ids = repeat_story(f, key, problem, f.at(f.rng.uniform(4, 9)), pair)
            c.update(problem=problem, contacts=len(ids), problem_event_ids=ids)
            c["expected_rules"] = ["repeat_contact"]
            c["tolerated_rules"] = list(REPEAT_TOL)
        elif what == "slide":
            for j in range(6):
                c["language"] = pair[j % 2]
                f.happy_act(key, f.at(f.rng.uniform(0, 5)), "p" if j < 4 else "pbs")
            c["language"] = pair[0]
            span = f.rng.choice((3, 4, 5))
            ids = slide_story(f, key, f.rng.randint(6, 8), span, pair)
            c.update(slide_event_ids=ids, slide_days=span)
            c["expected_rules"] = ["sentiment_drop"]
            c["tolerated_rules"] = [
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "repeat_contact",
                "silence",
            ]
        elif what == "bad_day":
            problem = f.rng.choice(PROBLEM_IDS)
            when = f.at(f.rng.randint(3, 11), 9, 19)
            eid = f.complaint(key, when, problem, pair[1])
            c.update(problem=problem, bad_day_at=iso(when), bad_day_event_id=eid)
            c["tolerated_rules"] = ["silence"]
        elif what == "resolved":
            problem = f.rng.choice(PROBLEM_IDS)
            c["language"] = pair[1]
            ids = resolved_story(f, key, problem, f.at(f.rng.uniform(5, 9)))
            c["language"] = pair[0]
            c.update(problem=problem, problem_event_ids=ids)
            c["tolerated_rules"] = ["silence"]
    return f.write()


def topic_spike() -> dict[str, Any]:
    f = Family(
        "topic_spike",
        "TS",
        "2026-10-01",
        7,
        "a calm week and a storm night: the claims app fails to upload photos",
    )
    calm = []
    for lang in langs_mix(f.rng, 240):
        if f.rng.random() < 0.1:
            key = f.customer("grumbles_once", lang)
            problem = f.rng.choice(PROBLEM_IDS)
            eid = f.complaint(key, f.at(f.rng.randint(0, 6), 8, 21), problem, channel="email")
            f.customers[key].update(
                problem=problem, problem_event_ids=[eid], tolerated_rules=["silence"]
            )
        else:
            key = f.customer("happy", lang)
            for _ in range(f.rng.randint(1, 3)):
                f.happy_act(key, f.at(f.rng.randint(0, 6), 8, 21))
            calm.append(key)
    for day, lang in ((1, "en"), (2, "de")):
        key = f.customer("grumbles_once", lang)
        eid = f.tp(key, f.at(day, 10, 17), "chat", "chat", w.LONE_UPLOAD[lang])
        f.customers[key].update(
            problem="claims photo upload", problem_event_ids=[eid], tolerated_rules=["silence"]
        )
    regulars = f.rng.sample(calm, 21)
    new = [f.customer("spike_reporter", lang) for lang in langs_mix(f.rng, 10)]
    reporters = regulars + new
    f.rng.shuffle(reporters)
    spike_start = datetime(2026, 10, 7, 7, 8, tzinfo=UTC)
    firsts: list[tuple[datetime, str]] = []
    repeats: list[str] = []
    repeaters = set(reporters[:9])
    fixed = set(reporters[9:16])
    for key in reporters:
        c = f.customers[key]
        lang = c["language"]
        when = spike_start + timedelta(minutes=f.rng.uniform(0, 38))
        channel = f.rng.choice(("email", "chat", "social", "web", "community"))
        kind = KIND[channel]
        eid = f.tp(
            key,
            when,
            channel,
            kind,
            f.rng.choice(w.SPIKE[lang]),
            subject="Sinistro tempestade" if channel == "email" else None,
        )
        firsts.append((when, eid))
        c.update(
            persona="spike_reporter", in_spike=True, spike_event_id=eid, tolerated_rules=["silence"]
        )
        if key in repeaters:
            other = f.rng.choice(
                [ch for ch in ("email", "chat", "social", "phone") if ch != channel]
            )
            kind2 = KIND[other]
            again = f.tp(
                key,
                when + timedelta(minutes=f.rng.uniform(20, 75)),
                other,
                kind2,
                w.SPIKE_AGAIN[lang],
            )
            repeats.append(again)
            c.update(
                persona="spike_repeater",
                repeat_event_id=again,
                expected_rules=["repeat_contact"],
                tolerated_rules=["sentiment_drop", "silence"],
            )
        elif key in fixed:
            f.tp(
                key,
                when + timedelta(hours=3),
                "email",
                "message",
                w.SPIKE_AGENT[lang],
                outbound=True,
            )
    firsts.sort()
    f.spike = {
        "topic": "claims photo upload",
        "about": "after a storm night the claims app fails to upload damage photos (error UPL-503)",
        "channel": None,
        "start": iso(firsts[0][0]),
        "end": iso(firsts[-1][0]),
        "customers": len(reporters),
        "event_ids": [eid for _, eid in firsts],
        "repeat_event_ids": repeats,
    }
    return f.write()


FAMILIES = (
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    b2b_accounts,
    bilingual,
    topic_spike,
)


def main() -> None:
    for build in FAMILIES:
        summary = build()
        print(build.__name__, summary["customers"], summary["touchpoints"], summary["expected"])


if __name__ == "__main__":
    main()
