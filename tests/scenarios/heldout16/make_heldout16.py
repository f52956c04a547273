"""Build the heldout16 report scenarios (Vetrino, home appliances) from wording.py.

Standard library only, deterministic: one ``random.Random`` per family seeded
``SEED * 100 + n``; two runs give the same bytes. Run from anywhere:
``python tests/scenarios/heldout16/make_heldout16.py``.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as w  # noqa: E402

SEED = 20261010
WRITTEN = "2026-11-30"
FIRST_NAMES = ["giulia", "marco", "anna", "lukas", "emma", "oliver", "chloe", "lucas", "lucia"]
FIRST_NAMES += ["pablo", "ines", "tiago", "sofia", "jonas", "harry", "camille", "elena", "rui"]
LAST = ["rossi", "bianchi", "mueller", "schmidt", "smith", "jones", "martin", "dubois"]
LAST += ["garcia", "lopez", "silva", "santos", "ferrari", "weber", "taylor", "moreau"]
DOMAINS = {"it": "libero.it", "de": "web.de", "en": "gmail.com", "fr": "orange.fr"}
DOMAINS |= {"es": "hotmail.es", "pt": "sapo.pt"}
PROBLEM_KEYS = tuple(w.PROBLEMS)
B2B_KEYS = tuple(w.B2B_PROBLEMS)
BASE_TOLERATED = ["sentiment_drop", "churn_intent", "competitor_mention"]
BASE_TOLERATED += ["high_value_at_risk", "silence"]


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Family:
    """One family being built: its customers, touchpoints and truth."""

    def __init__(self, name: str, code: str, n: int, start: str, days: int, about: str) -> None:
        self.name, self.code, self.days, self.about = name, code, days, about
        self.seed = SEED * 100 + n
        self.rng = random.Random(self.seed)
        self.start = datetime.fromisoformat(start).replace(tzinfo=UTC)
        self.events: list[tuple[datetime, int, str, dict[str, Any]]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.expected: Counter[str] = Counter()
        self.seq = 0

    # -- customers -------------------------------------------------------
    def customer(
        self,
        persona: str,
        lang: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        **extra: Any,
    ) -> str:
        num = len(self.customers) + 1
        key = f"VT{self.code}{num:04d}"
        first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(LAST)
        mail_domain = domain or DOMAINS[lang]
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(9))
        ids = {
            "customer_id": key,
            "email": f"{first}.{last}{num}@{mail_domain}",
            "phone": w.PHONE_PREFIX[lang] + digits,
            "handle": f"@{first}_{last[:3]}{self.code.lower()}{num}",
            "account_id": account,
        }
        self.customers[key] = {
            "identifiers": ids,
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "language": lang,
            "country": w.COUNTRY[lang],
            **extra,
        }
        for rule in expected or []:
            self.expected[rule] += 1
        return key

    # -- touchpoints -----------------------------------------------------
    def add(
        self,
        key: str,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        outbound: bool = False,
        scores: dict[str, int] | None = None,
        subject: str | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"v16-{self.code.lower()}-{self.seq:05d}"
        cust = self.customers[key]
        attributes = {"market": cust["country"]}
        if cust["identifiers"]["account_id"]:
            attributes["segment"] = "b2b"
        attributes |= attrs or {}
        tp: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if outbound else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": {"email": "zendesk", "phone": "genesys", "chat": "intercom"}.get(
                channel, "vetrino-" + channel
            ),
            "attributes": attributes,
        }
        self.events.append((t, self.seq, key, tp))
        return eid

    def when(self, day: float, lo: float = 8.0, hi: float = 21.5) -> datetime:
        hour = self.rng.uniform(lo, hi)
        return self.start + timedelta(days=int(day), hours=hour)

    def ref(self) -> str:
        return f"VT-{self.rng.randint(100000, 999999)}"

    # -- shared acts -----------------------------------------------------
    def happy_act(self, key: str, t: datetime, gripe: bool = False) -> None:
        lang = self.customers[key]["language"]
        roll = self.rng.random()
        if gripe:
            self.add(key, t, "web", "review", w.PRAISE_GRIPE[lang])
        elif roll < 0.3:
            channel, kind = self.rng.choice(
                [("social", "post"), ("web", "review"), ("community", "post")]
            )
            self.add(key, t, channel, kind, self.rng.choice(w.PRAISE[lang]))
        elif roll < 0.5:
            self.add(key, t, "chat", "chat", w.QUESTION[lang])
            self.add(key, t + timedelta(minutes=4), "chat", "chat", w.ANSWER[lang], outbound=True)
            self.add(key, t + timedelta(minutes=7), "chat", "chat", w.THANKS[lang])
        elif roll < 0.65:
            item, value = self.rng.choice(w.PURCHASES)
            self.add(key, t, "web", "purchase", None, subject=item, attrs={"order_value": value})
        elif roll < 0.8:
            page = self.rng.choice(w.PAGES)
            self.add(key, t, "web", "page_view", None, attrs={"page": page})
        else:
            self.happy_survey(key, t)

    def happy_survey(self, key: str, t: datetime) -> None:
        lang = self.customers[key]["language"]
        which = self.rng.choice(["nps", "csat", "ces"])
        score = {"nps": self.rng.randint(9, 10), "csat": 5, "ces": self.rng.randint(6, 7)}
        text = self.rng.choice(w.SURVEY_WORDS[lang]) or None
        self.add(key, t, "survey", "survey_response", text, scores={which: score[which]})

    def happy_days(self, key: str, count: int, first: int, last: int) -> None:
        for _ in range(count):
            self.happy_act(key, self.when(self.rng.randint(first, last)))

    def complaint(self, key: str, t: datetime, problem: str, ref: str, long: bool = False) -> str:
        lang = self.customers[key]["language"]
        text = w.PROBLEMS[problem][lang].format(ref=ref)
        if long and lang in w.PROBLEM_LONG:
            return self.add(
                key, t, "email", "message", w.PROBLEM_LONG[lang].format(complaint=text), subject=ref
            )
        channel, kind = self.rng.choice(
            [
                ("email", "message"),
                ("social", "post"),
                ("chat", "chat"),
                ("phone", "call"),
                ("web", "ticket"),
            ]
        )
        subject = ref if channel == "email" else None
        return self.add(key, t, channel, kind, text, subject=subject)

    def repeat_story(self, key: str, problem: str, day: int, times: int, langs: list[str]) -> None:
        ref = self.ref()
        t = self.when(day, 8, 20)
        channels = [
            ("email", "message"),
            ("chat", "chat"),
            ("phone", "call"),
            ("social", "post"),
            ("web", "ticket"),
            ("community", "post"),
        ]
        self.rng.shuffle(channels)
        ids = []
        for i in range(times):
            lang = langs[i % len(langs)]
            if i == 0:
                text = w.PROBLEMS[problem][lang].format(ref=ref)
            elif i == 2:
                text = w.THIRD[lang].format(ref=ref, comp=self.rng.choice(w.COMPETITORS))
            elif i == 3:
                text = w.FOURTH[lang].format(ref=ref)
            else:
                text = self.rng.choice(w.STILL[lang]).format(ref=ref)
            channel, kind = channels[i]
            ids.append(self.add(key, t, channel, kind, text, subject=ref))
            if i == 0 and self.rng.random() < 0.5:
                back = t + timedelta(hours=2)
                self.add(
                    key, back, "email", "message", w.PASSED[lang].format(ref=ref), outbound=True
                )
            t = out_of_night(t + timedelta(hours=self.rng.uniform(3, 45)))
        self.customers[key] |= {"problem": problem, "booking": ref, "contacts": times}
        self.customers[key]["problem_event_ids"] = ids

    def fixed_story(self, key: str, problem: str, day: int, lang: str) -> list[str]:
        ref = self.ref()
        t = self.when(day, 8, 19)
        first = self.complaint(key, t, problem, ref)
        t2 = t + timedelta(hours=self.rng.uniform(3, 20))
        self.add(key, t2, "email", "message", w.FIXED[lang].format(ref=ref), outbound=True)
        t3 = out_of_night(t2 + timedelta(hours=self.rng.uniform(8, 30)))
        last = self.add(key, t3, "chat", "chat", w.SORTED[lang].format(ref=ref))
        return [first, last]

    def slide(self, key: str, day: int, span: int, langs: list[str]) -> list[str]:
        ids = []
        t = self.when(day)
        comp = self.rng.choice(w.COMPETITORS)
        for step in range(6):
            lang = langs[step % len(langs)]
            channel, kind = self.rng.choice(
                [("social", "post"), ("email", "message"), ("chat", "chat"), ("web", "review")]
            )
            ids.append(self.add(key, t, channel, kind, w.SLIDE[lang][step].format(comp=comp)))
            t = out_of_night(t + timedelta(days=span / 5, hours=self.rng.uniform(-2, 2)))
        return ids

    # -- output ----------------------------------------------------------
    def write(self, spike_extra: dict[str, Any] | None = None) -> tuple[int, int]:
        self.events.sort(key=lambda e: (e[0], e[1]))
        seen: set[str] = set()
        lines = []
        for _t, _seq, key, tp in self.events:
            ids = self.customers[key]["identifiers"]
            if key not in seen or tp["direction"] == "outbound":
                ref = dict(ids)
            else:
                ref = self.channel_ids(ids, tp["channel"])
            seen.add(key)
            tp["customer"] = {k: ref.get(k) for k in ids}
            lines.append(json.dumps(tp, ensure_ascii=False))
        last = self.events[-1][0] + timedelta(hours=1)
        end = max(self.start + timedelta(days=self.days), last)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "days": self.days,
                "seed": self.seed,
                "written": WRITTEN,
                "expected": dict(sorted(self.expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "journey": {},
            "expectations": {},
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike | (spike_extra or {}),
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (HERE / f"{self.name}.truth.json").write_text(text, "utf-8")
        return len(self.customers), len(lines)

    def channel_ids(self, ids: dict[str, Any], channel: str) -> dict[str, Any]:
        """What the channel knows: a call the phone, a post the handle, and so on."""
        out: dict[str, Any] = {"account_id": ids["account_id"]}
        if channel == "phone":
            phone = ids["phone"]
            if self.rng.random() < 0.3:
                cut = 4 if phone.startswith("+351") else 3
                phone = phone[:cut] + " " + phone[cut:]
            out["phone"] = phone
        elif channel in ("social", "community"):
            handle = ids["handle"]
            out["handle"] = handle.lstrip("@") if self.rng.random() < 0.3 else handle
        elif channel == "email":
            mail = ids["email"]
            out["email"] = mail.upper() if self.rng.random() < 0.15 else mail
        else:
            out["customer_id"] = ids["customer_id"]
        return out


def out_of_night(t: datetime) -> datetime:
    """Later contacts are moved out of 23:00-07:00 UTC."""
    if t.hour >= 23:
        return t.replace(hour=7, minute=t.minute) + timedelta(days=1)
    if t.hour < 7:
        return t.replace(hour=7 + t.hour % 3)
    return t


def office_hours(t: datetime) -> datetime:
    """Company contacts' later complaints are moved into 08-18 UTC."""
    if t.hour < 8:
        return t.replace(hour=8)
    if t.hour >= 18:
        return t.replace(hour=8) + timedelta(days=1)
    return t


