"""Write the eleventh blind alert set (Kontivo, a mobile bank): eight families.

Run from anywhere: ``python tests/scenarios/heldout10/make_heldout10.py``. Standard
library only and deterministic (seed 20260219): two runs give the same bytes.
See README.md for what the families hold and how the truth was decided.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from story10 import Person, Stream  # noqa: E402
from wording10 import (  # noqa: E402
    B2B_PROBLEMS,
    B2B_ROLES,
    COMPANIES,
    COMPETITORS,
    LANGS,
    PROBLEMS,
    W,
)

SEED = 20260219
WRITTEN = "2026-11-30, by a helper session, blind (see README.md)"
REPEAT_TOLERATED: tuple[str, ...] = ("sentiment_drop", "churn_intent", "competitor_mention")
REPEAT_TOLERATED += ("high_value_at_risk", "silence")
FOLLOW_CHANNELS = (
    ("chat", "chat"),
    ("phone", "call"),
    ("social", "post"),
    ("web", "ticket"),
    ("community", "post"),
    ("email", "message"),
)


def day0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def langs(s: Stream, n: int) -> list[str]:
    """German and Portuguese first, then English, French, Spanish, Italian."""
    weights = (26, 24, 16, 14, 11, 9)
    return [s.rng.choices(LANGS, weights)[0] for _ in range(n)]


def spread_days(s: Stream, count: int, first: int, last: int) -> list[int]:
    return sorted(s.rng.randint(first, last) for _ in range(count))


def happy_days(s: Stream, p: Person, count: int, first: int, last: int) -> None:
    for day in spread_days(s, count, first, last):
        s.happy_act(p, s.daytime(p, day))


def complaint(s: Stream, p: Person, problem: str, at: datetime, lang: str | None = None) -> str:
    """The first contact about ``problem``: an e-mail (sometimes long), a chat or a ticket."""
    lang = lang or p.lang
    subject, text = PROBLEMS[problem][lang]
    roll = s.rng.random()
    if roll < 0.2:
        body = s.rng.choice(W[lang]["long_email"]).format(complaint=text)
        return s.add(p, at, "email", "message", body, subject=subject)
    if roll < 0.6:
        return s.add(p, at, "email", "message", text, subject=subject)
    if roll < 0.8:
        return s.add(p, at, "chat", "chat", text)
    return s.add(p, at, "web", "ticket", text, subject=subject)


def follow_up(
    s: Stream, p: Person, at: datetime, nth: int, subject: str, channel: tuple[str, str], lang: str
) -> str:
    """A later contact about the same open problem; it does not repeat the topic words."""
    ch, kind = channel
    lines = W[lang]["again"]
    if ch in ("email", "web"):
        options = [x for x in lines if "{subject}" in x]
    else:
        options = [x for x in lines if "{subject}" not in x]
    fresh = [x for x in options if x not in p.used] or options
    line = s.rng.choice(fresh)
    p.used.add(line)
    text = line.format(subject=subject)
    if nth >= 3:
        text = f"{text} {W[lang]['third'][0]}"
    if ch == "email":
        return s.add(p, at, ch, kind, text, subject=f"{subject}")
    return s.add(p, at, ch, kind, text)


def follow_channels(s: Stream, p: Person, first: str, count: int) -> list[tuple[str, str]]:
    options = [c for c in FOLLOW_CHANNELS if c[0] != first]
    if not p.ids["handle"]:
        options = [c for c in options if c[0] not in ("social", "community")]
    s.rng.shuffle(options)
    return options[:count]


def channel_of(s: Stream, event_id: str) -> str:
    for _, _, rec in s.events:
        if rec["event_id"] == event_id:
            return str(rec["channel"])
    raise KeyError(event_id)


def repeat_story(
    s: Stream, p: Person, start_day: int, contacts: int, lang_of: list[str] | None = None
) -> None:
    """One problem that stays open, raised ``contacts`` times on new channels."""
    problem = s.rng.choice(sorted(PROBLEMS))
    langs_ = lang_of or [p.lang] * contacts
    at = s.daytime(p, start_day, 8.0, 19.0)
    first = complaint(s, p, problem, at, langs_[0])
    subject = PROBLEMS[problem][langs_[0]][0]
    ids = [first]
    channels = follow_channels(s, p, channel_of(s, first), contacts - 1)
    agent = s.rng.random() < 0.5
    for nth in range(2, contacts + 1):
        gap = timedelta(hours=s.rng.uniform(2.0, 40.0))
        if agent and nth == 2:
            wip = at + timedelta(hours=s.rng.uniform(0.5, 1.5))
            s.add(p, wip, "email", "message", s.pick(p, "agent_wip", langs_[0]), outbound=True)
            gap = max(gap, timedelta(hours=3))
        at = at + gap
        lang = langs_[(nth - 1) % len(langs_)]
        ids.append(follow_up(s, p, at, nth, subject, channels[nth - 2], lang))
    p.truth.update(problem=problem, contacts=contacts, problem_event_ids=ids)
    s.expect(p, "repeat_contact")
    s.tolerate(p, *REPEAT_TOLERATED)


def fixed_story(s: Stream, p: Person, problem: str, day: int, lang: str | None = None) -> list[str]:
    """A problem fixed by an agent, confirmed by the customer; returns the complaint id."""
    lang = lang or p.lang
    at = s.daytime(p, day, 8.0, 18.0)
    first = complaint(s, p, problem, at, lang)
    done = at + timedelta(hours=s.rng.uniform(2.0, 20.0))
    s.add(p, done, "email", "message", s.pick(p, "agent_done", lang), outbound=True)
    ok = done + timedelta(hours=s.rng.uniform(1.0, 5.0))
    thanks = s.add(p, ok, "chat", "chat", s.pick(p, "fixed", lang))
    return [first, thanks]


def slide_story(
    s: Stream, p: Person, start_day: int, span_days: float, lang_of: list[str] | None = None
) -> list[str]:
    """Six messages from lukewarm to done over ``span_days``, in the customer's language(s)."""
    ids = []
    comp = s.rng.choice(COMPETITORS)
    base = s.daytime(p, start_day, 9.0, 12.0)
    channels = [("social", "post"), ("chat", "chat"), ("email", "message"), ("web", "review")]
    if not p.ids["handle"]:
        channels = channels[1:]
    for step in range(6):
        lang = (lang_of or [p.lang])[step % len(lang_of or [p.lang])]
        at = base + timedelta(days=span_days * step / 5, minutes=s.rng.randint(-50, 50))
        text = W[lang]["slide"][step].format(comp=comp)
        ch, kind = s.rng.choice(channels)
        ids.append(s.add(p, at, ch, kind, text, subject="Kontivo" if ch == "email" else None))
    p.truth.update(slide_event_ids=ids, competitor=comp)
    s.expect(p, "sentiment_drop")
    s.tolerate(p, "repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk")
    s.tolerate(p, "silence")
    return ids


