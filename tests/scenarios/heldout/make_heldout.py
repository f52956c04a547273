"""Held-out alert scenarios, written blind: report precision and recall on them, never tune.

Written without reading the alert rules, their thresholds, the pipeline stages, the
simulator's wording or any evaluation output; only the touchpoint contract (README),
the meaning of each rule (issue 16) and the truth-file format were read. Deterministic
(standard library, its own seed). Run it once from the repository root:

    python tests/scenarios/heldout/make_heldout.py

It writes, per family, ``<family>.jsonl`` (touchpoints, one JSON object a line, in
time order) and ``<family>.truth.json`` (the ground truth, in the simulator's
``GroundTruth`` format).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from wording import (
    B2B_COMPLAINTS,
    B2B_HAPPY,
    BAD_DAY,
    BAD_DAY_AFTER,
    CANCEL,
    COMPANIES,
    DEVICE_SIG,
    DIAL,
    GREETING,
    MAIL,
    MOOD,
    NAMES,
    NIGHT_CHAT,
    PRAISE,
    PROBLEMS,
    RESOLVED,
    SHORT_ODD,
    SIGN_OFF,
    SPIKE_AGAIN,
    SPIKE_TEXT,
    SPOKEN,
    SUBJECTS,
    SURVEY_HIGH,
    SURVEY_LOW,
)

SEED = 730_219
OUT = Path(__file__).resolve().parent

# Rules other than the four this set measures: never expected here, tolerated where the
# text plainly invites them (a threat to cancel, a competitor named, a low survey score).
DETRACTOR, CHURN, COMPETITOR, SILENCE, HVAR = (
    "detractor",
    "churn_intent",
    "competitor_mention",
    "silence",
    "high_value_at_risk",
)

BRAND = "shopnova"

# ---------------------------------------------------------------------------------------
# Building blocks
# ---------------------------------------------------------------------------------------


@dataclass
class Person:
    cid: str
    lang: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    order: str
    social_linked: bool = False
    phone_linked: bool = False
    last_text: str = ""

    def identifiers(self) -> dict[str, str | None]:
        return {
            "customer_id": self.cid,
            "email": self.email,
            "phone": self.phone,
            "handle": self.handle,
            "account_id": self.account,
        }


CHANNEL_KIND = {
    "email": ("message", ["freshdesk", "outlook-import"]),
    "phone": ("call", ["ringover"]),
    "chat": ("chat", ["intercom"]),
    "social": ("mention", ["twitter", "instagram"]),
    "web": ("ticket", ["webform"]),
    "survey": ("survey_response", ["typeform", "qualtrics"]),
    "community": ("post", ["discourse"]),
    "in_person": ("message", ["store-notes"]),
}


_TAKEN_IDS: set[str] = set()


class Family:
    """One scenario family: its people, its touchpoints and its ground truth."""

    def __init__(self, name: str, start: str, days: int, about: str) -> None:
        self.name = name
        self.rng = random.Random(f"{SEED}-{name}")
        self.start = datetime.fromisoformat(start).replace(tzinfo=UTC)
        self.days = days
        self.about = about
        self.events: list[tuple[datetime, dict[str, Any]]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self._n = 0

    # -- people ----------------------------------------------------------------------
    def person(self, lang: str, account: str | None = None, domain: str | None = None) -> Person:
        rng = self.rng
        firsts, lasts = (s.split() for s in NAMES[lang])
        first, last = rng.choice(firsts), rng.choice(lasts)
        while True:
            cid = f"CU{rng.randrange(100000, 999999)}"
            if cid not in _TAKEN_IDS:  # unique across families, should anyone replay them together
                _TAKEN_IDS.add(cid)
                break
        local = rng.choice(
            [f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randrange(10, 99)}"]
        )
        local = _ascii(local.lower().replace(" ", ""))
        email = f"{local}.{cid[-3:]}@{domain or rng.choice(MAIL[lang])}"
        prefix, length = DIAL[lang]
        phone = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix)))
        handle = None
        if rng.random() < 0.6:
            handle = "@" + _ascii(rng.choice([first, last]).lower()) + f"_{cid[-4:]}"
        order = f"#{rng.randrange(400000, 499999)}"
        return Person(cid, lang, first, last, email, phone, handle, account, order)

    def truth(
        self, p: Person, persona: str, expected: list[str], tolerated: list[str], **extra: Any
    ) -> None:
        entry: dict[str, Any] = {
            "identifiers": p.identifiers(),
            "expected_rules": sorted(set(expected)),
            "tolerated_rules": sorted(set(tolerated) - set(expected)),
            "persona": persona,
            "language": p.lang,
        }
        entry.update(extra)
        self.customers[p.cid] = entry

    # -- time ------------------------------------------------------------------------
    def at(self, day: float, hour: float = 0.0) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def daytime(self, day: int) -> datetime:
        """A waking-hours moment on that day (UTC, customers in Western Europe)."""
        rng = self.rng
        hour = rng.choice([7, 8, 9, 9, 10, 11, 12, 12, 13, 14, 15, 16, 17, 18, 19, 20, 20, 21, 22])
        return self.at(day, hour + rng.random())

    # -- touchpoints -----------------------------------------------------------------
    def add(
        self,
        p: Person,
        when: datetime,
        channel: str,
        text: str,
        *,
        subject: str | None = None,
        nps: int | None = None,
        csat: int | None = None,
        ces: int | None = None,
        kind: str | None = None,
        attrs: dict[str, str] | None = None,
        dress: bool = True,
    ) -> str:
        rng = self.rng
        self._n += 1
        event_id = f"ho-{self.name}-{self._n:05d}"
        if channel == "social" and p.handle is None:
            channel = "chat"  # no social account: they would have used the chat
        default_kind, sources = CHANNEL_KIND[channel]
        text = text.format(order=p.order)
        if dress:
            text = self._dress(p, channel, text)
        if subject is not None:
            subject = subject.format(order=p.order)
        customer: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": p.account,
        }
        if channel == "phone":
            customer["phone"] = p.phone
            if not p.phone_linked or rng.random() < 0.5:  # the agent looked the caller up once
                customer["customer_id"] = p.cid
                p.phone_linked = True
        elif channel == "social" and p.handle is not None:
            customer["handle"] = p.handle
            if not p.social_linked:  # the social tool matched the profile once
                customer["email"] = p.email
                p.social_linked = True
        elif channel in ("chat", "survey"):
            customer["customer_id"] = p.cid
            customer["email"] = p.email
        else:
            customer["email"] = p.email
            if rng.random() < 0.7:
                customer["customer_id"] = p.cid
            if rng.random() < 0.15:
                customer["phone"] = p.phone
        record = {
            "event_id": event_id,
            "occurred_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind or default_kind,
            "direction": "inbound",
            "customer": customer,
            "text": text,
            "subject": subject,
            "scores": {"nps": nps, "csat": csat, "ces": ces},
            "source": rng.choice(sources),
            "attributes": attrs or {},
        }
        self.events.append((when, record))
        return event_id

    def _dress(self, p: Person, channel: str, text: str) -> str:
        """Make a phrase look like something a person typed or said on that channel."""
        rng = self.rng
        lang = p.lang
        if lang == "fr" and rng.random() < 0.15:
            text = _ascii(text)  # many people type French without accents
        if rng.random() < 0.1:
            text = _typo(text, rng)
        if channel == "email":
            greets = ("hi", "hello", "hey", "bonjour", "bonsoir", "salut", "hola", "hallo")
            if rng.random() < 0.6 and not text.lower().startswith(greets):
                text = f"{rng.choice(GREETING[lang])}\n\n{text}"
            if rng.random() < 0.6:
                sign = rng.choice(SIGN_OFF[lang]).format(first=p.first, last=p.last)
                text = f"{text}\n\n{sign}"
            if rng.random() < 0.2:
                text = f"{text}\n\n{DEVICE_SIG[lang]}"
        elif channel == "phone":
            openers = SPOKEN[lang]
            if text.rstrip().endswith("?"):  # "I'm calling because" does not lead a question
                openers = [o for o in openers if "because" not in o and "parce" not in o]
            text = rng.choice(openers) + text[0].lower() + text[1:]
        elif channel == "social":
            text = f"@{BRAND} {text}"
            if rng.random() < 0.3:
                text = text.lower().rstrip(".!")
        elif channel == "chat" and rng.random() < 0.35:
            text = text.lower().rstrip(".")
        return text

    def mood(self, p: Person, when: datetime, level: int, channel: str | None = None) -> str:
        """One touchpoint at a sentiment level; surveys carry matching scores."""
        rng = self.rng
        channel = channel or rng.choice(
            ["email", "chat", "chat", "web", "social", "phone", "community"]
        )
        if channel == "social" and p.handle is None:
            channel = "chat"
        pool = [t for t in MOOD[p.lang][level] if t != p.last_text] or MOOD[p.lang][level]
        text = rng.choice(pool)
        p.last_text = text
        if channel == "survey":
            nps = {2: 10, 1: 8, 0: 8, -1: 6, -2: 3, -3: 1}[level] - rng.randrange(0, 2)
            csat = {2: 5, 1: 4, 0: 4, -1: 3, -2: 2, -3: 1}[level]
            comment = rng.choice(SURVEY_HIGH[p.lang] if level >= 0 else SURVEY_LOW[p.lang])
            return self.add(p, when, "survey", comment, nps=max(nps, 0), csat=csat, dress=False)
        subject = None
        if channel in ("email", "web") and rng.random() < 0.6:
            subject = rng.choice(
                ["Feedback", "My order {order}", "Question", "Re: your order", "Order {order}"]
            )
        return self.add(p, when, channel, text, subject=subject)

    def happy_survey(self, p: Person, when: datetime) -> str:
        rng = self.rng
        nps = rng.choice([9, 10, 10])
        csat = rng.choice([4, 5, 5, None])
        ces = rng.choice([None, None, 6, 7])  # CES 2.0: 7 = strongly agree it was easy
        comment = rng.choice(SURVEY_HIGH[p.lang] + (SHORT_ODD if rng.random() < 0.3 else []))
        return self.add(p, when, "survey", comment, nps=nps, csat=csat, ces=ces, dress=False)

    def problem(self, p: Person, when: datetime, problem: str, stage: int, channel: str) -> str:
        rng = self.rng
        stages = PROBLEMS[problem][p.lang]
        variants = stages[min(stage, len(stages) - 1)]
        # past the last stage, alternate its variants rather than repeat one word for word
        text = variants[stage % 2] if stage >= len(stages) else rng.choice(variants)
        subject = None
        if channel in ("email", "web"):
            subs = SUBJECTS[problem].get(p.lang, ["(no subject)"])
            subject = ("RE: " if stage and channel == "email" else "") + rng.choice(subs)
        return self.add(p, when, channel, text, subject=subject)

    # -- output ----------------------------------------------------------------------
    def write(self) -> dict[str, Any]:
        self.events.sort(key=lambda pair: (pair[0], pair[1]["event_id"]))
        lines = [json.dumps(rec, ensure_ascii=False) for _, rec in self.events]
        (OUT / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "days": self.days,
                "seed": SEED,
                "written": "by hand, blind: held out for reporting only, never for tuning",
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": self.at(self.days).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
        }
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True)
        (OUT / f"{self.name}.truth.json").write_text(text + "\n", encoding="utf-8")
        return {"family": self.name, "customers": len(self.customers), "events": len(lines)}


def _ascii(text: str) -> str:
    table = str.maketrans("éèêëàâäîïôöûùüçÉÈÀÇœíóáñú", "eeeeaaaiioouuucEEACoioanu")
    return text.translate(table)


def _typo(text: str, rng: random.Random) -> str:
    """Swap two letters inside one longer word, as a hurried typist does."""
    words = text.split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    if not long_words:
        return text
    i = rng.choice(long_words)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def lang_mix(rng: random.Random, fr: float = 0.45, other: float = 0.0) -> str:
    r = rng.random()
    if r < other:
        return rng.choice(["de", "es"])
    return "fr" if r < other + fr else "en"


def happy_history(f: Family, p: Person, days: range, per_day: float) -> None:
    """Questions, thanks and good surveys, at about per_day touchpoints a day."""
    rng = f.rng
    for day in days:
        n = int(per_day) + (1 if rng.random() < per_day - int(per_day) else 0)
        for _ in range(n):
            when = f.daytime(day)
            r = rng.random()
            if r < 0.12:
                f.happy_survey(p, when)
            else:
                f.mood(p, when, rng.choice([2, 2, 1, 0, 0, 0]))


def contact_channels(f: Family, p: Person, n: int) -> list[str]:
    """n channels for one problem, mostly different ones, as people try whatever answers."""
    pool = ["email", "phone", "chat", "web"] + (["social"] if p.handle else [])
    f.rng.shuffle(pool)
    out = pool[:n]
    while len(out) < n:
        out.append(f.rng.choice(pool))
    return out


def raise_problem(
    f: Family, p: Person, problem: str, start: datetime, n: int, span_hours: float
) -> list[str]:
    """n contacts about one unresolved problem within span_hours, stage by stage."""
    rng = f.rng
    offsets = sorted([0.0] + [rng.uniform(0.3, span_hours) for _ in range(n - 1)])
    ids = []
    for k, (off, ch) in enumerate(zip(offsets, contact_channels(f, p, n), strict=True)):
        stage = k if n > 2 else min(k, 1)
        ids.append(f.problem(p, start + timedelta(hours=off), problem, stage, ch))
    return ids


# ---------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------


def happy_writers() -> Family:
    f = Family(
        "happy_writers",
        "2026-09-07T00:00:00",
        14,
        "120 happy customers who write often: 70 steady writers (8-21 touchpoints), 25 who"
        " fire off several unrelated questions in one sitting, 25 who ask and then thank on"
        " the same topic; mixed channels, surveys with high scores; en/fr with a little de/es",
    )
    rng = f.rng
    for i in range(120):
        p = f.person(lang_mix(rng, 0.45, 0.06))
        if i < 70:
            happy_history(f, p, range(14), rng.uniform(0.6, 1.5))
            kind = "steady_writer"
        elif i < 95:
            happy_history(f, p, range(14), 0.3)
            for day in rng.sample(range(14), 3):
                t = f.daytime(day)
                for q in rng.sample(MOOD[p.lang][0], rng.randrange(3, 5)):
                    t += timedelta(minutes=rng.uniform(2, 50))
                    f.add(p, t, rng.choice(["email", "chat", "web"]), q)
            kind = "question_burst"
        else:
            happy_history(f, p, range(14), 0.4)
            for day in rng.sample(range(13), 2):
                t = f.daytime(day)
                ch = rng.choice(["email", "chat", "phone"])
                f.add(p, t, ch, rng.choice(MOOD[p.lang][0]))
                t += timedelta(hours=rng.uniform(0.2, 20))
                f.add(
                    p,
                    t,
                    rng.choice(["email", "chat", "social" if p.handle else "web"]),
                    rng.choice(PRAISE[p.lang]),
                )
            kind = "ask_then_thank"
        f.truth(p, "happy", [], [], style=kind)
    return f


def one_bad_day() -> Family:
    f = Family(
        "one_bad_day",
        "2026-09-14T00:00:00",
        21,
        "45 happy customers with one bad day (one angry message, sometimes a low survey, often"
        " an apology or thanks afterwards) and 45 happy customers without; en/fr",
    )
    rng = f.rng
    for i in range(90):
        p = f.person(lang_mix(rng, 0.5))
        happy_history(f, p, range(21), rng.uniform(0.4, 0.9))
        if i >= 45:
            f.truth(p, "happy", [], [])
            continue
        day = rng.randrange(6, 18)
        t = f.daytime(day)
        eid = f.add(
            p,
            t,
            rng.choice(["email", "chat", "phone", "web", "social"]),
            rng.choice(BAD_DAY[p.lang]),
            subject=rng.choice([None, "!!!", "Complaint"]),
        )
        tolerated = []
        if rng.random() < 0.4:
            f.add(
                p,
                t + timedelta(hours=rng.uniform(0.5, 3)),
                "survey",
                rng.choice(SURVEY_LOW[p.lang]),
                nps=rng.randrange(1, 5),
                csat=rng.choice([1, 2]),
                dress=False,
            )
            tolerated.append(DETRACTOR)
        if rng.random() < 0.6:
            f.add(
                p,
                t + timedelta(hours=rng.uniform(2, 26)),
                rng.choice(["email", "chat"]),
                rng.choice(BAD_DAY_AFTER[p.lang]),
            )
        f.truth(p, "one_bad_day", [], tolerated, bad_day_at=_iso(t), bad_day_event_id=eid)
    return f


def repeat_contacts() -> Family:
    f = Family(
        "repeat_contacts",
        "2026-10-05T00:00:00",
        10,
        "35 customers raising one unresolved problem 2-5 times within 4-40 h across e-mail,"
        " phone, chat, social and web form (expected repeat_contact); 15 whose problem was"
        " resolved between contacts; 20 who contact often about different things; 35 happy"
        " frequent writers; en/fr",
    )
    rng = f.rng
    problems = sorted(PROBLEMS)
    for i in range(105):
        p = f.person(lang_mix(rng, 0.5))
        if i < 35:
            problem = rng.choice(problems)
            day = rng.randrange(2, 8)
            happy_history(f, p, range(day), 0.3)
            n = 2 if i < 8 else rng.randrange(3, 6)
            span = rng.uniform(3, 10) if n == 2 else rng.uniform(4, 40)
            start = f.daytime(day)
            ids = raise_problem(f, p, problem, start, n, span)
            tolerated = ["sentiment_drop"] + ([CHURN] if n >= 4 else [])
            f.truth(
                p,
                "repeat_contact",
                ["repeat_contact"],
                tolerated,
                problem=problem,
                trouble_starts_at=_iso(start),
                contacts=n,
                problem_event_ids=ids,
            )
        elif i < 50:
            problem = rng.choice(problems)
            day = rng.randrange(1, 7)
            happy_history(f, p, range(10), 0.25)
            t = f.daytime(day)
            f.problem(p, t, problem, 0, rng.choice(["email", "chat", "phone", "web"]))
            t += timedelta(hours=rng.uniform(1, 8))
            f.add(p, t, rng.choice(["email", "chat", "phone"]), RESOLVED[problem][p.lang])
            t += timedelta(hours=rng.uniform(12, 60))
            other = rng.choice([q for q in problems if q != problem])
            if rng.random() < 0.5:
                f.mood(p, t, 0)
                follow = "question"
            else:
                f.problem(p, t, other, 0, rng.choice(["email", "chat", "web"]))
                f.add(p, t + timedelta(hours=rng.uniform(2, 9)), "chat", RESOLVED[other][p.lang])
                follow = other
            f.truth(p, "resolved_between", [], [], problem=problem, then=follow)
        elif i < 70:
            day = rng.randrange(1, 8)
            happy_history(f, p, range(10), 0.3)
            t = f.daytime(day)
            picks = rng.sample(problems, rng.choice([1, 2]))
            items: list[tuple[str, str | None]] = [("problem", q) for q in picks]
            items += [("question", None)] * rng.choice([1, 2])
            rng.shuffle(items)
            for _what, q in items:
                ch = rng.choice(["email", "chat", "phone", "web"])
                if q is not None:
                    f.problem(p, t, q, 0, ch)
                else:
                    f.mood(p, t, 0, ch)
                t += timedelta(hours=rng.uniform(2, 24))
            f.truth(p, "different_problems", [], [], problems=picks)
        else:
            happy_history(f, p, range(10), rng.uniform(0.8, 1.5))
            f.truth(p, "happy", [], [])
    return f


def slide(f: Family, p: Person, start: datetime, hours: float, n: int) -> list[str]:
    """n touchpoints drifting from mildly positive to furious over hours."""
    rng = f.rng
    ids = []
    for k in range(n):
        frac = k / (n - 1)
        level = round(1 - 4 * frac + rng.choice([-0.4, 0, 0, 0.4]))
        level = max(-3, min(1, level))
        if k >= n - 2:
            level = -3 if k == n - 1 else min(level, -2)
        when = start + timedelta(hours=hours * frac + rng.uniform(0, hours / (3 * n)))
        channel = "survey" if rng.random() < 0.15 else None
        ids.append(f.mood(p, when, level, channel))
    return ids


def slow_churners() -> Family:
    f = Family(
        "slow_churners",
        "2026-08-31T00:00:00",
        28,
        "28 customers whose praise slides to anger (14 over 12-24 days, 8 over about two days,"
        " 6 who end by cancelling) against 30 steady happy customers, 7 steadily grumpy ones"
        " (no fall from their own baseline) and 5 who recover; en/fr",
    )
    rng = f.rng
    others = [CHURN, COMPETITOR, DETRACTOR, SILENCE, HVAR, "repeat_contact"]
    for i in range(70):
        p = f.person(lang_mix(rng, 0.5))
        if i < 28:
            base_days = rng.randrange(4, 8)
            f.mood(p, f.daytime(0), 2)
            f.mood(p, f.daytime(1), rng.choice([2, 1]))
            happy_history(f, p, range(base_days), rng.uniform(0.6, 1.0))
            start = f.daytime(base_days)
            if 14 <= i < 22:
                hours, n, pace = rng.uniform(36, 56), rng.randrange(6, 9), "fast"
            else:
                hours, n, pace = rng.uniform(12, 20) * 24, rng.randrange(7, 13), "slow"
            ids = slide(f, p, start, hours, n)
            extra: dict[str, Any] = {}
            if i >= 22:
                t = start + timedelta(hours=hours + rng.uniform(2, 30))
                extra["cancellation_event_id"] = f.add(
                    p, t, "web", rng.choice(CANCEL[p.lang]), kind="cancellation"
                )
                pace = "slow_then_cancel"
            f.truth(
                p,
                "slow_churner",
                ["sentiment_drop"],
                others,
                pace=pace,
                trouble_starts_at=_iso(start),
                slide_event_ids=ids,
                **extra,
            )
        elif i < 58:
            happy_history(f, p, range(28), rng.uniform(0.3, 0.7))
            f.truth(p, "happy", [], [])
        elif i < 65:
            for day in range(rng.randrange(0, 3), 28, rng.randrange(2, 5)):
                ch = "survey" if rng.random() < 0.2 else None
                f.mood(p, f.daytime(day), rng.choice([-1, -1, -2, 0]), ch)
            f.truth(p, "steady_grumpy", [], [DETRACTOR, "repeat_contact"])
        else:
            for day in range(0, 28, 2):
                level = -2 if day < 6 else (-1 if day < 10 else rng.choice([1, 2]))
                f.mood(p, f.daytime(day), level)
            f.truth(p, "recovering", [], [DETRACTOR])
    return f


def calm_crowd(f: Family, count: int, fr: float) -> list[Person]:
    """A calm stream's customers: 1-3 touchpoints each, mostly content; one in ten grumbles once."""
    rng = f.rng
    people = []
    for _ in range(count):
        p = f.person(lang_mix(rng, fr))
        people.append(p)
        grumble = rng.random() < 0.1
        tolerated: list[str] = []
        for _ in range(rng.randrange(1, 4)):
            day = rng.randrange(f.days)
            if grumble:
                if rng.random() < 0.4:
                    f.add(
                        p,
                        f.daytime(day),
                        "survey",
                        rng.choice(SURVEY_LOW[p.lang]),
                        nps=rng.randrange(2, 6),
                        csat=2,
                        dress=False,
                    )
                    tolerated = [DETRACTOR]
                else:
                    f.mood(p, f.daytime(day), rng.choice([-1, -2]))
                grumble = False
            elif rng.random() < 0.15:
                f.happy_survey(p, f.daytime(day))
            else:
                f.mood(p, f.daytime(day), rng.choice([2, 1, 0, 0]))
        f.truth(p, "calm", [], tolerated)
    return people