def tol(*rules: str) -> list[str]:
    return sorted(set(rules))


def pick_lang(rng: random.Random) -> str:
    # Italian and German first: more of them.
    langs: list[str] = list(w.LANGS)
    return rng.choices(langs, weights=[24, 22, 16, 14, 13, 11])[0]


def happy_writers() -> Family:
    f = Family("happy_writers", "HW", 1, "2026-01-12", 10, "happy customers only")
    for i in range(300):
        lang = pick_lang(f.rng)
        if i < 200:
            key = f.customer("happy", lang, habit="daytime writer")
            for j in range(f.rng.randint(5, 9)):
                gripe = j == 0 and f.rng.random() < 0.2
                f.happy_act(key, f.when(f.rng.randint(0, 9)), gripe=gripe)
        elif i < 240:
            key = f.customer("night_owl", lang, habit="writes at night")
            for _ in range(f.rng.randint(4, 7)):
                t = f.start + timedelta(days=f.rng.randint(0, 8), hours=f.rng.uniform(22.2, 28.5))
                if f.rng.random() < 0.5:
                    channel = f.rng.choice(["social", "community"])
                    f.add(key, t, channel, "post", w.NIGHT[lang])
                else:
                    f.add(key, t, "chat", "chat", w.NIGHT_Q[lang])
                    f.add(
                        key, t + timedelta(minutes=6), "chat", "chat", w.ANSWER[lang], outbound=True
                    )
        else:
            key = f.customer("happy", lang, habit="answers surveys")
            for _ in range(f.rng.randint(3, 6)):
                f.happy_survey(key, f.when(f.rng.randint(0, 9)))
    return f


