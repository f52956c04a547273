"""Families about single customers: happy writers, bad days, repeats, churners, bilinguals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import wording as w
from acts import again, complaint, fill, habit_hour, happy_survey, happy_touch, pick_lang, spread
from story import Story

REPEAT_TOLERATED = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
CHURN_TOLERATED = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
PROBLEM_KEYS = tuple(w.PROBLEMS)


def happy_writers(seed: int) -> Story:
    st = Story(
        "happy_writers", "HW", "frequent happy writers", datetime(2026, 1, 19, tzinfo=UTC), 12, seed
    )
    for i in range(85):
        lang = pick_lang(st)
        habit = "night" if 55 <= i < 70 else st.rng.choice(("day", "evening"))
        key = st.customer(lang, "happy", habit=habit)
        if i >= 70:  # survey answerers: one word, a score only
            for when in spread(st, key, 0, 12, st.rng.randint(5, 8), habit):
                happy_survey(st, key, when, lang)
            continue
        for when in spread(st, key, 0, 12, st.rng.randint(9, 16), habit):
            happy_touch(st, key, when)
    return st


def one_bad_day(seed: int) -> Story:
    st = Story(
        "one_bad_day",
        "BD",
        "happy customers with one bad day",
        datetime(2026, 1, 12, tzinfo=UTC),
        14,
        seed,
    )
    for i in range(147):
        lang = pick_lang(st)
        habit = st.rng.choice(("day", "day", "evening", "night"))
        if i >= 87:
            key = st.customer(lang, "happy", habit=habit)
            for when in spread(st, key, 0, 14, st.rng.randint(6, 11), habit):
                happy_touch(st, key, when)
            continue
        twice, detractor = 60 <= i < 75, i >= 75
        persona = (
            "bad_day_detractor"
            if detractor
            else "one_bad_day_twice"
            if twice
            else "happy_one_bad_day"
        )
        key = st.customer(
            lang,
            persona,
            expected=("detractor",) if detractor else (),
            tolerated=("repeat_contact",) if twice else (),
            habit=habit,
        )
        bad = st.rng.uniform(4, 9)
        for when in spread(st, key, 0, bad - 0.5, st.rng.randint(4, 7), habit):
            happy_touch(st, key, when)
        when = st.at(bad, habit_hour(st, habit), lang)
        channel = st.rng.choice(("chat", "phone", "social", "email"))
        st.customers[key]["bad_day_at"] = when.isoformat()
        st.customers[key]["bad_day_event_id"] = st.add(
            key, when, channel, st.rng.choice(w.BAD_DAY[lang])
        )
        if twice:
            later = when + timedelta(minutes=st.rng.randint(20, 150))
            st.add(key, later, "web", st.rng.choice(w.BAD_DAY[lang]))
        if detractor:
            nps = st.rng.randint(2, 5)
            st.customers[key]["nps_given"] = nps
            st.add(key, when + timedelta(hours=2), "survey", None, scores={"nps": nps})
        elif i % 3 == 0:
            st.add(
                key,
                when + timedelta(hours=1),
                "survey",
                "-",
                scores={"csat": st.rng.choice((1, 2))},
            )
        if i % 2 == 0:
            st.add(key, when + timedelta(hours=st.rng.uniform(14, 26)), "chat", w.SORRY[lang])
        for when in spread(st, key, bad + 1.2, 14, st.rng.randint(3, 5), habit):
            happy_touch(st, key, when)
    return st


def repeat_contacts(seed: int) -> Story:
    st = Story(
        "repeat_contacts",
        "RC",
        "one open problem raised again across channels",
        datetime(2026, 2, 4, tzinfo=UTC),
        10,
        seed,
    )
    for i in range(90):
        lang = pick_lang(st)
        habit = st.rng.choice(("day", "evening", "night"))
        if i < 36:
            problem = PROBLEM_KEYS[i % len(PROBLEM_KEYS)]
            n = (2, 2, 3, 3, 4)[i % 5]
            key = st.customer(
                lang,
                "repeat_contact",
                ("repeat_contact",),
                REPEAT_TOLERATED,
                habit=habit,
                problem=problem,
                contacts=n,
            )
            for when in spread(st, key, 0, 3, 3, habit):
                happy_touch(st, key, when)
            when = st.at(st.rng.uniform(3, 5), habit_hour(st, habit), lang)
            channels = st.rng.sample(("email", "phone", "chat", "web", "social"), n)
            ids = [complaint(st, key, when, problem, channels[0])]
            for nth in range(2, n + 1):
                if st.rng.random() < 0.5:
                    reply = when + timedelta(minutes=st.rng.randint(30, 240))
                    st.add(key, reply, channels[nth - 2], w.AGENT[lang][0], outbound=True)
                when = when + timedelta(hours=st.rng.uniform(3, 40))
                ids.append(again(st, key, when, problem, nth, channels[nth - 1]))
            st.customers[key]["problem_event_ids"] = ids
        elif i < 50:
            problem = PROBLEM_KEYS[i % len(PROBLEM_KEYS)]
            key = st.customer(
                lang,
                "resolved_between_contacts",
                tolerated=("silence",),
                habit=habit,
                problem=problem,
            )
            when = st.at(st.rng.uniform(0, 4), habit_hour(st, habit), lang)
            complaint(st, key, when, problem)
            st.add(key, when + timedelta(hours=st.rng.uniform(5, 30)), "chat", w.FIXED[lang][0])
            for when in spread(st, key, 6, 10, 2, habit):
                happy_touch(st, key, when)
        elif i < 64:
            first, second = st.rng.sample(PROBLEM_KEYS, 2)
            key = st.customer(
                lang,
                "different_problems",
                tolerated=("silence",),
                habit=habit,
                problems=[first, second],
            )
            when = st.at(st.rng.uniform(0, 3), habit_hour(st, habit), lang)
            complaint(st, key, when, first)
            st.add(key, when + timedelta(hours=st.rng.uniform(6, 20)), "email", w.FIXED[lang][0])
            when = when + timedelta(days=st.rng.uniform(2.5, 5))
            complaint(st, key, when, second)
            st.add(key, when + timedelta(hours=st.rng.uniform(6, 20)), "chat", w.FIXED[lang][0])
        else:
            key = st.customer(lang, "happy", habit=habit)
            for when in spread(st, key, 0, 10, st.rng.randint(8, 14), habit):
                happy_touch(st, key, when)
    return st


def slide(
    st: Story, key: str, start: float, span: float, habit: str, langs: tuple[str, ...]
) -> list[str]:
    """A fall from lukewarm to done: 5-7 lines of the slide, in order, over ``span`` days."""
    n = st.rng.randint(5, 7)
    picks = sorted(st.rng.sample(range(7), n))
    times = spread(st, key, start, start + span, n, habit)
    ids = []
    for j, (line, when) in enumerate(zip(picks, times, strict=True)):
        lang = langs[j % len(langs)]
        channel = st.rng.choice(("email", "chat", "social", "web", "phone"))
        ids.append(st.add(key, when, channel, w.SLIDE[lang][line]))
    return ids


def slow_churners(seed: int) -> Story:
    st = Story(
        "slow_churners",
        "SC",
        "a slow fall from a happy baseline",
        datetime(2026, 1, 5, tzinfo=UTC),
        35,
        seed,
    )
    for i in range(64):
        lang = pick_lang(st)
        habit = st.rng.choice(("day", "evening", "night"))
        if i < 30:
            cancels, nps = i < 10, (i % 5 in (1, 3) or i in (2, 7))
            expected = (
                ["sentiment_drop"]
                + (["churn_intent"] if cancels else [])
                + (["detractor"] if nps else [])
            )
            key = st.customer(lang, "slow_churner", tuple(expected), CHURN_TOLERATED, habit=habit)
            for when in spread(st, key, 0, 10, st.rng.randint(5, 8), habit):
                happy_touch(st, key, when)
            start, span = st.rng.uniform(12, 20), (2.2, 4.0, 7.0, 10.0)[i % 4]
            ids = slide(st, key, start, span, habit, (lang,))
            st.customers[key]["slide_event_ids"] = ids
            if nps:
                score = st.rng.randint(2, 5)
                st.customers[key]["nps_given"] = score
                st.add(
                    key, st.at(start + span / 2, 20.5, lang), "survey", None, scores={"nps": score}
                )
            if cancels:
                when = st.at(start + span + 0.6, habit_hour(st, "day"), lang)
                st.add(key, when, "email", w.CANCEL[lang])
                cid = st.add(key, when + timedelta(hours=2), "web", None, kind="cancellation")
                st.customers[key]["cancellation_event_id"] = cid
        elif i < 46:
            key = st.customer(lang, "happy", habit=habit)
            for when in spread(st, key, 0, 35, st.rng.randint(8, 14), habit):
                happy_touch(st, key, when)
        elif i < 56:
            key = st.customer(
                lang, "steadily_grumpy", tolerated=("repeat_contact", "silence"), habit=habit
            )
            for when in spread(st, key, 0, 35, st.rng.randint(6, 9), habit):
                st.add(
                    key,
                    when,
                    st.rng.choice(("email", "social", "chat")),
                    st.rng.choice(w.GRUMPY[lang]),
                )
        else:
            key = st.customer(lang, "happy_one_sarcastic_remark", habit=habit)
            times = spread(st, key, 0, 35, st.rng.randint(8, 12), habit)
            for j, when in enumerate(times):
                if j == len(times) // 2:
                    text = fill(w.SARCASM[lang], st, key, lang)
                    st.customers[key]["sarcasm_event_id"] = st.add(key, when, "social", text)
                else:
                    happy_touch(st, key, when)
    return st


def bilingual(seed: int) -> Story:
    st = Story(
        "bilingual",
        "BL",
        "customers writing in two languages",
        datetime(2026, 1, 20, tzinfo=UTC),
        12,
        seed,
    )
    pairs = list(w.MIXED)
    for i in range(102):
        pair = pairs[i % len(pairs)]
        habit = st.rng.choice(("day", "evening"))
        if i < 54:
            key = st.customer(pair[0], "happy", habit=habit, languages=list(pair))
            times = spread(st, key, 0, 12, st.rng.randint(6, 12), habit)
            for j, when in enumerate(times):
                if i < 10 and j == 2:
                    st.add(key, when, "community", w.MIXED[pair])
                elif i >= 36:
                    happy_survey(st, key, when, pair[j % 2])
                else:
                    happy_touch(st, key, when, pair[j % 2])
        elif i < 72:
            problem = PROBLEM_KEYS[i % len(PROBLEM_KEYS)]
            n = (2, 3, 3, 4)[i % 4]
            key = st.customer(
                pair[0],
                "repeat_contact",
                ("repeat_contact",),
                REPEAT_TOLERATED,
                habit=habit,
                languages=list(pair),
                problem=problem,
                contacts=n,
            )
            for when in spread(st, key, 0, 3, 3, habit):
                happy_touch(st, key, when)
            when = st.at(st.rng.uniform(3.5, 6), habit_hour(st, habit), pair[0])
            channels = st.rng.sample(("email", "phone", "chat", "web", "social"), n)
            ids = [complaint(st, key, when, problem, channels[0], pair[0])]
            for nth in range(2, n + 1):
                when = when + timedelta(hours=st.rng.uniform(2, 30))
                ids.append(
                    again(st, key, when, problem, nth, channels[nth - 1], pair[(nth - 1) % 2])
                )
            st.customers[key]["problem_event_ids"] = ids
        elif i < 84:
            nps = i % 3 == 0
            expected = ("sentiment_drop", "detractor") if nps else ("sentiment_drop",)
            key = st.customer(
                pair[0],
                "slow_churner",
                expected,
                CHURN_TOLERATED,
                habit=habit,
                languages=list(pair),
            )
            for j, when in enumerate(spread(st, key, 0, 4, st.rng.randint(5, 7), habit)):
                happy_touch(st, key, when, pair[j % 2])
            start = st.rng.uniform(5, 6.5)
            st.customers[key]["slide_event_ids"] = slide(
                st, key, start, st.rng.uniform(2.5, 5), habit, pair
            )
            if nps:
                st.customers[key]["nps_given"] = 3
                st.add(key, st.at(start + 2, 20.0, pair[0]), "survey", None, scores={"nps": 3})
        elif i < 94:
            key = st.customer(pair[0], "happy_one_bad_day", habit=habit, languages=list(pair))
            bad = st.rng.uniform(4, 8)
            for j, when in enumerate(spread(st, key, 0, bad - 0.5, 5, habit)):
                happy_touch(st, key, when, pair[j % 2])
            when = st.at(bad, habit_hour(st, habit), pair[1])
            st.customers[key]["bad_day_event_id"] = st.add(
                key, when, "chat", st.rng.choice(w.BAD_DAY[pair[1]])
            )
            for j, when in enumerate(spread(st, key, bad + 1.2, 12, 3, habit)):
                happy_touch(st, key, when, pair[j % 2])
        else:
            problem = PROBLEM_KEYS[i % len(PROBLEM_KEYS)]
            key = st.customer(
                pair[0],
                "resolved_between_contacts",
                tolerated=("silence",),
                habit=habit,
                languages=list(pair),
                problem=problem,
            )
            when = st.at(st.rng.uniform(1, 5), habit_hour(st, habit), pair[0])
            complaint(st, key, when, problem, lang=pair[0])
            st.add(key, when + timedelta(hours=st.rng.uniform(5, 30)), "chat", w.FIXED[pair[1]][0])
            for j, when in enumerate(spread(st, key, 7, 12, 2, habit)):
                happy_touch(st, key, when, pair[j % 2])
    return st
