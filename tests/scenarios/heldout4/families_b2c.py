"""Households: happy writers, one bad day, repeat contacts, slow churners."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import personas as ps
import wording_life as life
import wording_problems as wp
from scenario import Scenario, iso

#: The language mix of households (Iberia and Italy first).
LANG_WEIGHTS = (("pt", 28), ("es", 24), ("it", 18), ("de", 12), ("fr", 10), ("en", 8))
PROBLEM_NAMES = sorted(wp.PROBLEMS)
#: Rules a reasonable reader could raise for an angry customer, never required.
ANGRY_TOLERATED = {"churn_intent", "competitor_mention", "high_value_at_risk", "silence"}


def pick_lang(rng: random.Random) -> str:
    langs, weights = zip(*LANG_WEIGHTS, strict=True)
    return str(rng.choices(langs, weights)[0])


def pick_habit(rng: random.Random) -> str:
    return rng.choices(("day", "evening", "night", "weekend"), (62, 20, 10, 8))[0]


def happy_writers(seed: int) -> Scenario:
    sc = Scenario(
        "happy_writers", "frequent happy writers of an energy supplier", date(2026, 2, 28), 14, seed
    )
    rng = sc.rng
    for _ in range(55):
        p = sc.person(pick_lang(rng), "happy", habit=pick_habit(rng))
        p.info["style"] = "steady"
        ps.happy_life(sc, p, 0, 14, rng.randint(10, 22))
    for _ in range(15):
        p = sc.person(pick_lang(rng), "happy", habit=pick_habit(rng))
        p.info["style"] = "questions_in_one_sitting"
        for day in sorted(rng.sample(range(14), rng.randint(2, 3))):
            at = sc.moment(p, day)
            questions = rng.sample(life.QUESTIONS[p.lang], rng.randint(2, 3))
            for question, answer, _ in questions:
                sc.add(p, at, "chat", "chat", question)
                at += timedelta(minutes=rng.uniform(1, 8))
                sc.add(p, at, "chat", "chat", answer, outbound=True)
                at += timedelta(minutes=rng.uniform(1, 6))
            sc.add(p, at, "chat", "chat", questions[-1][2])
    for _ in range(15):
        p = sc.person(pick_lang(rng), "happy", habit=pick_habit(rng))
        p.info["style"] = "community_helper"
        for _ in range(rng.randint(8, 14)):
            at = sc.moment(p, rng.randrange(14))
            sc.add(p, at, "community", "post", rng.choice(life.HAPPY[p.lang]))
        ps.happy_life(sc, p, 0, 14, rng.randint(2, 5))
    for _ in range(15):
        p = sc.person(pick_lang(rng), "happy", guest=True, habit=pick_habit(rng))
        p.info["style"] = "guest_social_fan"
        for _ in range(rng.randint(5, 9)):
            at = sc.moment(p, rng.randrange(14))
            ps.contact(
                sc,
                p,
                at,
                "social",
                rng.choice(life.HAPPY[p.lang]),
                p.lang,
                kind=rng.choice(("post", "mention")),
            )
        question, answer, thanks = rng.choice(life.QUESTIONS[p.lang])
        at = sc.moment(p, rng.randrange(14))
        sc.add(p, at, "email", "message", question, subject=question[:40])
        answered = at + timedelta(hours=rng.uniform(1, 6))
        sc.add(p, answered, "email", "message", answer, outbound=True)
        if rng.random() < 0.5:
            sc.add(p, sc.later(p, answered, rng.uniform(0.5, 12)), "email", "message", thanks)
    return sc


def one_bad_day(seed: int) -> Scenario:
    sc = Scenario(
        "one_bad_day",
        "happy customers with one bad day (crosses summer time)",
        date(2026, 3, 11),
        19,
        seed,
    )
    rng = sc.rng
    for i in range(78):
        p = sc.person(pick_lang(rng), "happy_one_bad_day", habit=pick_habit(rng))
        ps.happy_life(sc, p, 0, 19, rng.randint(8, 14))
        day = rng.randrange(3, 17)
        p.info.update(ps.bad_day(sc, p, day, rng.choice(PROBLEM_NAMES)))
        if i < 20:
            # The survey sent after that contact: a low CSAT, scores only or one word.
            at = sc.later(p, sc.local(p, day, 21.0), rng.uniform(0.2, 1.5))
            sc.add(
                p,
                at,
                "survey",
                "survey_response",
                rng.choice((None, "mau", "nope", "-")),
                csat=rng.choice((1, 2)),
            )
            p.info["low_csat"] = True
        if 20 <= i < 48:
            at = sc.moment(p, day + 1)
            ps.contact(
                sc,
                p,
                at,
                ps.next_channel(sc, p, None),
                rng.choice(life.SORRY[p.lang]),
                p.lang,
                subject="Obrigado" if p.lang == "pt" else "Thanks",
            )
            p.info["sorry"] = True
        if 48 <= i < 66:
            p.persona = "one_bad_day_twice"
            p.tolerated |= {"repeat_contact"}
            problem = p.info["problem"]
            thing = wp.PROBLEMS[problem][p.lang]["thing"]
            text = rng.choice(wp.SECOND_TIME[p.lang]).format(thing=thing, first=p.first)
            # The same day, an hour or three after the first contact, on another channel.
            at = sc.later(p, _point_time(sc, p.info["bad_day_event_id"]), rng.uniform(0.5, 3.0))
            p.info["second_event_id"] = ps.contact(
                sc,
                p,
                at,
                ps.next_channel(sc, p, p.info["bad_day_channel"]),
                text,
                p.lang,
                subject="RE: " + str(wp.PROBLEMS[problem][p.lang]["subject"]),
            )
        if i >= 66:
            p.persona = "bad_day_detractor"
            p.expected.add("detractor")
            at = sc.later(p, _point_time(sc, p.info["bad_day_event_id"]), rng.uniform(1, 5))
            nps = rng.choice((2, 3, 4, 5, 6))
            sc.add(p, at, "survey", "survey_response", rng.choice((None, "bad")), nps=nps)
            p.info["nps_given"] = nps
    for _ in range(82):
        p = sc.person(pick_lang(rng), "happy", habit=pick_habit(rng))
        ps.happy_life(sc, p, 0, 19, rng.randint(8, 16))
    return sc


def _point_time(sc: Scenario, event_id: str) -> datetime:
    return next(pt.at for pt in sc.points if pt.event_id == event_id)


def repeat_contacts(seed: int) -> Scenario:
    sc = Scenario(
        "repeat_contacts",
        "one open problem raised again across channels",
        date(2026, 3, 19),
        10,
        seed,
    )
    rng = sc.rng
    counts = [2] * 8 + [3] * 10 + [4] * 10 + [5] * 8
    rng.shuffle(counts)
    for i, contacts in enumerate(counts):
        habit = "night" if i % 6 == 5 else rng.choice(("day", "day", "evening"))
        p = sc.person(pick_lang(rng), "repeat_contact", guest=i % 9 == 4, habit=habit)
        p.expected.add("repeat_contact")
        p.tolerated |= ANGRY_TOLERATED | {"sentiment_drop"}
        start_day = rng.randrange(1, 5)
        if rng.random() < 0.6:
            ps.happy_life(sc, p, 0, start_day, rng.randint(2, 5))
        gap = min(40.0, 110.0 / (contacts - 1))
        p.info.update(
            ps.problem_thread(
                sc,
                p,
                rng.choice(PROBLEM_NAMES),
                contacts,
                sc.moment(p, start_day),
                max_gap_h=gap,
                agent_fixed=contacts >= 3 and i % 5 == 0,
                says_fixed_after=i % 4 == 1,
            )
        )
        if i % 6 == 2:
            last = _point_time(sc, p.info["problem_event_ids"][-1])
            sc.add(
                p,
                last + timedelta(hours=rng.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                csat=1,
            )
    for i in range(16):
        p = sc.person(
            pick_lang(rng), "resolved_between_contacts", guest=i == 7, habit=pick_habit(rng)
        )
        first, second = rng.sample(PROBLEM_NAMES, 2)
        done = ps.fixed_problem(sc, p, first, sc.moment(p, rng.randrange(0, 4)))
        then = sc.later(p, done, rng.uniform(30, 90))
        if i % 2:
            ps.happy_touch(sc, p, then)
            p.info["then"] = "question"
        else:
            ps.fixed_problem(sc, p, second, then)
            p.info.update({"then": "another problem, also fixed", "second_problem": second})
        p.info["problem"] = first
    for _ in range(16):
        p = sc.person(pick_lang(rng), "different_problems", habit=pick_habit(rng))
        problems = rng.sample(PROBLEM_NAMES, rng.randint(2, 3))
        at = sc.moment(p, rng.randrange(0, 7))
        channel = None
        for problem in problems:
            channel = ps.next_channel(sc, p, channel)
            words = wp.PROBLEMS[problem][p.lang]
            ps.contact(
                sc,
                p,
                at,
                channel,
                rng.choice(words["complaints"]),
                p.lang,
                subject=str(words["subject"]),
            )
            at = sc.later(p, at, rng.uniform(6, 40))
        p.info["problems"] = problems
    for _ in range(10):
        p = sc.person(pick_lang(rng), "one_long_chat", habit=pick_habit(rng))
        ps.happy_life(sc, p, 0, 10, rng.randint(2, 5))
        problem = rng.choice(PROBLEM_NAMES)
        p.info.update(
            {
                "problem": problem,
                "chat_event_ids": ps.long_chat(sc, p, sc.moment(p, rng.randrange(10)), problem),
            }
        )
    for _ in range(30):
        p = sc.person(pick_lang(rng), "happy", habit=pick_habit(rng))
        ps.happy_life(sc, p, 0, 10, rng.randint(8, 16))
    return sc


def slow_churners(seed: int) -> Scenario:
    sc = Scenario(
        "slow_churners", "a slide from the customer's own good baseline", date(2026, 3, 5), 42, seed
    )
    rng = sc.rng
    paces = ["fast"] * 10 + ["medium"] * 10 + ["slow"] * 10
    rng.shuffle(paces)
    for i, pace in enumerate(paces):
        p = sc.person(pick_lang(rng), "slow_churner", habit=pick_habit(rng))
        p.expected.add("sentiment_drop")
        p.tolerated |= ANGRY_TOLERATED | {"repeat_contact"}
        span = {
            "fast": rng.uniform(48, 80),
            "medium": rng.uniform(120, 240),
            "slow": rng.uniform(288, 430),
        }[pace]
        last_start = 42 - int(span / 24) - 4
        start_day = rng.randrange(min(18, last_start - 1), last_start)
        ps.happy_life(sc, p, 0, start_day, rng.randint(5, 9))
        p.info.update(ps.slide(sc, p, sc.moment(p, start_day), span, rng.randint(5, 8)))
        p.info["pace"] = pace
        slide_end = _point_time(sc, p.info["slide_event_ids"][-1])
        if i < 10:
            at = sc.later(p, slide_end, rng.uniform(10, 60))
            ps.contact(
                sc,
                p,
                at,
                rng.choice(("email", "web", "phone")),
                life.CANCEL[p.lang],
                p.lang,
                subject="Cancelamento" if p.lang == "pt" else "Cancel",
            )
            p.info["cancellation_event_id"] = sc.add(
                p,
                at + timedelta(hours=rng.uniform(2, 30)),
                "web",
                "cancellation",
                None,
                attributes={"reason": "customer request"},
            )
            p.expected.add("churn_intent")
        elif i < 15:
            comp = rng.choice(life.COMPETITORS)
            ps.contact(
                sc,
                p,
                sc.later(p, slide_end, rng.uniform(5, 40)),
                "social",
                life.THINKING[p.lang].format(comp=comp),
                p.lang,
            )
            p.info["names_competitor"] = comp
        if i % 5 in (0, 2, 4) and i < 24:
            nps = rng.choice((1, 2, 3, 4, 5, 6)) if i % 5 != 4 else rng.choice((7, 8))
            mid = _point_time(sc, p.info["slide_event_ids"][len(p.info["slide_event_ids"]) // 2])
            sc.add(
                p,
                mid + timedelta(hours=rng.uniform(1, 6)),
                "survey",
                "survey_response",
                None,
                nps=nps,
            )
            p.info["nps_given"] = nps
            if nps <= 6:
                p.expected.add("detractor")
    for _ in range(6):
        p = sc.person(pick_lang(rng), "score_slider", habit=pick_habit(rng))
        p.tolerated |= {"sentiment_drop", "silence"}
        ps.happy_life(sc, p, 0, 20, rng.randint(5, 8))
        day = rng.randrange(21, 30)
        for k, csat in enumerate((4, 3, 2, 2, 1)):
            sc.add(p, sc.moment(p, day + 2 * k), "survey", "survey_response", None, csat=csat)
        p.info["scores_only_slide_from"] = iso(sc.local(p, day, 0))
    for _ in range(20):
        p = sc.person(pick_lang(rng), "happy", habit=pick_habit(rng))
        ps.happy_life(sc, p, 0, 42, rng.randint(10, 20))
    for i in range(12):
        p = sc.person(pick_lang(rng), "steadily_grumpy", habit=pick_habit(rng))
        p.tolerated |= {"repeat_contact", "silence"}
        ps.grumpy_life(sc, p, 0, 42, rng.randint(8, 14))
        if i < 5:
            nps = rng.choice((3, 4, 5))
            sc.add(
                p, sc.moment(p, rng.randrange(5, 40)), "survey", "survey_response", None, nps=nps
            )
            p.expected.add("detractor")
            p.info["nps_given"] = nps
    for _ in range(10):
        p = sc.person(pick_lang(rng), "recovers", habit=pick_habit(rng))
        p.tolerated |= {"repeat_contact", "silence"}
        ps.grumpy_life(sc, p, 0, 12, rng.randint(5, 7))
        ps.happy_life(sc, p, 14, 42, rng.randint(8, 12))
        p.info["recovered_at"] = iso(sc.local(p, 14, 0))
    for _ in range(8):
        p = sc.person(pick_lang(rng), "happy_one_sarcastic_remark", habit=pick_habit(rng))
        ps.happy_life(sc, p, 0, 42, rng.randint(8, 14))
        at = sc.moment(p, rng.randrange(5, 38))
        p.info["sarcasm_event_id"] = ps.contact(
            sc, p, at, "social", rng.choice(life.SARCASM[p.lang]), p.lang
        )
    return sc