def one_bad_day() -> Family:
    f = Family("one_bad_day", "BD", 2, "2026-02-09", 12, "happy customers with one bad day")
    for i in range(400):
        lang = pick_lang(f.rng)
        if i >= 300:
            key = f.customer("happy", lang, habit="steady")
            f.happy_days(key, f.rng.randint(3, 5), 0, 11)
            continue
        nps = i >= 260
        persona = "bad_day_detractor" if nps else "happy_one_bad_day"
        key = f.customer(persona, lang, ["detractor"] if nps else [], tol("silence"))
        f.happy_days(key, f.rng.randint(3, 5), 0, 11)
        day = f.rng.randint(2, 9)
        t = f.when(day, 8, 20)
        problem = f.rng.choice(PROBLEM_KEYS)
        eid = f.complaint(key, t, problem, f.ref(), long=f.rng.random() < 0.25)
        cust = f.customers[key]
        cust |= {"problem": problem, "bad_day_at": iso(t), "bad_day_event_id": eid}
        if 200 <= i < 260:
            csat = f.rng.randint(1, 2)
            f.add(
                key,
                t + timedelta(hours=1),
                "survey",
                "survey_response",
                None,
                scores={"csat": csat},
            )
            cust["csat_given"] = csat
        if nps:
            score = f.rng.randint(1, 5)
            later = t + timedelta(hours=2)
            f.add(key, later, "survey", "survey_response", None, scores={"nps": score})
            cust["nps_given"] = score
        if f.rng.random() < 0.5:
            f.add(key, t + timedelta(hours=f.rng.uniform(16, 26)), "chat", "chat", w.APOLOGY[lang])
    return f