def quiet_hours() -> Family:
    f = Family(
        "quiet_hours",
        "2026-10-19T00:00:00",
        3,
        "A calm, low-volume stream: 260 customers over three days, mostly daytime; each night"
        " three small bursts (2-4 customers within ten minutes between 00:30 and 05:00 UTC,"
        " one of them two customers on the same topic) and night owls chatting; no spike planted",
    )
    rng = f.rng
    people = calm_crowd(f, 260, 0.5)
    night = rng.sample(people, 60)
    for day in range(3):
        for b in range(3):
            t0 = f.at(day, rng.uniform(0.5, 5.0))
            group = [night.pop() for _ in range(rng.randrange(2, 5) if b else 2)]
            problem = rng.choice(sorted(PROBLEMS))
            for p in group:
                t = t0 + timedelta(minutes=rng.uniform(0, 10))
                ch = rng.choice(["email", "chat", "web"])
                if b == 0:  # the same topic from two people at 3 a.m.: not a spike
                    f.problem(p, t, problem, 0, ch)
                else:
                    f.mood(p, t, rng.choice([2, 1, 0, 0, -1]), ch)
        for _ in range(2):
            p = night.pop()
            t = f.at(day, rng.uniform(0.2, 4.5))
            conversation = f"conv-{rng.randrange(10**6, 10**7)}"
            for line in NIGHT_CHAT[p.lang][rng.randrange(3)]:
                t += timedelta(minutes=rng.uniform(0.5, 4))
                f.add(p, t, "chat", line, attrs={"conversation_id": conversation}, dress=False)
    return f