def bad_day(s: Stream, p: Person, day: int, lang: str | None = None) -> tuple[str, datetime]:
    lang = lang or p.lang
    at = s.daytime(p, day, 9.0, 20.0)
    if s.rng.random() < 0.3:
        ch, kind = ("social", "post") if p.ids["handle"] else ("chat", "chat")
        return s.add(p, at, ch, kind, s.pick(p, "really_complaint", lang)), at
    problem = s.rng.choice(sorted(PROBLEMS))
    p.truth["problem"] = problem
    return complaint(s, p, problem, at, lang), at


# -- families ------------------------------------------------------------------


def happy_writers() -> tuple[Stream, str]:
    s = Stream("happy_writers", "HW", day0(2026, 1, 12), 9, SEED + 1)
    ls = langs(s, 70)
    for i in range(48):
        p = s.person("happy", ls[i], habit="daytime")
        happy_days(s, p, s.rng.randint(6, 9), 0, 8)
    for i in range(48, 56):
        p = s.person("happy", ls[i], habit="night")
        for day in spread_days(s, s.rng.randint(4, 7), 0, 7):
            at = s.local(p, day, s.rng.uniform(23.2, 28.4))
            if s.rng.random() < 0.5:
                s.add(p, at, "chat", "chat", s.pick(p, "night"))
            else:
                s.happy_act(p, at)
    for i in range(56, 70):
        p = s.person("happy", ls[i], habit="surveys only", handle=False)
        for day in spread_days(s, s.rng.randint(3, 6), 0, 8):
            s.happy_survey(p, s.daytime(p, day))
    return s, "70 happy customers: daytime writers, night writers, survey-only"