def repeat_contacts() -> Family:
    f = Family("repeat_contacts", "RC", 3, "2026-03-16", 10, "open problems raised again")
    for i in range(350):
        lang = pick_lang(f.rng)
        if i < 110:
            key = f.customer("repeat_contact", lang, ["repeat_contact"], BASE_TOLERATED)
            f.happy_days(key, f.rng.randint(1, 3), 0, 2)
            f.repeat_story(
                key, f.rng.choice(PROBLEM_KEYS), f.rng.randint(2, 6), f.rng.randint(2, 4), [lang]
            )
        elif i < 170:
            key = f.customer("resolved_between_contacts", lang, [], tol("silence"))
            problem = f.rng.choice(PROBLEM_KEYS)
            ids = f.fixed_story(key, problem, f.rng.randint(1, 6), lang)
            f.customers[key] |= {"problem": problem, "problem_event_ids": ids}
        elif i < 210:
            key = f.customer("different_problems", lang, [], tol("silence"))
            first, second = f.rng.sample(PROBLEM_KEYS, 2)
            day = f.rng.randint(0, 2)
            ids = f.fixed_story(key, first, day, lang)
            ids += f.fixed_story(key, second, day + f.rng.randint(4, 7), lang)
            f.customers[key] |= {"problems": [first, second], "problem_event_ids": ids}
        else:
            key = f.customer("happy", lang, habit="frequent writer")
            f.happy_days(key, f.rng.randint(5, 8), 0, 9)
    return f


