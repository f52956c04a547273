"""Families about streams and accounts: quiet hours, B2B accounts, the planted spike."""

from __future__ import annotations

from datetime import timedelta

from families_people import LANG_MIX, NEW_CHANNEL
from problems import B2B_PROBLEMS, PROBLEMS
from story import Story
from wording import again

COMPLAINED = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def calm_customer(s: Story, k: str, days: range, grumble: bool) -> None:
    r = s.rng
    for day in sorted(r.choices(list(days), k=r.randint(1, 4))):
        s.happy_act(k, s.daytime(k, day))
    if grumble:
        ch, kind = r.choice(NEW_CHANNEL)
        p = s.problem(k, r.choice(list(PROBLEMS)))
        s.add(k, s.daytime(k, r.choice(list(days))), ch, kind, s.say(k, "complain", p=p))


def quiet_hours(s: Story) -> None:
    r = s.rng
    for i in range(214):
        grumble = i % 9 == 0
        k = s.person("grumbles_once" if grumble else "happy", r.choice(LANG_MIX), habit="daytime")
        calm_customer(s, k, range(3), grumble)
    for night in range(3):
        for _ in range(3):
            at = s.start + timedelta(days=night + 1, minutes=r.randint(30, 250))
            for _ in range(4):
                k = s.person("night_owl", r.choice(LANG_MIX), habit="night")
                t = at + timedelta(minutes=r.uniform(0, 10))
                s.customers[k]["burst_at"] = at.isoformat()
                if r.random() < 0.5:
                    s.add(k, t, "chat", "chat", s.say(k, "night"))
                    s.add(
                        k,
                        t + timedelta(minutes=r.randint(3, 12)),
                        "chat",
                        "chat",
                        s.say(k, "reply"),
                        outbound=True,
                    )
                else:
                    s.add(k, t, r.choice(["social", "web"]), "post", s.say(k, "praise"))


def b2b_accounts(s: Story) -> None:
    r = s.rng
    kinds = ["at_risk"] * 8 + ["one_unhappy"] * 6 + ["mild"] * 2 + ["happy"] * 8
    for n, kind in enumerate(kinds):
        lang = LANG_MIX[(n * 7) % len(LANG_MIX)]
        acc = f"FLT-{lang.upper()}-{100 + n * 13}"
        company = f"{r.choice(['Nordwind', 'Soleado', 'Brightway', 'Atelier', 'Ponte'])} {n}"
        contacts = [
            s.person(
                "b2b_happy",
                lang,
                acc,
                company=company,
                role=r.choice(["fleet manager", "office manager", "driver", "CFO"]),
            )
            for _ in range(r.randint(4, 6))
        ]
        for k in contacts:
            for day in sorted(r.sample(range(14), r.randint(2, 4))):
                at = s.local(k, day - day % 7 + min(day % 7, 4), r.uniform(9, 17.5))
                s.add(k, at, r.choice(["email", "web"]), "message", s.say(k, "routine"))
        problem = r.choice(list(B2B_PROBLEMS))
        unhappy: list[str] = []
        trouble = s.start + timedelta(days=r.randint(3, 8))
        if kind == "at_risk":
            unhappy = contacts[:3]
        elif kind == "one_unhappy":
            unhappy = contacts[:1]
        for j, k in enumerate(unhappy):
            at = trouble + timedelta(hours=r.uniform(8, 80))
            ch, kch = r.choice(NEW_CHANNEL)
            text = s.say(k, "complain", p=B2B_PROBLEMS[problem][lang])
            ids = [s.add(k, at, ch, kch, text)]
            s.customers[k].update(
                persona="b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy",
                problem=problem,
                complaint_event_ids=ids,
            )
            s.tolerate(k, *COMPLAINED)
            if kind == "at_risk":
                s.tolerate(k, "account_risk")
            if j < 2:
                s.add(
                    k,
                    at + timedelta(hours=r.uniform(1, 6)),
                    "survey",
                    "survey_response",
                    r.choice([None, "-", s.say(k, "looking")]),
                    scores={"nps": r.randint(1, 5)},
                )
                s.expect(k, "detractor")
            if kind == "at_risk" and j == 2:
                again_line = again(r, lang, 1).format(p=B2B_PROBLEMS[problem][lang])
                ids.append(
                    s.add(
                        k,
                        at + timedelta(hours=r.uniform(18, 40)),
                        "email",
                        "message",
                        again_line + " " + s.say(k, "looking"),
                    )
                )
                s.expect(k, "repeat_contact")
        if kind == "mild":
            for k in contacts[:2]:
                s.customers[k]["persona"] = "b2b_mild"
                s.add(
                    k,
                    trouble + timedelta(hours=r.uniform(8, 60)),
                    "web",
                    "message",
                    s.say(k, "mild"),
                )
        s.accounts[acc] = {
            "company": company,
            "contacts": contacts,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem,
        }
        if kind == "at_risk":
            s.accounts[acc]["trouble_starts_at"] = trouble.isoformat()


def topic_spike(s: Story) -> None:
    r = s.rng
    spike_start = s.start + timedelta(days=4, hours=7, minutes=35)
    calm = []
    for i in range(280):
        grumble = i % 10 == 0
        k = s.person("grumbles_once" if grumble else "happy", r.choice(LANG_MIX))
        calm_customer(s, k, range(7), grumble)
        calm.append(k)
    for day in (1, 2):  # two lone key complaints in the calm days before the spike
        k = calm[day * 3 + 1]
        s.customers[k]["persona"] = "grumbles_once"
        s.add(k, s.daytime(k, day), "chat", "chat", s.say(k, "spike"))
    reporters = [k for k in calm[20:] if s.customers[k]["persona"] == "happy"][:22]
    reporters += [s.person("spike_reporter", r.choice(LANG_MIX)) for _ in range(12)]
    first_ids, repeat_ids, times = [], [], []
    for n, k in enumerate(reporters):
        s.customers[k]["persona"] = "spike_reporter"
        s.customers[k]["in_spike"] = True
        at = spike_start + timedelta(minutes=r.uniform(0, 39))
        times.append(at)
        ch, kind = r.choice([c for c in NEW_CHANNEL if c[0] != "phone"])
        eid = s.add(k, at, ch, kind, s.say(k, "spike"))
        first_ids.append(eid)
        s.customers[k]["spike_event_id"] = eid
        s.tolerate(k, "silence")
        if n % 4 == 1:
            ch2, kind2 = r.choice([c for c in NEW_CHANNEL if c[0] not in ("phone", ch)])
            rid = s.add(
                k, at + timedelta(minutes=r.uniform(20, 80)), ch2, kind2, s.say(k, "spike_again")
            )
            repeat_ids.append(rid)
            s.customers[k].update(persona="spike_repeater", repeat_event_id=rid)
            s.expect(k, "repeat_contact")
            s.tolerate(k, "sentiment_drop")
        elif n % 3 == 0:
            s.add(k, at + timedelta(hours=3), "email", "message", s.say(k, "reply"), outbound=True)
    s.spike = {
        "topic": "digital key",
        "about": "the app's digital key fails to unlock the car (error K-77)",
        "channel": None,
        "start": min(times).isoformat(),
        "end": max(times).isoformat(),
        "customers": len(reporters),
        "event_ids": first_ids,
        "repeat_event_ids": repeat_ids,
    }