def one_bad_day() -> tuple[Stream, str]:
    s = Stream("one_bad_day", "OB", day0(2026, 1, 26), 12, SEED + 2)
    ls = langs(s, 100)
    for i in range(100):
        if i < 78:
            persona = "happy_one_bad_day" if i < 66 else "bad_day_detractor"
        else:
            persona = "happy"
        p = s.person(persona, ls[i])
        happy_days(s, p, s.rng.randint(4, 7), 0, 11)
        if persona == "happy":
            continue
        day = s.rng.randint(3, 9)
        event, at = bad_day(s, p, day)
        p.truth.update(bad_day_at=at.strftime("%Y-%m-%dT%H:%M:%SZ"), bad_day_event_id=event)
        if 50 <= i < 66:
            later = at + timedelta(hours=s.rng.uniform(1.0, 3.0))
            csat = s.rng.choice((1, 2))
            s.add(p, later, "survey", "survey_response", None, scores={"csat": csat})
        if persona == "bad_day_detractor":
            later = at + timedelta(hours=s.rng.uniform(1.5, 2.5))
            nps = s.rng.randint(1, 6)
            text = None if s.rng.random() < 0.5 else s.pick(p, "really_complaint")
            sid = s.add(p, later, "survey", "survey_response", text, scores={"nps": nps})
            p.truth.update(nps_given=nps, survey_event_id=sid)
            s.expect(p, "detractor")
        if s.rng.random() < 0.5:
            nxt = s.daytime(p, day + 1, 9.0, 13.0)
            s.add(p, nxt, "chat", "chat", s.pick(p, "sorry"))
    return s, "66 happy customers with one bad day (16 with a CSAT of 1-2), 12 with an NPS"


def repeat_contacts() -> tuple[Stream, str]:
    s = Stream("repeat_contacts", "RC", day0(2026, 2, 4), 9, SEED + 3)
    ls = langs(s, 70)
    for i in range(26):
        p = s.person("repeat_contact", ls[i])
        happy_days(s, p, s.rng.randint(3, 5), 0, 8)
        repeat_story(s, p, s.rng.randint(1, 5), s.rng.choice((2, 2, 3, 3, 4)))
    for i in range(26, 38):
        p = s.person("resolved_between_contacts", ls[i])
        happy_days(s, p, s.rng.randint(3, 5), 0, 8)
        problem = s.rng.choice(sorted(PROBLEMS))
        ids = fixed_story(s, p, problem, s.rng.randint(1, 6))
        p.truth.update(problem=problem, problem_event_ids=ids)
        s.tolerate(p, "silence")
    for i in range(38, 46):
        p = s.person("different_problems", ls[i])
        happy_days(s, p, s.rng.randint(2, 4), 0, 8)
        first, second = s.rng.sample(sorted(PROBLEMS), 2)
        d1 = s.rng.randint(0, 3)
        ids = fixed_story(s, p, first, d1) + fixed_story(s, p, second, d1 + s.rng.randint(3, 5))
        p.truth.update(problems=[first, second], problem_event_ids=ids)
        s.tolerate(p, "silence")
    for i in range(46, 70):
        p = s.person("happy", ls[i], habit="frequent")
        happy_days(s, p, s.rng.randint(8, 12), 0, 8)
    return s, "26 open problems raised 2-4 times, 12 fixed, 8 with two fixed problems, 24 happy"