def slow_churners() -> Family:
    f = Family("slow_churners", "SC", 4, "2026-04-13", 32, "slow slides and cancellations")
    for i in range(300):
        lang = pick_lang(f.rng)
        if i < 90:
            tolerated = tol("repeat_contact", "churn_intent", "competitor_mention")
            tolerated += ["high_value_at_risk", "silence"]
            nps = i < 30
            expected = ["sentiment_drop"] + (["detractor"] if nps else [])
            key = f.customer("slow_churner", lang, expected, tolerated, habit="slides")
            for _ in range(f.rng.randint(4, 5)):
                f.add(
                    key, f.when(f.rng.randint(0, 9)), "social", "post", f.rng.choice(w.PRAISE[lang])
                )
            f.happy_days(key, f.rng.randint(2, 4), 0, 9)
            span = f.rng.choice([3, 5, 7, 9])
            ids = f.slide(key, f.rng.randint(12, 18), span, [lang])
            f.customers[key] |= {"slide_event_ids": ids, "slide_days": span}
            if nps:
                fourth = next(e for e in f.events if e[3]["event_id"] == ids[3])[0]
                score = f.rng.randint(1, 5)
                t = fourth + timedelta(hours=3)
                f.add(key, t, "survey", "survey_response", None, scores={"nps": score})
                f.customers[key]["nps_given"] = score
        elif i < 125:
            tolerated = tol("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence")
            key = f.customer(
                "slow_churner", lang, ["churn_intent"], tolerated, habit="asks to cancel"
            )
            f.happy_days(key, f.rng.randint(4, 6), 0, 12)
            t = f.when(f.rng.randint(15, 24), 8, 20)
            ask = f.add(key, t, "email", "message", w.CANCEL_ASK[lang], subject="Vetrino Protect")
            t2 = t + timedelta(hours=f.rng.uniform(20, 30))
            cancel = f.add(
                key,
                t2,
                "web",
                "cancellation",
                None,
                subject="Vetrino Protect",
                attrs={"plan": "Vetrino Protect"},
            )
            f.customers[key] |= {"churn_intent_event_id": ask, "cancellation_event_id": cancel}
        elif i < 205:
            key = f.customer("happy", lang, habit="steady")
            f.happy_days(key, f.rng.randint(4, 7), 0, 30)
        elif i < 250:
            key = f.customer("steadily_grumpy", lang, [], tol("repeat_contact", "silence"))
            for _ in range(f.rng.randint(5, 8)):
                text = f.rng.choice(w.GRUMPY[lang])
                f.add(
                    key,
                    f.when(f.rng.randint(0, 30)),
                    f.rng.choice(["social", "email", "chat"]),
                    "message",
                    text,
                )
        else:
            key = f.customer("happy_one_sarcastic_remark", lang, [], tol("silence"))
            f.happy_days(key, f.rng.randint(4, 7), 0, 30)
            eid = f.add(key, f.when(f.rng.randint(5, 25)), "social", "post", w.SARCASM[lang])
            f.customers[key]["sarcasm_event_id"] = eid
    return f


def quiet_hours() -> Family:
    f = Family("quiet_hours", "QH", 5, "2026-06-12", 3, "a calm weekend with night bursts")
    for i in range(214):
        lang = pick_lang(f.rng)
        if i < 22:
            key = f.customer("grumbles_once", lang, [], tol("silence"))
            problem = f.rng.choice(PROBLEM_KEYS)
            t = f.when(f.rng.randint(0, 2), 8, 21.5)
            ref = f.ref()
            f.add(
                key, t, "email", "message", w.PROBLEMS[problem][lang].format(ref=ref), subject=ref
            )
            f.customers[key]["problem"] = problem
        else:
            key = f.customer("happy", lang, habit="weekend")
        for _ in range(f.rng.randint(1, 3) - (1 if i < 22 else 0)):
            f.happy_act(key, f.when(f.rng.randint(0, 2), 8, 21.5))
    for night in range(3):
        for _burst in range(3):
            base = f.start + timedelta(days=night + 1, hours=f.rng.uniform(0.5, 3.0))
            for _ in range(4):
                lang = pick_lang(f.rng)
                t = base + timedelta(minutes=f.rng.uniform(0, 10))
                key = f.customer("night_owl", lang, burst_at=iso(base))
                if f.rng.random() < 0.5:
                    f.add(key, t, "chat", "chat", w.NIGHT_Q[lang])
                    f.add(
                        key, t + timedelta(minutes=5), "chat", "chat", w.ANSWER[lang], outbound=True
                    )
                else:
                    f.add(key, t, f.rng.choice(["social", "community"]), "post", w.NIGHT[lang])
    return f