def topic_spike() -> Family:
    f = Family(
        "topic_spike",
        "2026-10-26T00:00:00",
        4,
        "A calm stream of 230 customers over four days with one planted spike: from day 2"
        " 13:40 UTC, 38 customers report card payments failing at checkout within 55 minutes"
        " (10 of them twice, on another channel); spike.start/end/customers/event_ids say"
        " when and who",
    )
    rng = f.rng
    people = calm_crowd(f, 230, 0.45)
    start = f.at(2, 13 + 40 / 60)
    reporters = rng.sample(people, 20) + [f.person(lang_mix(rng, 0.45)) for _ in range(18)]
    ids, who, last = [], [], start
    for k, p in enumerate(reporters):
        t = start + timedelta(minutes=0 if k == 0 else rng.uniform(0, 55))
        ch = rng.choice(["chat", "chat", "email", "web", "social" if p.handle else "chat"])
        ids.append(
            f.add(
                p,
                t,
                ch,
                rng.choice(SPIKE_TEXT[p.lang]),
                subject="Payment" if ch in ("email", "web") else None,
            )
        )
        who.append(p.cid)
        expected: list[str] = []
        if k % 4 == 1:  # ten of them try again, and say so on another channel
            t2 = t + timedelta(minutes=rng.uniform(15, 50))
            ch2 = rng.choice([c for c in ["chat", "email", "phone", "web"] if c != ch])
            ids.append(f.add(p, t2, ch2, rng.choice(SPIKE_AGAIN[p.lang])))
            expected = ["repeat_contact"]
            t = t2
        last = max(last, t)
        entry = f.customers.get(p.cid)
        tolerated = list(entry["tolerated_rules"]) if entry else []
        tolerated += ["sentiment_drop"] if expected else []
        f.truth(p, "in_spike", expected, tolerated, in_spike=True)
    f.spike = {
        "topic": "payment",
        "about": "card payments declined or failing at checkout (en/fr), several channels",
        "channel": None,
        "start": _iso(start),
        "end": _iso(last),
        "customers": sorted(who),
        "event_ids": sorted(ids),
    }
    return f