def slow_churners() -> tuple[Stream, str]:
    s = Stream("slow_churners", "SC", day0(2026, 2, 2), 32, SEED + 4)
    ls = langs(s, 55)
    spans = (3.0, 5.0, 7.0, 10.0)
    for i in range(22):
        p = s.person("slow_churner", ls[i])
        happy_days(s, p, s.rng.randint(5, 7), 0, 10)
        span = spans[i % 4]
        ids = slide_story(s, p, s.rng.randint(12, 18), span)
        p.truth["slide_days"] = span
        if i < 8:
            mid = s.rng.choice(ids[2:4])
            at = next(t for t, _, rec in s.events if rec["event_id"] == mid)
            nps = s.rng.randint(1, 5)
            sid = s.add(
                p, at + timedelta(hours=3), "survey", "survey_response", None, scores={"nps": nps}
            )
            p.truth.update(nps_given=nps, survey_event_id=sid)
            s.expect(p, "detractor")
    for i in range(22, 31):
        p = s.person("churner_cancels", ls[i])
        happy_days(s, p, s.rng.randint(4, 6), 0, 10)
        day = s.rng.randint(14, 24)
        ask = s.add(
            p,
            s.daytime(p, day),
            "email",
            "message",
            s.pick(p, "cancel_ask"),
            subject="Kontivo - closure / Schliessung / encerramento",
        )
        web = s.add(p, s.daytime(p, day + 1), "web", "cancellation", s.pick(p, "cancel_web"))
        p.truth.update(churn_intent_event_id=ask, cancellation_event_id=web)
        s.expect(p, "churn_intent")
        s.tolerate(p, "sentiment_drop", "competitor_mention", "high_value_at_risk", "silence")
    for i in range(31, 43):
        p = s.person("happy", ls[i], habit="steady")
        happy_days(s, p, s.rng.randint(7, 11), 0, 31)
    for i in range(43, 50):
        p = s.person("steadily_grumpy", ls[i])
        problems = sorted(PROBLEMS)
        s.rng.shuffle(problems)
        for n, day in enumerate(spread_days(s, s.rng.randint(5, 7), 0, 31)):
            at = s.daytime(p, day)
            if n % 2 == 0 and problems:
                complaint(s, p, problems.pop(), at)
            else:
                s.add(p, at, "chat", "chat", s.pick(p, "really_complaint"))
        s.tolerate(p, "repeat_contact", "silence")
    for i in range(50, 55):
        p = s.person("happy_one_sarcastic_remark", ls[i])
        happy_days(s, p, s.rng.randint(6, 9), 0, 31)
        sid = s.add(p, s.daytime(p, s.rng.randint(8, 25)), "social", "post", s.pick(p, "sarcasm"))
        p.truth["sarcasm_event_id"] = sid
    return s, "22 slow slides (8 with an NPS), 9 who cancel, 12 happy, 7 grumpy, 5 sarcastic"


def quiet_hours() -> tuple[Stream, str]:
    s = Stream("quiet_hours", "QH", day0(2026, 3, 13), 3, SEED + 5)
    ls = langs(s, 248)
    for i in range(212):
        grumbler = i % 10 == 3 and i < 200
        p = s.person("grumbles_once" if grumbler else "happy", ls[i])
        days = spread_days(s, s.rng.randint(1, 3), 0, 2)
        for n, day in enumerate(days):
            at = s.daytime(p, day, 9.0, 21.0)
            if grumbler and n == 0:
                problem = s.rng.choice(sorted(PROBLEMS))
                p.truth.update(problem=problem, problem_event_ids=[complaint(s, p, problem, at)])
            else:
                s.happy_act(p, at)
    owl = 212
    for night in range(3):
        for burst in range(3):
            base = s.start + timedelta(days=night, minutes=s.rng.randint(20, 60) + burst * 80)
            for _ in range(4):
                p = s.person("night_owl", ls[owl])
                owl += 1
                at = base + timedelta(minutes=s.rng.uniform(0, 10))
                p.truth["burst_at"] = base.strftime("%Y-%m-%dT%H:%M:%SZ")
                if s.rng.random() < 0.5:
                    s.add(p, at, "chat", "chat", s.pick(p, "night"))
                    reply = at + timedelta(minutes=s.rng.randint(4, 20))
                    s.add(p, reply, "chat", "chat", s.pick(p, "answer"), outbound=True)
                else:
                    s.add(p, at, "social", "post", s.pick(p, "praise"))
    return s, "a calm low-volume weekend with night bursts, no spike"