def b2b_accounts() -> Family:
    f = Family("b2b_accounts", "BA", 6, "2026-07-13", 14, "Vetrino Business accounts")
    kinds = ["at_risk"] * 16 + ["one_unhappy"] * 16 + ["mild"] * 8 + ["happy"] * 24
    f.rng.shuffle(kinds)
    companies = ["Trattoria", "Waschsalon", "Bistro", "Lavanderia", "Office", "Restaurante"]
    for n, kind in enumerate(kinds, 1):
        lang = pick_lang(f.rng)
        acc = f"VB-{w.COUNTRY[lang]}-{n:04d}"
        company = f"{f.rng.choice(companies)} {f.rng.choice(LAST).title()} {n}"
        domain = company.lower().replace(" ", "") + ".example"
        problem = f.rng.choice(B2B_KEYS) if kind == "at_risk" else None
        contacts = []
        for c in range(f.rng.randint(4, 6)):
            role = ["owner", "manager", "accounts", "chef", "staff", "it"][c]
            key = f.customer(
                "b2b_happy", lang, [], [], account=acc, domain=domain, company=company, role=role
            )
            contacts.append(key)
            for _ in range(f.rng.randint(1, 3)):
                day = f.rng.randint(0, 13)
                while (f.start + timedelta(days=day)).weekday() >= 5:
                    day = f.rng.randint(0, 13)
                t = f.when(day, 8, 16)
                roll = f.rng.random()
                if roll < 0.4:
                    f.add(key, t, "email", "message", w.B2B_ROUTINE[lang], subject="Manutenzione")
                    f.add(
                        key,
                        t + timedelta(hours=1),
                        "email",
                        "message",
                        w.B2B_ANSWER[lang],
                        outbound=True,
                    )
                elif roll < 0.6:
                    item, value = f.rng.choice(w.B2B_PURCHASES)
                    f.add(
                        key, t, "web", "purchase", None, subject=item, attrs={"order_value": value}
                    )
                elif roll < 0.8:
                    f.add(key, t, "web", "page_view", None, attrs={"page": "/business/portal"})
                elif roll < 0.9:
                    f.add(key, t, "email", "message", w.B2B_PRAISE[lang])
                else:
                    f.add(
                        key,
                        t,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(9, 10)},
                    )
        unhappy: list[str] = []
        trouble = None
        b2b_tol = tol("sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk")
        b2b_tol += ["silence"]
        if kind == "at_risk":
            ref = f.ref()
            t = f.when(f.rng.randint(1, 6), 8, 18)
            trouble = iso(t)
            for j, key in enumerate(contacts[:3]):
                cust = f.customers[key]
                cust |= {"persona": "b2b_unhappy", "problem": problem}
                cust["tolerated_rules"] = sorted([*b2b_tol, "account_risk"])
                text = w.B2B_PROBLEMS[str(problem)][lang].format(ref=ref)
                ids = [f.add(key, t, "email", "message", text, subject=ref)]
                if j < 2:
                    score = f.rng.randint(1, 5)
                    later = t + timedelta(hours=f.rng.uniform(1, 3))
                    f.add(key, later, "survey", "survey_response", None, scores={"nps": score})
                    cust["nps_given"] = score
                    cust["expected_rules"] = ["detractor"]
                    f.expected["detractor"] += 1
                else:
                    again = t + timedelta(hours=f.rng.uniform(18, 40))
                    again = office_hours(again)
                    quote = w.B2B_STILL_QUOTES[lang].format(ref=ref)
                    ids.append(f.add(key, again, "email", "message", quote, subject=ref))
                cust["complaint_event_ids"] = ids
                unhappy.append(key)
                t = office_hours(t + timedelta(hours=f.rng.uniform(8, 28)))
        elif kind == "one_unhappy":
            key = contacts[0]
            cust = f.customers[key]
            one = f.rng.choice(B2B_KEYS)
            cust |= {"persona": "b2b_one_unhappy", "problem": one, "tolerated_rules": b2b_tol}
            t = f.when(f.rng.randint(1, 10), 8, 18)
            ref = f.ref()
            text = w.B2B_PROBLEMS[one][lang].format(ref=ref)
            cust["complaint_event_ids"] = [f.add(key, t, "email", "message", text, subject=ref)]
            score = f.rng.randint(1, 5)
            f.add(
                key,
                t + timedelta(hours=2),
                "survey",
                "survey_response",
                None,
                scores={"nps": score},
            )
            cust |= {"nps_given": score, "expected_rules": ["detractor"]}
            f.expected["detractor"] += 1
            unhappy.append(key)
        elif kind == "mild":
            for key in contacts[:2]:
                cust = f.customers[key]
                cust |= {"persona": "b2b_mild", "tolerated_rules": ["silence"]}
                t = f.when(f.rng.randint(1, 12), 8, 16)
                cust["complaint_event_ids"] = [f.add(key, t, "email", "message", w.B2B_MILD[lang])]
        at_risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": company,
            "contacts": len(contacts),
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem,
            "trouble_starts_at": trouble,
        }
        if at_risk:
            f.expected["account_risk"] += 1
            f.expected["repeat_contact"] += 1
            third = f.customers[unhappy[2]]
            third["expected_rules"] = ["repeat_contact"]
        else:
            del f.accounts[acc]["trouble_starts_at"]
    return f