def b2b_accounts() -> Family:
    f = Family(
        "b2b_accounts",
        "2026-09-21T00:00:00",
        14,
        "28 B2B accounts: 8 where 3-5 contacts complain within about a week (expected"
        " account_risk), 10 where one contact is grumpy among happy colleagues, 10 all happy;"
        " en/fr",
    )
    rng = f.rng
    for a, company in enumerate(COMPANIES):
        lang = "fr" if rng.random() < 0.45 else "en"
        account = f"acct-{company}"
        domain = f"{company}.example"
        at_risk, grumpy = a < 8, 8 <= a < 18
        n = rng.randrange(4, 10) if at_risk else rng.randrange(4, 9 if grumpy else 8)
        unhappy_n = rng.randrange(3, min(5, n) + 1) if at_risk else (1 if grumpy else 0)
        trouble_day = rng.randrange(3, 7)
        issues = rng.sample(B2B_COMPLAINTS[lang], len(B2B_COMPLAINTS[lang]))
        first_trouble: datetime | None = None
        for c in range(n):
            p = f.person(lang, account=account, domain=domain)
            f.add(p, f.daytime(rng.randrange(3)), "email", rng.choice(B2B_HAPPY[lang]))
            for day in range(14):
                if rng.random() < rng.uniform(0.15, 0.35):
                    ch = rng.choice(["email", "email", "chat", "phone", "web"])
                    f.add(
                        p,
                        f.daytime(day),
                        ch,
                        rng.choice(B2B_HAPPY[lang]),
                        subject=rng.choice([None, "Account", "Question"]),
                    )
            tolerated = ["account_risk"] if at_risk else []
            if c < unhappy_n:
                k = rng.choice([1, 2]) if at_risk else rng.choice([1, 1, 2])
                for j in range(k):
                    day = trouble_day + rng.randrange(0, 6) + 2 * j
                    t = f.daytime(min(day, 13))
                    if not issues:
                        issues = rng.sample(B2B_COMPLAINTS[lang], len(B2B_COMPLAINTS[lang]))
                    subject, text = issues.pop()
                    f.add(p, t, rng.choice(["email", "web", "phone"]), text, subject=subject)
                    first_trouble = t if first_trouble is None else min(first_trouble, t)
                if rng.random() < 0.3:
                    f.add(
                        p,
                        f.daytime(13),
                        "survey",
                        rng.choice(SURVEY_LOW[lang]),
                        nps=rng.randrange(0, 5),
                        dress=False,
                    )
                tolerated += [DETRACTOR, CHURN] + (["sentiment_drop"] if k > 1 else [])
                f.truth(p, "b2b_unhappy", [], tolerated, complaints=k)
            else:
                f.truth(p, "b2b_happy", [], tolerated)
        f.accounts[account] = {
            "contacts": n,
            "unhappy_contacts": unhappy_n,
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": "at_risk" if at_risk else ("one_grumpy" if grumpy else "happy"),
        }
        if at_risk and first_trouble is not None:
            f.accounts[account]["trouble_starts_at"] = _iso(first_trouble)
    return f