def b2b_accounts() -> tuple[Stream, str]:
    s = Stream("b2b_accounts", "BB", day0(2026, 3, 9), 12, SEED + 6)
    kinds = ["at_risk"] * 7 + ["one_unhappy"] * 5 + ["mild"] * 2 + ["happy"] * 6
    s.rng.shuffle(kinds)
    office_days = [d for d in range(12) if (s.start + timedelta(days=d)).weekday() < 5]
    for a, kind in enumerate(kinds):
        lang = langs(s, 1)[0]
        account = f"KB-{lang.upper()}-{4100 + a * 7}"
        contacts: list[Person] = []
        for c in range(s.rng.randint(4, 6) if kind == "at_risk" else s.rng.randint(3, 5)):
            p = s.person(
                "b2b_happy",
                lang,
                handle=s.rng.random() < 0.25,
                account_id=account,
                company=COMPANIES[a],
                role=B2B_ROLES[c % len(B2B_ROLES)],
            )
            contacts.append(p)
            for day in sorted(s.rng.sample(office_days, s.rng.randint(2, 4))):
                at = s.daytime(p, day, 8.5, 17.5)
                if s.rng.random() < 0.6:
                    s.add(p, at, "email", "message", s.pick(p, "b2b_routine"), subject=COMPANIES[a])
                else:
                    s.happy_act(p, at)
        info: dict[str, Any] = {
            "company": COMPANIES[a],
            "contacts": [p.key for p in contacts],
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
        }
        complainer_tol: tuple[str, ...] = ("sentiment_drop", "churn_intent", "competitor_mention")
        complainer_tol += ("high_value_at_risk", "silence")
        if kind in ("at_risk", "one_unhappy"):
            problem = s.rng.choice(sorted(B2B_PROBLEMS))
            subject, text = B2B_PROBLEMS[problem][lang]
            n = 3 if kind == "at_risk" else 1
            unhappy = contacts[:n]
            start_day = s.rng.randint(2, 6)
            at = s.daytime(unhappy[0], start_day, 8.0, 16.0)
            if kind == "at_risk":
                info["trouble_starts_at"] = (at - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
            info["same_problem"] = problem
            for k, p in enumerate(unhappy):
                if k:
                    at = at + timedelta(hours=s.rng.uniform(6.0, 36.0))
                ch = s.rng.choice(("email", "email", "phone", "web"))
                kind_ = {"email": "message", "phone": "call", "web": "ticket"}[ch]
                cid = s.add(p, at, ch, kind_, text, subject=subject if ch != "phone" else None)
                p.truth.update(
                    persona="b2b_unhappy" if n == 3 else "b2b_one_unhappy",
                    problem=problem,
                    complaint_event_ids=[cid],
                )
                s.tolerate(p, *complainer_tol)
                if n == 3:
                    s.tolerate(p, "account_risk")
                if k < 2:
                    nps = s.rng.randint(1, 5)
                    sid = s.add(
                        p,
                        at + timedelta(hours=s.rng.uniform(1, 4)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                    )
                    p.truth.update(nps_given=nps, survey_event_id=sid)
                    s.expect(p, "detractor")
                else:
                    later = at + timedelta(hours=s.rng.uniform(20.0, 40.0))
                    line = s.pick(p, "b2b_still").format(subject=subject)
                    rid = s.add(p, later, "email", "message", line, subject=subject)
                    p.truth["complaint_event_ids"].append(rid)
                    s.expect(p, "repeat_contact")
            info["unhappy_contacts"] = n
            info["unhappy_contact_keys"] = [p.key for p in unhappy]
        elif kind == "mild":
            for p in contacts[:2]:
                day = s.rng.choice(office_days)
                s.add(
                    p,
                    s.daytime(p, day, 9, 17),
                    "email",
                    "message",
                    s.pick(p, "b2b_mild"),
                    subject="Portal",
                )
                p.truth["persona"] = "b2b_mild"
            info["unhappy_contacts"] = 0
        s.accounts[account] = info
    return s, "20 business accounts: 7 at risk, 5 with one unhappy contact, 2 mild, 6 happy"


PAIRS = (
    ("de", "pt"),
    ("pt", "en"),
    ("en", "fr"),
    ("fr", "es"),
    ("es", "it"),
    ("it", "de"),
    ("de", "en"),
    ("pt", "es"),
)


def bilingual() -> tuple[Stream, str]:
    s = Stream("bilingual", "BL", day0(2026, 1, 15), 11, SEED + 7)
    plan = ["happy"] * 36 + ["repeat_contact"] * 12 + ["slow_churner"] * 9
    plan += ["happy_one_bad_day"] * 9 + ["resolved_between_contacts"] * 6
    for i, persona in enumerate(plan):
        pair = PAIRS[i % len(PAIRS)]
        p = s.person(persona, pair[0], languages=list(pair))
        days = spread_days(s, 5 if persona == "slow_churner" else s.rng.randint(4, 7), 0, 4)
        if persona in ("happy", "happy_one_bad_day"):
            days = spread_days(s, s.rng.randint(5, 8), 0, 10)
        for n, day in enumerate(days):
            s.happy_act(p, s.daytime(p, day), pair[n % 2])
        if persona == "repeat_contact":
            contacts = s.rng.choice((2, 3, 4))
            repeat_story(s, p, s.rng.randint(4, 7), contacts, [pair[0], pair[1]])
        elif persona == "slow_churner":
            slide_story(s, p, s.rng.randint(5, 6), s.rng.choice((3.0, 4.0, 5.0)), list(pair))
        elif persona == "happy_one_bad_day":
            event, at = bad_day(s, p, s.rng.randint(3, 9), pair[1])
            p.truth.update(bad_day_at=at.strftime("%Y-%m-%dT%H:%M:%SZ"), bad_day_event_id=event)
        elif persona == "resolved_between_contacts":
            problem = s.rng.choice(sorted(PROBLEMS))
            ids = fixed_story(s, p, problem, s.rng.randint(4, 8), pair[1])
            p.truth.update(problem=problem, problem_event_ids=ids)
            s.tolerate(p, "silence")
    return s, "72 customers writing in two languages each"


def topic_spike() -> tuple[Stream, str]:
    s = Stream("topic_spike", "TS", day0(2026, 2, 13), 7, SEED + 8)
    ls = langs(s, 270)
    calm: list[Person] = []
    for i in range(260):
        grumbler = i % 10 == 6
        p = s.person("grumbles_once" if grumbler else "happy", ls[i])
        for n, day in enumerate(spread_days(s, s.rng.randint(1, 4), 0, 6)):
            at = s.daytime(p, day)
            if grumbler and n == 0:
                problem = s.rng.choice(sorted(PROBLEMS))
                p.truth.update(problem=problem, problem_event_ids=[complaint(s, p, problem, at)])
            else:
                s.happy_act(p, at)
        if not grumbler:
            calm.append(p)
    # Two lone login complaints on the calm days before the spike.
    for day in (3, 4):
        p = s.person("grumbles_once", ls[258 + day], problem="login approval")
        at = s.daytime(p, day, 10.0, 15.0)
        p.truth["problem_event_ids"] = [s.add(p, at, "chat", "chat", s.pick(p, "spike"))]
    spike_start = s.start + timedelta(days=6, hours=16, minutes=5)
    regulars = s.rng.sample(calm, 20)
    new = [s.person("spike_reporter", ls[262 + k]) for k in range(8)]
    new += [s.person("spike_reporter", "de"), s.person("spike_reporter", "pt")]
    reporters = regulars + new
    s.rng.shuffle(reporters)
    channels = [
        ("chat", "chat"),
        ("social", "post"),
        ("email", "message"),
        ("web", "ticket"),
        ("community", "post"),
        ("phone", "call"),
    ]
    first_ids, again_ids = [], []
    times = sorted(s.rng.uniform(0, 33) for _ in reporters)
    times[0], times[-1] = 0.0, 33.0
    for k, (p, minute) in enumerate(zip(reporters, times, strict=True)):
        at = spike_start + timedelta(minutes=minute, seconds=s.rng.randrange(60))
        ch, kind = channels[k % len(channels)]
        eid = s.add(
            p, at, ch, kind, s.pick(p, "spike"), subject="AUTH-502" if ch == "email" else None
        )
        first_ids.append(eid)
        p.truth.update(persona="spike_reporter", in_spike=True, spike_event_id=eid)
        p.truth["expected_rules"], p.truth["tolerated_rules"] = [], ["silence"]
        if k < 8:
            ch2, kind2 = channels[(k + 1 + k % 3) % len(channels)]
            again = at + timedelta(minutes=s.rng.uniform(15, 70))
            rid = s.add(p, again, ch2, kind2, s.pick(p, "spike_again"))
            again_ids.append(rid)
            p.truth.update(persona="spike_repeater", repeat_event_id=rid)
            s.expect(p, "repeat_contact")
            s.tolerate(p, "sentiment_drop")
        elif k < 16:
            reply = at + timedelta(hours=2, minutes=s.rng.randint(0, 20))
            s.add(p, reply, "email", "message", s.pick(p, "agent_spike"), outbound=True)
    s.spike = {
        "topic": "app login approval",
        "about": "the app's login approval (push) never arrives, error AUTH-502",
        "channel": None,
        "start": "",
        "end": "",
        "customers": [p.key for p in reporters],
        "event_ids": first_ids,
        "repeat_event_ids": again_ids,
    }
    last = max(at for at, _, r in s.events if r["event_id"] in first_ids)
    first = min(at for at, _, r in s.events if r["event_id"] in first_ids)
    s.spike["start"] = first.strftime("%Y-%m-%dT%H:%M:%SZ")
    s.spike["end"] = last.strftime("%Y-%m-%dT%H:%M:%SZ")
    return s, "a calm week and one planted spike (login approval, AUTH-502)"


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
        stream, about = build()
        (HERE / f"{stream.family}.jsonl").write_text(stream.jsonl(), "utf-8")
        (HERE / f"{stream.family}.truth.json").write_text(stream.truth(about, WRITTEN), "utf-8")


if __name__ == "__main__":
    main()