PAIRS = [("it", "de"), ("de", "it"), ("en", "fr"), ("fr", "es"), ("es", "pt"), ("pt", "en")]
PAIRS += [("it", "en"), ("de", "fr")]


def bilingual() -> Family:
    f = Family("bilingual", "BL", 7, "2026-09-14", 14, "customers writing in two languages")
    for i in range(300):
        pair = list(PAIRS[i % len(PAIRS)])
        lang = pair[0]
        if i < 150:
            key = f.customer("happy", lang, languages=pair)
            for j in range(f.rng.randint(5, 8)):
                f.customers[key]["language"] = pair[j % 2]
                f.happy_act(key, f.when(f.rng.randint(0, 13)))
            f.customers[key]["language"] = lang
        elif i < 200:
            key = f.customer(
                "repeat_contact", lang, ["repeat_contact"], BASE_TOLERATED, languages=pair
            )
            f.repeat_story(
                key, f.rng.choice(PROBLEM_KEYS), f.rng.randint(1, 9), f.rng.randint(2, 4), pair
            )
        elif i < 235:
            tolerated = tol("repeat_contact", "churn_intent", "competitor_mention")
            tolerated += ["high_value_at_risk", "silence"]
            key = f.customer("slow_churner", lang, ["sentiment_drop"], tolerated, languages=pair)
            for j in range(5):
                day = f.start + timedelta(days=j, hours=f.rng.uniform(9, 20))
                f.add(key, day, "social", "post", f.rng.choice(w.PRAISE[pair[j % 2]]))
            f.happy_days(key, f.rng.randint(1, 3), 0, 4)
            span = f.rng.randint(3, 5)
            ids = f.slide(key, f.rng.randint(6, 8), span, pair)
            f.customers[key] |= {"slide_event_ids": ids, "slide_days": span}
        elif i < 275:
            key = f.customer("happy_one_bad_day", lang, [], tol("silence"), languages=pair)
            f.happy_days(key, f.rng.randint(4, 7), 0, 13)
            f.customers[key]["language"] = pair[1]
            t = f.when(f.rng.randint(2, 11), 8, 20)
            problem = f.rng.choice(PROBLEM_KEYS)
            eid = f.complaint(key, t, problem, f.ref())
            f.customers[key] |= {"language": lang, "problem": problem}
            f.customers[key] |= {"bad_day_at": iso(t), "bad_day_event_id": eid}
        else:
            key = f.customer("resolved_between_contacts", lang, [], tol("silence"), languages=pair)
            problem = f.rng.choice(PROBLEM_KEYS)
            f.customers[key]["language"] = pair[1]
            ids = f.fixed_story(key, problem, f.rng.randint(1, 10), pair[1])
            f.customers[key] |= {"language": lang, "problem": problem, "problem_event_ids": ids}
    return f


