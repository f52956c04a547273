"""Families about streams and groups: quiet hours, business accounts, bilingual, the spike."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import acts
import wording as w
from families_people import REPEAT_TOLERATED, _repeat_story, in_turn, lang_of
from story import Story, iso

B2B_COMPLAINER_TOLERATED = {
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
}
SURNAMES = (
    "Moreau",
    "Ferreira",
    "Hollis",
    "Ibarra",
    "Kessler",
    "Bianchi",
    "Lacombe",
    "Saraiva",
    "Whitby",
)


def quiet_hours(seed: int) -> tuple[Story, str]:
    s = Story("quiet_hours", "QH", seed, datetime(2026, 2, 19), 3)
    for i in range(214):
        grumbler = i % 9 == 4 and i < 216
        p = s.person(lang_of(i), "grumbles_once" if grumbler else "happy")
        n = s.rng.randint(1, 4)
        grumble_at = s.rng.randrange(n) if grumbler else -1
        for k in range(n):
            at = s.local(p, s.rng.randint(0, 2), s.rng.uniform(8.0, 21.0))
            if k == grumble_at:
                problem = s.rng.choice(w.PROBLEM_IDS)
                ch = s.rng.choice(("email", "social", "chat"))
                p.extra.update(
                    problem=problem, grumble_event_id=acts.complaint(s, p, at, problem, ch, p.lang)
                )
            else:
                acts.happy_act(s, p, at, p.lang)
        acts.clean_extra(p)
    owls = 0
    for night in range(3):
        starts: list[float] = []
        while len(starts) < 4:
            h = s.rng.uniform(0.5, 4.17)
            if all(abs(h - o) > 0.6 for o in starts):
                starts.append(h)
        for h in sorted(starts):
            burst = datetime(2026, 2, 19, tzinfo=UTC) + timedelta(days=night, hours=h)
            for _ in range(3):
                p = s.person(lang_of(owls + 1), "night_owl")
                owls += 1
                p.extra["burst_at"] = iso(burst)
                at = burst + timedelta(minutes=s.rng.uniform(0, 9.5))
                if s.rng.random() < 0.5:
                    s.add(p, at, "chat", "chat", w.NIGHT[p.lang][1])
                    s.agent(
                        p,
                        at + timedelta(minutes=s.rng.randint(2, 8)),
                        w.AGENT_ANSWER,
                        channel="chat",
                    )
                else:
                    ch = s.rng.choice(("social", "community"))
                    s.add(p, at, ch, "post", w.NIGHT[p.lang][0])
                if s.rng.random() < 0.4:
                    acts.happy_act(s, p, s.local(p, night, s.rng.uniform(10.0, 20.0)), p.lang)
    grumblers = sum(1 for p in s.people if p.persona == "grumbles_once")
    return s, (
        f"a calm, low-volume three days (Thu 19 to Sat 21 Feb 2026): 214 customers with 1-4 acts "
        f"in the day ({grumblers} grumble once about a problem); each night four bursts of three "
        "night owls within ten minutes between 00:30 and 04:20 UTC (36 owls: a chat question "
        "answered by an agent, or a happy post). No spike"
    )


def _weekday_hour(s: Story, day: int) -> tuple[int, float]:
    start = datetime(2026, 3, 2)
    while (start + timedelta(days=day)).weekday() >= 5:
        day += 1
    return day, s.rng.uniform(9.0, 17.5)


def b2b_accounts(seed: int) -> tuple[Story, str]:
    s = Story("b2b_accounts", "BB", seed, datetime(2026, 3, 2), 14)
    kinds = ["at_risk"] * 7 + ["one_unhappy"] * 6 + ["mild"] * 3 + ["happy"] * 10
    s.rng.shuffle(kinds)
    for a, kind in enumerate(kinds):
        lang = lang_of(a)
        account = f"PRO-{w.COUNTRY[lang]}-{4100 + a * 7}"
        company = f"{s.rng.choice(w.COMPANY_WORDS[lang])} {s.rng.choice(SURNAMES)}"
        size = s.rng.randint(4, 6) if kind == "at_risk" else s.rng.randint(3, 5)
        people = [s.person(lang, "b2b_happy", account) for _ in range(size)]
        for p in people:
            p.extra.update(company=company, role=s.rng.choice(w.ROLES))
            for _ in range(s.rng.randint(2, 4)):
                day, hour = _weekday_hour(s, s.rng.randint(0, 13))
                if day > 13:
                    continue
                at = s.local(p, day, hour)
                if s.rng.random() < 0.8:
                    ch = s.rng.choice(("email", "web", "phone"))
                    tp_kind = "call" if ch == "phone" else "message"
                    s.add(p, at, ch, tp_kind, s.rng.choice(w.B2B_ROUTINE[lang]))
                else:
                    s.add(p, at, "survey", "survey_response", None, nps=s.rng.choice((9, 10)))
        entry = {
            "company": company,
            "contacts": size,
            "contact_keys": [p.key for p in people],
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
        }
        problem = s.rng.choice(tuple(w.B2B_PROBLEMS))
        if kind == "at_risk":
            start_day = s.rng.randint(2, 7)
            trouble = s.local(people[0], start_day, 7.0)
            unhappy = people[:3]
            for n, p in enumerate(unhappy):
                at = trouble + timedelta(
                    hours=s.rng.uniform(0.5, 20.0) + n * s.rng.uniform(8.0, 24.0)
                )
                ch = "email" if n == 2 else s.rng.choice(("email", "phone", "chat", "web"))
                at = s.office_hours(p, at) if ch == "phone" else at
                text = w.B2B_PROBLEMS[problem][lang]
                if n > 0:
                    text = w.B2B_ALSO[lang][n - 1] + text[0].lower() + text[1:]
                if ch == "phone":
                    text = acts.call_text(lang, text)
                ids = [s.add(p, at, ch, acts.COMPLAINT_KIND[ch], text)]
                p.persona = "b2b_unhappy"
                p.tolerated |= B2B_COMPLAINER_TOLERATED | {"account_risk"}
                if n < 2:
                    score = s.rng.randint(1, 5)
                    p.extra["nps_given"] = score
                    ids.append(
                        s.add(
                            p,
                            at + timedelta(hours=s.rng.uniform(1.0, 4.0)),
                            "survey",
                            "survey_response",
                            None,
                            nps=score,
                        )
                    )
                    p.expected.add("detractor")
                else:
                    later = at + timedelta(hours=s.rng.uniform(20.0, 40.0))
                    ids.append(
                        s.add(
                            p,
                            later,
                            "email",
                            "message",
                            w.B2B_STILL[lang],
                            subject=w.REPLY_PREFIX[lang] + "Ondalto Pro",
                        )
                    )
                    p.expected.add("repeat_contact")
                    p.tolerated.discard("repeat_contact")
                p.extra["complaint_event_ids"] = ids
            entry.update(
                unhappy_contacts=3,
                unhappy_contact_keys=[p.key for p in unhappy],
                same_problem=problem,
                trouble_starts_at=iso(trouble),
            )
        elif kind == "one_unhappy":
            p = people[s.rng.randrange(size)]
            at = s.local(p, s.rng.randint(1, 12), s.rng.uniform(7.5, 21.0))
            ids = [
                s.add(
                    p, at, "email", "message", w.B2B_PROBLEMS[problem][lang], subject="Ondalto Pro"
                )
            ]
            score = s.rng.randint(1, 5)
            ids.append(
                s.add(
                    p,
                    at + timedelta(hours=s.rng.uniform(1.0, 5.0)),
                    "survey",
                    "survey_response",
                    None,
                    nps=score,
                )
            )
            p.persona = "b2b_one_unhappy"
            p.extra.update(nps_given=score, complaint_event_ids=ids)
            p.expected.add("detractor")
            p.tolerated |= B2B_COMPLAINER_TOLERATED
            entry.update(unhappy_contacts=1, unhappy_contact_keys=[p.key], same_problem=problem)
        elif kind == "mild":
            mild = s.rng.sample(people, 2)
            for p in mild:
                day, hour = _weekday_hour(s, s.rng.randint(0, 11))
                p.persona = "b2b_mild"
                p.extra["complaint_event_ids"] = [
                    s.add(p, s.local(p, day, hour), "email", "message", w.B2B_MILD[lang])
                ]
            entry.update(unhappy_contacts=0, unhappy_contact_keys=[])
            entry.pop("same_problem")
        s.accounts[account] = entry
    return s, (
        "26 Ondalto Pro accounts over two weeks: 7 where 3 contacts complain about the account's "
        "one problem within about three days (two also give an NPS of 1-5; the third writes "
        "again 20-40 h later that it is still not fixed and they look at other providers); 6 where "
        "one contact complains and gives an NPS of 1-5; 3 where two contacts each make one mild "
        "remark; 10 happy; routine messages on weekdays in office hours"
    )


PAIRS = (
    ("fr", "pt"),
    ("pt", "fr"),
    ("fr", "en"),
    ("pt", "es"),
    ("en", "de"),
    ("es", "it"),
    ("de", "fr"),
    ("it", "pt"),
)


def bilingual(seed: int) -> tuple[Story, str]:
    s = Story("bilingual", "BL", seed, datetime(2026, 2, 23), 12)
    plan = ["happy"] * 40 + ["repeat"] * 12 + ["slide"] * 8 + ["bad_day"] * 10 + ["resolved"] * 6
    for i, kind in enumerate(plan):
        pair = PAIRS[i % len(PAIRS)]
        persona = {
            "happy": "happy",
            "repeat": "repeat_contact",
            "slide": "slow_churner",
            "bad_day": "happy_one_bad_day",
            "resolved": "resolved_between_contacts",
        }[kind]
        p = s.person(pair[0], persona)
        p.extra["languages"] = list(pair)
        if kind == "happy":
            acts.happy_acts(s, p, s.rng.randint(5, 9), 0, 11)
        elif kind == "repeat":
            acts.happy_acts(s, p, s.rng.randint(1, 3), 0, 1, gripe_chance=0)
            _repeat_story(
                s,
                p,
                s.rng.randint(2, 8),
                s.rng.choice((2, 2, 3, 4)),
                in_turn(pair),
            )
            p.expected.add("repeat_contact")
            p.tolerated |= REPEAT_TOLERATED
        elif kind == "slide":
            acts.happy_acts(s, p, 5, 0, 3, gripe_chance=0)
            start = s.local(p, s.rng.randint(4, 6), s.rng.uniform(9.0, 19.0))
            span = s.rng.choice((3.0, 4.0, 5.0))
            ids = []
            for step in range(6):
                lang = pair[step % 2]
                at = start + timedelta(days=span * step / 5, hours=s.rng.uniform(-2.0, 2.0))
                ch = s.rng.choice(("social", "email", "chat", "community"))
                ids.append(s.add(p, at, ch, acts.COMPLAINT_KIND[ch], w.SLIDE[lang][step]))
            p.extra.update(slide_event_ids=ids, slide_days=span)
            p.expected.add("sentiment_drop")
            p.tolerated |= {
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            }
        elif kind == "bad_day":
            acts.happy_acts(s, p, s.rng.randint(5, 8), 0, 11, gripe_chance=0)
            problem = s.rng.choice(w.PROBLEM_IDS)
            at = s.local(p, s.rng.randint(3, 9), s.rng.uniform(9.0, 20.0))
            eid = acts.complaint(
                s, p, at, problem, s.rng.choice(("email", "social", "chat")), pair[1]
            )
            s.agent(p, at + timedelta(hours=2), w.AGENT_FIXED, ref=s._ref())
            p.extra.update(problem=problem, bad_day_at=iso(at), bad_day_event_id=eid)
        else:
            acts.happy_acts(s, p, s.rng.randint(2, 4), 0, 11, gripe_chance=0)
            problem = s.rng.choice(w.PROBLEM_IDS)
            at = s.local(p, s.rng.randint(1, 8), s.rng.uniform(9.0, 19.0))
            first = acts.complaint(s, p, at, problem, "email", pair[0])
            fixed = at + timedelta(hours=s.rng.uniform(4.0, 18.0))
            s.agent(p, fixed, w.AGENT_FIXED, ref=s._ref())
            ok = s.add(
                p,
                fixed + timedelta(hours=s.rng.uniform(1.0, 6.0)),
                "chat",
                "chat",
                s.rng.choice(w.FIXED_OK[pair[1]]),
            )
            p.extra.update(problem=problem, problem_event_ids=[first, ok])
            p.tolerated.add("silence")
        acts.clean_extra(p)
    return s, (
        "76 customers writing in two languages over twelve days (pairs fr/pt, pt/fr, fr/en, "
        "pt/es, en/de, es/it, de/fr, it/pt): 40 happy alternating; 12 repeat contacts (2-4 "
        "times, alternating language); 8 slow churners (five happy acts, then the six-step slide "
        "over 3-5 days, alternating language); 10 with one bad day in their second language; 6 "
        "with a problem fixed and confirmed"
    )


SPIKE_CHANNELS = ("email", "chat", "social", "web", "community")


def topic_spike(seed: int) -> tuple[Story, str]:
    s = Story("topic_spike", "TS", seed, datetime(2026, 3, 6), 6)
    calm = []
    for i in range(290):
        grumbler = i % 10 == 7
        p = s.person(lang_of(i), "grumbles_once" if grumbler else "happy")
        n = s.rng.randint(1, 4)
        for k in range(n):
            at = s.local(p, s.rng.randint(0, 5), s.rng.uniform(8.0, 21.5))
            if grumbler and k == 0:
                problem = s.rng.choice(w.PROBLEM_IDS)
                p.extra.update(
                    problem=problem,
                    grumble_event_id=acts.complaint(
                        s, p, at, problem, s.rng.choice(("email", "social", "chat")), p.lang
                    ),
                )
            else:
                acts.happy_act(s, p, at, p.lang)
        acts.clean_extra(p)
        if not grumbler:
            calm.append(p)
    # Two lone SMS complaints in the calm days (Sat 7 and Sun 8 March): no spike.
    lone = s.rng.sample(calm, 22)
    for day, p in zip((1, 2), lone[:2], strict=True):
        at = s.local(p, day, s.rng.uniform(11.0, 16.0))
        p.persona = "grumbles_once"
        p.extra.update(
            problem="sms codes", grumble_event_id=s.add(p, at, "chat", "chat", w.SPIKE[p.lang][0])
        )
    reporters = lone[2:] + [s.person(lang_of(i + 3), "spike_reporter") for i in range(10)]
    s.rng.shuffle(reporters)
    spike_start = datetime(2026, 3, 10, 18, 5, tzinfo=UTC)
    first_ids: list[str] = []
    repeat_ids: list[str] = []
    times: list[datetime] = []
    for n, p in enumerate(reporters):
        at = spike_start + timedelta(
            minutes=35 * n / (len(reporters) - 1), seconds=s.rng.randint(0, 40)
        )
        at = min(at, spike_start + timedelta(minutes=35))
        times.append(at)
        ch = SPIKE_CHANNELS[n % len(SPIKE_CHANNELS)]
        text = s.rng.choice(w.SPIKE[p.lang]) + s.rng.choice(w.SPIKE_TAIL)
        eid = s.add(
            p,
            at,
            ch,
            acts.COMPLAINT_KIND[ch],
            text,
            subject="SMS" if ch in ("email", "web") else None,
        )
        first_ids.append(eid)
        p.persona = "spike_reporter"
        p.extra.update(in_spike=True, spike_event_id=eid, problem="sms codes")
        p.tolerated.add("silence")
        if n % 4 == 1 and len(repeat_ids) < 8:
            other = s.rng.choice([c for c in SPIKE_CHANNELS if c != ch])
            later = at + timedelta(minutes=s.rng.uniform(15.0, 60.0))
            rid = s.add(p, later, other, acts.COMPLAINT_KIND[other], w.SPIKE_AGAIN[p.lang])
            repeat_ids.append(rid)
            p.persona = "spike_repeater"
            p.extra["repeat_event_id"] = rid
            p.expected.add("repeat_contact")
            p.tolerated.add("sentiment_drop")
        elif n % 4 == 3:
            s.agent(p, at + timedelta(hours=2, minutes=s.rng.randint(0, 20)), w.SPIKE_AGENT)
    s.spike = {
        "topic": "sms codes",
        "about": "text messages (bank one-time codes) not arriving on Ondalto lines",
        "channel": None,
        "start": iso(min(times)),
        "end": iso(max(times)),
        "customers": len(reporters),
        "event_ids": first_ids,
        "repeat_event_ids": repeat_ids,
    }
    return s, (
        "a calm week of Ondalto (290 customers, 1-4 acts, one in ten grumbles once; two lone "
        "SMS complaints on Sat 7 and Sun 8 March) and one planted spike on Tuesday 10 March "
        "2026, 18:05-18:40 UTC: 30 customers (20 regulars, 10 new) report that text messages "
        "and bank codes do not arrive, in six languages, on e-mail, chat, social, web and "
        "community; 8 write again 15-60 minutes later on another channel (repeat_contact "
        "expected); others get an agent's e-mail two hours later"
    )