def bilingual() -> Family:
    f = Family(
        "bilingual",
        "2026-10-12T00:00:00",
        14,
        "85 customers writing French, English, some German and Spanish, some switching"
        " language: 25 happy, 12 repeat contacts about one problem, 12 slow churners, 10 who"
        " answer surveys with one-word comments, 8 with one bad day, 8 with one sarcastic"
        " remark, 10 whose problem was resolved",
    )
    rng = f.rng
    for i in range(85):
        if i < 25:
            lang = ["fr", "en", "de", "es"][i % 4] if i < 12 else rng.choice(["fr", "en"])
            p = f.person(lang)
            happy_history(f, p, range(14), rng.uniform(0.4, 1.0))
            switch = i >= 19
            if switch:  # a Belgian or Swiss customer who writes both languages
                p.lang = "en" if lang == "fr" else "fr"
                happy_history(f, p, range(14), 0.3)
                p.lang = lang
            f.truth(p, "happy", [], [], switches_language=switch)
        elif i < 37:
            lang = ["fr", "fr", "fr", "fr", "fr", "fr", "de", "de", "es", "es", "fr", "fr"][i - 25]
            p = f.person(lang)
            problem = "parcel_missing" if lang in ("de", "es") else rng.choice(sorted(PROBLEMS))
            day = rng.randrange(2, 10)
            happy_history(f, p, range(day), 0.3)
            start = f.daytime(day)
            n = rng.randrange(3, 5)
            if i >= 35:  # starts in French, carries on in English
                ids = raise_problem(f, p, problem, start, 2, rng.uniform(2, 8))
                p.lang = "en"
                later = start + timedelta(hours=rng.uniform(9, 20))
                ids.append(f.problem(p, later, problem, 2, rng.choice(["email", "chat"])))
                p.lang = lang
                n = 3
            else:
                ids = raise_problem(f, p, problem, start, n, rng.uniform(5, 36))
            f.truth(
                p,
                "repeat_contact",
                ["repeat_contact"],
                ["sentiment_drop", CHURN],
                problem=problem,
                trouble_starts_at=_iso(start),
                problem_event_ids=ids,
            )
        elif i < 49:
            churn_langs = ["fr"] * 5 + ["de"] * 3 + ["es"] * 2 + ["en"] * 2
            p = f.person(churn_langs[i - 37])
            base = rng.randrange(3, 6)
            happy_history(f, p, range(base), 0.9)
            start = f.daytime(base)
            ids = slide(f, p, start, rng.uniform(3, 8) * 24, rng.randrange(6, 10))
            f.truth(
                p,
                "slow_churner",
                ["sentiment_drop"],
                [CHURN, COMPETITOR, DETRACTOR, SILENCE, HVAR, "repeat_contact"],
                trouble_starts_at=_iso(start),
                slide_event_ids=ids,
            )
        elif i < 59:
            p = f.person(rng.choice(["fr", "en"]))
            for day in rng.sample(range(14), rng.randrange(3, 7)):
                f.add(
                    p,
                    f.daytime(day),
                    "survey",
                    rng.choice(SHORT_ODD),
                    nps=rng.choice([9, 10]),
                    csat=5,
                    dress=False,
                )
            f.mood(p, f.daytime(rng.randrange(14)), 2)
            f.truth(p, "short_surveys", [], [])
        elif i < 67:
            p = f.person(rng.choice(["fr", "en"]))
            happy_history(f, p, range(14), 0.6)
            t = f.daytime(rng.randrange(4, 12))
            f.add(p, t, rng.choice(["email", "chat", "phone"]), rng.choice(BAD_DAY[p.lang]))
            f.add(
                p,
                t + timedelta(hours=rng.uniform(3, 20)),
                "email",
                rng.choice(BAD_DAY_AFTER[p.lang]),
            )
            f.truth(p, "one_bad_day", [], [], bad_day_at=_iso(t))
        elif i < 75:
            p = f.person(rng.choice(["fr", "en"]))
            happy_history(f, p, range(14), 0.6)
            sarcasm = MOOD[p.lang][-2][3]
            f.add(p, f.daytime(rng.randrange(3, 12)), "social" if p.handle else "chat", sarcasm)
            f.truth(p, "one_sarcastic_remark", [], [])
        else:
            p = f.person("fr")
            problem = rng.choice(sorted(PROBLEMS))
            happy_history(f, p, range(14), 0.4)
            t = f.daytime(rng.randrange(2, 11))
            f.problem(p, t, problem, 0, rng.choice(["email", "phone", "chat"]))
            t += timedelta(hours=rng.uniform(2, 10))
            f.add(p, t, rng.choice(["email", "chat"]), RESOLVED[problem]["fr"])
            t += timedelta(hours=rng.uniform(20, 70))
            f.mood(p, t, rng.choice([0, 2]))
            f.truth(p, "resolved_between", [], [], problem=problem)
    return f


def _iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


FAMILIES = [
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    topic_spike,
    b2b_accounts,
    bilingual,
]


def main() -> None:
    for build in FAMILIES:
        family = build()
        summary = family.write()
        expected: dict[str, int] = {}
        for entry in family.customers.values():
            for rule in entry["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for entry in family.accounts.values():
            for rule in entry["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if family.spike:
            expected["topic_spike"] = 1
        print(summary, dict(sorted(expected.items())))


if __name__ == "__main__":
    main()