def topic_spike() -> Family:
    f = Family("topic_spike", "TS", 8, "2026-10-08", 7, "one planted topic spike")
    calm = []
    for i in range(340):
        lang = pick_lang(f.rng)
        if i % 10 == 0:
            key = f.customer("grumbles_once", lang, [], tol("silence"))
            problem = f.rng.choice([p for p in PROBLEM_KEYS if p != "app_connection"])
            ref = f.ref()
            t = f.when(f.rng.randint(0, 6))
            f.add(
                key, t, "email", "message", w.PROBLEMS[problem][lang].format(ref=ref), subject=ref
            )
            f.customers[key]["problem"] = problem
        else:
            key = f.customer("happy", lang, habit="calm")
            calm.append(key)
        for _ in range(f.rng.randint(1, 3) - (1 if i % 10 == 0 else 0)):
            f.happy_act(key, f.when(f.rng.randint(0, 6)))
    # Two lone early reports, evenings of Thu 8 and Fri 9 October.
    for day in (0, 1):
        lang = pick_lang(f.rng)
        key = f.customer("grumbles_once", lang, [], tol("silence"), problem="app_connection")
        f.add(key, f.when(day, 18, 20), "chat", "chat", w.SPIKE[lang][0])
    # The spike: Saturday 10 October 2026, 08:40-09:15 UTC, after a firmware push.
    spike_start = f.start + timedelta(days=2, hours=8, minutes=40)
    reporters = f.rng.sample(calm, 40)
    for _ in range(20):
        reporters.append(f.customer("spike_reporter", pick_lang(f.rng), [], [], in_spike=True))
    f.rng.shuffle(reporters)
    channels = [("email", "message"), ("chat", "chat"), ("social", "post"), ("web", "ticket")]
    channels += [("community", "post")]
    event_ids, repeat_ids, times = [], [], []
    for n, key in enumerate(reporters):
        cust = f.customers[key]
        lang = cust["language"]
        t = spike_start + timedelta(minutes=f.rng.uniform(0, 35))
        channel, kind = f.rng.choice(channels)
        eid = f.add(key, t, channel, kind, f.rng.choice(w.SPIKE[lang]))
        event_ids.append(eid)
        times.append(t)
        cust |= {"persona": "spike_reporter", "in_spike": True, "spike_event_id": eid}
        cust["tolerated_rules"] = ["silence"]
        if n < 20:
            later = t + timedelta(minutes=f.rng.uniform(20, 75))
            other = f.rng.choice([c for c in channels if c[0] != channel])
            rid = f.add(key, later, other[0], other[1], w.SPIKE_STILL[lang])
            repeat_ids.append(rid)
            cust |= {"persona": "spike_repeater", "repeat_event_id": rid}
            cust["expected_rules"] = ["repeat_contact"]
            cust["tolerated_rules"] = ["sentiment_drop", "silence"]
            f.expected["repeat_contact"] += 1
        elif n < 35:
            f.add(
                key, t + timedelta(hours=3), "email", "message", w.SPIKE_FIXED[lang], outbound=True
            )
    f.expected["topic_spike"] += 1
    f.spike = {
        "topic": "connected app losing the machine (error VH-417)",
        "about": "after a firmware push the Vetrino Home app shows machines offline, error VH-417",
        "channel": None,
        "start": iso(min(times)),
        "end": iso(max(times)),
        "customers": len(reporters),
        "event_ids": event_ids,
        "repeat_event_ids": repeat_ids,
    }
    return f


def main() -> None:
    builders = [happy_writers, one_bad_day, repeat_contacts, slow_churners]
    builders += [quiet_hours, b2b_accounts, bilingual, topic_spike]
    for build in builders:
        fam = build()
        customers, touchpoints = fam.write()
        print(f"{fam.name}: {customers} customers, {touchpoints} touchpoints")


if __name__ == "__main__":
    main()
