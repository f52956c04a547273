"""Families about the whole stream: a quiet weekend, one planted spike, business accounts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import wording as w
import wording_b2b as b
from acts import complaint, fill, habit_hour, happy_touch, pick_lang, spread
from story import Story

PROBLEM_KEYS = tuple(w.PROBLEMS)
B2B_TOLERATED = (
    "account_risk",
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def calm(st: Story, count: int, days: float, grumble_every: int) -> list[str]:
    """``count`` customers, 1-4 touchpoints each in the day; one in ``grumble_every`` grumbles."""
    keys = []
    for i in range(count):
        lang = pick_lang(st)
        if i % grumble_every == grumble_every - 1:
            problem = st.rng.choice(PROBLEM_KEYS)
            key = st.customer(lang, "grumbles_once", habit="day", problem=problem)
            when = st.at(st.rng.uniform(0, days), habit_hour(st, "day"), lang)
            complaint(st, key, when, problem)
        else:
            key = st.customer(lang, "happy", habit="day")
            for when in spread(st, key, 0, days, st.rng.randint(1, 4), "day"):
                happy_touch(st, key, when)
        keys.append(key)
    return keys


def quiet_hours(seed: int) -> Story:
    st = Story(
        "quiet_hours",
        "QH",
        "a calm weekend, small bursts at night, no spike",
        datetime(2026, 2, 13, tzinfo=UTC),
        3,
        seed,
    )
    calm(st, 214, 3, 9)
    # Each night three small bursts of night owls (vet nurses, worried owners) within minutes.
    for night in range(3):
        for burst in range(3):
            centre = st.start + timedelta(
                days=night + 1, hours=0.5 + burst * 1.4 + st.rng.uniform(0, 0.6)
            )
            for _ in range(4):
                lang = pick_lang(st)
                key = st.customer(lang, "night_owl", habit="night", burst_at=centre.isoformat())
                when = centre + timedelta(minutes=st.rng.uniform(0, 10))
                if st.rng.random() < 0.5:
                    st.add(key, when, "chat", fill(st.rng.choice(w.QUESTION[lang]), st, key, lang))
                    st.add(
                        key, when + timedelta(minutes=6), "chat", w.AGENT[lang][0], outbound=True
                    )
                else:
                    happy_touch(st, key, when)
    return st


def topic_spike(seed: int) -> Story:
    st = Story(
        "topic_spike",
        "TS",
        "one planted spike (invoice upload error Z-413) in a calm stream",
        datetime(2026, 2, 23, tzinfo=UTC),
        7,
        seed,
    )
    regulars = calm(st, 300, 7, 10)
    happy = [k for k in regulars if st.customers[k]["persona"] == "happy"]
    reporters = st.rng.sample(happy, 24)
    for _ in range(12):
        reporters.append(st.customer(pick_lang(st), "happy", habit="evening"))
    start = datetime(2026, 2, 26, 19, 10, tzinfo=UTC)
    channels = ("web", "chat", "email", "social", "community")
    event_ids, repeat_ids = [], []
    last = start
    for j, key in enumerate(reporters):
        cust = st.customers[key]
        lang = cust["language"]
        when = start + timedelta(minutes=0 if j == 0 else st.rng.uniform(0, 42))
        last = max(last, when)
        channel = channels[j % len(channels)]
        eid = st.add(key, when, channel, st.rng.choice(w.SPIKE[lang]))
        event_ids.append(eid)
        repeat = j % 4 == 1
        cust.update(
            persona="spike_repeater" if repeat else "spike_reporter",
            in_spike=True,
            spike_event_id=eid,
        )
        cust["expected_rules"] = ["repeat_contact"] if repeat else []
        cust["tolerated_rules"] = ["silence"]
        if repeat:
            later = when + timedelta(minutes=st.rng.uniform(20, 90))
            other = channels[(j + 2) % len(channels)]
            rid = st.add(key, later, other, w.SPIKE_AGAIN[lang])
            cust["repeat_event_id"] = rid
            repeat_ids.append(rid)
        if j % 3 == 0:
            st.add(key, when + timedelta(hours=2.5), "email", w.AGENT[lang][0], outbound=True)
    # Two lone upload complaints in the calm days before: not a spike.
    for day in (1.4, 2.7):
        lang = pick_lang(st)
        key = st.customer(lang, "grumbles_once", habit="day", problem="upload")
        st.add(key, st.at(day, 14.0, lang), "chat", w.SPIKE[lang][1])
    st.spike = {
        "topic": "claim upload",
        "about": "invoice photo upload in the app fails with error Z-413 (app, claims, technical)",
        "channel": None,
        "start": start.isoformat(),
        "end": last.isoformat(),
        "customers": len(reporters),
        "event_ids": event_ids,
        "repeat_event_ids": repeat_ids,
    }
    return st


def office_time(st: Story, day: float, lang: str) -> datetime:
    """A weekday in office hours."""
    d = int(day)
    while (st.start + timedelta(days=d)).weekday() >= 5:
        d += 1
    return st.at(d, st.rng.uniform(8.5, 17.5), lang)


def b2b_accounts(seed: int) -> Story:
    st = Story(
        "b2b_accounts",
        "BB",
        "Zampa Pro accounts, several unhappy contacts in some",
        datetime(2026, 2, 2, tzinfo=UTC),
        14,
        seed,
    )
    kinds = ["at_risk"] * 10 + ["one_unhappy"] * 8 + ["mild"] * 2 + ["happy"] * 10
    for a, kind in enumerate(kinds):
        lang, company = b.COMPANIES[a % len(b.COMPANIES)]
        account = f"PRO-{lang.upper()}-{4100 + a * 7}"
        size = st.rng.randint(4, 7)
        problem = tuple(b.B2B_PROBLEMS)[a % len(b.B2B_PROBLEMS)]
        unhappy = {"at_risk": st.rng.randint(3, 4), "one_unhappy": 1}.get(kind, 0)
        trouble = st.rng.uniform(5, 9)
        contacts, unhappy_keys = [], []
        for c in range(size):
            clang = lang if c < size - 1 else "en"
            role = ("owner", "office", "vet", "manager", "accounts", "staff", "staff")[c]
            if c < unhappy:
                nps = c % 2 == 0
                still = c == 1 or (kind == "one_unhappy" and a % 3 == 0)
                expected = (["detractor"] if nps else []) + (["repeat_contact"] if still else [])
                tolerated = B2B_TOLERATED if kind == "at_risk" else B2B_TOLERATED[1:]
                key = st.customer(
                    clang,
                    "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy",
                    tuple(expected),
                    tolerated,
                    account,
                    company=company,
                    role=role,
                )
                unhappy_keys.append(key)
                for when in [
                    office_time(st, d, clang)
                    for d in sorted(st.rng.uniform(0, 4) for _ in range(2))
                ]:
                    st.add(key, when, "email", st.rng.choice(b.B2B_ROUTINE[clang]))
                when = st.at(trouble + st.rng.uniform(0, 3.5), st.rng.uniform(8, 20), clang)
                p = b.B2B_PROBLEMS[problem][clang]
                text = st.rng.choice(b.B2B_COMPLAINT[clang]).replace("{p}", p)
                ids = [st.add(key, when, st.rng.choice(("email", "phone", "web")), text)]
                if nps:
                    score = st.rng.randint(1, 5)
                    st.customers[key]["nps_given"] = score
                    st.add(key, when + timedelta(hours=3), "survey", None, scores={"nps": score})
                if still:
                    later = when + timedelta(hours=st.rng.uniform(18, 40))
                    ids.append(st.add(key, later, "chat", b.B2B_STILL[clang].replace("{p}", p)))
                st.customers[key]["complaint_event_ids"] = ids
            else:
                mild = kind == "mild" and c < 2
                key = st.customer(
                    clang,
                    "b2b_mild" if mild else "b2b_happy",
                    (),
                    (),
                    account,
                    company=company,
                    role=role,
                )
                times = [
                    office_time(st, st.rng.uniform(0, 13), clang)
                    for _ in range(st.rng.randint(2, 5))
                ]
                for j, when in enumerate(sorted(times)):
                    if mild and j == 0:
                        st.add(key, when, "web", b.B2B_MILD[clang])
                    elif j % 2:
                        st.add(key, when, "email", st.rng.choice(b.B2B_ROUTINE[clang]))
                    else:
                        happy_touch(st, key, when)
            contacts.append(key)
        at_risk = kind == "at_risk"
        st.accounts[account] = {
            "company": company,
            "contacts": contacts,
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if unhappy_keys else None,
            "trouble_starts_at": (st.start + timedelta(days=int(trouble))).isoformat()
            if at_risk
            else None,
        }
    return st
